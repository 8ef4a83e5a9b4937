"""Issue 11, item 1 in the window: a message whose sender gave an impossible time, and a
database holding an overflowing time written before the fix, are listed and read; the
reading pane says the sender's time was impossible."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import qasync
from PySide6.QtWidgets import QLabel
from sqlalchemy import text
from ui_helpers import fetched, run_until, store

from socialinbox.core import changes
from socialinbox.core.changes import ChangeSet
from socialinbox.core.inbox import InboxFilter
from socialinbox.storage.types import to_micros
from socialinbox.ui.shell.window import MainWindow


def _time_label(window: MainWindow) -> QLabel:
    [label] = [
        w for w in window.inbox.reading_pane.findChildren(QLabel) if w.accessibleName() == "Time"
    ]
    return label


def test_impossible_and_damaged_times_are_listed_and_read(
    window: MainWindow, qloop: qasync.QEventLoop
) -> None:
    context = window.context
    year_one = datetime(1, 1, 1, tzinfo=timezone(timedelta(hours=5)))
    store(context, fetched("odd", "from year one", created_at=year_one))
    store(context, fetched("damaged", "stored before the fix", key="other-guest"))
    with context.db.write() as session:
        session.execute(
            text("UPDATE messages SET created_at = :t WHERE remote_id = 'damaged'"),
            {"t": to_micros(datetime(9999, 12, 31, 23, tzinfo=timezone(-timedelta(hours=5))))},
        )
    ids = {d.remote_id: d.id for d in context.inbox.details(InboxFilter(), 500)}
    window.inbox.apply_changes(ChangeSet.of(changes.MESSAGE, changes.INSERTED, ids.values()))

    def listed() -> set[int]:
        model = window.inbox.model
        return {r.id for r in (model.message_at(i) for i in range(model.rowCount())) if r}

    run_until(qloop, lambda: {ids["odd"], ids["damaged"]} <= listed())
    window.show_message(ids["odd"])
    run_until(qloop, lambda: window.inbox.reading_pane.message_id == ids["odd"])
    assert "0001-01-01T00:00:00+05:00" in _time_label(window).text()
    assert "impossible" in _time_label(window).text()
    window.show_message(ids["damaged"])
    run_until(qloop, lambda: window.inbox.reading_pane.message_id == ids["damaged"])
    assert window.inbox.reading_pane.body_view().text() == "stored before the fix"
