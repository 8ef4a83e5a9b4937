"""``notes add CONTACT_ID TEXT [--pinned]``, ``notes list CONTACT_ID [--json]``, and
``notes delete|undelete NOTE_ID``."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from socialinbox.cli.common import (
    EXIT_OK,
    CommandError,
    Parser,
    positive_int,
    print_fields,
    print_json,
)

if TYPE_CHECKING:
    from socialinbox.app import AppContext

NAME = "notes"


def add_parser(commands: argparse._SubParsersAction[Parser]) -> None:
    notes = commands.add_parser(NAME, help="notes on contacts")
    actions = notes.add_subparsers(
        dest="notes_command", metavar="ACTION", parser_class=Parser, required=True
    )
    add = actions.add_parser("add", help="add a note (prints its id)")
    add.add_argument("contact_id", type=positive_int, metavar="CONTACT_ID")
    add.add_argument("text", metavar="TEXT")
    add.add_argument("--pinned", action="store_true")
    add.add_argument("--sensitive", action="store_true", help="hidden until revealed")
    add.add_argument("--from-message", type=positive_int, metavar="MESSAGE_ID")
    listing = actions.add_parser("list", help="a contact's notes, pinned first")
    listing.add_argument("contact_id", type=positive_int, metavar="CONTACT_ID")
    listing.add_argument("--json", action="store_true")
    for action in ("delete", "undelete"):
        parser = actions.add_parser(action, help=f"{action} a note")
        parser.add_argument("note_id", type=positive_int, metavar="NOTE_ID")


def run(args: argparse.Namespace, context: AppContext) -> int:
    from socialinbox.core.contacts import ContactNotFound
    from socialinbox.core.notes import NoteNotFound

    try:
        if args.notes_command == "add":
            created = context.writer.call(
                context.notes.add,
                args.contact_id,
                args.text,
                pinned=args.pinned,
                sensitive=args.sensitive,
                source_message_id=args.from_message,
            )
            print(created.id)
        elif args.notes_command == "list":
            context.contacts.get(args.contact_id)  # a clear error for a wrong id
            notes = context.notes.list_notes(args.contact_id)
            if args.json:
                print_json([n.as_json() for n in notes])
            else:
                for n in notes:
                    pin = ("pinned",) if n.pinned else ()
                    print_fields(n.id, *pin, n.text, f"({n.author}, {n.created_at:%Y-%m-%d})")
        elif args.notes_command == "delete":
            context.writer.call(context.notes.delete, args.note_id)
            print(f"deleted note {args.note_id}; undo with: notes undelete {args.note_id}")
        else:
            context.writer.call(context.notes.undelete, args.note_id)
            print(f"restored note {args.note_id}")
    except (ContactNotFound, NoteNotFound, ValueError) as exc:
        raise CommandError(str(exc)) from None
    return EXIT_OK
