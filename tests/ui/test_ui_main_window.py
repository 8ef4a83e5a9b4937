"""The main window on demo data: keyboard, reading pane, actions, search, live changes."""

from __future__ import annotations

import asyncio
import base64
from pathlib import Path

import pytest
import qasync
from PySide6.QtCore import QItemSelectionModel, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QTextEdit
from pytestqt.qtbot import QtBot
from ui_helpers import fetched, run_until, settle, store

from socialinbox.app import AppContext, AppOptions
from socialinbox.channels.demo import load_demo_data
from socialinbox.clock import SystemClock
from socialinbox.core.connector import FetchBatch
from socialinbox.core.inbox import InboxFilter
from socialinbox.core.ingest import Ingest
from socialinbox.core.models import MessageRow
from socialinbox.settings import MAIN_WINDOW
from socialinbox.ui.inbox.reading_pane import ThreadCard
from socialinbox.ui.inbox.search import DEBOUNCE_MS
from socialinbox.ui.shell.sidebar import SidebarEntry
from socialinbox.ui.shell.window import MainWindow

Loop = qasync.QEventLoop


def current(window: MainWindow) -> MessageRow:
    row = window.inbox.current_row()
    assert row is not None
    return row


def row_of(window: MainWindow, message_id: int) -> MessageRow:
    position = window.inbox.model.row_of(message_id)
    assert position is not None
    row = window.inbox.model.message_at(position)
    assert row is not None
    return row


