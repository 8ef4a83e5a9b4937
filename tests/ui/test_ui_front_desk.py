"""Reminders and the front desk in the window: the cornbread story, the Reminders page,
Ctrl+K, the arrivals import dialog and Today's arrivals."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
import qasync
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from ui_helpers import (
    SUGGESTION_KINDS,
    dismiss_suggestions,
    fetched,
    run_until,
    settle,
    shown_window,
)

from socialinbox.app import DEMO_ACCOUNT_NAME, AppContext, AppOptions
from socialinbox.clock import FakeClock
from socialinbox.core.arrivals import arrivals_on
from socialinbox.core.business_settings import PHONE_REGION, PROPERTY_TIMEZONE
from socialinbox.core.connector import FetchBatch
from socialinbox.core.inbox import InboxFilter
from socialinbox.core.ingest import Ingest
from socialinbox.core.notify import Notification
from socialinbox.secrets import SecretStore
from socialinbox.storage.schema import Stay
from socialinbox.ui.front_desk.arrivals_dialog import ArrivalsDialog
from socialinbox.ui.front_desk.pages import ARRIVALS_KEY, REMINDERS_KEY
from socialinbox.ui.shell.sidebar import BADGE_ROLE
from socialinbox.ui.shell.window import MainWindow
from tests.conftest import sync_once
from tests.spreadsheet_exports import GUESTS, HEADER_DE, excel_unicode_text

BERLIN = "Europe/Berlin"
# 09:00 UTC is 10:00 in Berlin: the property's today is 25 November 2026.
START = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
TODAY = date(2026, 11, 25)


@pytest.fixture
def desk(tmp_path: Path, qapp: QApplication, memory_keyring: object) -> Iterator[AppContext]:
    """The demo account connected at START, its first round synced, the property in Berlin."""
    clock = FakeClock(START)
    ctx = AppContext(
        AppOptions(data_dir=tmp_path / "data", user="clerk"),
        clock=clock,
        secrets=SecretStore(memory_keyring),  # type: ignore[arg-type]
    )
    ctx.writer.call(ctx.business.set, PROPERTY_TIMEZONE, BERLIN)
    ctx.writer.call(ctx.accounts.create, "demo", DEMO_ACCOUNT_NAME)
    sync_once(ctx)
    dismiss_suggestions(ctx)
    yield ctx
    ctx.close()


@pytest.fixture
def window(desk: AppContext, qloop: qasync.QEventLoop, qapp: QApplication) -> Iterator[MainWindow]:
    with shown_window(desk, qloop, qapp) as win:
        yield win
        if win.front_desk.dialog is not None:
            win.front_desk.dialog.close()
        win.front_desk.lookup.hide()


def clock_of(context: AppContext) -> FakeClock:
    assert isinstance(context.clock, FakeClock)
    return context.clock


def contact_id(context: AppContext, name: str) -> int:
    [found] = [c for c in context.contacts.list_contacts(search=name) if c.name == name]
    return found.id


def maya_who_loves_cornbread(context: AppContext, email: str | None = None) -> int:
    """Maya Okafor of the demo data with her pinned note "loves cornbread" (and ``email``
    linked to her); her contact id."""
    maya = contact_id(context, "Maya Okafor")
    if email is not None:
        context.writer.call(context.contacts.link, maya, "email", email)
    context.writer.call(context.notes.add, maya, "loves cornbread", pinned=True)
    return maya


def spy_notifications(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> list[Notification]:
    """Every notification the window's notifier is asked to show (it still shows them)."""
    sent: list[Notification] = []
    original = window.notifier.notify

    def notify(notification: Notification) -> None:
        sent.append(notification)
        original(notification)

    monkeypatch.setattr(window.notifier, "notify", notify)
    return sent


def reminders_badge(window: MainWindow) -> int | None:
    row = window.sidebar_model.row_of(REMINDERS_KEY)
    assert row is not None
    return window.sidebar_model.index(row, 0).data(BADGE_ROLE)


