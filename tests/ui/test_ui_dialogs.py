"""Settings dialog, notifier, About."""

from __future__ import annotations

import pytest
import qasync
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QSystemTrayIcon,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import delete
from ui_helpers import run_until

from socialinbox.app import AppContext
from socialinbox.core.business_settings import (
    BUSINESS_HOURS,
    REPLIES_NEED_REVIEW,
    RETURN_QUIET_DAYS,
)
from socialinbox.core.inbox import InboxFilter
from socialinbox.core.notify import Notification, Notifier
from socialinbox.settings import DISPLAY_NAME, THEME, MachineSettings
from socialinbox.storage.schema import Property
from socialinbox.ui.common.icons import app_icon
from socialinbox.ui.settings.settings_dialog import GeneralPage, SettingsDialog
from socialinbox.ui.settings.settings_pages import DesktopPage, RulesPage, SyncPage, TemplatesPage
from socialinbox.ui.shell.notifier import Banner, QtNotifier
from socialinbox.ui.shell.theme import apply_theme
from socialinbox.ui.shell.window import MainWindow
from tests.helpers import batch, message


def test_settings_dialog_stores_name_and_theme(
    window: MainWindow, qapp: QApplication, qloop: qasync.QEventLoop
) -> None:
    window.settings_action.trigger()
    dialog = window.settings_dialog
    assert isinstance(dialog, SettingsDialog)
    pages = dialog.pages()
    assert [p.title() for p in pages] == [
        "General",
        "Desktop",
        "Business rules",
        "Sync",
        "Templates",
        "Apps",
    ]
    general = pages[0]
    assert isinstance(general, GeneralPage)
    general.name.setText("  Elena   Front desk ")
    general.theme.setCurrentIndex(general.theme.findData("dark"))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    settings = window.context.machine_settings
    assert settings.get(DISPLAY_NAME) == "Elena Front desk"
    assert settings.get(THEME) == "dark"
    assert window.context.user == "Elena Front desk"
    run_until(qloop, lambda: qapp.palette().color(QPalette.ColorRole.Window).lightness() < 60)
    # Stored in the per-machine JSON file.
    reread = MachineSettings(settings.path)
    assert reread.get(THEME) == "dark"
    apply_theme(qapp, "system")


def test_business_rules_and_sync_intervals_are_shared_through_the_database(
    window: MainWindow, qloop: qasync.QEventLoop
) -> None:
    window.settings_action.trigger()
    dialog = window.settings_dialog
    assert isinstance(dialog, SettingsDialog)
    desktop, rules, sync, _templates = dialog.pages()[1:5]
    assert isinstance(desktop, DesktopPage) and isinstance(rules, RulesPage)
    assert isinstance(sync, SyncPage)
    # Offscreen there is no tray: the choice is disabled and the page says why.
    assert not desktop.close_to_tray.isEnabled() and "no system tray" in desktop.reason.text()
    rules.quiet_days.setValue(45)
    rules.review.setChecked(True)
    rules.days[5].setChecked(True)  # Saturday
    [(account_id, interval)] = sync.intervals.items()
    interval.setValue(15)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    business = window.context.business
    run_until(qloop, lambda: business.get(RETURN_QUIET_DAYS) == 45)
    run_until(qloop, lambda: window.context.accounts.get(account_id).sync_interval_s == 900)
    assert business.get(REPLIES_NEED_REVIEW) is True
    assert business.get(BUSINESS_HOURS)["days"] == [0, 1, 2, 3, 4, 5]


def test_cancel_stores_nothing(tmp_path: object, qtbot: QtBot) -> None:
    from pathlib import Path

    settings = MachineSettings(Path(str(tmp_path)) / "settings.json")
    page = GeneralPage(settings, "staff")
    dialog = SettingsDialog([page])
    qtbot.addWidget(dialog)
    page.name.setText("Somebody")
    dialog.reject()
    assert settings.get(DISPLAY_NAME) is None
    assert page.name.placeholderText() == "staff"
    assert page.theme.currentData() == "system"


def test_notifier_falls_back_to_a_banner(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: False))
    banner = Banner()
    qtbot.addWidget(banner)
    notifier: Notifier = QtNotifier(banner, app_icon())
    notifier.notify(Notification("Maya Okafor is back", "<b>loves cornbread</b>", "reminder"))
    assert banner.isVisibleTo(banner.parentWidget() or banner)
    assert banner.title.text() == "Maya Okafor is back"
    assert banner.body.text() == "<b>loves cornbread</b>"
    for label in banner.findChildren(QLabel):
        assert label.textFormat() == label.textFormat().PlainText
    clicked: list[Notification] = []
    assert isinstance(notifier, QtNotifier)
    notifier.activated.connect(clicked.append)
    banner.clicked.emit()
    assert clicked and clicked[0].title == "Maya Okafor is back"
    banner.dismiss()
    assert not banner.isVisible()


def test_notifier_uses_the_tray_when_there_is_one(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))
    monkeypatch.setattr(QSystemTrayIcon, "show", lambda self: None)
    monkeypatch.setattr(
        QSystemTrayIcon,
        "showMessage",
        lambda self, title, body, *args: shown.append((title, body)),
    )
    banner = Banner()
    qtbot.addWidget(banner)
    notifier = QtNotifier(banner, app_icon())
    notifier.notify(Notification("A guest is back", "Loves <cornbread>"))
    assert shown == [("A guest is back", "Loves &lt;cornbread&gt;")]
    assert not banner.isVisible()
    assert notifier.tray is not None


