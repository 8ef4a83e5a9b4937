"""A real Synapse homeserver for the Matrix connector's tests, started from a temporary config.

Synapse (``pip install matrix-synapse``) runs from its own virtualenv, never the app's: its
``synapse_homeserver`` is looked up in ``$SOCIALINBOX_SYNAPSE`` (a bin folder; ``.ci/run``
sets it), then in the checkout's ``.synapse-venv/bin``, then on ``PATH`` (missing: the test
skips, or fails under ``SOCIALINBOX_REQUIRE_SERVERS=1``). The config is SQLite in a temporary
folder, one plain-HTTP client listener on 127.0.0.1 (the admin API included), no
federation, media, URL previews or presence, registration closed except with the shared
secret, bcrypt at 4 rounds, and every rate limit raised far above what a test does.
Starting takes a few seconds, so the ``synapse_server`` fixture (session scope,
``tests/servers/synapse_fixture.py``) starts one Synapse for the whole test session; each
test takes fresh users with unique names (``new_user``) so tests never see each other's rooms.

Public API::

    SynapseServer(server_name: str = "matrix.test", *, config: Mapping | None = None)
        context manager; start() -> SynapseServer; stop() -> None (terminate, then kill)
        config: top-level keys merged over the generated homeserver config (e.g. lower
            "rc_message" for a test of its own server; the shared one keeps the defaults)
        .base_url: str            http://127.0.0.1:PORT (client API and /_synapse/admin)
        .server_name: str         "matrix.test": user ids are @localpart:matrix.test
        .root: Path               the temporary folder (homeserver.yaml, homeserver.log, db)
        .shared_secret: str       registration_shared_secret
        .process_id: int          the running synapse_homeserver's pid
        log_tail(lines=60) -> str the end of homeserver.log and of Synapse's stderr
        user_id(localpart) -> str

    Users (registered with the shared secret: /_synapse/admin/v1/register, HMAC-SHA1 nonce)
        register(localpart, *, password=None, displayname=None, admin=False) -> MatrixUser
            M_USER_IN_USE (MatrixError 400) if the name is taken
        new_user(prefix="user", *, displayname=None) -> MatrixUser   unique name: prefix + n
        login(user, *, device_id=None) -> MatrixClient   a new device of the user (/login)
        client(user) -> MatrixClient   the user's registered device; closed by stop()
        .admin -> MatrixUser           a server admin, registered on first use
        deactivate(user_id) -> None    admin API; the user's tokens stop working
        set_message_rate_limit(user_id, per_second, burst_count) -> None
            admin override of rc_message for one user (0, 0: unlimited); a test that needs
            the business account throttled (429 M_LIMIT_EXCEEDED) lowers it this way
        clear_message_rate_limit(user_id) -> None

    Bridges (MSC2346 bridge info as mautrix bridges write it)
        WHATSAPP, SIGNAL, SLACK: Bridge   protocol id "whatsapp" / "signal" / "slackgo"
            (mautrix-slack's id), displayname, state key prefix, the bot's and the puppets'
            localparts (whatsappbot, whatsapp_…), channel id suffix (@s.whatsapp.net)
        puppet(bridge, *, displayname, remote_id=None) -> MatrixUser
            a bridge puppet such as @whatsapp_4915112345678:matrix.test with its display name
            (remote_id: the number / remote user id; unique by default)
        bridged_direct_room(bridge, business_user_id, *, displayname, remote_id=None)
            -> BridgedRoom(room_id, puppet: MatrixClient, bot_user_id, state_key)
            the puppet creates a DM portal (trusted_private_chat, invite with is_direct, the
            bridge info as m.bridge and uk.half-shot.bridge in the initial state) and invites
            the business user, as mautrix does for a private chat; the puppet then writes
            with bridged.puppet.send_text(bridged.room_id, ...)
        bridge_info(bridge, *, channel_id, channel_displayname=None) -> (state_key, content)

    MatrixClient (tests/servers/matrix_client.py): one device of one user, httpx sync
        .user_id, .access_token, .device_id; close(); usable as a context manager
        whoami() -> dict; set_display_name(name); logout() (this token: later calls
            401 M_UNKNOWN_TOKEN); logout_all(); set_account_data(type, content);
            account_data(type) -> dict; mark_direct(room_id, other_user_id)
        create_room(*, invite=(), is_direct=False, name=None, topic=None,
                    preset="private_chat", encrypted=False, initial_state=(),
                    power_level_content_override=None) -> room_id
        create_direct_room(other_user_id, *, encrypted=False, initial_state=()) -> room_id
            as Element: trusted_private_chat, invite with is_direct, m.direct account data
        create_group_room(name, *, invite=()) -> room_id
        invite(room_id, user_id); join(room_id_or_alias) -> room_id; leave(room_id)
        joined_rooms() -> list[str]; joined_members(room_id) -> list[str]
        send_text(room_id, body, *, mentions=None, room_mention=False, formatted_body=None,
                  reply_to=None, msgtype="m.text", txn_id=None) -> event_id
            mentions: user ids for m.mentions; formatted_body: HTML; reply_to: event id
        reply(room_id, event_id, body, **send_text options) -> event_id
        edit(room_id, event_id, new_body, *, formatted_body=None) -> event_id  (m.replace)
        redact(room_id, event_id, reason=None) -> event_id
        send_encrypted(room_id) -> event_id   an undecryptable m.room.encrypted event
        send_event(room_id, type, content, *, txn_id=None) -> event_id
        send_many(room_id, count, prefix="message") -> list[event_id]
        set_state(room_id, type, content, state_key="") -> event_id
        state(room_id, type, state_key="") -> dict; event(room_id, event_id) -> dict
        messages(room_id, *, limit=1000) -> list[dict]   oldest first, via /messages
        text_messages(room_id, *, sender=None) -> list[dict]
            the m.room.message events without edits: "the reply arrived exactly once" is
            len(customer.text_messages(room, sender=business_id)) == 1
        sync(since=None, *, timeline_limit=None, timeout_ms=0) -> dict
        request(method, path, *, body=None, params=None) -> dict   anything else
    MatrixError(status, errcode, error); MatrixUser(user_id, localpart, password,
        access_token, device_id)

Recipes for the connector's tests:

- The business account: ``business = synapse_server.new_user("business")``; the connector
  signs in with ``business.user_id`` and ``business.password`` at ``synapse_server.base_url``.
- A customer: ``customer = synapse_server.client(synapse_server.new_user("customer"))``, then
  ``room = customer.create_direct_room(business.user_id)`` and ``customer.send_text(room, …)``.
- A reply made elsewhere (the business's phone): ``phone = synapse_server.login(business)``
  is another device of the same account; ``phone.reply(room, event_id, "…")``.
- Revoking the token the connector keeps: ``synapse_server.client(business).logout_all()``
  (every device of the user is logged out; the next call answers 401 M_UNKNOWN_TOKEN), or
  ``synapse_server.deactivate(business.user_id)``.
- The answer to a reply lost on the way back: put ``MisbehavingProxy(synapse_server.base_url)``
  (``tests/servers/misbehaving_proxy.py``) between the connector and Synapse and call
  ``proxy.lose_answer("/_matrix/client/v3/rooms/*/send/")``: Synapse stores the event, the
  connector gets no answer; a retry with the same transaction id returns the same event.
  (The proxy waits at most 30 s for Synapse: keep long-poll ``/sync`` timeouts below that.)
- The other side's view: ``customer.text_messages(room, sender=business.user_id)``.

A limited timeline: a room's timeline in ``/sync`` is ``limited`` (with a ``prev_batch``)
when more events arrived since ``since`` than the filter's ``room.timeline.limit``. So sync
once (the connector's round), then ``customer.send_many(room_id, N)`` with N above the
connector's timeline limit, then sync again: the events that did not fit are fetched with
``/messages`` from ``prev_batch``. ``MatrixClient.sync(timeline_limit=...)`` shows it from
the test side (see ``test_synapse_server.py``).
"""

