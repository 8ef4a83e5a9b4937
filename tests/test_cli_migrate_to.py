"""``migrate-to URL`` as a user runs it: the demo copied into an empty PostgreSQL database,
the counts printed per table, back into a new SQLite file; a non-empty target refused."""

from __future__ import annotations

from pathlib import Path

from tests.cli_runner import run_cli


def counts(output: str) -> dict[str, int]:
    """The ``TABLE ROWS`` lines of the output."""
    lines = [line.split() for line in output.splitlines()[:-1]]
    return {words[0]: int(words[1]) for words in lines}


def test_the_demo_moves_to_postgresql_and_back_with_its_counts(empty_postgres, tmp_path: Path):
    moved = run_cli(tmp_path / "demo", "--demo", "migrate-to", empty_postgres)
    assert moved.returncode == 0, moved.stderr
    there = counts(moved.stdout)
    assert there["messages"] > 100 and there["notes"] > 0 and there["contacts"] > 0
    assert moved.stdout.splitlines()[-1].endswith("verified row by row")

    back = tmp_path / "back.sqlite3"
    desk = tmp_path / "desk"
    returned = run_cli(desk, "--database-url", empty_postgres, "migrate-to", f"sqlite:///{back}")
    assert returned.returncode == 0, returned.stderr
    assert counts(returned.stdout) == there
    listed = run_cli(desk, "--database-url", f"sqlite:///{back}", "inbox", "--search", "cornbread")
    assert listed.returncode == 0 and "cornbread" in listed.stdout.lower()


def test_a_non_empty_target_is_refused_in_one_line(empty_postgres, tmp_path: Path):
    assert run_cli(tmp_path / "demo", "--demo", "migrate-to", empty_postgres).returncode == 0

    again = run_cli(tmp_path / "demo", "--demo", "migrate-to", empty_postgres)

    assert again.returncode == 1 and again.stdout == ""
    [line] = again.stderr.splitlines()
    assert "is not empty" in line and "migrate-to copies only into an empty database" in line