def test_the_cornbread_guest_comes_back(
    window: MainWindow,
    desk: AppContext,
    qloop: qasync.QEventLoop,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    maya = contact_id(desk, "Maya Okafor")
    desk.writer.call(desk.notes.add, maya, "loves cornbread — ate three pieces", pinned=True)
    sent = spy_notifications(window, monkeypatch)
    # The demo's second round comes minutes later; her new post was written three minutes
    # before it, so after the account was connected: the return rule's clause (b) holds.
    clock_of(desk).advance(timedelta(minutes=10))
    qloop.run_until_complete(window.sync.run_round())
    settle(window, qloop)

    [reminder] = desk.reminders.shown()
    assert reminder.contact_id == maya and reminder.kind == "return"
    assert [n.contact_id for n in sent] == [maya]
    assert sent[0].title == "Reminder: Maya Okafor"
    assert "loves cornbread" in sent[0].body and "wrote again on X" in sent[0].body
    # Offscreen there is no tray: the notification shows in the window.
    assert window.banner.isVisible()
    assert "loves cornbread" in window.banner.body.text()
    run_until(qloop, lambda: reminders_badge(window) == 1)

    # Nothing is announced twice: not by the change feed, not by another round.
    window.poller.poll()
    qloop.run_until_complete(window.sync.run_round())
    settle(window, qloop)
    assert len(sent) == 1

    # Clicking the notification opens the reminder, with the note and the message.
    qtbot.mouseClick(window.banner.body, Qt.MouseButton.LeftButton)
    page = window.front_desk.reminders_page
    assert window.pages.currentWidget() is page
    assert window.sidebar.current_entry().key == REMINDERS_KEY  # type: ignore[union-attr]
    current = page.current_item()
    assert current is not None and current.id == reminder.id
    assert page.title.text() == "Maya Okafor"
    assert "loves cornbread" in page.notes.text()
    assert "cornbread" in page.message.text() and "coming back" in page.message.text()
    assert page.model.index(0, 1).data() == "Maya Okafor"
    assert "loves cornbread" in page.model.index(0, 4).data()
    # The message that raised it opens in the inbox.
    qtbot.mouseClick(page.show_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.inbox.splitter
    assert window.inbox.reading_pane.message_id == reminder.message_id
    # So does the customer (their latest message, which raised the reminder).
    window.front_desk.show_reminders(reminder.id)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_C)
    assert window.pages.currentWidget() is window.inbox.splitter
    assert window.inbox.reading_pane.message_id == reminder.message_id


def test_a_reminder_raised_by_another_process_is_announced_once(
    window: MainWindow,
    desk: AppContext,
    qloop: qasync.QEventLoop,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    clock = clock_of(desk)
    account_id = desk.accounts.list_accounts()[0].id
    other_desk = Ingest(desk.db, clock, desk.networks, origin="desk-2:4242")
    old = fetched("t-1", "Lovely stay", created_at=START - timedelta(days=90), author="Ines Roth")
    desk.writer.call(other_desk.store_batch, account_id, FetchBatch((old,), cursor=None))
    ines = contact_id(desk, "Ines Roth")
    desk.writer.call(desk.notes.add, ines, "allergic to feathers", pinned=True)
    window.poller.poll()
    sent = spy_notifications(window, monkeypatch)

    clock.advance(timedelta(hours=1))
    new = fetched("t-2", "Back in March?", created_at=clock.now(), author="Ines Roth")
    desk.writer.call(other_desk.store_batch, account_id, FetchBatch((new,), cursor=None))
    window.poller.poll()
    window.poller.poll()
    settle(window, qloop)
    assert [(n.contact_id, n.urgency) for n in sent] == [(ines, "reminder")]
    assert "allergic to feathers" in sent[0].body


def test_snooze_hides_a_reminder_until_the_timer_brings_it_back(
    window: MainWindow,
    desk: AppContext,
    qloop: qasync.QEventLoop,
    qtbot: QtBot,
    qtmodeltester: ModelTester,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    clock = clock_of(desk)
    maya = maya_who_loves_cornbread(desk)
    clock.advance(timedelta(minutes=10))
    qloop.run_until_complete(window.sync.run_round())
    settle(window, qloop)
    window.front_desk.show_reminders()
    page = window.front_desk.reminders_page
    qtmodeltester.check(page.model)
    assert page.model.rowCount() == 1
    sent = spy_notifications(window, monkeypatch)

    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_H)  # Snooze ▸ 1 hour
    settle(window, qloop)
    assert page.model.rowCount() == 0
    assert page.subtitle.text() == "1 snoozed"
    [snoozed] = [r for r in desk.reminders.shown() if r.kind not in SUGGESTION_KINDS]
    assert snoozed.state == "snoozed" and snoozed.due == clock.now() + timedelta(hours=1)
    run_until(qloop, lambda: not reminders_badge(window))

    clock.advance(timedelta(minutes=30))
    window.front_desk.tick()
    settle(window, qloop)
    assert page.model.rowCount() == 0  # not yet

    clock.advance(timedelta(minutes=31))
    window.front_desk.tick()
    settle(window, qloop)
    # The demo's second round brought praise, an hour old now: thank-you suggestions.
    own = [r for r in page.model.items() if r.kind not in SUGGESTION_KINDS]
    assert len(own) == 1 and own[0].state == "open"
    assert [n.contact_id for n in sent] == [maya]  # it comes back with a notification
    suggestions = page.model.rowCount() - len(own)
    run_until(qloop, lambda: reminders_badge(window) == 1 + suggestions)

    # Tomorrow morning: 08:00 at the property (Berlin), whatever the machine's zone.
    page.select_reminder(own[0].id)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_T)
    settle(window, qloop)
    assert desk.reminders.get(own[0].id).due == datetime(2026, 11, 26, 7, 0, tzinfo=UTC)


def test_choose_a_time_snoozes_to_the_property_time(
    window: MainWindow, desk: AppContext, qloop: qasync.QEventLoop
) -> None:
    maya = contact_id(desk, "Maya Okafor")
    desk.writer.call(
        desk.reminders.follow_up, maya, START - timedelta(minutes=5), "Call back about the room"
    )
    window.front_desk.show_reminders()
    page = window.front_desk.reminders_page
    assert page.current_item() is not None
    page.snooze("choose")
    dialog = page.snooze_dialog
    assert dialog.isVisible()
    # Opens at tomorrow 08:00 property time; the clerk picks 15:30 that day.
    assert dialog.edit.dateTime().time().hour() == 8
    time = dialog.edit.dateTime().time()
    dialog.edit.setTime(time.addSecs(7 * 3600 + 30 * 60))
    dialog.accept()
    settle(window, qloop)
    [snoozed] = desk.reminders.shown()
    assert snoozed.state == "snoozed"
    assert snoozed.due == datetime(2026, 11, 26, 14, 30, tzinfo=UTC)  # 15:30 in Berlin


def test_done_and_dismiss_close_reminders(
    window: MainWindow, desk: AppContext, qloop: qasync.QEventLoop, qtbot: QtBot
) -> None:
    maya = contact_id(desk, "Maya Okafor")
    kemi = contact_id(desk, "Kemi Adebayo")
    for who, why in ((maya, "Send the cornbread recipe"), (kemi, "Ask about the chef")):
        desk.writer.call(desk.reminders.follow_up, who, START - timedelta(minutes=1), why)
    window.front_desk.show_reminders()
    page = window.front_desk.reminders_page
    assert page.model.rowCount() == 2
    first = page.current_item()
    assert first is not None
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_D)
    settle(window, qloop)
    assert desk.reminders.get(first.id).state == "done"
    assert page.model.rowCount() == 1
    second = page.current_item()
    assert second is not None and second.id != first.id
    qtbot.mouseClick(page.dismiss_button, Qt.MouseButton.LeftButton)
    settle(window, qloop)
    assert desk.reminders.get(second.id).state == "dismissed"
    assert page.model.rowCount() == 0
    assert "No reminders" in page.title.text()
    assert not page.done_button.isEnabled()


