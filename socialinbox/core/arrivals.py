"""The front desk's arrivals import: a CSV exported by a property-management system.

Reading (:func:`read_arrivals`) is pure and cheap, so a dialog can preview it;
importing (:meth:`ArrivalsImport.apply`) writes. The rules:

- Encoding: what spreadsheets write, detected by :mod:`socialinbox.core.text_encoding`
  (a BOM, UTF-16 with or without BOM, UTF-8, else a guess among 8-bit encodings).
  The caller may force one; a remembered one wins over a guess, never over a BOM
  or valid UTF-8.
- Dialect: ``csv.Sniffer`` over comma, semicolon and tab, unless a first line
  ``sep=;`` names the separator (Excel's hint); quoted fields may hold line
  breaks. Line numbers are the physical line where a row starts.
- Columns: obvious headers (English, German, French, Spanish, Italian) are
  recognised; the caller maps the rest (``{"Gast-Nr": "reservation"}``). The
  mapping, date format and encoding are remembered per header row.
- Dates: the formats that read every date of the file; when more than one
  does (03/04/2026), the import day decides if only one format puts an arrival
  on it, else :class:`AmbiguousDates` asks the caller to choose.
- Only rows arriving on the import day are imported. Any bad row (no name, a
  date that cannot be read, departure before arrival, a malformed e-mail)
  stops the import unless the caller skips bad rows.
- Matching: e-mail (case-insensitive) or phone (E.164) exactly; a similar name
  is only a suggestion (rapidfuzz), never a match. An unmatched guest becomes
  a guest contact with guest, e-mail and phone identities, so a later message
  links to it. A matched guest with notes (or VIP) raises an arrival reminder.
- The identity of a stay (:attr:`GuestRow.import_key`) is the reservation number
  when the row has one; else the guest's name, arrival date and room, so that two
  guests of one name arriving on one day in different rooms stay two stays. Rows
  of one file with the same identity but different details (a reservation number
  on two guests) are bad rows, each reported by its line; an exact repetition
  is imported once. A stay without reservation number whose guest is alone
  with that name on that day in the file keeps its stay when the room changes.
  A second import of the same file changes nothing.
- Properties (``core.properties``): a list is imported for one property or for none.
  Its stays, its new guest contacts and its arrival reminders belong to that property,
  and its stays' identities are that property's own (:func:`stay_key`: two properties'
  reservation numbers never meet); guests are matched across every property (a chain
  shares its customers). :func:`arrivals_on` lists one property's arrivals, or all.
- Writing is cut into short transactions (:data:`BATCH_SECONDS`), each complete (a
  guest's contact, identities, stay and reminder together) and recording its own
  change set, so that other programs get the database in between. An import cut
  short (:class:`ImportInterrupted`) keeps the batches written; importing the
  file again completes it.
- Files: :func:`read_arrivals_file` reads a regular file of at most
  :data:`MAX_FILE_BYTES`; :func:`file_label` is a file's name as it may be
  shown and stored, whatever bytes the file system gave it.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import re
import stat
import time
import unicodedata
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import and_, or_, select, update
from sqlalchemy.orm import Session

from socialinbox.clock import Clock
from socialinbox.core import changes, lookup
from socialinbox.core.changes import ChangeSet
from socialinbox.core.contacts import new_contact
from socialinbox.core.emails import EMAIL_ADDRESS
from socialinbox.core.errors import UserError
from socialinbox.core.names import EMAIL, GUEST, PHONE
from socialinbox.core.phones import normalise_phone
from socialinbox.core.reminders import ARRIVAL, OPEN, insert_reminders
from socialinbox.core.response_levels import recompute_for_contacts
from socialinbox.core.text_encoding import DecodedText, NotText, decode_text
from socialinbox.storage.database import Database, DatabaseBusy
from socialinbox.storage.dialect import upsert
from socialinbox.storage.schema import Contact, Identity, ImportMapping, Message, Note, Stay

FIELDS = ("name", "email", "phone", "arrival", "departure", "room", "reservation")
DATE_FORMATS = (
    "%Y-%m-%d",
    "%d.%m.%Y",
    "%d.%m.%y",
    "%d/%m/%Y",
    "%m/%d/%Y",
    "%d/%m/%y",
    "%m/%d/%y",
    "%d-%m-%Y",
    "%Y/%m/%d",
)
NAME_SUGGESTION_SCORE = 88
# An arrivals list is a few hundred rows, a few MB at the very most (100,000 rows of a
# big export are ~10 MB); anything larger is the wrong file (or /dev/zero).
MAX_FILE_BYTES = 20 * 1024 * 1024
# An import writes in transactions of at most this long (and this many rows), then
# leaves the database free for a moment: SQLite lets a waiting program in only when it
# looks while the lock is free, and a waiting program looks every 100 ms at the least.
BATCH_SECONDS = 0.5
BATCH_ROWS = 2_000
PAUSE_SECONDS = 0.15

_HEADERS: dict[str, tuple[str, ...]] = {
    "name": (
        "name", "guest", "guest name", "full name", "gast", "gastname", "name des gastes",
        "nom", "nom du client", "client", "voyageur", "huesped", "nombre", "nombre del huesped",
        "cliente", "ospite", "nome", "nominativo", "nome ospite",
    ),
    "email": (
        "email", "e-mail", "mail", "email address", "e-mail-adresse", "courriel",
        "adresse e-mail", "adresse email", "correo", "correo electronico", "email ospite",
        "posta elettronica", "indirizzo email",
    ),
    "phone": (
        "phone", "telephone", "tel", "tel.", "mobile", "phone number", "telefon", "handy",
        "mobil", "telefonnummer", "portable", "numero de telephone", "telefono", "movil",
        "cellulare", "numero di telefono",
    ),
    "arrival": (
        "arrival", "arrival date", "check-in", "checkin", "anreise", "ankunft", "anreisedatum",
        "arrivee", "date d'arrivee", "date arrivee", "llegada", "fecha de llegada", "entrada",
        "arrivo", "data di arrivo", "data arrivo",
    ),
    "departure": (
        "departure", "departure date", "check-out", "checkout", "abreise", "abreisedatum",
        "depart", "date de depart", "salida", "fecha de salida", "partenza", "data di partenza",
        "data partenza",
    ),
    "room": (
        "room", "room number", "room no", "room no.", "zimmer", "zimmernummer", "zi.-nr.",
        "zimmer-nr.", "chambre", "numero de chambre", "no chambre", "habitacion",
        "numero de habitacion", "camera", "stanza", "numero camera",
    ),
    "reservation": (
        "reservation", "reservation number", "reservation no", "res no", "res. no.",
        "booking", "booking number", "booking ref", "confirmation", "confirmation number",
        "reservierung", "reservierungsnummer", "reservierungs-nr.", "res.-nr.", "buchung",
        "buchungsnummer", "buchungs-nr.", "reservation id",
        "numero de reservation", "reserva", "numero de reserva", "localizador",
        "prenotazione", "numero prenotazione", "n. prenotazione",
    ),
}  # fmt: skip


def header_key(header: str) -> str:
    """Headers compare without case, accents, punctuation or spaces: "E-Mail" == "email"."""
    return re.sub(r"[\W_]+", "", lookup.normalise(header))


_KNOWN_HEADERS = {header_key(h): f for f, names in _HEADERS.items() for h in names}
_EMAIL = re.compile(rf"^(?:{EMAIL_ADDRESS.pattern})$")  # the one e-mail rule (core.emails)
# "sep=;" on a line of its own before the header: Excel's hint naming the separator,
# written by exports meant to open in Excel.
_SEPARATOR_HINT = re.compile(r"sep=([,;\t|])\r?\n")
# Between name-and-day and room in a stay's identity; ";" is the next character, so
# that the identities of a name and day are the range [prefix + ":", prefix + ";").
_ROOM_MARK = "|room:"
_AFTER_ROOM_MARK = "|room;"


class ArrivalsError(UserError):
    """A file that cannot be imported as it is; the message says why."""


class AmbiguousDates(ArrivalsError):
    """More than one date format reads every date: the caller must choose one."""

    def __init__(self, formats: Sequence[str], example: str) -> None:
        self.formats = tuple(formats)
        super().__init__(
            f"the dates are ambiguous ({example!r} reads as "
            f"{' or '.join(self.formats)}): choose a date format",
            code="arrivals.ambiguous_dates",
            example=example,
        )


class ImportInterrupted(ArrivalsError):
    """The database stayed busy after some batches were written: those are kept (each
    complete), the rest is not; importing the same file again completes the import."""

    def __init__(self, saved: int, total: int, changes: ChangeSet, busy: str) -> None:
        self.saved = saved
        self.total = total
        self.changes = changes  # what the kept batches changed
        super().__init__(
            f"{busy} — {saved} of {total} arrivals were saved; import the file again to finish",
            code="arrivals.interrupted",
            saved=saved,
            total=total,
        )


def printable_name(name: str | bytes | os.PathLike[str] | os.PathLike[bytes]) -> str:
    """A file name (or path) as it may be shown and stored: a name that is not UTF-8 (a
    Latin-1 ``b"G\\xe4ste.csv"`` on Linux) arrives with lone surrogates that no database or
    terminal takes; those, and control characters, become U+FFFD."""
    text = os.fsdecode(name)
    return "".join("\ufffd" if unicodedata.category(c) in ("Cs", "Cc") else c for c in text)


# What a path names when it is no regular file (os.stat's file types).
_NOT_FILES = (
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISFIFO, "a pipe"),
    (stat.S_ISCHR, "a device"),
    (stat.S_ISBLK, "a device"),
    (stat.S_ISSOCK, "a socket"),
)


def _refuse_unless_file(mode: int, label: str) -> None:
    for test, kind in _NOT_FILES:
        if test(mode):
            raise ArrivalsError(
                f"{label} is {kind}, not a file: choose the exported CSV file",
                code="arrivals.not_a_file",
                file=label,
            )


def _unreadable(label: str, exc: OSError) -> ArrivalsError:
    error = exc.strerror or str(exc)
    return ArrivalsError(
        f"cannot read {label}: {error}", code="arrivals.unreadable", file=label, error=error
    )


def read_arrivals_file(path: Path, limit: int = MAX_FILE_BYTES) -> bytes:
    """The bytes of the arrivals file at ``path``. Raises :class:`ArrivalsError` for a
    path that is no regular file (a folder, a pipe, a device such as /dev/zero), a file
    larger than ``limit`` bytes (at most ``limit`` + 1 bytes are ever read) or one that
    cannot be read."""
    label = printable_name(path)
    try:
        # stat before opening: opening a device or a pipe may block or have effects.
        _refuse_unless_file(os.stat(path).st_mode, label)
        # Non-blocking, in case the path was swapped for a pipe in between (fstat below).
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError as exc:
        raise _unreadable(label, exc) from None
    megabytes = f"{limit / 2**20:g}"
    too_large = ArrivalsError(
        f"{label} is larger than {megabytes} MB, more than any arrivals list: "
        "choose the exported CSV file",
        code="arrivals.too_large",
        file=label,
        megabytes=megabytes,
    )
    try:
        status = os.fstat(fd)
        _refuse_unless_file(status.st_mode, label)
        if status.st_size > limit:
            raise too_large
        chunks: list[bytes] = []
        size = 0
        while size <= limit:
            chunk = os.read(fd, min(1 << 20, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    except OSError as exc:
        raise _unreadable(label, exc) from None
    finally:
        os.close(fd)
    if size > limit:
        raise too_large
    return b"".join(chunks)


@dataclass(frozen=True, slots=True)
class GuestRow:
    line: int
    name: str
    email: str | None
    phone: str | None  # E.164 when it could be read, else as written
    phone_valid: bool
    arrival: date
    departure: date | None
    room: str | None
    reservation: str | None

    @property
    def import_key(self) -> str:
        """The stay's identity: the reservation number, else name, arrival and room."""
        if self.reservation:
            return f"res:{self.reservation}"
        return f"{self.name_day_key}{_ROOM_MARK}{(self.room or '').casefold()}"

    @property
    def name_day_key(self) -> str:
        """The guest's name and arrival date: the identity earlier versions stored for a
        stay without reservation number, and the beginning of its identity now."""
        return f"name:{lookup.normalise(self.name).strip()}|{self.arrival.isoformat()}"

    def same_stay(self, other: GuestRow) -> bool:
        """Whether two rows say the same about a stay (only their lines differ)."""
        return replace(self, line=0) == replace(other, line=0)


