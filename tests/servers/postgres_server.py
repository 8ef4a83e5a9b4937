"""A throwaway PostgreSQL cluster on 127.0.0.1 for the tests of the shared-database mode.

Debian's ``postgresql`` package installs ``initdb`` and ``pg_ctl`` under
``/usr/lib/postgresql/VERSION/bin``. The cluster lives in a temporary folder, trusts
local connections (it listens on 127.0.0.1 only, on a free port) and is deleted when
stopped. PostgreSQL refuses to run as root, so as root it runs as the ``postgres`` user
that the package creates.

``SOCIALINBOX_TEST_POSTGRES`` (a URL such as ``postgresql+psycopg://postgres@127.0.0.1:5432/postgres``
of a role that may create databases) uses a server that is already running instead.

:meth:`PostgresServer.pause` and :meth:`~PostgresServer.resume` stop and start the
throwaway cluster (a server restart, for the tests of lost connections).

``PostgresServer(keep_in=FOLDER)`` keeps its cluster in FOLDER between runs (created
there the first time, only stopped at the end): for the benchmark's large databases.

Each test gets a database of its own, copied from a template that holds the migrated
schema (``CREATE DATABASE … TEMPLATE``: far quicker than running the migrations again).
"""

from __future__ import annotations

import contextlib
import glob
import itertools
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from socialinbox.storage.database import Database
from tests.servers.require import missing
from tests.servers.running import StartedInWith

EXTERNAL_SERVER = "SOCIALINBOX_TEST_POSTGRES"
TEMPLATE = "socialinbox_template"


