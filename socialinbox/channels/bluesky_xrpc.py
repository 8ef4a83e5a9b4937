"""Small XRPC helpers for the Bluesky connector: error answers, query strings, the PDS.

XRPC conventions (atproto.com/specs/xrpc): an error answer is a JSON object with
``error`` (a name) and ``message``; an array parameter is the same query
parameter repeated; datetimes always carry a timezone.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Mapping, Sequence
from datetime import datetime
from urllib.parse import urlsplit

import httpx

Params = Mapping[str, str | int | Sequence[str]]
# Errors with which a server refuses an access or refresh token (atproto reference PDS).
TOKEN_ERRORS = frozenset({"ExpiredToken", "InvalidToken"})


def pds_endpoint(did_doc: object, did: str) -> str | None:
    """The ``#atproto_pds`` service endpoint of a DID document, if usable.

    An http endpoint is accepted only on a loopback host (local servers and
    tests); anything else must be https.
    """
    if not isinstance(did_doc, Mapping):
        return None
    if did_doc.get("id") not in (None, did):
        return None
    services = did_doc.get("service")
    if not isinstance(services, list):
        return None
    for service in services:
        if not isinstance(service, Mapping):
            continue
        service_id = service.get("id")
        if not isinstance(service_id, str) or not service_id.endswith("#atproto_pds"):
            continue
        endpoint = service.get("serviceEndpoint")
        if isinstance(endpoint, str) and _acceptable_base(endpoint):
            return endpoint.rstrip("/")
    return None


def _acceptable_base(url: str) -> bool:
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    if not parts.hostname or parts.query or parts.fragment:
        return False
    if parts.scheme == "https":
        return True
    return parts.scheme == "http" and _is_loopback(parts.hostname)


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def xrpc_error(response: httpx.Response) -> tuple[str, str]:
    """The (error, message) of an XRPC error answer; empty strings when absent."""
    try:
        payload = response.json()
    except ValueError:
        return "", ""
    if not isinstance(payload, Mapping):
        return "", ""
    error, message = payload.get("error"), payload.get("message")
    return (
        error if isinstance(error, str) else "",
        " ".join(message.split())[:300] if isinstance(message, str) else "",
    )


def token_refused(response: httpx.Response) -> bool:
    if response.status_code == 401:
        return True
    return response.status_code == 400 and xrpc_error(response)[0] in TOKEN_ERRORS


def query_pairs(params: Params | None) -> list[tuple[str, str]] | None:
    """Query parameters; a sequence becomes the same name repeated (the XRPC rule)."""
    if not params:
        return None
    pairs: list[tuple[str, str]] = []
    for name, value in params.items():
        if isinstance(value, str | int):
            pairs.append((name, str(value)))
        else:
            pairs.extend((name, str(item)) for item in value)
    return pairs


def parse_time(value: object) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        when = datetime.fromisoformat(value)
    except ValueError:
        return None
    return when if when.tzinfo is not None else None
