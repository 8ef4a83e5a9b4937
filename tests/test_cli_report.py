"""``report levels``: the levels per channel as a user prints them, in a new process each time."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from sqlalchemy import update

from socialinbox.core.business_settings import PROPERTY_TIMEZONE
from socialinbox.core.insights import READINGS
from socialinbox.storage.schema import Message
from tests.cli_runner import run_cli
from tests.helpers import batch, message

MARCH_2 = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)  # a Monday, 11:00 in Berlin


def _store(ctx, rows):
    """(remote id, channel, created_at, level, seconds to the first response) as stored
    and as core.response_levels leaves them."""
    account = ctx.writer.call(ctx.accounts.create, "demo", "Report")
    for remote_id, channel, created_at, level, seconds in rows:
        author = "guest@mail.example" if channel == "email" else "alice@example.social"
        ctx.ingest.store_batch(
            account.id,
            batch(message(remote_id, created_at, channel=channel, author_key=author)),
        )
        responded = None if seconds is None else created_at + timedelta(seconds=seconds)
        with ctx.db.write() as session:
            session.execute(
                update(Message)
                .where(Message.remote_id == remote_id)
                .values(level=level, first_response_at=responded)
            )


def _levels(**some: int) -> dict[str, int]:
    return {key: some.get(f"l{key}", 0) for key in "0123456"} | {"null": some.get("null", 0)}


def test_report_levels_json_is_one_object_per_channel_with_exactly_the_issues_fields(
    context, clock, tmp_path
):
    clock.set(datetime.now(UTC))  # the command runs on the real clock
    context.writer.call(context.business.set, PROPERTY_TIMEZONE, "Europe/Berlin")
    _store(
        context,
        [
            ("a", "mastodon", MARCH_2, 3, 120),
            ("b", "mastodon", MARCH_2 + timedelta(days=1), 2, 7200),
            ("c", "mastodon", MARCH_2 + timedelta(days=2), 3, 600),
            # Still waiting, a day old (the command settles only what 7 days decided).
            ("d", "mastodon", datetime.now(UTC) - timedelta(days=1), None, None),
            ("e", "email", MARCH_2 + timedelta(days=8), 0, None),
            # Eight days without an answer: the command settles it at level 0 first.
            ("f", "x", datetime.now(UTC) - timedelta(days=8), None, None),
        ],
    )
    data = tmp_path / "data"
    result = run_cli(data, "report", "levels", "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == [
        {
            "channel": "email",
            "messages": 1,
            "levels": _levels(l0=1),
            "median_first_response_s": None,
            "p90_first_response_s": None,
        },
        {
            "channel": "mastodon",
            "messages": 4,
            "levels": _levels(l2=1, l3=2, null=1),
            "median_first_response_s": 600,
            "p90_first_response_s": 7200,
        },
        {
            "channel": "x",
            "messages": 1,
            "levels": _levels(l0=1),
            "median_first_response_s": None,
            "p90_first_response_s": None,
        },
    ]

    # A date alone is the property's whole day: --until 2026-03-03 keeps the 3rd.
    result = run_cli(
        data, "report", "levels", "--json", "--since", "2026-03-03", "--until", "2026-03-03"
    )
    assert [
        (r["channel"], r["messages"], r["median_first_response_s"])
        for r in json.loads(result.stdout)
    ] == [("mastodon", 1, 7200)]
    # A moment as typed, with an offset or without one (then the property's time).
    result = run_cli(data, "report", "levels", "--json", "--since", "2026-03-04 11:00")
    assert [(r["channel"], r["levels"]["null"]) for r in json.loads(result.stdout)] == [
        ("email", 0),
        ("mastodon", 1),
        ("x", 0),
    ]
    result = run_cli(data, "report", "levels", "--json", "--until", "2026-03-02T10:00:00Z")
    assert json.loads(result.stdout) == []

    text = run_cli(data, "report", "levels")
    assert text.returncode == 0, text.stderr
    lines = text.stdout.splitlines()
    assert lines[0].split() == [
        "channel",
        "messages",
        "0",
        "1",
        "2",
        "3",
        "4",
        "5",
        "6",
        "null",
        "median",
        "p90",
    ]
    assert lines[2].split() == [
        "mastodon",
        "4",
        "0",
        "0",
        "1",
        "2",
        "0",
        "0",
        "0",
        "1",
        "10",
        "min",
        "2",
        "h",
    ]
    assert lines[4].split()[:2] == ["all", "6"]
    assert lines[5] == READINGS["0"]  # two at level 0, two at 3: the lower one reads


def test_report_levels_refuses_what_is_no_date_in_one_line(tmp_path):
    data = tmp_path / "data"
    for args in (
        ("--since", "yesterday"),
        ("--until", "2026-02-30"),
        ("--since", "2026-03-05", "--until", "2026-03-01"),
    ):
        result = run_cli(data, "report", "levels", *args)
        assert result.returncode == 2, (args, result.stderr)
        assert result.stdout == ""
        assert "Traceback" not in result.stderr
        error = result.stderr.strip().splitlines()[-1]
        assert error.startswith("socialinbox report levels: error:")
        assert args[1] in error or "--since must come before --until" in error


def test_the_demo_reports_every_level_as_the_window_shows_it(tmp_path) -> None:
    """``--demo`` on the command line holds what the window's demo holds (its logged
    calls and visits, its team): every level of the scale appears, 4 and 6 included."""
    result = run_cli(tmp_path / "data", "--demo", "report", "levels", "--json")
    assert result.returncode == 0, result.stderr
    totals = {key: 0 for key in (*"0123456", "null")}
    for row in json.loads(result.stdout):
        for key, count in row["levels"].items():
            totals[key] += count
    assert all(totals[key] > 0 for key in "0123456"), totals
    team = run_cli(tmp_path / "data", "--demo", "users", "list")
    assert "Rosa Linden\towner" in team.stdout
