"""A network a plug-in declares shows its own label and icon everywhere in the window,
and a network no installed connector declares shows a tidy fallback label and a
neutral icon."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
import qasync
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from ui_helpers import fetched, run_until, shown_window, store

from socialinbox.app import AppContext, AppOptions
from socialinbox.secrets import SecretStore
from socialinbox.ui.common.icons import channel_icon, glyph_icon
from socialinbox.ui.customer.contact_dialogs import LinkIdentityDialog
from socialinbox.ui.shell.sidebar import ENTRY_ROLE, SidebarEntry
from socialinbox.ui.shell.window import MainWindow
from tests.pigeon_plugin import registry_with_pigeon_plug_in


@pytest.fixture
def pigeon_window(
    tmp_path: Path, qloop: qasync.QEventLoop, qapp: QApplication
) -> Iterator[MainWindow]:
    """The window of a desk with a Pigeon post account (the plug-in installed through its
    entry point) and a message kept from a "carrier_owl" connector no longer installed."""
    context = AppContext(
        AppOptions(data_dir=tmp_path / "data"),
        secrets=SecretStore(keyring.get_keyring()),
        registry=registry_with_pigeon_plug_in(),
    )
    try:
        context.writer.call(context.accounts.create, "pigeon", "Loft")
        store(
            context,
            fetched("p-1", "Coo from loft 42", channel="pigeon", key="LOFT 42", author="Bird"),
            fetched("o-1", "Hoot", channel="carrier_owl", key="hedwig", author="Hedwig"),
        )
        with shown_window(context, qloop, qapp) as window:
            yield window
    finally:
        context.close()


def _row_text(window: MainWindow, channel: str) -> str:
    model = window.inbox.model
    for i in range(model.rowCount()):
        row = model.message_at(i)
        if row is not None and row.channel == channel:
            return str(model.index(i, 0).data(Qt.ItemDataRole.AccessibleTextRole))
    raise AssertionError(f"no row on {channel}")


def _sidebar_labels(window: MainWindow) -> dict[str, str]:
    model = window.sidebar_model
    entries = (model.index(i, 0).data(ENTRY_ROLE) for i in range(model.rowCount()))
    return {e.key: e.label for e in entries if isinstance(e, SidebarEntry)}


def test_the_inbox_row_and_the_sidebar_show_the_plug_ins_label(pigeon_window: MainWindow) -> None:
    assert "on Pigeon post" in _row_text(pigeon_window, "pigeon")
    assert _sidebar_labels(pigeon_window)["channel:pigeon"] == "Pigeon post"


def test_a_network_nobody_declares_shows_a_fallback_label_and_a_neutral_icon(
    pigeon_window: MainWindow,
) -> None:
    assert "on Carrier Owl" in _row_text(pigeon_window, "carrier_owl")
    neutral = glyph_icon("all").cacheKey()
    assert channel_icon("carrier_owl").cacheKey() == neutral
    assert channel_icon("mastodon").cacheKey() != neutral


def test_the_plug_ins_network_shows_the_icon_it_ships(pigeon_window: MainWindow) -> None:
    icon = channel_icon("pigeon")
    assert icon.cacheKey() != glyph_icon("all").cacheKey()
    assert not icon.pixmap(16, 16).isNull()


def test_the_link_dialog_offers_the_plug_ins_network_by_its_label(
    pigeon_window: MainWindow, qtbot: QtBot
) -> None:
    dialog = LinkIdentityDialog("Bird", pigeon_window)
    qtbot.addWidget(dialog)
    offered = {
        dialog.channel.itemData(i): dialog.channel.itemText(i)
        for i in range(dialog.channel.count())
    }
    assert offered["pigeon"] == "Pigeon post"
    assert offered["mastodon"] == "Mastodon" and offered["email"] == "E-mail"
    # Instagram's built-in declaration wins over the plug-in's.
    assert offered["instagram"] == "Instagram"
    assert "carrier_owl" not in offered and "guest" not in offered


def test_the_composer_counts_against_the_plug_ins_limit_and_names_it(
    pigeon_window: MainWindow, qloop: qasync.QEventLoop
) -> None:
    composer = pigeon_window.inbox.composer
    message_id = next(
        row.id
        for i in range(pigeon_window.inbox.model.rowCount())
        if (row := pigeon_window.inbox.model.message_at(i)) is not None and row.channel == "pigeon"
    )
    pigeon_window.inbox.show_message(message_id)
    run_until(qloop, lambda: composer.message_id == message_id)
    assert composer._title.text() == "Reply on Pigeon post"
    composer.editor.setPlainText("c" * 81)
    assert composer._counter.text() == "81 / 80"
    assert not composer.queue_button.isEnabled()
    assert "Too long for Pigeon post" in composer.warning_text()
    composer.editor.setPlainText("c" * 80)
    assert composer.queue_button.isEnabled()