@dataclass(frozen=True, slots=True)
class RowProblem:
    """Why one row of an arrivals file cannot be imported, typed so that a window words it
    in its own language; ``english`` is the CLI's (and ``ParsedArrivals.bad_rows``').

    ``kind``: no_name, arrival_unreadable / departure_unreadable (``value``: the cell),
    departure_before_arrival, bad_email (``value``), same_reservation (``value``: the
    reservation, ``lines``, ``other_guest``: another guest's name on those lines),
    same_guest (``value``: the name, ``room``, ``lines``)."""

    kind: str
    value: str = ""
    lines: str = ""
    room: str | None = None
    other_guest: bool = False

    @property
    def english(self) -> str:
        if self.kind == "no_name":
            return "no name"
        if self.kind == "arrival_unreadable":
            return f"arrival date not understood: {self.value!r}"
        if self.kind == "departure_unreadable":
            return f"departure date not understood: {self.value!r}"
        if self.kind == "departure_before_arrival":
            return "departure before arrival"
        if self.kind == "bad_email":
            return f"not an e-mail address: {self.value!r}"
        if self.kind == "same_reservation":
            detail = "another guest" if self.other_guest else "other details"
            return f"reservation {self.value} is also on line {self.lines} with {detail}"
        room = f"room {self.room}" if self.room else "no room"
        return f"{self.value} ({room}) is also on line {self.lines} with other details"