from __future__ import annotations

import atexit
import base64
import contextlib
import ctypes
import hashlib
import hmac
import itertools
import json
import os
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

from tests.servers.email_servers import free_port
from tests.servers.matrix_client import (
    MatrixClient,
    MatrixError,
    MatrixUser,
    quoted,
    raise_for_matrix_error,
)
from tests.servers.require import missing, require_program
from tests.servers.running import StartedInWith

SYNAPSE_BIN = "SOCIALINBOX_SYNAPSE"
PROGRAM = "synapse_homeserver"
INSTALL_HINT = (
    "python3 -m venv .synapse-venv && .synapse-venv/bin/pip install matrix-synapse, "
    f"or set {SYNAPSE_BIN} to the bin folder of a Synapse virtualenv"
)
START_TIMEOUT = 120.0  # seconds; usually 2-5 s, but the test machines' two cores are shared
REPO_ROOT = Path(__file__).resolve().parents[2]

# Far above anything a test does; a test that wants a limit sets its own (see the docstring).
UNLIMITED = {"per_second": 10_000, "burst_count": 100_000}


def find_synapse() -> str:
    """The ``synapse_homeserver`` program; skips (fails under CI) when there is none."""
    configured = os.environ.get(SYNAPSE_BIN, "").strip()
    if configured:
        found = shutil.which(PROGRAM, path=configured)
        if found:
            return found
        missing(f"{SYNAPSE_BIN}={configured} holds no {PROGRAM}")
    found = shutil.which(PROGRAM, path=str(REPO_ROOT / ".synapse-venv" / "bin"))
    if found:
        return found
    return require_program(PROGRAM, "matrix-synapse", install_hint=INSTALL_HINT)


