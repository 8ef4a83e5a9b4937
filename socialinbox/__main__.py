"""Entry point: ``socialinbox`` and ``python -m socialinbox``.

The one module above both the command line and the ui: without a command it
opens the window, so that ``cli`` never imports the ui (nor Qt).
"""

from __future__ import annotations

import gc
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from socialinbox.app import AppOptions


def main() -> int:
    # Importing the app allocates hundreds of thousands of objects that live as long as
    # the process, and the collector's passes over them cost 40-80 ms of a start. It runs
    # again once they are imported: the window's first paint, a command's run (both
    # freeze what exists then, so that later passes skip it).
    gc.disable()
    from socialinbox.cli import main as cli_main

    return cli_main(open_window=open_window)


def open_window(options: AppOptions) -> int:
    """The GUI, imported only when it is opened: commands start without loading Qt."""
    from socialinbox.ui.main import run_gui

    return run_gui(options)


if __name__ == "__main__":
    sys.exit(main())