def test_about_and_shortcuts_are_plain_text(window: MainWindow) -> None:
    window.about_action.trigger()
    assert window.about_box.textFormat().name == "PlainText"
    assert "Social Inbox" in window.about_box.text()
    window.about_box.close()
    window.shortcuts_action.trigger()
    assert "Ctrl+F" in window.shortcuts_box.informativeText()
    window.shortcuts_box.close()


def test_copy_diagnostics_puts_a_report_without_secrets_on_the_clipboard(
    window: MainWindow, qapp: QApplication
) -> None:
    from socialinbox.logs import REDACTOR

    context = window.context
    account = context.accounts.list_accounts()[0]
    REDACTOR.add_secret("tok-SECRET-123456")
    context.writer.call(
        context.accounts.record_sync,
        account.id,
        ok=False,
        error="401 for https://x.example/api?access_token=tok-SECRET-123456",
        next_sync=None,
    )
    import logging

    logging.getLogger("socialinbox.test").warning("retrying with password=hunter2hunter2")
    window.diagnostics_action.trigger()
    report = qapp.clipboard().text()
    assert report.startswith("Social Inbox ") and str(context.data_dir) in report
    assert f"{account.id} demo error" in report and "Schema: " in report
    assert "tok-SECRET-123456" not in report and "hunter2hunter2" not in report


def test_templates_are_edited_in_settings_and_shared_through_the_database(
    window: MainWindow, qloop: qasync.QEventLoop
) -> None:
    window.settings_action.trigger()
    dialog = window.settings_dialog
    assert isinstance(dialog, SettingsDialog)
    (page,) = [p for p in dialog.pages() if isinstance(p, TemplatesPage)]
    assert isinstance(page, TemplatesPage) and page.names.count() == 2
    page.add()
    page.name.setText("Parking")
    page.name.textEdited.emit("Parking")
    page.text.setPlainText("Hi {first_name}, parking is free for guests.")
    page.names.setCurrentRow(0)
    page.remove()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    templates = window.context.templates
    run_until(
        qloop, lambda: [t.name for t in templates.list_templates()] == ["Welcome back", "Parking"]
    )
    assert templates.list_templates()[-1].text == "Hi {first_name}, parking is free for guests."


def _property_of_new_message(context: AppContext, account_id: int, text: str) -> str | None:
    """The property a message of ``account_id`` stored now comes to."""
    fresh = message(f"new-{text}", context.clock.now(), text=text, author_key=f"{text}@x")
    context.writer.call(context.ingest.store_batch, account_id, batch(fresh))
    [stored] = [d for d in context.inbox.details(InboxFilter(), 500) if d.text == text]
    return stored.property_name


def _sync_page(window: MainWindow) -> tuple[SettingsDialog, SyncPage]:
    window.settings_action.trigger()
    dialog = window.settings_dialog
    assert isinstance(dialog, SettingsDialog)
    [sync] = [p for p in dialog.pages() if isinstance(p, SyncPage)]
    return dialog, sync


def test_an_account_is_given_a_property_in_settings(
    window: MainWindow, qloop: qasync.QEventLoop
) -> None:
    context = window.context
    for name in ("Memphis", "Nashville"):
        context.writer.call(context.properties.add, name)
    dialog, sync = _sync_page(window)
    [(account_id, place)] = sync.places.items()
    name = context.accounts.get(account_id).name
    assert [place.itemText(i) for i in range(place.count())] == ["(none)", "Memphis", "Nashville"]
    assert place.currentText() == "(none)" and place.accessibleName().startswith("Property of ")
    place.setCurrentIndex(place.findText("Nashville"))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Apply).click()
    run_until(qloop, lambda: account_id in context.properties.of_accounts())
    assert context.properties.of_accounts()[account_id].name == "Nashville"
    assert _property_of_new_message(context, account_id, "cornbread") == "Nashville"
    # The accounts under the sidebar say where the account's messages go.
    panel = window.accounts_ui.panel
    run_until(qloop, lambda: panel.row_texts()[0].startswith(f"{name} · at Nashville\n"))
    # "(none)" takes the account out of its property; what came before keeps Nashville.
    place.setCurrentIndex(place.findText("(none)"))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    run_until(qloop, lambda: context.properties.of_accounts() == {})
    assert _property_of_new_message(context, account_id, "biscuits") is None
    run_until(qloop, lambda: panel.row_texts()[0].startswith(f"{name}\n"))
    # Opened again, the page shows the account at none.
    dialog, sync = _sync_page(window)
    assert sync.places[account_id].currentText() == "(none)"
    dialog.reject()


def test_a_property_gone_meanwhile_is_refused_in_words(
    window: MainWindow, qloop: qasync.QEventLoop
) -> None:
    context = window.context
    gone = context.writer.call(context.properties.add, "Knoxville").property
    dialog, sync = _sync_page(window)
    [(account_id, place)] = sync.places.items()
    place.setCurrentIndex(place.findText("Knoxville"))
    # Another desk's database loses it before this one applies (properties are never
    # deleted by the app; a restored backup can lack one).
    with context.db.write() as session:
        session.execute(delete(Property).where(Property.id == gone.id))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    run_until(qloop, lambda: "no longer exists" in window.statusBar().currentMessage())
    assert context.properties.of_accounts() == {}
    assert account_id in sync.intervals


def test_a_business_without_properties_sees_no_property_choice(window: MainWindow) -> None:
    dialog, sync = _sync_page(window)
    assert sync.places == {} and sync.findChildren(QComboBox) == []
    dialog.reject()