# -- the front desk --------------------------------------------------------------------

GERMAN_HEADER = "Gast;Ankunft;Abreise;Zimmer;E-Mail;Telefon;Res.-Code"


def german_file(tmp_path: Path, *rows: str, name: str = "anreisen.csv") -> Path:
    """A Windows-1252, semicolon-separated export with German headers."""
    path = tmp_path / name
    path.write_bytes("\r\n".join((GERMAN_HEADER, *rows, "")).encode("cp1252"))
    return path


def open_dialog(window: MainWindow, path: Path) -> ArrivalsDialog:
    dialog = window.front_desk.open_import()
    dialog.load_file(path)
    return dialog


def import_now(window: MainWindow, qloop: qasync.QEventLoop, dialog: ArrivalsDialog) -> None:
    assert dialog.import_button.isEnabled()
    dialog.import_button.click()
    run_until(qloop, lambda: not dialog._importing)
    settle(window, qloop)


def test_arrivals_dialog_reads_a_german_windows_1252_file_and_asks_about_dates(
    window: MainWindow, desk: AppContext, qloop: qasync.QEventLoop, tmp_path: Path
) -> None:
    maya = maya_who_loves_cornbread(desk, email="maya.okafor@example.com")
    # 03/12 and 12/03: both readings put someone on 3 December, so the clerk must choose.
    path = german_file(
        tmp_path,
        "Jürgen Müller;03/12/2026;05/12/2026;214;j.mueller@example.de;030 1234567;A-1001",
        "Maya Okafor;03/12/2026;06/12/2026;12;Maya.Okafor@example.com;;A-1002",
        "Zoë Lefèvre;12/03/2026;12/04/2026;7;;;A-1003",
    )
    dialog = open_dialog(window, path)
    dialog.day_edit.setDate(date(2026, 12, 3))
    assert dialog.encoding_combo.currentData() == "cp1252"
    assert dialog.table.horizontalHeaderItem(0).text() == "Gast"
    assert dialog.table.item(1, 0).text() == "Jürgen Müller"
    # The German headers are recognised; "Res.-Code" is not, until the clerk maps it.
    fields = [dialog.table.cellWidget(0, c).currentData() for c in range(7)]
    assert fields == ["name", "arrival", "departure", "room", "email", "phone", ""]
    assert dialog.parsed is None
    assert [dialog.date_format_combo.itemData(i) for i in range(3)] == ["", "%d/%m/%Y", "%m/%d/%Y"]
    assert "can be read two ways" in dialog.problem.text()
    assert not dialog.import_button.isEnabled()

    dialog.set_date_format("%d/%m/%Y")
    dialog.map_column("Res.-Code", "reservation")
    assert dialog.parsed is not None
    assert [r.name for r in dialog.parsed.rows] == ["Jürgen Müller", "Maya Okafor"]
    assert dialog.status.text().startswith("2 guests arrive on Thu, 3 Dec 2026")
    import_now(window, qloop, dialog)
    report = dialog.report
    assert report is not None
    assert (report.imported, report.matched, report.new_contacts, report.reminders) == (2, 1, 1, 1)
    assert "Imported 2 arrivals: 1 matched to customers, 1 new guest contact" in (
        dialog.result_label.text()
    )
    arrival = [r for r in desk.reminders.shown() if r.kind == "arrival"]
    assert [r.contact_id for r in arrival] == [maya]

    # The same file again changes nothing, and says so; mapping and date format are remembered.
    dialog.close()
    again = open_dialog(window, path)
    again.day_edit.setDate(date(2026, 12, 3))
    assert again.parsed is not None and again.parsed.date_format == "%d/%m/%Y"
    assert again.parsed.mapping["Res.-Code"] == "reservation"
    import_now(window, qloop, again)
    assert again.result_label.text().startswith("Nothing changed: these 2 arrivals")
    assert len([r for r in desk.reminders.shown() if r.kind == "arrival"]) == 1


