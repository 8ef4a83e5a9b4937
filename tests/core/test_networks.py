"""Networks declare how their identities are written: a hand link in any usual form meets
the author's key as the network delivers it; plug-ins bring their own rules."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import timedelta

import pytest

from socialinbox.app import AppContext, AppOptions
from socialinbox.bundled import resource_path
from socialinbox.channels.demo import DemoConnectorFactory
from socialinbox.channels.registry import default_registry
from socialinbox.core.business_settings import PHONE_REGION
from socialinbox.core.contacts import ContactConflict
from socialinbox.core.emails import find_emails, normalise_email
from socialinbox.core.names import InvalidIdentityKey
from socialinbox.core.networks import NetworkCatalogue, TypedIdentity
from socialinbox.core.textlimit import TextTooLong
from socialinbox.secrets import SecretStore
from tests.conftest import sync_once
from tests.helpers import assert_came_back_to, batch, hand_linked_customer, message
from tests.pigeon_plugin import PIGEON, PigeonFactory, registry_with_pigeon_plug_in

DAY = timedelta(days=1)


def _account(context: AppContext, kind: str = "demo") -> int:
    return context.writer.call(context.accounts.create, kind, "Desk").id


def _deliver(context: AppContext, account_id: int, channel: str, key: str, handle: str) -> None:
    """The author's next message, a day after the account was connected."""
    text = f"Back again on {channel}"
    item = message(
        f"{channel}-1",
        context.clock.now() + DAY,
        text=text,
        channel=channel,
        author_key=key,
        handle=handle,
    )
    context.writer.call(context.ingest.store_batch, account_id, batch(item))


# -- phone and e-mail: one rule each --------------------------------------------------------


@pytest.mark.parametrize(
    "typed", ["0171 2345678", "+49 171 2345678", "0049 171 2345678", "+49 (171) 234-5678"]
)
def test_a_phone_number_in_any_usual_form_meets_her_next_message(context, typed):
    context.writer.call(context.business.set, PHONE_REGION, "DE")
    account_id = _account(context)
    laura = hand_linked_customer(context, "phone", typed)
    [identity] = context.contacts.get(laura).identities
    assert identity.key == "+491712345678"
    _deliver(context, account_id, "phone", "+49 171 2345678", "+49 171 2345678")
    assert_came_back_to(context, laura, "Back again on phone")


def test_a_local_phone_number_needs_the_propertys_country_and_says_so(context):
    contact_id = context.writer.call(context.contacts.create, "Laura").id
    with pytest.raises(InvalidIdentityKey, match=r"country code, e\.g\. \+49"):
        context.writer.call(context.contacts.link, contact_id, "phone", "0171 2345678")
    assert context.contacts.get(contact_id).identities == ()


@pytest.mark.parametrize(
    "typed", ["Anna@Example.COM ", "mailto:anna@example.com", "Anna <anna@example.com>"]
)
def test_an_address_in_any_usual_form_meets_her_next_message(context, typed):
    account_id = _account(context)
    anna = hand_linked_customer(context, "email", typed)
    _deliver(context, account_id, "email", "ANNA@example.com", "Anna@Example.com")
    assert_came_back_to(context, anna, "Back again on email")


def test_one_email_rule_for_keys_imports_and_addresses_in_texts():
    assert normalise_email(" Anna@Example.COM ") == "anna@example.com"
    assert normalise_email("mailto:anna@example.com?subject=Room") == "anna@example.com"
    assert normalise_email('"Anna M." <Anna@Example.com>') == "anna@example.com"
    for bad in ("anna", "anna@localhost", "anna@@example.com", "an na@example.com", ""):
        assert normalise_email(bad) is None, bad
    text = "Write to Anna@Example.com, or to ben@example.co.uk."
    assert find_emails(text) == ["anna@example.com", "ben@example.co.uk"]


def test_a_bad_handle_is_refused_with_what_the_network_expects_and_nothing_is_linked(context):
    contact_id = context.writer.call(context.contacts.create, "Laura").id
    for channel, typed, says in [
        ("bluesky", "laura", "a handle like laura.bsky.social"),
        ("mastodon", "https://mastodon.social/about", "not a Mastodon profile address"),
        ("email", "laura@", "not an e-mail address"),
        ("x", "@ ", "not a user name"),
        ("x", "maya]", "up to 15 letters, digits or underscores"),
        ("x", "@a_name_far_too_long_for_x", "up to 15 letters"),
    ]:
        with pytest.raises(InvalidIdentityKey, match=says):
            context.writer.call(context.contacts.link, contact_id, channel, typed)
    assert context.contacts.get(contact_id).identities == ()


