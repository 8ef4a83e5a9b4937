"""XRPC calls to a Bluesky server under an app-password session that survives restarts.

Bluesky allows 30 logins per 5 minutes and 300 per day (docs.bsky.app, "Rate
Limits"), so a ``sync --once`` every few minutes must not log in each time. Rules:

- The session (access and refresh tokens, DID, handle, PDS endpoint) lives in
  the account's keychain slot as JSON and is reused by every process.
- ``com.atproto.server.createSession`` runs only when no usable session is
  stored, at most once per client, and never again with an app password the
  server already refused (its fingerprint is kept in the slot) or before the
  time a 429 on login named (the account's ``sign-in`` wait).
- After a 429 no request goes to the server before the reset time it named
  (``ratelimit-reset``, epoch seconds, or ``Retry-After``), in this process or
  the next: the account's wait is kept in the database by the connectors' HTTP
  layer (:mod:`socialinbox.channels.http`), sign-ins apart from other calls.
- An access token the server refuses (400 ``ExpiredToken``/``InvalidToken``, or
  401) is renewed with ``com.atproto.server.refreshSession``; only when the
  refresh token is refused too does the client log in again. A session another
  process renewed meanwhile is picked up from the slot first.
- Sessions are created and refreshed at the entryway (the server the user
  named); every other call goes to the PDS named in the session's DID document
  (service ``#atproto_pds``), as the atproto docs ask.
- Once the account's DID is known (saved when it was verified) it is the
  sign-in identifier and what a stored session must belong to, so a changed
  handle breaks nothing.

Errors map onto the connector errors of :mod:`socialinbox.core.connector`
through that layer; no message ever carries a token or the password.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from datetime import timedelta
from typing import Any

import httpx

from socialinbox.channels.bluesky_xrpc import (
    Params,
    pds_endpoint,
    query_pairs,
    token_refused,
    xrpc_error,
)
from socialinbox.channels.http import ConnectorHttp
from socialinbox.clock import Clock
from socialinbox.core.connector import (
    DEFAULT_REQUEST_DEADLINE,
    AuthenticationError,
    SessionSlot,
    TransientError,
)
from socialinbox.core.rate_limits import REQUESTS, SIGN_IN, RateLimitBook

log = logging.getLogger(__name__)

DEFAULT_ENTRYWAY = "https://bsky.social"
APP_PASSWORDS_URL = "https://bsky.app/settings/app-passwords"
# When a 429 names no reset time.
DEFAULT_RATE_LIMIT_WAIT = timedelta(minutes=1)
# How many times one call may renew its session before giving up (stored, refresh, login).
_MAX_RENEWALS = 3


@dataclass(frozen=True, slots=True)
class StoredSession:
    """What the keychain slot keeps between processes."""

    did: str
    handle: str
    access_jwt: str
    refresh_jwt: str
    pds: str
    entryway: str
    identifier: str


def normalise_identifier(value: str) -> str:
    """A handle as createSession takes it: no leading "@", lower case (DIDs stay as given)."""
    value = value.strip().lstrip("@")
    return value if value.startswith("did:") else value.lower()


class XrpcClient:
    """One account's XRPC calls. Create one per connector; it is cheap."""

    def __init__(
        self,
        http: httpx.AsyncClient | None,
        *,
        entryway: str,
        identifier: str,
        password: str | None,
        slot: SessionSlot | None,
        clock: Clock,
        expected_did: str | None = None,
        rate_limits: RateLimitBook | None = None,
        deadline: timedelta = DEFAULT_REQUEST_DEADLINE,
    ) -> None:
        """``rate_limits``: the account's waits (None before the account is stored);
        ``deadline``: how long one request may take in all."""
        self._http = ConnectorHttp(
            http,
            where="Bluesky",
            clock=clock,
            rate_limits=rate_limits,
            default_wait=DEFAULT_RATE_LIMIT_WAIT,
            deadline=deadline,
        )
        self._entryway = entryway.rstrip("/")
        self._identifier = normalise_identifier(identifier)
        self._password = password
        self._slot = slot
        self._clock = clock
        self._expected_did = expected_did
        # Once the account's DID is known it signs in with it: a handle can change, the DID
        # cannot (createSession takes "handle or other identifier"; the PDS accepts a DID).
        self._login_identifier = expected_did or self._identifier
        self._session: StoredSession | None = None
        # Without a keychain slot the session lives only as long as this client.
        self._memory_state: dict[str, Any] = {}
        self._logged_in = False

    # -- the session ---------------------------------------------------------

    async def session(self) -> StoredSession:
        """The current session: the stored one if it belongs to this account, else a login."""
        if self._session is None:
            self._session = self._stored_session() or await self._login()
        return self._session

    def _load_state(self) -> dict[str, Any]:
        raw = self._slot.load() if self._slot is not None else None
        if raw is None:
            return dict(self._memory_state)
        try:
            state = json.loads(raw)
        except ValueError:
            return {}
        return state if isinstance(state, dict) else {}

    def _save_state(self, state: dict[str, Any]) -> None:
        self._memory_state = dict(state)
        if self._slot is not None:
            self._slot.save(json.dumps(state, sort_keys=True))

    def _stored_session(self) -> StoredSession | None:
        raw = self._load_state().get("session")
        if not isinstance(raw, Mapping):
            return None
        try:
            session = StoredSession(**{k: str(raw[k]) for k in StoredSession.__dataclass_fields__})
        except (KeyError, TypeError):
            return None
        if session.entryway != self._entryway:
            return None  # the account was pointed at another server
        if self._expected_did:
            if session.did != self._expected_did:
                return None
        elif session.identifier != self._identifier:
            return None
        if self._load_state().get("session_for") != self._password_fingerprint():
            return None  # made with another app password: the new one must be checked
        return session

    def _keep(self, session: StoredSession | None) -> None:
        state = self._load_state()
        state["session"] = asdict(session) if session is not None else None
        state["session_for"] = self._password_fingerprint() if session is not None else None
        state.pop("refused", None)
        self._save_state(state)
        self._session = session

    def _password_fingerprint(self) -> str:
        """Which app password made the stored session (a new one must be checked)."""
        seed = f"{self._entryway}\n{self._password or ''}"
        return hashlib.sha256(seed.encode("utf-8")).hexdigest()

    def _login_fingerprint(self) -> str:
        """Which sign-in the server refused (not to be repeated)."""
        seed = f"{self._entryway}\n{self._login_identifier}\n{self._password or ''}"
        return hashlib.sha256(seed.encode("utf-8")).hexdigest()

    def _session_from(self, payload: object, previous: StoredSession | None) -> StoredSession:
        if not isinstance(payload, Mapping):
            raise TransientError("Bluesky answered the sign-in with something unreadable")
        fields = {k: payload.get(k) for k in ("did", "handle", "accessJwt", "refreshJwt")}
        if not all(isinstance(v, str) and v for v in fields.values()):
            raise TransientError("Bluesky answered the sign-in without a complete session")
        did = str(fields["did"])
        pds = pds_endpoint(payload.get("didDoc"), did)
        if pds is None:
            pds = previous.pds if previous is not None and previous.did == did else self._entryway
        return StoredSession(
            did=did,
            handle=str(fields["handle"]),
            access_jwt=str(fields["accessJwt"]),
            refresh_jwt=str(fields["refreshJwt"]),
            pds=pds,
            entryway=self._entryway,
            identifier=self._identifier,
        )

    async def _login(self) -> StoredSession:
        """createSession, within the rules of the module docstring."""
        if not self._password:
            raise AuthenticationError("no app password is stored for this account")
        state = self._load_state()
        if state.get("refused") == self._login_fingerprint():
            raise AuthenticationError(
                "Bluesky refused this handle and app password earlier; "
                f"re-authenticate the account with a new app password ({APP_PASSWORDS_URL})"
            )
        self._http.check_wait(SIGN_IN)
        if self._logged_in:
            raise AuthenticationError(
                "Bluesky refused the new session; re-authenticate the account"
            )
        self._logged_in = True
        response = await self._send(
            self._entryway,
            "POST",
            "com.atproto.server.createSession",
            body={"identifier": self._login_identifier, "password": self._password},
            token=None,
            bucket=SIGN_IN,
        )
        error, message = xrpc_error(response)
        if response.status_code == 401 or error == "AuthenticationRequired":
            state["refused"] = self._login_fingerprint()
            self._save_state(state)
            raise AuthenticationError(
                "Bluesky refused the handle or app password; check the handle and create "
                f"an app password at {APP_PASSWORDS_URL}"
            )
        if error == "AuthFactorTokenRequired":
            raise AuthenticationError(
                "this Bluesky account asks for an e-mail sign-in code: use an app password, "
                "which does not"
            )
        if error in ("AccountTakedown", "AccountDeactivated", "AccountSuspended"):
            raise AuthenticationError(f"Bluesky refused the sign-in: {message or error}")
        payload = self._result(response, writes=False)
        session = self._session_from(payload, None)
        if self._expected_did and session.did != self._expected_did:
            raise AuthenticationError(
                "these credentials belong to another Bluesky account than the one connected"
            )
        log.info("Bluesky: signed in to %s with a new session", self._entryway)
        self._keep(session)
        return session

    async def _refresh(self, stale: StoredSession) -> StoredSession | None:
        """refreshSession; None when the refresh token is refused."""
        response = await self._send(
            self._entryway,
            "POST",
            "com.atproto.server.refreshSession",
            body=None,
            token=stale.refresh_jwt,
        )
        if token_refused(response):
            return None
        payload = self._result(response, writes=False)
        session = self._session_from(payload, stale)
        self._keep(session)
        return session

    async def _renew(self, stale: StoredSession) -> StoredSession:
        """A session to replace one whose access token was refused."""
        stored = self._stored_session()
        if stored is not None and stored.access_jwt != stale.access_jwt:
            self._session = stored  # another process renewed it meanwhile
            return stored
        refreshed = await self._refresh(stale)
        if refreshed is not None:
            return refreshed
        self._keep(None)
        self._session = await self._login()
        return self._session

    # -- calls -----------------------------------------------------------------

    async def query(self, nsid: str, params: Params | None = None) -> Mapping[str, Any]:
        """An XRPC query (GET) at the PDS; repeating it is always safe."""
        return await self._call("GET", nsid, params=params, writes=False)

    async def procedure(
        self, nsid: str, body: Mapping[str, Any], *, writes: bool
    ) -> Mapping[str, Any]:
        """An XRPC procedure (POST) at the PDS. ``writes=True`` for one that creates
        something: if it may have arrived without an answer, the error says
        ``may_have_reached_server``."""
        return await self._call("POST", nsid, body=body, writes=writes)

    async def _call(
        self,
        method: str,
        nsid: str,
        *,
        params: Params | None = None,
        body: Mapping[str, Any] | None = None,
        writes: bool,
    ) -> Mapping[str, Any]:
        self._http.check_wait(REQUESTS)  # before a sign-in that a wait would waste
        session = await self.session()
        for _ in range(_MAX_RENEWALS + 1):
            response = await self._send(
                session.pds,
                method,
                nsid,
                params=params,
                body=body,
                token=session.access_jwt,
                writes=writes,
            )
            if not token_refused(response):
                return self._result(response, writes=writes)
            # A refused token means the request was not carried out: repeating it is safe.
            session = await self._renew(session)
        raise AuthenticationError("Bluesky keeps refusing the session; re-authenticate the account")

    async def _send(
        self,
        base: str,
        method: str,
        nsid: str,
        *,
        params: Params | None = None,
        body: Mapping[str, Any] | None = None,
        token: str | None,
        writes: bool = False,
        bucket: str = REQUESTS,
    ) -> httpx.Response:
        headers = {"Accept": "application/json"}
        if token is not None:
            headers["Authorization"] = f"Bearer {token}"
        return await self._http.request(
            method,
            f"{base}/xrpc/{nsid}",
            bucket=bucket,
            writes=writes,
            params=query_pairs(params),
            json=body,
            headers=headers,
        )

    def _result(self, response: httpx.Response, *, writes: bool) -> Mapping[str, Any]:
        """The answer's JSON object, or the typed error for it."""
        if not response.is_success:
            error, message = xrpc_error(response)
            detail = ": ".join(part for part in (error, message) if part)
            self._http.raise_for_status(response, writes=writes, detail=detail)
        try:
            payload = response.json()
        except ValueError:
            payload = None
        if isinstance(payload, Mapping):
            return payload
        if writes:
            raise TransientError(
                "Bluesky accepted the post but its answer is unreadable",
                may_have_reached_server=True,
            )
        raise TransientError("Bluesky sent an answer that is not a JSON object")
