"""Arrivals lists as spreadsheets save them, byte for byte.

- Excel "Unicode Text (*.txt)": UTF-16 LE with a BOM, tabs, CRLF line ends.
- Excel "CSV UTF-8": UTF-8 with a BOM, commas (English locales) or semicolons (German,
  French…), CRLF.
- LibreOffice Calc's default CSV: UTF-8 without BOM, commas, LF.
- A legacy Windows export ("CSV (MS-DOS/Windows)"): Windows-1252, semicolons, CRLF.

All of them quote a field only when it holds the separator, a quote or a line break;
a line break inside a cell is a bare LF.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

HEADER_DE = ("Gast", "E-Mail", "Anreise", "Abreise", "Zimmer", "Reservierungsnummer", "Bemerkung")
HEADER_EN = ("Guest Name", "Email", "Arrival", "Departure", "Room", "Booking Ref", "Notes")
# Names a cp1252 file can hold: umlauts, accents, ß.
GUESTS = ("Jürgen Weiß", "Zoë Lefèvre", "Åsa Öberg", "François Côté")
# The fields each header row maps to (the last column is not imported).
FIELDS = ("name", "email", "arrival", "departure", "room", "reservation")


def guest_rows(day: date, date_format: str) -> list[tuple[str, ...]]:
    """The four guests arriving on ``day`` and one the day after, dates as ``date_format``;
    notes with a comma, a semicolon and a line break, as clerks write them."""
    next_day = date.fromordinal(day.toordinal() + 1)
    later = date.fromordinal(day.toordinal() + 3)
    notes = ("2 DZ, eine Person vegan", "spät; ca. 22 Uhr", "Jahrestag\nBlumen?", "")
    rows = [
        (
            name,
            f"guest{n}@example.de",
            day.strftime(date_format),
            later.strftime(date_format),
            str(100 + n),
            f"R-{n}",
            note,
        )
        for n, (name, note) in enumerate(zip(GUESTS, notes, strict=True), start=1)
    ]
    rows.append(
        (
            "Tomorrow Guest",
            "",
            next_day.strftime(date_format),
            later.strftime(date_format),
            "9",
            "R-9",
            "",
        )
    )
    return rows


def _table(header: Sequence[str], rows: Sequence[Sequence[str]], sep: str, newline: str) -> str:
    def cell(value: str) -> str:
        if any(c in value for c in (sep, '"', "\r", "\n")):
            return '"' + value.replace('"', '""') + '"'
        return value

    return "".join(sep.join(cell(v) for v in row) + newline for row in (header, *rows))


def excel_unicode_text(day: date) -> bytes:
    """Excel (German) ▸ Save as ▸ Unicode Text."""
    text = _table(HEADER_DE, guest_rows(day, "%d.%m.%Y"), "\t", "\r\n")
    return b"\xff\xfe" + text.encode("utf-16-le")


def excel_csv_utf8(day: date, *, semicolons: bool) -> bytes:
    """Excel ▸ Save as ▸ CSV UTF-8: English with commas, German with semicolons."""
    if semicolons:
        text = _table(HEADER_DE, guest_rows(day, "%d.%m.%Y"), ";", "\r\n")
    else:
        text = _table(HEADER_EN, guest_rows(day, "%m/%d/%Y"), ",", "\r\n")
    return b"\xef\xbb\xbf" + text.encode("utf-8")


def libreoffice_csv(day: date) -> bytes:
    """LibreOffice Calc ▸ Save as ▸ Text CSV with its defaults."""
    return _table(HEADER_EN, guest_rows(day, "%Y-%m-%d"), ",", "\n").encode("utf-8")


def windows_1252_csv(day: date) -> bytes:
    """An older Windows program's export: Windows-1252 and semicolons."""
    return _table(HEADER_DE, guest_rows(day, "%d.%m.%Y"), ";", "\r\n").encode("cp1252")
