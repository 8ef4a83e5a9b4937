"""A test-only connector that posts replies to :mod:`tests.sending.http_fakes` servers.

Kind ``testhttp``; the account's ``base_url`` is the server, its setting
``idempotent`` says whether the network honours ``Idempotency-Key`` (then the
connector declares a one-hour idempotency window, like Mastodon), ``timeout``
is the request timeout in seconds. It has no look-up of sent posts, so a reply
whose fate is unknown on the plain server can only become ``outcome_unknown``.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import timedelta
from typing import ClassVar

import httpx

from socialinbox.core.backoff import parse_retry_after
from socialinbox.core.connector import (
    AuthenticationError,
    ConnectorContext,
    FetchBatch,
    OutgoingReply,
    PermanentError,
    RateLimitedError,
    SentReceipt,
    SettingField,
    TextLimit,
    TransientError,
    VerifiedAccount,
)

KIND = "testhttp"


class PlainHttpConnector:
    kind: ClassVar[str] = KIND
    idempotency_window: ClassVar[timedelta | None] = None

    def __init__(self, context: ConnectorContext) -> None:
        assert context.account.base_url
        self._url = context.account.base_url.rstrip("/") + "/api/v1/statuses"
        self._http = context.http
        self._clock = context.clock
        self._timeout = float(context.account.settings.get("timeout", 10))

    async def verify(self) -> VerifiedAccount:
        return VerifiedAccount(handle="shop")

    async def fetch(self, cursor: str | None) -> AsyncIterator[FetchBatch]:
        return
        yield  # an async generator that yields nothing

    def text_limit(self) -> TextLimit:
        return TextLimit(300, "graphemes")

    def _headers(self, idempotency_key: str) -> dict[str, str]:
        return {}

    async def send(self, reply: OutgoingReply, idempotency_key: str) -> SentReceipt:
        assert self._http is not None
        try:
            response = await self._http.post(
                self._url,
                json={"status": reply.text, "in_reply_to_id": reply.in_reply_to},
                headers=self._headers(idempotency_key),
                timeout=self._timeout,
            )
        except (httpx.ConnectError, httpx.ConnectTimeout) as exc:
            raise TransientError(f"cannot connect: {exc}") from exc
        except httpx.TransportError as exc:
            raise TransientError(
                f"no answer: {type(exc).__name__}", may_have_reached_server=True
            ) from exc
        if response.status_code == 429:
            now = self._clock.now()
            retry_at = parse_retry_after(response.headers.get("Retry-After"), now)
            raise RateLimitedError("too many requests", retry_at or now + timedelta(minutes=1))
        if response.status_code == 401:
            raise AuthenticationError("token refused")
        if response.status_code >= 500:
            raise TransientError(f"server error {response.status_code}")
        if response.status_code >= 400:
            raise PermanentError(f"refused: {response.status_code}")
        body = response.json()
        return SentReceipt(remote_id=f"post-{body['id']}", url=body.get("url"))


class IdempotentHttpConnector(PlainHttpConnector):
    idempotency_window: ClassVar[timedelta | None] = timedelta(hours=1)

    def _headers(self, idempotency_key: str) -> dict[str, str]:
        return {"Idempotency-Key": idempotency_key}


class HttpTestConnectorFactory:
    kind: ClassVar[str] = KIND
    label: ClassVar[str] = "Test HTTP network"
    channels: ClassVar[tuple[str, ...]] = ("bluesky",)
    needs_secret: ClassVar[bool] = False
    secret_label: ClassVar[str] = ""
    setting_fields: ClassVar[tuple[SettingField, ...]] = ()

    def create(self, context: ConnectorContext) -> PlainHttpConnector:
        idempotent = str(context.account.settings.get("idempotent", "")).lower() == "true"
        return (IdempotentHttpConnector if idempotent else PlainHttpConnector)(context)