def test_arrivals_dialog_imports_nothing_with_a_bad_row_until_skip_is_ticked(
    window: MainWindow, desk: AppContext, qloop: qasync.QEventLoop, tmp_path: Path
) -> None:
    path = german_file(
        tmp_path,
        "Anna Weber;25.11.2026;27.11.2026;101;anna@example.de;;B-1",
        ";25.11.2026;26.11.2026;102;;;B-2",
        "Tom Ellery;25.11.2026;24.11.2026;103;;;B-3",
        "Lena Vogel;25.11.2026;28.11.2026;104;lena@example;;B-4",
        "Paul Kern;25.11.2026;26.11.2026;105;;;B-5",
    )
    dialog = open_dialog(window, path)
    assert dialog.day() == TODAY  # the property's today
    assert dialog.parsed is not None
    lines = [dialog.bad_rows.item(i).text() for i in range(dialog.bad_rows.count())]
    assert lines == [
        "line 3: no name",
        "line 4: departure before arrival",
        "line 5: not an e-mail address: “lena@example”",
    ]
    assert "Nothing is imported" in dialog.problem.text()
    assert not dialog.import_button.isEnabled()
    dialog.skip_bad.setChecked(True)
    import_now(window, qloop, dialog)
    assert dialog.report is not None and dialog.report.imported == 2
    assert dialog.report.skipped_bad == 3
    assert "3 bad rows skipped" in dialog.result_label.text()


