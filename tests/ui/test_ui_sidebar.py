"""The sidebar model: entries, sections, badges."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from socialinbox.core.inbox import InboxFilter
from socialinbox.ui.front_desk.pages import arrivals_entry, reminders_entry
from socialinbox.ui.inbox.page import view_entries
from socialinbox.ui.outbox.page import outbox_entry
from socialinbox.ui.shell.sidebar import (
    BADGE_ROLE,
    ENTRY_ROLE,
    SidebarEntry,
    SidebarModel,
    SidebarView,
)


def _model() -> SidebarModel:
    """The sidebar with the pages' entries, added as the window adds them."""
    model = SidebarModel()
    model.add_entries(view_entries())
    model.add_entries([outbox_entry()])
    model.add_entries([reminders_entry()])
    model.add_entries([arrivals_entry()])
    return model


def test_sidebar_model_passes_the_model_tester(qtmodeltester: ModelTester) -> None:
    model = _model()
    model.set_channels(["x", "email"])
    model.set_badges({"view:unread": 3, "channel:x": 2})
    qtmodeltester.check(model)


def test_views_come_first_then_networks_under_a_heading(qtbot: QtBot) -> None:
    model = _model()
    assert [e.key for e in model.entries()] == [
        "view:all",
        "view:unread",
        "view:needs_reply",
        "view:escalated",
        "view:mine",
        "page:outbox",
        "page:reminders",
        "page:arrivals",
    ]
    assert model.set_channels(["mastodon", "email"])
    keys = [e.key for e in model.entries()]
    assert keys[8:] == ["section:networks", "channel:mastodon", "channel:email"]
    heading = model.index(8, 0)
    assert heading.flags() == Qt.ItemFlag.NoItemFlags
    assert model.index(9, 0).flags() & Qt.ItemFlag.ItemIsSelectable
    entry = model.index(9, 0).data(ENTRY_ROLE)
    assert isinstance(entry, SidebarEntry)
    assert entry.filter == InboxFilter("all", channel="mastodon")
    assert entry.label == "Mastodon"
    assert not model.set_channels(["mastodon", "email"])  # unchanged


def test_channels_are_added_and_removed_in_place(qtbot: QtBot) -> None:
    model = _model()
    view = SidebarView(model)
    qtbot.addWidget(view)
    model.set_channels(["mastodon", "email"])
    view.select_key("channel:email")
    resets: list[bool] = []
    model.modelAboutToBeReset.connect(lambda: resets.append(True))
    model.set_channels(["mastodon", "x", "email"])
    assert [e.key for e in model.entries()][9:] == [
        "channel:mastodon",
        "channel:x",
        "channel:email",
    ]
    current = view.current_entry()
    assert current is not None and current.key == "channel:email"
    model.set_channels([])
    assert [e.key for e in model.entries()] == [
        "view:all",
        "view:unread",
        "view:needs_reply",
        "view:escalated",
        "view:mine",
        "page:outbox",
        "page:reminders",
        "page:arrivals",
    ]
    assert not resets


def test_badges_and_keyboard_skip_headings(qtbot: QtBot) -> None:
    model = _model()
    view = SidebarView(model)
    qtbot.addWidget(view)
    model.set_channels(["x"])
    changed: list[int] = []
    model.dataChanged.connect(lambda top, _bottom: changed.append(top.row()))
    model.set_badges({"view:unread": 4})
    assert changed == [1]
    assert model.index(1, 0).data(BADGE_ROLE) == 4
    assert "4 unread" in model.index(1, 0).data(Qt.ItemDataRole.AccessibleTextRole)
    chosen: list[str] = []
    view.entry_selected.connect(lambda entry: chosen.append(entry.key))
    view.select_key("page:arrivals")
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert view.current_entry() is not None
    assert view.current_entry().key == "channel:x"  # type: ignore[union-attr]
    assert chosen == ["page:arrivals", "channel:x"]
    assert model.rowCount(QModelIndex()) == 10
    model.set_badges({"page:outbox": 2})
    assert "2 need attention" in model.index(5, 0).data(Qt.ItemDataRole.AccessibleTextRole)
    model.set_badges({"page:reminders": 1})
    assert "1 due" in model.index(6, 0).data(Qt.ItemDataRole.AccessibleTextRole)
    model.set_badges({"view:escalated": 2, "view:mine": 1})
    assert "Escalated, 2 open" in model.index(3, 0).data(Qt.ItemDataRole.AccessibleTextRole)
    assert "Mine, 1 assigned to you" in model.index(4, 0).data(Qt.ItemDataRole.AccessibleTextRole)
    view.grab()  # paints every kind of row without warnings
