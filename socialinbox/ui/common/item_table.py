"""A table model over a list of frozen items: the part every page's table shares.

A subclass names its ``columns`` and answers ``data``; rows, headers, replacing
the items and finding one are here.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolTip,
)

from socialinbox.ui.common.widgets import LINE_LIMIT, bounded, plain_tooltip

T = TypeVar("T")
AnyIndex = QModelIndex | QPersistentModelIndex


class ItemTableModel(QAbstractTableModel, Generic[T]):
    columns: ClassVar[tuple[str, ...]] = ()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[T] = []

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.columns)
        ):
            return QCoreApplication.translate("Columns", self.columns[section])
        return None

    def item_for(self, index: AnyIndex) -> T | None:
        """The item of a valid index's row, None for anything else."""
        if not index.isValid():
            return None
        return self.item_at(index.row())

    def set_items(self, items: Sequence[T]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def items(self) -> list[T]:
        return list(self._items)

    def item_at(self, row: int) -> T | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def row_of(self, item_id: int) -> int | None:
        """The row of the item whose ``id`` is ``item_id``."""
        for row, item in enumerate(self._items):
            if getattr(item, "id", None) == item_id:
                return row
        return None


class BoundedTextDelegate(QStyledItemDelegate):
    """Cells and their tooltips show a bounded part of their text, always as plain text:
    a cell holds a stranger's message, which may be a megabyte on one line."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        super().initStyleOption(option, index)
        option.text = bounded(option.text, LINE_LIMIT)

    def helpEvent(
        self,
        event: QHelpEvent,
        view: QAbstractItemView,
        option: QStyleOptionViewItem,
        index: AnyIndex,
    ) -> bool:
        if event.type() != QEvent.Type.ToolTip:
            return super().helpEvent(event, view, option, index)
        tip = index.data(Qt.ItemDataRole.ToolTipRole)
        if not tip:
            QToolTip.hideText()
            return False
        QToolTip.showText(event.globalPos(), plain_tooltip(str(tip)), view)
        return True


def item_table_view(
    model: QAbstractTableModel, accessible_name: str, *, several: bool = False
) -> QTableView:
    """A page's table: whole rows chosen (one, or ``several``), read-only, no grid,
    alternate row colours, rows two lines high, left-aligned headers, long text elided
    (and bounded, tooltips too: :class:`BoundedTextDelegate`)."""
    view = QTableView()
    view.setAccessibleName(accessible_name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(
        QAbstractItemView.SelectionMode.ExtendedSelection
        if several
        else QAbstractItemView.SelectionMode.SingleSelection
    )
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.setAlternatingRowColors(True)
    view.setFrameShape(QFrame.Shape.NoFrame)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() * 2)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.setItemDelegate(BoundedTextDelegate(view))
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return view


def chosen_item(view: QTableView, model: ItemTableModel[T]) -> T | None:
    """The item of the view's current row, if any."""
    index = view.currentIndex()
    return model.item_at(index.row()) if index.isValid() else None


def select_row(view: QTableView, row: int) -> None:
    """Make ``row`` the current and only selected row."""
    view.selectionModel().setCurrentIndex(
        view.model().index(row, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )


def choose_item(view: QTableView, model: ItemTableModel[T], item_id: int) -> bool:
    """Make the item with ``item_id`` current; False if it is not listed."""
    row = model.row_of(item_id)
    if row is None:
        return False
    select_row(view, row)
    return True


def replace_keeping_choice(view: QTableView, model: ItemTableModel[T], items: Sequence[T]) -> None:
    """Show ``items`` instead: the chosen item stays chosen if still listed, else the first row."""
    chosen = chosen_item(view, model)
    chosen_id = getattr(chosen, "id", None)
    model.set_items(items)
    if (chosen_id is None or not choose_item(view, model, chosen_id)) and model.rowCount():
        select_row(view, 0)
