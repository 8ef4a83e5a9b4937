"""``alerts [--json]`` and ``alerts ack ID``, run as a user runs them, on the demo's spike."""

from __future__ import annotations

import json
import subprocess
from datetime import datetime
from pathlib import Path

from tests.cli_runner import assert_fails_in_one_line, run_cli

ALERT_FIELDS = [
    "id",
    "channel",
    "kind",
    "started_at",
    "count",
    "usual",
    "negative",
    "acknowledged_by",
]


def ok(data_dir: Path, *args: str) -> str:
    result = run_cli(data_dir, *args)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_the_demo_spike_is_listed_then_acknowledged(tmp_path: Path) -> None:
    data = tmp_path / "data"
    ok(data, "accounts", "add", "demo", "--name", "Linden House")
    ok(data, "sync", "--once")

    [alert] = json.loads(ok(data, "alerts", "--json"))
    assert list(alert) == ALERT_FIELDS
    assert isinstance(alert["id"], int)
    assert (alert["channel"], alert["kind"], alert["count"]) == ("x", "spike", 14)
    # Most of the demo's spike reads negative to the tone scorer.
    assert alert["usual"] == 1.0 and 5 <= alert["negative"] < alert["count"]
    assert alert["acknowledged_by"] is None
    assert datetime.fromisoformat(alert["started_at"]).utcoffset() is not None

    line = ok(data, "alerts")
    assert line.split("\t")[:3] == [str(alert["id"]), "x", "spike"]
    assert line.count("\n") == 1

    said = ok(data, "--user", "Anna", "alerts", "ack", str(alert["id"]))
    assert said == f"alert {alert['id']} acknowledged by Anna\n"
    assert json.loads(ok(data, "alerts", "--json")) == []
    assert ok(data, "alerts") == ""

    again = run_cli(data, "--user", "Ben", "alerts", "ack", str(alert["id"]))
    assert_fails_in_one_line(again, "already acknowledged by Anna")
    assert_fails_in_one_line(run_cli(data, "alerts", "ack", "999"), "no alert with id 999")


def test_ack_needs_a_whole_number(tmp_path: Path) -> None:
    result: subprocess.CompletedProcess[str] = run_cli(tmp_path / "data", "alerts", "ack", "x")
    assert result.returncode == 2 and "not a whole number" in result.stderr
