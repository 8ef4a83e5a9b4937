"""``import-arrivals`` as a front-desk clerk runs it: a real process on a real-looking file."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

from socialinbox.paths import DATABASE_FILE
from tests.cli_runner import assert_fails_in_one_line
from tests.cli_runner import run_cli as run
from tests.spreadsheet_exports import GUESTS, excel_unicode_text

ARRIVALS = (
    "Reservierungsnummer;Gast;E-Mail;Telefon;Anreise;Abreise;Zimmer;Hinweis\r\n"
    "LH-5531;Hannah Brookes;Hannah.Brookes@example.co.uk;+44 20 7946 0958;"
    '03.04.2026;06.04.2026;21;"Jahrestag\r\nTorte bestellt"\r\n'
    "LH-5532;Rory McGregor;;;03.04.2026;04.04.2026;8;\r\n"
    "LH-5533;;ohne.name@example.de;;03.04.2026;05.04.2026;9;\r\n"
    "LH-5534;Victor Hale;v.hale@example.com;;02.04.2026;05.04.2026;3;\r\n"
)


def test_import_arrivals_lists_bad_rows_then_imports_once_with_skip_invalid(tmp_path):
    data = tmp_path / "data"
    csv_file = tmp_path / "Anreisen 2026-04-03.csv"
    csv_file.write_bytes(ARRIVALS.encode("cp1252"))
    contact = run(data, "contacts", "--json")
    assert contact.returncode == 0 and json.loads(contact.stdout) == []

    refused = run(data, "import-arrivals", str(csv_file), "--date", "2026-04-03")
    assert refused.returncode == 1
    assert refused.stdout == "line 5: no name\n"  # the quoted line break counts
    assert len(refused.stderr.strip().splitlines()) == 1 and "nothing imported" in refused.stderr
    assert json.loads(run(data, "contacts", "--json").stdout) == []

    done = run(data, "import-arrivals", str(csv_file), "--date", "2026-04-03", "--skip-invalid")
    assert done.returncode == 0, done.stderr
    assert "2 imported" in done.stdout and "2 new guest contacts" in done.stdout
    assert "1 bad rows skipped, 1 rows for other days" in done.stdout
    guests = json.loads(run(data, "contacts", "--json", "--search", "21").stdout)
    assert [g["name"] for g in guests] == ["Hannah Brookes"]
    channels = {(i["channel"], i["handle"]) for i in guests[0]["identities"]}
    assert ("email", "hannah.brookes@example.co.uk") in channels
    assert ("phone", "+442079460958") in channels and ("guest", "LH-5531") in channels

    # A note on her card afterwards: the same file again still changes nothing.
    assert (
        run(data, "notes", "add", str(guests[0]["id"]), "anniversary — cake ordered").returncode
        == 0
    )
    again = run(data, "import-arrivals", str(csv_file), "--date", "2026-04-03", "--skip-invalid")
    assert "0 imported, 0 updated, 2 unchanged" in again.stdout
    assert "0 arrival reminders" in again.stdout
    assert json.loads(run(data, "reminders", "--json").stdout) == []
    # The next day's list brings her back: a returning guest with a note raises a reminder.
    next_stay = tmp_path / "Anreisen 2026-09-12.csv"
    next_stay.write_bytes(
        "Reservierungsnummer;Gast;E-Mail;Anreise;Zimmer\r\n"
        "LH-7710;Hannah Brookes-Lee;HANNAH.BROOKES@example.co.uk;12.09.2026;30\r\n".encode("cp1252")
    )
    back = run(data, "import-arrivals", str(next_stay), "--date", "2026-09-12")
    assert "1 matched to contacts" in back.stdout and "1 arrival reminders" in back.stdout
    [reminder] = json.loads(run(data, "reminders", "--json").stdout)
    assert (reminder["kind"], reminder["contact_id"], reminder["message_id"]) == (
        "arrival",
        guests[0]["id"],
        None,
    )
    assert reminder["notes"] == ["anniversary — cake ordered"] and "room 30" in reminder["reason"]

    usage = run(data, "import-arrivals", str(csv_file), "--map", "Gast")
    assert usage.returncode == 2
    wrong = run(data, "import-arrivals", str(csv_file), "--map", "Gast=guestname")
    assert wrong.returncode == 1 and "unknown field 'guestname'" in wrong.stderr


def test_import_arrivals_reads_excels_unicode_text_unless_told_another_encoding(tmp_path):
    data = tmp_path / "data"
    export = tmp_path / "Anreisen.txt"
    export.write_bytes(excel_unicode_text(date(2026, 11, 25)))

    forced = run(
        data, "import-arrivals", str(export), "--date", "2026-11-25", "--encoding", "cp1252"
    )
    assert forced.returncode == 1 and "choose another encoding" in forced.stderr
    assert json.loads(run(data, "contacts", "--json").stdout) == []

    done = run(data, "import-arrivals", str(export), "--date", "2026-11-25")
    assert done.returncode == 0, done.stderr
    assert "4 imported" in done.stdout and "1 rows for other days" in done.stdout
    assert "(utf-16, '\t', dates %d.%m.%Y)" in done.stdout
    guests = json.loads(run(data, "contacts", "--json").stdout)
    assert sorted(g["name"] for g in guests) == sorted(GUESTS)


def test_two_guests_of_one_name_on_one_day_stay_two_and_a_second_import_is_unchanged(tmp_path):
    data = tmp_path / "data"
    namesakes = tmp_path / "arrivals.csv"
    namesakes.write_text(
        "Name,Arrival,Room\nJohn Smith,2026-04-03,101\nJohn Smith,2026-04-03,202\n"
    )
    first = run(data, "import-arrivals", str(namesakes), "--date", "2026-04-03")
    assert first.returncode == 0, first.stderr
    assert "2 imported, 0 updated, 0 unchanged" in first.stdout
    again = run(data, "import-arrivals", str(namesakes), "--date", "2026-04-03")
    assert "0 imported, 0 updated, 2 unchanged" in again.stdout, again.stdout
    smiths = json.loads(run(data, "contacts", "--json", "--search", "John Smith").stdout)
    assert len(smiths) == 2, smiths
    with sqlite3.connect(data / DATABASE_FILE) as db:
        stays = db.execute("SELECT guest_name, room FROM stays ORDER BY room").fetchall()
    assert stays == [("John Smith", "101"), ("John Smith", "202")]

    # One reservation number on two guests: both lines are reported, neither imported.
    shared = tmp_path / "shared.csv"
    shared.write_text(
        "Reservation,Name,Arrival,Room\n"
        "R-77,Ada Lovelace,2026-04-03,7\n"
        "R-78,Alan Turing,2026-04-03,8\n"
        "R-77,Grace Hopper,2026-04-03,9\n"
    )
    refused = run(data, "import-arrivals", str(shared), "--date", "2026-04-03")
    assert refused.returncode == 1
    assert refused.stdout == (
        "line 2: reservation R-77 is also on line 4 with another guest\n"
        "line 4: reservation R-77 is also on line 2 with another guest\n"
    )
    for _ in range(2):
        skipped = run(
            data, "import-arrivals", str(shared), "--date", "2026-04-03", "--skip-invalid"
        )
        assert skipped.returncode == 0, skipped.stderr
    assert "0 imported, 0 updated, 1 unchanged" in skipped.stdout
    assert "2 bad rows skipped" in skipped.stdout
    names = {c["name"] for c in json.loads(run(data, "contacts", "--json").stdout)}
    assert "Alan Turing" in names and not names & {"Ada Lovelace", "Grace Hopper"}


def test_a_device_a_pipe_a_folder_or_a_huge_file_is_refused_in_one_line(tmp_path):
    data = tmp_path / "data"
    fifo = tmp_path / "arrivals.fifo"
    os.mkfifo(fifo)
    huge = tmp_path / "huge.csv"
    with huge.open("wb") as file:  # sparse: 21 MB that take no disk space
        file.write(b"Name,Arrival\n")
        file.truncate(21 * 2**20)
    for path, says in (
        ("/dev/zero", "/dev/zero is a device, not a file"),
        (str(fifo), "arrivals.fifo is a pipe, not a file"),
        (str(tmp_path), "is a folder, not a file"),
        (str(huge), "huge.csv is larger than 20 MB"),
    ):
        refused = run(data, "import-arrivals", path, "--date", "2026-04-03")
        assert_fails_in_one_line(refused, says)


def test_a_file_name_that_is_not_utf8_is_imported_and_shown_safely(tmp_path):
    data = tmp_path / "data"
    name = os.fsdecode(b"G\xe4ste.csv")  # Latin-1 on a UTF-8 system: valid on Linux
    (tmp_path / name).write_text("Name,Arrival,Room\nJohn Smith,2026-04-03,101\n")
    done = run(data, "import-arrivals", str(tmp_path / name), "--date", "2026-04-03")
    assert done.returncode == 0, done.stderr
    assert "1 imported" in done.stdout
    with sqlite3.connect(data / DATABASE_FILE) as db:
        assert db.execute("SELECT source FROM stays").fetchall() == [("G\ufffdste.csv",)]
    missing = run(data, "import-arrivals", str(tmp_path / os.fsdecode(b"\xff.csv")))
    assert_fails_in_one_line(missing, "cannot read")
    assert "\ufffd.csv" in missing.stderr


# Enough rows that writing them at once holds the lock for longer than the busy
# timeout (10 s) on a small machine (~2 ms a row), few enough to keep the test short.
BIG_IMPORT_ROWS = 5_000


def _name(number: int) -> str:
    """A name of its own for each number, unlike the others from the first letters on."""
    words = (number, number * 2_654_435_761 % 10**8)
    letters = ["".join("abcdefghij"[int(d)] for d in f"{word:08d}"[::-1]) for word in words]
    return " ".join(word.title() for word in letters)


def _write_lock_held(database: Path) -> bool:
    """Whether another process holds the database's write lock right now."""
    probe = sqlite3.connect(database, timeout=0, isolation_level=None)
    try:
        probe.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError:
        return True
    finally:
        probe.close()  # rolls back a lock it took
    return False


