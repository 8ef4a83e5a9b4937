"""Icons: the networks' own colour icons, and monochrome glyphs tinted from the palette.

Rules: find files with :func:`socialinbox.bundled.resource_path`; never hard-code a
colour here — glyphs take the palette's text colour at paint time, so a theme
change recolours them without rebuilding any icon.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from socialinbox.bundled import resource_path
from socialinbox.ui.common.networks import current_networks

# The colour the bundled glyphs are drawn in; replaced by a palette colour.
GLYPH_COLOUR = "#5f6368"


def icon_path(name: str) -> str:
    return str(resource_path("icons", f"{name}.svg"))


def channel_icon(channel: str) -> QIcon:
    """The icon the network declares; a neutral glyph for a network that declares none or
    is declared by no installed connector."""
    return _network_icon(current_networks().get(channel).icon)


@cache
def _network_icon(icon: str | None) -> QIcon:
    """A bundled icon by its name, or a plug-in's own by the absolute path of its file."""
    path = None
    if icon:
        path = Path(icon) if Path(icon).is_absolute() else resource_path("icons", f"{icon}.svg")
    if path is not None and path.is_file():
        return QIcon(str(path))
    return glyph_icon("all")


@cache
def app_icon() -> QIcon:
    return QIcon(icon_path("app"))


@cache
def glyph_icon(name: str) -> QIcon:
    """A monochrome UI glyph (``all``, ``unread``, ``sync``, …) in the palette's text colour."""
    with open(icon_path(name), encoding="utf-8") as handle:
        svg = handle.read()
    engine = TintedSvgIconEngine(svg)
    _ENGINES.append(engine)
    return QIcon(engine)


# QIcon owns its engine in C++; the Python wrappers stay referenced here.
_ENGINES: list[TintedSvgIconEngine] = []


def glyph_colour(palette: QPalette, mode: QIcon.Mode = QIcon.Mode.Normal) -> QColor:
    """The colour a glyph takes: the text colour softened towards the window colour."""
    group = (
        QPalette.ColorGroup.Disabled if mode == QIcon.Mode.Disabled else QPalette.ColorGroup.Active
    )
    if mode == QIcon.Mode.Selected:
        return palette.color(group, QPalette.ColorRole.HighlightedText)
    text = palette.color(group, QPalette.ColorRole.WindowText)
    window = palette.color(group, QPalette.ColorRole.Window)
    return mix(text, window, 0.2)


def mix(a: QColor, b: QColor, amount: float) -> QColor:
    """``a`` moved ``amount`` (0..1) of the way towards ``b``."""
    return QColor(
        round(a.red() + (b.red() - a.red()) * amount),
        round(a.green() + (b.green() - a.green()) * amount),
        round(a.blue() + (b.blue() - a.blue()) * amount),
        round(a.alpha() + (b.alpha() - a.alpha()) * amount),
    )


class TintedSvgIconEngine(QIconEngine):
    """Renders one SVG glyph in the current palette's colour for the icon's mode."""

    def __init__(self, svg: str) -> None:
        super().__init__()
        self._svg = svg
        self._renderers: dict[tuple[int, int], QSvgRenderer] = {}

    def _renderer(self, colour: QColor) -> QSvgRenderer:
        key = (colour.rgb(), colour.alpha())
        renderer = self._renderers.get(key)
        if renderer is None:
            data = self._svg.replace(GLYPH_COLOUR, colour.name())
            if colour.alpha() < 255:
                data = data.replace("<svg ", f'<svg opacity="{colour.alphaF():.3f}" ', 1)
            renderer = QSvgRenderer(QByteArray(data.encode("utf-8")))
            self._renderers[key] = renderer
        return renderer

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        colour = glyph_colour(QGuiApplication.palette(), mode)
        self._renderer(colour).render(painter, QRectF(rect))

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        pixmap = QPixmap(size * scale)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.paint(painter, QRect(QPoint(0, 0), size * scale), mode, state)
        painter.end()
        pixmap.setDevicePixelRatio(scale)
        return pixmap

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        return size

    def clone(self) -> QIconEngine:
        engine = TintedSvgIconEngine(self._svg)
        _ENGINES.append(engine)
        return engine

    def key(self) -> str:
        return "TintedSvgIconEngine"