def signing_key_line() -> str:
    """A fresh ed25519 signing key in Synapse's key file format: ``ed25519 VERSION SEED``,
    the seed being 32 random bytes in unpadded base64 (any 32 bytes are a valid seed)."""
    seed = base64.b64encode(secrets.token_bytes(32)).decode().rstrip("=")
    return f"ed25519 a_{secrets.token_hex(2)} {seed}\n"


def homeserver_config(
    root: Path, server_name: str, port: int, shared_secret: str
) -> dict[str, Any]:
    """The homeserver config (written as JSON, which YAML reads). Option names are those of
    Synapse's configuration manual ("Configuration Options" in its documentation), checked
    against the code that reads them in Synapse 1.163 (``synapse/config/``)."""
    return {
        "server_name": server_name,
        "public_baseurl": f"http://127.0.0.1:{port}/",
        "pid_file": str(root / "homeserver.pid"),
        "report_stats": False,
        "enable_metrics": False,
        "listeners": [
            {
                "port": port,
                "bind_addresses": ["127.0.0.1"],
                "type": "http",
                "tls": False,
                "x_forwarded": False,
                "resources": [{"names": ["client"], "compress": False}],
            }
        ],
        "database": {"name": "sqlite3", "args": {"database": str(root / "homeserver.db")}},
        "log_config": str(root / "log.config"),
        "signing_key_path": str(root / "signing.key"),
        "media_store_path": str(root / "media"),
        "macaroon_secret_key": secrets.token_hex(32),
        "form_secret": secrets.token_hex(32),
        "registration_shared_secret": shared_secret,
        "enable_registration": False,
        "allow_guest_access": False,
        "bcrypt_rounds": 4,  # test passwords: hashing fast, not strong
        # No federation, media, URL previews or presence: nothing leaves 127.0.0.1.
        "federation_domain_whitelist": [],
        "trusted_key_servers": [],
        "suppress_key_server_warning": True,
        "enable_media_repo": False,
        "url_preview_enabled": False,
        "presence": {"enabled": False},
        "user_directory": {"enabled": False},
        # Rate limits: out of the way unless a test lowers them.
        "rc_message": UNLIMITED,
        "rc_registration": UNLIMITED,
        "rc_registration_token_validity": UNLIMITED,
        "rc_login": {
            "address": UNLIMITED,
            "account": UNLIMITED,
            "failed_attempts": UNLIMITED,
        },
        "rc_admin_redaction": UNLIMITED,
        "rc_joins": {"local": UNLIMITED, "remote": UNLIMITED},
        "rc_joins_per_room": UNLIMITED,
        "rc_3pid_validation": UNLIMITED,
        "rc_invites": {
            "per_room": UNLIMITED,
            "per_user": UNLIMITED,
            "per_issuer": UNLIMITED,
        },
        "rc_third_party_invite": UNLIMITED,
        "rc_room_creation": UNLIMITED,
        "rc_delayed_event_mgmt": UNLIMITED,
        "rc_reports": UNLIMITED,
        "rc_user_directory": UNLIMITED,
        "rc_profile": UNLIMITED,
        "rc_presence": {"per_user": UNLIMITED},
    }


