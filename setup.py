"""Build step of the wheel: the translation catalogues compiled to .qm files.

Everything else about the package is declared in pyproject.toml. The catalogues
(resources/translations/*.ts) are compiled with PySide6's lrelease, which the build
requires (pyproject.toml, [build-system]); see socialinbox/ui/common/catalogues.py.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent


def _catalogues() -> ModuleType:
    # Loaded by its path: the package itself is not importable while it is being built.
    path = HERE / "socialinbox" / "ui" / "common" / "catalogues.py"
    spec = importlib.util.spec_from_file_location("_socialinbox_catalogues", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class BuildWithCatalogues(build_py):
    """build_py, then the .qm files beside the .ts files in the built package."""

    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            # An editable install runs from the checkout: the app compiles on first use.
            return
        catalogues = _catalogues()
        target = Path(self.build_lib, "socialinbox", "resources", "translations")
        catalogues.compile_catalogues(HERE / catalogues.CATALOGUE_FOLDER, target)


setup(cmdclass={"build_py": BuildWithCatalogues})
