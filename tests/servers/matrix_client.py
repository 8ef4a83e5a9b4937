"""A small synchronous Matrix client for tests: customers, bridge puppets, the business's
other devices. Client-Server API v3 over httpx; every call raises :class:`MatrixError` on an
error answer. The public API is listed in ``tests/servers/synapse_server.py``.

Written from the Matrix Client-Server specification (spec.matrix.org, v1.x): rooms
(``/createRoom``, ``/invite``, ``/join``, ``/leave``), events (``/send``, ``/state``,
``/redact``, ``/messages``), relations (``m.replace``, ``m.in_reply_to``), ``m.mentions``,
``m.direct`` account data, ``/sync`` filters and ``/logout``.
"""

from __future__ import annotations

import itertools
import json
import secrets
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

import httpx

CLIENT = "/_matrix/client/v3"
MEGOLM = "m.megolm.v1.aes-sha2"
HTML_FORMAT = "org.matrix.custom.html"


class MatrixError(Exception):
    """An error answer of the homeserver: HTTP status, ``errcode`` (``M_...``) and text."""

    def __init__(self, status: int, errcode: str, error: str) -> None:
        super().__init__(f"{status} {errcode}: {error}")
        self.status = status
        self.errcode = errcode
        self.error = error


@dataclass(frozen=True)
class MatrixUser:
    """A registered account and one logged-in device of it."""

    user_id: str
    localpart: str
    password: str
    access_token: str
    device_id: str


def quoted(part: str) -> str:
    """One path segment (room ids hold ``!`` and ``:``, event ids ``$``)."""
    return quote(part, safe="")


def raise_for_matrix_error(response: httpx.Response) -> None:
    if response.is_success:
        return
    try:
        body = response.json()
    except ValueError:
        body = {}
    if not isinstance(body, dict):
        body = {}
    raise MatrixError(
        response.status_code,
        str(body.get("errcode", "")),
        str(body.get("error", response.text[:200])),
    )


_transactions = itertools.count(1)


def new_transaction_id() -> str:
    """Unique for the whole test session (Synapse keys transactions by device)."""
    return f"test-{next(_transactions)}-{secrets.token_hex(4)}"


