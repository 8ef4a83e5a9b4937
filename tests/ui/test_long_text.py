"""Issue #11 item 3: a message (or a name) of any length shows at once.

Before the fix, selecting a 60,000-letter message without a space froze the window
for about 10 s and a 1,000,000-letter one for minutes. Timed tests are flaky on a
shared machine, so the bound is generous (1 s for the selection, the first paint and
every task the selection starts); the honest figures come from
``python -m tests.perf.bench --only longtext``. A watchdog ends the run with a
traceback if a case hangs, instead of letting CI wait for minutes.
"""

from __future__ import annotations

import faulthandler
import time
from collections.abc import Iterator

import pytest
import qasync
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from ui_helpers import fetched, run_until, settle, store

from socialinbox.storage.schema import Message
from socialinbox.ui.common.widgets import FIRST_PAGE, LABEL_LIMIT, LINE_LIMIT, plain_label
from socialinbox.ui.inbox.reading_pane import NAME_LIMIT
from socialinbox.ui.inbox.search import DEBOUNCE_MS
from socialinbox.ui.shell.window import MainWindow

Loop = qasync.QEventLoop

# Selection, first paint and the tasks it starts (the customer card's suggestions).
BOUND_S = 1.0
WATCHDOG_S = 120

LONG_TEXTS = {
    "60,000 letters": ("telegram", "a" * 60_000),
    "1,000,000 letters": ("telegram", "b" * 1_000_000),
    "an e-mail of 200,000 characters": ("email", "c" * 200_000),
    "10,000 stacked combining marks": ("telegram", "e" + "\u0301" * 10_000),
    "right-to-left overrides": ("telegram", ("\u202eabc\u202d" * 15_000)),
    "emoji joined by zero-width joiners": ("telegram", "👨\u200d👩\u200d👧\u200d👦" * 15_000),
}


@pytest.fixture(autouse=True)
def watchdog() -> Iterator[None]:
    faulthandler.dump_traceback_later(WATCHDOG_S, exit=True)
    yield
    faulthandler.cancel_dump_traceback_later()


def add(window: MainWindow, remote_id: str, text: str, channel: str, author: str) -> int:
    key = f"{remote_id}@example.org" if channel == "email" else f"{channel}-{remote_id}"
    window.apply_changes(
        store(window.context, fetched(remote_id, text, channel=channel, author=author, key=key))
    )
    with window.context.db.read() as session:
        return session.execute(
            select(Message.id).where(Message.remote_id == remote_id)
        ).scalar_one()


def show_timed(window: MainWindow, qloop: Loop, message_id: int) -> float:
    """Seconds to select ``message_id``, paint the window and finish what that started."""
    inbox = window.inbox
    run_until(qloop, lambda: inbox.model.index_of(message_id).isValid())
    started = time.perf_counter()
    inbox.show_message(message_id)
    window.repaint()
    settle(window, qloop)
    return time.perf_counter() - started


@pytest.mark.parametrize("case", list(LONG_TEXTS))
def test_a_long_text_without_spaces_shows_at_once(
    window: MainWindow, qloop: Loop, case: str
) -> None:
    channel, text = LONG_TEXTS[case]
    message_id = add(window, "long-1", text, channel, "Long Writer")
    seconds = show_timed(window, qloop, message_id)
    assert seconds < BOUND_S, f"{case}: {seconds:.2f} s"
    body = window.inbox.reading_pane.body_view()
    assert body.isVisible() and body.height() > 0
    assert body.text() == text
    # The beginning is shown, one page of it; the rest a click away.
    assert body.shown_text()[:1_000] == text[:1_000] or case.startswith("10,000 stacked")
    assert body.shown_length() == min(len(text), FIRST_PAGE)
    more = body.more_button()
    assert more.isVisible() == (len(text) > FIRST_PAGE)


