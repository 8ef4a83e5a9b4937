"""Connecting an account: one path for ``accounts add`` and the account dialog.

Nothing is saved until the network accepted the credentials: a draft is checked
(its kind and settings), verified against the network with a throw-away session
slot, and only then is the secret put in the keychain and the account stored.
Re-authenticating verifies the new secret the same way before it replaces the old.
"""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field, replace

import httpx

from socialinbox.channels.http import address_problem
from socialinbox.channels.registry import ConnectorRegistry, UnknownKind
from socialinbox.clock import Clock
from socialinbox.core import changes
from socialinbox.core.accounts import (
    DEFAULT_SYNC_INTERVAL_S,
    STATUS_NEW,
    Accounts,
    config_of,
)
from socialinbox.core.changes import ChangeSet, Created
from socialinbox.core.connector import (
    AuthenticationError,
    ChannelError,
    ConnectorContext,
    ConnectorFactory,
    OAuthApp,
    OpenBrowser,
    RevokesGrant,
    SignsInWithBrowser,
    VerifiedAccount,
)
from socialinbox.core.models import AccountInfo
from socialinbox.core.writer import Writer
from socialinbox.secrets import SecretStore

# The account's own session slot that a verification may fill (see core.connector.SessionSlot).
SESSION_SLOT = "session"


@dataclass(frozen=True, slots=True)
class AccountRemoved:
    """What :meth:`AccountSetup.remove` removed, and the change set of the removal."""

    account: AccountInfo
    changes: ChangeSet


class SetupError(Exception):
    """Why an account cannot be connected, in one line a person understands."""


@dataclass(frozen=True, slots=True)
class AccountDraft:
    """What the user entered for a new account (never the secret)."""

    kind: str
    name: str
    base_url: str | None = None
    handle: str | None = None
    settings: Mapping[str, str] = field(default_factory=dict)


class _DraftSlot:
    """A session slot kept in memory until the account is saved."""

    def __init__(self, value: str | None = None) -> None:
        self.value = value

    def load(self) -> str | None:
        return self.value

    def save(self, value: str | None) -> None:
        self.value = value


def factory_text(factory: ConnectorFactory, attribute: str) -> str | None:
    """An optional factory attribute; plug-ins written before it existed have none."""
    value = getattr(factory, attribute, None)
    return value if isinstance(value, str) and value else None


