"""XRPC plumbing for test servers: error answers, parameters, cursors, rate-limit headers.

Conventions from https://atproto.com/specs/xrpc: errors are JSON {"error", "message"};
array parameters repeat their name; cursors are opaque strings; rate-limit headers as the
PDS sends them (RateLimit-Limit/-Remaining/-Reset in epoch seconds/-Policy "N;w=S",
https://docs.bsky.app/docs/advanced-guides/rate-limits).
"""

from __future__ import annotations

import base64
from typing import Any

# Error names for statuses, as @atproto/xrpc names them (its ResponseType).
ERROR_NAMES = {
    400: "InvalidRequest",
    401: "AuthenticationRequired",
    403: "Forbidden",
    404: "XRPCNotSupported",
    429: "RateLimitExceeded",
    500: "InternalServerError",
    501: "MethodNotImplemented",
    502: "UpstreamFailure",
    503: "NotEnoughResources",
    504: "UpstreamTimeout",
}
DEFAULT_PAGE = 50
MAX_PAGE = 100


class XrpcError(Exception):
    """An XRPC error answer: status and {"error", "message"}
    (https://atproto.com/specs/xrpc#error-responses)."""

    def __init__(
        self, status: int, error: str, message: str, headers: dict[str, str] | None = None
    ) -> None:
        super().__init__(message)
        self.status = status
        self.error = error
        self.message = message
        self.headers = headers or {}


def ratelimit_headers(
    limit: int, remaining: int, reset_epoch: float, window: int
) -> dict[str, str]:
    return {
        "RateLimit-Limit": str(limit),
        "RateLimit-Remaining": str(remaining),
        "RateLimit-Reset": str(int(reset_epoch)),
        "RateLimit-Policy": f"{limit};w={window}",
    }


def require_object(body: Any) -> dict[str, Any]:
    if not isinstance(body, dict):
        raise XrpcError(400, "InvalidRequest", "Request body must be a JSON object")
    return body


def param(params: dict[str, list[str]], name: str, *, required: bool = False) -> str | None:
    values = params.get(name)
    if not values:
        if required:
            raise XrpcError(400, "InvalidRequest", f'Params must have the property "{name}"')
        return None
    return values[0]


def int_param(
    params: dict[str, list[str]], name: str, default: int, minimum: int, maximum: int
) -> int:
    raw = param(params, name)
    if raw is None:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise XrpcError(400, "InvalidRequest", f"{name} must be an integer") from None
    if value < minimum:
        raise XrpcError(400, "InvalidRequest", f"{name} can not be less than {minimum}")
    if value > maximum:
        raise XrpcError(400, "InvalidRequest", f"{name} can not be greater than {maximum}")
    return value


def page_limit(params: dict[str, list[str]]) -> int:
    return int_param(params, "limit", DEFAULT_PAGE, 1, MAX_PAGE)


def encode_cursor(seq: int) -> str:
    return base64.urlsafe_b64encode(f"seq:{seq}".encode()).decode().rstrip("=")


def decode_cursor(cursor: str | None) -> int | None:
    if cursor is None:
        return None
    try:
        text = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
        if not text.startswith("seq:"):
            raise ValueError(text)
        return int(text[len("seq:") :])
    except ValueError:
        raise XrpcError(400, "InvalidRequest", "Malformed cursor") from None
