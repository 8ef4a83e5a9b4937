"""The lazy message list model: pages, fetchMore, updates in place, no resets."""

from __future__ import annotations

import asyncio
import threading
from datetime import UTC, datetime, timedelta

import qasync
from PySide6.QtCore import QItemSelectionModel, QModelIndex
from PySide6.QtWidgets import QListView
from pytestqt.modeltest import ModelTester
from ui_helpers import fetched, many, store

from socialinbox.app import AppContext
from socialinbox.core import changes
from socialinbox.core.changes import ChangeSet
from socialinbox.core.inbox import PAGE_SIZE, InboxFilter
from socialinbox.core.models import MessageRow
from socialinbox.ui.inbox.message_model import (
    BACKGROUND_LOOKUP_MIN,
    ID_ROLE,
    ROW_ROLE,
    MessageListModel,
)
from socialinbox.ui.runtime.tasks import BackgroundTasks


def _model(context: AppContext, flt: InboxFilter | None = None, **kwargs: int) -> MessageListModel:
    model = MessageListModel(context.inbox, context.clock, **kwargs)
    model.set_filter(flt or InboxFilter())
    return model


def _keys(model: MessageListModel) -> list[tuple[datetime, int]]:
    rows = [model.message_at(i) for i in range(model.rowCount())]
    return [(r.created_at, r.id) for r in rows if r is not None]


def _resets(model: MessageListModel) -> list[bool]:
    seen: list[bool] = []
    model.modelAboutToBeReset.connect(lambda: seen.append(True))
    return seen


def test_model_passes_the_model_tester(context: AppContext, qtmodeltester: ModelTester) -> None:
    model = _model(context)
    assert model.rowCount() > 0
    qtmodeltester.check(model)


def test_model_tester_with_small_pages(context: AppContext, qtmodeltester: ModelTester) -> None:
    model = _model(context, page_size=10)
    assert model.rowCount() == 10
    assert model.canFetchMore(QModelIndex())
    qtmodeltester.check(model)


def test_rows_carry_their_message(context: AppContext) -> None:
    model = _model(context)
    index = model.index(0, 0)
    row = index.data(ROW_ROLE)
    assert isinstance(row, MessageRow)
    assert index.data(ID_ROLE) == row.id
    assert row.author in index.data()
    assert _keys(model) == sorted(_keys(model), reverse=True)


def test_lazy_loading_pages_of_200(context: AppContext) -> None:
    store(context, *many(1_000))
    total = context.inbox.count(InboxFilter())
    model = _model(context)
    assert model.rowCount() == PAGE_SIZE
    root = QModelIndex()
    assert model.canFetchMore(root)
    model.fetchMore(root)
    assert model.rowCount() == 2 * PAGE_SIZE
    while model.canFetchMore(root):
        model.fetchMore(root)
    assert model.rowCount() == total
    keys = _keys(model)
    assert keys == sorted(keys, reverse=True)
    assert len({k[1] for k in keys}) == total
    model.fetchMore(root)  # nothing more: harmless
    assert model.rowCount() == total


def test_new_message_is_inserted_at_the_top_without_reset(context: AppContext) -> None:
    model = _model(context)
    view = QListView()
    view.setModel(model)
    selected = model.index(3, 0)
    selected_id = selected.data(ID_ROLE)
    view.selectionModel().setCurrentIndex(
        selected, QItemSelectionModel.SelectionFlag.ClearAndSelect
    )
    resets = _resets(model)
    inserted: list[tuple[int, int]] = []
    model.rowsInserted.connect(lambda _parent, first, last: inserted.append((first, last)))
    before = model.rowCount()

    change = store(context, fetched("new-1", "Hello, is the bar open late tonight?"))
    model.apply_changes(change)

    assert not resets
    assert inserted == [(0, 0)]
    assert model.rowCount() == before + 1
    assert model.message_at(0) is not None and model.message_at(0).preview.startswith("Hello")
    assert view.currentIndex().data(ID_ROLE) == selected_id
    assert [i.data(ID_ROLE) for i in view.selectionModel().selectedRows()] == [selected_id]
    # Applying the same change again (e.g. seen again in the change feed) changes nothing.
    model.apply_changes(change)
    assert model.rowCount() == before + 1
    view.deleteLater()


