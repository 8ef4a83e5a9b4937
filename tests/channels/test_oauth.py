"""The OAuth sign-in every network shares, against real authorization servers on 127.0.0.1:
the X test server (authorization code + PKCE, rotating refresh tokens, revocation) and the
Mastodon test server (its own app registration, revocation).

The browser is an HTTP client that follows the authorization server's redirect to the
app's loopback address, as a person clicking "Authorize" would. An X connector is not
part of this work: a small probe factory signs in and asks ``GET /2/users/me`` with the
grant, which is all the sync engine needs to show what the sign-in does.
"""

from __future__ import annotations

import asyncio
import json
import signal
import socket
import subprocess
import sys
from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import httpx
import pytest

from socialinbox.app import AppContext
from socialinbox.channels.oauth_client import OAuthClient, sign_in
from socialinbox.channels.oauth_loopback import LoopbackRedirect
from socialinbox.channels.oauth_providers import (
    GOOGLE,
    GOOGLE_REVIEWS_KIND,
    LINKEDIN,
    META,
    X_KIND,
    X,
)
from socialinbox.channels.oauth_session import OAuthSession
from socialinbox.channels.oauth_signin import oauth_session
from socialinbox.channels.oauth_tokens import OAuthTokens
from socialinbox.clock import FakeClock
from socialinbox.core.connector import (
    AccountConfig,
    AuthenticationError,
    ChannelError,
    ConnectorContext,
    OAuthApp,
)
from socialinbox.settings import OAUTH_CLIENT_ID_X
from socialinbox.sync.connect import AccountDraft, SetupError
from tests.cli_runner import (
    REPOSITORY,
    CliRunner,
    assert_fails_in_one_line,
    assert_no_secret_leaks,
)
from tests.conftest import sync_once, with_engine
from tests.oauth_probe import PROBE, PROBE_KIND, ProbeFactory
from tests.servers.mastodon_server import MastodonServer
from tests.servers.x_server import XServer


@pytest.fixture
def x(clock: FakeClock) -> Iterator[XServer]:
    with XServer(now=clock.now) as server:
        yield server


@pytest.fixture
def probe(context: AppContext, x: XServer) -> AppContext:
    """The app with the probe kind installed and this computer's X app set up."""
    context.registry.register(ProbeFactory())
    context.machine_settings.set(OAUTH_CLIENT_ID_X, x.client_id)
    return context


class Browser:
    """Follows every address the app opens, as a person allowing access would."""

    def __init__(self) -> None:
        self.opened: list[str] = []
        self.pages: list[httpx.Response] = []

    async def __call__(self, url: str) -> None:
        self.opened.append(url)
        async with httpx.AsyncClient(follow_redirects=True, timeout=10) as client:
            self.pages.append(await client.get(url))


def grant_of(x: XServer, answer: dict[str, Any], clock: FakeClock) -> str:
    """The kept secret for a token answer of the X server (as a sign-in would keep it)."""
    return OAuthTokens(
        access_token=answer["access_token"],
        refresh_token=answer.get("refresh_token"),
        expires_at=clock.now() + timedelta(seconds=answer["expires_in"]),
        client_id=x.client_id,
    ).to_secret()


def add_probe(ctx: AppContext, x: XServer, secret: str) -> int:
    """``accounts add`` of the probe kind with ``--base-url`` at the X test server."""

    async def add(engine: Any) -> int:
        draft = AccountDraft(PROBE, "Our X", base_url=x.base_url)
        created = await ctx.account_setup(engine).add(draft, secret)
        return created.id

    return with_engine(ctx, add)


# -- the browser sign-in ----------------------------------------------------------------


def test_the_browser_sign_in_returns_a_grant_that_renews_itself(x: XServer, clock: FakeClock):
    browser = Browser()

    async def scenario() -> str:
        async with httpx.AsyncClient(timeout=10) as http:
            client = OAuthClient(
                X.endpoints_for(x.base_url), OAuthApp(x.client_id), http, clock, network="X"
            )
            tokens = await sign_in(client, X_KIND.scopes, browser)
            return tokens.to_secret()

    secret = asyncio.run(scenario())
    (grant,) = x.authorizations
    assert grant.code_challenge_method == "S256" and len(grant.code_challenge) == 43
    assert grant.redirect_uri.startswith("http://127.0.0.1:") and len(grant.state) >= 43
    assert "offline.access" in grant.scope.split()
    assert browser.opened[0].startswith(f"{x.base_url}/i/oauth2/authorize?")
    assert browser.pages[-1].status_code == 200 and "Signed in to X" in browser.pages[-1].text
    tokens = OAuthTokens.from_secret(secret)
    assert tokens.refresh_token and tokens.client_id == x.client_id
    assert tokens.expires_at == clock.now() + timedelta(hours=2)
    assert tokens.access_token not in repr(tokens) and tokens.refresh_token not in repr(tokens)