@dataclass(frozen=True, slots=True)
class ParsedArrivals:
    """What a file holds, before anything is written (the dialog's preview)."""

    headers: tuple[str, ...]
    mapping: dict[str, str]  # header -> field
    unmapped: tuple[str, ...]
    encoding: str
    delimiter: str
    date_format: str | None
    day: date
    rows: tuple[GuestRow, ...]  # arriving on ``day``
    other_days: int
    bad_rows: tuple[tuple[int, str], ...]
    signature: str
    preview: tuple[tuple[str, ...], ...] = field(default=())
    # The same bad rows, typed (line, problems), in the same order.
    row_problems: tuple[tuple[int, tuple[RowProblem, ...]], ...] = field(default=())


@dataclass(frozen=True, slots=True)
class NameSuggestion:
    line: int
    guest_name: str
    contact_id: int
    contact_name: str
    score: int


@dataclass(frozen=True, slots=True)
class ImportReport:
    imported: int
    updated: int
    unchanged: int
    matched: int
    new_contacts: int
    reminders: int
    skipped_bad: int
    other_days: int
    suggestions: tuple[NameSuggestion, ...]
    changes: ChangeSet


def decode(data: bytes, encoding: str | None = None) -> DecodedText:
    """The text of ``data`` in ``encoding``, else in the detected encoding; raises
    ArrivalsError for bytes that are no text in it."""
    try:
        return decode_text(data, encoding)
    except NotText as exc:
        raise ArrivalsError(str(exc)) from None


