"""The desktop interface: PySide6 widgets, item models and dialogs.

Rules for everything in this package:

- This is the only package that imports PySide6 or qasync.
- The UI thread reads only small index-backed pages; counts, writes and network
  work run off it (the writer thread, an executor, asyncio tasks on the qasync loop).
- Text from the network is shown as plain text (``Qt.PlainText`` labels, our own
  painting); links open only for ``http``/``https`` (see :mod:`socialinbox.ui.common.links`).
- Colours come from the palette, so light, dark and system themes all work.
- Every user-visible string goes through ``tr()`` / ``QCoreApplication.translate``.
"""
