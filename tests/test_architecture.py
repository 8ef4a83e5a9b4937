"""Rules of the code base that a reviewer should not have to check by eye."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

REPOSITORY = Path(__file__).parent.parent
PACKAGE = REPOSITORY / "socialinbox"
QT_MODULES = ("PySide6", "shiboken6", "qasync")


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def test_no_module_outside_the_ui_package_imports_qt():
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in PACKAGE.rglob("*.py")
        if "ui" not in path.relative_to(PACKAGE).parts[:1] and _imports(path) & set(QT_MODULES)
    ]
    assert offenders == []


def test_the_core_runs_without_qt_being_loaded():
    code = (
        "import sys, pkgutil, importlib, socialinbox\n"
        "for m in pkgutil.walk_packages(socialinbox.__path__, 'socialinbox.'):\n"
        "    if ('.ui' not in m.name and 'migrations.versions' not in m.name\n"
        "        and not m.name.endswith('migrations.env')):\n"
        "        importlib.import_module(m.name)\n"
        f"print([m for m in sys.modules if m.split('.')[0] in {QT_MODULES!r}])\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_the_import_contracts_hold():
    """The layers and the Qt boundary declared in pyproject.toml ([tool.importlinter])."""
    lint_imports = Path(sys.executable).parent / "lint-imports"
    result = subprocess.run(
        [str(lint_imports), "--no-cache", "--config", str(REPOSITORY / "pyproject.toml")],
        capture_output=True,
        text=True,
        cwd=REPOSITORY,
    )
    assert result.returncode == 0, result.stdout + result.stderr
