"""The Insights page: where the business stands on the six-level scale — the one-line
reading, first-response times, the hour kept in and out of business hours, and the
levels per week as a stacked bar chart, for all channels or one.

Rules: the page shows an :class:`~socialinbox.core.insights.Insights` it is given
(:meth:`InsightsPage.show_insights`; computed off the UI thread by its controller)
and reads nothing itself; choosing a channel only re-slices what it holds, choosing
a period asks for a new computation (:attr:`InsightsPage.period_changed`). Exports
write what is on screen (:meth:`export_csv`, :meth:`export_png`).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QLocale, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from socialinbox.core.insights import (
    ChannelLevels,
    HourShare,
    Insights,
    LevelCounts,
    write_weeks_csv,
)
from socialinbox.ui.common.formatting import duration_text, network_name, translate
from socialinbox.ui.common.widgets import ElidedLabel, page_heading, plain_label, scaled_font
from socialinbox.ui.insights.chart_model import LevelChartModel
from socialinbox.ui.insights.level_chart import LevelChart

# The periods offered, in weeks (0: everything stored); the default is the second.
PERIOD_WEEKS: tuple[int, ...] = (4, 12, 26, 52, 0)
DEFAULT_PERIOD_WEEKS = 12


class _Figure(QFrame):
    """One figure: a quiet caption above a large value, a detail line below."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.setAutoFillBackground(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(2)
        # Captions and details wrap: four figures side by side must not widen the window.
        self.caption = plain_label(caption, wrap=True)
        self.caption.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.value = plain_label()
        self.value.setFont(scaled_font(self.font(), 1.5, bold=True))
        self.detail = plain_label(wrap=True)
        self.detail.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout.addWidget(self.caption)
        layout.addStretch(1)  # values line up when captions wrap to more lines
        layout.addWidget(self.value)
        layout.addWidget(self.detail)
        self.setAccessibleName(caption)

    def show_value(self, value: str, detail: str = "") -> None:
        self.value.setText(value)
        self.detail.setText(detail)
        self.setAccessibleDescription(f"{value} {detail}".strip())


