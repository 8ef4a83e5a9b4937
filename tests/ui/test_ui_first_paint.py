"""What the window does before its first painted rows: read one page, nothing else.

At a million messages every statement before the first paint delays it; counts,
the reading pane and the customer card come after it (or when the user asks).
"""

from __future__ import annotations

import asyncio
import gc
import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager

import qasync
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import event
from ui_helpers import run_until, settle, shown_window

from socialinbox.app import AppContext
from socialinbox.ui.shell.window import MainWindow


@contextmanager
def statements(context: AppContext) -> Iterator[list[str]]:
    """The SQL statements run on the read engine while the block runs."""
    seen: list[str] = []

    def record(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        seen.append(" ".join(statement.split()))

    event.listen(context.db.engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(context.db.engine, "before_cursor_execute", record)


def test_the_first_rows_are_painted_after_reading_one_page_only(
    context: AppContext, qloop: qasync.QEventLoop
) -> None:
    asyncio.set_event_loop(qloop)
    with statements(context) as seen:
        window = MainWindow(context, loop=qloop, background_sync=False)
        before_paint: list[str] = []
        window.inbox.list_view.rows_painted_first.connect(lambda: before_paint.extend(seen))
        window.show()
        window.activateWindow()
        window.inbox.list_view.setFocus()
        run_until(qloop, lambda: bool(before_paint) and window.background_started)
        settle(window, qloop)
    try:
        selects = [s for s in before_paint if s.startswith("SELECT")]
        # No counting (a scan at a million messages), no message opened in the
        # reading pane, no customer card: one page of list rows, and small lookups.
        assert not [s for s in selects if "count(" in s.lower()]
        message_reads = [s for s in selects if " FROM messages" in s]
        assert len(message_reads) == 1 and "LIMIT" in message_reads[0]
        # (The page's rows name their customers' VIP flag by key: that is no card.)
        assert not [
            s
            for s in selects
            if (" FROM contacts" in s or " FROM notes" in s) and s not in message_reads
        ]
        # The counts still come, after the first paint.
        assert window.last_counts is not None
        assert [s for s in seen if "count(" in s.lower()]
    finally:
        qloop.run_until_complete(window.shutdown())
        window.close()
        window.deleteLater()


def test_once_painted_the_window_gets_python_back_from_busy_threads_within_a_millisecond(
    context: AppContext, qloop: qasync.QEventLoop, qapp: QApplication
) -> None:
    # While a sync stores batches, the writer runs Python on its own thread: each slot
    # Qt runs on the UI thread waits for the GIL for up to the switch interval (5 ms
    # by default), and a full collection holds it for all threads.
    default_interval, default_thresholds = sys.getswitchinterval(), gc.get_threshold()
    sys.setswitchinterval(0.005)
    gc.set_threshold(700, 10, 10)
    try:
        with shown_window(context, qloop, qapp):
            assert sys.getswitchinterval() <= 0.001
            assert gc.get_threshold()[2] >= 100
            # What start-up allocated is out of the collector's full passes.
            assert gc.get_freeze_count() > 0
    finally:
        sys.setswitchinterval(default_interval)
        gc.set_threshold(*default_thresholds)


def test_focusing_the_list_makes_nothing_current_and_opens_nothing(
    window: MainWindow, qtbot: QtBot, qloop: qasync.QEventLoop
) -> None:
    view = window.inbox.list_view
    view.clearFocus()
    view.selectionModel().clearCurrentIndex()
    heard: list[int] = []
    view.selectionModel().currentChanged.connect(
        lambda current, _previous: heard.append(current.row())
    )
    window.activateWindow()
    view.setFocus(Qt.FocusReason.TabFocusReason)
    run_until(qloop, view.hasFocus)
    assert view.currentIndex() == QModelIndex()
    assert heard == []
    assert window.inbox.reading_pane.message_id is None
    # The first Down then makes the first row current (and opens it).
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert view.currentIndex().row() == 0
    assert heard == [0]


def test_the_window_imports_no_dialog_until_one_is_opened() -> None:
    # Importing is most of a start: dialogs (accounts, settings, arrivals, the
    # customer's) are imported when the user opens them, not before the first paint.
    dialogs = _loaded_with_the_window(
        "(m for m in sys.modules if m.startswith('socialinbox.ui')"
        " and ('dialog' in m or m.startswith('socialinbox.ui.settings')))"
    )
    assert dialogs == []


def test_the_window_imports_no_network_keychain_or_lookup_library_before_its_first_paint() -> None:
    # httpx and the sync engine, keyring's backends, phonenumbers, rapidfuzz and the
    # PostgreSQL dialect are a third of a start's imports; the first paint needs none
    # of them (a window on SQLite).
    heavy = _loaded_with_the_window(
        "(m for m in ('httpx', 'keyring', 'phonenumbers', 'rapidfuzz',"
        " 'socialinbox.sync.engine', 'sqlalchemy.dialects.postgresql') if m in sys.modules)"
    )
    assert heavy == []


def _loaded_with_the_window(modules: str) -> list[str]:
    """The names ``modules`` (a generator expression over ``sys.modules``) yields in a
    new interpreter that has imported the window's module, as a start does."""
    probe = f"import sys, socialinbox.ui.main\nprint(' '.join({modules}))"
    out = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        timeout=120,
        check=True,
    )
    return out.stdout.split()
