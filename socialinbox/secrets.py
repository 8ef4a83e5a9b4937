"""Secrets live in the operating system's keychain, keyed by the account's UUID.

When the only keyring backend is the failing one or a plaintext file, the
secret is kept in memory for this run only and :attr:`SecretStore.keychain_warning`
says why (:attr:`SecretStore.warning` in English). Secrets never go to the database,
settings, logs or output.

The keychain is opened on first use, not at start: a command that reads no secret
(``accounts list``, ``inbox``) imports no keyring module. Which backend is used is
keyring's own rule (:func:`keyring.get_keyring`): the one named by
``PYTHON_KEYRING_BACKEND`` or keyring's config file is imported alone; only without
either does keyring import every backend to find the best.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from socialinbox.logs import REDACTOR

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

log = logging.getLogger(__name__)

SERVICE = "socialinbox"
# Besides its main secret an account may keep more, under "<uuid>/<slot>": a
# Bluesky session's tokens, a refreshed OAuth token. Removing the account removes all.
EXTRA_SLOTS = ("session",)
# The keychain key of an OAuth app's client secret: "oauth-app/<provider>" (no account's
# UUID starts so).
APP_SECRET_PREFIX = "oauth-app/"
# The keychain key of a PostgreSQL server's password: "database/USER@HOST:PORT/DB" (see
# storage.database.server_address), so that the URL a desk is started with carries none.
DATABASE_PASSWORD_PREFIX = "database/"
# How every explanation of an absent secret begins (see SecretStore.where_missing).
SECRET_NOT_KEPT = "the secret for this account is not in the keychain"


def _backend_name(backend: KeyringBackend) -> str:
    return f"{type(backend).__module__}.{type(backend).__name__}".lower()


def _backend_fails(backend: KeyringBackend) -> bool:
    name = _backend_name(backend)
    return "fail" in name or "null" in name


def _backend_is_safe(backend: KeyringBackend) -> bool:
    name = _backend_name(backend)
    if _backend_fails(backend) or "plaintext" in name or "keyrings.alt" in name:
        return False
    # A chainer is safe only if it chains at least one safe backend.
    chained = getattr(backend, "backends", None)
    if chained is not None:
        return any(_backend_is_safe(b) for b in chained)
    return True


class KeychainShortfall(StrEnum):
    """Why secrets are not kept as they should be: the code a window words in its language."""

    IN_MEMORY = "secrets.in_memory"  # no usable keychain: kept until the process ends
    UNENCRYPTED = "secrets.unencrypted"  # the user chose the unencrypted keyring file


@dataclass(frozen=True, slots=True)
class KeychainWarning:
    """A :class:`KeychainShortfall` and the keyring backend found (a class name, not
    translated). ``english`` is the sentence for the CLI and the log."""

    shortfall: KeychainShortfall
    backend: str

    @property
    def english(self) -> str:
        if self.shortfall is KeychainShortfall.UNENCRYPTED:
            return f"Secrets are stored unencrypted by {self.backend}, as chosen in the settings."
        return (
            f"No secure keychain is available (found {self.backend}); secrets are kept in "
            "memory until the app closes and must be entered again next time."
        )


def _plaintext_warning(backend: KeyringBackend) -> KeychainWarning:
    return KeychainWarning(KeychainShortfall.UNENCRYPTED, type(backend).__name__)


class SecretStore:
    """The account secrets of this process. ``backend`` None: the system's keychain,
    opened when a secret is first read, written or judged (see the module docstring)."""

    def __init__(self, backend: KeyringBackend | None = None) -> None:
        self._given = backend
        self._opened: KeyringBackend | None = None
        self._memory: dict[str, str] = {}
        self._persistent: bool | None = None
        self._warning: KeychainWarning | None = None
        self._plaintext_allowed = False
        # The keychain may be opened from a worker thread (see open) and the event loop's.
        self._opening = threading.Lock()

    @property
    def _backend(self) -> KeyringBackend:
        self.open()
        assert self._opened is not None
        return self._opened

    def open(self) -> None:
        """Open the keychain now rather than at the first secret (which imports keyring's
        backends, every one of them without PYTHON_KEYRING_BACKEND or a config file). The
        window calls it on a worker thread at start, so that its first sync does not wait
        for it on the UI thread. Safe from any thread, any number of times."""
        if self._opened is not None:
            return
        with self._opening:
            if self._opened is None:
                self._open_backend()

    def _open_backend(self) -> None:
        if self._given is not None:
            backend = self._given
        else:
            import keyring

            backend = keyring.get_keyring()
        warning: KeychainWarning | None = None
        persistent = _backend_is_safe(backend)
        if not persistent and self._plaintext_allowed and not _backend_fails(backend):
            persistent = True
            warning = _plaintext_warning(backend)
        elif not persistent:
            warning = KeychainWarning(KeychainShortfall.IN_MEMORY, type(backend).__name__)
        self._persistent, self._warning = persistent, warning
        self._opened = backend  # last: a thread that sees it sees the rest

    @property
    def persistent(self) -> bool:
        """Whether a secret given now outlives this process."""
        self.open()
        return bool(self._persistent)

    @property
    def warning(self) -> str | None:
        """Why secrets are not kept as they should be, in English for the CLI and the log
        (None: the keychain keeps them). A window words :attr:`keychain_warning` instead."""
        warning = self.keychain_warning
        return warning.english if warning is not None else None

    @property
    def keychain_warning(self) -> KeychainWarning | None:
        """Why secrets are not kept as they should be, typed (None: the keychain keeps them)."""
        self.open()
        return self._warning

    def where_missing(self) -> str:
        """Why an account's secret can be absent, for a sync that finds none: one line that
        says the secret was not kept, never that a server refused it."""
        base = SECRET_NOT_KEPT
        if self.persistent:
            return f"{base}: re-authenticate the account"
        if self.can_store_in_plaintext:
            found = f"only an unencrypted keyring ({type(self._backend).__name__})"
        else:
            found = "no keychain on this machine"
        return (
            f"{base} ({found}: a secret is kept only while the program it was given to "
            "runs): enter it again in the window, or set up a keychain and add the account "
            "again"
        )

    def cannot_keep(self) -> str | None:
        """Why a secret given now would be gone when this process ends; None when the
        keychain keeps it. A command that ends at once refuses a secret it cannot keep."""
        if self.persistent:
            return None
        backend = type(self._backend).__name__
        if self.can_store_in_plaintext:
            return (
                f"the secret cannot be kept: the only keyring ({backend}) stores it "
                "unencrypted; allow that in the window's settings, or set up a keychain"
            )
        return (
            f"the secret cannot be kept: there is no keychain on this machine (found {backend}); "
            "set one up (for example gnome-keyring or KWallet), or add the account in the "
            "window, which keeps it until the window closes"
        )

    @property
    def can_store_in_plaintext(self) -> bool:
        """Whether the only backend is one that writes secrets unencrypted (but works)."""
        return not self.persistent and not _backend_fails(self._backend)

    def allow_plaintext(self) -> None:
        """The user chose to keep secrets in the unencrypted keyring file anyway (applied
        when the keychain opens, if it has not yet)."""
        with self._opening:  # an opening under way sees the choice, or is done
            self._plaintext_allowed = True
        if self._opened is not None and self.can_store_in_plaintext:
            self._persistent = True
            self._warning = _plaintext_warning(self._opened)
            for key, secret in list(self._memory.items()):
                self.set(key, secret)
                self._memory.pop(key, None)

    def get(self, account_uuid: str) -> str | None:
        if account_uuid in self._memory:
            return self._memory[account_uuid]
        if not self.persistent:
            return None
        import keyring.errors

        try:
            secret = self._backend.get_password(SERVICE, account_uuid)
        except keyring.errors.KeyringError as exc:
            log.warning("The keychain could not be read: %s", type(exc).__name__)
            return None
        if secret:
            # Whatever logs it later (a library, a traceback) writes it masked.
            REDACTOR.add_secret(secret)
        return secret

    def set(self, account_uuid: str, secret: str) -> None:
        REDACTOR.add_secret(secret)
        if self.persistent:
            import keyring.errors

            try:
                self._backend.set_password(SERVICE, account_uuid, secret)
                return
            except keyring.errors.KeyringError as exc:
                log.warning("The keychain refused the secret: %s", type(exc).__name__)
        self._memory[account_uuid] = secret

    def app_secret(self, provider: str) -> SecretSlot:
        """The client secret of this computer's app with an OAuth network that asks for one
        (Google, Meta, LinkedIn), kept in the keychain beside the accounts' secrets."""
        return SecretSlot(self, f"{APP_SECRET_PREFIX}{provider}")

    def database_password(self, address: str) -> SecretSlot:
        """The password of a database server's role, kept for the address
        ``USER@HOST:PORT/DB`` (``socialinbox database-password`` stores it)."""
        return SecretSlot(self, f"{DATABASE_PASSWORD_PREFIX}{address}")

    def account_slot(self, account_uuid: str) -> SecretSlot:
        """The account's main secret as a slot, for a connector that renews it (see
        ConnectorContext.account_secret)."""
        return SecretSlot(self, account_uuid)

    def slot(self, account_uuid: str, name: str) -> SecretSlot:
        """A named extra secret of one account (see EXTRA_SLOTS)."""
        if name not in EXTRA_SLOTS:
            raise ValueError(f"unknown secret slot {name!r}")
        return SecretSlot(self, f"{account_uuid}/{name}")

    def delete_account(self, account_uuid: str) -> None:
        """Forget the account's secret and every extra slot it kept."""
        self.delete(account_uuid)
        for name in EXTRA_SLOTS:
            self.delete(f"{account_uuid}/{name}")

    def delete(self, account_uuid: str) -> None:
        self._memory.pop(account_uuid, None)
        if not self.persistent:
            return
        import keyring.errors

        try:
            self._backend.delete_password(SERVICE, account_uuid)
        except keyring.errors.PasswordDeleteError:
            pass
        except keyring.errors.KeyringError as exc:
            log.warning("The keychain could not delete a secret: %s", type(exc).__name__)


class SecretSlot:
    """One extra secret of an account that a connector may read and replace.

    Connectors get a slot rather than the store, so that one account can never
    read another's secrets.
    """

    def __init__(self, store: SecretStore, key: str) -> None:
        self._store = store
        self._key = key

    def load(self) -> str | None:
        return self._store.get(self._key)

    def save(self, value: str | None) -> None:
        if value is None:
            self._store.delete(self._key)
        else:
            self._store.set(self._key, value)
