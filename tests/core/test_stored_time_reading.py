"""Stored times read back through SQLite's fast path are what the type's rule says: UTC,
aware, clamped to the range the database keeps (never an error for a stored value)."""

from __future__ import annotations

from sqlalchemy import create_engine

from socialinbox.storage.types import _LATEST_MICROS, EARLIEST, LATEST, UTCDateTime, to_micros


def test_the_sqlite_reader_agrees_with_the_rule_for_every_kind_of_stored_value() -> None:
    dialect = create_engine("sqlite://").dialect
    read = UTCDateTime().result_processor(dialect, None)
    assert read is not None
    typed = UTCDateTime()
    for stored in (None, 0, -1, 1_700_000_000_123_456, -(2**63), 2**63 - 1, _LATEST_MICROS):
        assert read(stored) == typed.process_result_value(stored, dialect)
    assert read(-(2**63)) == EARLIEST and read(2**63 - 1) == LATEST
    moment = read(to_micros(EARLIEST) + 1)
    assert moment is not None and moment.utcoffset() is not None
    assert read(None) is None
