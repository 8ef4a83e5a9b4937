"""``users``, ``escalate`` and ``assign``, run as a user runs them: names typed as people
type them, one clear line for every refusal, the history kept."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from tests.cli_runner import assert_fails_in_one_line, run_cli


def run(data_dir: Path, *args: str, user: str = "Anna Müller") -> subprocess.CompletedProcess[str]:
    return run_cli(data_dir, "--user", user, *args)


def ok(data_dir: Path, *args: str, user: str = "Anna Müller") -> str:
    result = run(data_dir, *args, user=user)
    assert result.returncode == 0, result.stderr
    return result.stdout


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("escalate") / "data"
    ok(folder, "accounts", "add", "demo", "--name", "Linden House")
    ok(folder, "sync", "--once")
    return folder


def _first_message(data: Path) -> int:
    return int(json.loads(ok(data, "inbox", "--json", "--limit", "1"))[0]["id"])


def test_a_team_names_its_people(data):
    # You join the list the first time you use it, as its owner: the first person.
    assert ok(data, "users", "list") == "Anna Müller\towner\t(you)\n"
    assert ok(data, "users", "add", "  bob   stone ") == "bob stone\tstaff\n"
    assert ok(data, "users", "add", "Chris", "--role", "Reviewer") == "Chris\treviewer\n"
    # The same person typed otherwise is no second person; --role changes theirs.
    assert ok(data, "users", "add", "BOB STONE", "--role", "owner") == "bob stone\towner\n"
    listed = json.loads(ok(data, "users", "list", "--json"))
    assert [(u["name"], u["role"]) for u in listed] == [
        ("Anna Müller", "owner"),
        ("bob stone", "owner"),
        ("Chris", "reviewer"),
    ]
    assert set(listed[0]) == {"id", "name", "role", "created_at"}
    assert_fails_in_one_line(
        run(data, "users", "add", "Dana", "--role", "boss"),
        "unknown role 'boss': use one of staff, reviewer, owner",
    )


def test_escalate_hand_on_resolve_and_read_the_history(data):
    ok(data, "users", "add", "Chris")
    message_id = _first_message(data)
    out = ok(data, "escalate", str(message_id), "--to", "chris", "--reason", "wants the manager")
    assert out == f"message {message_id} escalated to Chris\n"
    assert_fails_in_one_line(
        run(data, "escalate", str(message_id), "--to", "Dana"),
        "no user named 'Dana'; known users: Anna Müller, bob stone, Chris",
    )
    assert_fails_in_one_line(
        run(data, "escalate", str(message_id), "--to", "CHRIS"),
        f"message {message_id} is already escalated to Chris",
    )
    out = ok(data, "escalate", str(message_id), "--to", "Bob Stone", user="chris")
    assert out == f"message {message_id} escalated to bob stone\n"
    out = ok(data, "escalate", str(message_id), "--resolve", "Refunded the dinner", user="Bob")
    assert out == f"escalation of message {message_id} resolved\n"
    history = json.loads(ok(data, "escalate", str(message_id), "--history", "--json"))
    assert [(e["by_user"], e["to_user"], e["outcome"], e["resolved_by"]) for e in history] == [
        ("Anna Müller", "Chris", "escalated again to bob stone", "Chris"),
        ("Chris", "bob stone", "Refunded the dinner", "Bob"),
    ]
    assert history[0]["reason"] == "wants the manager"
    lines = ok(data, "escalate", str(message_id), "--history").splitlines()
    assert lines[1].endswith("Chris → bob stone\t\tresolved by Bob: Refunded the dinner")
    assert_fails_in_one_line(
        run(data, "escalate", str(message_id), "--resolve", "again"),
        f"message {message_id} has no open escalation",
    )
    assert_fails_in_one_line(
        run(data, "escalate", "999999", "--to", "Chris"), "no message with id 999999"
    )


def test_assign_and_unassign(data):
    message_id = _first_message(data)
    out = ok(data, "assign", str(message_id), "--to", "anna MÜLLER")
    assert out == f"message {message_id} assigned to Anna Müller\n"
    assert ok(data, "assign", str(message_id), "--none") == (
        f"message {message_id} is assigned to nobody\n"
    )


def test_usage_errors_exit_2(data):
    for args in (
        ("escalate", "1"),
        ("escalate", "1", "--to", "Chris", "--resolve", "done"),
        ("assign", "1"),
        ("assign", "1", "--to", "Chris", "--none"),
        ("users",),
    ):
        assert run(data, *args).returncode == 2, args
    assert_fails_in_one_line(
        run(data, "escalate", "1", "--history", "--reason", "x"), "--reason goes with --to"
    )