def choose_encoding(dialog: ArrivalsDialog, codec: str) -> None:
    """Pick ``codec`` in the encoding list as a user does (``activated``, not a setter)."""
    index = dialog.encoding_combo.findData(codec)
    assert index >= 0, codec
    dialog.encoding_combo.setCurrentIndex(index)
    dialog.encoding_combo.activated.emit(index)


def shown_headers(dialog: ArrivalsDialog) -> list[str]:
    table = dialog.table
    return [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]


def test_arrivals_dialog_reads_excels_unicode_text_and_rereads_in_the_chosen_encoding(
    window: MainWindow, desk: AppContext, qloop: qasync.QEventLoop, tmp_path: Path
) -> None:
    path = tmp_path / "Anreisen.txt"
    path.write_bytes(excel_unicode_text(TODAY))
    dialog = open_dialog(window, path)
    assert dialog.encoding_combo.currentData() == "utf-16"
    assert dialog.encoding_combo.currentText().startswith("UTF-16")
    assert shown_headers(dialog) == list(HEADER_DE)
    assert dialog.table.item(1, 0).text() == GUESTS[0]
    assert dialog.status.text().startswith("4 guests arrive on Wed, 25 Nov 2026")

    # Read as Windows-1252 the file is no text: the preview empties and says so.
    choose_encoding(dialog, "cp1252")
    assert dialog.encoding_combo.currentData() == "cp1252"
    assert "choose another encoding" in dialog.problem.text()
    assert shown_headers(dialog) == [] and not dialog.import_button.isEnabled()

    choose_encoding(dialog, "utf-16")
    assert shown_headers(dialog) == list(HEADER_DE)
    import_now(window, qloop, dialog)
    assert dialog.report is not None and dialog.report.imported == 4
    assert sorted(a.guest_name for a in arrivals_on(desk.db, TODAY)) == sorted(GUESTS)


