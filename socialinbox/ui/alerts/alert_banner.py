"""One crisis alert as a banner above the pages: what happened, on which network, how
unusual it is, and the two things to do about it.

Rules: the banner has no close button and no timeout — it goes only when the alert is
acknowledged (here, on another desk or from the command line). Its colours come from
``ui/shell/theme.alert_colours`` and follow the palette.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from socialinbox.core.alerts import SPIKE, AlertInfo
from socialinbox.ui.common.formatting import network_name, number_text, short_time, translate
from socialinbox.ui.common.widgets import plain_label, scaled_font
from socialinbox.ui.shell.theme import alert_colours


def alert_title(alert: AlertInfo) -> str:
    """What happened where: "Unusual activity on X", "Many negative messages on X"."""
    network = network_name(alert.channel)
    if alert.kind == SPIKE:
        return translate("AlertBanner", "Unusual activity on {network}").format(network=network)
    return translate("AlertBanner", "Many negative messages on {network}").format(network=network)


def alert_summary(alert: AlertInfo) -> str:
    """How unusual: "14 messages since 09:23; usually 1 an hour at this time. 9 of them
    negative." """
    messages = translate("AlertBanner", "%n message(s)", None, alert.count)
    summary = translate(
        "AlertBanner", "{messages} since {time}; usually {usual} an hour at this time."
    ).format(messages=messages, time=short_time(alert.started_at), usual=number_text(alert.usual))
    if alert.negative:
        summary += " " + translate("AlertBanner", "%n of them negative.", None, alert.negative)
    return summary


class AlertBanner(QFrame):
    """A banner for one alert.

    Signals:
        show_requested(int): the user asked for the alert's messages (the alert's id).
        acknowledge_requested(int): the user acknowledged the alert (its id).
    """

    show_requested = Signal(int)
    acknowledge_requested = Signal(int)

    def __init__(self, alert: AlertInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.alert = alert
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 8, 10, 8)
        texts = QVBoxLayout()
        texts.setSpacing(2)
        self.title = plain_label()
        self.title.setFont(scaled_font(self.font(), 1.1, bold=True))
        self.body = plain_label(wrap=True)
        texts.addWidget(self.title)
        texts.addWidget(self.body)
        layout.addLayout(texts, 1)
        self.show_button = QPushButton(self.tr("Show the Messages"))
        self.show_button.setToolTip(self.tr("List the messages of this alert (Ctrl+Shift+M)"))
        self.show_button.clicked.connect(lambda: self.show_requested.emit(self.alert.id))
        self.acknowledge_button = QPushButton(self.tr("Acknowledge"))
        self.acknowledge_button.setToolTip(
            self.tr("Say you are on it: the alert leaves every desk (Ctrl+Shift+K)")
        )
        self.acknowledge_button.clicked.connect(
            lambda: self.acknowledge_requested.emit(self.alert.id)
        )
        for button in (self.show_button, self.acknowledge_button):
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)
        self._paint_colours()
        self.set_alert(alert)

    def set_alert(self, alert: AlertInfo) -> None:
        """Show ``alert``'s latest counts (an ongoing spike grows)."""
        self.alert = alert
        title, body = alert_title(alert), alert_summary(alert)
        self.title.setText(title)
        self.body.setText(body)
        self.setAccessibleName(f"{title}. {body}")

    def _paint_colours(self) -> None:
        palette = self.palette()
        background, text = alert_colours(palette)
        palette.setColor(QPalette.ColorRole.Window, background)
        palette.setColor(QPalette.ColorRole.WindowText, text)
        self.setPalette(palette)
        for label in (self.title, self.body):
            label.setForegroundRole(QPalette.ColorRole.WindowText)

    def changeEvent(self, event: QEvent) -> None:
        # The theme switched at run time: the alert's own colours follow it.
        if event.type() == QEvent.Type.ApplicationPaletteChange:
            self.setPalette(QPalette())
            self._paint_colours()
        super().changeEvent(event)
