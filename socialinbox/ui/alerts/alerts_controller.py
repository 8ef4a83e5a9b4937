"""Crisis alerts in the window: one banner per active alert above the pages, a desktop
notification when one is raised, the alert's messages one click away.

Rules:

- The banners show the alerts nobody has acknowledged (``core.alerts.Alerts.active``),
  read again on every change set naming alerts — the sync engine's (an alert raised
  by a batch), this window's writes, other processes' through the change-feed poller
  (acknowledged on another desk or with ``alerts ack``). The alerts table holds one
  row per crisis episode, a handful: reading it on the UI thread is cheap.
- A raised alert is announced once per window through the frame's notifier; an
  alert already there when the window opens shows its banner without a notification.
  Clicking the notification shows the alert's messages.
- Acknowledging goes through the frame's write operation as the desk's user.
- The alert's messages are the inbox's filter of its network between its first and
  last message; the composition shows them (:attr:`AlertsController.messages_requested`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from socialinbox.core import changes
from socialinbox.core.alerts import AlertInfo, Alerts
from socialinbox.core.changes import ChangeSet
from socialinbox.core.inbox import InboxFilter
from socialinbox.core.notify import Notification
from socialinbox.ui.alerts.alert_banner import AlertBanner, alert_summary, alert_title
from socialinbox.ui.common.formatting import network_name, short_time
from socialinbox.ui.shell.actions import LISTS_SECTION, ActionSpec, ActionTable
from socialinbox.ui.shell.page import Frame

if TYPE_CHECKING:
    from PySide6.QtGui import QAction


class AlertsController(QObject):
    """The alert banners (in :attr:`area`), their actions and notifications.

    Signals:
        messages_requested(str, object): show the list titled ``str`` with the
            :class:`~socialinbox.core.inbox.InboxFilter` given.
    """

    messages_requested = Signal(str, object)

    def __init__(
        self,
        alerts: Alerts,
        frame: Frame,
        actions: ActionTable,
        *,
        menu: str,
        parent: QObject | None = None,
    ) -> None:
        """``menu``: where Show Alert Messages and Acknowledge Alert go."""
        super().__init__(parent)
        self._alerts = alerts
        self._frame = frame
        self._banners: dict[int, AlertBanner] = {}
        # The active alerts' ids, newest first: the banners' order.
        self._order: list[int] = []
        # The notifications this window raised, by the alert each is about (a click on
        # one shows the alert's messages).
        self._announced: dict[Notification, int] = {}
        self.area = QWidget()
        self.area.setAccessibleName(self.tr("Alerts"))
        self._layout = QVBoxLayout(self.area)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(1)
        self.show_action: QAction = actions.add(
            ActionSpec(
                "alerts.show_messages",
                self.tr("Show Alert &Messages"),
                lambda: self._newest_then(self.show_messages),
                menu=menu,
                group=5,
                shortcut="Ctrl+Shift+M",
                tip=self.tr("List the messages of the newest crisis alert (Ctrl+Shift+M)"),
                help=self.tr("list the messages of the newest crisis alert"),
                section=LISTS_SECTION,
            )
        )
        self.acknowledge_action: QAction = actions.add(
            ActionSpec(
                "alerts.acknowledge",
                self.tr("Ac&knowledge Alert"),
                lambda: self._newest_then(self.acknowledge),
                menu=menu,
                group=5,
                shortcut="Ctrl+Shift+K",
                tip=self.tr("Acknowledge the newest crisis alert (Ctrl+Shift+K)"),
                help=self.tr("acknowledge the newest crisis alert"),
                section=LISTS_SECTION,
            )
        )
        frame.bridge.changes_arrived.connect(self.apply_changes)
        frame.on_notification_clicked(self._notification_clicked)
        self.refresh()

    # -- what is shown ----------------------------------------------------------------

    @property
    def banners(self) -> list[AlertBanner]:
        """The banners shown, newest alert first."""
        return [self._banners[alert_id] for alert_id in self._order]

    def apply_changes(self, change: ChangeSet) -> None:
        """Read the alerts again when a change names them; announce the raised ones."""
        if not change.touches(changes.ALERT) or self._frame.is_closing:
            return
        raised = change.ids(changes.ALERT, changes.INSERTED)
        for alert in self.refresh():
            if alert.id in raised and alert.id not in self._announced.values():
                notification = _notification(alert)
                self._announced[notification] = alert.id
                self._frame.notifier.notify(notification)

    def refresh(self) -> list[AlertInfo]:
        """Show a banner per active alert (newest on top); returns the active alerts."""
        active = self._alerts.active()
        wanted = {a.id: a for a in active}
        for alert_id in set(self._banners) - set(wanted):
            banner = self._banners.pop(alert_id)
            self._layout.removeWidget(banner)
            banner.deleteLater()
        for position, alert in enumerate(active):
            shown = self._banners.get(alert.id)
            if shown is not None:
                shown.set_alert(alert)
                continue
            banner = self._banners[alert.id] = AlertBanner(alert)
            banner.show_requested.connect(self._show_by_id)
            banner.acknowledge_requested.connect(self._acknowledge_by_id)
            self._layout.insertWidget(position, banner)
        self._order = list(wanted)
        self.area.setVisible(bool(active))
        self.show_action.setEnabled(bool(active))
        self.acknowledge_action.setEnabled(bool(active))
        return active

    # -- commands -----------------------------------------------------------------------

    def show_messages(self, alert: AlertInfo) -> None:
        """The alert's messages: its network, from its first message to its newest."""
        title = self.tr("Alert on {network} since {time}").format(
            network=network_name(alert.channel), time=short_time(alert.started_at)
        )
        flt = InboxFilter("all", alert.channel, since=alert.started_at, until=alert.last_seen_at)
        self.messages_requested.emit(title, flt)

    def show_alert(self, alert_id: int) -> None:
        """The messages of alert ``alert_id`` (e.g. from the handover); nothing if it is
        gone."""
        alert = self._alerts.get(alert_id)
        if alert is not None:
            self.show_messages(alert)

    def acknowledge(self, alert: AlertInfo) -> None:
        self._frame.operation.run(
            self._alerts.acknowledge,
            alert.id,
            name="acknowledge-alert",
            done=lambda _change: self._frame.show_status(self.tr("Alert acknowledged."), 4_000),
            failed=self._not_acknowledged,
        )

    def _not_acknowledged(self, reason: str) -> None:
        # Most often another desk was first: its change may not have been read yet.
        self._frame.show_status(reason, 10_000)
        self.refresh()

    def _newest_then(self, command: Callable[[AlertInfo], None]) -> None:
        """``command`` on the newest active alert (the keyboard's and the menu's target)."""
        banners = self.banners
        if banners:
            command(banners[0].alert)

    def _notification_clicked(self, notification: Notification) -> None:
        alert_id = self._announced.get(notification)
        if alert_id is not None and alert_id in self._banners:
            self._frame.bring_to_front()
            self._show_by_id(alert_id)

    def _show_by_id(self, alert_id: int) -> None:
        if alert_id in self._banners:
            self.show_messages(self._banners[alert_id].alert)

    def _acknowledge_by_id(self, alert_id: int) -> None:
        if alert_id in self._banners:
            self.acknowledge(self._banners[alert_id].alert)


def _notification(alert: AlertInfo) -> Notification:
    # Without a tray the alert's own banner is the notice: no second one inside the window.
    return Notification(
        alert_title(alert), alert_summary(alert), urgency="warning", shown_in_window=True
    )
