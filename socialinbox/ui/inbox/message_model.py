"""The message list model: keyset pages of the inbox, loaded as the view scrolls.

Rules:

- Rows come from :meth:`Inbox.page`, :data:`PAGE_SIZE` at a time, newest first,
  through ``canFetchMore``/``fetchMore``. Nothing here counts rows or asks for a
  row's size: the list stays instant at a million messages.
- :meth:`MessageListModel.apply_changes` updates what a change set names in
  place: ``dataChanged`` for changed rows, ``beginInsertRows`` at the sorted
  position for new matches newer than the oldest loaded row (older ones arrive
  with the next ``fetchMore``), ``beginRemoveRows`` for rows that stopped
  matching. The model resets only when the filter changes or a change set says
  ``reset``.
- The model holds about as many rows as the view has asked for (the first page
  plus every ``fetchMore``): when new messages push rows past that, the oldest
  are dropped again and come back with the next ``fetchMore``. Qt lays out every
  row of a list after each insertion (a Python call per row), so a model that
  grew by a whole sync (10,000 rows) would stall each frame.
- A change set naming many messages (a sync's batch, not a click) is looked up
  in a worker thread when the model was given :class:`BackgroundTasks`
  (:meth:`look_up_in_background`): the UI thread never waits for that query.
  Change sets that arrive while one lookup runs join the next lookup, so a burst
  makes one update per lookup. Small change sets (what the user just did) are
  applied at once.
- The current message (see :meth:`set_current_id`) stays listed after it stops
  matching (e.g. read in the Unread list) until the current message changes.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from socialinbox.clock import Clock
from socialinbox.core import changes
from socialinbox.core.changes import ChangeSet
from socialinbox.core.inbox import (
    PAGE_SIZE,
    Inbox,
    InboxFilter,
    PageKey,
    list_key,
    shown_without_search,
)
from socialinbox.core.models import MessageRow
from socialinbox.core.tone import tone_of
from socialinbox.core.waiting import ReplyTargets, Waiting
from socialinbox.ui.common.formatting import age_text, network_name, tone_text, waiting_text
from socialinbox.ui.common.people_marks import marks_tooltip
from socialinbox.ui.common.widgets import plain_tooltip
from socialinbox.ui.runtime.tasks import BackgroundTasks

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
# The wait of a row of the Needs reply list against its target (a Waiting); None elsewhere.
WAITING_ROLE = Qt.ItemDataRole.UserRole + 3

# Ids per lookup query when a change set names many messages.
_LOOKUP_CHUNK = 500
# A change set naming at least this many messages is looked up off the UI thread.
BACKGROUND_LOOKUP_MIN = 50

AnyIndex = QModelIndex | QPersistentModelIndex


def _chunks(ids: list[int], size: int = _LOOKUP_CHUNK) -> Iterable[list[int]]:
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


class MessageListModel(QAbstractListModel):
    """One row per message of the current :class:`InboxFilter`.

    Signals:
        filter_changed(InboxFilter): the list was reloaded for a new filter.
    """

    filter_changed = Signal(object)

    def __init__(
        self,
        inbox: Inbox,
        clock: Clock,
        parent: QObject | None = None,
        page_size: int = PAGE_SIZE,
    ) -> None:
        super().__init__(parent)
        self._inbox = inbox
        self._clock = clock
        self._page_size = page_size
        self._filter = InboxFilter()
        self._rows: list[MessageRow] = []
        self._positions: dict[int, int] | None = None
        self._exhausted = True
        # How many rows the view has asked for (the first page and each fetchMore).
        self._wanted = page_size
        self._loaded = False
        self._current_id: int | None = None
        self._stale: set[int] = set()
        self._tasks: BackgroundTasks | None = None
        # Ids waiting for the next background lookup, and the ones applied on the
        # UI thread while a lookup ran (the lookup's rows for them may be older).
        self._pending: set[int] = set()
        self._applied_meanwhile: set[int] = set()
        self._looking_up = False
        # Bumped by every reload: a lookup started before it is dropped.
        self._generation = 0
        self._targets = ReplyTargets()

    def set_targets(self, targets: ReplyTargets) -> None:
        """The reply targets the Needs reply rows' timers are measured against."""
        self._targets = targets
        if self._rows and self._filter.view == "needs_reply":
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 0))

    def waiting(self, row: MessageRow) -> Waiting | None:
        """How long ``row`` has waited, against its target, when the list is Needs reply
        (pure arithmetic on the row and the clock: the view repaints timers freely)."""
        if self._filter.view != "needs_reply" or not row.needs_reply:
            return None
        return self._targets.waiting(row.channel, row.kind, row.created_at, self._clock.now())

    def look_up_in_background(self, tasks: BackgroundTasks) -> None:
        """Look up large change sets in ``tasks``' executor from now on."""
        self._tasks = tasks

    # -- the filter ---------------------------------------------------------

    @property
    def current_filter(self) -> InboxFilter:
        return self._filter

    @property
    def loaded(self) -> bool:
        """Whether a first page has been read (an empty list is then really empty)."""
        return self._loaded

    def set_filter(self, flt: InboxFilter) -> None:
        """Show ``flt``: one keyset query for the first page, then a model reset."""
        if flt == self._filter and self._loaded:
            return
        self._reload(flt)
        self.filter_changed.emit(flt)

    def reload(self) -> None:
        """Read the first page again (after a change set that says ``reset``)."""
        self._reload(self._filter)

    def _reload(self, flt: InboxFilter) -> None:
        first = self._inbox.page(flt, limit=self._page_size)
        self.beginResetModel()
        self._filter = flt
        self._rows = first
        self._positions = None
        self._stale.clear()
        # The first page was read after every pending change was written.
        self._pending.clear()
        self._generation += 1
        self._exhausted = len(first) < self._page_size
        self._wanted = self._page_size
        self._loaded = True
        self.endResetModel()

    # -- reading rows ---------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == ROW_ROLE:
            return row
        if role == ID_ROLE:
            return row.id
        if role == WAITING_ROLE:
            return self.waiting(row)
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{row.author} — {row.preview}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._accessible_text(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row)
        return None

    def _tooltip(self, row: MessageRow) -> str | None:
        """The row's marks (VIP, escalation, assignment), tone and wait in words (None when
        there is nothing to tell)."""
        lines = [
            marks_tooltip(row.vip, row.escalated_to, row.assigned_to),
            tone_text(tone_of(row.sentiment)),
        ]
        waiting = self.waiting(row)
        if waiting is not None:
            lines.append(waiting_text(waiting, with_target=True))
        told = [line for line in lines if line]
        return plain_tooltip("\n".join(told)) if told else None

    def _accessible_text(self, row: MessageRow) -> str:
        translate = QCoreApplication.translate
        state = translate("MessageListModel", "unread") if not row.read else ""
        marks = marks_tooltip(row.vip, row.escalated_to, row.assigned_to)
        waiting = self.waiting(row)
        extra = [tone_text(tone_of(row.sentiment))]
        if waiting is not None:
            extra.append(waiting_text(waiting, with_target=True))
        told = ", ".join(e for e in extra if e)
        return (
            translate(
                "MessageListModel", "{state} message from {author} on {network}, {age}: {text}"
            )
            .format(
                state=state,
                author=row.author,
                network=network_name(row.channel),
                age=age_text(self._clock.now(), row.created_at),
                text=row.preview,
            )
            .strip()
            + "".join(f". {line}" for line in marks.splitlines())
            + (f" ({told})" if told else "")
        )

    def message_at(self, row: int) -> MessageRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, message_id: int) -> int | None:
        if self._positions is None:
            self._positions = {r.id: i for i, r in enumerate(self._rows)}
        return self._positions.get(message_id)

    def index_of(self, message_id: int) -> QModelIndex:
        row = self.row_of(message_id)
        return QModelIndex() if row is None else self.index(row, 0)

    # -- lazy loading ---------------------------------------------------------

    def canFetchMore(self, parent: AnyIndex) -> bool:
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: AnyIndex) -> None:
        if parent.isValid() or self._exhausted:
            return
        after = PageKey.after(self._rows[-1]) if self._rows else None
        page = self._inbox.page(self._filter, after=after, limit=self._page_size)
        self._wanted = len(self._rows) + self._page_size
        self._exhausted = len(page) < self._page_size
        loaded = self._positions_map()
        page = [r for r in page if r.id not in loaded]
        if not page:
            return
        start = len(self._rows)
        self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
        self._rows.extend(page)
        self._positions = None
        self.endInsertRows()

    def _positions_map(self) -> dict[int, int]:
        self.row_of(-1)
        assert self._positions is not None
        return self._positions

    # -- the current message ----------------------------------------------------

    def set_current_id(self, message_id: int | None) -> None:
        """Tell the model which message is current; rows kept only for it now go."""
        self._current_id = message_id
        leaving = [i for i in self._stale if i != message_id]
        for stale_id in leaving:
            self._stale.discard(stale_id)
            row = self.row_of(stale_id)
            if row is not None:
                self._remove_row(row)

    # -- updates in place -------------------------------------------------------

    def apply_contact_changes(self, contact_ids: frozenset[int]) -> None:
        """Re-read the loaded rows of these customers (their VIP star may have changed)."""
        ids = [r.id for r in self._rows if r.contact_id in contact_ids]
        if ids:
            self.apply_changes(ChangeSet.of(changes.MESSAGE, changes.UPDATED, ids))

    def apply_changes(self, change: ChangeSet) -> None:
        """Show what ``change`` did to messages, without resetting the list.

        Two indexed lookups per 500 named messages: their current rows, and which
        of them the filter shows.
        """
        if change.reset:
            self.reload()
            return
        ids = sorted(change.ids(changes.MESSAGE))
        if not ids or not self._loaded:
            return
        if self._tasks is not None and (len(ids) >= BACKGROUND_LOOKUP_MIN or self._looking_up):
            if len(ids) >= BACKGROUND_LOOKUP_MIN:
                self._pending.update(ids)
                if not self._looking_up:
                    self._looking_up = True
                    self._tasks.spawn(self._look_up_pending(self._tasks), "message-list-lookup")
                return
            self._applied_meanwhile.update(ids)
        fresh, shown = self._look_up(self._filter, ids)
        self._apply_rows(ids, fresh, shown)

    async def _look_up_pending(self, tasks: BackgroundTasks) -> None:
        try:
            while self._pending:
                ids = sorted(self._pending)
                self._pending.clear()
                self._applied_meanwhile.clear()
                flt, generation = self._filter, self._generation
                fresh, shown = await tasks.loop.run_in_executor(None, self._look_up, flt, ids)
                if generation != self._generation or not self._loaded:
                    continue
                newer = self._applied_meanwhile
                if newer:
                    ids = [i for i in ids if i not in newer]
                self._apply_rows(ids, fresh, shown)
        finally:
            self._looking_up = False
            self._applied_meanwhile.clear()

    def _look_up(
        self, flt: InboxFilter, ids: Sequence[int]
    ) -> tuple[dict[int, MessageRow], set[int]]:
        """The current rows of ``ids`` and which of them ``flt`` shows (any thread)."""
        fresh: dict[int, MessageRow] = {}
        shown: set[int] = set()
        searching = bool(flt.search and flt.search.strip())
        for chunk in _chunks(list(ids)):
            fresh.update(self._inbox.rows(chunk))
            if searching:
                shown |= self._inbox.matches(flt, frozenset(chunk))
        if not searching:
            # Without a search the row itself says whether it belongs: no second query.
            shown = {i for i, r in fresh.items() if shown_without_search(flt, r)}
        return fresh, shown

    def _apply_rows(
        self, ids: Sequence[int], fresh: dict[int, MessageRow], shown: set[int]
    ) -> None:
        removals: list[int] = []
        arrivals: list[MessageRow] = []
        for message_id in ids:
            position = self.row_of(message_id)
            row = fresh.get(message_id)
            if row is not None and message_id in shown:
                self._stale.discard(message_id)
                if position is None:
                    arrivals.append(row)
                elif self._key(self._rows[position]) != self._key(row):
                    # Its place changed (the urgent order: answered, marked VIP…): move it.
                    removals.append(position)
                    arrivals.append(row)
                elif self._rows[position] != row:
                    self._replace(position, row)
            elif position is not None:
                if row is not None and message_id == self._current_id:
                    # Keep the message being read in view until the user moves on.
                    self._stale.add(message_id)
                    if self._rows[position] != row:
                        self._replace(position, row)
                else:
                    removals.append(position)
        for position in sorted(removals, reverse=True):
            self._remove_row(position)
        self._insert_sorted(arrivals)
        self._trim_unwanted()

    def _replace(self, position: int, row: MessageRow) -> None:
        self._rows[position] = row
        index = self.index(position, 0)
        self.dataChanged.emit(index, index)

    def _remove_row(self, position: int) -> None:
        self.beginRemoveRows(QModelIndex(), position, position)
        removed = self._rows.pop(position)
        self._stale.discard(removed.id)
        self._positions = None
        self.endRemoveRows()

    def _insert_sorted(self, arrivals: list[MessageRow]) -> None:
        """Insert new rows at their sorted places, one insertion per run of neighbours.

        A sync batch of 200 new messages lands as one block at the top: the view
        relayouts once, not 200 times. Rows older than everything loaded are left
        for the next ``fetchMore``.
        """
        blocks: list[tuple[int, list[MessageRow]]] = []
        for row in sorted(arrivals, key=self._key):
            key = self._key(row)
            if not self._exhausted and self._rows and key > self._key(self._rows[-1]):
                continue
            position = self._gap_of(key)
            if blocks and blocks[-1][0] == position:
                blocks[-1][1].append(row)
            else:
                blocks.append((position, [row]))
        # From the bottom up, so that the positions of the blocks above stay right.
        for position, rows in reversed(blocks):
            self.beginInsertRows(QModelIndex(), position, position + len(rows) - 1)
            self._rows[position:position] = rows
            self._positions = None
            self.endInsertRows()

    def _trim_unwanted(self) -> None:
        """Drop the oldest rows once arrivals grew the list a page past what the view
        asked for; they come back with ``fetchMore``. The current message stays."""
        if len(self._rows) <= self._wanted + self._page_size:
            return
        keep = self._wanted
        current = self.row_of(self._current_id) if self._current_id is not None else None
        if current is not None:
            keep = max(keep, current + 1)
        if keep >= len(self._rows):
            return
        self.beginRemoveRows(QModelIndex(), keep, len(self._rows) - 1)
        for dropped in self._rows[keep:]:
            self._stale.discard(dropped.id)
        del self._rows[keep:]
        self._positions = None
        self._exhausted = False
        self.endRemoveRows()

    def _key(self, row: MessageRow) -> tuple[Any, ...]:
        """Where ``row`` sorts in the list (ascending): see ``core.inbox.list_key``."""
        return list_key(self._filter, row)

    def _gap_of(self, key: tuple[Any, ...]) -> int:
        """Where a row with ``key`` belongs in the list."""
        low, high = 0, len(self._rows)
        while low < high:
            middle = (low + high) // 2
            if self._key(self._rows[middle]) < key:
                low = middle + 1
            else:
                high = middle
        return low
