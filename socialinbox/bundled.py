"""Finding bundled resources (icons, demo data) wherever the app runs from."""

from __future__ import annotations

import sys
from pathlib import Path


def resource_dir() -> Path:
    """The folder holding ``icons/``, ``demo/`` and the other bundled files.

    Installed, it is the ``socialinbox.resources`` package; in a source checkout,
    the repository's ``resources/`` folder; in a PyInstaller bundle, its copy.
    """
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "socialinbox" / "resources"
    installed = Path(__file__).with_name("resources")
    if installed.is_dir():
        return installed
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    return resource_dir().joinpath(*parts)