def test_a_big_import_lets_a_note_in_between_its_batches(tmp_path):
    data = tmp_path / "data"
    first = tmp_path / "first.csv"
    first.write_text("Name,Arrival,Room\nKemi Adebayo,2026-04-02,9\n")
    assert run(data, "import-arrivals", str(first), "--date", "2026-04-02").returncode == 0
    [kemi] = json.loads(run(data, "contacts", "--json").stdout)
    big = tmp_path / "big.csv"
    big.write_text(
        "Reservation,Name,Email,Arrival,Room\n"
        + "".join(
            f"R{i},{_name(i)},guest{i}@example.com,2026-04-03,{i % 400}\n"
            for i in range(BIG_IMPORT_ROWS)
        )
    )
    command = [sys.executable, "-m", "socialinbox", "--data-dir", str(data), "import-arrivals"]
    importing = subprocess.Popen(
        [*command, str(big), "--date", "2026-04-03"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 60
        while not _write_lock_held(data / DATABASE_FILE):
            assert importing.poll() is None and time.monotonic() < deadline
            time.sleep(0.02)
        note = run(data, "notes", "add", str(kemi["id"]), "late check-in, keep the key")
        still_importing = importing.poll() is None
        out, err = importing.communicate(timeout=120)
    finally:
        importing.kill()
    assert note.returncode == 0, note.stderr
    assert still_importing, "the import ended before the note: make it bigger"
    assert importing.returncode == 0, err
    assert f"{BIG_IMPORT_ROWS} imported" in out
    notes = json.loads(run(data, "notes", "list", str(kemi["id"]), "--json").stdout)
    assert [n["text"] for n in notes] == ["late check-in, keep the key"]


def test_a_database_locked_past_the_busy_timeout_is_one_line(tmp_path):
    data = tmp_path / "data"
    arrivals = tmp_path / "arrivals.csv"
    arrivals.write_text("Name,Arrival,Room\nKemi Adebayo,2026-04-03,9\n")
    assert run(data, "contacts", "--json").returncode == 0  # the database exists
    holder = sqlite3.connect(data / DATABASE_FILE, isolation_level=None)
    try:
        holder.execute("BEGIN IMMEDIATE")
        busy = run(data, "import-arrivals", str(arrivals), "--date", "2026-04-03")
    finally:
        holder.close()
    assert_fails_in_one_line(busy, "is busy: another program kept it locked for over 10 seconds")
    assert json.loads(run(data, "contacts", "--json").stdout) == []


def test_an_import_killed_midway_kept_whole_guests_and_a_rerun_completes_it(tmp_path):
    data = tmp_path / "data"
    rows = 1_500
    big = tmp_path / "big.csv"
    big.write_text(
        "Reservation,Name,Email,Arrival,Room\n"
        + "".join(
            f"R{i},{_name(i)},guest{i}@example.com,2026-04-03,{i % 400}\n" for i in range(rows)
        )
    )
    assert run(data, "contacts", "--json").returncode == 0  # the database exists
    command = [sys.executable, "-m", "socialinbox", "--data-dir", str(data), "import-arrivals"]
    importing = subprocess.Popen([*command, str(big), "--date", "2026-04-03"])
    database = data / DATABASE_FILE
    try:
        deadline = time.monotonic() + 60
        while _count(database, "SELECT count(*) FROM stays") == 0:
            assert importing.poll() is None and time.monotonic() < deadline
            time.sleep(0.02)
    finally:
        importing.kill()  # SIGKILL: no clean-up of any kind
        importing.wait()
    saved = _count(database, "SELECT count(*) FROM stays")
    assert 0 < saved < rows
    # Each saved guest is whole: contact, guest and e-mail identities, stay.
    assert _count(database, "SELECT count(*) FROM contacts") == saved
    assert _count(database, "SELECT count(*) FROM identities") == 2 * saved
    rerun = run(data, "import-arrivals", str(big), "--date", "2026-04-03")
    assert rerun.returncode == 0, rerun.stderr
    assert f"{rows - saved} imported, 0 updated, {saved} unchanged" in rerun.stdout
    assert _count(database, "SELECT count(*) FROM contacts") == rows


def _count(database: Path, query: str) -> int:
    with sqlite3.connect(database) as db:
        return int(db.execute(query).fetchone()[0])
