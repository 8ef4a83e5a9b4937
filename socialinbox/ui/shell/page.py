"""What a feature sees of the window: the :class:`Page` it supplies and the :class:`Frame`
it is given.

Rules for features (inbox, outbox, front desk, …):

- A feature builds its pages and hands them to the frame with
  :meth:`Frame.add_page`, together with the sidebar entries that open them; it
  never reaches into the window's widgets.
- Every change set (this window's writes, the sync engine's, other processes')
  reaches every page through :meth:`Page.apply_changes`; a page refreshes only
  what the change names, and a hidden page may just remember it is out of date.
- A page's badges (counts beside its sidebar entries) are read with
  :meth:`Page.badges`; a page whose badges changed calls :meth:`Frame.refresh_badges`.
- A feature that needs another (the front desk opening a customer) asks the
  frame (:meth:`Frame.show_contact`), never imports the other feature.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QWidget

from socialinbox.core.changes import ChangeSet
from socialinbox.core.inbox import InboxFilter
from socialinbox.core.notify import Notification, Notifier
from socialinbox.ui.common.icons import channel_icon, glyph_icon

if TYPE_CHECKING:
    from socialinbox.ui.runtime.bridge import ChangeBridge
    from socialinbox.ui.runtime.counts import InboxCounts
    from socialinbox.ui.runtime.operation import WriteOperation
    from socialinbox.ui.runtime.tasks import BackgroundTasks


@dataclass(frozen=True, slots=True)
class SidebarEntry:
    """One row of the sidebar. A section heading has ``section=True`` and cannot be selected.

    ``page`` is the key of the :class:`Page` the entry opens; ``filter`` is what the
    inbox page shows for it. ``badge_text`` is the accessible text of a non-zero
    badge, with ``{label}`` and ``{count}`` (translated by the feature); empty means
    "{label}, {count} unread".
    """

    key: str
    label: str
    icon: str = ""
    channel: str | None = None
    page: str = "inbox"
    filter: InboxFilter | None = None
    section: bool = False
    badge_text: str = ""

    def qicon(self) -> QIcon:
        if self.channel is not None:
            return channel_icon(self.channel)
        return glyph_icon(self.icon) if self.icon else QIcon()


class Page(Protocol):
    """A page of the window's stack, opened from one or more sidebar entries."""

    @property
    def key(self) -> str:
        """The page's key; sidebar entries name it in ``SidebarEntry.page``."""
        ...

    @property
    def title(self) -> str:
        """The page's name as a user reads it (translated)."""
        ...

    @property
    def widget(self) -> QWidget:
        """What the frame puts on its page stack."""
        ...

    def activate(self, entry: SidebarEntry) -> None:
        """The user chose ``entry`` (of this page): the page is now on screen."""
        ...

    def deactivate(self) -> None:
        """Another page replaced this one on screen."""
        ...

    def apply_changes(self, change: ChangeSet) -> None:
        """Refresh what ``change`` names (called for every change set, shown or not)."""
        ...

    def badges(self, counts: InboxCounts | None) -> Mapping[str, int]:
        """Counts beside this page's sidebar entries, by entry key. ``counts`` are the
        window's latest counts (computed off the UI thread), None before the first."""
        ...


class Frame(Protocol):
    """The window's public surface for features; nothing else of the window is theirs."""

    tasks: BackgroundTasks
    bridge: ChangeBridge
    operation: WriteOperation
    """Every write of a feature goes through it: run on the writer, changes published."""

    @property
    def notifier(self) -> Notifier: ...

    @property
    def is_closing(self) -> bool:
        """The window is closing: start no new background work."""
        ...

    def add_page(self, page: Page, entries: Sequence[SidebarEntry] = ()) -> None:
        """Put ``page`` on the stack, ``entries`` in the sidebar (before the networks)."""
        ...

    def open_page(self, key: str) -> bool:
        """Select the sidebar entry ``key`` (and so its page). False if there is none."""
        ...

    def is_shown(self, page: Page) -> bool:
        """True if ``page`` is the one on screen."""
        ...

    def show_status(self, text: str, ms: int = 0) -> None:
        """A message in the status bar for ``ms`` milliseconds (0: until replaced)."""
        ...

    def send_soon(self) -> None:
        """Send what is due in the background, without fetching."""
        ...

    def request_counts(self) -> None:
        """Recount the badges and the status bar (off the UI thread, coalesced)."""
        ...

    def refresh_badges(self) -> None:
        """Read every page's :meth:`Page.badges` again and show them."""
        ...

    def show_message(self, message_id: int) -> None:
        """Show a message in the inbox (opening a message list if another page is shown)."""
        ...

    def reply_with(self, message_id: int, text: str) -> None:
        """Show a message with ``text`` in its composer, to edit and queue (a suggested reply;
        it goes through the outbox and its review like any other)."""
        ...

    def show_contact(self, contact_id: int) -> None:
        """Open a customer: their latest message in the inbox and their customer card."""
        ...

    def bring_to_front(self) -> None: ...

    def on_notification_clicked(self, slot: Callable[[Notification], None]) -> None:
        """Call ``slot`` with the notification the user clicked."""
        ...

    def dialog_parent(self) -> QWidget:
        """The widget dialogs are opened over."""
        ...