def log_config(log_file: Path) -> dict[str, Any]:
    """Python logging (dictConfig) for Synapse: warnings and startup to a file, nothing else."""
    return {
        "version": 1,
        "formatters": {"plain": {"format": "%(asctime)s %(name)s %(levelname)s %(message)s"}},
        "handlers": {
            "file": {
                "class": "logging.FileHandler",
                "formatter": "plain",
                "filename": str(log_file),
                "encoding": "utf8",
            }
        },
        "loggers": {"synapse.app": {"level": "INFO"}, "synapse.storage.SQL": {"level": "WARNING"}},
        "root": {"level": "WARNING", "handlers": ["file"]},
        "disable_existing_loggers": False,
    }


PR_SET_PDEATHSIG = 1
# Looked up before any fork: the child only calls it.
_prctl = ctypes.CDLL(None, use_errno=True).prctl if sys.platform.startswith("linux") else None


def _die_with_parent() -> None:
    """In the child before exec: Linux sends it SIGTERM when the test process dies, so no
    Synapse outlives a killed test run (pytest's own teardown covers Ctrl+C and failures)."""
    if _prctl is not None:
        _prctl(PR_SET_PDEATHSIG, signal.SIGTERM)


@dataclass(frozen=True)
class Bridge:
    """How a mautrix bridge names itself and its users (their default config): the bridge
    info's ``protocol`` and state key, the bot's localpart, the puppets' localpart prefix,
    and what follows a remote id in the bridge info's ``channel.id`` (a WhatsApp JID)."""

    protocol_id: str
    protocol_displayname: str
    external_url: str
    state_key_prefix: str
    bot_localpart: str
    puppet_prefix: str
    channel_suffix: str = ""


WHATSAPP = Bridge(
    protocol_id="whatsapp",
    protocol_displayname="WhatsApp",
    external_url="https://www.whatsapp.com/",
    state_key_prefix="net.maunium.whatsapp://whatsapp",
    bot_localpart="whatsappbot",
    puppet_prefix="whatsapp_",
    channel_suffix="@s.whatsapp.net",
)
SIGNAL = Bridge(
    protocol_id="signal",
    protocol_displayname="Signal",
    external_url="https://signal.org/",
    state_key_prefix="fi.mau.signal://signal",
    bot_localpart="signalbot",
    puppet_prefix="signal_",
)
SLACK = Bridge(
    protocol_id="slackgo",  # mautrix-slack's protocol id, not "slack"
    protocol_displayname="Slack",
    external_url="https://slack.com/",
    state_key_prefix="fi.mau.slack://slackgo",
    bot_localpart="slackbot",
    puppet_prefix="slack_",
)


@dataclass(frozen=True)
class BridgedRoom:
    room_id: str
    puppet: MatrixClient
    bot_user_id: str
    state_key: str


