"""The accounts under the sidebar: each one's state at a glance.

One row per account: a coloured dot, the name (with "at Nashville" when the account's
messages come to a property, ``core.properties``), and a quieter line with the
last and next sync or, when the account failed, the error in words (whole in the
tooltip), and for a network with a daily API quota (YouTube) how much of it is used.
Activating a row opens the account in the Accounts dialog.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QLocale, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from socialinbox.core.api_quota import QuotaUsage
from socialinbox.core.models import AccountInfo
from socialinbox.ui.common.errors import sync_problem_detail, sync_problem_text
from socialinbox.ui.common.formatting import (
    QT_TRANSLATE_NOOP,
    full_datetime,
    short_time,
    translate,
)
from socialinbox.ui.common.widgets import plain_label, plain_tooltip, scaled_font
from socialinbox.ui.shell.theme import error_colour

STATUS_WORDS = {
    "ok": QT_TRANSLATE_NOOP("AccountsPanel", "Working"),
    "error": QT_TRANSLATE_NOOP("AccountsPanel", "Needs attention"),
    "new": QT_TRANSLATE_NOOP("AccountsPanel", "Not synced yet"),
}


def account_state(account: AccountInfo) -> str:
    """The account's state in words: "Working", or the kind of problem the last sync met
    (the network's own words are in :func:`account_state_detail`)."""
    if account.status == "error":
        if not account.last_error:
            return translate("AccountsPanel", "Failed")
        return sync_problem_text(account.last_error, account.next_sync)
    return translate("AccountsPanel", STATUS_WORDS.get(account.status, account.status))


def account_state_detail(account: AccountInfo) -> str:
    """:func:`account_state` with the network's own words after it (English, as it
    answered), for a tooltip."""
    state = account_state(account)
    if account.status != "error" or not account.last_error:
        return state
    detail = " ".join(sync_problem_detail(account.last_error).split())
    return f"{state} ({detail})" if detail else state


OK_COLOUR = QColor("#2e7d32")
WAITING_COLOUR = QColor("#9e9e9e")


def _dot(colour: QColor, size: int = 10) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawEllipse(1, 1, size - 2, size - 2)
    painter.end()
    return QIcon(pixmap)


def quota_text(usage: QuotaUsage) -> str:
    """The day's API quota in words: "quota: 3,140 of 10,000 used" (numbers grouped as the
    locale groups them, even where it would not by default)."""
    locale = QLocale()
    locale.setNumberOptions(QLocale.NumberOption.DefaultNumberOptions)
    used = usage.budget if usage.exhausted else usage.used
    return (
        QCoreApplication.translate("AccountsPanel", "quota: %1 of %2 used")
        .replace("%1", locale.toString(used))
        .replace("%2", locale.toString(usage.budget))
    )


def syncing_text(user: str) -> str:
    """Another desk fetches the account now: "being synced by Anna"."""
    return QCoreApplication.translate("AccountsPanel", "being synced by %1").replace("%1", user)


def sync_times(account: AccountInfo, when: Callable[[datetime], str] = full_datetime) -> str:
    """When the account last synced and syncs next: "Last sync …, next …"."""
    if account.last_sync is None:
        last = translate("AccountsPanel", "Last sync: never")
    else:
        last = translate("AccountsPanel", "Last sync: {time}").format(time=when(account.last_sync))
    if account.next_sync is None:
        return last
    return translate("AccountsPanel", "{last}; next: {time}").format(
        last=last, time=when(account.next_sync)
    )


def status_line(account: AccountInfo) -> str:
    """The quieter second line of a row."""
    if account.status == "error":
        return account_state(account)
    if account.last_sync is None:
        return translate("AccountsPanel", "Not synced yet")
    line = translate("AccountsPanel", "Synced {time}").format(time=short_time(account.last_sync))
    if account.next_sync is not None:
        line += " · " + translate("AccountsPanel", "next {time}").format(
            time=short_time(account.next_sync)
        )
    if account.last_error:  # a notice of a sync that worked (X's reach)
        line += f" · {' '.join(account.last_error.split())}"
    return line


class AccountsPanel(QWidget):
    """Signals:
    account_activated(int): a row was activated (the account's id).
    manage_requested(): the "Accounts…" button was pressed.
    """

    account_activated = Signal(int)
    manage_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Accounts"))
        self.heading = plain_label(self.tr("ACCOUNTS"))
        self.heading.setFont(scaled_font(self.heading.font(), 0.8, bold=True))
        self.heading.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Account states"))
        self.list.setFrameShape(QListWidget.Shape.NoFrame)
        # Part of the sidebar, not a white box inside it.
        self.list.setStyleSheet("QListWidget { background: transparent; }")
        self.list.setIconSize(QSize(10, 10))
        self.list.setWordWrap(False)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.itemActivated.connect(
            lambda item: self.account_activated.emit(int(item.data(Qt.ItemDataRole.UserRole)))
        )
        self.manage = QPushButton(self.tr("Accounts…"))
        self.manage.setToolTip(self.tr("Add, sign in again or remove accounts"))
        self.manage.clicked.connect(self.manage_requested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 8)
        layout.setSpacing(4)
        layout.addWidget(self.heading)
        layout.addWidget(self.list)
        layout.addWidget(self.manage)
        self.set_accounts([])

    def set_accounts(
        self,
        accounts: Sequence[AccountInfo],
        quotas: Mapping[int, QuotaUsage] | None = None,
        syncing: Mapping[int, str] | None = None,
        places: Mapping[int, str] | None = None,
    ) -> None:
        """Show ``accounts``; ``quotas``: the daily API quota of those whose network
        counts one, by account id; ``syncing``: who syncs those another desk syncs now;
        ``places``: the property's name of those placed at one."""
        quotas = quotas or {}
        syncing = syncing or {}
        places = places or {}
        self.list.clear()
        palette = self.palette()
        for account in accounts:
            if account.status == "error":
                colour = error_colour(palette)
            elif account.status == "ok":
                colour = OK_COLOUR
            else:
                colour = WAITING_COLOUR
            # The day's API quota, where the network counts one, on a line of its own:
            # beside a long error it would be cut off.
            quota = quotas.get(account.id)
            lines = [status_line(account)] + ([quota_text(quota)] if quota else [])
            if account.id in syncing:
                lines.append(syncing_text(syncing[account.id]))
            name = account.name
            if account.id in places:
                at = translate("AccountsPanel", "at {property}").format(property=places[account.id])
                name = f"{name} · {at}"
            item = QListWidgetItem(_dot(colour), "\n".join([name, *lines]))
            item.setData(Qt.ItemDataRole.UserRole, account.id)
            spoken = f"{name}: {'; '.join(lines)}"
            item.setData(Qt.ItemDataRole.AccessibleTextRole, spoken)
            item.setToolTip(
                plain_tooltip(
                    f"{name} ({account.kind})\n{account_state_detail(account)}\n"
                    + sync_times(account)
                    + (f"\n{quota_text(quota)}" if quota else "")
                )
            )
            self.list.addItem(item)
        shown = min(len(accounts), 4)
        height = sum(max(self.list.sizeHintForRow(row), 20) for row in range(shown))
        self.list.setFixedHeight(max(height, 20) + 4)
        self.list.setVisible(bool(accounts))

    def row_texts(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]
