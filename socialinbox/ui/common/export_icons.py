"""Render the application icon into the formats desktops want.

    python -m socialinbox.ui.common.export_icons OUTDIR

writes ``socialinbox.png`` (256 px, for Linux icon themes beside the SVG),
``socialinbox.ico`` (Windows; used by build.spec) and ``socialinbox.icns``
(macOS; used by build.spec). The SVG in resources/icons stays the source.
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from socialinbox.bundled import resource_path

SIZES = {"png": 256, "ico": 256}
# ICNS entries holding PNG data, by type code (Apple's icon family format).
ICNS_ENTRIES = ((b"ic08", 256), (b"ic09", 512))


def render(size: int) -> QImage:
    renderer = QSvgRenderer(str(resource_path("icons", "app.svg")))
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    return image


def export(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for fmt, size in SIZES.items():
        path = folder / f"socialinbox.{fmt}"
        # PySide6's stubs ask for bytes, but the binding accepts only str here.
        if not render(size).save(str(path), fmt):  # type: ignore[call-overload]
            raise SystemExit(f"could not write {path}")
        written.append(path)
    icns = folder / "socialinbox.icns"
    icns.write_bytes(icns_bytes())
    written.append(icns)
    return written


def png_bytes(size: int) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    render(size).save(buffer, "png")  # type: ignore[call-overload]  # as in export()
    buffer.close()
    return bytes(data.data())


def icns_bytes() -> bytes:
    """An icon family of PNG entries: 'icns', total length, then (type, length, data)."""
    entries = b""
    for code, size in ICNS_ENTRIES:
        png = png_bytes(size)
        entries += code + struct.pack(">I", len(png) + 8) + png
    return b"icns" + struct.pack(">I", len(entries) + 8) + entries


def main() -> int:
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    app = QGuiApplication(sys.argv[:1])
    for path in export(Path(sys.argv[1])):
        print(path)
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
