"""View ▸ Handover: the shift digest (``core.handover``) as a window beside the main one.

Rules: the digest is read in a worker thread (a few set-based queries) and shown when
it arrives; the dialog never blocks the UI thread. Each line opens its item with one
click (or Enter): a message, a reminder, a guest's card, an alert's messages. The
dialog only *asks* (its signals); the window opens the item and the dialog stays
open beside it, so the next line is one click away too. Every text is plain text.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime, timedelta, tzinfo
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QTreeWidget,
    QTreeWidgetItem,
    QTreeWidgetItemIterator,
    QVBoxLayout,
    QWidget,
)

from socialinbox.core.handover import (
    SHIFT,
    AlertLine,
    ArrivalLine,
    Digest,
    EscalationLine,
    MessageLine,
)
from socialinbox.core.reminders import ReminderInfo
from socialinbox.ui.common.formatting import (
    age_text,
    network_name,
    number_text,
    translate,
    when_text,
)
from socialinbox.ui.common.reasons import reason_text
from socialinbox.ui.common.widgets import plain_label, scaled_font

if TYPE_CHECKING:
    from socialinbox.ui.runtime.tasks import BackgroundTasks

# What a line opens: (kind, id or sidebar key).
TARGET_ROLE = Qt.ItemDataRole.UserRole + 1
MESSAGE, REMINDER, CONTACT, ALERT, LIST = "message", "reminder", "contact", "alert", "list"
# Lines shown per section; the rest are one click away in the section's own list.
SHOWN_LINES = 8
# The periods the user may cover: this shift (the default), half a day, a day.
PERIODS = (SHIFT, timedelta(hours=12), timedelta(hours=24))


ReadDigest = Callable[[datetime | None], tuple[Digest, tzinfo]]


class HandoverDialog(QDialog):
    """The digest's six sections as a tree; a click on a line opens its item.

    Signals:
        message_requested(int): open this message.
        reminder_requested(int): open this reminder on the Reminders page.
        contact_requested(int): open this customer (an arriving guest).
        alert_requested(int): open this alert's messages.
        list_requested(str): open this sidebar entry (a section's whole list).
        loaded(): a digest was read and shown.
    """

    message_requested = Signal(int)
    reminder_requested = Signal(int)
    contact_requested = Signal(int)
    alert_requested = Signal(int)
    list_requested = Signal(str)
    loaded = Signal()

    def __init__(
        self,
        read: ReadDigest,
        tasks: BackgroundTasks,
        now: Callable[[], datetime],
        lists: Mapping[str, str],
        parent: QWidget | None = None,
    ) -> None:
        """``lists``: the sidebar key of each section's whole list, where there is one."""
        super().__init__(parent)
        self._read = read
        self._lists = lists
        self._tasks = tasks
        self._now = now
        self.digest: Digest | None = None
        self.setWindowTitle(self.tr("Handover"))
        self.setAccessibleName(self.tr("Shift handover"))
        self.setModal(False)
        self.resize(760, 620)

        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.heading = plain_label(wrap=True)
        self.heading.setFont(scaled_font(self.font(), 1.15, bold=True))
        self.heading.setAccessibleName(self.tr("What the digest covers"))
        self.period = QComboBox()
        self.period.setAccessibleName(self.tr("Cover"))
        for hours in PERIODS:
            n = int(hours.total_seconds() // 3600)
            self.period.addItem(
                translate("HandoverDialog", "This shift (last %n hour(s))", None, n)
                if hours == SHIFT
                else translate("HandoverDialog", "Last %n hour(s)", None, n),
                hours,
            )
        self.period.currentIndexChanged.connect(lambda _index: self.refresh())
        top.addWidget(self.heading, 1)
        top.addWidget(self.period, 0)
        layout.addLayout(top)
        self.hint = plain_label(
            self.tr("Click a line (or press Enter) to open it; this window stays open."),
            wrap=True,
        )
        layout.addWidget(self.hint)

        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Handover"))
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setRootIsDecorated(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.itemClicked.connect(lambda item, _column: self.open_item(item))
        self.tree.itemActivated.connect(lambda item, _column: self.open_item(item))
        layout.addWidget(self.tree, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.refresh_button = buttons.addButton(
            self.tr("Refresh"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.refresh_button.setToolTip(self.tr("Read the digest again (Ctrl+R)"))
        self.refresh_button.clicked.connect(self.refresh)
        QShortcut(QKeySequence("Ctrl+R"), self, self.refresh)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)

    # -- reading ----------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the digest for the chosen period in a worker thread, then show it."""
        period = self.period.currentData() or SHIFT
        since = self._now() - period
        self.heading.setText(self.tr("Reading…"))
        self._tasks.spawn(self._load(since), "handover-digest")

    async def _load(self, since: datetime) -> None:
        digest, zone = await self._tasks.loop.run_in_executor(None, self._read, since)
        self.show_digest(digest, zone)

    def show_digest(self, digest: Digest, zone: tzinfo) -> None:
        self.digest = digest
        since = _when(digest.since, zone, digest.until)
        until = _when(digest.until, zone, digest.until)
        # A desk at a property reads its property's handover: the heading names it.
        self.heading.setText(
            self.tr("Handover: {since} to {until}").format(since=since, until=until)
            if digest.property is None
            else self.tr("Handover at {place}: {since} to {until}").format(
                place=digest.property, since=since, until=until
            )
        )
        self.tree.clear()
        titles = {
            "new_messages": self.tr("New messages"),
            "waiting_past_target": self.tr("Waiting past their target"),
            "escalations": self.tr("Escalations"),
            "reminders_due": self.tr("Reminders due"),
            "arrivals": self.tr("Returning guests arriving"),
            "alerts": self.tr("Alerts"),
        }
        for name, section in digest.sections():
            top = QTreeWidgetItem([f"{titles[name]} ({section.count})"])
            top.setFont(0, scaled_font(self.font(), 1.0, bold=True))
            top.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tree.addTopLevelItem(top)
            for line in section.items[:SHOWN_LINES]:
                text, target = self._line(name, line, zone, digest.until)
                child = QTreeWidgetItem([text])
                child.setToolTip(0, text)
                child.setData(0, TARGET_ROLE, target)
                top.addChild(child)
            hidden = section.count - min(len(section.items), SHOWN_LINES)
            if hidden > 0:
                more = QTreeWidgetItem(
                    [translate("HandoverDialog", "… and %Ln more", None, hidden)]
                )
                if name in self._lists:
                    more.setText(
                        0,
                        translate("HandoverDialog", "… and %Ln more: show the list", None, hidden),
                    )
                    more.setData(0, TARGET_ROLE, (LIST, self._lists[name]))
                    more.setForeground(0, self.palette().brush(QPalette.ColorRole.Link))
                else:
                    more.setFlags(Qt.ItemFlag.ItemIsEnabled)
                top.addChild(more)
            if not section.items:
                none = QTreeWidgetItem([self.tr("Nothing")])
                none.setFlags(Qt.ItemFlag.ItemIsEnabled)
                none.setForeground(0, self.palette().brush(QPalette.ColorRole.PlaceholderText))
                top.addChild(none)
            top.setExpanded(True)
        self.loaded.emit()

    def _line(
        self, section: str, line: object, zone: tzinfo, now: datetime
    ) -> tuple[str, tuple[str, object]]:
        """A line's plain text and what it opens."""
        if isinstance(line, MessageLine):
            if section == "waiting_past_target":
                when = self.tr("waiting {age} (target {target})").format(
                    age=age_text(now, now - timedelta(seconds=line.waiting_s)),
                    target=age_text(now, now - timedelta(seconds=line.target_s)),
                )
            else:
                when = _when(line.created_at, zone, now)
            text = f"{line.author} · {network_name(line.channel)} · {when} — {line.preview}"
            return text, (MESSAGE, line.id)
        if isinstance(line, EscalationLine):
            reason = f": {line.reason}" if line.reason else ""
            text = self.tr("To {to} (by {by}){reason} — {who}: {preview}").format(
                to=line.to_user,
                by=line.by_user,
                reason=reason,
                who=line.author,
                preview=line.preview,
            )
            return text, (MESSAGE, line.message_id)
        if isinstance(line, ReminderInfo):
            return f"{line.contact_name} — {reason_text(line.kind, line.reason)}", (
                REMINDER,
                line.id,
            )
        if isinstance(line, ArrivalLine):
            guest = line.guest
            day = (
                self.tr("today")
                if line.arrival == now.astimezone(zone).date()
                else self.tr("tomorrow")
            )
            room = self.tr(", room {room}").format(room=guest.room) if guest.room else ""
            notes = f" — {' · '.join(guest.notes)}" if guest.notes else ""
            return f"{guest.contact_name} ({day}{room}){notes}", (CONTACT, guest.contact_id)
        assert isinstance(line, AlertLine)
        kind = self.tr("Spike") if line.kind == "spike" else self.tr("Negative messages")
        text = self.tr("{kind} on {network} since {time}: {count} (usual {usual})").format(
            kind=kind,
            network=network_name(line.channel),
            time=_when(line.started_at, zone, now),
            count=translate("HandoverDialog", "%Ln message(s)", None, line.count),
            usual=number_text(line.usual),
        )
        return text, (ALERT, line.id)

    # -- opening ----------------------------------------------------------------------

    def open_item(self, item: QTreeWidgetItem) -> None:
        target = item.data(0, TARGET_ROLE)
        if not target:
            return
        kind, key = target
        if kind == MESSAGE:
            self.message_requested.emit(int(key))
        elif kind == REMINDER:
            self.reminder_requested.emit(int(key))
        elif kind == CONTACT:
            self.contact_requested.emit(int(key))
        elif kind == ALERT:
            self.alert_requested.emit(int(key))
        elif kind == LIST:
            self.list_requested.emit(str(key))

    def lines(self) -> list[QTreeWidgetItem]:
        """Every line that opens something, in order (for tests and keyboard users)."""
        found: list[QTreeWidgetItem] = []
        iterator = QTreeWidgetItemIterator(self.tree)
        while (item := iterator.value()) is not None:
            if item.data(0, TARGET_ROLE):
                found.append(item)
            iterator += 1
        return found


def _when(moment: datetime, zone: tzinfo, now: datetime) -> str:
    return when_text(moment.astimezone(zone), now.astimezone(zone).date())