def test_a_batch_of_new_messages_lands_as_one_block_per_place(context: AppContext) -> None:
    model = _model(context)
    third, fourth = model.message_at(2), model.message_at(3)
    assert third is not None and fourth is not None
    between = fourth.created_at + (third.created_at - fourth.created_at) / 2
    resets = _resets(model)
    inserted: list[tuple[int, int]] = []
    model.rowsInserted.connect(lambda _parent, first, last: inserted.append((first, last)))
    top = many(200, start=datetime.now(UTC) + timedelta(days=1), prefix="top")
    middle = [fetched(f"mid-{i}", "In between", created_at=between) for i in range(3)]
    model.apply_changes(store(context, *top, *middle))
    assert not resets
    # Three in the middle (rows 3-5 before the top block arrives), then 200 at the top.
    assert inserted == [(3, 5), (0, 199)]
    keys = _keys(model)
    assert keys == sorted(keys, reverse=True) and len(set(keys)) == len(keys)


def test_new_message_in_the_middle_goes_to_its_sorted_place(context: AppContext) -> None:
    model = _model(context)
    third, fourth = model.message_at(2), model.message_at(3)
    assert third is not None and fourth is not None
    between = fourth.created_at + (third.created_at - fourth.created_at) / 2
    model.apply_changes(store(context, fetched("mid-1", "In between", created_at=between)))
    row = model.message_at(3)
    assert row is not None and row.preview == "In between"
    keys = _keys(model)
    assert keys == sorted(keys, reverse=True)


def test_messages_older_than_the_loaded_rows_wait_for_fetch_more(context: AppContext) -> None:
    store(context, *many(500))
    model = _model(context)
    assert model.rowCount() == PAGE_SIZE
    old = datetime.now(UTC) - timedelta(days=5_000)
    change = store(context, fetched("ancient-1", "From long ago", created_at=old))
    model.apply_changes(change)
    assert model.rowCount() == PAGE_SIZE
    new_id = next(iter(change.ids(changes.MESSAGE, changes.INSERTED)))
    assert model.row_of(new_id) is None
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.row_of(new_id) == model.rowCount() - 1


def _stream_arrivals(context: AppContext, model: MessageListModel, bursts: int) -> None:
    """Bursts of 10 messages newer than everything, each applied to ``model``."""
    now = datetime.now(UTC)
    for burst in range(bursts):
        arrivals = [
            fetched(
                f"live-{burst}-{i}",
                f"Arrival {burst}/{i}",
                created_at=now + timedelta(minutes=10 * burst + i),
                key=f"live-{burst}-{i}",
            )
            for i in range(10)
        ]
        model.apply_changes(store(context, *arrivals))


def test_a_long_stream_of_arrivals_keeps_the_list_at_what_the_view_asked_for(
    context: AppContext,
) -> None:
    # Qt lays out every row of the list after each insertion: a model that grew by
    # a whole sync would make each frame slower. Rows pushed past what the view
    # asked for wait for fetchMore, as older messages do.
    model = _model(context, page_size=10)
    first_id = model.message_at(0).id  # type: ignore[union-attr]
    _stream_arrivals(context, model, bursts=5)
    # 50 new rows on top of a page of 10: the newest are shown, the list stays
    # within a page of what was asked for.
    assert model.rowCount() <= 2 * 10
    assert model.message_at(0).preview == "Arrival 4/9"  # type: ignore[union-attr]
    assert model.canFetchMore(QModelIndex())
    keys = _keys(model)
    assert keys == sorted(keys, reverse=True)
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.row_of(first_id) is not None
    assert len({k[1] for k in _keys(model)}) == model.rowCount()


def test_arrivals_never_drop_the_message_being_read(context: AppContext) -> None:
    model = _model(context, page_size=10)
    reading = model.message_at(5).id  # type: ignore[union-attr]
    model.set_current_id(reading)
    _stream_arrivals(context, model, bursts=3)
    assert model.row_of(reading) == 35


def test_update_in_place_emits_data_changed(context: AppContext) -> None:
    model = _model(context)
    row = model.message_at(1)
    assert row is not None and not row.read
    changed: list[int] = []
    model.dataChanged.connect(lambda top, _bottom: changed.append(top.row()))
    resets = _resets(model)
    model.apply_changes(context.writer.call(context.actions.set_read, [row.id], True))
    assert changed == [1]
    assert not resets
    updated = model.message_at(1)
    assert updated is not None and updated.read and updated.id == row.id


def test_rows_leave_a_filter_they_no_longer_match(context: AppContext) -> None:
    model = _model(context, InboxFilter("unread"))
    before = model.rowCount()
    gone = model.message_at(2)
    assert gone is not None
    removed: list[int] = []
    model.rowsRemoved.connect(lambda _parent, first, _last: removed.append(first))
    resets = _resets(model)
    model.apply_changes(context.writer.call(context.actions.set_read, [gone.id], True))
    assert removed == [2]
    assert model.rowCount() == before - 1
    assert model.row_of(gone.id) is None
    assert not resets
    # Marked unread again, it comes back in its place.
    model.apply_changes(context.writer.call(context.actions.set_read, [gone.id], False))
    assert model.row_of(gone.id) == 2


