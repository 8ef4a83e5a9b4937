"""``log``: a phone call or a visit logged by hand, run as a user runs it."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from tests.cli_runner import assert_fails_in_one_line, run_cli


def run(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return run_cli(data_dir, "--user", "Anna", *args)


def ok(data_dir: Path, *args: str) -> str:
    result = run(data_dir, *args)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_a_call_and_a_call_back_logged_from_the_command_line(tmp_path):
    data = tmp_path / "data"
    ok(data, "accounts", "add", "demo", "--name", "Linden House")
    ok(data, "sync", "--once")
    [maya] = json.loads(ok(data, "contacts", "--json", "--search", "okafor"))
    waiting = [
        m
        for m in json.loads(ok(data, "inbox", "--json", "--limit", "500"))
        if m["contact_id"] == maya["id"] and m["needs_reply"]
    ]
    assert waiting, "the demo's Maya waits for an answer"

    out = ok(data, "log", str(maya["id"]), "--channel", " Phone ", "--text", "Booked Friday")
    call_id = int(out)
    assert out == f"{call_id}\n"
    [call] = [
        m for m in json.loads(ok(data, "inbox", "--json", "--limit", "500")) if m["id"] == call_id
    ]
    assert (call["channel"], call["direction"], call["contact_id"]) == ("phone", "in", maya["id"])
    assert (call["logged_by"], call["needs_reply"], call["text"]) == (
        "Anna",
        False,
        "Booked Friday",
    )

    back = ok(
        data,
        "log",
        str(maya["id"]),
        "--channel",
        "IN_PERSON",
        "--text",
        "Told her about the menu at the desk",
        "--outbound",
        "--at",
        call["created_at"],
    )
    messages = {m["id"]: m for m in json.loads(ok(data, "inbox", "--json", "--limit", "500"))}
    for message in waiting:
        assert not messages[message["id"]]["needs_reply"]
        assert messages[message["id"]]["replied_at"] == call["created_at"]
    # The call back is the business's own message, in her record (the inbox lists only hers).
    exported = json.loads(ok(data, "export-contact", str(maya["id"])))["messages"]
    [spoke] = [m for m in exported if m["id"] == int(back)]
    assert (spoke["channel"], spoke["inbound"], spoke["logged_by"]) == ("in_person", False, "Anna")
    # The log book is no account to manage or sync.
    assert "Logged by hand" not in ok(data, "accounts", "list")


def test_refused_logs_say_why_in_one_line(tmp_path):
    data = tmp_path / "data"
    ok(data, "accounts", "add", "demo", "--name", "Linden House")
    ok(data, "sync", "--once")
    [maya] = json.loads(ok(data, "contacts", "--json", "--search", "okafor"))
    contact = str(maya["id"])
    assert_fails_in_one_line(
        run(data, "log", contact, "--channel", "fax", "--text", "hi"), "phone or in_person"
    )
    assert_fails_in_one_line(
        run(data, "log", contact, "--channel", "phone", "--text", "  "), "what the call"
    )
    assert_fails_in_one_line(
        run(data, "log", "9999", "--channel", "phone", "--text", "hi"), "no contact 9999"
    )
    assert_fails_in_one_line(
        run(data, "log", contact, "--channel", "phone", "--text", "hi", "--at", "2999-01-01T10:00"),
        "in the future",
    )
    usage = run(data, "log", contact, "--channel", "phone", "--text", "hi", "--at", "yesterday")
    assert usage.returncode == 2 and "not an ISO 8601 time" in usage.stderr
    assert not [
        m for m in json.loads(ok(data, "inbox", "--json", "--limit", "500")) if m["logged_by"]
    ]
