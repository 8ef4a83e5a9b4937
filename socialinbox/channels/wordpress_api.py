"""Talking to one WordPress site's REST API: where it lives, and requests with a password.

Rules (developer.wordpress.org/rest-api: "Discovery", "Authentication", "Pagination"):

- A site is accepted as people type it (``example.com``, ``https://example.com/blog/``,
  with or without ``/wp-json``): :func:`site_address`. Its REST root is found once, when
  the account is connected (:meth:`WordPressApi.discover`): the ``Link`` header with
  ``rel="https://api.w.org/"`` that every WordPress page carries, else ``/wp-json/``,
  else ``?rest_route=/`` (a site without pretty permalinks); the root is kept on the
  address the page was reached at (:func:`on_origin_of`). A root of the second
  form takes every route as its ``rest_route`` parameter (:func:`endpoint`).
- Every request carries an Application Password (WordPress 5.6+) by HTTP Basic with
  the user's login name. WordPress accepts Application Passwords only over https, or
  on a site whose environment type is ``local``; elsewhere it ignores them and answers
  as to a visitor. Where they can be used the REST index says so
  (``authentication.application-passwords``): discovery checks it, so that a site
  without them is named as such, not as a wrong password.
- 401: the password was refused (revoked, mistyped): :class:`AuthenticationError`, the
  account must sign in again. 403: the password works but the user may not do this
  (``rest_forbidden_context`` for a user who cannot moderate comments): a
  :class:`PermanentError` naming what is missing, since signing in again cannot help.
  Everything else (429 with ``Retry-After``, 5xx, timeouts, dropped connections, the
  request deadline) through :mod:`socialinbox.channels.http`.
- The password never appears in a message.
"""

from __future__ import annotations

import base64
from collections.abc import Callable, Mapping
from datetime import timedelta
from typing import Any
from urllib.parse import parse_qs, urlsplit, urlunsplit

import httpx

from socialinbox.channels.html_text import html_to_text
from socialinbox.channels.http import ConnectorHttp, answer_json, without_secrets
from socialinbox.clock import Clock
from socialinbox.core.connector import (
    DEFAULT_REQUEST_DEADLINE,
    AuthenticationError,
    PermanentError,
)
from socialinbox.core.rate_limits import RateLimitBook

# The relation WordPress names its REST root with (in a Link header).
API_LINK_RELATION = "https://api.w.org/"
# WordPress sets no rate limit of its own; a host's 429 without Retry-After waits this long.
DEFAULT_RATE_LIMIT_WAIT = timedelta(minutes=1)
_ERROR_TEXT_MAX = 300
_MAX_REDIRECTS = 5
_REDIRECTS = frozenset({301, 302, 303, 307, 308})


class DuplicateCommentError(PermanentError):
    """WordPress refused a comment it already has: the same words, under the same comment,
    by the same person (409 ``comment_duplicate``, ``wp_allow_comment``)."""


def site_address(typed: str) -> str:
    """The site's address as typed, made whole: ``https://`` when no scheme is given, no
    ``/wp-json`` part, query, fragment or trailing ``/``."""
    text = typed.strip()
    if "://" not in text:
        text = f"https://{text}"
    try:
        parts = urlsplit(text)
    except ValueError:
        return text  # the request fails with the reason (channels.http.address_problem)
    path = parts.path
    marker = path.lower().find("/wp-json")
    if marker >= 0:
        path = path[:marker]
    path = path.rstrip("/")
    if path.lower().endswith("/index.php"):
        path = path[: -len("/index.php")]
    return urlunsplit((parts.scheme.lower(), parts.netloc, path, "", ""))


