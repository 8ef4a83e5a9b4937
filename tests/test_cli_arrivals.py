"""``import-arrivals`` as a front-desk clerk runs it: a real process on a real-looking file."""

from __future__ import annotations

import json
from datetime import date

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
