"""Connecting an account saves nothing until the network accepted the credentials."""

from __future__ import annotations

from dataclasses import replace
from typing import ClassVar

import pytest

from socialinbox.app import AppContext
from socialinbox.core.connector import ConnectorContext, VerifiedAccount
from socialinbox.sync.connect import AccountDraft, SetupError
from tests.conftest import MemoryKeyring, with_engine
from tests.helpers import RIGHT, GateConnector, GateFactory


@pytest.fixture
def setup(context: AppContext):
    context.registry.register(GateFactory())

    def run(coro_fn, *args):
        return with_engine(context, lambda engine: coro_fn(context.account_setup(engine), *args))

    return run


DRAFT = AccountDraft("gate", "Front desk", base_url="https://gate.test")


def test_a_refused_secret_saves_nothing_and_never_shows_the_secret(
    context: AppContext, setup, memory_keyring: MemoryKeyring
) -> None:
    with pytest.raises(SetupError) as refused:
        setup(lambda s: s.add(DRAFT, "wrong-secret-456"))
    assert "sign-in refused" in str(refused.value)
    assert "wrong-secret-456" not in str(refused.value)
    assert context.accounts.list_accounts() == []
    assert memory_keyring.passwords == {}


def test_an_accepted_secret_keeps_secret_session_and_learnt_settings(
    context: AppContext, setup, memory_keyring: MemoryKeyring
) -> None:
    account = context.accounts.get(setup(lambda s: s.add(DRAFT, RIGHT)).id)
    assert account.handle == "desk@gate.test"
    assert account.settings == {"max_characters": "777", "region": "eu"}
    assert context.secrets.get(account.uuid) == RIGHT
    assert context.secrets.slot(account.uuid, "session").load() == f"session-for-{account.uuid}"
    assert RIGHT not in repr(context.accounts.list_accounts())


def test_an_address_typed_without_its_scheme_is_an_https_one(context: AppContext, setup) -> None:
    typed = AccountDraft("gate", "Front desk", base_url=" gate.test ")
    account = context.accounts.get(setup(lambda s: s.add(typed, RIGHT)).id)
    assert account.base_url == "https://gate.test"


def test_what_is_missing_is_named_before_the_network_is_asked(context: AppContext, setup) -> None:
    for draft, secret, expected in (
        (AccountDraft("gate", "  "), RIGHT, "needs a name"),
        (AccountDraft("gate", "Desk"), RIGHT, "server address"),
        (
            AccountDraft("gate", "Desk", base_url="ftp://gate.test"),
            RIGHT,
            "must start with https://",
        ),
        (DRAFT, None, "need their access token"),
        (
            AccountDraft("gate", "Desk", "https://g.test", settings={"colour": "red"}),
            RIGHT,
            "no setting colour",
        ),
        (AccountDraft("fax", "Desk"), RIGHT, "unknown account kind"),
    ):
        with pytest.raises(SetupError, match=expected):
            setup(lambda s, d=draft, x=secret: s.add(d, x))
    assert context.accounts.list_accounts() == []


def test_reauthenticating_keeps_the_old_secret_until_the_new_one_is_accepted(
    context: AppContext, setup
) -> None:
    account = context.accounts.get(setup(lambda s: s.add(DRAFT, RIGHT)).id)
    session = context.secrets.slot(account.uuid, "session")
    session.save("old-session")
    with pytest.raises(SetupError):
        setup(lambda s: s.reauthenticate(account.id, "still-wrong"))
    assert context.secrets.get(account.uuid) == RIGHT and session.load() == "old-session"
    setup(lambda s: s.reauthenticate(account.id, RIGHT))
    assert session.load() == f"session-for-{account.uuid}"


def test_removing_an_account_forgets_its_secrets(
    context: AppContext, setup, memory_keyring: MemoryKeyring
) -> None:
    account = setup(lambda s: s.add(DRAFT, RIGHT))
    removal = context.account_setup(context.sync_engine()).remove
    removed = context.writer.call(removal, account.id)
    assert removed.account.name == "Front desk"
    assert removed.changes.ids("account", "deleted") == {account.id}
    assert context.accounts.list_accounts() == [] and memory_keyring.passwords == {}


class _ExchangingConnector(GateConnector):
    """Signs in with the typed password and asks to keep a token instead (as Matrix does)."""

    async def verify(self) -> VerifiedAccount:
        verified = await super().verify()
        token = f"token-{self._context.account.uuid}-{self._context.secret}"
        return replace(verified, secret_to_keep=token)


class _ExchangingFactory(GateFactory):
    kind: ClassVar[str] = "exchange"

    def create(self, context: ConnectorContext) -> GateConnector:
        return _ExchangingConnector(context)


def test_a_connector_that_exchanges_the_password_keeps_only_what_it_asks_for(
    context: AppContext, setup, memory_keyring: MemoryKeyring
) -> None:
    context.registry.register(_ExchangingFactory())
    draft = AccountDraft("exchange", "Front desk", base_url="https://gate.test")
    account = context.accounts.get(setup(lambda s: s.add(draft, RIGHT)).id)
    token = f"token-{account.uuid}-{RIGHT}"
    assert context.secrets.get(account.uuid) == token
    assert RIGHT not in memory_keyring.passwords.values()
    assert token not in repr(VerifiedAccount("h", secret_to_keep=token))

    # Signing in again asks for the password again and keeps the new token only.
    context.secrets.set(account.uuid, "revoked-token")
    setup(lambda s: s.reauthenticate(account.id, RIGHT))
    assert context.secrets.get(account.uuid) == token
    assert RIGHT not in memory_keyring.passwords.values()