def test_a_redirect_with_another_state_is_refused_and_the_real_one_still_taken():
    async def scenario() -> tuple[int, str, int, int]:
        async with LoopbackRedirect("X") as loopback, httpx.AsyncClient() as browser:
            forged = await browser.get(
                loopback.redirect_uri, params={"code": "stolen", "state": "forged"}
            )
            elsewhere = await browser.get(loopback.redirect_uri.replace("/callback", "/x"))
            real = browser.get(
                loopback.redirect_uri, params={"code": "c0de", "state": loopback.state}
            )
            code = await loopback.code(real, timeout=10)
            again = await browser.get(
                loopback.redirect_uri, params={"code": "later", "state": loopback.state}
            )
            return forged.status_code, code, elsewhere.status_code, again.status_code

    forged, code, elsewhere, again = asyncio.run(scenario())
    assert (forged, elsewhere) == (400, 404)
    assert code == "c0de" and again == 200  # one-shot: the later code is not taken


def test_a_sign_in_nobody_finishes_stops_at_its_time_limit():
    async def scenario() -> None:
        async with LoopbackRedirect("X") as loopback:
            await loopback.code(None, timeout=0.2)

    with pytest.raises(ChannelError, match="did not finish"):
        asyncio.run(scenario())


def test_a_denied_sign_in_or_a_wrong_verifier_is_refused_with_the_reason(
    x: XServer, clock: FakeClock
):
    async def scenario() -> None:
        async with httpx.AsyncClient(timeout=10) as http:
            client = OAuthClient(
                X.endpoints_for(x.base_url), OAuthApp(x.client_id), http, clock, network="X"
            )
            await sign_in(client, X_KIND.scopes, Browser())

    x.deny_next_authorization()
    with pytest.raises(AuthenticationError, match="did not allow"):
        asyncio.run(scenario())

    async def wrong_verifier() -> None:
        async with httpx.AsyncClient(timeout=10) as http, LoopbackRedirect("X") as loopback:
            client = OAuthClient(
                X.endpoints_for(x.base_url), OAuthApp(x.client_id), http, clock, network="X"
            )
            url = client.authorization_url(
                redirect_uri=loopback.redirect_uri,
                state=loopback.state,
                code_challenge="A" * 43,
                scopes=X_KIND.scopes,
            )
            code = await loopback.code(Browser()(url), timeout=10)
            await client.exchange_code(code, redirect_uri=loopback.redirect_uri, verifier="B" * 64)

    with pytest.raises(AuthenticationError, match="code verifier did not match"):
        asyncio.run(wrong_verifier())


# -- keeping the grant alive --------------------------------------------------------------


class Kept:
    """A keychain entry in memory."""

    def __init__(self, value: str) -> None:
        self.value: str | None = value

    def load(self) -> str | None:
        return self.value

    def save(self, value: str | None) -> None:
        self.value = value


def session_on(x: XServer, clock: FakeClock, kept: Kept, http: httpx.AsyncClient) -> OAuthSession:
    context = ConnectorContext(
        account=AccountConfig(id=1, uuid="u", kind=PROBE, name="Our X", base_url=x.base_url),
        secret=kept.value,
        http=http,
        clock=clock,
        account_secret=kept,
    )
    return oauth_session(PROBE_KIND, context)