# -- the demo's networks: the demo connector declares them ------------------------------------


@pytest.mark.parametrize("typed", ["@MayaOkafor", "mayaokafor", "https://x.com/mayaokafor"])
def test_an_x_handle_linked_by_hand_meets_the_demos_messages(context, typed):
    maya = hand_linked_customer(context, "x", typed)
    _account(context)
    sync_once(context)
    [identity] = context.contacts.get(maya).identities
    assert (identity.key, identity.handle) == ("1458822037", "@mayaokafor")
    assert context.contacts.timeline(maya)


# -- a plug-in network, declared only through its entry point --------------------------------


def test_a_plug_in_network_normalises_its_own_identities(tmp_path, clock, memory_keyring):
    context = AppContext(
        AppOptions(data_dir=tmp_path / "data", user="tester"),
        clock=clock,
        secrets=SecretStore(memory_keyring),
        registry=registry_with_pigeon_plug_in(),
    )
    try:
        account_id = _account(context, "demo")
        bird = hand_linked_customer(context, "pigeon", "Loft #0042 ")
        assert context.networks.get("pigeon") == PIGEON
        _deliver(context, account_id, "pigeon", "LOFT 42", "Loft 42")
        assert_came_back_to(context, bird, "Back again on pigeon")
        [reminder] = context.reminders.shown()
        assert reminder.reason == "Laura Customer wrote on Pigeon post for the first time"
    finally:
        context.close()


def test_a_real_connector_takes_a_network_over_from_the_demo():
    assert NetworkCatalogue(default_registry().network).get("instagram").label == "Instagram"
    # Instagram has a built-in connector now: its declaration wins over a plug-in's.
    assert (
        NetworkCatalogue(registry_with_pigeon_plug_in().network).get("instagram").label
        == "Instagram"
    )


class PigeonFactoryOfOld(PigeonFactory):
    """A plug-in written before connectors declared their networks."""

    networks = None


def test_a_plug_in_that_declares_no_networks_takes_none_over_from_the_demo():
    registry = default_registry()
    registry.register(PigeonFactoryOfOld())
    networks = NetworkCatalogue(registry.network)
    assert networks.typed("x", "https://x.com/MayaOkafor") == TypedIdentity(None, "@mayaokafor")
    assert networks.typed("pigeon", " Loft 42 ") == TypedIdentity(None, "Loft 42")


def test_a_network_nobody_declares_keeps_its_user_ids_as_given():
    network = NetworkCatalogue(default_registry().network).get("carrier_owl")
    assert network.label == "Carrier Owl"
    assert network.typed(" Hedwig ") == TypedIdentity(None, "Hedwig")


