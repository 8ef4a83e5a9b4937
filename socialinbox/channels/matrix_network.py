"""Matrix and the networks bridged into it, as the catalogue knows them.

Light on purpose (no HTTP): the network catalogue imports it to normalise a
typed identity without loading the connector.

- ``matrix``: a user id ``@user:server`` is both key and handle, in lower case
  (user ids are lower case by the specification).
- Bridged networks: a bridge (mautrix and others) relays a network's people into
  Matrix as *puppets* whose localpart is ``<protocol>_<id on that network>`` (the
  bridges' default ``username_template``, e.g. ``whatsapp_{{.}}``), in rooms whose
  state names the bridge (``m.bridge`` / ``uk.half-shot.bridge``, MSC2346). Such a
  person is an identity on that network, not on Matrix: :func:`puppet_identity`.
  WhatsApp's key is the phone number in E.164 when the puppet carries one (a JID of
  ``s.whatsapp.net``), else the bridge's opaque id (``lid-…``); Signal's the account's
  UUID; Slack's ``TEAM-USER``; Telegram's the numeric user id (the Telegram network is
  declared by the Telegram connector with the same key).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from socialinbox.core.connector import TextLimit
from socialinbox.core.names import InvalidIdentityKey
from socialinbox.core.networks import Network, PhoneRule, TypedIdentity, profile_path
from socialinbox.core.phones import normalise_phone

MATRIX: Final = "matrix"
WHATSAPP: Final = "whatsapp"
SIGNAL: Final = "signal"
SLACK: Final = "slack"
TELEGRAM: Final = "telegram"

# The spec sets no length for a message body, only for the whole event: Synapse refuses
# events over 65 536 bytes of canonical JSON. 32 000 characters leaves room for the
# envelope and for text outside ASCII (escaped as \uXXXX in JSON) in most messages;
# the sender still meets the byte limit as a clear error for a longer one.
TEXT_LIMIT: Final = TextLimit(32_000, "characters")


class MatrixIdentities:
    """A Matrix user id, ``@user:server``, is both key and handle; user ids are lower case
    by the specification. Typed with or without ``@``, or as a ``matrix.to`` link."""

    def key(self, delivered: str) -> str:
        value = delivered.strip().lower()
        value = value if value.startswith("@") else f"@{value}"
        user, colon, server = value[1:].partition(":")
        if not colon or not user or not server or any(c.isspace() for c in value):
            raise InvalidIdentityKey(f"a Matrix user id is @user:server, not {delivered!r}")
        return value

    def typed(self, text: str, region: str | None) -> TypedIdentity:
        value = text.strip()
        if profile_path(value, ("matrix.to",)) is not None:
            value = value.split("#/", 1)[-1].split("?", 1)[0]
        key = self.key(value)
        return TypedIdentity(key, key)


_LID = re.compile(r"lid-[0-9]+")


class WhatsAppIdentities:
    """A phone number in E.164 (typed in any form, a ``wa.me`` link too), or the
    bridge's opaque ``lid-…`` id for people whose number WhatsApp hides."""

    def key(self, delivered: str) -> str:
        value = delivered.strip().lower()
        if _LID.fullmatch(value):
            return value
        return PhoneRule().key(value)

    def typed(self, text: str, region: str | None) -> TypedIdentity:
        value = text.strip()
        path = profile_path(value, ("wa.me",))
        if path is not None:
            value = "+" + path.split("/", 1)[0].lstrip("+")
        if _LID.fullmatch(value.lower()):
            return TypedIdentity(value.lower(), None)
        return PhoneRule().typed(value, region)


_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


class SignalIdentities:
    """An account's UUID (ACI), which is what the bridge's puppets carry. A typed phone
    number cannot be matched to it without Signal itself: it is kept as the handle, and
    a person sending from that number is linked by hand once."""

    def key(self, delivered: str) -> str:
        value = delivered.strip().lower()
        if not _UUID.fullmatch(value):
            raise InvalidIdentityKey(f"a Signal key is the account's UUID, not {delivered!r}")
        return value

    def typed(self, text: str, region: str | None) -> TypedIdentity:
        value = text.strip().lower()
        if _UUID.fullmatch(value):
            return TypedIdentity(value, None)
        raise InvalidIdentityKey(
            "a Signal identity is the account's UUID as the bridge shows it "
            f"(xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx), not {text!r}"
        )


