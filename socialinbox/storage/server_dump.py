"""Backups of a PostgreSQL database with the server's own tool, ``pg_dump``.

The archive is pg_dump's custom format (compressed, restored with ``pg_restore``, table
by table if need be), written to a new file only: an existing file is never replaced,
and a dump that fails leaves no file behind. The password, when the URL has one, reaches
pg_dump through its environment (``PGPASSWORD``), never on its command line where other
users of the computer could read it. The archive is checked by listing its contents
with ``pg_restore --list`` when that program is installed.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import URL

from socialinbox.paths import PRIVATE_FILE_MODE

DUMP_SUFFIX = ".dump"
# A dump of a large database takes a while; one that makes no progress for this long is
# not waited for.
DUMP_TIMEOUT_S = 6 * 3600
INSTALL_HINT = "Debian/Ubuntu: sudo apt install postgresql-client"


class DumpError(Exception):
    """No dump was made; the message is one line for the user."""


@dataclass(frozen=True, slots=True)
class DumpResult:
    path: Path
    size: int
    # pg_dump's own version line ("pg_dump (PostgreSQL) 16.4").
    tool: str
    # "checked: N entries" after pg_restore --list, or why it was not checked.
    check: str


def pg_dump_program() -> str | None:
    """The ``pg_dump`` found on the PATH, or None."""
    return shutil.which("pg_dump")


def libpq_address(url: URL) -> str:
    """The server database of ``url`` as libpq's ``postgresql://`` URI, without the
    password and the SQLAlchemy driver name."""
    plain = url.set(drivername="postgresql", password=None)
    return plain.render_as_string(hide_password=False)


def dump_database(url: URL, destination: Path) -> DumpResult:
    """Write a custom-format ``pg_dump`` archive of the database at ``url`` to the new file
    ``destination``; raise :class:`DumpError` when pg_dump is missing, the file exists, or
    the dump fails (its first line of complaint in the message)."""
    program = pg_dump_program()
    if program is None:
        raise DumpError(
            f"pg_dump is not installed, so nothing was written ({INSTALL_HINT}; "
            "it must be as new as the server)"
        )
    if destination.exists():
        raise DumpError(f"{destination} exists already: a backup never replaces a file")
    if not destination.parent.is_dir():
        raise DumpError(f"the folder {destination.parent} does not exist")
    env = dict(os.environ)
    if url.password:
        env["PGPASSWORD"] = str(url.password)
    tool = _version(program, env)
    try:
        finished = subprocess.run(
            [
                program,
                "--format=custom",
                "--no-password",
                f"--file={destination}",
                f"--dbname={libpq_address(url)}",
            ],
            capture_output=True,
            text=True,
            env=env,
            timeout=DUMP_TIMEOUT_S,
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        destination.unlink(missing_ok=True)
        raise DumpError(f"pg_dump could not run: {exc}") from None
    if finished.returncode != 0:
        destination.unlink(missing_ok=True)
        raise DumpError(f"pg_dump failed, nothing was written: {_first_line(finished.stderr)}")
    destination.chmod(PRIVATE_FILE_MODE)
    return DumpResult(destination, destination.stat().st_size, tool, _check(destination, env))


def _version(program: str, env: dict[str, str]) -> str:
    try:
        said = subprocess.run(
            [program, "--version"], capture_output=True, text=True, env=env, timeout=60
        )
    except (OSError, subprocess.TimeoutExpired):
        return "pg_dump"
    return said.stdout.strip() or "pg_dump"


def _check(archive: Path, env: dict[str, str]) -> str:
    """Whether pg_restore can read the archive's table of contents."""
    program = shutil.which("pg_restore")
    if program is None:
        return "not checked: pg_restore is not installed"
    listed = subprocess.run(
        [program, "--list", str(archive)], capture_output=True, text=True, env=env, timeout=600
    )
    if listed.returncode != 0:
        raise DumpError(
            f"{archive} was written but pg_restore cannot read it: {_first_line(listed.stderr)}"
        )
    entries = [line for line in listed.stdout.splitlines() if line and not line.startswith(";")]
    return f"checked with pg_restore --list: {len(entries)} entries"


def _first_line(output: str) -> str:
    lines = [line for line in output.strip().splitlines() if line.strip()]
    return lines[0] if lines else "no reason given"
