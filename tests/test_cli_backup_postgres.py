"""``backup DEST`` on a PostgreSQL database: pg_dump writes it and the command says so;
without pg_dump it says that in one line and writes nothing."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from socialinbox.storage.server_dump import libpq_address
from tests.cli_runner import run_cli
from tests.servers.require import missing


@pytest.fixture
def shared(empty_postgres: str, tmp_path: Path) -> str:
    """A PostgreSQL database holding the demo (moved there with migrate-to)."""
    moved = run_cli(tmp_path / "demo", "--demo", "migrate-to", empty_postgres)
    assert moved.returncode == 0, moved.stderr
    return empty_postgres


def inbox(url: str, desk: Path) -> list[dict[str, object]]:
    listed = run_cli(desk, "--database-url", url, "inbox", "--json", "--limit", "1000")
    assert listed.returncode == 0, listed.stderr
    return json.loads(listed.stdout)  # type: ignore[no-any-return]


def test_pg_dump_writes_the_backup_and_it_restores(shared, any_postgres, tmp_path):
    if shutil.which("pg_restore") is None:
        missing("pg_restore is not installed (Debian package postgresql-client)")
    folder = tmp_path / "backups"
    folder.mkdir()
    desk = tmp_path / "desk"

    made = run_cli(desk, "--database-url", shared, "backup", str(folder))

    assert made.returncode == 0, made.stderr
    path_line, said = made.stdout.splitlines()
    archive = Path(path_line)
    assert archive.parent == folder and archive.suffix == ".dump"
    assert said.startswith("pg_dump (PostgreSQL)") and "custom-format archive" in said
    assert "checked with pg_restore --list" in said and "pg_restore --no-owner" in said
    assert (archive.stat().st_mode & 0o077) == 0  # for the owner's eyes only

    restored = any_postgres.empty_database()
    try:
        subprocess.run(
            ["pg_restore", "--no-owner", f"--dbname={libpq_address(make_url(restored))}", archive],
            check=True,
            capture_output=True,
        )
        assert inbox(restored, desk) == inbox(shared, desk)
    finally:
        any_postgres.drop_database(restored)

    again = run_cli(desk, "--database-url", shared, "backup", str(archive))
    assert again.returncode == 1 and "exists already" in again.stderr


def test_without_pg_dump_it_says_so_and_writes_nothing(shared, tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    nowhere = tmp_path / "empty-path"
    nowhere.mkdir()
    env = dict(os.environ, PATH=str(nowhere))

    refused = run_cli(tmp_path / "desk", "--database-url", shared, "backup", str(folder), env=env)

    assert refused.returncode == 1 and refused.stdout == ""
    [line] = refused.stderr.splitlines()
    assert "pg_dump is not installed, so nothing was written" in line
    assert "apt install postgresql-client" in line
    assert list(folder.iterdir()) == []
