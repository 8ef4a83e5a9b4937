"""The icon formats Windows and macOS bundles need, rendered from the SVG."""

from __future__ import annotations

from PySide6.QtGui import QImage, QImageReader

from socialinbox.ui.common.export_icons import export


def test_png_ico_and_icns_are_written_and_readable(tmp_path, qapp):
    written = {p.suffix: p for p in export(tmp_path)}
    assert set(written) == {".png", ".ico", ".icns"}
    for suffix in (".png", ".ico"):
        image = QImage(str(written[suffix]))
        assert image.width() == 256 and not image.isNull()
        # The icon is drawn, not blank: the centre pixel is opaque.
        assert image.pixelColor(128, 128).alpha() == 255
    reader = QImageReader(str(written[".icns"]))
    sizes = set()
    for n in range(reader.imageCount()):
        reader.jumpToImage(n)
        sizes.add(reader.read().width())
    assert sizes == {256, 512}