def test_the_access_token_is_refreshed_shortly_before_it_expires_and_kept(
    x: XServer, clock: FakeClock
):
    first = grant_of(x, x.issue_token(), clock)
    kept = Kept(first)

    async def token_after(delta: timedelta) -> str:
        clock.advance(delta)
        async with httpx.AsyncClient(timeout=10) as http:
            return await session_on(x, clock, kept, http).access_token()

    original = OAuthTokens.from_secret(first)
    assert asyncio.run(token_after(timedelta(hours=1, minutes=54))) == original.access_token
    assert x.count("/2/oauth2/token") == 0 and kept.value == first

    renewed = asyncio.run(token_after(timedelta(minutes=2)))  # 4 minutes before expiry
    assert renewed != original.access_token and x.count("/2/oauth2/token") == 1
    assert kept.value is not None
    now_kept = OAuthTokens.from_secret(kept.value)
    assert now_kept.access_token == renewed and now_kept.refresh_token != original.refresh_token
    assert now_kept.expires_at == clock.now() + timedelta(hours=2)
    # X replaced the refresh token: the old one is refused, the kept one works.
    with pytest.raises(AuthenticationError, match="X ended the sign-in"):
        asyncio.run(_refresh_with(x, clock, first))
    clock.advance(timedelta(hours=2))
    assert asyncio.run(token_after(timedelta(0))) != renewed


def _refresh_with(x: XServer, clock: FakeClock, secret: str) -> Any:
    async def refresh() -> OAuthTokens:
        async with httpx.AsyncClient(timeout=10) as http:
            client = OAuthClient(
                X.endpoints_for(x.base_url), OAuthApp(x.client_id), http, clock, network="X"
            )
            return await client.refresh(OAuthTokens.from_secret(secret))

    return refresh()


def test_a_refresh_refused_after_another_process_renewed_takes_the_kept_grant(
    x: XServer, clock: FakeClock
):
    kept = Kept(grant_of(x, x.issue_token(), clock))
    clock.advance(timedelta(hours=2))

    async def both() -> tuple[str, str]:
        async with httpx.AsyncClient(timeout=10) as http:
            window = session_on(x, clock, kept, http)
            command = session_on(x, clock, kept, http)  # read the same grant before
            first = await window.access_token()
            second = await command.access_token()  # its refresh token was just replaced
            return first, second

    first, second = asyncio.run(both())
    assert first == second and x.count("/2/oauth2/token") == 2


# -- through the sync engine and the keychain -------------------------------------------


def test_sync_renews_the_grant_in_the_keychain_and_a_revoked_one_asks_to_sign_in_again(
    probe: AppContext, x: XServer, clock: FakeClock
):
    account_id = add_probe(probe, x, grant_of(x, x.issue_token(), clock))
    account = probe.accounts.get(account_id)
    first = probe.secrets.get(account.uuid)
    assert first is not None

    clock.advance(timedelta(hours=1, minutes=58))
    (result,) = sync_once(probe)
    assert result.ok, result.detail
    renewed = probe.secrets.get(account.uuid)
    assert renewed is not None and renewed != first
    assert x.count("/2/oauth2/token") == 1

    x.revoke_grant()
    clock.advance(timedelta(hours=2))
    (result,) = sync_once(probe)
    assert not result.ok
    assert result.detail.startswith("sign-in refused, re-authenticate the account: ")
    assert "X ended the sign-in (invalid_request: Value passed for the token was invalid.)" in (
        result.detail
    )
    stored = probe.accounts.get(account_id)
    assert stored.status == "error" and "Value passed for the token" in (stored.last_error or "")
    # The tokens live in the keychain only: never in the database, settings or log.
    tokens = [OAuthTokens.from_secret(s) for s in (first, renewed)]
    secrets = {t.access_token for t in tokens} | {t.refresh_token or "" for t in tokens}
    files = [p for p in probe.data_dir.rglob("*") if p.is_file()]
    assert files
    for path in files:
        content = path.read_bytes()
        for secret in secrets:
            assert secret.encode() not in content, path


def test_removing_the_account_revokes_its_grant(probe: AppContext, x: XServer, clock: FakeClock):
    answer = x.issue_token()
    account_id = add_probe(probe, x, grant_of(x, answer, clock))

    async def remove(engine: Any) -> str | None:
        setup = probe.account_setup(engine)
        problem = await setup.revoke(account_id)
        probe.writer.call(setup.remove, account_id)
        return problem

    assert with_engine(probe, remove) is None
    assert x.count("/2/oauth2/revoke") == 2  # the access token and the refresh token
    me = httpx.get(
        f"{x.base_url}/2/users/me", headers={"Authorization": f"Bearer {answer['access_token']}"}
    )
    assert me.status_code == 401


