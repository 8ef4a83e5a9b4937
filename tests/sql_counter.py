"""Counting the SQL statements a piece of code issues (for tests of "no query per row")."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import event

from socialinbox.storage.database import Database


@contextmanager
def counted_statements(db: Database, *, ui_thread_only: bool = False) -> Iterator[list[str]]:
    """The statements run on ``db``'s engines (reads and writes) while the block runs, in
    order; with ``ui_thread_only``, only those the main thread ran (the window's own
    reads, not a background task's)."""
    seen: list[str] = []
    main = threading.main_thread()

    def count(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if not ui_thread_only or threading.current_thread() is main:
            seen.append(statement)

    engines = (db.engine, db.write_engine)
    for engine in engines:
        event.listen(engine, "before_cursor_execute", count)
    try:
        yield seen
    finally:
        for engine in engines:
            event.remove(engine, "before_cursor_execute", count)