class MatrixClient:
    """One device of one user, talking to the homeserver at ``base_url``."""

    def __init__(self, base_url: str, user_id: str, access_token: str, device_id: str = "") -> None:
        self.base_url = base_url
        self.user_id = user_id
        self.access_token = access_token
        self.device_id = device_id
        self._http = httpx.Client(
            base_url=base_url,
            headers={"Authorization": f"Bearer {access_token}"},
            timeout=60.0,
        )

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> MatrixClient:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def request(
        self,
        method: str,
        path: str,
        *,
        body: Mapping[str, Any] | None = None,
        params: Mapping[str, str | int] | None = None,
    ) -> dict[str, Any]:
        """``path`` below ``/_matrix/client/v3`` unless it starts with ``/_``."""
        url = path if path.startswith("/_") else CLIENT + path
        response = self._http.request(method, url, json=body, params=params)
        raise_for_matrix_error(response)
        answer = response.json()
        return answer if isinstance(answer, dict) else {}

    # -- who am I ------------------------------------------------------------------------

    def whoami(self) -> dict[str, Any]:
        return self.request("GET", "/account/whoami")

    def set_display_name(self, name: str) -> None:
        self.request(
            "PUT", f"/profile/{quoted(self.user_id)}/displayname", body={"displayname": name}
        )

    def logout(self) -> None:
        """Invalidates this device's token: later calls with it answer 401 M_UNKNOWN_TOKEN."""
        self.request("POST", "/logout", body={})

    def logout_all(self) -> None:
        """Invalidates every token of the user (all devices)."""
        self.request("POST", "/logout/all", body={})

    def set_account_data(self, event_type: str, content: Mapping[str, Any]) -> None:
        self.request(
            "PUT", f"/user/{quoted(self.user_id)}/account_data/{quoted(event_type)}", body=content
        )

    def account_data(self, event_type: str) -> dict[str, Any]:
        return self.request(
            "GET", f"/user/{quoted(self.user_id)}/account_data/{quoted(event_type)}"
        )

    def mark_direct(self, room_id: str, other_user_id: str) -> None:
        """Adds the room to this user's ``m.direct`` account data, as clients do for a DM."""
        try:
            direct = self.account_data("m.direct")
        except MatrixError as error:
            if error.status != 404:
                raise
            direct = {}
        rooms = list(direct.get(other_user_id, []))
        if room_id not in rooms:
            rooms.append(room_id)
        direct[other_user_id] = rooms
        self.set_account_data("m.direct", direct)

    # -- rooms -----------------------------------------------------------------------------

    def create_room(
        self,
        *,
        invite: Iterable[str] = (),
        is_direct: bool = False,
        name: str | None = None,
        topic: str | None = None,
        preset: str = "private_chat",
        encrypted: bool = False,
        initial_state: Iterable[Mapping[str, Any]] = (),
        power_level_content_override: Mapping[str, Any] | None = None,
    ) -> str:
        """A new room (its id). ``encrypted`` adds ``m.room.encryption`` (Megolm) to the
        initial state; ``initial_state`` items are ``{"type", "state_key", "content"}``."""
        state = [dict(item) for item in initial_state]
        if encrypted:
            state.append(
                {"type": "m.room.encryption", "state_key": "", "content": {"algorithm": MEGOLM}}
            )
        body: dict[str, Any] = {
            "preset": preset,
            "invite": list(invite),
            "is_direct": is_direct,
            "initial_state": state,
        }
        if name is not None:
            body["name"] = name
        if topic is not None:
            body["topic"] = topic
        if power_level_content_override is not None:
            body["power_level_content_override"] = dict(power_level_content_override)
        return str(self.request("POST", "/createRoom", body=body)["room_id"])

    def create_direct_room(
        self,
        other_user_id: str,
        *,
        encrypted: bool = False,
        initial_state: Iterable[Mapping[str, Any]] = (),
    ) -> str:
        """A DM as Element makes one: ``trusted_private_chat``, the invite carries
        ``is_direct: true``, and the room goes into this user's ``m.direct``."""
        room_id = self.create_room(
            invite=[other_user_id],
            is_direct=True,
            preset="trusted_private_chat",
            encrypted=encrypted,
            initial_state=initial_state,
        )
        self.mark_direct(room_id, other_user_id)
        return room_id

    def create_group_room(self, name: str, *, invite: Iterable[str] = ()) -> str:
        return self.create_room(name=name, invite=invite, preset="private_chat")

    def invite(self, room_id: str, user_id: str) -> None:
        self.request("POST", f"/rooms/{quoted(room_id)}/invite", body={"user_id": user_id})

    def join(self, room_id_or_alias: str) -> str:
        return str(self.request("POST", f"/join/{quoted(room_id_or_alias)}", body={})["room_id"])

    def leave(self, room_id: str) -> None:
        self.request("POST", f"/rooms/{quoted(room_id)}/leave", body={})

    def joined_rooms(self) -> list[str]:
        return [str(room) for room in self.request("GET", "/joined_rooms")["joined_rooms"]]

    def joined_members(self, room_id: str) -> list[str]:
        return sorted(self.request("GET", f"/rooms/{quoted(room_id)}/joined_members")["joined"])

    # -- events ----------------------------------------------------------------------------

    def send_event(
        self,
        room_id: str,
        event_type: str,
        content: Mapping[str, Any],
        *,
        txn_id: str | None = None,
    ) -> str:
        """Any message event (its id). The same ``txn_id`` from the same device returns the
        first event's id again, as the spec's idempotency rule says."""
        txn = txn_id or new_transaction_id()
        path = f"/rooms/{quoted(room_id)}/send/{quoted(event_type)}/{quoted(txn)}"
        return str(self.request("PUT", path, body=content)["event_id"])

    def send_text(
        self,
        room_id: str,
        body: str,
        *,
        mentions: Iterable[str] | None = None,
        room_mention: bool = False,
        formatted_body: str | None = None,
        reply_to: str | None = None,
        msgtype: str = "m.text",
        txn_id: str | None = None,
    ) -> str:
        """An ``m.room.message``. ``mentions`` (user ids) and ``room_mention`` fill
        ``m.mentions`` (present only when one of them is given); ``formatted_body`` is
        HTML (``org.matrix.custom.html``); ``reply_to`` an event id (``m.in_reply_to``)."""
        content = text_content(body, formatted_body=formatted_body, msgtype=msgtype)
        if mentions is not None or room_mention:
            user_ids = list(mentions or ())
            content["m.mentions"] = {
                "user_ids": user_ids,
                **({"room": True} if room_mention else {}),
            }
        if reply_to is not None:
            content["m.relates_to"] = {"m.in_reply_to": {"event_id": reply_to}}
        return self.send_event(room_id, "m.room.message", content, txn_id=txn_id)

    def reply(self, room_id: str, event_id: str, body: str, **options: Any) -> str:
        """``send_text`` replying to ``event_id``."""
        return self.send_text(room_id, body, reply_to=event_id, **options)

    def edit(
        self, room_id: str, event_id: str, new_body: str, *, formatted_body: str | None = None
    ) -> str:
        """An ``m.replace`` edit of ``event_id``: ``m.new_content`` holds the new text, the
        event's own body is the ``* new text`` fallback clients without edits show."""
        content = text_content(f"* {new_body}")
        content["m.new_content"] = text_content(new_body, formatted_body=formatted_body)
        content["m.relates_to"] = {"rel_type": "m.replace", "event_id": event_id}
        return self.send_event(room_id, "m.room.message", content)

    def redact(self, room_id: str, event_id: str, reason: str | None = None) -> str:
        path = f"/rooms/{quoted(room_id)}/redact/{quoted(event_id)}/{quoted(new_transaction_id())}"
        body = {"reason": reason} if reason is not None else {}
        return str(self.request("PUT", path, body=body)["event_id"])

    def send_encrypted(self, room_id: str) -> str:
        """An ``m.room.encrypted`` (Megolm) event as an encrypting client sends it. The
        ciphertext is random bytes: nobody can decrypt it, which is what a client without
        the room keys sees of any encrypted message."""
        content = {
            "algorithm": MEGOLM,
            "ciphertext": secrets.token_urlsafe(96),
            "sender_key": secrets.token_urlsafe(32).rstrip("="),
            "session_id": secrets.token_urlsafe(32).rstrip("="),
            "device_id": self.device_id or "TESTDEVICE",
        }
        return self.send_event(room_id, "m.room.encrypted", content)

    def send_many(self, room_id: str, count: int, prefix: str = "message") -> list[str]:
        """``count`` text messages ``"{prefix} 1"`` … (their event ids, in order): more than
        a sync filter's timeline limit makes the next sync's timeline ``limited``."""
        return [self.send_text(room_id, f"{prefix} {number}") for number in range(1, count + 1)]

    def set_state(
        self, room_id: str, event_type: str, content: Mapping[str, Any], state_key: str = ""
    ) -> str:
        path = f"/rooms/{quoted(room_id)}/state/{quoted(event_type)}/{quoted(state_key)}"
        return str(self.request("PUT", path, body=content)["event_id"])

    def state(self, room_id: str, event_type: str, state_key: str = "") -> dict[str, Any]:
        path = f"/rooms/{quoted(room_id)}/state/{quoted(event_type)}/{quoted(state_key)}"
        return self.request("GET", path)

    def event(self, room_id: str, event_id: str) -> dict[str, Any]:
        return self.request("GET", f"/rooms/{quoted(room_id)}/event/{quoted(event_id)}")

    def messages(self, room_id: str, *, limit: int = 1000) -> list[dict[str, Any]]:
        """The room's timeline as this user may see it, oldest first (state events
        included), at most ``limit`` events, paging ``/messages`` backwards."""
        collected: list[dict[str, Any]] = []
        params: dict[str, str | int] = {"dir": "b", "limit": min(limit, 100)}
        while len(collected) < limit:
            page = self.request("GET", f"/rooms/{quoted(room_id)}/messages", params=params)
            chunk = page.get("chunk", [])
            collected.extend(chunk)
            end = page.get("end")
            if not chunk or not end:
                break
            params["from"] = end
        return list(reversed(collected[:limit]))

    def text_messages(self, room_id: str, *, sender: str | None = None) -> list[dict[str, Any]]:
        """The room's ``m.room.message`` events (optionally from one sender), oldest first;
        edits (``m.replace``) are left out, so each sent message counts once."""
        return [
            event
            for event in self.messages(room_id)
            if event.get("type") == "m.room.message"
            and (sender is None or event.get("sender") == sender)
            and event.get("content", {}).get("m.relates_to", {}).get("rel_type") != "m.replace"
        ]

    # -- sync --------------------------------------------------------------------------------

    def sync(
        self,
        since: str | None = None,
        *,
        timeline_limit: int | None = None,
        timeout_ms: int = 0,
    ) -> dict[str, Any]:
        """One ``/sync``. ``timeline_limit`` sets an inline filter's ``room.timeline.limit``."""
        params: dict[str, str | int] = {"timeout": timeout_ms}
        if since is not None:
            params["since"] = since
        if timeline_limit is not None:
            params["filter"] = json.dumps({"room": {"timeline": {"limit": timeline_limit}}})
        return self.request("GET", "/sync", params=params)


def text_content(
    body: str, *, formatted_body: str | None = None, msgtype: str = "m.text"
) -> dict[str, Any]:
    content: dict[str, Any] = {"msgtype": msgtype, "body": body}
    if formatted_body is not None:
        content["format"] = HTML_FORMAT
        content["formatted_body"] = formatted_body
    return content
