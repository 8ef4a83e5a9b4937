"""Properties from the command line, and the cornbread story end to end: two desks of a
chain (real processes, one shared database), one at Memphis, one at Nashville."""

from __future__ import annotations

import json
from pathlib import Path

from socialinbox.paths import SETTINGS_FILE
from tests.cli_runner import assert_fails_in_one_line
from tests.cli_runner import run_cli as run

MEMPHIS_LIST = (
    "Name,Email,Arrival,Departure,Room,Reservation\n"
    "Maya Okafor,maya.okafor@example.net,2026-04-01,2026-04-03,12,R-100\n"
)
NASHVILLE_LIST = (
    "Name,Email,Arrival,Departure,Room,Reservation\n"
    "Maya Okafor,Maya.Okafor@example.net,2026-06-10,2026-06-12,4,R-100\n"
    "Ben Ode,ben@example.net,2026-06-10,2026-06-11,5,R-101\n"
)


def _desk(tmp_path: Path, name: str, shared: Path) -> tuple[Path, tuple[str, ...]]:
    """A desk's own data folder, and the options that put it on the shared database."""
    return tmp_path / name, ("--database-url", f"sqlite:///{shared}")


def test_properties_are_added_listed_renamed_and_named_in_any_case(tmp_path):
    data = tmp_path / "data"
    assert run(data, "properties", "list", "--json").stdout == "[]\n"
    added = run(data, "properties", "add", "Memphis", "--timezone", "America/Chicago")
    assert added.returncode == 0, added.stderr
    assert added.stdout.split("\t")[1:] == ["Memphis", "America/Chicago\n"]
    assert run(data, "properties", "add", "nashville").returncode == 0
    again = run(data, "properties", "add", "  NASHVILLE ")
    assert again.returncode == 0 and again.stdout.startswith("2\tnashville")
    listed = json.loads(run(data, "properties", "list", "--json").stdout)
    assert [(p["name"], p["timezone"]) for p in listed] == [
        ("Memphis", "America/Chicago"),
        ("nashville", None),
    ]
    assert set(listed[0]) == {"id", "name", "timezone", "created_at"}
    assert run(data, "properties", "rename", "NASHVILLE", "Nashville").returncode == 0
    here = run(data, "--property", " memphis", "properties", "list")
    assert here.stdout.splitlines()[0].endswith("(this desk)")
    assert_fails_in_one_line(
        run(data, "--property", "Knoxville", "inbox"),
        "no property named 'Knoxville'; known properties: Memphis, Nashville",
    )
    assert_fails_in_one_line(run(data, "properties", "add", "X", "--timezone", "Mars/Base"))


def test_the_cornbread_guest_at_the_second_property_is_told_where_she_was_noted(tmp_path):
    shared = tmp_path / "chain.sqlite3"
    a_data, a = _desk(tmp_path, "memphis-desk", shared)
    b_data, b = _desk(tmp_path, "nashville-desk", shared)
    assert run(a_data, *a, "properties", "add", "Memphis").returncode == 0
    assert run(b_data, *b, "properties", "add", "Nashville").returncode == 0
    # Desk A chose its property in Settings; desk B names it on the command line.
    memphis_id = json.loads(run(a_data, *a, "properties", "list", "--json").stdout)[0]["id"]
    (a_data / SETTINGS_FILE).write_text(json.dumps({"desk_property": memphis_id}))

    memphis_file = tmp_path / "memphis.csv"
    memphis_file.write_text(MEMPHIS_LIST)
    first = run(a_data, *a, "import-arrivals", str(memphis_file), "--date", "2026-04-01")
    assert first.returncode == 0 and "2026-04-01 at Memphis: 1 imported" in first.stdout
    [guest] = json.loads(run(a_data, *a, "arrivals", "--date", "2026-04-01", "--json").stdout)
    noted = run(a_data, *a, "notes", "add", str(guest["contact_id"]), "loves cornbread")
    assert noted.returncode == 0, noted.stderr

    nashville_file = tmp_path / "nashville.csv"
    nashville_file.write_text(NASHVILLE_LIST)
    second = run(
        b_data, *b, "--property", "nashville", "import-arrivals", str(nashville_file),
        "--date", "2026-06-10",
    )  # fmt: skip
    assert second.returncode == 0, second.stderr
    assert "at Nashville: 2 imported" in second.stdout and "1 arrival reminders" in second.stdout

    reminders = json.loads(run(b_data, *b, "reminders", "--json").stdout)
    [arrival] = [r for r in reminders if r["kind"] == "arrival"]
    assert arrival["noted_at"] == "Memphis" and arrival["notes"] == ["loves cornbread"]
    assert arrival["contact_id"] == guest["contact_id"]
    said = run(b_data, *b, "--property", "Nashville", "reminders").stdout
    assert "noted at Memphis: loves cornbread" in said

    # Each desk's "Today's arrivals" lists its own property's guests.
    at_a = json.loads(run(a_data, *a, "arrivals", "--date", "2026-06-10", "--json").stdout)
    at_b = run(b_data, *b, "--property", "Nashville", "arrivals", "--date", "2026-06-10", "--json")
    assert at_a == []
    assert [g["guest_name"] for g in json.loads(at_b.stdout)] == ["Maya Okafor", "Ben Ode"]
    everyone = run(a_data, *a, "arrivals", "--date", "2026-06-10", "--all", "--json")
    assert len(json.loads(everyone.stdout)) == 2


def test_an_accounts_messages_carry_its_property_in_inbox_json(tmp_path):
    data = tmp_path / "data"
    account_id = run(data, "accounts", "add", "demo", "--name", "Shop").stdout.strip()
    assert run(data, "properties", "add", "Memphis").returncode == 0
    placed = run(data, "properties", "account", account_id, "memphis")
    assert placed.stdout == f"account {account_id}: Memphis\n", placed.stderr
    assert run(data, "sync", "--once").returncode == 0
    rows = json.loads(run(data, "inbox", "--json", "--limit", "500").stdout)
    assert rows and {r["property"] for r in rows} == {"Memphis"}
    assert_fails_in_one_line(run(data, "properties", "account", "99", "Memphis"), "no account 99")
    cleared = run(data, "properties", "account", account_id, "none")
    assert cleared.stdout == f"account {account_id}: no property\n"
