"""The translation catalogues: refreshing them from the code and compiling them.

Rules for callers:

- The catalogues are Qt Linguist files, ``resources/translations/socialinbox_LANG.ts``
  for each of :data:`LANGUAGES`, kept in git. :func:`refresh` re-extracts them from the
  code with ``pyside6-lupdate`` (the one command line, :func:`lupdate_arguments`): new
  strings arrive unfinished, strings gone from the code are dropped, translations kept.
- A ``.ts`` file is compiled to a ``.qm`` file (what Qt loads) by :func:`compile_catalogues`:
  at build time into the wheel (``setup.py``) and the bundle (``build.spec``); from a
  checkout, on first use into the user's cache (``ui/common/translations.py``).
- This module imports no Qt and nothing else of the app: ``setup.py`` and ``build.spec``
  load it by its path, before the app is installed. The Qt tools run in a child process
  (PySide6's own ``lupdate``/``lrelease``), so PySide6 must be importable by
  ``python`` (``sys.executable`` unless told otherwise).

``python -m socialinbox.ui.common.catalogues refresh`` refreshes the catalogues of a
checkout; ``… compile OUT`` writes the ``.qm`` files into ``OUT``.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

LANGUAGES: tuple[str, ...] = ("de", "fr", "es", "it")
SOURCE_LANGUAGE = "en"
CATALOGUE_BASE = "socialinbox"
CATALOGUE_FOLDER = Path("resources", "translations")
# What lupdate reads, relative to the checkout: every UI module, and the declarations
# whose labels the UI shows (settings, networks, the connectors' kinds, questions and
# notices: marked with QT_TRANSLATE_NOOP there).
SOURCE_GLOBS: tuple[str, ...] = (
    "socialinbox/ui/**/*.py",
    "socialinbox/settings.py",
    "socialinbox/core/business_settings.py",
    "socialinbox/core/networks.py",
    "socialinbox/channels/**/*.py",
)


class CatalogueToolFailed(RuntimeError):
    """lupdate or lrelease could not run or reported an error; the message says which."""


def catalogue_file(folder: Path, language: str, suffix: str = ".ts") -> Path:
    """``folder/socialinbox_LANG.ts`` (or ``.qm`` with that suffix)."""
    return folder / f"{CATALOGUE_BASE}_{language}{suffix}"


def source_files(checkout: Path) -> list[Path]:
    """The files lupdate reads, relative to ``checkout``, sorted (a stable catalogue)."""
    found = {
        path.relative_to(checkout) for pattern in SOURCE_GLOBS for path in checkout.glob(pattern)
    }
    return sorted(found)


def lupdate_arguments(sources: Sequence[Path], language: str, ts_file: Path) -> list[str]:
    """The one lupdate command line of this project: no source locations (a moved line
    does not touch the catalogue), no obsolete entries, the target language declared."""
    return [
        "-locations",
        "none",
        "-no-obsolete",
        "-target-language",
        language,
        "-source-language",
        SOURCE_LANGUAGE,
        *(str(path) for path in sources),
        "-ts",
        str(ts_file),
    ]


def run_tool(
    tool: str, arguments: Sequence[str], *, cwd: Path | None = None, python: str = ""
) -> str:
    """Run PySide6's ``lupdate`` or ``lrelease`` with ``arguments``; its output.

    CatalogueToolFailed when it cannot start or exits with an error."""
    command = [
        python or sys.executable,
        "-c",
        f"from PySide6.scripts.pyside_tool import {tool}; {tool}()",
        *arguments,
    ]
    try:
        done = subprocess.run(
            command, cwd=cwd, capture_output=True, text=True, check=False, timeout=300
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise CatalogueToolFailed(f"{tool} could not run: {exc}") from exc
    if done.returncode != 0:
        raise CatalogueToolFailed(f"{tool} failed: {done.stderr.strip() or done.stdout.strip()}")
    return done.stdout


def refresh(checkout: Path, languages: Sequence[str] = LANGUAGES) -> None:
    """Re-extract every catalogue of ``checkout`` from its code (see the module's rules)."""
    sources = source_files(checkout)
    for language in languages:
        ts_file = catalogue_file(CATALOGUE_FOLDER, language)
        run_tool("lupdate", lupdate_arguments(sources, language, ts_file), cwd=checkout)


def extract(checkout: Path, language: str, ts_file: Path) -> None:
    """A fresh catalogue of ``checkout``'s strings for ``language`` written to ``ts_file``
    (the translations a test compares the kept catalogue with)."""
    sources = source_files(checkout)
    run_tool("lupdate", lupdate_arguments(sources, language, ts_file.resolve()), cwd=checkout)


def compile_catalogues(source: Path, target: Path, *, python: str = "") -> list[Path]:
    """Compile every ``socialinbox_LANG.ts`` of ``source`` into ``target``; the ``.qm``
    files written. Unfinished entries are left out (Qt then shows the English)."""
    target.mkdir(parents=True, exist_ok=True)
    written = []
    for language in LANGUAGES:
        ts_file = catalogue_file(source, language)
        if not ts_file.is_file():
            continue
        qm_file = catalogue_file(target, language, ".qm")
        run_tool("lrelease", ["-silent", str(ts_file), "-qm", str(qm_file)], python=python)
        written.append(qm_file)
    return written


def main(arguments: Sequence[str]) -> int:
    checkout = Path(__file__).resolve().parents[3]
    if arguments[:1] == ["refresh"]:
        refresh(checkout)
        return 0
    if arguments[:1] == ["compile"] and len(arguments) == 2:
        for path in compile_catalogues(checkout / CATALOGUE_FOLDER, Path(arguments[1])):
            print(path)
        return 0
    print("usage: python -m socialinbox.ui.common.catalogues refresh | compile OUT_FOLDER")
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
