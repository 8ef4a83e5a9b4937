"""A keychain for CLI tests that run the app as separate processes: a JSON file. TESTS ONLY.

The in-memory keychain of tests/conftest.py dies with each process; a CLI test
that adds an account in one process and syncs it in the next needs the secret
and the session tokens to survive. Subprocesses load this backend with::

    PYTHON_KEYRING_BACKEND=tests.file_keyring.JsonFileKeyring
    SOCIALINBOX_TEST_KEYRING=/tmp/.../keyring.json
    PYTHONPATH=<the repository>

It keeps secrets in the clear, so it must never be used outside tests; it
lives in the file the test names, outside the app's data folder, so that a
test can search the data folder for leaked secrets.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

ENV_FILE = "SOCIALINBOX_TEST_KEYRING"
BACKEND = "tests.file_keyring.JsonFileKeyring"


def subprocess_env(keyring_file: Path, repository: Path) -> dict[str, str]:
    """The environment for an app subprocess that uses ``keyring_file`` as its keychain."""
    env = dict(os.environ)
    env["PYTHON_KEYRING_BACKEND"] = BACKEND
    env[ENV_FILE] = str(keyring_file)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(repository), env.get("PYTHONPATH")) if p)
    return env


def stored_secrets(keyring_file: Path) -> dict[str, str]:
    """What ``keyring_file`` holds, keyed ``"<service>\\n<username>"``; nothing yet is ``{}``."""
    try:
        data = json.loads(keyring_file.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    return data if isinstance(data, dict) else {}


class JsonFileKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def _path(self) -> Path:
        value = os.environ.get(ENV_FILE)
        if not value:
            raise RuntimeError(f"{ENV_FILE} names no file for the test keychain")
        return Path(value)

    def _read(self) -> dict[str, str]:
        return stored_secrets(self._path())

    def _write(self, data: dict[str, str]) -> None:
        path = self._path()
        temporary = path.with_suffix(".tmp")
        temporary.write_text(json.dumps(data, sort_keys=True), encoding="utf-8")
        temporary.replace(path)

    def get_password(self, service: str, username: str) -> str | None:
        return self._read().get(f"{service}\n{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        data = self._read()
        data[f"{service}\n{username}"] = password
        self._write(data)

    def delete_password(self, service: str, username: str) -> None:
        data = self._read()
        if data.pop(f"{service}\n{username}", None) is None:
            raise PasswordDeleteError("no such secret")
        self._write(data)

    def secrets(self) -> dict[str, str]:
        """Everything stored (for the test's own checks)."""
        return self._read()
