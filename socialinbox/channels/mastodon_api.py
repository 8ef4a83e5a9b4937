"""Talking HTTP to a Mastodon server: requests through the connectors' HTTP layer.

Rules (docs.joinmastodon.org/api/rate-limits, /api/guidelines):

- Every answer may carry ``X-RateLimit-Remaining`` and ``X-RateLimit-Reset`` (an
  ISO 8601 time). When the remaining count reaches 0, or the server answers 429,
  the reset time is kept for the account in the database (see
  :mod:`socialinbox.channels.http`), and no request goes to the server before
  it, in this process or another: :class:`RateLimitedError` is raised instead.
- 401/403: the token was refused (:class:`AuthenticationError`); 422: the server
  refused the request itself, with its reason (:class:`PermanentError`); 5xx and
  timeouts: :class:`TransientError`; an unreachable server: :class:`OfflineError`.
- A request that creates something (``writes=True``, a POST of a status) whose
  answer was lost raises an error with ``may_have_reached_server``.
- The access token travels only in the ``Authorization`` header and never appears
  in an error message: every message is scrubbed of it.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import timedelta
from typing import Any
from urllib.parse import urlsplit

import httpx

from socialinbox.channels.http import ConnectorHttp, answer_json, without_secrets
from socialinbox.clock import Clock
from socialinbox.core.connector import DEFAULT_REQUEST_DEADLINE
from socialinbox.core.rate_limits import RateLimitBook

# Mastodon's default window is five minutes; a 429 without a readable hint waits that long.
DEFAULT_RATE_LIMIT_WAIT = timedelta(minutes=5)
_ERROR_TEXT_MAX = 300


class MastodonApi:
    """Requests to one server, with one access token (None for the app registration)."""

    def __init__(
        self,
        base_url: str,
        token: str | None,
        http: httpx.AsyncClient | None,
        clock: Clock,
        rate_limits: RateLimitBook | None = None,
        deadline: timedelta = DEFAULT_REQUEST_DEADLINE,
    ) -> None:
        """``rate_limits``: the account's waits (None before the account is stored);
        ``deadline``: how long one request may take in all."""
        self.base_url = base_url.rstrip("/")
        try:
            self.host = urlsplit(self.base_url).netloc or self.base_url
        except ValueError:  # requests to it fail with the reason (see address_problem)
            self.host = self.base_url
        self._token = token
        self._http = ConnectorHttp(
            http,
            where=self.host,
            clock=clock,
            rate_limits=rate_limits,
            default_wait=DEFAULT_RATE_LIMIT_WAIT,
            scrub=self.scrub,
            deadline=deadline,
        )

    def scrub(self, text: str) -> str:
        """``text`` without the access token in it."""
        return without_secrets(text, self._token, mark="«token»")

    async def get(self, path: str, params: Any = None) -> httpx.Response:
        return await self.request("GET", path, params=params)

    async def get_json(self, path: str, params: Any = None) -> Any:
        return self.json(await self.get(path, params))

    async def request(
        self,
        method: str,
        path: str,
        *,
        params: Any = None,
        json_body: Mapping[str, Any] | None = None,
        form: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
        writes: bool = False,
    ) -> httpx.Response:
        """One request to ``path`` on this server; the answer when it is a success (2xx),
        else a typed ChannelError. ``writes``: the request creates something."""
        all_headers = {"Accept": "application/json", **(headers or {})}
        if self._token:
            all_headers["Authorization"] = f"Bearer {self._token}"
        response = await self._http.request(
            method,
            f"{self.base_url}{path}",
            writes=writes,
            params=params,
            json=json_body,
            data=form,
            headers=all_headers,
        )
        self._http.raise_for_status(response, writes=writes, detail=self._error_text(response))
        return response

    def json(self, response: httpx.Response, *, writes: bool = False) -> Any:
        """The answer's JSON. ``writes``: the answer is to a write, which happened."""
        return answer_json(response, self.host, writes=writes)

    def _error_text(self, response: httpx.Response) -> str:
        """The server's own words (Mastodon's Error entity: ``error`` and
        ``error_description``), short and without the token."""
        if response.is_success:
            return ""
        try:
            body = response.json()
        except ValueError:
            return ""
        if not isinstance(body, Mapping):
            return ""
        parts = [body.get("error"), body.get("error_description")]
        text = " — ".join(str(p) for p in parts if isinstance(p, str) and p.strip())
        text = " ".join(text.split())
        return self.scrub(text)[:_ERROR_TEXT_MAX]
