"""The one write operation: a write's changes reach the bridge, refusals and failures are shown."""

from __future__ import annotations

import logging

import pytest
import qasync
from ui_helpers import fetched, run_until, store

from socialinbox.app import AppContext
from socialinbox.core import changes
from socialinbox.core.changes import ChangeSet, Created
from socialinbox.ui.runtime.bridge import ChangeBridge
from socialinbox.ui.runtime.operation import WriteOperation
from socialinbox.ui.runtime.tasks import BackgroundTasks


class Shown:
    """The status lines an operation showed, as the window's status bar would."""

    def __init__(self) -> None:
        self.lines: list[tuple[str, int]] = []

    def __call__(self, text: str, ms: int) -> None:
        self.lines.append((text, ms))


@pytest.fixture
def parts(
    context: AppContext, qloop: qasync.QEventLoop
) -> tuple[WriteOperation, BackgroundTasks, list[ChangeSet], Shown]:
    tasks = BackgroundTasks(qloop)
    bridge = ChangeBridge()
    published: list[ChangeSet] = []
    bridge.changes_arrived.connect(published.append)
    shown = Shown()
    return WriteOperation(context.writer, tasks, bridge, shown), tasks, published, shown


def a_contact(context: AppContext) -> int:
    store(context, fetched("op-1", "Table for two?", author="Maya Chen", key="maya"))
    contact = context.contacts.list_contacts(search="Maya")[0]
    return contact.id


def test_a_write_publishes_its_changes_then_hands_over_its_result(
    parts: tuple[WriteOperation, BackgroundTasks, list[ChangeSet], Shown],
    context: AppContext,
    qloop: qasync.QEventLoop,
) -> None:
    operation, tasks, published, shown = parts
    maya = a_contact(context)
    results: list[Created] = []
    operation.run(context.notes.add, maya, "Loves cornbread", name="add-note", done=results.append)
    qloop.run_until_complete(tasks.wait_idle())

    assert len(results) == 1
    note_id = results[0].id
    assert [n.text for n in context.notes.list_notes(maya)] == ["Loves cornbread"]
    assert published == [results[0].changes]
    assert note_id in published[0].ids(changes.NOTE, changes.INSERTED)
    assert shown.lines == []


def test_a_refused_write_is_shown_in_the_users_words_and_publishes_nothing(
    parts: tuple[WriteOperation, BackgroundTasks, list[ChangeSet], Shown],
    context: AppContext,
    qloop: qasync.QEventLoop,
) -> None:
    operation, tasks, published, shown = parts
    maya = a_contact(context)
    done: list[object] = []
    operation.run(context.notes.add, maya, "   ", name="add-note", done=done.append)
    qloop.run_until_complete(tasks.wait_idle())
    assert shown.lines == [("A note needs some text", 10_000)]

    failures: list[str] = []
    operation.run(context.notes.add, maya, "x" * 10_001, name="add-note", failed=failures.append)
    qloop.run_until_complete(tasks.wait_idle())
    assert failures == ["A note holds at most 10000 characters"]
    assert len(shown.lines) == 1  # the second went to ``failed``, not the status bar
    assert done == [] and published == []
    assert context.notes.list_notes(maya) == []


def test_an_unexpected_failure_is_logged_and_shown(
    parts: tuple[WriteOperation, BackgroundTasks, list[ChangeSet], Shown],
    qloop: qasync.QEventLoop,
    caplog: pytest.LogCaptureFixture,
) -> None:
    operation, tasks, published, shown = parts

    def broken_write() -> ChangeSet:
        raise OSError("disk full")

    with caplog.at_level(logging.ERROR):
        operation.run(broken_write, name="broken")
        qloop.run_until_complete(tasks.wait_idle())
    assert shown.lines == [("Could not save the change: disk full", 10_000)]
    assert "The write broken failed" in caplog.text
    assert "OSError: disk full" in caplog.text  # with its traceback
    assert published == []


def test_call_returns_the_result_or_raises_for_a_coroutine_that_goes_on(
    parts: tuple[WriteOperation, BackgroundTasks, list[ChangeSet], Shown],
    context: AppContext,
    qloop: qasync.QEventLoop,
) -> None:
    operation, _tasks, published, _shown = parts
    maya = a_contact(context)
    created = qloop.run_until_complete(operation.call(context.notes.add, maya, "Room 12"))
    assert published == [created.changes]
    with pytest.raises(ValueError, match="a note needs some text"):
        qloop.run_until_complete(operation.call(context.notes.add, maya, ""))
    run_until(qloop, lambda: len(published) == 1)
