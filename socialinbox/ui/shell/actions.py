"""The window's commands, declared once: menus, the toolbar and the shortcut help are built
from the same table.

Rules:

- A command is an :class:`ActionSpec` (id, text, shortcut, menu and group, toolbar,
  icon, help line and section). The frame and each feature add theirs with
  :meth:`ActionTable.add`, which returns the live ``QAction`` (a feature keeps it to
  enable it or change its text); the frame then builds the menus and toolbar once.
- A feature whose action keeps its own state (a checkable "Show …" entry, a menu
  refreshed before it opens) builds the ``QAction`` itself and hands it over with
  :meth:`ActionTable.adopt`; a feature with a whole menu of such actions hands the
  ``QMenu`` over with :meth:`ActionTable.adopt_menu`.
- Keys that no action owns (arrows in a list, Enter, Escape) are declared for the
  help with :meth:`ActionTable.add_help`, so the help never repeats a shortcut by hand.
- The help is grouped in sections the frame declares (:meth:`ActionTable.declare_section`)
  before the features add theirs; features name them by these ids:
  :data:`LIST_SECTION`, :data:`LISTS_SECTION`, :data:`CUSTOMERS_SECTION`, :data:`APP_SECTION`.
- Every window-wide action is also added to the window: its shortcut works with the
  menu bar hidden.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from html import escape

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QToolBar, QWidget

from socialinbox.ui.common.icons import glyph_icon

KeyLike = QKeySequence | QKeySequence.StandardKey | Qt.Key | str

# The shortcut help's sections, by id (the frame declares their titles).
LIST_SECTION = "list"
LISTS_SECTION = "lists"
CUSTOMERS_SECTION = "customers"
APP_SECTION = "app"


@dataclass(frozen=True, slots=True)
class ActionSpec:
    """One command of the window.

    ``menu`` names a menu declared with :meth:`ActionTable.declare_menu` ("" for
    none); actions of a menu are ordered by ``group`` and then by declaration, with
    a separator between groups. ``fallback`` is the shortcut used where the
    platform has none for a standard key. ``help`` is the line in the shortcut
    help (none if empty) under ``section``; ``help_keys`` are further keys that do
    the same thing where the action has focus (the ``u`` of Ctrl+U in the list).
    ``toolbar_group`` places the action in the toolbar (None: not there).
    """

    id: str
    text: str
    slot: Callable[[], object]
    menu: str = ""
    group: int = 0
    shortcut: KeyLike | None = None
    fallback: str = ""
    context: Qt.ShortcutContext = Qt.ShortcutContext.WindowShortcut
    icon: str = ""
    tip: str = ""
    toolbar_group: int | None = None
    help: str = ""
    help_keys: tuple[str, ...] = ()
    section: str = ""
    role: QAction.MenuRole = QAction.MenuRole.NoRole


@dataclass(slots=True)
class _Entry:
    action: QAction
    menu: str
    group: int
    toolbar_group: int | None
    help: str
    help_keys: tuple[str, ...]
    section: str


@dataclass(slots=True)
class _Menu:
    id: str
    title: str
    built: QMenu | None = None
    adopted: bool = False
    entries: list[_Entry] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class HelpLine:
    """One line of the shortcut help: the keys as written, what they do."""

    keys: str
    text: str


class ActionTable(QObject):
    """The declared commands of one window (see the module's rules)."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._menus: dict[str, _Menu] = {}
        self._entries: dict[str, _Entry] = {}
        # Sections in the order they were declared: title, then the help lines.
        self._help: dict[str, tuple[str, list[HelpLine | _Entry]]] = {}

    # -- declaring ------------------------------------------------------------------

    def declare_menu(self, menu_id: str, title: str) -> None:
        """A menu of the menu bar; menus appear in the order they are declared."""
        self._menus[menu_id] = _Menu(menu_id, title)

    def declare_section(self, section: str, title: str) -> None:
        """A section of the shortcut help; sections appear in the order they are declared."""
        self._help[section] = (title, [])

    def add(self, spec: ActionSpec) -> QAction:
        """Build the action ``spec`` declares; the menus and toolbar show it once built."""
        action = QAction(spec.text, self._window)
        action.setObjectName(spec.id)
        if spec.icon:
            action.setIcon(glyph_icon(spec.icon))
        if spec.shortcut is not None:
            action.setShortcut(QKeySequence(spec.shortcut))
        if action.shortcut().isEmpty() and spec.fallback:
            action.setShortcut(QKeySequence(spec.fallback))
        action.setShortcutContext(spec.context)
        if spec.tip:
            action.setToolTip(spec.tip)
            action.setStatusTip(spec.tip)
        action.setMenuRole(spec.role)
        slot = spec.slot
        action.triggered.connect(lambda _checked=False: slot())
        self._register(
            spec.id,
            _Entry(
                action,
                spec.menu,
                spec.group,
                spec.toolbar_group,
                spec.help,
                spec.help_keys,
                spec.section,
            ),
        )
        return action

    def adopt(
        self,
        action_id: str,
        action: QAction,
        *,
        menu: str = "",
        group: int = 0,
        help: str = "",
        help_keys: tuple[str, ...] = (),
        section: str = "",
    ) -> QAction:
        """Take in an action a feature built itself (it keeps its state and slot)."""
        self._register(action_id, _Entry(action, menu, group, None, help, help_keys, section))
        return action

    def adopt_menu(self, menu_id: str, menu: QMenu) -> None:
        """A menu a feature builds and keeps current itself, shown at its declared place."""
        declared = self._menus.setdefault(menu_id, _Menu(menu_id, menu.title()))
        declared.built = menu
        declared.adopted = True

    def add_help(self, section: str, keys: str, text: str) -> None:
        """A help line for keys that no action owns (moving in a list, Enter, Escape)."""
        self._help[section][1].append(HelpLine(keys, text))

    def _register(self, action_id: str, entry: _Entry) -> None:
        if action_id in self._entries:
            raise ValueError(f"Action {action_id!r} is declared twice")
        self._entries[action_id] = entry
        if entry.menu:
            self._menus[entry.menu].entries.append(entry)
        if entry.help:
            self._help[entry.section][1].append(entry)
        window_wide = (Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut)
        if entry.action.shortcutContext() in window_wide:
            self._window.addAction(entry.action)

    # -- reading --------------------------------------------------------------------

    def action(self, action_id: str) -> QAction:
        """The live action declared as ``action_id`` (KeyError if none)."""
        return self._entries[action_id].action

    def menu(self, menu_id: str) -> QMenu:
        """The menu ``menu_id``, once :meth:`build_menus` ran (KeyError if none)."""
        built = self._menus[menu_id].built
        if built is None:
            raise KeyError(menu_id)
        return built

    # -- building -------------------------------------------------------------------

    def build_menus(self, bar: QMenuBar) -> None:
        """The menu bar: every declared menu with its actions, by group."""
        for declared in self._menus.values():
            if declared.built is None:
                declared.built = QMenu(declared.title, bar)
            if not declared.adopted:
                self.fill_menu(declared.id)
            bar.addMenu(declared.built)

    def fill_menu(self, menu_id: str) -> None:
        """(Re)fill a menu with its declared actions, a separator between groups."""
        declared = self._menus[menu_id]
        menu = self.menu(menu_id)
        menu.clear()
        previous: int | None = None
        for entry in sorted(declared.entries, key=lambda e: e.group):
            if previous is not None and entry.group != previous:
                menu.addSeparator()
            menu.addAction(entry.action)
            previous = entry.group

    def build_toolbar(self, toolbar: QToolBar) -> None:
        """The toolbar's buttons: the actions with a toolbar group, a separator between groups."""
        placed = [e for e in self._entries.values() if e.toolbar_group is not None]
        previous: int | None = None
        for entry in sorted(placed, key=lambda e: e.toolbar_group or 0):
            if previous is not None and entry.toolbar_group != previous:
                toolbar.addSeparator()
            toolbar.addAction(entry.action)
            previous = entry.toolbar_group

    def help_sections(self) -> list[tuple[str, list[HelpLine]]]:
        """The shortcut help, by section: each action's keys as they are set now."""
        sections: list[tuple[str, list[HelpLine]]] = []
        for title, items in self._help.values():
            lines = [item if isinstance(item, HelpLine) else _help_line(item) for item in items]
            if lines:
                sections.append((title, lines))
        return sections

    def help_html(self) -> str:
        """The shortcut help as rich text: one table, a heading row per section, then the
        keys and what they do (one table keeps every section's columns aligned)."""
        rows = []
        for number, (section, lines) in enumerate(self.help_sections()):
            space = "padding-top:10px; " if number else ""
            rows.append(f"<tr><td colspan='2' style='{space}'><b>{escape(section)}</b></td></tr>")
            rows.extend(
                f"<tr><td style='padding-right:18px; white-space:nowrap'>{escape(line.keys)}"
                f"</td><td>{escape(line.text)}</td></tr>"
                for line in lines
            )
        return f"<table cellspacing='0' cellpadding='1'>{''.join(rows)}</table>"


def _help_line(entry: _Entry) -> HelpLine:
    keys = [*entry.help_keys, *(_key_text(s) for s in entry.action.shortcuts())]
    if len(keys) > 1:
        written = QCoreApplication.translate("Shortcuts", "{keys} or {last}").format(
            keys=", ".join(keys[:-1]), last=keys[-1]
        )
    else:
        written = "".join(keys)
    return HelpLine(written, entry.help)


def _key_text(sequence: QKeySequence) -> str:
    """A shortcut as the user reads it; a plain letter in lower case, as it is typed."""
    text = sequence.toString(QKeySequence.SequenceFormat.NativeText)
    return text.lower() if len(text) == 1 and text.isalpha() else text
