"""The colour theme: the system's own, or a light or dark Fusion palette.

Rules: the choice is stored per machine as ``theme`` (one of :data:`THEMES`);
widgets never hard-code colours, they read the palette, so switching theme at
run time repaints everything correctly. This module is the one place that
defines palette colours.
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory, QWidget

from socialinbox.settings import THEME, ThemeName

# The choices and the default are the declaration's (socialinbox.settings.THEME).
Theme = ThemeName
THEMES: Final[tuple[Theme, ...]] = THEME.choices
DEFAULT_THEME: Final[Theme] = THEME.default

_system: dict[str, object] = {}


def normalise(value: object) -> Theme:
    """A stored value as a theme; anything unknown means the system theme."""
    return THEME.value_of(value)


def apply_theme(app: QApplication, theme: Theme) -> None:
    """Switch the whole application to ``theme``; safe to call again at run time."""
    if not _system:
        _system["style"] = app.style().name()
        _system["palette"] = QPalette(app.palette())
    hints = QGuiApplication.styleHints()
    if theme == "system":
        app.setStyle(QStyleFactory.create(str(_system["style"])))
        _set_scheme(hints, Qt.ColorScheme.Unknown)
        app.setPalette(_system["palette"])  # type: ignore[arg-type]
        return
    app.setStyle(QStyleFactory.create("Fusion"))
    _set_scheme(hints, Qt.ColorScheme.Dark if theme == "dark" else Qt.ColorScheme.Light)
    app.setPalette(dark_palette() if theme == "dark" else light_palette())


def _set_scheme(hints: object, scheme: Qt.ColorScheme) -> None:
    setter = getattr(hints, "setColorScheme", None)  # Qt 6.8+
    if setter is not None:
        setter(scheme)


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def light_palette() -> QPalette:
    return _palette(
        window="#f3f4f6",
        window_text="#1f2328",
        base="#ffffff",
        alternate_base="#f2f5f9",
        text="#1f2328",
        button="#f6f7f9",
        button_text="#1f2328",
        highlight="#2f6fdb",
        highlighted_text="#ffffff",
        inactive_highlight="#d6e2f7",
        placeholder="#6b7280",
        link="#1a5fcc",
        tooltip_base="#ffffff",
        tooltip_text="#1f2328",
        light="#ffffff",
        midlight="#e6e8eb",
        mid="#c9cdd3",
        dark="#9aa1ab",
        shadow="#5f6368",
        disabled_text="#a0a5ad",
    )


def dark_palette() -> QPalette:
    return _palette(
        window="#1e2024",
        window_text="#e6e8eb",
        base="#16181b",
        alternate_base="#24272c",
        text="#e6e8eb",
        button="#2a2d32",
        button_text="#e6e8eb",
        highlight="#3b78e7",
        highlighted_text="#ffffff",
        inactive_highlight="#2c3a52",
        placeholder="#9097a1",
        link="#7aa7ff",
        tooltip_base="#2a2d32",
        tooltip_text="#e6e8eb",
        light="#3a3e44",
        midlight="#2f3237",
        mid="#44484f",
        dark="#101113",
        shadow="#000000",
        disabled_text="#6b7079",
    )


def _palette(**c: str) -> QPalette:
    p = QPalette()
    role = QPalette.ColorRole
    roles = {
        role.Window: c["window"],
        role.WindowText: c["window_text"],
        role.Base: c["base"],
        role.AlternateBase: c["alternate_base"],
        role.Text: c["text"],
        role.Button: c["button"],
        role.ButtonText: c["button_text"],
        role.BrightText: "#ff5c5c",
        role.Highlight: c["highlight"],
        role.HighlightedText: c["highlighted_text"],
        role.PlaceholderText: c["placeholder"],
        role.Link: c["link"],
        role.LinkVisited: c["link"],
        role.ToolTipBase: c["tooltip_base"],
        role.ToolTipText: c["tooltip_text"],
        role.Light: c["light"],
        role.Midlight: c["midlight"],
        role.Mid: c["mid"],
        role.Dark: c["dark"],
        role.Shadow: c["shadow"],
        role.Accent: c["highlight"],
    }
    for r, colour in roles.items():
        p.setColor(r, QColor(colour))
    disabled = QPalette.ColorGroup.Disabled
    for r in (role.WindowText, role.Text, role.ButtonText, role.PlaceholderText):
        p.setColor(disabled, r, QColor(c["disabled_text"]))
    p.setColor(disabled, role.Highlight, QColor(c["mid"]))
    # Selected rows stay clearly visible when the list loses focus.
    inactive = QPalette.ColorGroup.Inactive
    p.setColor(inactive, role.Highlight, QColor(c["inactive_highlight"]))
    p.setColor(inactive, role.HighlightedText, QColor(c["text"]))
    return p


def error_colour(palette: QPalette) -> QColor:
    """The colour of a problem told in words: a red that reads on either theme."""
    return QColor("#ff8a80") if is_dark(palette) else QColor("#b3261e")


def warning_colour(palette: QPalette) -> QColor:
    """An amber for "soon too late" (a waiting timer near its target), legible on either
    theme's base colour."""
    return QColor("#ffcc66") if is_dark(palette) else QColor("#8a5300")


def positive_colour(palette: QPalette) -> QColor:
    """A green for good news (a positive tone), legible on either theme's base colour."""
    return QColor("#81c995") if is_dark(palette) else QColor("#1e7b34")


def show_as_error(label: QWidget) -> None:
    """Give ``label`` the error colour of its current palette."""
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, error_colour(palette))
    label.setPalette(palette)


def alert_colours(palette: QPalette) -> tuple[QColor, QColor]:
    """The background and text of a crisis alert: a red that cannot be missed, with text
    that keeps its contrast on either theme."""
    if is_dark(palette):
        return QColor("#5c1d1a"), QColor("#ffe3df")
    return QColor("#fde2df"), QColor("#5f1410")


# The response levels' colours (charts), 0 … 6 then "waiting": warm where customers wait
# too long, green to blue as the answers get better. Each set has a contrast of at least
# 3:1 (WCAG's for graphics) with its theme's base colour (tests/ui/test_ui_insights.py).
_LEVEL_COLOURS_LIGHT = (
    "#c62828",
    "#e65100",
    "#b07d00",
    "#689f38",
    "#2e7d32",
    "#00838f",
    "#1565c0",
    "#8a929c",
)
_LEVEL_COLOURS_DARK = (
    "#ef5350",
    "#ff9800",
    "#fdd835",
    "#9ccc65",
    "#43a047",
    "#26a69a",
    "#42a5f5",
    "#7b838e",
)


def level_colours(palette: QPalette) -> tuple[QColor, ...]:
    """The colours of levels 0 … 6 and of the messages still waiting, for ``palette``."""
    chosen = _LEVEL_COLOURS_DARK if is_dark(palette) else _LEVEL_COLOURS_LIGHT
    return tuple(QColor(colour) for colour in chosen)