def test_the_browser_sign_in_needs_this_computers_app(context: AppContext, x: XServer):
    context.registry.register(ProbeFactory())

    async def sign(engine: Any) -> str:
        return await context.account_setup(engine).sign_in(PROBE, x.base_url, Browser())

    with pytest.raises(
        SetupError, match=r"register one at https://console\.x\.com.*oauth_client_id_x"
    ):
        with_engine(context, sign)
    context.machine_settings.set(OAUTH_CLIENT_ID_X, x.client_id)
    assert OAuthTokens.from_secret(with_engine(context, sign)).refresh_token


# -- the command line (Mastodon: a kind with a browser sign-in in every install) ----------


def test_accounts_add_prints_the_address_waits_for_the_browser_and_remove_revokes(tmp_path):
    cli = CliRunner(tmp_path)
    with MastodonServer() as server:
        process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "socialinbox",
                "--data-dir",
                str(cli.data_dir),
                "accounts",
                "add",
                "mastodon",
                "--name",
                "Shop",
                "--base-url",
                server.base_url,
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            stdin=subprocess.DEVNULL,
            text=True,
            env=cli.env,
            cwd=REPOSITORY,
        )
        assert process.stderr is not None
        said = []
        while not said or not said[-1].startswith("http"):
            line = process.stderr.readline()
            assert line, "".join(said)
            said.append(line.strip())
        assert "Open this address in your browser" in said[0]
        assert said[-1].startswith(f"{server.base_url}/oauth/authorize?")
        page = httpx.get(said[-1], follow_redirects=True, timeout=10)
        out, err = process.communicate(timeout=60)
        assert process.returncode == 0, err
        assert page.status_code == 200 and "Signed in to Mastodon" in page.text
        account_id = int(out.strip())
        (listed,) = json.loads(cli("accounts", "list", "--json").stdout)
        assert listed["name"] == "Shop" and listed["handle"] == "business@social.test"
        (secret,) = cli.keychain().values()
        token = OAuthTokens.from_secret(secret).access_token
        assert verify_credentials(server, token) == 200

        removed = cli("accounts", "remove", str(account_id))
        assert removed.returncode == 0, removed.stderr
        assert verify_credentials(server, token) == 401 and not cli.keychain()
    assert_no_secret_leaks(cli.data_dir, [*cli.outputs, out, err], [token, secret])


def verify_credentials(server: MastodonServer, token: str) -> int:
    return httpx.get(
        f"{server.base_url}/api/v1/accounts/verify_credentials",
        headers={"Authorization": f"Bearer {token}"},
    ).status_code


def test_accounts_add_with_a_token_on_stdin_and_no_server_says_so_in_one_line(tmp_path):
    with socket.socket() as closed:
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]
    cli = CliRunner(tmp_path)
    add = (
        "accounts",
        "add",
        "mastodon",
        "--name",
        "Shop",
        "--base-url",
        f"http://127.0.0.1:{port}",
    )
    assert_fails_in_one_line(cli(*add, "--secret-stdin", stdin="some-token\n"))
    assert json.loads(cli("accounts", "list", "--json").stdout) == []


def test_ctrl_c_during_the_browser_sign_in_stops_cleanly_and_saves_nothing(tmp_path):
    cli = CliRunner(tmp_path)
    with MastodonServer() as server:
        process = subprocess.Popen(
            [
                *(sys.executable, "-m", "socialinbox", "--data-dir", str(cli.data_dir)),
                *("accounts", "add", "mastodon", "--name", "Shop", "--base-url", server.base_url),
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            stdin=subprocess.DEVNULL,
            text=True,
            env=cli.env,
            cwd=REPOSITORY,
        )
        assert process.stderr is not None
        address = ""
        while not address.startswith("http"):
            address = process.stderr.readline().strip()
            assert address or process.poll() is None
        redirect = httpx.URL(address).params["redirect_uri"]
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=60)
    assert process.returncode == 130 and out == ""
    assert err.strip() == "socialinbox: the sign-in was interrupted; nothing was saved"
    assert json.loads(cli("accounts", "list", "--json").stdout) == [] and not cli.keychain()
    with pytest.raises(httpx.ConnectError):  # the loopback listens no more
        httpx.get(redirect)


