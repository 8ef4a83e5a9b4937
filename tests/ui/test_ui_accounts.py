"""Accounts in the window: connect (verified first), sign in again, remove, and each one's state."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

import pytest
from PySide6.QtWidgets import QLabel, QMessageBox
from shiboken6 import isValid
from ui_helpers import run_until, settle

from socialinbox.app import DEMO_ACCOUNT_NAME
from socialinbox.core import changes
from socialinbox.core.changes import ChangeSet
from socialinbox.sync.connect import factory_text
from socialinbox.ui.accounts.account_form import AccountForm
from socialinbox.ui.shell.window import MainWindow
from tests.helpers import RIGHT, GateFactory


@pytest.fixture
def gate_window(window: MainWindow) -> MainWindow:
    window.context.registry.register(GateFactory())
    return window


def _form(window: MainWindow) -> AccountForm:
    dialog = window.accounts_ui.open()
    form = dialog.add_account()
    form.kind.setCurrentIndex(form.kind.findData("gate"))
    return form


def test_a_wrong_secret_is_told_in_words_and_nothing_is_saved(gate_window, qloop) -> None:
    form = _form(gate_window)
    form.field("name").setText("Front desk")
    form.field("base_url").setText("https://gate.test")
    form.secret.setText("wrong-secret-456")
    form.connect_button.click()
    run_until(qloop, lambda: form.error.isVisible())
    assert "sign-in refused" in form.error.text()
    assert "wrong-secret-456" not in form.error.text()
    assert form.isVisible()
    assert [a.kind for a in gate_window.context.accounts.list_accounts()] == ["demo"]


def test_missing_answers_are_named_before_the_network_is_asked(gate_window, qloop) -> None:
    form = _form(gate_window)
    form.field("name").setText("Front desk")
    form.secret.setText(RIGHT)
    form.connect_button.click()
    run_until(qloop, lambda: form.error.isVisible())
    assert "server address" in form.error.text()


def test_a_connected_account_appears_with_its_state_under_the_sidebar(gate_window, qloop) -> None:
    context = gate_window.context
    form = _form(gate_window)
    # The form asks exactly what the connector's factory says it needs.
    assert set(form._fields) == {"name", "base_url", "setting:region"}
    assert form.field("setting:region").text() == "eu"
    assert form.secret.echoMode() == form.secret.EchoMode.Password
    form.field("name").setText("Front desk")
    form.field("base_url").setText("https://gate.test")
    form.secret.setText(RIGHT)
    published: list[ChangeSet] = []
    gate_window.bridge.changes_arrived.connect(published.append)
    form.connect_button.click()
    run_until(qloop, lambda: len(context.accounts.list_accounts()) == 2)
    run_until(qloop, lambda: not isValid(form) or not form.isVisible())
    added = context.accounts.list_accounts()[1]
    assert added.name == "Front desk" and added.handle == "desk@gate.test"
    assert context.secrets.get(added.uuid) == RIGHT
    settle(gate_window, qloop)
    # The window heard of the new account through its change set, and reloaded nothing else.
    assert any(added.id in c.ids(changes.ACCOUNT, changes.INSERTED) for c in published)
    assert not any(c.reset for c in published)
    run_until(
        qloop, lambda: any("Front desk" in t for t in gate_window.accounts_ui.panel.row_texts())
    )
    dialog = gate_window.accounts_ui.dialog
    assert dialog is not None
    names = [dialog.table.topLevelItem(i).text(0) for i in range(dialog.table.topLevelItemCount())]
    assert names == [DEMO_ACCOUNT_NAME, "Front desk"]


def test_an_account_that_failed_shows_the_error_in_words(gate_window, qloop) -> None:
    context = gate_window.context
    demo = context.accounts.list_accounts()[0]
    context.writer.call(
        context.accounts.record_sync,
        demo.id,
        ok=False,
        error="sign-in refused, re-authenticate the account: token revoked",
        next_sync=datetime(2030, 1, 1, tzinfo=UTC),
    )
    gate_window.refresh_accounts()
    rows = gate_window.accounts_ui.panel.row_texts()
    # Worded by its kind (translatable); the network's own words where details are shown.
    assert rows == [f"{DEMO_ACCOUNT_NAME}\nThe network refused the sign-in: sign in again"]
    assert "token revoked" in gate_window.accounts_ui.panel.list.item(0).toolTip()
    dialog = gate_window.accounts_ui.open(demo.id)
    assert "token revoked" in dialog.detail.text()


def test_a_sync_that_worked_with_a_notice_shows_it_beside_the_times(gate_window, qloop) -> None:
    context = gate_window.context
    demo = context.accounts.list_accounts()[0]
    notice = "older mentions are beyond X's reach"
    context.writer.call(
        context.accounts.record_sync,
        demo.id,
        ok=True,
        error=None,
        next_sync=datetime(2030, 1, 1, tzinfo=UTC),
        notice=notice,
    )
    gate_window.refresh_accounts()
    [row] = gate_window.accounts_ui.panel.row_texts()
    assert row.startswith(f"{DEMO_ACCOUNT_NAME}\nSynced") and row.endswith(notice)


def test_removing_asks_first_and_takes_the_messages(gate_window, qloop) -> None:
    context = gate_window.context
    demo = context.accounts.list_accounts()[0]
    count = context.accounts.message_count(demo.id)
    assert count > 0
    dialog = gate_window.accounts_ui.open(demo.id)

    def click(box: QMessageBox | None, text: str) -> None:
        assert box is not None and box.isVisible()
        next(b for b in box.buttons() if b.text() == text).click()

    box = dialog.remove_account()
    assert box is not None and f"{count} messages" in box.informativeText()
    click(box, "Cancel")
    assert [a.id for a in context.accounts.list_accounts()] == [demo.id]
    click(dialog.remove_account(), "Remove")
    run_until(qloop, lambda: context.accounts.list_accounts() == [])  # removed on the writer
    run_until(qloop, lambda: gate_window.inbox.model.rowCount() == 0)
    # A round that was running when the account went ends; the list then says why it is
    # empty (not a stale "Fetching messages…").
    run_until(qloop, lambda: not gate_window.sync.running)
    assert "No account is connected" in gate_window.inbox.list_view.placeholder_text()


def test_every_account_is_listed_under_the_sidebar_from_the_start(window: MainWindow) -> None:
    rows = window.accounts_ui.panel.row_texts()
    assert len(rows) == 1 and rows[0].startswith(f"{DEMO_ACCOUNT_NAME}\nSynced")
    assert window.accounts_ui.panel.list.isVisibleTo(window)


@pytest.mark.parametrize("kind", ["matrix", "telegram", "wordpress"])
def test_each_kinds_questions_and_help_show_whole_after_choosing_it(
    window: MainWindow, qloop, kind: str
) -> None:
    """Chosen in a dialog opened on another kind: every label, field and help line shows
    whole, none squeezed or cut off, and a server address fits in its field."""
    dialog = window.accounts_ui.open()
    form = dialog.add_account()
    index = form.kind.findData(kind)
    assert index >= 0 and form.kind.currentIndex() != index
    form.kind.setCurrentIndex(index)
    qloop.run_until_complete(asyncio.sleep(0.05))
    labels = [w for w in form.form_host.findChildren(QLabel) if w.isVisible()]
    help_text = next(w for w in labels if w.wordWrap())
    assert help_text.text() == factory_text(form.factory(), "secret_help")
    for label in labels:
        wanted = (
            label.heightForWidth(label.width()) if label.wordWrap() else label.sizeHint().height()
        )
        assert label.height() >= wanted, label.text()
        assert form.rect().contains(label.mapTo(form, label.rect().bottomRight())), label.text()
    for field in form._fields.values():
        assert field.width() >= field.fontMetrics().horizontalAdvance("https://matrix.example.org")
    # A setting filled in with its default is not called optional.
    assert not [label.text() for label in labels if "(optional)" in label.text()]
    form.reject()


def test_the_panel_shows_who_syncs_an_account_another_desk_is_syncing(window, context, qloop):
    from socialinbox.core.sync_leases import SyncLeases

    account = context.writer.call(context.accounts.create, "demo", "Linden House")
    annas_desk = SyncLeases(context.db, context.clock, "front-desk-2:4242", "Anna")
    context.writer.call(annas_desk.take, account.id)
    panel = window.accounts_ui.panel
    # Announced through the change feed, as another desk's writes are.
    run_until(qloop, lambda: any("being synced by Anna" in t for t in panel.row_texts()), timeout=8)
    context.writer.call(annas_desk.release, account.id)
    run_until(qloop, lambda: not any("being synced" in t for t in panel.row_texts()), timeout=8)
