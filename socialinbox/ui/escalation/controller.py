"""Escalating and assigning in the window: Message ▸ Escalate… (Shift+E), Assign…
(Shift+A) and Resolve Escalation… (Shift+R), the history in the reading pane, and the
desktop notice to the person an escalation names.

Rules:

- The commands act on the message shown in the reading pane (``current_message``,
  given by the composition); writes go through the frame's write operation, and the
  dialog closes only when the write succeeded.
- The desk's person joins the users list when the window opens; then the escalations
  to them that no desk has shown yet are announced. Later ones arrive as change sets
  on the bridge — this window's writes, and other processes' (a CLI ``escalate``)
  through the change-feed poller — and each is announced once
  (:class:`~socialinbox.core.escalations.EscalationAnnouncer`, ``escalations.seen_at``).
  Clicking the notice shows the message.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction

from socialinbox.core import changes
from socialinbox.core.changes import ChangeSet, Created
from socialinbox.core.escalations import EscalationAnnouncer
from socialinbox.core.notify import Notification, Notifier
from socialinbox.ui.escalation.history import EscalationHistory
from socialinbox.ui.escalation.questions import DialogShape
from socialinbox.ui.shell.actions import LIST_SECTION, ActionSpec, ActionTable
from socialinbox.ui.shell.page import Frame

if TYPE_CHECKING:
    from socialinbox.app import AppContext
    from socialinbox.ui.escalation.person_dialog import PersonDialog

# Where the commands go in the Message menu (after read/done and Open original).
MESSAGE_MENU_GROUP = 3


class _Forwarder:
    """The frame's notifier, remembering what it forwarded (to know our notices' clicks)."""

    def __init__(self, notifier: Notifier) -> None:
        self._notifier = notifier
        self.sent: list[Notification] = []

    def notify(self, notification: Notification) -> None:
        self.sent.append(notification)
        self._notifier.notify(notification)


class EscalationDesk(QObject):
    """Builds the escalation commands, the history section and the notices into the window."""

    def __init__(
        self,
        frame: Frame,
        context: AppContext,
        actions: ActionTable,
        current_message: Callable[[], int | None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._frame = frame
        self._context = context
        self._current_message = current_message
        self.dialog: PersonDialog | None = None
        self.history = EscalationHistory(context.escalations, context.inbox)
        self.notices = _Forwarder(frame.notifier)
        self.announcer = EscalationAnnouncer(
            context.escalations,
            self.notices,
            context.desk,
            self._mark_seen,
            describe=self._describe,
        )
        self.escalate_action = actions.add(
            ActionSpec(
                "message.escalate",
                self.tr("&Escalate…"),
                self.open_escalate,
                menu="message",
                group=MESSAGE_MENU_GROUP,
                shortcut="Shift+E",
                icon="escalated",
                tip=self.tr("Hand the message to a colleague, with the reason (Shift+E)"),
                help=self.tr("escalate the message to a colleague"),
                section=LIST_SECTION,
            )
        )
        self.assign_action = actions.add(
            ActionSpec(
                "message.assign",
                self.tr("&Assign…"),
                self.open_assign,
                menu="message",
                group=MESSAGE_MENU_GROUP,
                shortcut="Shift+A",
                icon="mine",
                tip=self.tr("Assign the message to a colleague or to yourself (Shift+A)"),
                help=self.tr("assign the message to someone"),
                section=LIST_SECTION,
            )
        )
        self.resolve_action = actions.add(
            ActionSpec(
                "message.resolve_escalation",
                self.tr("&Resolve Escalation…"),
                self.open_resolve,
                menu="message",
                group=MESSAGE_MENU_GROUP,
                shortcut="Shift+R",
                tip=self.tr("Settle the message's escalation and say what came of it (Shift+R)"),
                help=self.tr("resolve the message's escalation"),
                section=LIST_SECTION,
            )
        )
        frame.bridge.changes_arrived.connect(self.apply_changes)
        frame.on_notification_clicked(self._notification_clicked)
        self.update_actions()
        QTimer.singleShot(0, self.start)

    @property
    def actions(self) -> tuple[QAction, QAction, QAction]:
        return (self.escalate_action, self.assign_action, self.resolve_action)

    # -- start and changes ----------------------------------------------------------

    def start(self) -> None:
        """Put the desk's person on the list, then tell them what waits for them."""
        if self._frame.is_closing or self._context.db.read_only:
            return
        self._frame.operation.run(
            self._context.users.ensure,
            name="join-users",
            done=lambda _saved: self.announcer.announce_waiting(),
        )

    def apply_changes(self, change: ChangeSet) -> None:
        self.announcer(change)
        if change.touches(changes.ESCALATION) or change.touches(changes.MESSAGE):
            self.history.refresh()
            self.update_actions()
        if change.touches(changes.ESCALATION):
            self._frame.request_counts()

    def follow_message(self, message_id: int | None) -> None:
        """The reading pane shows ``message_id`` (None: nothing)."""
        self.history.show_message(message_id)
        self.update_actions()

    def update_actions(self) -> None:
        message_id = self._current_message()
        self.escalate_action.setEnabled(message_id is not None)
        self.assign_action.setEnabled(message_id is not None)
        self.resolve_action.setEnabled(self._escalated_to(message_id) is not None)

    # -- commands ---------------------------------------------------------------------

    def open_escalate(self) -> PersonDialog | None:
        message_id = self._current_message()
        if message_id is None:
            return None
        holder = self._escalated_to(message_id)
        intro = (
            self.tr("It is escalated to {name} now: escalating it again hands it on.").format(
                name=holder
            )
            if holder
            else self.tr("The person you choose is told on their desk; it shows under Escalated.")
        )
        shape = DialogShape(
            title=self.tr("Escalate message"),
            intro=intro,
            ok=self.tr("Escalate"),
            picker=self.tr("&To:"),
            text=self.tr("&Reason:"),
        )
        users = self._context.users.list_users()
        # Up the chain: an owner is offered first (one other than whoever holds it).
        owner = next(
            (u.name for u in users if u.role == "owner" and u.name not in (holder, self._me())),
            None,
        )
        return self._open(
            shape,
            lambda name, text: partial(
                self._context.escalations.escalate, message_id, name or "", text or None
            ),
            "escalate",
            preselect=owner,
            leave_out=holder,
        )

    def open_assign(self) -> PersonDialog | None:
        message_id = self._current_message()
        if message_id is None:
            return None
        row = self._context.inbox.rows([message_id]).get(message_id)
        shape = DialogShape(
            title=self.tr("Assign message"),
            intro=self.tr("The message shows in Mine for the person you choose."),
            ok=self.tr("Assign"),
            picker=self.tr("&To:"),
            nobody=self.tr("Nobody"),
        )
        current = row.assigned_to if row is not None else None
        return self._open(
            shape,
            lambda name, _text: partial(self._context.escalations.assign, message_id, name),
            "assign",
            preselect=current or self._me(),
        )

    def open_resolve(self) -> PersonDialog | None:
        message_id = self._current_message()
        holder = self._escalated_to(message_id)
        if message_id is None or holder is None:
            return None
        shape = DialogShape(
            title=self.tr("Resolve escalation"),
            intro=self.tr("Escalated to {name}. What came of it? It stays in the history.").format(
                name=holder
            ),
            ok=self.tr("Resolve"),
            text=self.tr("&Outcome:"),
            text_required=True,
        )
        return self._open(
            shape,
            lambda _name, text: partial(self._context.escalations.resolve, message_id, text),
            "resolve-escalation",
        )

    def _open(
        self,
        shape: DialogShape,
        write: Callable[[str | None, str], Callable[[], ChangeSet | Created]],
        name: str,
        *,
        preselect: str | None = None,
        leave_out: str | None = None,
    ) -> PersonDialog:
        # Imported when opened: no dialog is needed for the window's first paint.
        from socialinbox.ui.escalation.person_dialog import PersonDialog

        dialog = PersonDialog(
            shape,
            self._context.users.list_users(),
            preselect=preselect,
            leave_out=leave_out,
            parent=self._frame.dialog_parent(),
        )

        def submitted(person: str | None, text: str) -> None:
            self._frame.operation.run(
                write(person, text),
                name=name,
                done=lambda _r: dialog.saved(),
                failed=dialog.refused,
            )

        dialog.submitted.connect(submitted)
        dialog.open()
        self.dialog = dialog
        return dialog

    # -- inside -------------------------------------------------------------------------

    def _me(self) -> str:
        found = self._context.users.find(self._context.user)
        return found.name if found is not None else self._context.user

    def _escalated_to(self, message_id: int | None) -> str | None:
        if message_id is None:
            return None
        row = self._context.inbox.rows([message_id]).get(message_id)
        return row.escalated_to if row is not None else None

    def _mark_seen(self, ids: list[int]) -> None:
        if not self._frame.is_closing:
            self._frame.operation.run(
                partial(self._context.escalations.mark_seen, ids), name="escalation-seen"
            )

    def _describe(self, message_id: int) -> str:
        row = self._context.inbox.rows([message_id]).get(message_id)
        return f"{row.author}: {row.preview}" if row is not None else ""

    def _notification_clicked(self, notification: Notification) -> None:
        if notification in self.notices.sent and notification.message_id is not None:
            self._frame.bring_to_front()
            self._frame.show_message(notification.message_id)