def _with_delimiter(delimiter: str) -> type[csv.Dialect]:
    class Chosen(csv.excel):
        pass

    Chosen.delimiter = delimiter
    return Chosen


def _dialect(text: str) -> type[csv.Dialect] | csv.Dialect:
    hint = _SEPARATOR_HINT.match(text)
    if hint:
        return _with_delimiter(hint.group(1))
    sample = text[:20_000]
    try:
        return csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        first = sample.split("\n", 1)[0]
        return _with_delimiter(max(",;\t", key=first.count))


def _records(text: str) -> list[tuple[int, list[str]]]:
    """(starting line, fields) of every non-empty record."""
    hint = _SEPARATOR_HINT.match(text)
    body = text[hint.end() :] if hint else text
    reader = csv.reader(io.StringIO(body, newline=""), _dialect(text))
    records = []
    skipped = 1 if hint else 0  # the hint's line still counts
    previous_end = skipped
    try:
        for fields in reader:
            start = previous_end + 1
            previous_end = skipped + reader.line_num
            if any(f.strip() for f in fields):
                records.append((start, [f.strip() for f in fields]))
    except csv.Error as exc:
        line = skipped + reader.line_num
        raise ArrivalsError(f"line {line}: {exc}", code="arrivals.not_csv", line=line) from None
    return records


def signature_of(headers: Sequence[str]) -> str:
    return hashlib.sha256("\x1f".join(header_key(h) for h in headers).encode()).hexdigest()[:64]


def _parse_date(value: str, fmt: str) -> date | None:
    try:
        return datetime.strptime(value.strip(), fmt).date()
    except ValueError:
        return None


def _choose_date_format(values: list[str], arrivals: list[str], day: date) -> str | None:
    if not values:
        return None
    fitting = [f for f in DATE_FORMATS if all(_parse_date(v, f) for v in values)]
    if not fitting:
        return None
    # Formats that read every value alike are one choice ("%d.%m.%Y" vs "%d.%m.%y" differ).
    distinct: dict[tuple[date | None, ...], str] = {}
    for f in fitting:
        distinct.setdefault(tuple(_parse_date(v, f) for v in values), f)
    if len(distinct) == 1:
        return fitting[0]
    on_day = [f for f in distinct.values() if any(_parse_date(a, f) == day for a in arrivals)]
    if len(on_day) == 1:
        return on_day[0]
    example = next(v for v in values if len({_parse_date(v, f) for f in distinct.values()}) > 1)
    raise AmbiguousDates(list(distinct.values()), example)


def read_arrivals(
    data: bytes,
    day: date,
    *,
    encoding: str | None = None,
    mapping: Mapping[str, str] | None = None,
    date_format: str | None = None,
    region: str | None = None,
    remembered: Mapping[str, tuple[dict[str, str], str | None, str | None]] | None = None,
) -> ParsedArrivals:
    """Read an arrivals file (see the module's rules). ``mapping`` maps headers to fields
    and wins over recognised and remembered ones; ``remembered`` is keyed by signature."""
    decoded = decode(data, encoding)
    records = _records(decoded.text)
    if not records:
        raise ArrivalsError("the file is empty", code="arrivals.empty")
    _, headers = records[0]
    signature = signature_of(headers)
    stored_map, stored_format, stored_encoding = (remembered or {}).get(signature, ({}, None, None))
    if not decoded.certain and stored_encoding and stored_encoding != decoded.encoding:
        # The user chose this encoding for these columns before; it beats a guess.
        try:
            decoded = decode(data, stored_encoding)
        except ArrivalsError:
            pass
        else:
            records = _records(decoded.text)
            _, headers = records[0]
    by_key = {header_key(h): h for h in headers}
    final: dict[str, str] = {}
    for h in headers:
        if header_key(h) in _KNOWN_HEADERS:
            final[h] = _KNOWN_HEADERS[header_key(h)]
    for source in (stored_map, mapping or {}):
        for column, target in source.items():
            if target not in FIELDS:
                raise ArrivalsError(
                    f"unknown field {target!r}; fields: {', '.join(FIELDS)}",
                    code="arrivals.unknown_field",
                    field=target,
                )
            header = by_key.get(header_key(column))
            if header is None:
                raise ArrivalsError(
                    f"the file has no column {column!r}", code="arrivals.no_column", column=column
                )
            for other in [h for h, f in final.items() if f == target]:
                del final[other]
            final[header] = target
    columns = {f: headers.index(h) for h, f in final.items()}
    for required in ("name", "arrival"):
        if required not in columns:
            raise ArrivalsError(
                f"no column for {required!r}: map one, e.g. --map 'Gast={required}' "
                f"(columns: {', '.join(headers)})",
                code="arrivals.unmapped",
                field=required,
            )

    def cell(fields: list[str], name: str) -> str:
        index = columns.get(name)
        return fields[index] if index is not None and index < len(fields) else ""

    body = records[1:]
    date_values = [v for _, f in body for v in (cell(f, "arrival"), cell(f, "departure")) if v]
    fmt = date_format or stored_format
    if fmt is None:
        fmt = _choose_date_format(
            [v for v in date_values if any(_parse_date(v, f) for f in DATE_FORMATS)],
            [cell(f, "arrival") for _, f in body],
            day,
        )
    rows: list[GuestRow] = []
    bad: list[tuple[int, tuple[RowProblem, ...]]] = []
    other_days = 0
    for line, fields in body:
        name = cell(fields, "name")
        problems: list[RowProblem] = []
        if not name:
            problems.append(RowProblem("no_name"))
        arrival = _parse_date(cell(fields, "arrival"), fmt) if fmt else None
        if arrival is None:
            problems.append(RowProblem("arrival_unreadable", cell(fields, "arrival")))
        raw_departure = cell(fields, "departure")
        departure = _parse_date(raw_departure, fmt) if raw_departure and fmt else None
        if raw_departure and departure is None:
            problems.append(RowProblem("departure_unreadable", raw_departure))
        if arrival and departure and departure < arrival:
            problems.append(RowProblem("departure_before_arrival"))
        email = cell(fields, "email").lower() or None
        if email and not _EMAIL.match(email):
            problems.append(RowProblem("bad_email", email))
        if problems:
            bad.append((line, tuple(problems)))
            continue
        assert arrival is not None
        if arrival != day:
            other_days += 1
            continue
        raw_phone = cell(fields, "phone")
        phone = normalise_phone(raw_phone, region) if raw_phone else None
        rows.append(
            GuestRow(
                line=line,
                name=name,
                email=email,
                phone=phone or (raw_phone or None),
                phone_valid=phone is not None,
                arrival=arrival,
                departure=departure,
                room=cell(fields, "room") or None,
                reservation=cell(fields, "reservation") or None,
            )
        )
    rows, conflicts = _apart(rows)
    typed = sorted(bad + conflicts, key=lambda item: (item[0], _english(item[1])))
    return ParsedArrivals(
        headers=tuple(headers),
        mapping=final,
        unmapped=tuple(h for h in headers if h not in final),
        encoding=decoded.encoding,
        delimiter=_dialect(decoded.text).delimiter,
        date_format=fmt,
        day=day,
        rows=tuple(rows),
        other_days=other_days,
        bad_rows=tuple((line, _english(problems)) for line, problems in typed),
        signature=signature,
        preview=tuple(tuple(f) for _, f in records[:6]),
        row_problems=tuple(typed),
    )