def test_normalising_an_identity_imports_no_connector():
    """Start-up stays cheap: the built-in networks' rules live in light modules."""
    code = (
        "import json, sys\n"
        "from socialinbox.channels.registry import default_registry\n"
        "from socialinbox.core.networks import NetworkCatalogue\n"
        "networks = NetworkCatalogue(default_registry().network)\n"
        "networks.typed('mastodon', '@anna@mastodon.social')\n"
        "networks.typed('bluesky', 'laura.bsky.social')\n"
        "networks.typed('x', '@maya')\n"
        "loaded = [m for m in sys.modules if m.startswith('socialinbox.channels.')]\n"
        "print(json.dumps(loaded))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    loaded = json.loads(result.stdout)
    assert {"socialinbox.channels.mastodon", "socialinbox.channels.bluesky"}.isdisjoint(loaded)
    assert "socialinbox.channels.demo" not in loaded and "socialinbox.channels.email" not in loaded


def test_reading_labels_and_listing_networks_imports_no_connector():
    """Every row and the sidebar read labels: that must not load the connectors."""
    code = (
        "import json, sys\n"
        "from socialinbox.channels.registry import default_registry\n"
        "from socialinbox.core.networks import NetworkCatalogue\n"
        "registry = default_registry()\n"
        "networks = NetworkCatalogue(registry.network, listed=registry.network_names)\n"
        "labels = [networks.label(n) for n in networks.names()]\n"
        "labels.append(networks.label('carrier_owl'))\n"
        "loaded = [m for m in sys.modules if m.startswith('socialinbox.channels.')]\n"
        "print(json.dumps({'labels': labels, 'loaded': loaded}))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    shown = json.loads(result.stdout)
    assert shown["labels"][:2] == ["Mastodon", "Bluesky"]
    assert shown["labels"][-5:] == ["E-mail", "Phone", "In person", "Hotel guest", "Carrier Owl"]
    connectors = {
        "socialinbox.channels.mastodon",
        "socialinbox.channels.bluesky",
        "socialinbox.channels.demo",
        "socialinbox.channels.email",
        "socialinbox.channels.wordpress",
    }
    assert connectors.isdisjoint(shown["loaded"])


def _pigeon_context(tmp_path, clock, memory_keyring) -> AppContext:
    return AppContext(
        AppOptions(data_dir=tmp_path / "data", user="tester"),
        clock=clock,
        secrets=SecretStore(memory_keyring),
        registry=registry_with_pigeon_plug_in(),
    )


def test_a_plug_in_networks_label_and_limit_are_used_for_replies(tmp_path, clock, memory_keyring):
    context = _pigeon_context(tmp_path, clock, memory_keyring)
    try:
        account_id = _account(context, "pigeon")
        _deliver(context, account_id, "pigeon", "LOFT 42", "Loft 42")
        received = context.inbox.message_id(account_id, "pigeon-1")
        assert received is not None
        assert "pigeon" in context.networks.names()
        assert context.networks.label("pigeon") == "Pigeon post"
        filled = context.templates.fill_for_message("Thanks for writing on {channel}!", received)
        assert filled.text == "Thanks for writing on Pigeon post!"
        with pytest.raises(TextTooLong, match="Pigeon post takes at most 80 characters"):
            context.writer.call(context.outbox.create_reply, received, "c" * 81, "tester")
        created = context.writer.call(context.outbox.create_reply, received, "c" * 80, "tester")
        assert context.outbox.get(created.item.id).text == "c" * 80
    finally:
        context.close()


def test_a_network_no_installed_connector_declares_shows_a_tidy_fallback():
    """Messages kept from a connector since removed: a readable label, no icon, not offered."""
    registry = default_registry()
    networks = NetworkCatalogue(registry.network, listed=registry.network_names)
    assert networks.label("carrier_owl") == "Carrier Owl"
    assert networks.get("carrier_owl").icon is None
    assert not networks.is_declared("carrier_owl")
    assert networks.is_declared("mastodon") and networks.is_declared("email")
    assert "carrier_owl" not in networks.names()


def test_a_handle_whose_messages_already_made_a_contact_is_refused_merge_instead(context):
    account_id = _account(context)
    _deliver(context, account_id, "bluesky", "did:plc:laura", "@laura.bsky.social")
    [theirs] = context.contacts.list_contacts()
    desk_card = context.writer.call(context.contacts.create, "Laura (front desk)").id
    with pytest.raises(ContactConflict, match=f"belongs to contact {theirs.id}; merge"):
        context.writer.call(context.contacts.link, desk_card, "bluesky", "Laura.bsky.social")
    assert context.contacts.get(desk_card).identities == ()


# The labels the window has always shown for the built-in networks.
BUILT_IN_LABELS = {
    "mastodon": "Mastodon",
    "bluesky": "Bluesky",
    "x": "X",
    "facebook": "Facebook",
    "instagram": "Instagram",
    "google_reviews": "Google reviews",
    "email": "E-mail",
    "telegram": "Telegram",
    "matrix": "Matrix",
    "whatsapp": "WhatsApp",
    "signal": "Signal",
    "slack": "Slack",
    "wordpress": "WordPress",
    "yelp": "Yelp",
    "phone": "Phone",
    "guest": "Hotel guest",
}


def test_the_review_sites_are_declared_answered_on_the_site_with_icons():
    networks = NetworkCatalogue(default_registry().network)
    for name, label in (
        ("yelp", "Yelp"),
        ("tripadvisor", "Tripadvisor"),
        ("booking", "Booking.com"),
    ):
        network = networks.get(name)
        assert networks.is_declared(name) and network.label == label
        assert network.replies_on_site and network.key("  Maria G. ") == "Maria G."
        assert resource_path("icons", f"{network.icon}.svg").is_file()
    assert not networks.get("google_reviews").replies_on_site


def test_every_built_in_network_is_declared_with_its_label_and_an_icon():
    networks = NetworkCatalogue(default_registry().network)
    assert set(DemoConnectorFactory.channels) == set(BUILT_IN_LABELS)
    for channel, label in BUILT_IN_LABELS.items():
        network = networks.get(channel)
        assert networks.is_declared(channel), channel
        assert network.label == label, channel
        assert (
            network.icon is not None and resource_path("icons", f"{network.icon}.svg").is_file()
        ), channel
        assert (
            network.icon is not None and resource_path("icons", f"{network.icon}.svg").is_file()
        ), channel
