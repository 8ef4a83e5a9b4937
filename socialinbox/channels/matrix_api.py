"""Requests to a Matrix homeserver (client-server API v3) for one account.

Rules:

- The password is used once, by :meth:`MatrixApi.login` (``m.login.password`` with
  the account's own stable ``device_id``); the connector keeps only the access token
  and the device (:class:`MatrixSession`), never the password. Logging in again
  with the same device id reuses that device, so its transaction ids stay its own.
- Every error answer carries ``errcode``/``error``; they become the connector errors
  through the one HTTP layer (:mod:`socialinbox.channels.http`). A token the server
  no longer knows (401 ``M_UNKNOWN_TOKEN``, with ``soft_logout`` when only this
  device was signed out) is an :class:`AuthenticationError` saying so: the account
  shows "sign in again". 429 ``M_LIMIT_EXCEEDED`` waits as long as ``Retry-After``
  or the body's ``retry_after_ms`` says, whichever is later.
- No message ever carries the token or the password.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import quote

import httpx

from socialinbox.channels.http import ConnectorHttp, without_secrets
from socialinbox.clock import Clock
from socialinbox.core.connector import (
    DEFAULT_REQUEST_DEADLINE,
    AuthenticationError,
    PermanentError,
    RateLimitedError,
    TransientError,
)
from socialinbox.core.rate_limits import REQUESTS, SIGN_IN, RateLimitBook

CLIENT = "/_matrix/client/v3"
# When a 429 names no time.
DEFAULT_RATE_LIMIT_WAIT = timedelta(seconds=30)
DEVICE_DISPLAY_NAME = "Social Inbox"
_DETAIL_MAX = 300
# A wait longer than a day named by a server is taken as a day (a mistyped value).
_LONGEST_WAIT_MS = 86_400_000


@dataclass(frozen=True, slots=True)
class MatrixSession:
    """What the keychain keeps for a Matrix account (as its secret, JSON): the device and
    its access token. The user id is no secret: it is in the account's settings."""

    device_id: str
    access_token: str

    def dumps(self) -> str:
        return json.dumps(
            {"matrix_device_id": self.device_id, "matrix_access_token": self.access_token},
            sort_keys=True,
        )

    @staticmethod
    def loads(secret: str | None) -> MatrixSession | None:
        """The session a stored secret holds; None when it holds none (a typed password)."""
        if not secret or not secret.startswith("{"):
            return None
        try:
            raw = json.loads(secret)
        except ValueError:
            return None
        if not isinstance(raw, dict):
            return None
        device_id, token = raw.get("matrix_device_id"), raw.get("matrix_access_token")
        if (
            not isinstance(device_id, str)
            or not device_id
            or not isinstance(token, str)
            or not token
        ):
            return None
        return MatrixSession(device_id, token)


def device_id_for(account_uuid: str) -> str:
    """The account's own device id: stable across sign-ins, different for every account."""
    return "SOCIALINBOX_" + account_uuid.replace("-", "")[:12].upper()


def room_path(room_id: str, *rest: str) -> str:
    """``/rooms/{roomId}/…`` with every segment escaped (room ids hold ``!`` and ``:``)."""
    return "/rooms/" + "/".join(quote(part, safe="") for part in (room_id, *rest))


def error_detail(response: httpx.Response) -> tuple[str, str]:
    """The answer's ``errcode`` and its words, short; ("", "") when the body says none."""
    try:
        body = response.json()
    except ValueError:
        return "", ""
    if not isinstance(body, Mapping):
        return "", ""
    code = body.get("errcode")
    words = body.get("error")
    code = code if isinstance(code, str) else ""
    words = " ".join(words.split())[:_DETAIL_MAX] if isinstance(words, str) else ""
    return code, words