class InsightsPage(QWidget):
    """The page's widgets (see the module's rules).

    Signals:
        period_changed(int): the user chose another period (weeks; 0 = all).
        export_requested(str): the user asked to export ("csv" or "png").
    """

    period_changed = Signal(int)
    export_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.insights: Insights | None = None
        self._first: date | None = None
        self._last: date | None = None
        self.setAccessibleName(self.tr("Insights"))
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setAutoFillBackground(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.subtitle = plain_label()
        layout.addWidget(page_heading(ElidedLabel(self.tr("Insights")), self.subtitle))

        controls = QHBoxLayout()
        controls.setContentsMargins(16, 0, 14, 8)
        controls.setSpacing(8)
        self.channel_box = QComboBox()
        self.channel_box.setAccessibleName(self.tr("Channel"))
        self.channel_box.setMinimumContentsLength(16)
        self.period_box = QComboBox()
        self.period_box.setAccessibleName(self.tr("Period"))
        for weeks in PERIOD_WEEKS:
            self.period_box.addItem(self._period_text(weeks), weeks)
        self.period_box.setCurrentIndex(PERIOD_WEEKS.index(DEFAULT_PERIOD_WEEKS))
        self.csv_button = QPushButton(self.tr("Export CSV…"))
        self.png_button = QPushButton(self.tr("Export PNG…"))
        channel_label = QLabel(self.tr("&Channel:"))
        channel_label.setBuddy(self.channel_box)
        period_label = QLabel(self.tr("&Period:"))
        period_label.setBuddy(self.period_box)
        for widget in (channel_label, self.channel_box, period_label, self.period_box):
            controls.addWidget(widget)
        controls.addStretch(1)
        controls.addWidget(self.csv_button)
        controls.addWidget(self.png_button)
        layout.addLayout(controls)

        # What the PNG export shows: the reading, the figures, the chart.
        self.report = QWidget()
        self.report.setBackgroundRole(QPalette.ColorRole.Base)
        self.report.setAutoFillBackground(True)
        report_layout = QVBoxLayout(self.report)
        report_layout.setContentsMargins(16, 8, 16, 12)
        report_layout.setSpacing(12)
        self.reading = plain_label(wrap=True, selectable=True)
        self.reading.setFont(scaled_font(self.font(), 1.15, bold=True))
        self.reading.setAccessibleName(self.tr("Where the business stands"))
        report_layout.addWidget(self.reading)

        figures = QGridLayout()
        figures.setSpacing(10)
        self.median = _Figure(self.tr("Median first response"))
        self.p90 = _Figure(self.tr("90% answered within"))
        self.in_hours = _Figure(self.tr("Answered within an hour, in business hours"))
        self.out_of_hours = _Figure(self.tr("Answered within an hour, out of hours"))
        for column, figure in enumerate((self.median, self.p90, self.in_hours, self.out_of_hours)):
            figures.addWidget(figure, 0, column)
            figures.setColumnStretch(column, 1)
        report_layout.addLayout(figures)

        self.chart_model = LevelChartModel()
        self.chart = LevelChart(self.chart_model)
        report_layout.addWidget(self.chart, 1)
        layout.addWidget(self.report, 1)

        self.channel_box.currentIndexChanged.connect(lambda _i: self._show_channel())
        self.period_box.currentIndexChanged.connect(
            lambda _i: self.period_changed.emit(self.period_weeks)
        )
        self.csv_button.clicked.connect(lambda: self.export_requested.emit("csv"))
        self.png_button.clicked.connect(lambda: self.export_requested.emit("png"))
        self._show_channel()

    # -- what is chosen ---------------------------------------------------------------

    @property
    def period_weeks(self) -> int:
        return int(self.period_box.currentData())

    @property
    def channel(self) -> str | None:
        """The channel chosen (None: all channels)."""
        data = self.channel_box.currentData()
        return str(data) if data else None

    def choose_channel(self, channel: str | None) -> bool:
        index = self.channel_box.findData(channel or "")
        if index < 0:
            return False
        self.channel_box.setCurrentIndex(index)
        return True

    def _period_text(self, weeks: int) -> str:
        if weeks == 0:
            return self.tr("All time")
        return translate("InsightsPage", "Last %n week(s)", None, weeks)

    # -- showing ----------------------------------------------------------------------

    def show_insights(
        self, insights: Insights, first: date | None = None, last: date | None = None
    ) -> None:
        """Show ``insights``; the chart's weeks run from ``first``'s to ``last``'s (the
        period's ends) or from the first message's to the last's."""
        self.insights, self._first, self._last = insights, first, last
        chosen = self.channel
        self.channel_box.blockSignals(True)
        self.channel_box.clear()
        self.channel_box.addItem(self.tr("All channels"), "")
        for row in insights.channels:
            assert row.channel is not None
            self.channel_box.addItem(network_name(row.channel), row.channel)
        index = self.channel_box.findData(chosen or "")
        self.channel_box.setCurrentIndex(max(0, index))
        self.channel_box.blockSignals(False)
        self._show_channel()

    def _show_channel(self) -> None:
        insights = self.insights
        if insights is None:
            self.reading.setText(self.tr("Reading the levels…"))
            for figure in (self.median, self.p90, self.in_hours, self.out_of_hours):
                figure.show_value("–")
            self.chart_model.set_weeks(())
            return
        figures = insights.for_channel(self.channel)
        self.subtitle.setText(translate("InsightsPage", "%n message(s)", None, figures.messages))
        self.reading.setText(reading_text(figures.levels))
        self._show_times(figures)
        self.in_hours.show_value(*self._share_texts(figures.in_hours))
        self.out_of_hours.show_value(*self._share_texts(figures.out_of_hours))
        self.chart_model.set_weeks(insights.weeks(self.channel, self._first, self._last))

    def _show_times(self, figures: ChannelLevels) -> None:
        answered = translate("InsightsPage", "of %n answered message(s)", None, figures.answered)
        for figure, seconds in (
            (self.median, figures.median_first_response_s),
            (self.p90, figures.p90_first_response_s),
        ):
            if seconds is None:
                figure.show_value("–", self.tr("no answers yet"))
            else:
                figure.show_value(duration_text(seconds), answered)

    def _share_texts(self, share: HourShare) -> tuple[str, str]:
        if share.share is None:
            return "–", self.tr("no messages")
        percent = QLocale().toString(100 * share.share, "f", 0)
        return (
            self.tr("{percent} %").format(percent=percent),
            self.tr("{answered} of {messages}").format(
                answered=share.within_hour,
                messages=translate("InsightsPage", "%n message(s)", None, share.decided),
            ),
        )

    # -- exports ----------------------------------------------------------------------

    def export_csv(self, path: Path) -> None:
        """The chart's weeks for the chosen channel as CSV (UTF-8). OSError if unwritable."""
        if self.insights is None:
            raise OSError(self.tr("The levels are still being read"))
        with path.open("w", encoding="utf-8", newline="") as out:
            write_weeks_csv(out, self.insights, self.channel, self._first, self._last)

    def export_png(self, path: Path) -> None:
        """The reading, figures and chart as they are on screen, as a PNG image."""
        if not self.report.grab().save(str(path), "PNG"):
            raise OSError(self.tr("Could not write {path}").format(path=path))


def reading_text(levels: LevelCounts) -> str:
    """The one line that says where the business stands (core's ``reading_of``, worded
    in the window's language from the level most messages reached)."""
    readings = {
        "0": translate(
            "InsightsPage",
            "Mostly level 0: customers get no answer; answer within a day to reach level 2",
        ),
        "1": translate(
            "InsightsPage",
            "Mostly level 1: answers come days later; answer within 24 hours to reach level 2",
        ),
        "2": translate(
            "InsightsPage",
            "Mostly level 2: answers come within hours; answer within the hour to reach level 3",
        ),
        "3": translate(
            "InsightsPage",
            "Mostly level 3: answers come within the hour; follow up with a private message "
            "or a call to reach level 4",
        ),
        "4": translate(
            "InsightsPage",
            "Mostly level 4: quick answers followed by a private message or a call; "
            "follow up by e-mail to reach level 5",
        ),
        "5": translate(
            "InsightsPage",
            "Mostly level 5: quick answers followed by an e-mail; welcome them in person "
            "to reach level 6",
        ),
        "6": translate(
            "InsightsPage",
            "Mostly level 6: quick answers followed by service in person, the top of the scale",
        ),
    }
    dominant = levels.dominant
    if dominant is not None:
        return readings[dominant]
    if levels.total:
        return translate(
            "InsightsPage",
            "Every message is still waiting for its first answer: answer within the hour "
            "to reach level 3",
        )
    return translate("InsightsPage", "No messages from customers in this period yet")
