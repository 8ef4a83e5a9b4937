"""The command line: ``main`` runs ``socialinbox`` and ``python -m socialinbox``."""

from socialinbox.cli.main import build_parser, main

__all__ = ["build_parser", "main"]
