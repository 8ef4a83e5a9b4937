"""What every command shares: exit codes, the one-line error, argument types, JSON output."""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from pathlib import Path
from typing import Any, NoReturn, Protocol

from socialinbox.app import AppContext
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


def print_json(value: Any) -> None:
    """JSON on stdout: every field present (null when empty), ids as integers."""
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def sync_round(context: AppContext) -> list[AccountSyncResult]:
    """One sync round over every account, on a fresh event loop."""

    async def round_() -> list[AccountSyncResult]:
        engine = context.sync_engine()
        try:
            return await engine.run_once()
        finally:
            await engine.aclose()

    return asyncio.run(round_())