def _english(problems: tuple[RowProblem, ...]) -> str:
    return "; ".join(problem.english for problem in problems)


def _apart(
    rows: list[GuestRow],
) -> tuple[list[GuestRow], list[tuple[int, tuple[RowProblem, ...]]]]:
    """The rows to import, and (line, why) of rows whose identity another row of the file
    has with other details (which of them is right only a person can tell). A row
    repeated exactly is imported once."""
    groups: dict[str, list[GuestRow]] = {}
    for row in rows:
        groups.setdefault(row.import_key, []).append(row)
    kept: list[GuestRow] = []
    conflicts: list[tuple[int, tuple[RowProblem, ...]]] = []
    for row in rows:
        group = groups[row.import_key]
        if all(row.same_stay(other) for other in group):
            if row is group[0]:
                kept.append(row)
            continue
        lines = ", ".join(str(other.line) for other in group if other is not row)
        if row.reservation:
            guests = {lookup.normalise(other.name).strip() for other in group}
            why = RowProblem(
                "same_reservation", row.reservation, lines, other_guest=len(guests) > 1
            )
        else:
            why = RowProblem("same_guest", row.name, lines, room=row.room)
        conflicts.append((row.line, (why,)))
    return kept, conflicts


class ImportRun:
    """One import of a read file, a transaction at a time (see the module's rules).

    Call :meth:`next_batch` on the writer until :attr:`finished`, leaving
    :data:`PAUSE_SECONDS` between calls for other programs; then :meth:`report`.
    Each call writes whole guests and returns (and records) its change set. When the
    database stays busy it raises :class:`~socialinbox.storage.database.DatabaseBusy`
    if nothing was written yet, else :class:`ImportInterrupted`.
    """

    def __init__(
        self,
        importer: ArrivalsImport,
        parsed: ParsedArrivals,
        source: str | None,
        property_id: int | None = None,
    ):
        self._importer = importer
        self._parsed = parsed
        self._source = source
        self._property_id = property_id
        self._counts = {"imported": 0, "updated": 0, "unchanged": 0, "matched": 0, "new": 0}
        self._suggestions: list[NameSuggestion] = []
        # Rows without reservation number per name and day: a guest alone with a name on
        # a day keeps the stay when the room changes (see _earlier_stay).
        self._namesakes = Counter(row.name_day_key for row in parsed.rows if not row.reservation)
        self._changes = changes.EMPTY
        self.done = 0  # rows written
        self.started = False

    @property
    def finished(self) -> bool:
        # One transaction at least: the mapping is remembered even without rows.
        return self.started and self.done >= len(self._parsed.rows)

    def next_batch(self) -> ChangeSet:
        try:
            self.done, change = self._importer._apply_batch(
                self._parsed,
                self.done,
                self._source,
                self._counts,
                self._suggestions,
                self._namesakes,
                self._property_id,
            )
        except DatabaseBusy as busy:
            if self.done == 0:
                raise
            total = len(self._parsed.rows)
            raise ImportInterrupted(self.done, total, self._changes, str(busy)) from busy
        self.started = True
        self._changes |= change
        return change

    def report(self) -> ImportReport:
        counts = self._counts
        return ImportReport(
            imported=counts["imported"],
            updated=counts["updated"],
            unchanged=counts["unchanged"],
            matched=counts["matched"],
            new_contacts=counts["new"],
            reminders=len(self._changes.ids(changes.REMINDER, changes.INSERTED)),
            skipped_bad=len(self._parsed.bad_rows),
            other_days=self._parsed.other_days,
            suggestions=tuple(self._suggestions),
            changes=self._changes,
        )