def endpoint(root: str, route: str, params: Mapping[str, Any] | None = None) -> tuple[str, Any]:
    """The URL and query parameters of ``route`` (``wp/v2/comments``) under ``root``.

    A root with a ``rest_route`` parameter (``https://example.com/?rest_route=/``)
    carries the route in that parameter; any other root has the route appended.
    """
    parts = urlsplit(root)
    query = parse_qs(parts.query)
    if "rest_route" in query:
        base = urlunsplit((parts.scheme, parts.netloc, parts.path or "/", "", ""))
        prefix = query["rest_route"][0].rstrip("/")
        return base, {"rest_route": f"{prefix}/{route.lstrip('/')}", **(params or {})}
    return f"{root.rstrip('/')}/{route.lstrip('/')}", dict(params or {})


def on_origin_of(page: str, root: str) -> str:
    """The REST root a page names, on the address the page was reached at.

    A site behind a reverse proxy (or one whose address was changed without updating
    WordPress's "Site Address" option) names its root on an address that may not be
    reachable from here; the page itself came from ``page``, whose scheme and host serve
    the same site.
    """
    named, served = urlsplit(root), urlsplit(page)
    if (named.scheme, named.netloc) == (served.scheme, served.netloc):
        return root
    return urlunsplit((served.scheme, served.netloc, named.path, named.query, ""))


def refusal_reason(user: str, detail: str) -> str:
    """What a 401 means, in words for the site's owner. WordPress answers 401 only to a
    request it sees as a visitor's (``rest_authorization_required_code``): a wrong user
    name or application password, a revoked one, and a request whose Authorization header
    a host dropped all look alike (``rest_not_logged_in``, ``incorrect_password``, or the
    refusal of what only a signed-in user may ask, ``rest_forbidden_context``)."""
    return (
        f"the user name {user!r} or its application password was not accepted "
        f"(revoked, or mistyped): create a new application password ({detail})"
    )


class WordPressApi:
    """Requests to one site's REST root with one user's application password."""

    def __init__(
        self,
        site: str,
        user: str | None,
        password: str | None,
        http: httpx.AsyncClient | None,
        clock: Clock,
        rate_limits: RateLimitBook | None = None,
        deadline: timedelta = DEFAULT_REQUEST_DEADLINE,
        root: str | None = None,
    ) -> None:
        """``root``: the REST root found when the account was connected (None: not yet)."""
        self.site = site
        self.root = root
        try:
            self.host = urlsplit(site).netloc or site
        except ValueError:
            self.host = site
        # WordPress shows application passwords in groups of four and ignores the spaces.
        self._password = "".join((password or "").split())
        self._user = (user or "").strip()
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
        """``text`` without the password (nor its Basic form) in it."""
        return without_secrets(text, self._password, self._basic())

    def _basic(self) -> str:
        if not self._password:
            return ""
        pair = f"{self._user}:{self._password}".encode()
        return base64.b64encode(pair).decode("ascii")

    # -- finding the REST root -------------------------------------------------------

    async def discover(self) -> str:
        """The site's REST root (see the module rules); PermanentError when the address
        answers but is no WordPress with its REST API on, or one that does not offer
        application passwords."""
        response = await self._follow(f"{self.site}/")
        linked = response.links.get(API_LINK_RELATION, {}).get("url")
        candidates = [f"{self.site}/wp-json/", f"{self.site}/?rest_route=/"]
        if isinstance(linked, str) and linked.startswith(("https://", "http://")):
            candidates.insert(0, on_origin_of(str(response.url), linked))
        for root in candidates:
            url, params = endpoint(root, "")
            answer = await self._http.request("GET", url, params=params)
            if answer.status_code == 429 or answer.status_code >= 500:
                self._http.raise_for_status(answer)  # down or busy: not "no WordPress here"
            index = _json_or_none(answer)
            if not _offers_wp_v2(index):
                continue
            if not _offers_application_passwords(index):
                raise PermanentError(
                    f"{self.host} does not offer application passwords: WordPress 5.6 or "
                    "newer offers them over https:// (or on a local site), unless a plugin "
                    "or the host turned them off"
                )
            return root
        raise PermanentError(
            f"{self.host} shows no WordPress REST API (looked for its Link header, "
            "/wp-json/ and ?rest_route=/): check the site's address"
        )

    async def _follow(self, url: str) -> httpx.Response:
        """GET ``url`` without the password, following redirects (http → https, a
        ``www.`` host) as a browser would."""
        for _ in range(_MAX_REDIRECTS):
            response = await self._http.request("GET", url)
            target = response.headers.get("Location")
            if response.status_code not in _REDIRECTS or not target:
                return response
            url = str(response.url.join(target))
        return response

    # -- requests ------------------------------------------------------------------

    async def get_json(self, route: str, params: Mapping[str, Any] | None = None) -> Any:
        return self.json(await self.request("GET", route, params=params))

    async def request(
        self,
        method: str,
        route: str,
        *,
        params: Mapping[str, Any] | None = None,
        json_body: Mapping[str, Any] | None = None,
        writes: bool = False,
    ) -> httpx.Response:
        """One authenticated request to ``route`` under the REST root; the answer when it
        is a success (2xx), else a typed ChannelError. ``writes``: it creates something."""
        if self.root is None:
            self.root = await self.discover()
        url, query = endpoint(self.root, route, params)
        headers = {"Accept": "application/json"}
        if self._password:
            headers["Authorization"] = f"Basic {self._basic()}"
        response = await self._http.request(
            method, url, writes=writes, params=query, json=json_body, headers=headers
        )
        raise_for_answer(self._http, response, self._user, writes=writes, scrub=self.scrub)
        return response

    def json(self, response: httpx.Response, *, writes: bool = False) -> Any:
        """The answer's JSON. ``writes``: the answer is to a write, which happened."""
        return answer_json(response, self.host, writes=writes)