def test_the_whole_text_is_reachable_a_page_at_a_time(window: MainWindow, qloop: Loop) -> None:
    text = "".join(f"{i:07d}" for i in range(30_000))  # 210,000 digits, no space
    message_id = add(window, "long-2", text, "email", "Long Writer")
    show_timed(window, qloop, message_id)
    body = window.inbox.reading_pane.body_view()
    more = body.more_button()
    assert more.text() == f"Show more ({len(text) - FIRST_PAGE} more characters)"
    clicks = 0
    while more.isVisible():
        started = time.perf_counter()
        more.click()
        assert time.perf_counter() - started < BOUND_S
        clicks += 1
    assert clicks == 5
    assert body.shown_length() == len(text)
    # Pages are joined by a line break in the view; the text itself is whole.
    assert body.shown_text().replace("\n", "") == text


def test_typing_in_search_while_a_huge_message_is_shown_stays_quick(
    window: MainWindow, qloop: Loop
) -> None:
    message_id = add(window, "long-3", "d" * 1_000_000, "telegram", "Long Writer")
    show_timed(window, qloop, message_id)
    inbox = window.inbox
    started = time.perf_counter()
    inbox.search.setText("cornbread")
    run_until(qloop, lambda: inbox.model.current_filter.search == "cornbread", timeout=5)
    settle(window, qloop)
    assert time.perf_counter() - started < BOUND_S + DEBOUNCE_MS / 1000
    inbox.search.setText("")
    run_until(qloop, lambda: inbox.model.current_filter.search is None, timeout=5)
    assert show_timed(window, qloop, message_id) < BOUND_S


def test_a_name_of_100000_characters_is_cut_before_qt_lays_it_out(
    window: MainWindow, qloop: Loop
) -> None:
    name = "N" * 100_000
    message_id = add(window, "long-4", "Hello", "telegram", name)
    seconds = show_timed(window, qloop, message_id)
    assert seconds < BOUND_S
    started = time.perf_counter()
    window.inbox.list_view.viewport().grab()
    assert time.perf_counter() - started < BOUND_S
    pane = window.inbox.reading_pane
    author = next(
        label for label in pane.findChildren(QLabel) if label.accessibleName() == "Author"
    )
    # Stored as the column holds it (ingest cuts a name at 300 characters on every
    # database), and laid out shorter still.
    assert author.text() == name[:300]
    laid_out = QLabel.text(author)
    assert laid_out.replace("\u200b", "").startswith("N" * 100)
    assert len(laid_out.replace("\u200b", "")) <= NAME_LIMIT + 1
    # The customer card names them too (the contact keeps a shortened name), bounded.
    card_name = window.customer_card.name_label
    run_until(qloop, lambda: card_name.text().startswith("N" * 100))
    assert len(QLabel.text(card_name)) <= LINE_LIMIT + 1


def test_labels_wrap_a_long_word_without_splitting_a_letter_from_its_marks(
    qapp: QApplication,
) -> None:
    word = "e\u0301" * 3_000  # é written as e + combining acute, no space
    label = plain_label(word, wrap=True)
    label.setFixedWidth(300)
    # Broken into lines (a label alone would lay out one endless line), cut and bounded.
    assert label.heightForWidth(300) > 5 * label.fontMetrics().height()
    assert label.text() == word
    laid_out = QLabel.text(label)
    assert laid_out.replace("\u200b", "").removesuffix("…") == word[:LABEL_LIMIT]
    # A break opportunity never comes between a letter and its mark.
    assert "\u200b\u0301" not in laid_out


def test_a_copy_from_a_wrapped_label_holds_the_text_as_written(
    qapp: QApplication, qtbot: QtBot
) -> None:
    url = "https://example.org/" + "x" * 200
    label = plain_label(url, wrap=True, selectable=True)
    qtbot.addWidget(label)
    label.setSelection(0, len(QLabel.text(label)))
    qtbot.keyClick(label, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.clipboard().text() == url
