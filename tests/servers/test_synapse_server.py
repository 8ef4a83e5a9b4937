"""The Synapse harness starts a real homeserver and acts on it as customers and bridges do.

Each test asks the real Synapse (session fixture ``synapse_server``) over HTTP.
"""

from __future__ import annotations

import pytest

from tests.servers.synapse_server import WHATSAPP, MatrixError, SynapseServer


def test_registered_users_have_working_tokens_and_distinct_names(
    synapse_server: SynapseServer,
) -> None:
    first = synapse_server.new_user("customer", displayname="Cornbread Guest")
    second = synapse_server.new_user("customer")

    assert first.user_id != second.user_id
    assert first.user_id.endswith(":matrix.test")
    assert synapse_server.client(first).whoami()["user_id"] == first.user_id


def test_a_direct_message_reaches_the_invited_user(synapse_server: SynapseServer) -> None:
    customer = synapse_server.client(synapse_server.new_user("customer"))
    business_user = synapse_server.new_user("business")
    business = synapse_server.login(business_user, device_id="SOCIALINBOX")

    room_id = customer.create_direct_room(business_user.user_id)
    invite = business.sync()["rooms"]["invite"][room_id]["invite_state"]["events"]
    membership = next(
        event
        for event in invite
        if event["type"] == "m.room.member" and event["state_key"] == business_user.user_id
    )
    assert membership["content"]["is_direct"] is True

    business.join(room_id)
    message_id = customer.send_text(room_id, "Is the cornbread on today?")
    business.reply(room_id, message_id, "Yes, until two.")

    texts = [event["content"]["body"] for event in customer.text_messages(room_id)]
    assert texts == ["Is the cornbread on today?", "Yes, until two."]
    assert business.device_id == "SOCIALINBOX"


def test_a_logged_out_token_is_refused(synapse_server: SynapseServer) -> None:
    user = synapse_server.new_user("business")
    device = synapse_server.login(user)
    device.logout()

    with pytest.raises(MatrixError) as refused:
        device.whoami()
    assert (refused.value.status, refused.value.errcode) == (401, "M_UNKNOWN_TOKEN")


def test_a_bridged_room_carries_the_bridge_info_and_the_puppet_writes(
    synapse_server: SynapseServer,
) -> None:
    business_user = synapse_server.new_user("business")
    business = synapse_server.client(business_user)
    bridged = synapse_server.bridged_direct_room(
        WHATSAPP, business_user.user_id, displayname="Anna (WA)"
    )
    business.join(bridged.room_id)
    bridged.puppet.send_text(bridged.room_id, "Hallo!")

    for event_type in ("m.bridge", "uk.half-shot.bridge"):
        info = business.state(bridged.room_id, event_type, bridged.state_key)
        assert info["protocol"]["id"] == "whatsapp"
        assert info["protocol"]["displayname"] == "WhatsApp"
    [message] = business.text_messages(bridged.room_id)
    assert message["sender"].startswith("@whatsapp_")
    profile = business.request("GET", f"/profile/{message['sender']}/displayname")
    assert profile["displayname"] == "Anna (WA)"