def error_code(response: httpx.Response) -> str | None:
    """WordPress's error code (``comment_duplicate``, ``incorrect_password``), if any."""
    body = _json_or_none(response)
    code = body.get("code") if isinstance(body, Mapping) else None
    return code if isinstance(code, str) else None


def raise_for_answer(
    http: ConnectorHttp,
    response: httpx.Response,
    user: str,
    *,
    writes: bool,
    scrub: Callable[[str], str],
) -> None:
    """The typed error for an answer that is no success (see the module rules)."""
    if response.is_success:
        return
    detail = scrub(_error_text(response))
    code = error_code(response)
    if response.status_code == 401:
        raise AuthenticationError(
            f"{http.where} refused the sign-in (HTTP 401): {refusal_reason(user, detail)}"
        )
    if response.status_code == 409 and code == "comment_duplicate":
        raise DuplicateCommentError(f"{http.where} already has this comment: {detail}")
    if response.status_code == 403:
        raise PermanentError(
            f"{http.where}: the user may not do this (HTTP 403): {detail}; an Editor or "
            "Administrator can moderate and answer comments"
        )
    http.raise_for_status(response, writes=writes, detail=detail)


def _json_or_none(response: httpx.Response) -> Any:
    try:
        return response.json()
    except ValueError:
        return None


def _offers_wp_v2(index: object) -> bool:
    """Whether a REST index offers the ``wp/v2`` routes."""
    namespaces = index.get("namespaces") if isinstance(index, Mapping) else None
    return isinstance(namespaces, list) and "wp/v2" in namespaces


def _offers_application_passwords(index: object) -> bool:
    """Whether a REST index announces application passwords (WordPress adds
    ``authentication.application-passwords`` only where they can be used)."""
    authentication = index.get("authentication") if isinstance(index, Mapping) else None
    return isinstance(authentication, Mapping) and "application-passwords" in authentication


def _error_text(response: httpx.Response) -> str:
    """WordPress's own words (``message``, which may hold HTML), short, on one line."""
    body = _json_or_none(response)
    if not isinstance(body, Mapping):
        return ""
    message = body.get("message")
    code = body.get("code")
    text = html_to_text(message) if isinstance(message, str) else ""
    text = " ".join(text.split())
    if isinstance(code, str) and code:
        text = f"{text} ({code})" if text else code
    return text[:_ERROR_TEXT_MAX]
