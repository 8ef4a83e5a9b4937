"""The frame: pages registered through add_page, change sets routed to every page, the
action table behind the menus, the toolbar and the shortcut help."""

from __future__ import annotations

from collections.abc import Mapping

import pytest
import qasync
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel, QMenuBar, QToolBar, QWidget
from pytestqt.qtbot import QtBot
from ui_helpers import settle

from socialinbox.core import changes
from socialinbox.core.changes import ChangeSet
from socialinbox.ui.runtime.counts import InboxCounts
from socialinbox.ui.shell.actions import ActionSpec, ActionTable
from socialinbox.ui.shell.page import SidebarEntry
from socialinbox.ui.shell.sidebar import BADGE_ROLE
from socialinbox.ui.shell.window import MainWindow


class ProbePage:
    """A page that remembers what the frame told it."""

    key = "probe"
    title = "Probe"

    def __init__(self) -> None:
        self.widget: QWidget = QLabel("probe")
        self.activated: list[str] = []
        self.deactivated = 0
        self.changes: list[ChangeSet] = []

    def activate(self, entry: SidebarEntry) -> None:
        self.activated.append(entry.key)

    def deactivate(self) -> None:
        self.deactivated += 1

    def apply_changes(self, change: ChangeSet) -> None:
        self.changes.append(change)

    def badges(self, counts: InboxCounts | None) -> Mapping[str, int]:
        return {"page:probe": 7}


def test_a_page_added_by_a_feature_is_opened_told_of_changes_and_shows_its_badge(
    window: MainWindow, qloop: qasync.QEventLoop
) -> None:
    page = ProbePage()
    window.add_page(page, [SidebarEntry("page:probe", "Probe", "all", page="probe")])
    keys = [e.key for e in window.sidebar_model.entries()]
    assert keys.index("page:probe") == keys.index("page:insights") + 1  # before the networks
    assert any(a.data() == "page:probe" for a in window.view_group.actions())

    assert window.open_page("page:probe")
    assert page.activated == ["page:probe"]
    assert window.is_shown(page) and window.pages.currentWidget() is page.widget
    change = ChangeSet.of(changes.NOTE, changes.INSERTED, [1])
    window.bridge.publish(change)
    assert change in page.changes

    window.refresh_badges()
    row = window.sidebar_model.row_of("page:probe")
    assert row is not None
    assert window.sidebar_model.index(row, 0).data(BADGE_ROLE) == 7

    window.open_page("view:unread")
    assert page.deactivated == 1
    assert window.is_shown(window.inbox)
    settle(window, qloop)


def test_the_shortcut_help_names_every_shortcut_of_the_menus(window: MainWindow) -> None:
    window.shortcuts_action.trigger()
    text = window.shortcuts_box.informativeText()
    window.shortcuts_box.close()
    list_entries = set(window.view_group.actions())
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        assert menu is not None
        for action in menu.actions():
            if action.shortcut().isEmpty() or action in list_entries:
                continue
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            assert (keys.lower() if len(keys) == 1 else keys) in text, action.text()
    assert "Ctrl+1 … Ctrl+9" in text  # the lists, in one line
    assert "u or Ctrl+U" in text and "e, d or Ctrl+D" in text


def test_the_table_builds_menus_in_groups_and_the_toolbar(qtbot: QtBot) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    table = ActionTable(host)
    table.declare_menu("file", "&File")
    table.declare_section("app", "Everywhere")
    fired: list[str] = []
    table.add(ActionSpec("late", "&Quit", lambda: fired.append("quit"), menu="file", group=2))
    table.add(
        ActionSpec(
            "early",
            "&Sync",
            lambda: fired.append("sync"),
            menu="file",
            shortcut="F5",
            toolbar_group=0,
            help="sync now",
            section="app",
        )
    )
    table.add(ActionSpec("middle", "&Open", lambda: None, menu="file", group=1))

    bar = QMenuBar(host)
    table.build_menus(bar)
    texts = [a.text() or "|" for a in table.menu("file").actions()]
    assert texts == ["&Sync", "|", "&Open", "|", "&Quit"]
    toolbar = QToolBar(host)
    table.build_toolbar(toolbar)
    assert [a.text() for a in toolbar.actions()] == ["&Sync"]
    assert table.help_sections()[0][0] == "Everywhere"
    assert [(line.keys, line.text) for line in table.help_sections()[0][1]] == [("F5", "sync now")]
    table.action("early").trigger()
    assert fired == ["sync"]
    with pytest.raises(ValueError, match="declared twice"):
        table.add(ActionSpec("early", "Again", lambda: None))
