"""What every command shares: exit codes, the one-line error, argument types, JSON output."""

from __future__ import annotations

import argparse
import re
import sys
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, Protocol, TextIO

from socialinbox.cli.json_output import write_json
from socialinbox.storage.types import EARLIEST, LATEST, is_storable

if TYPE_CHECKING:
    # A command imports the services it uses inside ``run``: building the parser imports
    # no service, so that every command starts at once (tests/test_cli_imports.py).
    from socialinbox.app import AppContext
    from socialinbox.core.properties import PropertyInfo
    from socialinbox.sync.engine import AccountSyncResult

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130


class CommandError(Exception):
    """An error whose message is the one line the user sees."""


class Parser(argparse.ArgumentParser):
    """Usage errors exit 2 with the usage line, as argparse does, but never a traceback."""

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


class Command(Protocol):
    """A command module: it adds its parser and runs it. Listed in ``cli.main.COMMANDS``."""

    NAME: str

    def add_parser(self, commands: argparse._SubParsersAction[Parser]) -> None: ...

    def run(self, args: argparse.Namespace, context: AppContext) -> int: ...


# The largest whole number the database stores (SQLite's 64-bit INTEGER): every id,
# and the largest count worth asking for.
LARGEST_NUMBER = 2**63 - 1


def positive_int(value: str) -> int:
    """An id or a count as typed: a whole number from 1 to :data:`LARGEST_NUMBER`
    (a usage error otherwise, never an overflow further on)."""
    try:
        number = int(value.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more: {value}")
    if number > LARGEST_NUMBER:
        raise argparse.ArgumentTypeError(f"must be at most {LARGEST_NUMBER}: {value}")
    return number


def iso_moment(value: str) -> datetime:
    """An ISO 8601 time the database keeps (without an offset: the property's time)."""
    try:
        moment = datetime.fromisoformat(value.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an ISO 8601 time: {value!r}") from None
    # Any offset moves a time by less than a day: the year alone decides the range.
    if not is_storable(moment if moment.tzinfo else moment.replace(tzinfo=UTC)):
        raise argparse.ArgumentTypeError(
            f"out of range: {value!r} (from {EARLIEST.year} to {LATEST.year - 1})"
        )
    return moment


def iso_day(value: str) -> date:
    """A day written YYYY-MM-DD."""
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from None


def folder(value: str) -> Path:
    """A folder that exists or can be made: a usage error for a file's name."""
    path = Path(value)
    if path.exists() and not path.is_dir():
        raise argparse.ArgumentTypeError(f"{value} is a file, not a folder")
    return path


def key_value(value: str) -> tuple[str, str]:
    key, sep, val = value.partition("=")
    if not sep or not key.strip():
        raise argparse.ArgumentTypeError(f"expected KEY=VALUE, got {value!r}")
    return key.strip(), val


# C0 controls (ESC, BEL, backspace, tab, newline …), DEL and C1 controls (a terminal may
# take U+009B for ESC[), and lone surrogates, which no terminal encoding can print.
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff]")


def _escaped(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(value: object) -> str:
    """``value`` as text a terminal shows as it is: control characters (escape sequences,
    bells, backspaces, line breaks) become visible escapes such as ``\\x1b``, so that
    what a stranger wrote can never move the cursor, clear the screen, retitle the
    window or break a line of tab-separated output. Every human-readable output of
    untrusted text goes through this (or :func:`print_fields`); JSON escapes by itself."""
    text = str(value)
    return _UNPRINTABLE.sub(_escaped, text) if _UNPRINTABLE.search(text) else text


def print_fields(*fields: object, file: TextIO | None = None) -> None:
    """One line of output: each field made :func:`printable`, tab-separated."""
    print("\t".join(printable(field) for field in fields), file=file or sys.stdout)


def print_json(value: Any) -> None:
    """JSON on stdout: every field present (null when empty), ids as integers. Control
    characters are escaped (``\\u001b``, ``\\u009b``), as is a lone surrogate. An array
    wrapped in :class:`~socialinbox.cli.json_output.JsonStream` is written as it is read."""
    write_json(value)


def sync_round(context: AppContext) -> list[AccountSyncResult]:
    """One sync round over every account, on a fresh event loop."""
    import asyncio

    async def round_() -> list[AccountSyncResult]:
        engine = context.sync_engine()
        try:
            return await engine.run_once()
        finally:
            await engine.aclose()

    return asyncio.run(round_())


def settle_levels(context: AppContext) -> None:
    """Before a command prints response levels: settle those that time decided since the
    last sync (no answer after 7 days is level 0; see core.response_levels). A read-only
    database is printed as it is."""
    if not context.db.read_only:
        context.writer.call(context.levels.catch_up)


def desk_property(context: AppContext, name: str | None = None) -> PropertyInfo | None:
    """The property named ``name`` (a command's ``--property``), else this desk's
    (``--property`` or Settings), else None; an unknown name is the command's error."""
    from socialinbox.core.properties import UnknownProperty

    try:
        if name:
            return context.properties.resolve(name)
        return context.desk_property.info()
    except UnknownProperty as exc:
        raise CommandError(str(exc)) from None