class AccountSetup:
    def __init__(
        self,
        *,
        registry: ConnectorRegistry,
        accounts: Accounts,
        secrets: SecretStore,
        writer: Writer,
        clock: Clock,
        http: Callable[[], Awaitable[httpx.AsyncClient]],
        oauth_app: Callable[[str], OAuthApp | None] = lambda _provider: None,
    ) -> None:
        """``oauth_app`` is this computer's app registration with an OAuth provider (by
        its name, ``x``…), None when it is not set up."""
        self._oauth_app = oauth_app
        self._registry = registry
        self._accounts = accounts
        self._secrets = secrets
        self._writer = writer
        self._clock = clock
        self._http = http

    async def client(self) -> httpx.AsyncClient:
        """The HTTP client of the running loop (a browser sign-in uses it too)."""
        return await self._http()

    # -- checking what was entered --------------------------------------------------

    def factory(self, kind: str) -> ConnectorFactory:
        try:
            return self._registry.get(kind)
        except UnknownKind as exc:
            raise SetupError(str(exc)) from None

    def check(
        self, draft: AccountDraft, secret: str | None, *, signing_in: bool = False
    ) -> AccountDraft:
        """The draft with defaults filled in; SetupError for what is missing or unknown.
        ``signing_in``: the secret will come from the browser sign-in, not asked yet."""
        factory = self.factory(draft.kind)
        name = draft.name.strip()
        if not name:
            raise SetupError("the account needs a name")
        settings = {key: value.strip() for key, value in draft.settings.items()}
        known = {f.key for f in factory.setting_fields}
        unknown = sorted(set(settings) - known)
        if unknown:
            raise SetupError(
                f"{draft.kind} accounts have no setting {', '.join(unknown)} "
                f"(known: {', '.join(sorted(known)) or 'none'})"
            )
        for setting in factory.setting_fields:
            if setting.key not in settings and setting.default is not None:
                settings[setting.key] = setting.default
        missing = [f.key for f in factory.setting_fields if f.required and not settings.get(f.key)]
        if missing:
            raise SetupError(f"missing setting(s): {', '.join(missing)}")
        base_url = (draft.base_url or "").strip() or factory_text(factory, "default_base_url")
        if base_url and "://" not in base_url:
            base_url = f"https://{base_url}"  # typed as people type it: example.com
        if factory_text(factory, "base_url_label") and not base_url:
            raise SetupError(f"{factory.label} accounts need the server address (--base-url)")
        problem = address_problem(base_url) if base_url else None
        if problem is not None:
            raise SetupError(problem)
        handle = (draft.handle or "").strip() or None
        if factory_text(factory, "handle_label") and not handle:
            raise SetupError(f"{factory.label} accounts need a handle (--handle)")
        if factory.needs_secret and not secret and not signing_in:
            label = factory.secret_label or "secret"
            raise SetupError(f"{factory.label} accounts need their {label.lower()}")
        return AccountDraft(draft.kind, name, base_url, handle, settings)

    # -- talking to the network -----------------------------------------------------------

    def signs_in_with_browser(self, kind: str) -> bool:
        """Whether accounts of ``kind`` can be signed in to in the browser."""
        return isinstance(self.factory(kind), SignsInWithBrowser)

    async def sign_in(self, kind: str, base_url: str | None, open_browser: OpenBrowser) -> str:
        """The browser sign-in of a ``kind`` account at ``base_url`` (the kind's default
        address when None): the secret to verify and keep. SetupError when the kind has no
        browser sign-in or this computer has not registered the network's app;
        ChannelError when the sign-in fails (refused, timed out)."""
        factory = self.factory(kind)
        if not isinstance(factory, SignsInWithBrowser):
            raise SetupError(f"{factory.label} accounts have no browser sign-in: pass the secret")
        address = (base_url or "").strip() or factory_text(factory, "default_base_url")
        if address and "://" not in address:
            address = f"https://{address}"
        if not address:
            raise SetupError(f"{factory.label} accounts need the server address (--base-url)")
        problem = address_problem(address)
        if problem is not None:
            raise SetupError(problem)
        provider = factory_text(factory, "oauth_provider")
        app = self._oauth_app(provider) if provider else None
        if provider and (app is None or (_needs_client_secret(provider) and not app.client_secret)):
            raise SetupError(_app_missing(provider))
        return await factory.sign_in(address, await self._http(), open_browser, app=app)

    async def revoke(self, account_id: int) -> str | None:
        """Ask the network to end the account's grant before the account is removed. None
        when done or when there is nothing to revoke; else why it could not be (the
        removal goes on: the grant then stays until revoked on the network's site)."""
        account = self._accounts.get(account_id)
        factory = self.factory(account.kind)
        secret = self._secrets.get(account.uuid)
        if not isinstance(factory, RevokesGrant) or not secret:
            return None
        context = ConnectorContext(
            account=config_of(account), secret=secret, http=await self._http(), clock=self._clock
        )
        try:
            await factory.revoke(context)
        except ChannelError as exc:
            return f"the sign-in could not be revoked on the network: {_plain(exc, secret)}"
        return None

    async def verify(
        self, account: AccountInfo, secret: str | None, slot: _DraftSlot
    ) -> VerifiedAccount:
        """Who the credentials belong to; SetupError (one line, no secret) if refused."""
        factory = self.factory(account.kind)
        # A connector that renews the secret while verifying (an expired access token
        # refreshed) leaves the renewed one here: that one is kept.
        renewed = _DraftSlot(secret)
        connector = factory.create(
            ConnectorContext(
                account=config_of(account),
                secret=secret,
                http=await self._http(),
                clock=self._clock,
                session=slot,
                account_secret=renewed,
            )
        )
        try:
            verified = await connector.verify()
            if renewed.value != secret and verified.secret_to_keep is None and renewed.value:
                verified = replace(verified, secret_to_keep=renewed.value)
            return verified
        except AuthenticationError as exc:
            raise SetupError(f"sign-in refused: {_plain(exc, secret)}") from None
        except ChannelError as exc:
            raise SetupError(f"the account could not be verified: {_plain(exc, secret)}") from None

    async def add(self, draft: AccountDraft, secret: str | None) -> Created:
        """Check, verify, then store the secret and the account. Nothing is kept on failure.

        Returns the new account's id and its change set."""
        draft = self.check(draft, secret)
        candidate = _candidate(draft, self._clock)
        slot = _DraftSlot()
        verified = await self.verify(candidate, secret, slot)
        kept = verified.secret_to_keep or secret
        if kept is not None:
            self._secrets.set(candidate.uuid, kept)
        if slot.value is not None:
            self._secrets.slot(candidate.uuid, SESSION_SLOT).save(slot.value)
        settings = {**verified.settings, **draft.settings}
        try:
            return await self._writer.run(
                self._accounts.create,
                draft.kind,
                draft.name,
                base_url=draft.base_url,
                handle=draft.handle or verified.handle,
                settings=settings,
                account_uuid=candidate.uuid,
            )
        except BaseException:
            self._secrets.delete_account(candidate.uuid)
            raise

    async def reauthenticate(self, account_id: int, secret: str | None) -> ChangeSet:
        """Verify a new secret for an existing account, then let it replace the old one.

        Returns what changed in the database: the account's settings, when the
        network taught new ones; nothing else (secrets live in the keychain)."""
        account = self._accounts.get(account_id)
        factory = self.factory(account.kind)
        if factory.needs_secret and not secret:
            raise SetupError(f"enter the new {(factory.secret_label or 'secret').lower()}")
        slot = _DraftSlot()
        verified = await self.verify(account, secret, slot)
        self._secrets.delete_account(account.uuid)
        kept = verified.secret_to_keep or secret
        if kept is not None:
            self._secrets.set(account.uuid, kept)
        if slot.value is not None:
            self._secrets.slot(account.uuid, SESSION_SLOT).save(slot.value)
        if not verified.settings:
            return changes.EMPTY
        settings = {**account.settings, **verified.settings}
        return await self._writer.run(self._accounts.update_settings, account.id, settings)

    def remove(self, account_id: int) -> AccountRemoved:
        """Delete the account (and its messages) and forget its secrets.

        Call it on the writer (``writer.run(setup.remove, …)``) or, from plain
        code, through ``writer.call``: it writes in the caller's thread."""
        account = self._accounts.get(account_id)
        change = self._accounts.remove(account_id)
        self._secrets.delete_account(account.uuid)
        return AccountRemoved(account, change)


