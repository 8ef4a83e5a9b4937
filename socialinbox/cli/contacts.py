"""``contacts [--json] [--search TEXT]``, ``contacts link|merge|undo-merge|split|suggest``."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from socialinbox.cli.common import (
    EXIT_OK,
    CommandError,
    Parser,
    positive_int,
    print_fields,
    print_json,
    printable,
)
from socialinbox.cli.json_output import JsonStream

if TYPE_CHECKING:
    from socialinbox.app import AppContext

NAME = "contacts"


@contextmanager
def user_errors() -> Iterator[None]:
    """A missing contact or a refused request is the one line the user sees."""
    from socialinbox.core.contacts import ContactConflict, ContactNotFound

    try:
        yield
    except (ContactNotFound, ContactConflict, ValueError) as exc:
        raise CommandError(str(exc)) from None


def add_parser(commands: argparse._SubParsersAction[Parser]) -> None:
    contacts = commands.add_parser(NAME, help="customers across channels")
    contacts.add_argument("--json", action="store_true", help="print JSON")
    contacts.add_argument(
        "--search", metavar="TEXT", help="name, handle, e-mail, phone, room or note text"
    )
    actions = contacts.add_subparsers(
        dest="contacts_command", metavar="ACTION", parser_class=Parser, required=False
    )
    link = actions.add_parser("link", help="link an identity to a contact by hand")
    link.add_argument("contact_id", type=positive_int, metavar="CONTACT_ID")
    link.add_argument("--channel", required=True, metavar="CHANNEL")
    link.add_argument("--handle", required=True, metavar="HANDLE")
    merge = actions.add_parser("merge", help="merge OTHER_ID into KEEP_ID (undoable)")
    merge.add_argument("keep_id", type=positive_int, metavar="KEEP_ID")
    merge.add_argument("other_id", type=positive_int, metavar="OTHER_ID")
    undo = actions.add_parser("undo-merge", help="undo a merge by its id")
    undo.add_argument("merge_id", type=positive_int, metavar="MERGE_ID")
    split = actions.add_parser("split", help="move one identity out to a contact of its own")
    split.add_argument("identity_id", type=positive_int, metavar="IDENTITY_ID")
    suggest = actions.add_parser("suggest", help="contacts that may be the same person")
    suggest.add_argument("contact_id", type=positive_int, metavar="CONTACT_ID")
    suggest.add_argument("--json", action="store_true", dest="suggest_json")


def run(args: argparse.Namespace, context: AppContext) -> int:
    with user_errors():
        command = args.contacts_command
        if command == "link":
            linked = context.writer.call(
                context.contacts.link, args.contact_id, args.channel, args.handle
            )
            print(linked.id)
        elif command == "merge":
            _merge(args, context)
        elif command == "undo-merge":
            context.writer.call(context.contacts.undo_merge, args.merge_id)
            print(f"undid merge {args.merge_id}")
        elif command == "split":
            split = context.writer.call(context.contacts.split, args.identity_id)
            print(split.id)
        elif command == "suggest":
            _suggest(args, context)
        else:
            _list(args, context)
    return EXIT_OK


def _list(args: argparse.Namespace, context: AppContext) -> None:
    # The whole list is read in chunks and written as it is read.
    contacts = (
        context.contacts.list_contacts(search=args.search)
        if args.search and args.search.strip()
        else context.contacts.iter_contacts()
    )
    if args.json:
        print_json(JsonStream(c.as_json() for c in contacts))
        return
    for c in contacts:
        handles = ", ".join(f"{i.channel}:{i.handle or i.key}" for i in c.identities)
        vip = ("VIP",) if c.vip else ()
        print_fields(c.id, c.name, handles, f"{c.notes_count} note(s)", *vip)


def _merge(args: argparse.Namespace, context: AppContext) -> None:
    preview = context.contacts.merge_preview(args.keep_id, args.other_id)
    merge_id = context.writer.call(context.contacts.merge, args.keep_id, args.other_id).id
    print(
        f"merged contact {preview.other.id} ({printable(preview.other.name)}) into "
        f"{preview.keep.id} ({printable(preview.keep.name)}): "
        f"{len(preview.other.identities)} identities, "
        f"{preview.messages} messages, {preview.notes} notes, {preview.reminders} reminders, "
        f"{preview.stays} stays; undo with: contacts undo-merge {merge_id}"
    )


def _suggest(args: argparse.Namespace, context: AppContext) -> None:
    suggestions = context.contacts.suggestions(args.contact_id)
    if args.suggest_json:
        print_json(
            [
                {"contact_id": s.contact_id, "other_id": s.other_id, "evidence": list(s.evidence)}
                for s in suggestions
            ]
        )
        return
    for s in suggestions:
        print_fields(s.other_id, "; ".join(s.evidence))