def test_arrivals_dialog_says_a_cut_short_file_cannot_be_imported(
    window: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / "Anreisen.txt"
    path.write_bytes(excel_unicode_text(TODAY)[:-1])
    dialog = open_dialog(window, path)
    assert "cut short" in dialog.problem.text() and dialog.problem.isVisibleTo(dialog)
    assert dialog.status.text() == "Nothing to import yet."
    assert not dialog.import_button.isEnabled()


def test_arrivals_dialog_refuses_a_device_a_pipe_and_a_huge_file_in_a_line(
    window: MainWindow, tmp_path: Path
) -> None:
    fifo = tmp_path / "arrivals.fifo"
    os.mkfifo(fifo)
    huge = tmp_path / "huge.csv"
    with huge.open("wb") as file:  # sparse: 21 MB that take no disk space
        file.write(b"Name,Arrival\n")
        file.truncate(21 * 2**20)
    for path, says in (
        (Path("/dev/zero"), "/dev/zero is not a file"),
        (fifo, "arrivals.fifo is not a file"),
        (huge, "huge.csv is larger than 20 MB, more than any arrivals list"),
    ):
        dialog = open_dialog(window, path)
        assert says in dialog.problem.text() and dialog.problem.isVisibleTo(dialog)
        assert "\n" not in dialog.problem.text()
        assert not dialog.import_button.isEnabled()


def test_arrivals_dialog_imports_a_file_whose_name_is_not_utf8(
    window: MainWindow, desk: AppContext, qloop: qasync.QEventLoop, tmp_path: Path
) -> None:
    name = os.fsdecode(b"G\xe4ste.csv")  # Latin-1 on a UTF-8 system: valid on Linux
    path = german_file(tmp_path, "Kemi Adebayo;25.11.2026;27.11.2026;12;;;R-9", name=name)
    dialog = open_dialog(window, path)
    assert dialog.path_field.text().endswith("G\ufffdste.csv")
    import_now(window, qloop, dialog)
    assert dialog.report is not None and dialog.report.imported == 1
    with desk.db.read() as session:
        assert session.execute(select(Stay.source)).scalars().all() == ["G\ufffdste.csv"]


def test_todays_arrivals_put_returning_guests_with_notes_first_and_confirm_name_matches(
    window: MainWindow,
    desk: AppContext,
    qloop: qasync.QEventLoop,
    tmp_path: Path,
    qtmodeltester: ModelTester,
) -> None:
    maya_who_loves_cornbread(desk, email="maya.okafor@example.com")
    kemi = contact_id(desk, "Kemi Adebayo")
    path = german_file(
        tmp_path,
        "Anna Weber;25.11.2026;27.11.2026;101;anna@example.de;;C-1",
        "Kemi Adebayo;25.11.2026;27.11.2026;102;;;C-2",
        "Maya Okafor;25.11.2026;28.11.2026;12;maya.okafor@example.com;;C-3",
    )
    dialog = open_dialog(window, path)
    import_now(window, qloop, dialog)
    # Kemi is on the list only by name: a suggestion, never a match.
    assert [b.accessibleName() for b in dialog.match_list.buttons] == [
        "Link Kemi Adebayo to Kemi Adebayo"
    ]
    dialog.close()
    settle(window, qloop)

    window.sidebar.select_key(ARRIVALS_KEY)
    page = window.front_desk.arrivals_page
    assert window.pages.currentWidget() is page
    qtmodeltester.check(page.model)
    assert page.title.text() == "Today's arrivals"
    rows = [
        (page.model.index(r, 0).data(), page.model.index(r, 1).data())
        for r in range(page.model.rowCount())
    ]
    assert rows == [("12", "Maya Okafor"), ("101", "Anna Weber"), ("102", "Kemi Adebayo")]
    assert page.model.index(0, 2).data() == "loves cornbread"
    assert page.model.index(0, 3).data() == "Returning: Maya Okafor"
    assert page.model.index(2, 3).data() == "New guest"

    [link] = page.match_list.buttons
    link.click()
    run_until(qloop, lambda: not page.match_list.buttons)
    settle(window, qloop)
    assert page.model.index(1, 1).data() == "Kemi Adebayo"  # returning now: she has written
    assert page.model.index(1, 3).data() == "Returning: Kemi Adebayo"
    kemi_stays = desk.contacts.get(kemi).stays
    assert [s.room for s in kemi_stays] == ["102"]


def test_ctrl_k_finds_customers_by_name_phone_and_room(
    window: MainWindow, desk: AppContext, qloop: qasync.QEventLoop, qtbot: QtBot, tmp_path: Path
) -> None:
    maya = maya_who_loves_cornbread(desk)
    desk.writer.call(desk.contacts.link, maya, "phone", "+49 30 901820")
    path = german_file(
        tmp_path, "Maya Okafor;25.11.2026;28.11.2026;314;;+49 30 901820;D-1", name="today.csv"
    )
    dialog = open_dialog(window, path)
    import_now(window, qloop, dialog)
    dialog.close()
    popup = window.front_desk.lookup

    window.activateWindow()
    run_until(qloop, lambda: QApplication.activeWindow() is window)
    window.inbox.list_view.setFocus()
    assert window.front_desk.lookup_action.shortcut().toString() == "Ctrl+K"
    qtbot.keyClick(window.inbox.list_view, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert popup.isVisible()
    run_until(qloop, popup.field.hasFocus)

    def found(text: str) -> list[str]:
        popup.field.setText(text)
        run_until(qloop, lambda: not popup._timer.isActive())
        return [popup.results.item(i).text() for i in range(popup.results.count())]

    by_name = found("ma")
    assert any(t.startswith("Maya Okafor") for t in by_name)
    assert found("m") == []  # one letter is not enough
    [by_phone] = found("4930")
    [by_room] = found("314")
    for text in (by_phone, by_room):
        assert text.startswith("Maya Okafor")
        assert "📌 loves cornbread" in text
        assert "room 314" in text and "@mayaokafor" in text and "+49 30 901820" in text
    assert found("oka") == [by_room]

    qtbot.keyClick(popup.field, Qt.Key.Key_Return)
    assert not popup.isVisible()
    latest = max(
        (m for m in (desk.inbox.get(i) for i in desk.contacts.timeline(maya)) if m and m.inbound),
        key=lambda m: m.created_at,
    )
    assert window.pages.currentWidget() is window.inbox.splitter
    assert window.inbox.reading_pane.message_id == latest.id


def test_the_property_timezone_and_phone_country_are_business_rules(
    window: MainWindow, desk: AppContext, qloop: qasync.QEventLoop
) -> None:
    from socialinbox.ui.settings.settings_dialog import SettingsDialog
    from socialinbox.ui.settings.settings_pages import RulesPage

    assert window.front_desk.today() == TODAY
    window.settings_action.trigger()
    dialog = window.settings_dialog
    assert isinstance(dialog, SettingsDialog)
    [rules] = [p for p in dialog.pages() if isinstance(p, RulesPage)]
    assert rules.timezone.currentData() == BERLIN
    # 09:00 UTC is still the evening before in Pago Pago: "today" follows the property.
    rules.timezone.setCurrentIndex(rules.timezone.findData("Pacific/Pago_Pago"))
    rules.phone_region.setCurrentIndex(rules.phone_region.findData("DE"))
    dialog.accept()
    run_until(qloop, lambda: desk.business.get(PROPERTY_TIMEZONE) == "Pacific/Pago_Pago")
    assert desk.business.get(PHONE_REGION) == "DE"
    run_until(qloop, lambda: window.front_desk.today() == date(2026, 11, 24))
    # Arrivals lists may now write German numbers without +49.
    import_dialog = window.front_desk.open_import()
    assert import_dialog._region == "DE"


def test_a_follow_up_is_announced_when_its_time_comes(
    window: MainWindow,
    desk: AppContext,
    qloop: qasync.QEventLoop,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    clock = clock_of(desk)
    maya = contact_id(desk, "Maya Okafor")
    sent = spy_notifications(window, monkeypatch)
    desk.writer.call(desk.reminders.follow_up, maya, START + timedelta(minutes=10), "Call back")
    window.front_desk.tick()
    settle(window, qloop)
    assert sent == []  # not due yet
    clock.advance(timedelta(minutes=11))
    window.front_desk.tick()
    window.front_desk.tick()
    settle(window, qloop)
    assert [(n.contact_id, n.body) for n in sent] == [(maya, "Call back")]
    run_until(qloop, lambda: reminders_badge(window) == 1)


def test_the_front_desk_controls_have_names_and_take_focus(
    window: MainWindow, desk: AppContext, tmp_path: Path
) -> None:
    from test_accessibility import _problems

    maya = contact_id(desk, "Maya Okafor")
    desk.writer.call(desk.reminders.follow_up, maya, START, "Call back")
    window.front_desk.show_reminders()
    problems = _problems(window)
    window.sidebar.select_key(ARRIVALS_KEY)
    problems += _problems(window)
    dialog = open_dialog(window, german_file(tmp_path, ";25.11.2026;;1;;;X-1"))
    problems += _problems(dialog)
    window.front_desk.open_lookup()
    window.front_desk.lookup.field.setText("maya")
    window.front_desk.lookup.run_lookup()
    problems += _problems(window.front_desk.lookup)
    assert problems == []


def test_a_desk_at_nashville_imports_for_its_property_and_is_told_where_a_guest_was_noted(
    window: MainWindow,
    desk: AppContext,
    qloop: qasync.QEventLoop,
    tmp_path: Path,
    qtmodeltester: ModelTester,
) -> None:
    from socialinbox.core.notes import Notes
    from socialinbox.core.properties import DeskProperty
    from socialinbox.settings import DESK_PROPERTY
    from socialinbox.ui.settings.settings_dialog import GeneralPage, SettingsDialog

    memphis = desk.writer.call(desk.properties.add, "Memphis").property
    nashville = desk.writer.call(desk.properties.add, "Nashville").property
    # Another desk, at Memphis, noted what Maya loves.
    at_memphis = DeskProperty(lambda: desk.properties, "Memphis", lambda: None)
    memphis_notes = Notes(desk.db, desk.clock, "Anna", desk.origin, place=at_memphis)
    maya = contact_id(desk, "Maya Okafor")
    desk.writer.call(desk.contacts.link, maya, "email", "maya.okafor@example.com")
    desk.writer.call(memphis_notes.add, maya, "loves cornbread")

    # This desk says it is at Nashville (Settings ▸ General), and adds a property there.
    window.settings_action.trigger()
    dialog = window.settings_dialog
    assert isinstance(dialog, SettingsDialog)
    general = dialog.pages()[0]
    assert isinstance(general, GeneralPage) and general.desk_property is not None
    rows = general.desk_property
    assert [rows.choice.itemText(i) for i in range(rows.choice.count())] == [
        "None (every property)",
        "Memphis",
        "Nashville",
    ]
    rows.name_field.setText("knoxville")
    rows.add_button.click()
    run_until(qloop, lambda: rows.names.count() == 3)
    rows.names.setCurrentRow(0)  # knoxville, sorted first
    rows.name_field.setText("Knoxville")
    rows.rename_button.click()
    run_until(qloop, lambda: rows.names.item(0).text() == "Knoxville")
    rows.name_field.setText("MEMPHIS")
    rows.add_button.click()  # no second Memphis
    run_until(qloop, lambda: not rows.name_field.text())
    assert rows.names.count() == 3
    rows.names.setCurrentRow(0)
    rows.name_field.setText("memphis")
    rows.rename_button.click()
    run_until(qloop, lambda: rows.status.isVisible())
    assert rows.status.text() == "There is a property called “Memphis” already"
    rows.choice.setCurrentIndex(rows.choice.findData(nashville.id))
    dialog.accept()
    assert desk.machine_settings.get(DESK_PROPERTY) == nashville.id
    settle(window, qloop)
    assert window.front_desk.desk_place() == nashville

    # The import dialog offers the desk's property first; Memphis's list goes to Memphis.
    path = german_file(
        tmp_path,
        "Anna Weber;25.11.2026;27.11.2026;101;anna@example.de;;C-1",
        "Maya Okafor;25.11.2026;28.11.2026;12;maya.okafor@example.com;;C-3",
    )
    import_dialog = open_dialog(window, path)
    assert import_dialog.property_combo.currentData() == nashville.id
    import_now(window, qloop, import_dialog)
    import_dialog.close()
    settle(window, qloop)
    other = german_file(tmp_path, "Jürgen Müller;25.11.2026;26.11.2026;7;;;M-1", name="memphis.csv")
    memphis_dialog = open_dialog(window, other)
    memphis_dialog.property_combo.setCurrentIndex(
        memphis_dialog.property_combo.findData(memphis.id)
    )
    import_now(window, qloop, memphis_dialog)
    memphis_dialog.close()
    settle(window, qloop)

    # Today's arrivals at Nashville: Nashville's guests only.
    window.sidebar.select_key(ARRIVALS_KEY)
    page = window.front_desk.arrivals_page
    qtmodeltester.check(page.model)
    guests = [page.model.index(r, 1).data() for r in range(page.model.rowCount())]
    assert guests == ["Maya Okafor", "Anna Weber"]
    assert page.subtitle.text().startswith("Nashville · ")
    # The reminder says where she was noted, in the list and the detail.
    window.sidebar.select_key(REMINDERS_KEY)
    reminders = window.front_desk.reminders_page
    [row] = [
        r
        for r in range(reminders.model.rowCount())
        if reminders.model.index(r, 1).data() == "Maya Okafor"
    ]
    assert reminders.model.index(row, 4).data() == "noted at Memphis: loves cornbread"


def test_the_reading_pane_says_which_property_a_message_came_to(
    window: MainWindow, desk: AppContext, qloop: qasync.QEventLoop
) -> None:
    nashville = desk.writer.call(desk.properties.add, "Nashville").property
    [account] = desk.accounts.list_accounts()
    desk.writer.call(desk.properties.place_account, account.id, nashville.id)
    clock_of(desk).advance(timedelta(hours=2))
    sync_once(desk)  # the demo's second round comes to Nashville
    settle(window, qloop)
    placed = [d for d in desk.inbox.details(InboxFilter(), 200) if d.property_name]
    before = [d for d in desk.inbox.details(InboxFilter(), 200) if not d.property_name]
    assert placed and before
    pane = window.inbox.reading_pane
    window.inbox.show_message(placed[0].id)
    assert pane._meta.text().endswith(" · at Nashville")
    window.inbox.show_message(before[0].id)
    assert "Nashville" not in pane._meta.text()


def test_a_desk_placed_on_the_command_line_shows_that_property_greyed(desk: AppContext) -> None:
    from socialinbox.ui.settings.desk_property import DeskPropertyRows

    desk.writer.call(desk.properties.add, "Memphis")
    nashville = desk.writer.call(desk.properties.add, "Nashville").property
    rows = DeskPropertyRows(
        desk.machine_settings,
        desk.properties,
        desk.properties.list_properties(),
        lambda *_args: None,
        fixed="  nashville ",  # as typed after --property
    )
    assert rows.choice.currentText() == "Nashville"
    assert rows.chosen() == nashville.id
    assert not rows.choice.isEnabled()
    assert rows.apply() is False  # the command line's choice is not stored