def test_a_token_refused_before_its_time_is_renewed_once(x: XServer, clock: FakeClock):
    kept = Kept(grant_of(x, x.issue_token(), clock))
    original = OAuthTokens.from_secret(kept.value or "").access_token
    x.expire_token(original)

    async def scenario() -> tuple[bool, int, bool]:
        async with httpx.AsyncClient(timeout=10) as http:
            session = session_on(x, clock, kept, http)
            assert await session.access_token() == original  # not due by its own clock
            renewed = await session.renew_after_refusal(original)
            token = await session.access_token()
            me = await http.get(
                f"{x.base_url}/2/users/me", headers={"Authorization": f"Bearer {token}"}
            )
            pasted = session_on(x, clock, Kept(original), http)
            return renewed, me.status_code, await pasted.renew_after_refusal(original)

    renewed, status, pasted_renewed = asyncio.run(scenario())
    assert renewed and status == 200 and x.count("/2/oauth2/token") == 1
    assert not pasted_renewed  # a pasted token has nothing to renew with: sign in again


def test_a_confidential_x_app_authenticates_with_http_basic(clock: FakeClock):
    with XServer(now=clock.now, client_secret="app-secret-value") as x:

        async def scenario(secret: str | None) -> OAuthTokens:
            async with httpx.AsyncClient(timeout=10) as http:
                app = OAuthApp(x.client_id, secret)
                client = OAuthClient(X.endpoints_for(x.base_url), app, http, clock, network="X")
                tokens = await sign_in(client, X_KIND.scopes, Browser())
                return await client.refresh(tokens)

        assert asyncio.run(scenario("app-secret-value")).refresh_token
        with pytest.raises(AuthenticationError, match="unauthorized_client") as refused:
            asyncio.run(scenario("wrong-secret"))
        assert "wrong-secret" not in str(refused.value)


def test_each_network_is_asked_for_what_its_documentation_says():
    url = httpx.URL(
        OAuthClient(
            GOOGLE.endpoints, OAuthApp("id.apps"), None, FakeClock(), network="Google"
        ).authorization_url(
            redirect_uri="http://127.0.0.1:5000/callback",
            state="s" * 43,
            code_challenge="c" * 43,
            scopes=GOOGLE_REVIEWS_KIND.scopes,
        )
    )
    assert url.host == "accounts.google.com" and url.path == "/o/oauth2/v2/auth"
    assert url.params["access_type"] == "offline" and url.params["prompt"] == "consent"
    assert url.params["code_challenge_method"] == "S256"
    assert url.params["scope"] == "https://www.googleapis.com/auth/business.manage"
    assert X.endpoints.authorize_url == "https://x.com/i/oauth2/authorize"
    assert X.endpoints.token_url == "https://api.x.com/2/oauth2/token"
    assert "offline.access" in X_KIND.scopes.split()
    assert META.endpoints.renewal == "long_lived_exchange" and META.endpoints.token_method == "GET"
    assert LINKEDIN.endpoints.token_url == "https://www.linkedin.com/oauth/v2/accessToken"
    moved = X.endpoints_for("http://127.0.0.1:9")
    assert moved.token_url == "http://127.0.0.1:9/2/oauth2/token"
    assert moved.authorize_url == "http://127.0.0.1:9/i/oauth2/authorize"
    assert X.endpoints_for("https://api.x.com") is X.endpoints


def test_accounts_app_secret_keeps_the_client_secret_in_the_keychain_only(tmp_path):
    cli = CliRunner(tmp_path)
    kept = cli("accounts", "app-secret", "google", stdin="google-desktop-secret\n")
    assert kept.returncode == 0, kept.stderr
    assert list(cli.keychain().values()) == ["google-desktop-secret"]
    assert any("oauth-app/google" in key for key in cli.keychain())
    unknown = cli("accounts", "app-secret", "x", stdin="nope\n")  # X's native app has none
    assert unknown.returncode == 1 and unknown.stderr.count("\n") == 1
    cli("accounts", "list")
    assert_no_secret_leaks(cli.data_dir, cli.outputs, ["google-desktop-secret"])


def test_a_grant_renewed_while_the_account_is_verified_is_the_one_kept(
    probe: AppContext, x: XServer, clock: FakeClock
):
    typed = grant_of(x, x.issue_token(), clock)
    clock.advance(timedelta(hours=3))  # expired before it was even added
    account_id = add_probe(probe, x, typed)
    kept = probe.secrets.get(probe.accounts.get(account_id).uuid)
    assert kept is not None and kept != typed and x.count("/2/oauth2/token") == 1
    assert OAuthTokens.from_secret(kept).expires_at == clock.now() + timedelta(hours=2)
    (result,) = sync_once(probe)  # the kept grant works; the typed one's refresh token is spent
    assert result.ok, result.detail
