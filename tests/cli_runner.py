"""The command line run as a user runs it: ``python -m socialinbox``, a new process each time.

``run_cli`` runs one command against a data folder. ``CliRunner`` runs a whole session of
commands that share a data folder and a keychain (tests/file_keyring.py, a JSON file
outside the data folder), and keeps every output so that ``assert_no_secret_leaks`` can
search them with the data folder at the end.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

import httpx

from socialinbox.logs import LOG_FILE
from socialinbox.paths import DATABASE_FILE
from tests.file_keyring import stored_secrets, subprocess_env

REPOSITORY = Path(__file__).resolve().parents[1]


def run_cli(
    data_dir: Path,
    *args: str,
    stdin: str = "",
    env: Mapping[str, str] | None = None,
    cwd: Path | None = None,
) -> subprocess.CompletedProcess[str]:
    """One ``socialinbox --data-dir DATA_DIR ARGS...`` process, its output captured as text."""
    return subprocess.run(
        [sys.executable, "-m", "socialinbox", "--data-dir", str(data_dir), *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=cwd,
    )


class CliRunner:
    """Commands on one data folder (``tmp_path/data``) with one file keychain.

    Calling it runs a command (``runner("sync", "--once")``); ``outputs`` holds the
    stdout and stderr of every command run so far, for the leak search.
    """

    def __init__(self, tmp_path: Path) -> None:
        self.data_dir = tmp_path / "data"
        self.keyring = tmp_path / "keychain" / "keyring.json"
        self.keyring.parent.mkdir()
        self.env = subprocess_env(self.keyring, REPOSITORY)
        self.outputs: list[str] = []

    def __call__(self, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
        result = run_cli(self.data_dir, *args, stdin=stdin, env=self.env, cwd=REPOSITORY)
        self.outputs += [result.stdout, result.stderr]
        return result

    def connect(self, *add: str, secret: str) -> int:
        """``accounts add ADD...`` with ``secret`` typed on stdin: the new account's id."""
        added = self(*add, stdin=secret + "\n")
        assert added.returncode == 0, added.stdout + added.stderr
        return int(added.stdout.strip())

    def add_signing_in(self, *add: str) -> SignedIn:
        """``accounts add ADD...`` with the browser sign-in: the address it prints on standard
        error is followed as a browser would (redirects included, like a person pressing
        "Allow"), then the command's end is awaited."""
        process = subprocess.Popen(
            [sys.executable, "-m", "socialinbox", "--data-dir", str(self.data_dir), *add],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            stdin=subprocess.DEVNULL,
            text=True,
            env=self.env,
            cwd=REPOSITORY,
        )
        assert process.stderr is not None
        said: list[str] = []
        while not said or not said[-1].startswith("http"):
            line = process.stderr.readline()
            assert line, "".join(said)
            said.append(line.strip())
        page = httpx.get(said[-1], follow_redirects=True, timeout=10)
        out, err = process.communicate(timeout=60)
        self.outputs += [out, err, *said]
        return SignedIn(said, page, process.returncode, out, err)

    def keychain(self) -> dict[str, str]:
        """Every secret the commands have stored, keyed ``"<service>\\n<username>"``."""
        return stored_secrets(self.keyring)


@dataclass(frozen=True, slots=True)
class SignedIn:
    """An ``accounts add`` that signed in with the browser: what it said on standard error
    before the address (the address last), the page the browser ended on, and its end."""

    said: list[str]
    page: httpx.Response
    returncode: int
    out: str
    err: str

    @property
    def account_id(self) -> int:
        assert self.returncode == 0, self.err
        return int(self.out.strip())


def assert_no_secret_leaks(data_dir: Path, outputs: Iterable[str], secrets: Iterable[str]) -> None:
    """No secret is in any file of the data folder (database, settings, log) nor any output.

    The database and the log must be there, so that the search cannot pass by finding
    nothing to search.
    """
    files = [path for path in data_dir.rglob("*") if path.is_file()]
    names = {path.name for path in files}
    assert {DATABASE_FILE, LOG_FILE} <= names, names
    contents = {path: path.read_bytes() for path in files}
    outputs = list(outputs)
    for secret in secrets:
        assert secret, "an empty secret would be found everywhere"
        for path, content in contents.items():
            assert secret.encode() not in content, f"a secret is in {path.name}"
        for output in outputs:
            assert secret not in output, "a secret is in a command's output"


def assert_fails_in_one_line(result: subprocess.CompletedProcess[str], says: str = "") -> None:
    """A refused command: exit 1, nothing on stdout, one line on stderr (no traceback)."""
    assert result.returncode == 1 and result.stdout == "", result.stdout + result.stderr
    assert result.stderr.count("\n") == 1 and result.stderr.endswith("\n"), result.stderr
    assert "Traceback" not in result.stderr
    assert says in result.stderr, result.stderr
