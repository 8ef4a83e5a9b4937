"""The Synapse harness starts a real homeserver and acts on it as customers and bridges do.

Each test asks the real Synapse (session fixture ``synapse_server``) over HTTP.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import httpx
import psutil
import pytest

from tests.servers.matrix_client import quoted
from tests.servers.misbehaving_proxy import MisbehavingProxy
from tests.servers.synapse_server import WHATSAPP, MatrixClient, MatrixError, SynapseServer


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


def direct_conversation(
    synapse_server: SynapseServer,
) -> tuple[MatrixClient, MatrixClient, str]:
    """(customer, business, room id): a DM the business has joined."""
    customer = synapse_server.client(synapse_server.new_user("customer"))
    business = synapse_server.client(synapse_server.new_user("business"))
    room_id = customer.create_direct_room(business.user_id)
    business.join(room_id)
    return customer, business, room_id


def test_edits_and_redactions_reach_the_other_side(synapse_server: SynapseServer) -> None:
    customer, business, room_id = direct_conversation(synapse_server)
    original = customer.send_text(room_id, "Table for 2 at 7?")
    edit = customer.edit(room_id, original, "Table for 3 at 7?")
    mistake = customer.send_text(room_id, "wrong chat, sorry")
    customer.redact(room_id, mistake, reason="oops")

    events = {event["event_id"]: event for event in business.messages(room_id)}
    assert events[edit]["content"]["m.new_content"]["body"] == "Table for 3 at 7?"
    assert events[edit]["content"]["m.relates_to"] == {
        "rel_type": "m.replace",
        "event_id": original,
    }
    assert events[mistake]["content"] == {}
    assert "redacted_because" in events[mistake]["unsigned"]
    # The edit is not a message of its own.
    bodies = [event["content"].get("body") for event in business.text_messages(room_id)]
    assert bodies == ["Table for 2 at 7?", None]


def test_a_group_message_mentions_the_business_in_m_mentions_and_html(
    synapse_server: SynapseServer,
) -> None:
    customer = synapse_server.client(synapse_server.new_user("customer"))
    business = synapse_server.client(synapse_server.new_user("business"))
    room_id = customer.create_group_room("Neighbourhood", invite=[business.user_id])
    business.join(room_id)
    link = f'<a href="https://matrix.to/#/{business.user_id}">Corner Café</a>'
    customer.send_text(
        room_id,
        "Corner Café: open Sunday?",
        mentions=[business.user_id],
        formatted_body=f"{link}: open <b>Sunday</b>?",
    )

    [message] = business.text_messages(room_id)
    assert message["content"]["m.mentions"] == {"user_ids": [business.user_id]}
    assert message["content"]["format"] == "org.matrix.custom.html"
    assert "<b>Sunday</b>" in message["content"]["formatted_body"]


def test_an_encrypted_room_delivers_only_ciphertext(synapse_server: SynapseServer) -> None:
    customer = synapse_server.client(synapse_server.new_user("customer"))
    business = synapse_server.client(synapse_server.new_user("business"))
    room_id = customer.create_direct_room(business.user_id, encrypted=True)
    business.join(room_id)
    event_id = customer.send_encrypted(room_id)

    assert business.state(room_id, "m.room.encryption")["algorithm"] == "m.megolm.v1.aes-sha2"
    event = business.event(room_id, event_id)
    assert event["type"] == "m.room.encrypted"
    assert "body" not in event["content"]


def test_a_retried_transaction_sends_one_message(synapse_server: SynapseServer) -> None:
    customer, business, room_id = direct_conversation(synapse_server)
    first = business.send_text(room_id, "See you at 7.", txn_id="outbox-41")
    again = business.send_text(room_id, "See you at 7.", txn_id="outbox-41")

    assert first == again
    assert len(customer.text_messages(room_id, sender=business.user_id)) == 1


def test_more_events_than_the_timeline_limit_make_a_limited_timeline(
    synapse_server: SynapseServer,
) -> None:
    customer, business, room_id = direct_conversation(synapse_server)
    since = business.sync(timeline_limit=5)["next_batch"]
    sent = customer.send_many(room_id, 8)

    timeline = business.sync(since, timeline_limit=5)["rooms"]["join"][room_id]["timeline"]
    assert timeline["limited"] is True
    assert [event["event_id"] for event in timeline["events"]] == sent[-5:]
    gap = business.request(
        "GET",
        f"/rooms/{quoted(room_id)}/messages",
        params={"dir": "b", "from": timeline["prev_batch"], "limit": 3},
    )
    assert [event["event_id"] for event in gap["chunk"]] == sent[2::-1]


def test_a_deactivated_user_is_refused(synapse_server: SynapseServer) -> None:
    user = synapse_server.client(synapse_server.new_user("business"))
    synapse_server.deactivate(user.user_id)

    with pytest.raises(MatrixError) as refused:
        user.whoami()
    assert refused.value.status == 401


def test_a_lowered_message_rate_limit_answers_429(synapse_server: SynapseServer) -> None:
    customer, business, room_id = direct_conversation(synapse_server)
    synapse_server.set_message_rate_limit(business.user_id, per_second=1, burst_count=1)
    # The join counted against the same limit, so the first or second message is refused.
    with pytest.raises(MatrixError) as throttled:
        for number in range(2):
            business.send_text(room_id, f"message {number}")
    assert (throttled.value.status, throttled.value.errcode) == (429, "M_LIMIT_EXCEEDED")

    synapse_server.clear_message_rate_limit(business.user_id)
    last = business.send_text(room_id, "after the override")
    assert customer.text_messages(room_id, sender=business.user_id)[-1]["event_id"] == last


def test_a_server_of_its_own_stops_completely(synapse_server: SynapseServer) -> None:
    with SynapseServer("shop.test") as own:
        user = own.new_user("customer")
        process_id, root = own.process_id, own.root
        assert user.user_id.endswith(":shop.test")
    assert not psutil.pid_exists(process_id)
    assert not root.exists()


def test_a_config_synapse_refuses_fails_with_its_log(synapse_server: SynapseServer) -> None:
    broken = SynapseServer(config={"database": {"name": "no-such-engine"}})
    with pytest.raises(RuntimeError, match="Synapse exited") as failed:
        broken.start()
    assert "no-such-engine" in str(failed.value)
    assert not broken.root.exists()


def test_no_synapse_outlives_a_killed_test_process(
    synapse_server: SynapseServer, tmp_path: Path
) -> None:
    started = subprocess.Popen(
        [sys.executable, "-c", OWN_SERVER_THEN_SLEEP],
        stdout=subprocess.PIPE,
        cwd=Path(__file__).resolve().parents[2],
        text=True,
    )
    assert started.stdout is not None
    process_id, root = started.stdout.readline().split()
    try:
        started.kill()
        started.wait(10)
        gone = psutil.wait_procs([psutil.Process(int(process_id))], timeout=20)[0]
        assert gone, "Synapse still runs after the process that started it was killed"
    finally:
        shutil.rmtree(root, ignore_errors=True)


OWN_SERVER_THEN_SLEEP = """
import time
from tests.servers.synapse_server import SynapseServer
server = SynapseServer().start()
print(server.process_id, server.root, flush=True)
time.sleep(120)
"""


def test_a_send_whose_answer_is_lost_is_retried_into_the_same_event(
    synapse_server: SynapseServer,
) -> None:
    customer, business_direct, room_id = direct_conversation(synapse_server)
    with MisbehavingProxy(synapse_server.base_url) as proxy:
        business = MatrixClient(
            proxy.base_url, business_direct.user_id, business_direct.access_token
        )
        proxy.lose_answer("/_matrix/client/v3/rooms/*/send/")
        with pytest.raises(httpx.RemoteProtocolError):
            business.send_text(room_id, "Booked for 7.", txn_id="outbox-42")
        retried = business.send_text(room_id, "Booked for 7.", txn_id="outbox-42")
        business.close()

    [reply] = customer.text_messages(room_id, sender=business.user_id)
    assert reply["event_id"] == retried


def test_a_new_display_name_and_a_leave_show_in_the_room(synapse_server: SynapseServer) -> None:
    customer, business, room_id = direct_conversation(synapse_server)
    customer.set_display_name("Laura B.")
    customer.leave(room_id)

    member = business.state(room_id, "m.room.member", customer.user_id)
    assert member["membership"] == "leave"
    assert business.joined_members(room_id) == [business.user_id]
    profile = business.request("GET", f"/profile/{quoted(customer.user_id)}/displayname")
    assert profile["displayname"] == "Laura B."
