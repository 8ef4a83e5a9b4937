"""Arrivals lists as Excel, LibreOffice and older Windows programs save them: each one
imports the same guests with their names intact; a broken file imports nothing."""

from __future__ import annotations

import random
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from socialinbox.app import AppContext
from socialinbox.core.arrivals import ArrivalsError, ArrivalsImport
from socialinbox.storage.schema import Contact, Stay
from tests.spreadsheet_exports import (
    FIELDS,
    GUESTS,
    excel_csv_utf8,
    excel_unicode_text,
    libreoffice_csv,
    windows_1252_csv,
)

DAY = date(2026, 11, 25)


@pytest.fixture
def importer(context: AppContext) -> ArrivalsImport:
    return ArrivalsImport(context.db, context.clock, context.origin)


def stored_guests(context: AppContext) -> tuple[list[str], list[str]]:
    """Guest names of the stored stays and names of the contacts, sorted."""
    with context.db.read() as session:
        stays = session.execute(select(Stay.guest_name).order_by(Stay.guest_name)).scalars()
        contacts = session.execute(
            select(Contact.display_name).order_by(Contact.display_name)
        ).scalars()
        return list(stays), list(contacts)


def stay_count(context: AppContext) -> int:
    with context.db.read() as session:
        return session.execute(select(func.count(Stay.id))).scalar_one()


@pytest.mark.parametrize(
    ("data", "encoding", "delimiter"),
    [
        pytest.param(excel_unicode_text(DAY), "utf-16", "\t", id="excel-unicode-text"),
        pytest.param(
            excel_csv_utf8(DAY, semicolons=False), "utf-8-sig", ",", id="excel-csv-utf8-en"
        ),
        pytest.param(
            excel_csv_utf8(DAY, semicolons=True), "utf-8-sig", ";", id="excel-csv-utf8-de"
        ),
        pytest.param(libreoffice_csv(DAY), "utf-8", ",", id="libreoffice"),
        pytest.param(windows_1252_csv(DAY), "cp1252", ";", id="windows-1252"),
    ],
)
def test_each_spreadsheet_export_imports_the_days_guests_with_their_names(
    context: AppContext, importer: ArrivalsImport, data: bytes, encoding: str, delimiter: str
) -> None:
    parsed = importer.read(data, DAY)
    assert (parsed.encoding, parsed.delimiter) == (encoding, delimiter)
    # Headers recognised: the first one is the name, not "\ufeffGast" or "ÿþG".
    assert parsed.headers[0] in ("Gast", "Guest Name")
    assert sorted(parsed.mapping.values()) == sorted(FIELDS)
    assert parsed.bad_rows == () and parsed.other_days == 1
    assert [r.line for r in parsed.rows] == [2, 3, 4, 6]  # a note's line break counts
    report = context.writer.call(importer.apply, parsed)
    assert (report.imported, report.new_contacts) == (4, 4)
    assert stored_guests(context) == (sorted(GUESTS), sorted(GUESTS))
    assert (parsed.rows[0].email, parsed.rows[0].room) == ("guest1@example.de", "101")


def test_a_utf16_export_cut_short_imports_nothing_and_says_why(
    context: AppContext, importer: ArrivalsImport
) -> None:
    whole = excel_unicode_text(DAY)
    with pytest.raises(ArrivalsError, match="cut short"):
        importer.read(whole[:-1], DAY)
    without_bom = whole[2:-1]
    with pytest.raises(ArrivalsError, match="cut short"):
        importer.read(without_bom, DAY)
    assert stay_count(context) == 0


@pytest.mark.parametrize(
    ("data", "says"),
    [
        (random.Random(10).randbytes(5000), "does not look like text"),
        (b"PK\x03\x04" + random.Random(11).randbytes(3000), "workbook"),
    ],
    ids=["random-bytes", "xlsx"],
)
def test_a_file_that_is_not_text_imports_nothing_and_says_why(
    context: AppContext, importer: ArrivalsImport, data: bytes, says: str
) -> None:
    with pytest.raises(ArrivalsError, match=says):
        importer.read(data, DAY)
    assert stay_count(context) == 0


def test_utf16_without_bom_is_recognised_by_its_zero_bytes(importer: ArrivalsImport) -> None:
    little_endian = excel_unicode_text(DAY)[2:]
    big_endian = little_endian.decode("utf-16-le").encode("utf-16-be")
    for data, encoding in ((little_endian, "utf-16-le"), (big_endian, "utf-16-be")):
        parsed = importer.read(data, DAY)
        assert parsed.encoding == encoding
        assert [r.name for r in parsed.rows] == list(GUESTS)


def test_a_forced_encoding_that_does_not_fit_asks_for_another(importer: ArrivalsImport) -> None:
    with pytest.raises(ArrivalsError, match="choose another encoding"):
        importer.read(excel_unicode_text(DAY), DAY, encoding="cp1252")
    with pytest.raises(ArrivalsError, match="unknown encoding"):
        importer.read(excel_unicode_text(DAY), DAY, encoding="klingon")


def test_a_remembered_encoding_beats_a_guess_but_not_a_byte_order_mark(
    context: AppContext, importer: ArrivalsImport
) -> None:
    # A DOS program's export: the guess says Windows-1252, the clerk knows better.
    dos = "Gast;Anreise\r\nIngrid Größe;25.11.2026\r\n".encode("cp850")
    assert importer.read(dos, DAY).rows[0].name != "Ingrid Größe"
    parsed = importer.read(dos, DAY, encoding="cp850")
    context.writer.call(importer.apply, parsed)

    later = "Gast;Anreise\r\nJosé Muñoz;25.11.2026\r\n".encode("cp850")
    again = importer.read(later, DAY)
    assert (again.encoding, again.rows[0].name) == ("cp850", "José Muñoz")
    unicode_text = b"\xff\xfe" + "Gast\tAnreise\r\nJosé Muñoz\t25.11.2026\r\n".encode("utf-16-le")
    assert importer.read(unicode_text, DAY).rows[0].name == "José Muñoz"


def test_the_two_sample_files_hold_the_same_guests(importer: ArrivalsImport) -> None:
    docs = Path(__file__).resolve().parents[2] / "docs"
    legacy = importer.read((docs / "sample-arrivals.csv").read_bytes(), DAY)
    unicode_text = importer.read((docs / "sample-arrivals-unicode.txt").read_bytes(), DAY)
    assert (legacy.encoding, unicode_text.encoding) == ("cp1252", "utf-16")
    assert legacy.rows == unicode_text.rows and len(legacy.rows) == 10
    assert "Søren Ågård" in [r.name for r in unicode_text.rows]
    # Its "Res.-Nr." column is the reservation number: each stay is known by it.
    assert legacy.mapping.get("Res.-Nr.") == "reservation"
    assert [r.import_key for r in legacy.rows][:2] == ["res:48213", "res:48214"]


def test_excels_separator_hint_line_names_the_separator(importer: ArrivalsImport) -> None:
    # Commas in every row would fool a guess; the hint line says semicolon.
    data = (
        "sep=;\r\nGast;Anreise;Bemerkung\r\n"
        "Weiß, Jürgen;25.11.2026;DZ, spät\r\n"
        ";25.11.2026;ohne Name, bitte prüfen\r\n"
    ).encode("cp1252")
    parsed = importer.read(data, DAY)
    assert (parsed.delimiter, parsed.headers) == (";", ("Gast", "Anreise", "Bemerkung"))
    assert [(r.line, r.name) for r in parsed.rows] == [(3, "Weiß, Jürgen")]
    assert parsed.bad_rows == ((4, "no name"),)
