"""Issue 16, item 3: the exports read differently now, and print exactly what they printed.

The expected files in ``expected/`` were written by main's code (9302110, before this
change) for the sample database of ``sample.py``; the commands run here as a user runs
them. Only the random remote ids of logged calls and visits differ between two builds.
Since then, fields were only added: each message's ``property`` and every row's
``property_id`` (issue 14, properties), null in this sample.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.cli_runner import run_cli
from tests.exports.sample import build_sample

EXPECTED = Path(__file__).parent / "expected"
_LOGGED_ID = re.compile(r"log-[0-9a-f]{32}")

CASES = {
    "inbox.json": ("inbox", "--json", "--limit", "500"),
    "inbox_search.json": ("inbox", "--json", "--search", "please"),
    "contacts.json": ("contacts", "--json"),
    "contacts.txt": ("contacts",),
    "export_contact_1.json": ("export-contact", "1"),
    "export_contact_4.json": ("export-contact", "4"),
    "export_contact_5.json": ("export-contact", "5"),
}


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data_dir = tmp_path_factory.mktemp("sample") / "data"
    build_sample(data_dir)
    return data_dir


def _comparable(text: str) -> str:
    """The logged conversations' remote ids, random by design, numbered in order."""
    numbers: dict[str, str] = {}
    return _LOGGED_ID.sub(lambda m: numbers.setdefault(m.group(), f"log-{len(numbers)}"), text)


@pytest.mark.parametrize("name", sorted(CASES))
def test_the_output_is_byte_for_byte_what_it_was(sample: Path, name: str) -> None:
    result = run_cli(sample, *CASES[name])
    assert result.returncode == 0, result.stderr
    expected = (EXPECTED / name).read_text(encoding="utf-8")
    assert _comparable(result.stdout) == _comparable(expected)


def test_the_sample_holds_what_the_exports_must_show(sample: Path) -> None:
    """The comparison above is only worth what the sample holds."""
    text = (EXPECTED / "inbox.json").read_text(encoding="utf-8")
    for wanted in (
        '"channel": "bluesky"',
        '"channel": "email"',
        '"channel": "phone"',
        '"rating": 4',
        '"deleted_at": "2026',
        '"edited_at": "2026',
        '"claimed_time": "2999',
        '"logged_by": "tester"',
        '"replied_at": "2026',
        "\\u001b[2J",
        "\\u009b31m",
        "\\u007f",
        "\u202e",
        "\ufffd",
    ):
        assert wanted in text, wanted
    assert '"notes_count": 2' in (EXPECTED / "contacts.json").read_text(encoding="utf-8")


def test_an_unknown_contact_prints_one_line_and_no_json(sample: Path) -> None:
    result = run_cli(sample, "export-contact", "999")
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.strip() == "socialinbox: error: no contact 999"
