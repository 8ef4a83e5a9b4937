"""What the customer card does when asked: its writes, dialogs and their results.

Rules: every write goes through the window's write operation, which runs it on
the writer thread and publishes its change set (the card then refreshes from it
like any view); a refusal or failure is shown on the card's status line; what
can be undone offers Undo in the card's undo bar; dialogs open window-modal
without blocking (tests reach the open one as ``card.dialog``). The base of
:class:`~socialinbox.ui.customer.contact_card.CustomerCard`, which builds the
widgets and sets the state named below.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFileDialog, QFrame, QLabel, QWidget

from socialinbox.core.changes import Created
from socialinbox.core.contacts import (
    ContactCard,
    ContactNotFound,
    Contacts,
    Evidence,
    MergeSuggestion,
)
from socialinbox.core.inbox import Inbox
from socialinbox.core.logged import LoggedConversation
from socialinbox.core.notes import NoteInfo, NoteNotFound, Notes
from socialinbox.ui.common.errors import describe
from socialinbox.ui.common.formatting import full_datetime
from socialinbox.ui.customer.contact_card_parts import UndoBar
from socialinbox.ui.customer.contact_privacy import EraseDialog, export_file_name, write_export
from socialinbox.ui.customer.note_editor import NoteDraft, NoteEditor
from socialinbox.ui.runtime.operation import ResultT, WriteOperation
from socialinbox.ui.runtime.tasks import BackgroundTasks

if TYPE_CHECKING:
    # Dialogs are imported where they open: none is needed for the first paint.
    from socialinbox.app import AppContext
    from socialinbox.ui.customer.log_dialog import LogConversationDialog

STATUS_MS = 10_000


class CardActions(QFrame):
    """The card's actions, the base of :class:`CustomerCard` (never used alone), which
    builds the widgets and sets the state declared here."""

    _context: AppContext
    _contacts: Contacts
    _notes: Notes
    _inbox: Inbox
    _tasks: BackgroundTasks
    _operation: WriteOperation
    _card: ContactCard | None
    _message_id: int | None
    _wanted_contact: int | None
    suggestions: list[tuple[MergeSuggestion, str]]
    dialog: QWidget | None
    undo_bar: UndoBar
    status_label: QLabel
    _status_timer: QTimer

    # -- writes -----------------------------------------------------------------------

    def _write(
        self,
        fn: Callable[[], ResultT],
        done: Callable[[ResultT], None] | None = None,
        *,
        keep: str | None = None,
    ) -> None:
        """Run ``fn`` through the write operation, then ``done``; a refusal shows on the card.
        ``keep``: the user's words it saves, kept while the database cannot be reached."""
        self._operation.run(fn, name="contact-write", done=done, failed=self.show_status, keep=keep)

    def open_note_texts(self) -> list[str]:
        """The text of every note editor open now (kept if the window closes offline)."""
        editors = self.window().findChildren(NoteEditor)
        return [editor.draft().text for editor in editors if editor.isVisible()]

    def show_status(self, text: str) -> None:
        self.status_label.setText(text)
        self.status_label.show()
        self._status_timer.start(STATUS_MS)

    # -- notes ------------------------------------------------------------------------

    def add_note(self) -> None:
        if self._card is None:
            return
        editor = NoteEditor(self._card.summary.name, self)
        contact_id = self._card.id
        editor.saved.connect(lambda draft: self._save_new_note(contact_id, draft))
        self._open(editor)

    def note_from_message(self) -> None:
        """Open the note editor on the selected message, keeping the link to it."""
        if self._message_id is None:
            self.show_status(self.tr("Select a message first."))
            return
        detail = self._inbox.get(self._message_id)
        if detail is None or detail.contact_id is None:
            self.show_status(self.tr("This message belongs to no customer."))
            return
        try:
            name = self._contacts.get(detail.contact_id).summary.name
        except ContactNotFound:
            name = detail.author_name or detail.author_handle or ""
        editor = NoteEditor(name, self.window(), source=detail)
        editor.saved.connect(lambda draft: self._save_new_note(None, draft))
        self._open(editor)

    def _save_new_note(self, contact_id: int | None, draft: NoteDraft) -> None:
        self._write(
            partial(
                self._notes.add,
                contact_id,
                draft.text,
                pinned=draft.pinned,
                sensitive=draft.sensitive,
                source_message_id=draft.source_message_id,
            ),
            lambda _result: self.show_status(self.tr("Note saved.")),
            keep=draft.text,
        )

    def edit_note(self, note_id: int, mine: NoteDraft | None = None) -> None:
        """Open the note's editor; ``mine``: the user's draft whose save was refused
        because another desk saved the note first (their version is shown beside it)."""
        if self._card is None:
            return
        try:
            note = self._notes.get(note_id)
        except NoteNotFound:
            return
        editor = NoteEditor(self._card.summary.name, self, note=note, mine=mine)
        editor.saved.connect(lambda draft: self._save_note(note, draft))
        self._open(editor)

    def _save_note(self, read: NoteInfo, draft: NoteDraft) -> None:
        """Save ``draft`` over the version ``read``; if another desk saved since, edit again."""

        def refused(text: str) -> None:
            try:
                changed = self._notes.get(read.id).version != read.version
            except NoteNotFound:
                changed = False
            if changed:
                self.edit_note(read.id, mine=draft)
            else:
                self.show_status(text)

        self._operation.run(
            partial(
                self._notes.edit,
                read.id,
                text=draft.text,
                pinned=draft.pinned,
                sensitive=draft.sensitive,
                expected_version=read.version,
            ),
            name="contact-write",
            failed=refused,
            keep=draft.text,
        )

    def delete_note(self, note_id: int) -> None:
        self._write(
            partial(self._notes.delete, note_id),
            lambda _change: self.undo_bar.offer(
                self.tr("Note deleted."),
                lambda: self._write(partial(self._notes.undelete, note_id)),
            ),
        )

    # -- the contact's fields ---------------------------------------------------------

    def open_details(self) -> None:
        if self._card is None:
            return
        from socialinbox.ui.customer.contact_dialogs import ContactDetailsDialog

        dialog = ContactDetailsDialog(self._card, self)
        contact_id, version = self._card.id, self._card.version
        dialog.saved.connect(
            lambda d: self._write(
                partial(
                    self._contacts.update,
                    contact_id,
                    name=d.name,
                    vip=d.vip,
                    preferred_channel=d.preferred_channel,
                    topics=d.topics,
                    tags=d.tags,
                    expected_version=version,
                )
            )
        )
        self._open(dialog)

    def _vip_clicked(self, checked: bool) -> None:
        if self._card is not None:
            self._write(partial(self._contacts.update, self._card.id, vip=checked))

    def open_follow_up(self) -> None:
        if self._card is None:
            return
        from socialinbox.ui.customer.contact_dialogs import FollowUpDialog

        dialog = FollowUpDialog(self._card.summary.name, self._context.clock.now(), self)
        contact_id = self._card.id
        dialog.chosen.connect(lambda due, reason: self.set_follow_up(contact_id, due, reason))
        self._open(dialog)

    def set_follow_up(self, contact_id: int, due: datetime, reason: str) -> None:
        self._write(
            partial(self._context.reminders.follow_up, contact_id, due, reason),
            lambda _change: self.show_status(
                self.tr("Follow-up set for {when}.").format(when=full_datetime(due))
            ),
        )

    # -- calls and visits logged by hand --------------------------------------------------

    def shown_contact_id(self) -> int | None:
        """The customer the card is about: the one asked for, else the selected message's
        (read now: a hidden card does not follow the selection)."""
        if self._message_id is None:
            return self._wanted_contact
        detail = self._inbox.get(self._message_id)
        return detail.contact_id if detail is not None else None

    def open_log_conversation(self, contact_id: int | None = None) -> None:
        """*Log a call or visit…* with ``contact_id``, else with :meth:`shown_contact_id`."""
        contact_id = contact_id if contact_id is not None else self.shown_contact_id()
        if contact_id is None:
            self.show_status(self.tr("Select a message from a customer to log a call or visit."))
            return
        try:
            name = self._contacts.get(contact_id).summary.name
        except ContactNotFound:
            return
        from socialinbox.ui.customer.log_dialog import LogConversationDialog

        dialog = LogConversationDialog(contact_id, name, self._context.clock.now(), self)
        dialog.submitted.connect(partial(self.log_conversation, dialog))
        self._open(dialog)

    def log_conversation(
        self, dialog: LogConversationDialog, conversation: LoggedConversation
    ) -> None:
        """Store what ``dialog`` holds; it closes once stored, or says why not and stays."""

        def stored(_created: Created) -> None:
            dialog.saved()
            self.show_status(self.tr("Logged in the customer's timeline."))

        self._operation.run(
            partial(self._context.conversation_log.log, conversation),
            name="log-conversation",
            done=stored,
            failed=dialog.refused,
        )

    # -- identities, merge, split --------------------------------------------------------

    def open_link_identity(self) -> None:
        if self._card is None:
            return
        from socialinbox.ui.customer.contact_dialogs import LinkIdentityDialog

        dialog = LinkIdentityDialog(self._card.summary.name, self)
        contact_id = self._card.id
        dialog.chosen.connect(
            lambda channel, handle: self._write(
                partial(self._contacts.link, contact_id, channel, handle),
                lambda _result: self.show_status(self.tr("Identity linked.")),
            )
        )
        self._open(dialog)

    def split_identity(self, identity_id: int) -> None:
        if self._card is None:
            return
        keep_id = self._card.id
        self._write(
            partial(self._contacts.split, identity_id),
            lambda split: self.undo_bar.offer(
                self.tr("Split out into a new customer."),
                lambda: self._write(partial(self._contacts.merge, keep_id, split.id)),
            ),
        )

    def open_merge(self, other_id: int | None = None, evidence: Sequence[Evidence] = ()) -> None:
        """The merge dialog: pick the other customer, or straight to the preview."""
        if self._card is None:
            return
        from socialinbox.ui.customer.merge_dialog import MergeDialog

        dialog = MergeDialog(
            self._contacts,
            self._card.summary,
            self,
            other_id=other_id,
            evidence=evidence,
            suggested=[suggestion.other_id for suggestion, _name in self.suggestions],
        )
        dialog.merge_confirmed.connect(self.merge)
        self._open(dialog)

    def merge(self, keep_id: int, other_id: int) -> None:
        try:
            other_name = self._contacts.get(other_id).summary.name
        except ContactNotFound:
            other_name = str(other_id)
        self._write(
            partial(self._contacts.merge, keep_id, other_id),
            lambda merged: self._offer_undo_merge(other_name, merged),
        )

    def _offer_undo_merge(self, other_name: str, merged: Created) -> None:
        self.undo_bar.offer(
            self.tr("Merged {name} into this customer.").format(name=other_name),
            partial(self.undo_merge, merged.id),
        )

    def undo_merge(self, merge_id: int) -> None:
        self._write(
            partial(self._contacts.undo_merge, merge_id),
            lambda _change: self.show_status(self.tr("Merge undone.")),
        )

    # -- privacy -------------------------------------------------------------------------

    def open_export(self) -> None:
        if self._card is None:
            return
        dialog = QFileDialog(
            self, self.tr("Export everything about {name}").format(name=self._card.summary.name)
        )
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("JSON files (*.json)"))
        dialog.setDefaultSuffix("json")
        dialog.selectFile(str(Path.home() / export_file_name(self._card)))
        contact_id = self._card.id
        dialog.fileSelected.connect(lambda path: self.export_to(contact_id, Path(path)))
        self._open(dialog)

    def export_to(self, contact_id: int, path: Path) -> None:
        """Write everything about the contact to ``path`` (owner-only), in a worker thread."""
        self._tasks.spawn(self._export(contact_id, path), "contact-export")

    async def _export(self, contact_id: int, path: Path) -> None:
        loop = asyncio.get_running_loop()

        def export() -> None:
            write_export(path, self._contacts.export(contact_id))

        try:
            await loop.run_in_executor(None, export)
        except (OSError, LookupError) as error:
            self.show_status(self.tr("Could not export: {error}").format(error=describe(error)))
            return
        self.show_status(self.tr("Exported to {path}.").format(path=str(path)))

    def open_erase(self) -> None:
        if self._card is None:
            return
        messages = self._contacts.message_count(self._card.id)
        dialog = EraseDialog(self._card, messages, self)
        dialog.erase_confirmed.connect(self.erase)
        self._open(dialog)

    def erase(self, contact_id: int) -> None:
        self._write(
            partial(self._contacts.erase, contact_id),
            lambda _change: self.show_status(self.tr("The customer was erased.")),
        )

    # -- dialogs ---------------------------------------------------------------------------

    def _open(self, dialog: QWidget) -> None:
        """Open a dialog window-modally without blocking; tests reach it as ``self.dialog``."""
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.destroyed.connect(lambda *_: self._forget_dialog(dialog))
        open_dialog = getattr(dialog, "open", None)
        if callable(open_dialog):
            open_dialog()
        else:
            dialog.show()

    def _forget_dialog(self, dialog: QWidget) -> None:
        if self.dialog is dialog:
            self.dialog = None
