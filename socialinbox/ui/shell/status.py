"""The status bar's permanent parts: list counts, sync progress and results, the database
connection when it is lost, demo badge."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QWidget

from socialinbox.core.models import AccountInfo
from socialinbox.ui.accounts.accounts_panel import account_state, account_state_detail
from socialinbox.ui.common.formatting import full_datetime, short_time, translate
from socialinbox.ui.common.icons import glyph_icon
from socialinbox.ui.common.widgets import Chip, icon_label, plain_label, plain_tooltip
from socialinbox.ui.runtime.counts import InboxCounts

if TYPE_CHECKING:
    from socialinbox.sync.engine import AccountSyncResult


class CountsLabel(QLabel):
    """ "75 messages · 42 unread · 30 need a reply"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Message counts"))

    def set_counts(self, counts: InboxCounts, searching: bool) -> None:
        shown = (
            translate("Counts", "%Ln result(s)", None, counts.shown)
            if searching
            else translate("Counts", "%Ln message(s)", None, counts.shown)
        )
        parts = [
            shown,
            translate("Counts", "%Ln unread", None, counts.unread),
            translate("Counts", "%Ln waiting for a reply", None, counts.needs_reply),
        ]
        self.setText("  ·  ".join(parts))


class SyncStatus(QWidget):
    """Shows a busy bar while a round runs, then the last result of every account."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Sync status"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.icon = icon_label()
        self.icon.setPixmap(glyph_icon("sync").pixmap(14, 14))
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(90)
        self.progress.setMaximumHeight(12)
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(self.tr("Sync progress"))
        self.progress.hide()
        self.label = plain_label()
        layout.addWidget(self.icon)
        layout.addWidget(self.progress)
        layout.addWidget(self.label)
        self._accounts: list[AccountInfo] = []
        self._results: dict[int, AccountSyncResult] = {}
        self._syncing = False
        self._render()

    def round_started(self) -> None:
        self._syncing = True
        self.progress.show()
        self.label.setText(self.tr("Syncing…"))

    def progressed(self, new: int) -> None:
        if self._syncing:
            self.label.setText(translate("SyncStatus", "Syncing… %Ln new message(s)", None, new))

    def round_finished(self, results: Sequence[AccountSyncResult]) -> None:
        self._syncing = False
        self.progress.hide()
        for result in results:
            self._results[result.account_id] = result
        self._render()

    def set_accounts(self, accounts: Sequence[AccountInfo]) -> None:
        self._accounts = list(accounts)
        if not self._syncing:
            self._render()

    def _render(self) -> None:
        lines = [self._account_line(a) for a in self._accounts]
        # Errors come from the network: shown literally, never as rich text.
        self.setToolTip(
            plain_tooltip("\n".join(lines) if lines else self.tr("No accounts connected"))
        )
        self.label.setToolTip(self.toolTip())
        if not self._accounts:
            self.label.setText(self.tr("No accounts"))
            return
        failed = [a for a in self._accounts if a.status == "error"]
        if failed:
            first = failed[0]
            text = self.tr("{name}: {error}").format(name=first.name, error=account_state(first))
            if len(failed) > 1:
                text = translate("SyncStatus", "%n account(s) failed", None, len(failed))
            self.label.setText(text)
            return
        synced = [a.last_sync for a in self._accounts if a.last_sync is not None]
        if not synced:
            self.label.setText(self.tr("Not synced yet"))
            return
        when = short_time(max(synced))
        if len(self._accounts) == 1:
            account = self._accounts[0]
            result = self._results.get(account.id)
            if result is not None and result.new:
                self.label.setText(
                    translate(
                        "SyncStatus", "{name}: synced {time}, %Ln new", None, result.new
                    ).format(name=account.name, time=when)
                )
            else:
                self.label.setText(
                    self.tr("{name}: synced {time}").format(name=account.name, time=when)
                )
            return
        self.label.setText(
            translate(
                "SyncStatus", "%n account(s) synced {time}", None, len(self._accounts)
            ).format(time=when)
        )

    def _account_line(self, account: AccountInfo) -> str:
        when = full_datetime(account.last_sync) if account.last_sync else self.tr("never")
        result = self._results.get(account.id)
        if account.status == "error":
            return self.tr("{name}: failed ({when}): {error}").format(
                name=account.name, when=when, error=account_state_detail(account)
            )
        if result is not None:
            return translate(
                "SyncStatus", "{name}: synced {when}, %Ln new", None, result.new
            ).format(name=account.name, when=when)
        return self.tr("{name}: synced {when}").format(name=account.name, when=when)


class DemoBadge(Chip):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.setText(self.tr("Demo data"))
        self.setAccessibleName(self.tr("Demo data: sample messages, nothing is saved"))
        self.setToolTip(self.tr("Sample messages in a throwaway database; nothing is saved."))


class DatabaseStatus(QLabel):
    """Shown while the database cannot be reached (a shared server stopped or away)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Database connection"))
        self.setText(self.tr("Database connection lost: retrying…"))
        self.setToolTip(
            self.tr(
                "What you write is kept and saved when the connection returns; "
                "other desks' changes show again then."
            )
        )
        self.hide()
