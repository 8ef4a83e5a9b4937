"""The Insights page: the levels per week in the chart's model, the figures, the reading,
the channel filter, the exports, Ctrl+Shift+I and Ctrl+E, both themes."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from datetime import UTC, datetime, time, timedelta
from pathlib import Path

import keyring
import pytest
import qasync
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication
from sqlalchemy import update
from ui_helpers import fetched, run_until, settle, shown_window, store

from socialinbox.app import AppContext, AppOptions
from socialinbox.core.business_settings import PROPERTY_TIMEZONE
from socialinbox.core.insights import READINGS, monday_of
from socialinbox.secrets import SecretStore
from socialinbox.storage.schema import Message
from socialinbox.ui.shell.theme import apply_theme, level_colours
from socialinbox.ui.shell.window import MainWindow

NOW = datetime.now(UTC)
# Tuesday 10:00 of last week and of three weeks ago (UTC is the property's zone here).
LAST_WEEK = datetime.combine(monday_of(NOW.date()) - timedelta(days=6), time(10), UTC)
THREE_WEEKS_AGO = LAST_WEEK - timedelta(weeks=2)


def _answered(ctx: AppContext, remote_id: str, level: int | None, seconds: int | None) -> None:
    """The level and first response core.response_levels would give the message."""
    with ctx.db.write() as session:
        created = session.query(Message.created_at).filter(Message.remote_id == remote_id).scalar()
        session.execute(
            update(Message)
            .where(Message.remote_id == remote_id)
            .values(
                level=level,
                first_response_at=None if seconds is None else created + timedelta(seconds=seconds),
            )
        )


@pytest.fixture
def levels_context(tmp_path: Path, qapp: QApplication) -> Iterator[AppContext]:
    """Three answered messages last week (two level 3 on Telegram, one level 2 by e-mail),
    one left unanswered three weeks ago."""
    ctx = AppContext(
        AppOptions(data_dir=tmp_path / "data"), secrets=SecretStore(keyring.get_keyring())
    )
    ctx.writer.call(ctx.business.set, PROPERTY_TIMEZONE, "UTC")
    ctx.writer.call(ctx.accounts.create, "demo", "Levels")
    store(
        ctx,
        fetched("t1", "Is the pool open?", created_at=LAST_WEEK),
        fetched("t2", "Late check-out?", created_at=LAST_WEEK + timedelta(hours=1)),
        fetched("e1", "Invoice", created_at=LAST_WEEK, channel="email", key="g@x.example"),
        fetched("t3", "Hello?", created_at=THREE_WEEKS_AGO),
    )
    for remote_id, level, seconds in (("t1", 3, 600), ("t2", 3, 1200), ("e1", 2, 7200)):
        _answered(ctx, remote_id, level, seconds)
    _answered(ctx, "t3", 0, None)
    yield ctx
    ctx.close()


@pytest.fixture
def window(
    levels_context: AppContext, qloop: qasync.QEventLoop, qapp: QApplication
) -> Iterator[MainWindow]:
    with shown_window(levels_context, qloop, qapp) as win:
        yield win


def _open(window: MainWindow, qloop: qasync.QEventLoop) -> None:
    window.insights.page.insights = None
    window.insights.open_action.trigger()
    run_until(qloop, lambda: window.insights.page.insights is not None)
    settle(window, qloop)


def test_ctrl_shift_i_opens_the_levels_per_week_with_the_figures_and_the_reading(window, qloop):
    assert window.insights.open_action.shortcut().toString() == "Ctrl+Shift+I"
    assert not window.insights.export_action.isEnabled()
    _open(window, qloop)
    page = window.insights.page
    assert window.pages.currentWidget() is page
    assert window.insights.export_action.isEnabled()
    assert window.insights.export_action.shortcut().toString() == "Ctrl+E"

    model = page.chart_model
    bars = model.bars
    assert len(bars) == 12  # the default period: the last 12 weeks, this one included
    assert bars[-1].week == monday_of(NOW.date()) and bars[-1].total == 0
    assert (model.value(10, "3"), model.value(10, "2"), model.value(10, "null")) == (2, 1, 0)
    assert model.value(8, "0") == 1 and bars[9].total == 0
    assert model.totals() == (0,) * 8 + (1, 0, 3, 0)
    assert model.ticks() == (0, 1, 2, 3)

    assert page.reading.text() == READINGS["3"]
    assert page.median.value.text() == "20 min"  # 10 min, 20 min, 2 h
    assert page.p90.value.text() == "2 h"
    assert page.median.detail.text() == "of 3 answered messages"
    assert page.subtitle.text() == "4 messages"
    tip = page.chart.tooltip_text(10, "3")
    assert "3 · within the hour: 2 messages (67 % of 3)" in tip

    # One channel: the same weeks, its own counts and figures.
    assert page.choose_channel("email")
    assert [b.week for b in model.bars] == [b.week for b in bars]
    assert model.totals() == (0,) * 10 + (1, 0)
    assert page.reading.text() == READINGS["2"]
    assert (page.median.value.text(), page.p90.value.text()) == ("2 h", "2 h")

    # All time: from the first message's week to this week.
    page.choose_channel(None)
    page.insights = None
    page.period_box.setCurrentIndex(page.period_box.findData(0))
    run_until(qloop, lambda: page.insights is not None)
    assert model.totals() == (1, 0, 3, 0)

    window.sidebar.select_key("view:all")
    assert not window.insights.export_action.isEnabled()


def test_new_messages_reach_the_page_while_it_is_shown(window, levels_context, qloop):
    _open(window, qloop)
    page = window.insights.page
    assert page.insights is not None and page.insights.overall.messages == 4
    assert (page.in_hours.value.text(), page.in_hours.detail.text()) == ("50 %", "2 of 4 messages")
    assert page.out_of_hours.value.text() == "–"  # all four came on a Tuesday morning
    change = store(levels_context, fetched("t4", "Parking?", created_at=NOW - timedelta(hours=2)))
    window.bridge.publish(change)
    run_until(qloop, lambda: page.insights is not None and page.insights.overall.messages == 5)
    assert page.chart_model.value(11, "null") == 1
    # Two hours without an answer: it missed the hour, in or out of business hours.
    overall = page.insights.overall
    assert overall.in_hours.decided + overall.out_of_hours.decided == 5
    assert overall.in_hours.within_hour + overall.out_of_hours.within_hour == 2


def test_exports_write_a_readable_csv_and_a_png(window, qloop, tmp_path):
    _open(window, qloop)
    controller = window.insights
    controller.page.choose_channel("telegram")
    assert controller.export(tmp_path / "levels", "csv")
    rows = list(csv.DictReader((tmp_path / "levels.csv").open(encoding="utf-8")))
    assert len(rows) == 12 and {r["channel"] for r in rows} == {"telegram"}
    last_week = rows[10]
    assert last_week["week_start"] == (monday_of(NOW.date()) - timedelta(weeks=1)).isoformat()
    assert (last_week["messages"], last_week["level_3"], last_week["level_2"]) == ("2", "2", "0")
    assert rows[8]["level_0"] == "1"

    assert controller.export(tmp_path / "levels.png", "png")
    image = QImage(str(tmp_path / "levels.png"))
    assert not image.isNull() and image.width() > 300 and image.height() > 200
    assert (tmp_path / "levels.png").stat().st_size > 2000

    assert not controller.export(tmp_path / "no-such-folder" / "x.csv", "csv")
    assert "Could not export" in window.statusBar().currentMessage()


def _contrast(a: QColor, b: QColor) -> float:
    def luminance(colour: QColor) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

        r, g, b_ = (channel(c) for c in (colour.redF(), colour.greenF(), colour.blueF()))
        return 0.2126 * r + 0.7152 * g + 0.0722 * b_

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_the_chart_reads_in_light_and_dark(window, qloop, qapp, theme):
    apply_theme(qapp, theme)
    _open(window, qloop)
    chart = window.insights.page.chart
    palette = chart.palette()
    base = palette.color(QPalette.ColorRole.Base)
    colours = level_colours(palette)
    assert len({c.name() for c in colours}) == 8
    assert all(_contrast(colour, base) >= 3.0 for colour in colours)
    image = chart.grab().toImage()
    # A level-3 segment of last week's bar is painted in level 3's colour.
    rect = chart.segment_rect(10, "3")
    assert rect is not None and chart.segment_rect(9, "3") is None  # week 9 has none
    assert chart.segment_at(rect.center().x(), rect.center().y()) == (10, "3")
    centre = rect.center().toPoint() * image.devicePixelRatio()
    assert image.pixelColor(centre).name() == colours[3].name()
