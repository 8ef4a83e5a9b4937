"""A keychain stand-in for command-line processes started by tests.

Each ``socialinbox`` process started by a test loads it through keyring's
``PYTHON_KEYRING_BACKEND`` variable, so that ``accounts add`` and a later
``sync --once`` share secrets the way they share the real keychain. It keeps
them in the JSON file named by ``SOCIALINBOX_TEST_KEYRING`` — outside the data
folder, which tests search for leaked secrets. Never used outside tests.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend

ENV = "SOCIALINBOX_TEST_KEYRING"
BACKEND = f"{__name__}.SharedTestKeychain"


class SharedTestKeychain(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    @staticmethod
    def _path() -> Path:
        return Path(os.environ[ENV])

    def _load(self) -> dict[str, str]:
        path = self._path()
        return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}

    def _store(self, values: dict[str, str]) -> None:
        self._path().write_text(json.dumps(values), encoding="utf-8")

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}/{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        values = self._load()
        values[f"{service}/{username}"] = password
        self._store(values)

    def delete_password(self, service: str, username: str) -> None:
        values = self._load()
        values.pop(f"{service}/{username}", None)
        self._store(values)
