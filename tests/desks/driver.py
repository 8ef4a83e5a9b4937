"""A desk as a process of its own, for the several-desks tests: ``python -m tests.desks.driver``.

Each command opens the database as the app does (an :class:`AppContext` on the URL,
the desk's person as ``--user`` would name them, a data folder of its own) and does
what a desk might do while others do the same:

- ``drain URL USER GO_FILE``: print ``ready``, wait until ``GO_FILE`` exists (so that
  every desk starts together), then run one sync round of every account — fetch under
  the account's sync lease, send its approved replies claimed row by row — again until
  no reply is left to send — and print ``sent N`` (the replies this desk sent, from
  the audit trail). The round's deadline is an hour: one round drains the queue.
- ``append-note URL USER NOTE_ID COUNT``: COUNT times, read the note, add the line
  ``USER n`` and save with the version read; a save refused because the other desk
  saved first is read again and redone, as a person shown the other version would.
  Prints ``refused N``.
- ``hold-sync-lease URL USER ACCOUNT_ID``: take the account's sync lease, print
  ``held UNTIL`` (ISO 8601), then sleep until killed.

The account secrets come from the keychain the environment names (the tests use
``tests/file_keyring.py``).
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import func, select

from socialinbox.app import AppContext, AppOptions
from socialinbox.core.notes import NoteChangedElsewhere
from socialinbox.core.outbox import OutboxState
from socialinbox.settings import SYNC_ROUND_DEADLINE_S
from socialinbox.storage.schema import OutboxEvent, OutboxItem


def drain(ctx: AppContext, go: Path) -> int:
    print("ready", flush=True)
    while not go.exists():
        time.sleep(0.01)

    # One round drains the queue: a round cut at its deadline would leave its current
    # reply leased (DEFAULT_LEASE) and the figure would time that wait, not the sending.
    ctx.machine_settings.set(SYNC_ROUND_DEADLINE_S, 3600)

    async def rounds_until_nothing_is_left() -> None:
        engine = ctx.sync_engine()
        try:
            while True:
                await engine.run_once()
                if not _left_to_send(ctx):
                    return
        finally:
            await engine.aclose()

    asyncio.run(rounds_until_nothing_is_left())
    # Counted from the audit trail: a round stopped at its deadline reports no count.
    with ctx.db.read() as session:
        return int(
            session.execute(
                select(func.count(OutboxEvent.id)).where(
                    OutboxEvent.actor == ctx.origin, OutboxEvent.event == "sent"
                )
            ).scalar_one()
        )


def _left_to_send(ctx: AppContext) -> int:
    """Replies some desk still has to send (approved, or being sent)."""
    with ctx.db.read() as session:
        return int(
            session.execute(
                select(func.count(OutboxItem.id)).where(
                    OutboxItem.state.in_([OutboxState.APPROVED, OutboxState.SENDING])
                )
            ).scalar_one()
        )


def append_note(ctx: AppContext, note_id: int, count: int) -> int:
    refused = 0
    for n in range(count):
        while True:
            note = ctx.notes.get(note_id)
            try:
                ctx.writer.call(
                    ctx.notes.edit,
                    note_id,
                    text=f"{note.text}\n{ctx.user} {n}",
                    expected_version=note.version,
                )
                break
            except NoteChangedElsewhere:
                refused += 1
    return refused


def hold_sync_lease(ctx: AppContext, account_id: int) -> None:
    lease = ctx.writer.call(ctx.sync_leases.take, account_id)
    print(f"held {lease.until.isoformat()}", flush=True)
    while True:
        time.sleep(60)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.desks.driver")
    commands = parser.add_subparsers(dest="command", required=True)
    drainer = commands.add_parser("drain")
    append = commands.add_parser("append-note")
    hold = commands.add_parser("hold-sync-lease")
    for command in (drainer, append, hold):
        command.add_argument("url")
        command.add_argument("user")
    drainer.add_argument("go", type=Path)
    append.add_argument("note_id", type=int)
    append.add_argument("count", type=int)
    hold.add_argument("account_id", type=int)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="desk-") as folder:
        ctx = AppContext(AppOptions(data_dir=Path(folder), user=args.user, database_url=args.url))
        try:
            if args.command == "drain":
                print(f"sent {drain(ctx, args.go)}", flush=True)
            elif args.command == "append-note":
                print(f"refused {append_note(ctx, args.note_id, args.count)}", flush=True)
            else:
                hold_sync_lease(ctx, args.account_id)
        finally:
            ctx.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
