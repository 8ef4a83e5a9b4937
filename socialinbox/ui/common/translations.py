"""The language of the window: which one, and installing its translations.

Rules for callers:

- The language is chosen per computer (*Settings → General → Language*, the
  :data:`~socialinbox.settings.LANGUAGE` setting kept in the computer's settings file,
  :func:`computer_settings`, so that every data folder and the demo share it); "system"
  follows the system's locale. A choice takes effect when the app next starts:
  :func:`install_translations` runs once, before any window exists.
- The chosen locale becomes Qt's default (``QLocale()``), so dates, times and numbers
  shown through ``QLocale()`` follow the language chosen, not only the system's.
- The app's catalogue comes compiled with the app (wheel, bundle); from a checkout it
  is compiled on first use into the user's cache, in a folder named after the content of
  the ``.ts`` files, so that two checkouts (or versions) on one computer never use each
  other's compiled catalogues (see :mod:`socialinbox.ui.common.catalogues`). Qt's own
  ``qtbase`` catalogue (standard buttons, context menus) comes from the Qt installation.
- Where no catalogue can be had the window stays in English (logged, never an error).
"""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path

import platformdirs
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from socialinbox import APP_ID
from socialinbox.bundled import resource_path
from socialinbox.paths import computer_config_dir
from socialinbox.settings import SYSTEM_LANGUAGE, MachineSettings
from socialinbox.ui.common.catalogues import (
    CATALOGUE_BASE,
    LANGUAGES,
    CatalogueToolFailed,
    catalogue_file,
    compile_catalogues,
)

log = logging.getLogger(__name__)

QT_CATALOGUE = "qtbase"
# Not "settings.json": on Windows and macOS the config folder is the default data folder,
# whose settings.json the data folder's MachineSettings owns.
COMPUTER_SETTINGS_FILE = "computer-settings.json"


def computer_settings() -> MachineSettings:
    """The settings of this computer and user that no data folder owns (the language)."""
    return MachineSettings(computer_config_dir() / COMPUTER_SETTINGS_FILE)


def locale_for(choice: str) -> QLocale:
    """The locale a language choice means: the system's for "system", else the language's
    (with the system's country when it speaks that language, so "de" in Austria is de_AT)."""
    system = QLocale.system()
    if choice == SYSTEM_LANGUAGE:
        return system
    if system.name().split("_")[0] == choice:
        return system
    return QLocale(choice)


# Each language as its speakers name it, the same in every language of the window (Qt's
# own names carry a country: "American English", "español de España").
LANGUAGE_NAMES = {
    "en": "English",
    "de": "Deutsch",
    "fr": "Français",
    "es": "Español",
    "it": "Italiano",
}


def language_name(language: str) -> str:
    """A language as its speakers write it ("Français", "Deutsch")."""
    return LANGUAGE_NAMES.get(language) or QLocale(language).nativeLanguageName()


def install_translations(app: QCoreApplication, choice: str) -> list[QTranslator]:
    """Make ``choice``'s locale the default and install its catalogues (Qt's, the app's);
    the translators installed. Call once at start (see the module's rules)."""
    locale = locale_for(choice)
    QLocale.setDefault(locale)
    folders = (
        (QT_CATALOGUE, QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        (CATALOGUE_BASE, str(compiled_folder())),
    )
    installed = []
    for name, folder in folders:
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)
            installed.append(translator)
        else:
            log.debug("No %s catalogue for %s in %s", name, locale.name(), folder)
    return installed


def compiled_folder() -> Path:
    """The folder holding the app's ``.qm`` catalogues (see the module's rules)."""
    shipped = resource_path("translations")
    if all(catalogue_file(shipped, lang, ".qm").is_file() for lang in LANGUAGES):
        return shipped
    root = Path(platformdirs.user_cache_dir(APP_ID, appauthor=False)) / "translations"
    cache = root / _sources_digest(shipped)
    if not all(catalogue_file(cache, lang, ".qm").is_file() for lang in LANGUAGES):
        try:
            compile_catalogues(shipped, cache)
        except (CatalogueToolFailed, OSError) as exc:
            log.warning("The translations could not be compiled; English is shown: %s", exc)
    return cache


def _sources_digest(sources: Path) -> str:
    """A short name for the content of the ``.ts`` files in ``sources`` (a few ms)."""
    digest = hashlib.sha256()
    for language in LANGUAGES:
        ts_file = catalogue_file(sources, language)
        if ts_file.is_file():
            digest.update(language.encode() + b"\0" + ts_file.read_bytes())
    return digest.hexdigest()[:16]
