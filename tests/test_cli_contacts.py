"""Contacts, notes, reminders and privacy on the command line, run as real processes."""

from __future__ import annotations

import json
import sqlite3
import subprocess
from pathlib import Path

from socialinbox.core import changes
from socialinbox.paths import DATABASE_FILE
from tests.cli_runner import assert_fails_in_one_line, run_cli

HOUR_MICROS = 3_600 * 1_000_000


def run(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return run_cli(data_dir, "--user", "Ines", *args)


def ok(data_dir: Path, *args: str) -> str:
    result = run(data_dir, *args)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_a_note_on_the_cornbread_guest_raises_one_return_reminder_across_syncs(tmp_path):
    data = tmp_path / "data"
    ok(data, "accounts", "add", "demo", "--name", "Linden House")
    ok(data, "sync", "--once")
    # The account was connected an hour ago, so the scripted later batch is news, not history.
    with sqlite3.connect(data / DATABASE_FILE) as db:
        db.execute("UPDATE accounts SET connected_at = connected_at - ?", (HOUR_MICROS,))
    db.close()

    [maya] = json.loads(ok(data, "contacts", "--json", "--search", "okafor"))
    assert {"id", "name", "identities", "notes_count", "vip"} <= set(maya)
    assert isinstance(maya["id"], int) and maya["name"] == "Maya Okafor"
    assert maya["identities"][0]["channel"] == "x"
    assert maya["identities"][0]["handle"] == "@mayaokafor"
    assert (maya["notes_count"], maya["vip"]) == (0, False)

    note_id = int(ok(data, "notes", "add", str(maya["id"]), "loves cornbread", "--pinned"))
    [note] = json.loads(ok(data, "notes", "list", str(maya["id"]), "--json"))
    assert (note["id"], note["text"], note["pinned"], note["author"]) == (
        note_id,
        "loves cornbread",
        True,
        "Ines",
    )
    assert note["source_message_id"] is None  # null, never omitted

    ok(data, "sync", "--once")
    ok(data, "sync", "--once")
    [reminder] = own_reminders(data)
    assert {"id", "contact_id", "kind", "reason", "notes", "message_id", "due", "state"} <= set(
        reminder
    )
    assert (reminder["kind"], reminder["contact_id"], reminder["state"]) == (
        "return",
        maya["id"],
        "open",
    )
    assert reminder["notes"] == ["loves cornbread"] and isinstance(reminder["message_id"], int)
    assert "Maya Okafor wrote again on X" in reminder["reason"]

    ok(data, "reminders", "done", str(reminder["id"]))
    assert own_reminders(data) == []


def own_reminders(data: Path) -> list[dict[str, object]]:
    """The reminders but the demo's close-the-loop and thank-you suggestions."""
    listed = json.loads(ok(data, "reminders", "--json"))
    return [r for r in listed if r["kind"] not in ("close_loop", "thank_you")]


def test_link_merge_export_and_erase(tmp_path):
    data = tmp_path / "data"
    ok(data, "accounts", "add", "demo", "--name", "Linden House")
    ok(data, "sync", "--once")
    [maya] = json.loads(ok(data, "contacts", "--json", "--search", "maya"))
    identity_id = int(
        ok(
            data,
            "contacts",
            "link",
            str(maya["id"]),
            "--channel",
            "email",
            "--handle",
            "Maya@Example.NET",
        )
    )
    [linked] = json.loads(ok(data, "contacts", "--json", "--search", "maya@exam"))
    assert {"channel": "email", "handle": "maya@example.net"}.items() <= linked["identities"][
        1
    ].items()
    assert linked["identities"][1]["id"] == identity_id

    everyone = json.loads(ok(data, "contacts", "--json"))
    other = next(c for c in everyone if c["id"] != maya["id"])
    merged = ok(data, "contacts", "merge", str(maya["id"]), str(other["id"]))
    assert "undo with: contacts undo-merge" in merged
    assert other["id"] not in {c["id"] for c in json.loads(ok(data, "contacts", "--json"))}

    exported = json.loads(ok(data, "export-contact", str(maya["id"])))
    assert exported["contact"]["display_name"] == "Maya Okafor"
    assert len(exported["identities"]) == 3 and exported["messages"]
    assert [c["id"] for c in exported["merged_contacts"]] == [other["id"]]

    refused = run(data, "erase-contact", str(maya["id"]))
    assert refused.returncode == 1 and "--yes" in refused.stderr
    assert len(refused.stderr.strip().splitlines()) == 1
    ok(data, "erase-contact", str(maya["id"]), "--yes")
    assert json.loads(ok(data, "contacts", "--json", "--search", "maya")) == []
    found = json.loads(ok(data, "inbox", "--json", "--search", "cornbread", "--limit", "500"))
    assert found and all(m["author_handle"] != "@mayaokafor" for m in found)

    missing = run(data, "notes", "list", "99999")
    assert missing.returncode == 1 and "no contact 99999" in missing.stderr
    usage = run(data, "notes", "add", "1")
    assert usage.returncode == 2 and "usage:" in usage.stderr


def test_link_takes_what_people_paste_and_refuses_a_bad_handle_in_one_line(tmp_path):
    data = tmp_path / "data"
    ok(data, "accounts", "add", "demo", "--name", "Linden House")
    ok(data, "sync", "--once")
    [maya] = json.loads(ok(data, "contacts", "--json", "--search", "maya"))
    for channel, pasted in [
        ("bluesky", " https://bsky.app/profile/Maya.bsky.social "),
        ("mastodon", "https://mastodon.social/@MayaO"),
        ("email", "Maya Okafor <Maya.Okafor@Example.NET>"),
    ]:
        ok(data, "contacts", "link", str(maya["id"]), "--channel", channel, "--handle", pasted)
    [linked] = json.loads(ok(data, "contacts", "--json", "--search", "maya"))
    assert [(i["channel"], i["key"], i["handle"]) for i in linked["identities"][-3:]] == [
        ("bluesky", None, "@maya.bsky.social"),
        ("mastodon", "mayao@mastodon.social", "@mayao@mastodon.social"),
        ("email", "maya.okafor@example.net", "maya.okafor@example.net"),
    ]
    refused = run(
        data, "contacts", "link", str(maya["id"]), "--channel", "mastodon", "--handle", "@maya"
    )
    assert_fails_in_one_line(refused, "@user@server (e.g. @anna@mastodon.social)")


def test_a_note_written_by_another_process_reaches_this_view_through_the_feed(context):
    contact_id = context.writer.call(context.contacts.create, "Walk-in guest").id
    with context.db.read() as session:
        seen = changes.latest_change_id(session)
    result = run_cli(
        context.data_dir / "other-desk",
        "--database-url",
        str(context.db.url),
        "notes",
        "add",
        str(contact_id),
        "asks for a room away from the lift",
    )
    assert result.returncode == 0, result.stderr
    note_id = int(result.stdout)
    with context.db.read() as session:
        _, feed = changes.changes_since(session, seen, exclude_origin=context.origin)
    assert feed.ids(changes.NOTE, changes.INSERTED) == {note_id}
    assert contact_id in feed.ids(changes.CONTACT, changes.UPDATED)
    [note] = context.notes.list_notes(contact_id)
    assert note.text == "asks for a room away from the lift"