class SynapseServer(StartedInWith):
    """Synapse from a temporary config. ``with SynapseServer() as server: …``"""

    def __init__(
        self, server_name: str = "matrix.test", *, config: Mapping[str, Any] | None = None
    ) -> None:
        self.program = find_synapse()
        self.server_name = server_name
        self.port = free_port()
        self.base_url = f"http://127.0.0.1:{self.port}"
        self.shared_secret = secrets.token_hex(24)
        self.root = Path(tempfile.mkdtemp(prefix="socialinbox-synapse-"))
        self._extra_config = dict(config or {})
        self._process: subprocess.Popen[bytes] | None = None
        self._http: httpx.Client | None = None
        self._clients: list[MatrixClient] = []
        self._names = itertools.count(1)
        self._admin: MatrixUser | None = None

    @property
    def log_file(self) -> Path:
        return self.root / "homeserver.log"

    @property
    def process_id(self) -> int:
        if self._process is None:
            raise RuntimeError("the Synapse server is not started")
        return self._process.pid

    # -- start and stop ------------------------------------------------------------------

    def start(self) -> SynapseServer:
        config = homeserver_config(self.root, self.server_name, self.port, self.shared_secret)
        config.update(self._extra_config)
        config_file = self.root / "homeserver.yaml"
        config_file.write_text(json.dumps(config, indent=2))
        (self.root / "log.config").write_text(json.dumps(log_config(self.log_file), indent=2))
        (self.root / "signing.key").write_text(signing_key_line())
        with open(self.root / "stderr.log", "wb") as stderr:
            self._process = subprocess.Popen(
                [self.program, "--config-path", str(config_file)],
                cwd=self.root,
                stdin=subprocess.DEVNULL,
                stdout=stderr,
                stderr=stderr,
                preexec_fn=_die_with_parent,
            )
        atexit.register(self.stop)
        self._http = httpx.Client(base_url=self.base_url, timeout=60.0)
        try:
            self._wait_until_answering()
        except BaseException:
            self.stop()
            raise
        return self

    def _wait_until_answering(self) -> None:
        assert self._process is not None and self._http is not None
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                raise RuntimeError(
                    f"Synapse exited with {self._process.returncode} while starting:\n"
                    + self.log_tail()
                )
            with contextlib.suppress(httpx.TransportError):
                if self._http.get("/_matrix/client/versions", timeout=2.0).status_code == 200:
                    return
            time.sleep(0.1)
        raise RuntimeError(
            f"Synapse did not answer /_matrix/client/versions within {START_TIMEOUT:.0f} s:\n"
            + self.log_tail()
        )

    def stop(self) -> None:
        atexit.unregister(self.stop)
        for client in self._clients:
            client.close()
        self._clients.clear()
        if self._http is not None:
            self._http.close()
            self._http = None
        if self._process is not None:
            self._process.terminate()
            try:
                self._process.wait(15)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait(5)
            self._process = None
        shutil.rmtree(self.root, ignore_errors=True)

    def log_tail(self, lines: int = 60) -> str:
        parts = []
        for name in ("stderr.log", "homeserver.log"):
            path = self.root / name
            if path.exists():
                text = path.read_text(errors="replace").splitlines()[-lines:]
                parts.append(f"--- {name} (last {len(text)} lines) ---\n" + "\n".join(text))
        return "\n".join(parts) or "(Synapse wrote no log)"

    # -- users -----------------------------------------------------------------------------

    def user_id(self, localpart: str) -> str:
        return f"@{localpart}:{self.server_name}"

    def _admin_api(self) -> httpx.Client:
        if self._http is None:
            raise RuntimeError("the Synapse server is not started")
        return self._http

    def register(
        self,
        localpart: str,
        *,
        password: str | None = None,
        displayname: str | None = None,
        admin: bool = False,
    ) -> MatrixUser:
        """A new account through the shared-secret admin API (the HMAC is over nonce,
        username, password and admin flag, NUL-separated, as Synapse's docs say)."""
        http = self._admin_api()
        password = password or f"pw-{secrets.token_hex(8)}"
        nonce_answer = http.get("/_synapse/admin/v1/register")
        raise_for_matrix_error(nonce_answer)
        nonce = str(nonce_answer.json()["nonce"])
        mac = hmac.new(self.shared_secret.encode(), digestmod=hashlib.sha1)
        for part in (nonce, localpart, password):
            mac.update(part.encode())
            mac.update(b"\x00")
        mac.update(b"admin" if admin else b"notadmin")
        body: dict[str, Any] = {
            "nonce": nonce,
            "username": localpart,
            "password": password,
            "admin": admin,
            "mac": mac.hexdigest(),
        }
        if displayname is not None:
            body["displayname"] = displayname
        answer = http.post("/_synapse/admin/v1/register", json=body)
        raise_for_matrix_error(answer)
        registered = answer.json()
        return MatrixUser(
            user_id=str(registered["user_id"]),
            localpart=localpart,
            password=password,
            access_token=str(registered["access_token"]),
            device_id=str(registered.get("device_id", "")),
        )

    def new_user(self, prefix: str = "user", *, displayname: str | None = None) -> MatrixUser:
        """A user no other test has: ``prefix`` (lowercased) plus a number."""
        return self.register(f"{prefix.lower()}{next(self._names)}", displayname=displayname)

    def client(self, user: MatrixUser) -> MatrixClient:
        """The registered device of ``user`` (closed when the server stops)."""
        client = MatrixClient(self.base_url, user.user_id, user.access_token, user.device_id)
        self._clients.append(client)
        return client

    def login(self, user: MatrixUser, *, device_id: str | None = None) -> MatrixClient:
        """A new device of ``user``, logged in with its password (``m.login.password``)."""
        body: dict[str, Any] = {
            "type": "m.login.password",
            "identifier": {"type": "m.id.user", "user": user.user_id},
            "password": user.password,
        }
        if device_id is not None:
            body["device_id"] = device_id
        answer = self._admin_api().post("/_matrix/client/v3/login", json=body)
        raise_for_matrix_error(answer)
        session = answer.json()
        client = MatrixClient(
            self.base_url, user.user_id, str(session["access_token"]), str(session["device_id"])
        )
        self._clients.append(client)
        return client

    @property
    def admin(self) -> MatrixUser:
        """A server admin (registered the first time it is asked for)."""
        if self._admin is None:
            self._admin = self.register(f"admin{next(self._names)}", admin=True)
        return self._admin

    def _as_admin(self, method: str, path: str, body: Mapping[str, Any] | None = None) -> None:
        answer = self._admin_api().request(
            method,
            path,
            json=body,
            headers={"Authorization": f"Bearer {self.admin.access_token}"},
        )
        raise_for_matrix_error(answer)

    def deactivate(self, user_id: str) -> None:
        """Deactivates the account (admin API): its tokens answer 401 from then on."""
        self._as_admin("POST", f"/_synapse/admin/v1/deactivate/{quoted(user_id)}", {"erase": False})

    def set_message_rate_limit(self, user_id: str, per_second: int, burst_count: int) -> None:
        """Overrides ``rc_message`` for one user (admin API; 0 and 0 mean unlimited)."""
        self._as_admin(
            "POST",
            f"/_synapse/admin/v1/users/{quoted(user_id)}/override_ratelimit",
            {"messages_per_second": per_second, "burst_count": burst_count},
        )

    def clear_message_rate_limit(self, user_id: str) -> None:
        self._as_admin("DELETE", f"/_synapse/admin/v1/users/{quoted(user_id)}/override_ratelimit")

    # -- bridges -----------------------------------------------------------------------------

    def bridge_info(
        self, bridge: Bridge, *, channel_id: str, channel_displayname: str | None = None
    ) -> tuple[str, dict[str, Any]]:
        """(state key, content) of the bridge info event, as mautrix writes it under both
        ``m.bridge`` and ``uk.half-shot.bridge`` (MSC2346)."""
        channel: dict[str, str] = {"id": channel_id}
        if channel_displayname is not None:
            channel["displayname"] = channel_displayname
        content = {
            "bridgebot": self.user_id(bridge.bot_localpart),
            "protocol": {
                "id": bridge.protocol_id,
                "displayname": bridge.protocol_displayname,
                "external_url": bridge.external_url,
            },
            "channel": channel,
        }
        return f"{bridge.state_key_prefix}/{channel_id}", content

    def puppet(
        self, bridge: Bridge, *, displayname: str, remote_id: str | None = None
    ) -> MatrixUser:
        """A bridge puppet (``@whatsapp_4915112345678:matrix.test``) with a display name.
        The default remote id is a unique number, so each test has its own puppet."""
        remote = remote_id or f"49151{next(self._names):08d}"
        return self.register(f"{bridge.puppet_prefix}{remote.lower()}", displayname=displayname)

    def bridged_direct_room(
        self,
        bridge: Bridge,
        business_user_id: str,
        *,
        displayname: str,
        remote_id: str | None = None,
    ) -> BridgedRoom:
        """A bridged DM portal in which the puppet writes to the business user."""
        puppet_user = self.puppet(bridge, displayname=displayname, remote_id=remote_id)
        puppet = self.client(puppet_user)
        remote = puppet_user.localpart.removeprefix(bridge.puppet_prefix)
        state_key, content = self.bridge_info(
            bridge, channel_id=remote + bridge.channel_suffix, channel_displayname=displayname
        )
        content["creator"] = puppet_user.user_id
        initial_state = [
            {"type": event_type, "state_key": state_key, "content": content}
            for event_type in ("m.bridge", "uk.half-shot.bridge")
        ]
        room_id = puppet.create_direct_room(business_user_id, initial_state=initial_state)
        return BridgedRoom(room_id, puppet, self.user_id(bridge.bot_localpart), state_key)


__all__ = [
    "SIGNAL",
    "SLACK",
    "WHATSAPP",
    "Bridge",
    "BridgedRoom",
    "MatrixClient",
    "MatrixError",
    "MatrixUser",
    "SynapseServer",
]
