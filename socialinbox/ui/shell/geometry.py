"""The window's size, position, toolbar state and splitter positions, kept between runs.

Rules: the state is one dict of base64 strings (Qt's opaque blobs) in a machine
setting; anything unreadable is ignored and the window opens at a comfortable
default size, centred on its screen.
"""

from __future__ import annotations

import base64
from collections.abc import Mapping

from PySide6.QtCore import QByteArray
from PySide6.QtWidgets import QMainWindow, QSplitter

DEFAULT_SIZE = (1320, 840)


def window_state(window: QMainWindow, splitters: Mapping[str, QSplitter]) -> dict[str, str]:
    """What :func:`restore_window` puts back: geometry, toolbar state, each splitter by name."""
    state = {"geometry": _encode(window.saveGeometry()), "state": _encode(window.saveState())}
    state.update({name: _encode(splitter.saveState()) for name, splitter in splitters.items()})
    return state


def restore_window(window: QMainWindow, saved: object, splitters: Mapping[str, QSplitter]) -> None:
    """Put back a :func:`window_state`; the default size where there is none."""
    if not isinstance(saved, dict) or not window.restoreGeometry(_decode(saved.get("geometry"))):
        default_geometry(window)
    if isinstance(saved, dict):
        window.restoreState(_decode(saved.get("state")))
        for name, splitter in splitters.items():
            splitter.restoreState(_decode(saved.get(name)))


def default_geometry(window: QMainWindow) -> None:
    """A comfortable size on the window's screen, centred."""
    width, height = DEFAULT_SIZE
    screen = window.screen()
    if screen is None:
        window.resize(width, height)
        return
    area = screen.availableGeometry()
    width = min(width, int(area.width() * 0.92))
    height = min(height, int(area.height() * 0.92))
    window.setGeometry(
        area.left() + (area.width() - width) // 2,
        area.top() + (area.height() - height) // 2,
        width,
        height,
    )


def _encode(data: QByteArray) -> str:
    return base64.b64encode(bytes(data.data())).decode("ascii")


def _decode(text: object) -> QByteArray:
    if not isinstance(text, str):
        return QByteArray()
    try:
        return QByteArray(base64.b64decode(text.encode("ascii"), validate=True))
    except ValueError:
        return QByteArray()
