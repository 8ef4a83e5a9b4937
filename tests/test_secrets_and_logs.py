"""Secrets stay in the keychain; logs never carry them."""

from __future__ import annotations

import logging

from keyring.backend import KeyringBackend
from keyring.backends.fail import Keyring as FailKeyring

from socialinbox.logs import REDACTOR, setup_logging
from socialinbox.secrets import SecretStore


class PlaintextKeyring(KeyringBackend):
    """Stands in for keyrings.alt's file backend: writes secrets in the clear."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.written: dict[str, str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.written.get(username)

    def set_password(self, service: str, username: str, password: str) -> None:
        self.written[username] = password

    def delete_password(self, service: str, username: str) -> None:
        self.written.pop(username, None)


def test_secrets_go_to_the_keychain_under_the_account_uuid(memory_keyring):
    store = SecretStore(memory_keyring)
    store.set("uuid-1", "s3cret-token")
    assert memory_keyring.passwords == {("socialinbox", "uuid-1"): "s3cret-token"}
    assert store.get("uuid-1") == "s3cret-token" and store.warning is None
    store.delete("uuid-1")
    assert store.get("uuid-1") is None


def test_without_a_safe_keychain_secrets_live_in_memory_and_the_user_is_told():
    store = SecretStore(FailKeyring())
    assert not store.persistent and "in memory" in (store.warning or "")
    store.set("uuid-2", "pw")
    assert store.get("uuid-2") == "pw"
    assert SecretStore(FailKeyring()).get("uuid-2") is None


def test_the_log_file_masks_secrets_and_token_shapes(tmp_path):
    setup_logging(tmp_path)
    REDACTOR.add_secret("hunter2-password")
    log = logging.getLogger("socialinbox.test")
    log.warning("login with %s", "hunter2-password")
    log.warning("GET https://example.social/api?access_token=abcdef123456&x=1")
    log.warning("header Authorization: Bearer eyJhbGciOi.payload.sig")
    try:
        raise ValueError("password=letmein99")
    except ValueError:
        log.exception("failed")
    for handler in logging.getLogger().handlers:
        handler.flush()
    written = (tmp_path / "socialinbox.log").read_text()
    for secret in ("hunter2-password", "abcdef123456", "eyJhbGciOi", "letmein99"):
        assert secret not in written
    assert written.count("«redacted»") >= 4


def test_a_plaintext_file_keyring_is_never_used_for_secrets(tmp_path):
    backend = PlaintextKeyring()
    store = SecretStore(backend)
    store.set("uuid-3", "token-xyz")
    assert not store.persistent and "in memory" in (store.warning or "")
    assert backend.written == {} and store.get("uuid-3") == "token-xyz"


def test_an_account_slot_is_kept_apart_and_removed_with_the_account() -> None:
    from tests.conftest import MemoryKeyring

    store = SecretStore(MemoryKeyring())
    store.set("acct-1", "app-password")
    session = store.slot("acct-1", "session")
    session.save('{"accessJwt": "a", "refreshJwt": "r"}')
    assert store.slot("acct-1", "session").load() == '{"accessJwt": "a", "refreshJwt": "r"}'
    assert store.slot("acct-2", "session").load() is None
    assert store.get("acct-1") == "app-password"
    store.delete_account("acct-1")
    assert store.get("acct-1") is None
    assert session.load() is None


def test_a_plaintext_keyring_is_used_only_when_the_user_chooses_it() -> None:
    backend = PlaintextKeyring()
    store = SecretStore(backend)
    store.set("uuid-4", "kept-in-memory")
    assert store.can_store_in_plaintext and backend.written == {}
    store.allow_plaintext()
    assert backend.written == {"uuid-4": "kept-in-memory"}
    assert store.get("uuid-4") == "kept-in-memory" and "unencrypted" in (store.warning or "")

    failing = SecretStore(FailKeyring())
    assert not failing.can_store_in_plaintext
    failing.allow_plaintext()
    assert not failing.persistent


def test_the_choice_of_a_plaintext_keyring_made_before_the_keychain_opens_holds() -> None:
    # The app reads the setting at start; the keychain opens at the first secret.
    backend = PlaintextKeyring()
    store = SecretStore(backend)
    store.allow_plaintext()
    store.set("uuid-5", "kept-in-the-file")
    assert store.persistent and "unencrypted" in (store.warning or "")
    assert backend.written == {"uuid-5": "kept-in-the-file"}

    failing = SecretStore(FailKeyring())
    failing.allow_plaintext()
    assert not failing.persistent and "in memory" in (failing.warning or "")


def test_secrets_the_keychain_hands_out_are_masked_wherever_they_are_logged(tmp_path):
    from tests.conftest import MemoryKeyring

    setup_logging(tmp_path)
    backend = MemoryKeyring()
    backend.set_password("socialinbox", "uuid-5", "plain-app-password-7")
    backend.set_password(
        "socialinbox",
        "uuid-5/session",
        '{"accessJwt": "eyJ0eXAiOiJhdCtqd3QifQ.access", "did": "did:plc:abc"}',
    )
    store = SecretStore(backend)
    assert store.get("uuid-5") == "plain-app-password-7"
    session = store.slot("uuid-5", "session").load() or ""
    # A library that logs what it sends, in its own words, without any "token=" shape.
    chatty = logging.getLogger("some.library")
    chatty.warning("LOGIN desk plain-app-password-7")
    chatty.warning("sending eyJ0eXAiOiJhdCtqd3QifQ.access as it is")
    for handler in logging.getLogger().handlers:
        handler.flush()
    written = (tmp_path / "socialinbox.log").read_text()
    assert "plain-app-password-7" not in written
    assert "eyJ0eXAiOiJhdCtqd3QifQ.access" not in written and session
    assert written.count("«redacted»") == 2