class ArrivalsImport:
    """Reads and imports arrivals files. :meth:`apply` runs through the Writer."""

    def __init__(self, db: Database, clock: Clock, origin: str = "local") -> None:
        self._db = db
        self._clock = clock
        self._origin = origin

    def remembered(self) -> dict[str, tuple[dict[str, str], str | None, str | None]]:
        with self._db.read() as session:
            return {
                m.signature: (json.loads(m.mapping_json), m.date_format, m.encoding)
                for m in session.execute(select(ImportMapping)).scalars()
            }

    def read(self, data: bytes, day: date, **options: object) -> ParsedArrivals:
        return read_arrivals(data, day, remembered=self.remembered(), **options)  # type: ignore[arg-type]

    def apply(
        self,
        parsed: ParsedArrivals,
        *,
        skip_invalid: bool = False,
        source: str | None = None,
        property_id: int | None = None,
    ) -> ImportReport:
        """Import the rows of ``parsed`` in short transactions with pauses between them
        (see the module's rules), all on the calling thread; :meth:`start` lets a caller
        run each transaction as a writer job of its own. Raises as :meth:`start` and
        :meth:`ImportRun.next_batch` do."""
        run = self.start(parsed, skip_invalid=skip_invalid, source=source, property_id=property_id)
        while not run.finished:
            if run.started:
                time.sleep(PAUSE_SECONDS)  # others' turn (see PAUSE_SECONDS)
            run.next_batch()
        return run.report()

    def start(
        self,
        parsed: ParsedArrivals,
        *,
        skip_invalid: bool = False,
        source: str | None = None,
        property_id: int | None = None,
    ) -> ImportRun:
        """An import of ``parsed`` not begun yet (writes nothing). Refuses bad rows unless
        ``skip_invalid``; ``source`` is the file's name, ``property_id`` the property the
        list is for (None: none)."""
        if parsed.bad_rows and not skip_invalid:
            raise ArrivalsError(
                f"{len(parsed.bad_rows)} bad row(s); nothing imported (skip them to import "
                "the rest): "
                + "; ".join(f"line {line}: {why}" for line, why in parsed.bad_rows[:5]),
                code="arrivals.bad_rows",
                count=len(parsed.bad_rows),
            )
        return ImportRun(
            self, parsed, printable_name(source)[:500] if source else None, property_id
        )

    def _apply_batch(
        self,
        parsed: ParsedArrivals,
        start: int,
        source: str | None,
        counts: dict[str, int],
        suggestions: list[NameSuggestion],
        namesakes: Mapping[str, int],
        property_id: int | None = None,
    ) -> tuple[int, ChangeSet]:
        """One transaction: the rows from ``start`` on, complete (contact, identities,
        stay, reminder), until :data:`BATCH_SECONDS` or :data:`BATCH_ROWS` are used up,
        with their change set recorded in the feed. Returns where the next one starts."""
        now = self._clock.now()
        until = time.monotonic() + BATCH_SECONDS
        touched: set[int] = set()
        reminder_rows: list[dict[str, object]] = []
        rows = parsed.rows[start : start + BATCH_ROWS]
        written = 0
        with self._db.write() as session:
            if start == 0:
                self._remember(session, parsed, now)
            for row in rows:
                alone = namesakes.get(row.name_day_key, 0) <= 1
                contact_id, new_stay = self._store_row(
                    session, row, source, now, counts, suggestions, property_id, alone=alone
                )
                touched.add(contact_id)
                # A stay raises its reminder when it is first imported, never again.
                reminder = (
                    _arrival_reminder(session, contact_id, row, now, property_id)
                    if new_stay
                    else None
                )
                if reminder:
                    reminder_rows.append(reminder)
                written += 1
                if time.monotonic() > until:
                    break
            lookup.reindex_contacts(session, touched)
            change = insert_reminders(session, reminder_rows)
            # A guest's arrival lifts a quick answer to her to level 6 (core.response_levels).
            if touched:
                earliest = min(row.arrival for row in rows[:written])
                since = datetime.combine(earliest, datetime.min.time(), tzinfo=UTC)
                change |= recompute_for_contacts(session, touched, since, now)
            change |= ChangeSet.of(changes.CONTACT, changes.UPDATED, touched)
            changes.record(session, change, now, self._origin)
        return start + written, change

    def _remember(self, session: Session, parsed: ParsedArrivals, now: datetime) -> None:
        upsert(
            session,
            ImportMapping,
            {
                "signature": parsed.signature,
                "mapping_json": json.dumps(parsed.mapping, ensure_ascii=False),
                "date_format": parsed.date_format,
                "encoding": parsed.encoding,
                "updated_at": now,
            },
            key=["signature"],
        )

    def _store_row(
        self,
        session: Session,
        row: GuestRow,
        source: str | None,
        now: datetime,
        counts: dict[str, int],
        suggestions: list[NameSuggestion],
        property_id: int | None,
        *,
        alone: bool,
    ) -> tuple[int, bool]:
        """Store one guest's stay at ``property_id``; returns its contact and whether the
        stay is new. ``alone``: no other row of the file has this guest's name on this day."""
        values = {
            "reservation": row.reservation,
            "guest_name": row.name[:300],
            "email": row.email,
            "phone": row.phone,
            "room": row.room,
            "arrival": row.arrival,
            "departure": row.departure,
        }
        key = stay_key(row.import_key, property_id)
        stay = session.execute(select(Stay).where(Stay.import_key == key)).scalar()
        if stay is None and not row.reservation:
            stay = _earlier_stay(session, row, property_id, alone=alone)
            if stay is not None:
                session.execute(update(Stay).where(Stay.id == stay.id).values(import_key=key))
        if stay is not None:
            if all(getattr(stay, k) == v for k, v in values.items()):
                counts["unchanged"] += 1
            else:
                session.execute(
                    update(Stay).where(Stay.id == stay.id).values(updated_at=now, **values)
                )
                counts["updated"] += 1
            return stay.contact_id, False
        contact_id = _match(session, row)
        if contact_id is None:
            suggestion = _similar_name(session, row)
            if suggestion:
                suggestions.append(suggestion)
            contact_id = new_contact(session, row.name, now, property_id=property_id)
            counts["new"] += 1
        else:
            counts["matched"] += 1
        _add_identities(session, contact_id, row, key, now)
        session.add(
            Stay(
                import_key=key,
                contact_id=contact_id,
                source=source,
                created_at=now,
                updated_at=now,
                property_id=property_id,
                **values,
            )
        )
        session.flush()
        counts["imported"] += 1
        return contact_id, True