def select_where(window: MainWindow, predicate: object) -> MessageRow:
    model = window.inbox.model
    for i in range(model.rowCount()):
        row = model.message_at(i)
        if row is not None and predicate(row):  # type: ignore[operator]
            window.inbox.list_view.selectionModel().setCurrentIndex(
                model.index(i, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
            return row
    raise AssertionError("no such row")


def test_opens_on_demo_data(window: MainWindow, qloop: Loop) -> None:
    assert window.inbox.model.rowCount() > 50
    assert window.inbox.list_title.text() == "All messages"
    assert window.inbox.list_view.placeholder_text() == ""
    assert window.inbox.reading_pane.message_id is None
    # Counts arrive after the first paint, computed off the UI thread.
    run_until(qloop, lambda: window.last_counts is not None)
    entries = [e.key for e in window.sidebar_model.entries()]
    assert entries[:3] == ["view:all", "view:unread", "view:needs_reply"]
    assert "channel:x" in entries and "channel:email" in entries
    assert "channel:whatsapp" in entries and "channel:wordpress" in entries
    assert "channel:guest" not in entries  # no messages from hotel guests in the demo
    # Every bundled message a customer wrote (the group chat's context is no inbox item).
    wrote = [
        m
        for m in load_demo_data()["messages"]
        if m.get("direction", "in") == "in" and m["kind"] != "context"
    ]
    assert f"{len(wrote)} messages" in window.counts_label.text()
    assert window.inbox.list_subtitle.text() == f"{len(wrote)} messages"
    assert window.statusBar().isVisible()
    assert "Demo" in window.sync_status.label.text()


def test_keyboard_moves_and_opens(window: MainWindow, qtbot: QtBot, qloop: Loop) -> None:
    window.inbox.mark_read_delay_ms = 60_000
    view = window.inbox.list_view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert view.currentIndex().row() == 0
    qtbot.keyClick(view, Qt.Key.Key_J)
    assert view.currentIndex().row() == 1
    qtbot.keyClick(view, Qt.Key.Key_J)
    qtbot.keyClick(view, Qt.Key.Key_K)
    assert view.currentIndex().row() == 1
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert view.currentIndex().row() == 2
    qtbot.keyClick(view, Qt.Key.Key_Up)
    row = current(window)
    assert window.inbox.reading_pane.message_id == row.id
    detail = window.context.inbox.get(row.id)
    assert detail is not None
    assert window.inbox.reading_pane.body_view().text() == detail.text
    assert window.inbox.reading_pane.body_view().shown_text() == detail.text
    window.activateWindow()
    qtbot.keyClick(view, Qt.Key.Key_Return)
    run_until(qloop, window.inbox.reading_pane.hasFocus)
    qtbot.keyClick(window.inbox.reading_pane, Qt.Key.Key_Escape)
    run_until(qloop, view.hasFocus)


def test_selecting_marks_read_after_a_delay(window: MainWindow, qloop: Loop) -> None:
    window.inbox.mark_read_delay_ms = 100
    row = select_where(window, lambda r: not r.read)
    assert not row_of(window, row.id).read
    run_until(qloop, lambda: row_of(window, row.id).read)
    settle(window, qloop)
    assert window.context.inbox.rows([row.id])[row.id].read


def test_u_toggles_read_and_cancels_the_pending_mark(
    window: MainWindow, qtbot: QtBot, qloop: Loop
) -> None:
    window.inbox.mark_read_delay_ms = 300
    row = select_where(window, lambda r: not r.read)
    qtbot.keyClick(window.inbox.list_view, Qt.Key.Key_U)
    settle(window, qloop)
    assert row_of(window, row.id).read
    qtbot.keyClick(window.inbox.list_view, Qt.Key.Key_U)
    settle(window, qloop)
    assert not row_of(window, row.id).read
    # The delayed mark-as-read was cancelled: the message stays unread.
    qloop.run_until_complete(asyncio.sleep(0.5))
    settle(window, qloop)
    assert not row_of(window, row.id).read
    # Ctrl+U (the menu action) does the same.
    window.inbox.read_action.trigger()
    settle(window, qloop)
    assert row_of(window, row.id).read


def test_e_and_d_mark_done(window: MainWindow, qtbot: QtBot, qloop: Loop) -> None:
    window.inbox.mark_read_delay_ms = 60_000
    row = select_where(window, lambda r: not r.done)
    qtbot.keyClick(window.inbox.list_view, Qt.Key.Key_E)
    settle(window, qloop)
    assert row_of(window, row.id).done
    assert window.inbox.done_action.text() == "Mark as Not &Done"
    qtbot.keyClick(window.inbox.list_view, Qt.Key.Key_D)
    settle(window, qloop)
    assert not row_of(window, row.id).done
    assert window.inbox.done_action.shortcut().toString() == "Ctrl+D"
    window.inbox.done_action.trigger()
    settle(window, qloop)
    assert row_of(window, row.id).done


def test_done_in_needs_reply_view_keeps_the_row_until_moving_on(
    window: MainWindow, qtbot: QtBot, qloop: Loop
) -> None:
    window.inbox.mark_read_delay_ms = 60_000
    assert window.sidebar.select_key("view:needs_reply")
    assert window.inbox.model.current_filter.view == "needs_reply"
    count = window.inbox.model.rowCount()
    window.inbox.list_view.setFocus()
    qtbot.keyClick(window.inbox.list_view, Qt.Key.Key_Down)
    first = current(window)
    qtbot.keyClick(window.inbox.list_view, Qt.Key.Key_E)
    settle(window, qloop)
    assert window.inbox.model.rowCount() == count
    assert row_of(window, first.id).done
    qtbot.keyClick(window.inbox.list_view, Qt.Key.Key_J)
    assert window.inbox.model.row_of(first.id) is None
    assert window.inbox.model.rowCount() == count - 1
    assert current(window).id != first.id


def test_single_keys_do_nothing_while_typing_in_search(
    window: MainWindow, qtbot: QtBot, qloop: Loop
) -> None:
    window.inbox.mark_read_delay_ms = 60_000
    row = select_where(window, lambda r: not r.read and not r.done)
    window.inbox.focus_search()
    # "jude" holds j (move), u (read), d and e (done).
    qtbot.keyClicks(window.inbox.search, "jude")
    settle(window, qloop)
    assert window.inbox.search.text() == "jude"
    state = window.context.inbox.rows([row.id])[row.id]
    assert not state.read and not state.done
    run_until(qloop, lambda: window.inbox.model.current_filter.search == "jude")


def test_search_narrows_after_debounce_and_escape_clears(
    window: MainWindow, qtbot: QtBot, qloop: Loop
) -> None:
    everything = window.inbox.model.rowCount()
    window.inbox.focus_search()
    qtbot.keyClicks(window.inbox.search, "cornbread")
    # Nothing happens before the debounce.
    assert window.inbox.model.current_filter.search is None
    run_until(qloop, lambda: window.inbox.model.current_filter.search == "cornbread", timeout=2)
    found = window.inbox.model.rowCount()
    assert 0 < found < everything
    for i in range(found):
        row = window.inbox.model.message_at(i)
        assert row is not None
        detail = window.context.inbox.get(row.id)
        assert detail is not None and "cornbread" in detail.text.lower()
    assert window.inbox.list_view.placeholder_text() == ""
    assert window.inbox.list_title.text() == "Results for “cornbread”"
    run_until(qloop, lambda: window.inbox.list_subtitle.text().endswith("in All messages"))
    assert (
        window.inbox.list_subtitle.text()
        == f"{found} result{'s' if found != 1 else ''} in All messages"
    )
    qtbot.keyClick(window.inbox.search, Qt.Key.Key_Escape)
    assert window.inbox.search.text() == ""
    assert window.inbox.model.current_filter.search is None
    assert window.inbox.model.rowCount() == everything
    assert window.inbox.list_title.text() == "All messages"
    assert DEBOUNCE_MS == 250
    settle(window, qloop)


def test_empty_search_result_shows_a_friendly_placeholder(
    window: MainWindow, qtbot: QtBot, qloop: Loop
) -> None:
    window.inbox.focus_search()
    qtbot.keyClicks(window.inbox.search, "xylophonic")
    run_until(qloop, lambda: window.inbox.model.current_filter.search == "xylophonic")
    assert window.inbox.model.rowCount() == 0
    assert "No messages match “xylophonic”" in window.inbox.list_view.placeholder_text()
    settle(window, qloop)


def test_empty_views_have_placeholders(window: MainWindow, qloop: Loop) -> None:
    ids = [window.inbox.model.message_at(i).id for i in range(window.inbox.model.rowCount())]  # type: ignore[union-attr]
    window.context.writer.call(window.context.actions.set_read, ids, True)
    window.sidebar.select_key("view:unread")
    assert window.inbox.model.rowCount() == 0
    assert "caught up" in window.inbox.list_view.placeholder_text()
    pixmap = window.inbox.list_view.viewport().grab()
    assert not pixmap.isNull()


def test_hostile_text_is_shown_literally(window: MainWindow, qloop: Loop) -> None:
    row = select_where(window, lambda r: r.author == "Rob Kessler")
    body = window.inbox.reading_pane.body_view()
    assert "<script>alert(1)</script>" in body.shown_text()
    assert "<b>bold</b>" in body.shown_text()
    assert window.inbox.reading_pane.message_id == row.id
    # Every label in the pane is plain text, and so is the message's view.
    for child in window.inbox.reading_pane.findChildren(QLabel):
        assert child.textFormat() == Qt.TextFormat.PlainText, child.accessibleName()
    for view in window.inbox.reading_pane.findChildren(QTextEdit):
        assert not view.acceptRichText()
        assert "<b>bold</b>" in view.toPlainText()


def test_very_long_messages_show_a_page_and_the_rest_on_demand(window: MainWindow) -> None:
    from socialinbox.ui.common.widgets import FIRST_PAGE

    huge = "word " * (FIRST_PAGE // 5 + 2_000)
    window.apply_changes(store(window.context, fetched("huge-1", huge)))
    select_where(window, lambda r: r.preview.startswith("word word"))
    body = window.inbox.reading_pane.body_view()
    assert body.shown_text().startswith("word word")
    assert body.shown_length() == FIRST_PAGE
    assert body.more_button().text() == "Show more (10000 more characters)"
    body.more_button().click()
    assert body.shown_length() == len(huge)
    assert body.more_button().isHidden()


def test_thread_shows_the_business_replies_apart(window: MainWindow, qloop: Loop) -> None:

    select_where(window, lambda r: r.author == "Maya Okafor")
    cards = window.inbox.reading_pane.findChildren(ThreadCard)
    assert cards, "the cornbread tweet has a conversation"
    ours = [c for c in cards if c.ours]
    theirs = [c for c in cards if not c.ours]
    assert ours and theirs
    assert ours[0].contentsMargins().left() > theirs[0].contentsMargins().left()
    # The first message of the conversation: the rest came later.
    select_where(window, lambda r: r.preview.startswith("Whoever bakes the cornbread"))

    def headings() -> list[str]:
        return [w.text() for w in window.inbox.reading_pane.findChildren(QLabel) if w.isVisible()]

    run_until(qloop, lambda: "Later replies" in headings())


def test_an_empty_inbox_says_how_to_connect_an_account(
    tmp_path: Path, qapp: QApplication, qloop: Loop
) -> None:
    context = AppContext(AppOptions(data_dir=tmp_path / "empty"))
    window = MainWindow(context, loop=qloop, background_sync=False)
    try:
        window.show()
        run_until(qloop, lambda: window.background_started)
        settle(window, qloop)
        assert window.inbox.model.rowCount() == 0
        assert "No account is connected" in window.inbox.list_view.placeholder_text()
        assert "socialinbox --demo" in window.inbox.list_view.placeholder_text()
        assert "No accounts" in window.sync_status.label.text()
    finally:
        qloop.run_until_complete(window.shutdown())
        window.close()
        window.deleteLater()
        context.close()


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[QUrl]:
    calls: list[QUrl] = []

    def record(url: QUrl) -> bool:
        calls.append(url)
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(record))
    return calls


@pytest.mark.parametrize(
    "url", ["file:///etc/passwd", "javascript:alert(1)", "data:text/html,hi", "ftp://x.example/"]
)
def test_links_that_are_not_web_addresses_are_refused(
    window: MainWindow, qloop: Loop, opened: list[QUrl], url: str
) -> None:
    change = store(window.context, fetched("evil-1", "Click my link", url=url))
    window.apply_changes(change)
    select_where(window, lambda r: r.preview == "Click my link")
    assert window.inbox.open_action.isEnabled()
    window.inbox.open_action.trigger()
    window.inbox.reading_pane._open.click()
    assert opened == []
    assert "Refused" in window.statusBar().currentMessage()


def test_web_links_open_in_the_browser(window: MainWindow, qloop: Loop, opened: list[QUrl]) -> None:
    select_where(window, lambda r: r.author == "Maya Okafor")
    detail = window.inbox.reading_pane.detail
    assert detail is not None and detail.url and detail.url.startswith("https://")
    window.inbox.open_action.trigger()
    assert [u.toString() for u in opened] == [detail.url]


def test_f5_brings_the_second_demo_round_live(window: MainWindow, qloop: Loop) -> None:
    window.inbox.mark_read_delay_ms = 60_000
    selected = select_where(window, lambda r: r.author == "Rob Kessler")
    resets: list[bool] = []
    window.inbox.model.modelAboutToBeReset.connect(lambda: resets.append(True))
    assert window.sync_action.shortcut().toString() == "F5"
    window.sync_action.trigger()
    assert window.sync.running
    assert window.sync_status.progress.isVisibleTo(window.sync_status)
    run_until(qloop, lambda: not window.sync.running, timeout=10)
    settle(window, qloop)
    top = window.inbox.model.message_at(0)
    authors = {window.inbox.model.message_at(i).author for i in range(10)}  # type: ignore[union-attr]
    assert top is not None
    assert "Maya Okafor" in authors  # the cornbread guest writes again
    assert not resets
    assert current(window).id == selected.id
    assert not window.sync_status.progress.isVisibleTo(window.sync_status)
    assert "new" in window.sync_status.label.text()


def test_changes_from_other_processes_arrive_through_the_feed(
    window: MainWindow, qloop: Loop
) -> None:
    context = window.context
    before = window.inbox.model.rowCount()
    # Written by another desk: another process, with its own origin.
    elsewhere = Ingest(context.db, SystemClock(), context.networks, origin="another-desk:4242")
    account_id = context.accounts.list_accounts()[0].id
    elsewhere.store_batch(
        account_id, FetchBatch((fetched("elsewhere-1", "Written by another desk"),), None)
    )
    window.poller.poll()
    assert window.inbox.model.rowCount() == before + 1
    top = window.inbox.model.message_at(0)
    assert top is not None and top.preview == "Written by another desk"
    # Polling again finds nothing new.
    assert not window.poller.poll()
    # This process's own writes were shown when made: the feed skips them.
    store(context, fetched("here-1", "Written here"))
    assert not window.poller.poll()
    settle(window, qloop)


def test_sidebar_entries_filter_the_list(window: MainWindow, qloop: Loop) -> None:
    run_until(qloop, lambda: window.sidebar_model.row_of("channel:email") is not None)
    window.sidebar.select_key("channel:email")
    assert window.inbox.model.current_filter == InboxFilter("all", channel="email")
    assert window.inbox.list_title.text() == "E-mail"
    channels = {
        window.inbox.model.message_at(i).channel for i in range(window.inbox.model.rowCount())
    }  # type: ignore[union-attr]
    assert channels == {"email"}
    actions = [a for a in window.view_group.actions() if a.data() == "channel:email"]
    assert actions and actions[0].isChecked()
    unread_action = next(a for a in window.view_group.actions() if a.data() == "view:unread")
    assert unread_action.shortcut().toString() == "Ctrl+2"
    unread_action.trigger()
    assert window.inbox.model.current_filter.view == "unread"
    entry = window.sidebar.current_entry()
    assert isinstance(entry, SidebarEntry) and entry.key == "view:unread"
    settle(window, qloop)


def test_menus_and_accessibility(window: MainWindow) -> None:
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&File", "&Message", "C&ustomer", "&View", "&Help"]
    assert window.quit_action.shortcut().toString() == "Ctrl+Q"
    assert window.inbox.find_action.shortcut().toString() == "Ctrl+F"
    assert window.inbox.read_action.shortcut().toString() == "Ctrl+U"
    for widget in (
        window.inbox.list_view,
        window.sidebar,
        window.inbox.search,
        window.inbox.reading_pane,
    ):
        assert widget.accessibleName()


def test_ctrl_f_focuses_search(window: MainWindow, qtbot: QtBot, qloop: Loop) -> None:
    window.activateWindow()
    window.inbox.list_view.setFocus()
    window.inbox.find_action.trigger()
    run_until(qloop, window.inbox.search.hasFocus)


def test_geometry_and_splitters_are_remembered(
    window: MainWindow, context: AppContext, qloop: Loop
) -> None:
    window.resize(780, 560)
    window.inbox.splitter.setSizes([340, 360])
    sizes = window.inbox.splitter.sizes()
    size = window.size()
    window.close()
    saved = context.machine_settings.get(MAIN_WINDOW)
    assert set(saved) == {"geometry", "state", "splitter", "inbox_splitter"}
    for value in saved.values():
        base64.b64decode(value, validate=True)
    again = MainWindow(context, loop=qloop, background_sync=False)
    try:
        assert again.size() == size
        again.show()
        run_until(qloop, lambda: again.inbox.splitter.sizes() == sizes)
    finally:
        qloop.run_until_complete(again.shutdown())
        again.close()
        again.deleteLater()


def test_dark_theme_paints_from_the_palette(
    window: MainWindow, qapp: QApplication, qloop: Loop
) -> None:
    from socialinbox.ui.shell.theme import apply_theme

    def base_lightness() -> int:
        return window.inbox.list_view.palette().color(QPalette.ColorRole.Base).lightness()

    apply_theme(qapp, "dark")
    run_until(qloop, lambda: base_lightness() < 60)
    image = window.inbox.list_view.viewport().grab().toImage()
    # The row background (right edge, between texts) is dark, like the palette's base.
    background = image.pixelColor(image.width() - 3, 4)
    assert background.lightness() < 60
    assert qapp.palette().color(QPalette.ColorRole.Base).lightness() < 60
    apply_theme(qapp, "light")
    run_until(qloop, lambda: base_lightness() > 200)
    image = window.inbox.list_view.viewport().grab().toImage()
    assert image.pixelColor(image.width() - 3, 4).lightness() > 200