def test_the_current_message_stays_until_the_user_moves_on(context: AppContext) -> None:
    model = _model(context, InboxFilter("unread"))
    current = model.message_at(0)
    assert current is not None
    model.set_current_id(current.id)
    model.apply_changes(context.writer.call(context.actions.set_read, [current.id], True))
    kept = model.message_at(0)
    assert kept is not None and kept.id == current.id and kept.read
    next_row = model.message_at(1)
    assert next_row is not None
    model.set_current_id(next_row.id)
    assert model.row_of(current.id) is None
    assert model.row_of(next_row.id) == 0


def test_a_reset_change_reloads(context: AppContext) -> None:
    model = _model(context)
    resets = _resets(model)
    model.apply_changes(ChangeSet(reset=True))
    assert resets == [True]
    assert model.rowCount() > 0


def test_other_entities_do_not_touch_the_list(context: AppContext) -> None:
    model = _model(context)
    resets = _resets(model)
    model.apply_changes(ChangeSet.of(changes.ACCOUNT, changes.UPDATED, [1]))
    assert not resets


def test_search_and_channel_filters(context: AppContext) -> None:
    model = _model(context, InboxFilter(search="cornbread"))
    assert model.rowCount() >= 1
    for i in range(model.rowCount()):
        row = model.message_at(i)
        assert row is not None
        detail = context.inbox.get(row.id)
        assert detail is not None and "cornbread" in (detail.text + (detail.subject or "")).lower()
    model.set_filter(InboxFilter(channel="email"))
    assert model.rowCount() > 0
    assert {model.message_at(i).channel for i in range(model.rowCount())} == {"email"}  # type: ignore[union-attr]
    model.set_filter(InboxFilter(search="zzqqxx-nothing"))
    assert model.rowCount() == 0
    assert not model.canFetchMore(QModelIndex())


def test_a_burst_of_large_change_sets_is_looked_up_off_the_ui_thread_in_few_updates(
    context: AppContext, qloop: qasync.QEventLoop
) -> None:
    # A sync's batches: their rows are read in a worker thread, and batches that
    # arrive while a lookup runs join the next one, so the list updates a few
    # times for the burst, not once per batch.
    asyncio.set_event_loop(qloop)
    tasks = BackgroundTasks(qloop)
    model = _model(context)
    model.look_up_in_background(tasks)
    on_ui_thread: list[bool] = []
    read_rows = context.inbox.rows

    def rows_seen_from_thread(ids: list[int]) -> dict[int, MessageRow]:
        on_ui_thread.append(threading.current_thread() is threading.main_thread())
        return read_rows(ids)

    context.inbox.rows = rows_seen_from_thread  # type: ignore[method-assign]
    insertions: list[int] = []
    model.rowsInserted.connect(lambda _parent, first, last: insertions.append(last - first + 1))
    now = datetime.now(UTC)
    for burst in range(5):
        batch = [
            fetched(
                f"sync-{burst}-{i}",
                f"Synced {burst}/{i}",
                created_at=now + timedelta(seconds=100 * burst + i),
                key=f"sync-{burst}-{i}",
            )
            for i in range(BACKGROUND_LOOKUP_MIN)
        ]
        model.apply_changes(store(context, *batch))
    assert insertions == []  # nothing read on the UI thread yet
    qloop.run_until_complete(tasks.wait_idle())
    assert on_ui_thread and not any(on_ui_thread)
    assert len(insertions) <= 2 and sum(insertions) == 5 * BACKGROUND_LOOKUP_MIN
    first = model.message_at(0)
    assert first is not None and first.preview == f"Synced 4/{BACKGROUND_LOOKUP_MIN - 1}"
    # What the user does meanwhile is applied at once, and a lookup started
    # before it cannot undo it.
    row = model.message_at(1)
    assert row is not None and not row.read
    model.apply_changes(
        store(context, *[fetched(f"late-{i}", "Late", key=f"l{i}") for i in range(60)])
    )
    model.apply_changes(context.writer.call(context.actions.set_read, [row.id], True))
    qloop.run_until_complete(tasks.wait_idle())
    shown = model.message_at(model.row_of(row.id) or 0)
    assert shown is not None and shown.id == row.id and shown.read