def stay_key(key: str, property_id: int | None) -> str:
    """A stay's identity (:attr:`GuestRow.import_key` or its beginning) at a property: as
    it is without one, else prefixed by the property, so that each property's
    reservation numbers and guests are its own."""
    return key if property_id is None else f"@{property_id}/{key}"


def _earlier_stay(
    session: Session, row: GuestRow, property_id: int | None, *, alone: bool
) -> Stay | None:
    """The stored stay of a row without reservation number whose identity changed: the
    stay of the same name and day an earlier version keyed without room, in the same
    room; or, when the guest is ``alone`` with the name on the day in the file and only
    one such stay is stored, that stay (the guest moved rooms). Else None."""
    prefix = stay_key(row.name_day_key, property_id)
    candidates = (
        session.execute(
            select(Stay).where(
                Stay.reservation.is_(None),
                or_(
                    Stay.import_key == prefix,
                    and_(
                        Stay.import_key >= prefix + _ROOM_MARK,
                        Stay.import_key < prefix + _AFTER_ROOM_MARK,
                    ),
                ),
            )
        )
        .scalars()
        .all()
    )
    if alone:
        return candidates[0] if len(candidates) == 1 else None
    room = (row.room or "").casefold()
    for stay in candidates:
        if stay.import_key == prefix and (stay.room or "").casefold() == room:
            return stay
    return None


def _live_contact(session: Session, contact_id: int) -> int:
    """Follow merges to the contact that holds a merged one now."""
    for _ in range(20):
        merged = session.execute(
            select(Contact.merged_into_id).where(Contact.id == contact_id)
        ).scalar()
        if merged is None:
            return contact_id
        contact_id = merged
    return contact_id


def _match(session: Session, row: GuestRow) -> int | None:
    """The contact with this guest's e-mail or phone, exactly; else None."""
    for channel, key in ((EMAIL, row.email), (PHONE, row.phone if row.phone_valid else None)):
        if not key:
            continue
        found = session.execute(
            select(Identity.contact_id).where(Identity.channel == channel, Identity.key == key)
        ).scalar()
        if found is not None:
            return _live_contact(session, found)
        column = Stay.email if channel == EMAIL else Stay.phone
        found = session.execute(select(Stay.contact_id).where(column == key).limit(1)).scalar()
        if found is not None:
            return _live_contact(session, found)
    return None


def _similar_name(session: Session, row: GuestRow) -> NameSuggestion | None:
    """A contact whose name is like the guest's: a suggestion to confirm, never a match."""
    # Candidates share the first letters of a word of the name (an index range each);
    # a typo later in the word still finds them.
    ids: set[int] = set()
    for word in lookup.lookup_words(row.name):
        ids.update(lookup.find_contact_ids(session, word[:4], limit=200))
    if not ids:
        return None
    # Imported here: the window imports this module before its first paint (through
    # core.front_desk) and matches no name then.
    from rapidfuzz import fuzz

    best: NameSuggestion | None = None
    wanted = lookup.normalise(row.name)
    for cid, name in session.execute(
        select(Contact.id, Contact.display_name).where(Contact.id.in_(ids))
    ):
        score = int(fuzz.token_sort_ratio(wanted, lookup.normalise(name)))
        if score >= NAME_SUGGESTION_SCORE and (best is None or score > best.score):
            best = NameSuggestion(row.line, row.name, cid, name, score)
    return best