def _postgres_bin() -> Path | None:
    found = shutil.which("initdb")
    if found:
        return Path(found).parent
    versions = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    return Path(versions[-1]).parent if versions else None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class PostgresServer(StartedInWith):
    """A PostgreSQL server for one test session, and fresh databases on it."""

    def __init__(self, keep_in: Path | None = None) -> None:
        self._keep_in = keep_in
        self._folder: Path | None = None
        self._bin: Path | None = None
        self._names = itertools.count(1)
        self._options = ""
        self._paused = False
        self.admin_url = os.environ.get(EXTERNAL_SERVER, "").strip()

    def _run(self, *command: str) -> None:
        """Run a PostgreSQL program, as the ``postgres`` user when we are root."""
        prefix = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
        subprocess.run([*prefix, *command], check=True, capture_output=True, text=True, timeout=120)

    def start(self) -> PostgresServer:
        if not self.admin_url:
            self._start_cluster()
        self._admin_execute(f'DROP DATABASE IF EXISTS "{TEMPLATE}"')
        self._admin_execute(f'CREATE DATABASE "{TEMPLATE}"')
        template = Database(self.url_of(TEMPLATE))
        try:
            template.prepare()
        finally:
            template.dispose()
        return self

    def _start_cluster(self) -> None:
        self._bin = _postgres_bin()
        if self._bin is None:
            missing("PostgreSQL's initdb is not installed (Debian package postgresql)")
        if self._keep_in is None:
            self._folder = Path(tempfile.mkdtemp(prefix="socialinbox-pg-"))
        else:
            self._folder = self._keep_in
            self._folder.mkdir(parents=True, exist_ok=True)
        if os.geteuid() == 0:
            shutil.chown(self._folder, "postgres")
        data = self._folder / "data"
        port = _free_port()
        if not (data / "PG_VERSION").exists():
            self._run(
                str(self._bin / "initdb"),
                "-D", str(data), "-A", "trust", "-U", "postgres", "-E", "UTF8",
                "--locale=C.UTF-8",
            )  # fmt: skip
        elif (data / "postmaster.pid").exists():
            # A kept cluster still running after a run that was killed: stopped first.
            with contextlib.suppress(subprocess.CalledProcessError):
                self._run(str(self._bin / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop")
        self._options = (
            f"-p {port} -k {self._folder} -c listen_addresses=127.0.0.1 "
            # A throwaway cluster: durability only costs time here.
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        )
        self._pg_ctl_start()
        self.admin_url = f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres"

    def _pg_ctl_start(self) -> None:
        assert self._folder is not None and self._bin is not None
        self._run(
            str(self._bin / "pg_ctl"), "-D", str(self._folder / "data"), "-o", self._options,
            "-l", str(self._folder / "log"), "-w", "start",
        )  # fmt: skip

    @property
    def can_restart(self) -> bool:
        """Whether :meth:`pause` and :meth:`resume` work: a cluster of our own (the server
        of $SOCIALINBOX_TEST_POSTGRES is not ours to stop)."""
        return self._folder is not None and self._bin is not None

    def pause(self) -> None:
        """Stop the server as an administrator would (``pg_ctl stop -m fast``: every
        connection is cut), keeping its data; :meth:`resume` starts it again."""
        assert self._folder is not None and self._bin is not None, "not our server"
        self._run(
            str(self._bin / "pg_ctl"), "-D", str(self._folder / "data"), "-m", "fast", "-w",
            "stop",
        )  # fmt: skip
        self._paused = True

    def resume(self) -> None:
        """Start a :meth:`pause`d server again, on the same port; nothing if it runs."""
        if self._paused:
            self._pg_ctl_start()
            self._paused = False

    def stop(self) -> None:
        if self._folder is None or self._bin is None:
            return
        try:
            if not self._paused:
                # A kept cluster shuts down cleanly (its next start needs no recovery).
                mode = "immediate" if self._keep_in is None else "fast"
                self._run(
                    str(self._bin / "pg_ctl"), "-D", str(self._folder / "data"),
                    "-m", mode, "-w", "stop",
                )  # fmt: skip
        finally:
            if self._keep_in is None:
                shutil.rmtree(self._folder, ignore_errors=True)
            self._folder = None

    @property
    def data_folder(self) -> Path | None:
        """The data directory of the cluster started here (None for an external server)."""
        return None if self._folder is None else self._folder / "data"

    def has_database(self, name: str) -> bool:
        engine = create_engine(self.admin_url)
        try:
            with engine.connect() as conn:
                found = conn.execute(
                    text("SELECT 1 FROM pg_database WHERE datname = :name"), {"name": name}
                ).first()
        finally:
            engine.dispose()
        return found is not None

    def url_of(self, database: str) -> str:
        return make_url(self.admin_url).set(database=database).render_as_string(hide_password=False)

    def _admin_execute(self, statement: str) -> None:
        engine = create_engine(self.admin_url, isolation_level="AUTOCOMMIT")
        try:
            with engine.connect() as conn:
                conn.execute(text(statement))
        finally:
            engine.dispose()

    def fresh_database(self, name: str | None = None) -> str:
        """The URL of a new database holding the current schema and nothing else (named
        ``name``, or a name of its own)."""
        name = name or f"socialinbox_test_{os.getpid()}_{next(self._names)}"
        self._admin_execute(f'CREATE DATABASE "{name}" TEMPLATE "{TEMPLATE}"')
        return self.url_of(name)

    def empty_database(self) -> str:
        """The URL of a new database without a single table, as ``createdb`` makes one (a
        target for ``migrate-to``); drop it with :meth:`drop_database`."""
        name = f"socialinbox_empty_{os.getpid()}_{next(self._names)}"
        self._admin_execute(f'CREATE DATABASE "{name}" TEMPLATE template0')
        return self.url_of(name)

    def password_role(self, role: str, password: str) -> str:
        """The URL (without the password) of a new, empty database owned by a new ``role``
        that must sign in with ``password`` (scram-sha-256, while every other role is
        trusted): for tests of where a desk's password comes from. Only on the cluster
        started here (an existing server's sign-in rules are its own)."""
        if self._folder is None:
            missing(f"a role with a password needs the tests' own cluster, not ${EXTERNAL_SERVER}")
        hba = self._folder / "data" / "pg_hba.conf"
        rule = f"host all {role} 127.0.0.1/32 scram-sha-256\n"
        hba.write_text(rule + hba.read_text())
        self._admin_execute(f"CREATE ROLE \"{role}\" LOGIN PASSWORD '{password}'")
        self._admin_execute("SELECT pg_reload_conf()")
        name = f"socialinbox_{role}_{os.getpid()}_{next(self._names)}"
        self._admin_execute(f'CREATE DATABASE "{name}" OWNER "{role}" TEMPLATE template0')
        return make_url(self.url_of(name)).set(username=role).render_as_string()

    def drop_database(self, url: str) -> None:
        name = make_url(url).database
        self._admin_execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