class MatrixApi:
    """One account's requests. ``token`` is None until :meth:`login` or a stored session."""

    def __init__(
        self,
        http: httpx.AsyncClient | None,
        *,
        homeserver: str,
        clock: Clock,
        rate_limits: RateLimitBook | None,
        deadline: timedelta = DEFAULT_REQUEST_DEADLINE,
    ) -> None:
        self._homeserver = homeserver.rstrip("/")
        self._clock = clock
        self.token: str | None = None
        self._http = ConnectorHttp(
            http,
            where="the Matrix server",
            clock=clock,
            rate_limits=rate_limits,
            default_wait=DEFAULT_RATE_LIMIT_WAIT,
            scrub=self._scrub,
            deadline=deadline,
        )

    def _scrub(self, text: str) -> str:
        return without_secrets(text, self.token, mark="«token»")

    async def call(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        body: Mapping[str, Any] | None = None,
        writes: bool = False,
        bucket: str = REQUESTS,
    ) -> dict[str, Any]:
        """One request under ``/_matrix/client/v3``; the answer's JSON object, or the
        typed error (see the module rules)."""
        payload = await self.call_json(
            method, path, params=params, body=body, writes=writes, bucket=bucket
        )
        if not isinstance(payload, dict):
            raise TransientError(
                f"the Matrix server answered {path.split('/')[1]} with something unreadable",
                may_have_reached_server=writes,
            )
        return payload

    async def call_json(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        body: Mapping[str, Any] | None = None,
        writes: bool = False,
        bucket: str = REQUESTS,
    ) -> object:
        """:meth:`call` for an answer that may be any JSON (a room's state is an array)."""
        headers = {"Authorization": f"Bearer {self.token}"} if self.token else None
        response = await self._http.request(
            method,
            f"{self._homeserver}{CLIENT}{path}",
            bucket=bucket,
            writes=writes,
            params=dict(params) if params else None,
            json=dict(body) if body is not None else None,
            headers=headers,
        )
        if response.is_success:
            try:
                return response.json()
            except ValueError:
                raise TransientError(
                    f"the Matrix server answered {path.split('/')[1]} with something unreadable",
                    may_have_reached_server=writes,
                ) from None
        await self._raise(response, writes=writes, bucket=bucket)
        raise AssertionError("unreachable")  # _raise always raises

    async def _raise(self, response: httpx.Response, *, writes: bool, bucket: str) -> None:
        code, words = error_detail(response)
        detail = self._scrub(f"{code}: {words}" if code and words else code or words)
        if response.status_code == 429:
            asked = await self._hold_from_body(response, bucket)
            try:
                self._http.raise_for_status(response, writes=writes, detail=detail)
            except RateLimitedError as exc:
                if asked is not None and asked > exc.retry_at:
                    raise RateLimitedError(str(exc), asked) from None
                raise
        if code == "M_UNKNOWN_TOKEN" or (response.status_code == 401 and code):
            soft = _soft_logout(response)
            raise AuthenticationError(
                "the Matrix server no longer accepts this device's sign-in"
                + (" (it signed the device out)" if soft else "")
                + f": {detail}"
            )
        if code == "M_FORBIDDEN" and bucket == SIGN_IN:
            raise AuthenticationError(f"the Matrix server refused the password ({detail})")
        if response.status_code == 403:
            # A Matrix 403 on anything but the sign-in is a permission (not in the room,
            # not allowed to post), not a refused sign-in.
            raise PermanentError(f"the Matrix server did not allow it: {detail}")
        self._http.raise_for_status(response, writes=writes, detail=detail)

    async def _hold_from_body(self, response: httpx.Response, bucket: str) -> datetime | None:
        """The wait a 429's body names (``retry_after_ms``), recorded for every process;
        None when it names none."""
        try:
            body = response.json()
        except ValueError:
            return None
        wait_ms = body.get("retry_after_ms") if isinstance(body, Mapping) else None
        if not isinstance(wait_ms, int | float) or isinstance(wait_ms, bool) or wait_ms <= 0:
            return None
        until = self._clock.now() + timedelta(milliseconds=min(wait_ms, _LONGEST_WAIT_MS))
        await self._http.hold(until, "M_LIMIT_EXCEEDED from the Matrix server", bucket)
        return until

    # -- sign-in ---------------------------------------------------------------------

    async def login(self, user_id: str, password: str, device_id: str) -> tuple[MatrixSession, str]:
        """Exchange the password for an access token of device ``device_id``; the session
        and the user id the server signed in (its canonical form)."""
        self.token = None
        payload = await self.call(
            "POST",
            "/login",
            body={
                "type": "m.login.password",
                "identifier": {"type": "m.id.user", "user": user_id},
                "password": password,
                "device_id": device_id,
                "initial_device_display_name": DEVICE_DISPLAY_NAME,
            },
            bucket=SIGN_IN,
        )
        values = [payload.get(k) for k in ("user_id", "access_token", "device_id")]
        if not all(isinstance(v, str) and v for v in values):
            raise TransientError("the Matrix server answered the sign-in without an access token")
        session = MatrixSession(str(values[2]), str(values[1]))
        self.token = session.access_token
        return session, str(values[0])

    async def whoami(self) -> str:
        """The user id the token belongs to."""
        payload = await self.call("GET", "/account/whoami")
        user_id = payload.get("user_id")
        if not isinstance(user_id, str) or not user_id:
            raise TransientError("the Matrix server did not say whose sign-in this is")
        return user_id


def _soft_logout(response: httpx.Response) -> bool:
    try:
        body = response.json()
    except ValueError:
        return False
    return isinstance(body, Mapping) and body.get("soft_logout") is True