_SLACK = re.compile(r"[A-Z0-9]+-[A-Z0-9]+")


class SlackIdentities:
    """``TEAM-USER`` (Slack's workspace and member ids, upper case as Slack writes them;
    the bridge's puppets carry them lower case)."""

    def key(self, delivered: str) -> str:
        value = delivered.strip().upper()
        if not _SLACK.fullmatch(value):
            raise InvalidIdentityKey(
                f"a Slack key is the workspace and member id (T0123-U0456), not {delivered!r}"
            )
        return value

    def typed(self, text: str, region: str | None) -> TypedIdentity:
        value = self.key(text)
        return TypedIdentity(value, None)


MATRIX_NETWORK: Final = Network(
    MATRIX, "Matrix", MatrixIdentities(), icon="matrix", text_limit=TEXT_LIMIT
)
WHATSAPP_NETWORK: Final = Network(
    WHATSAPP, "WhatsApp", WhatsAppIdentities(), icon="whatsapp", text_limit=TEXT_LIMIT
)
SIGNAL_NETWORK: Final = Network(
    SIGNAL, "Signal", SignalIdentities(), icon="signal", text_limit=TEXT_LIMIT
)
SLACK_NETWORK: Final = Network(
    SLACK, "Slack", SlackIdentities(), icon="slack", text_limit=TEXT_LIMIT
)


@dataclass(frozen=True, slots=True)
class BridgedIdentity:
    """Who a bridge puppet stands for: the network, the key there, a handle if any."""

    channel: str
    key: str
    handle: str | None


# Bridge protocol ids (MSC2346 ``protocol.id``) -> the network this app shows. mautrix's
# Slack bridge calls its protocol "slackgo"; its puppets are still ``slack_…``.
BRIDGED_NETWORKS: Final[dict[str, str]] = {
    WHATSAPP: WHATSAPP,
    SIGNAL: SIGNAL,
    SLACK: SLACK,
    "slackgo": SLACK,
    TELEGRAM: TELEGRAM,
}


def bridged_network(protocol: str | None) -> str | None:
    """The network a room bridged to ``protocol`` belongs to, when this app shows it as
    its own network; None for other bridges (their people stay Matrix users)."""
    return BRIDGED_NETWORKS.get((protocol or "").strip().lower())


def puppet_identity(protocol: str, user_id: str) -> BridgedIdentity | None:
    """The bridged person behind Matrix user ``user_id`` in a room bridged to ``protocol``;
    None when the user is no puppet of that bridge (a Matrix user, the bridge's bot) or
    the id it carries is not one of that network's."""
    network = bridged_network(protocol)
    localpart = user_id.strip().lower().removeprefix("@").partition(":")[0]
    # The puppets of mautrix bridges are <network>_<remote id> (username_template).
    prefix = f"{network}_"
    if network is None or not localpart.startswith(prefix):
        return None
    remote = localpart[len(prefix) :]
    if network == WHATSAPP:
        if remote.isdigit():
            number = normalise_phone(f"+{remote}")
            return BridgedIdentity(WHATSAPP, number, number) if number else None
        return BridgedIdentity(WHATSAPP, remote, None) if _LID.fullmatch(remote) else None
    if network == SIGNAL:
        return BridgedIdentity(SIGNAL, remote, None) if _UUID.fullmatch(remote) else None
    if network == SLACK:
        key = remote.upper()
        return BridgedIdentity(SLACK, key, None) if _SLACK.fullmatch(key) else None
    # Telegram: the numeric user id, as the Telegram network keys its people.
    return BridgedIdentity(TELEGRAM, remote, None) if remote.isdigit() else None
