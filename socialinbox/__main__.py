"""Entry point: ``socialinbox`` and ``python -m socialinbox``."""

from __future__ import annotations

import sys


def main() -> int:
    from socialinbox.cli import main as cli_main

    return cli_main()


if __name__ == "__main__":
    sys.exit(main())
