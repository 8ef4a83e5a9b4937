"""Waiting timers and tone markers in the message list, and the Most Urgent First order,
with the injectable clock: text and colour against the targets, repaints without queries,
rows moving to their ranked place."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import keyring
import pytest
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QListView
from pytestqt.modeltest import ModelTester
from sqlalchemy import update

from socialinbox.app import AppContext, AppOptions
from socialinbox.clock import FakeClock
from socialinbox.core import changes
from socialinbox.core.changes import ChangeSet
from socialinbox.core.connector import AuthorRef, FetchBatch, FetchedMessage
from socialinbox.core.inbox import InboxFilter, urgency_of
from socialinbox.core.waiting import ReplyTargets
from socialinbox.secrets import SecretStore
from socialinbox.storage.schema import Message
from socialinbox.ui.inbox.message_delegate import MessageDelegate
from socialinbox.ui.inbox.message_model import WAITING_ROLE, MessageListModel
from socialinbox.ui.shell.theme import (
    dark_palette,
    error_colour,
    light_palette,
    positive_colour,
    warning_colour,
)
from tests.sql_counter import counted_statements

START = datetime(2026, 3, 16, 9, 0, tzinfo=UTC)  # a Monday
ANGRY = "The room was dirty and the staff were rude. Terrible stay, never again."
HAPPY = "Thank you so much, the breakfast was wonderful and the staff are lovely!"


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


@pytest.fixture
def fake_context(tmp_path: Path, clock: FakeClock, qapp: QApplication) -> Iterator[AppContext]:
    ctx = AppContext(
        AppOptions(data_dir=tmp_path / "data"),
        clock=clock,
        secrets=SecretStore(keyring.get_keyring()),
    )
    ctx.writer.call(ctx.accounts.create, "demo", "Desk")
    yield ctx
    ctx.close()


def _store(context: AppContext, *items: tuple[str, str, str, str, timedelta]) -> None:
    """(remote id, network, kind, text, age) each, as a sync stores them."""
    now = context.clock.now()
    account_id = context.accounts.list_accounts()[0].id
    messages = tuple(
        FetchedMessage(
            remote_id=remote_id,
            channel=channel,
            kind=kind,
            author=AuthorRef(
                channel, _key(channel, remote_id), handle=remote_id, display_name="Ann"
            ),
            text=text,
            created_at=now - age,
        )
        for remote_id, channel, kind, text, age in items
    )
    context.writer.call(context.ingest.store_batch, account_id, FetchBatch(messages, None))


def _key(channel: str, remote_id: str) -> str:
    return f"{remote_id}@mail.example" if channel == "email" else f"guest-{remote_id}"


def _model(context: AppContext, flt: InboxFilter) -> MessageListModel:
    model = MessageListModel(context.inbox, context.clock)
    model.set_filter(flt)
    return model


def _row_of(model: MessageListModel, preview_start: str) -> int:
    for i in range(model.rowCount()):
        row = model.message_at(i)
        if row is not None and row.preview.startswith(preview_start):
            return i
    raise AssertionError(preview_start)


def test_needs_reply_rows_tell_the_wait_and_turn_amber_then_red_as_time_passes(fake_context, clock):
    _store(
        fake_context,
        ("social", "telegram", "direct", "Social question?", timedelta(minutes=30)),
        ("mail", "email", "email", "Mail question?", timedelta(minutes=30)),
    )
    model = _model(fake_context, InboxFilter("needs_reply"))
    social, mail = _row_of(model, "Social"), _row_of(model, "Mail")

    def state(row: int) -> str:
        return model.index(row, 0).data(WAITING_ROLE).state

    assert (state(social), state(mail)) == ("ok", "ok")
    clock.advance(timedelta(minutes=20))  # 50 min: near the social hour
    with counted_statements(fake_context.db) as statements:
        assert (state(social), state(mail)) == ("near", "ok")
        clock.advance(timedelta(minutes=90))  # 2 h 20 min
        assert (state(social), state(mail)) == ("over", "ok")
        tip = model.index(social, 0).data()
        tooltip = model.data(model.index(social, 0), 3)  # ToolTipRole
    assert statements == []  # timers are arithmetic on the rows held, never a query
    assert tip.startswith("Ann")
    assert "waiting 2 h 20 min, past the 1 h target" in tooltip
    # Other lists show the age, not a timer.
    assert _model(fake_context, InboxFilter("all")).index(0, 0).data(WAITING_ROLE) is None


def test_targets_from_the_business_rules_recolour_the_timers(fake_context, clock):
    from socialinbox.core.business_settings import TARGET_SOCIAL_MINUTES

    _store(fake_context, ("social", "telegram", "direct", "Question?", timedelta(minutes=50)))
    model = _model(fake_context, InboxFilter("needs_reply"))
    assert model.index(0, 0).data(WAITING_ROLE).state == "near"
    fake_context.writer.call(fake_context.business.set, TARGET_SOCIAL_MINUTES, 30)
    model.set_targets(ReplyTargets.read(fake_context.business))
    assert model.index(0, 0).data(WAITING_ROLE).state == "over"


def _paint(model: MessageListModel, clock: FakeClock, palette: QPalette, qtbot) -> QImage:
    view = QListView()
    qtbot.addWidget(view)
    view.setPalette(palette)
    view.setItemDelegate(MessageDelegate(clock.now, view))
    view.setModel(model)
    view.resize(480, 400)
    view.show()
    return view.grab().toImage()


def _has_colour(image: QImage, colour: QColor, tolerance: int = 40) -> bool:
    for y in range(0, image.height()):
        for x in range(0, image.width()):
            pixel = image.pixelColor(x, y)
            if (
                abs(pixel.red() - colour.red())
                + abs(pixel.green() - colour.green())
                + abs(pixel.blue() - colour.blue())
                <= tolerance
            ):
                return True
    return False


@pytest.mark.parametrize("palette", [light_palette(), dark_palette()], ids=["light", "dark"])
def test_the_delegate_paints_timers_and_tone_markers_in_their_colours(
    fake_context, clock, qtbot, palette
):
    _store(fake_context, ("late", "telegram", "direct", "Any news?", timedelta(hours=2)))
    model = _model(fake_context, InboxFilter("needs_reply"))
    image = _paint(model, clock, palette, qtbot)
    assert _has_colour(image, error_colour(palette))  # past the hour: red
    assert not _has_colour(image, warning_colour(palette), tolerance=10)

    _store(fake_context, ("happy", "telegram", "direct", HAPPY, timedelta(minutes=1)))
    model = _model(fake_context, InboxFilter("all"))  # no timers: only the marker is green
    assert _has_colour(_paint(model, clock, palette, qtbot), positive_colour(palette))


def test_unknown_or_neutral_tone_draws_no_marker(fake_context, clock, qtbot):
    german = "Das Zimmer war sehr schön und wir kommen gern wieder, danke!"
    _store(fake_context, ("de", "telegram", "direct", german, timedelta(minutes=1)))
    model = _model(fake_context, InboxFilter("all"))
    palette = light_palette()
    image = _paint(model, clock, palette, qtbot)
    assert not _has_colour(image, positive_colour(palette))
    assert not _has_colour(image, error_colour(palette))
    assert model.index(0, 0).data(3) is None  # nothing to tell in a tooltip


def test_the_urgent_order_model_passes_the_model_tester_and_moves_rows_that_change_rank(
    fake_context, clock, qtmodeltester: ModelTester
):
    _store(
        fake_context,
        ("old", "telegram", "direct", "Old question?", timedelta(hours=5)),
        ("angry", "telegram", "direct", ANGRY, timedelta(hours=1)),
        ("new", "telegram", "direct", "New question?", timedelta(minutes=5)),
    )
    model = _model(fake_context, InboxFilter("needs_reply", order="urgent"))
    qtmodeltester.check(model)
    order = [model.message_at(i).preview[:3] for i in range(model.rowCount())]
    assert order == ["The", "Old", "New"]
    # The newest message is escalated: it moves above the older one, without a reset.
    new_id = model.message_at(2).id
    resets: list[bool] = []
    model.modelAboutToBeReset.connect(lambda: resets.append(True))
    with fake_context.db.write() as session:
        session.execute(update(Message).where(Message.id == new_id).values(escalated_to="owner"))
    model.apply_changes(ChangeSet.of(changes.MESSAGE, changes.UPDATED, [new_id]))
    assert [model.message_at(i).preview[:3] for i in range(3)] == ["The", "New", "Old"]
    assert not resets
    qtmodeltester.check(model)


def test_ctrl_shift_r_ranks_the_needs_reply_list_and_the_minute_repaint_reads_nothing(
    window, qtbot, qloop
):
    from PySide6.QtCore import Qt
    from ui_helpers import settle

    assert window.sidebar.select_key("view:needs_reply")
    settle(window, qloop)
    action = window.actions_table.action("view.urgent_first")
    assert action.shortcut().toString() == "Ctrl+Shift+R"
    assert window.inbox.current_filter.order == "newest"
    qtbot.keyClick(
        window,
        Qt.Key.Key_R,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    flt = window.inbox.current_filter
    assert (flt.view, flt.order) == ("needs_reply", "urgent") and action.isChecked()
    rows = [window.inbox.model.message_at(i) for i in range(window.inbox.model.rowCount())]
    ranks = [urgency_of(r) for r in rows if r is not None]
    assert ranks == sorted(ranks, reverse=True)
    # Other lists keep the order chosen.
    assert window.sidebar.select_key("view:all")
    assert window.inbox.current_filter.order == "urgent"
    assert window.sidebar.select_key("view:needs_reply")
    with counted_statements(window.context.db, ui_thread_only=True) as statements:
        window.inbox._age_timer.timeout.emit()
        window.inbox.list_view.viewport().repaint()
    assert statements == []
    action.trigger()
    assert window.inbox.current_filter.order == "newest"