def _add_identities(
    session: Session, contact_id: int, row: GuestRow, stay: str, now: datetime
) -> None:
    """Guest record (``stay``: the stay's key), e-mail and phone become identities, unless
    someone has them already."""
    wanted = [
        (GUEST, stay, row.reservation or row.name),
        (EMAIL, row.email, row.email),
        (PHONE, row.phone if row.phone_valid else None, row.phone),
    ]
    for channel, key, handle in wanted:
        if not key:
            continue
        taken = session.execute(
            select(Identity.id).where(Identity.channel == channel, Identity.key == key)
        ).scalar()
        if taken is None:
            session.add(
                Identity(
                    channel=channel,
                    key=key,
                    handle=handle,
                    display_name=row.name,
                    contact_id=contact_id,
                    created_at=now,
                )
            )
    session.flush()


def _arrival_reminder(
    session: Session, contact_id: int, row: GuestRow, now: datetime, property_id: int | None
) -> dict[str, object] | None:
    """A returning guest with notes (or a VIP) raises one arrival reminder per stay."""
    contact = session.get(Contact, contact_id)
    assert contact is not None
    has_notes = session.execute(
        select(Note.id).where(Note.contact_id == contact_id, Note.deleted_at.is_(None)).limit(1)
    ).scalar()
    if not has_notes and not contact.vip:
        return None
    room = f", room {row.room}" if row.room else ""
    until = f", until {row.departure:%d %b}" if row.departure else ""
    return {
        "kind": ARRIVAL,
        "contact_id": contact_id,
        "trigger": f"stay:{stay_key(row.import_key, property_id)}",
        "message_id": None,
        "reason": f"{contact.display_name} arrives on {row.arrival:%d %b %Y}{room}{until}",
        "due_at": now,
        "state": OPEN,
        "snoozed_until": None,
        "created_at": now,
        "updated_at": now,
        "property_id": property_id,
    }


@dataclass(frozen=True, slots=True)
class ArrivalInfo:
    """One guest of the "Today's arrivals" view."""

    stay_id: int
    contact_id: int
    contact_name: str
    guest_name: str
    room: str | None
    departure: date | None
    reservation: str | None
    vip: bool
    # Earlier stays, or messages before this stay: the guest has been here or written.
    returning: bool
    notes: tuple[str, ...]  # pinned first; sensitive ones as a placeholder

    def as_json(self) -> dict[str, object]:
        """The public JSON shape of ``arrivals --json``: every field, null when empty."""
        return {
            "stay_id": self.stay_id,
            "contact_id": self.contact_id,
            "contact_name": self.contact_name,
            "guest_name": self.guest_name,
            "room": self.room,
            "departure": self.departure.isoformat() if self.departure else None,
            "reservation": self.reservation,
            "vip": self.vip,
            "returning": self.returning,
            "notes": list(self.notes),
        }


def arrivals_on(db: Database, day: date, property_id: int | None = None) -> list[ArrivalInfo]:
    """The guests arriving on ``day`` (the property's local date) at ``property_id`` (None:
    at every property, and at none): returning guests with notes first, then other
    returning guests, then the rest, each by name. A guest who stayed or wrote at any
    property of the chain is returning."""
    with db.read() as session:
        stmt = (
            select(Stay, Contact.display_name, Contact.vip)
            .join(Contact, Contact.id == Stay.contact_id)
            .where(Stay.arrival == day)
        )
        if property_id is not None:
            stmt = stmt.where(Stay.property_id == property_id)
        rows = session.execute(stmt).all()
        contact_ids = {stay.contact_id for stay, _, _ in rows}
        earlier_stays = set(
            session.execute(
                select(Stay.contact_id).where(Stay.contact_id.in_(contact_ids), Stay.arrival < day)
            ).scalars()
        )
        wrote = set(
            session.execute(
                select(Message.contact_id).where(Message.contact_id.in_(contact_ids)).distinct()
            ).scalars()
        )
        notes: dict[int, list[str]] = {}
        for cid, body, sensitive in session.execute(
            select(Note.contact_id, Note.text, Note.sensitive)
            .where(Note.contact_id.in_(contact_ids), Note.deleted_at.is_(None))
            .order_by(Note.pinned.desc(), Note.created_at, Note.id)
        ):
            notes.setdefault(cid, []).append(lookup.SENSITIVE_PLACEHOLDER if sensitive else body)
    found = [
        ArrivalInfo(
            stay_id=stay.id,
            contact_id=stay.contact_id,
            contact_name=name,
            guest_name=stay.guest_name,
            room=stay.room,
            departure=stay.departure,
            reservation=stay.reservation,
            vip=vip,
            returning=stay.contact_id in earlier_stays or stay.contact_id in wrote,
            notes=tuple(notes.get(stay.contact_id, ())),
        )
        for stay, name, vip in rows
    ]
    return sorted(
        found,
        key=lambda a: (
            not (a.returning and a.notes),
            not a.returning,
            lookup.normalise(a.guest_name),
        ),
    )