def _candidate(draft: AccountDraft, clock: Clock) -> AccountInfo:
    """The account as it would be stored, to verify before anything is saved."""
    return AccountInfo(
        id=0,
        uuid=str(uuid.uuid4()),
        kind=draft.kind,
        name=draft.name,
        base_url=draft.base_url,
        handle=draft.handle,
        settings=dict(draft.settings),
        enabled=True,
        status=STATUS_NEW,
        last_error=None,
        last_sync=None,
        next_sync=None,
        sync_interval_s=DEFAULT_SYNC_INTERVAL_S,
        connected_at=clock.now(),
    )


def _needs_client_secret(provider_name: str) -> bool:
    from socialinbox.channels.oauth_providers import provider

    known = provider(provider_name)
    return known is not None and known.needs_client_secret


def _app_missing(provider_name: str) -> str:
    """How to set up this computer's app with an OAuth network, in one line."""
    from socialinbox.channels.oauth_providers import provider

    known = provider(provider_name)
    label = known.label if known else provider_name
    where = (
        f"register one at {known.register_at} with the redirect URI http://127.0.0.1, "
        if known
        else ""
    )
    secret = (
        f" and keep its client secret with 'accounts app-secret {provider_name}'"
        if known is not None and known.needs_client_secret
        else ""
    )
    return (
        f"signing in to {label} needs this computer's {label} app: {where}then set "
        f"oauth_client_id_{provider_name} in settings.json{secret}"
    )


def _plain(error: Exception, secret: str | None) -> str:
    """The error in one line, with the secret cut out should a server have echoed it."""
    text = " ".join(str(error).split()) or type(error).__name__
    if secret:
        text = text.replace(secret, "«secret»")
    return text
