"""The window in German, French, Spanish and Italian (issue #17): complete catalogues that
hold every string the window shows, plurals, accelerators, the language setting, and
dates and numbers as each locale writes them."""

from __future__ import annotations

import os
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
import qasync
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QLabel, QMenu
from pytestqt.qtbot import QtBot

from socialinbox.app import AppContext
from socialinbox.core.arrivals import RowProblem
from socialinbox.core.notify import Notification
from socialinbox.settings import LANGUAGE, MachineSettings
from socialinbox.ui.common import translations
from socialinbox.ui.common.catalogues import (
    CATALOGUE_FOLDER,
    LANGUAGES,
    catalogue_file,
    compile_catalogues,
    extract,
    run_tool,
)
from socialinbox.ui.common.formatting import (
    ago_text,
    date_text,
    duration_text,
    number_text,
    translate,
)
from socialinbox.ui.common.reasons import reason_text
from socialinbox.ui.front_desk.arrivals_dialog import row_problem_text
from socialinbox.ui.settings.settings_dialog import GeneralPage, SettingsDialog
from socialinbox.ui.settings.settings_pages import TemplatesPage
from socialinbox.ui.shell.notifier import worded
from tests.ui.ui_helpers import shown_window

CHECKOUT = Path(__file__).resolve().parents[2]
PLACEHOLDER = re.compile(r"\{[a-z_]*\}|%L?n|%\d")


@dataclass(frozen=True, slots=True)
class Entry:
    context: str
    source: str
    plural: bool
    unfinished: bool
    forms: tuple[str, ...]


def entries(ts_file: Path) -> list[Entry]:
    """Every message of a catalogue."""
    found = []
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            plural = message.get("numerus") == "yes"
            forms = (
                tuple(form.text or "" for form in translation.iter("numerusform"))
                if plural
                else (translation.text or "",)
            )
            found.append(
                Entry(
                    name,
                    message.findtext("source") or "",
                    plural,
                    translation.get("type") == "unfinished",
                    forms,
                )
            )
    return found


def catalogue(language: str) -> Path:
    return catalogue_file(CHECKOUT / CATALOGUE_FOLDER, language)


@pytest.fixture(scope="module")
def fresh_strings(tmp_path_factory: pytest.TempPathFactory) -> set[tuple[str, str]]:
    """(context, source) of every string the code holds now, extracted by a fresh lupdate
    run with the project's own command line."""
    fresh = tmp_path_factory.mktemp("lupdate") / "fresh.ts"
    extract(CHECKOUT, "de", fresh)
    return {(e.context, e.source) for e in entries(fresh)}


@pytest.fixture(scope="module")
def compiled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The catalogues compiled as the build compiles them."""
    folder = tmp_path_factory.mktemp("qm")
    compile_catalogues(CHECKOUT / CATALOGUE_FOLDER, folder)
    return folder


@pytest.fixture
def in_language(qapp: QApplication, compiled: Path) -> Iterator[Callable[[str], None]]:
    """Installs a language's compiled catalogue (as the app does at start) for one test."""
    installed: list[QTranslator] = []
    previous = QLocale()

    def install(language: str) -> None:
        translator = QTranslator()
        assert translator.load(str(catalogue_file(compiled, language, ".qm")))
        qapp.installTranslator(translator)
        installed.append(translator)
        QLocale.setDefault(QLocale(language))

    yield install
    for translator in installed:
        qapp.removeTranslator(translator)
    QLocale.setDefault(previous)


# -- the catalogues ---------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_catalogue_is_complete(language: str) -> None:
    unfinished = [e.source for e in entries(catalogue(language)) if e.unfinished]
    empty = [e.source for e in entries(catalogue(language)) if not all(f.strip() for f in e.forms)]
    assert unfinished == [] and empty == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_visible_string_is_missing_from_a_catalogue(
    language: str, fresh_strings: set[tuple[str, str]]
) -> None:
    kept = {(e.context, e.source) for e in entries(catalogue(language))}
    missing = sorted(fresh_strings - kept)
    gone = sorted(kept - fresh_strings)
    # Refresh with: python -m socialinbox.ui.common.catalogues refresh
    assert missing == [] and gone == []


def test_every_string_has_a_context_lupdate_could_read(
    fresh_strings: set[tuple[str, str]],
) -> None:
    assert sorted(source for context, source in fresh_strings if not context) == []
    # The tables that are translated later are in the catalogue too (marked where declared).
    for expected in [
        ("Columns", "Due"),
        ("OutboxState", "Awaiting review"),
        ("Setting", "The colours of the window: the system's, light or dark."),
        ("Network", "In person"),
        ("errors", "A note needs some text"),
        ("MainWindow", "&File"),
    ]:
        assert expected in fresh_strings


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_count_is_a_plural_with_every_form_of_the_language(language: str) -> None:
    forms_of_language = {"de": 2, "fr": 2, "es": 2, "it": 2}[language]
    for entry in entries(catalogue(language)):
        assert entry.plural == ("%n" in entry.source or "%Ln" in entry.source), entry.source
        if entry.plural and not entry.unfinished:
            assert len(entry.forms) == forms_of_language, entry.source
            assert all(re.search(r"%L?n", form) for form in entry.forms), entry.source


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_translation_keeps_the_placeholders_of_its_source(language: str) -> None:
    for entry in entries(catalogue(language)):
        if entry.unfinished:
            continue
        wanted = sorted(set(PLACEHOLDER.findall(entry.source)) - {"%n", "%Ln"})
        for form in entry.forms:
            assert sorted(set(PLACEHOLDER.findall(form)) - {"%n", "%Ln"}) == wanted, (
                entry.source,
                form,
            )


def _mnemonic(text: str) -> str | None:
    match = re.search(r"&([^&])", text.replace("&&", ""))
    return match.group(1).casefold() if match else None


@pytest.mark.parametrize("language", LANGUAGES)
def test_accelerators_are_unique_in_each_menu_in_every_language(
    language: str,
    in_language: Callable[[str], None],
    context: AppContext,
    qloop: qasync.QEventLoop,
    qapp: QApplication,
) -> None:
    in_language(language)
    with shown_window(context, qloop, qapp) as window:
        menus = [m for a in window.menuBar().actions() if isinstance(m := a.menu(), QMenu)]
        titles = [a.text() for a in window.menuBar().actions()]
        assert translate("MainWindow", "&File") in titles
        groups = [titles] + [[a.text() for a in m.actions() if a.text()] for m in menus]
    clashes = []
    for texts in groups:
        by_key: dict[str, list[str]] = {}
        for text in texts:
            key = _mnemonic(text)
            if key:
                by_key.setdefault(key, []).append(text)
        clashes += [shared for shared in by_key.values() if len(shared) > 1]
    assert not clashes, "; ".join(" / ".join(shared) for shared in clashes)


def test_bad_rows_of_an_arrivals_file_are_worded_in_the_window_language(
    in_language: Callable[[str], None],
) -> None:
    in_language("de")
    assert row_problem_text(RowProblem("no_name")) == "kein Name"
    assert row_problem_text(RowProblem("bad_email", "lena@example")) == (
        "keine E-Mail-Adresse: „lena@example“"
    )
    assert row_problem_text(RowProblem("same_guest", "Anna Weber", "4", room="101")) == (
        "Anna Weber (Zimmer 101) steht auch in Zeile 4, mit anderen Angaben"
    )


# -- choosing the language --------------------------------------------------------------


def test_the_language_is_chosen_in_settings_and_used_from_the_next_start(
    tmp_path: Path, qtbot: QtBot
) -> None:
    folder_settings = MachineSettings(tmp_path / "data" / "settings.json")
    computer = MachineSettings(tmp_path / "config" / "settings.json")
    page = GeneralPage(folder_settings, "staff", computer=computer)
    dialog = SettingsDialog([page])
    qtbot.addWidget(dialog)
    assert page.language.currentData() == "system"
    labels = [page.language.itemText(i) for i in range(page.language.count())]
    assert labels[1:] == ["English", "Deutsch", "Français", "Español", "Italiano"]
    assert any("next starts" in label.text() for label in page.findChildren(QLabel))
    page.language.setCurrentIndex(page.language.findData("fr"))
    dialog.accept()
    # Kept per computer (every data folder and the demo share it), not in the data folder.
    assert MachineSettings(tmp_path / "config" / "settings.json").get(LANGUAGE) == "fr"
    assert folder_settings.get(LANGUAGE) == "system"


def test_starting_in_french_shows_the_window_and_qt_in_french(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    previous = QLocale()
    installed = translations.install_translations(qapp, "fr")
    try:
        assert QLocale().language() == QLocale.Language.French
        assert len(installed) == 2  # Qt's own qtbase catalogue and the app's
        assert QCoreApplication.translate("SettingsDialog", "Settings") == "Paramètres"
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        QLocale.setDefault(previous)


def test_from_a_checkout_the_catalogues_are_compiled_into_the_cache_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sources = tmp_path / "resources" / "translations"
    sources.mkdir(parents=True)
    for language in LANGUAGES:
        catalogue_file(sources, language).write_bytes(catalogue(language).read_bytes())
    monkeypatch.setattr(translations, "resource_path", lambda *parts: sources)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    folder = translations.compiled_folder()
    assert folder.is_relative_to(tmp_path / "cache")
    qm_file = catalogue_file(folder, "de", ".qm")
    assert QTranslator().load(str(qm_file))
    compiled_at = qm_file.stat().st_mtime_ns
    assert translations.compiled_folder() == folder
    assert qm_file.stat().st_mtime_ns == compiled_at  # not compiled again while fresh

    # Another checkout (or version) whose catalogue differs, even if older on disk, gets
    # catalogues of its own: never the first one's.
    changed = (
        catalogue(language="de")
        .read_text(encoding="utf-8")
        .replace("<translation>Posteingang</translation>", "<translation>Eingang</translation>", 1)
    )
    catalogue_file(sources, "de").write_text(changed, encoding="utf-8")
    os.utime(catalogue_file(sources, "de"), (0, 0))
    other = translations.compiled_folder()
    assert other != folder and catalogue_file(other, "de", ".qm").is_file()
    assert qm_file.stat().st_mtime_ns == compiled_at


# -- dates, numbers and plurals ---------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "day", "short_day", "number"),
    [
        ("de", "12. März 2026", "Do., 12. März", "12.345"),
        ("fr", "12 mars 2026", "jeu. 12 mars", "12\u202f345"),
        ("es", "12 de marzo de 2026", "jue, 12 de mar", "12.345"),
        ("it", "12 marzo 2026", "gio 12 mar", "12.345"),
    ],
)
def test_dates_and_numbers_are_written_as_the_locale_writes_them(
    language: str, day: str, short_day: str, number: str
) -> None:
    previous = QLocale()
    QLocale.setDefault(QLocale(language))
    try:
        assert date_text(date(2026, 3, 12)) == day
        assert date_text(date(2026, 3, 12), weekday=True, year=False, short=True) == short_day
        assert number_text(12345) == number
        assert number_text(2.5) == "2,5"  # a crisis alert's usual rate
    finally:
        QLocale.setDefault(previous)


def test_english_counts_are_singular_or_plural() -> None:
    now = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
    assert translate("Counts", "%Ln message(s)", None, 1) == "1 message"
    assert translate("Counts", "%Ln message(s)", None, 3) == "3 messages"
    assert ago_text(now, now - timedelta(minutes=4)) == "4 min ago"
    assert ago_text(now, now - timedelta(seconds=20)) == "just now"
    assert duration_text(2 * 3600 + 10 * 60) == "2 h 10 min"
    assert duration_text(3 * 86_400 + 4 * 3600) == "3 d 4 h"


def test_a_template_gets_a_text_per_language_in_settings(context: AppContext, qtbot: QtBot) -> None:
    page = TemplatesPage(context.business, lambda fn, *args: context.writer.call(fn, *args))
    qtbot.addWidget(page)
    page.names.setCurrentRow(0)
    english = page.text.toPlainText()
    page.language.setCurrentIndex(page.language.findData("de"))
    assert page.text.toPlainText() == ""  # no German text yet
    page.text.setPlainText("Danke, {first_name}!")
    page.language.setCurrentIndex(0)
    assert page.text.toPlainText() == english  # the text for any language is kept
    page.apply()
    [first, *_] = context.templates.list_templates()
    assert first.text == english and first.text_for("de") == "Danke, {first_name}!"


def test_a_notification_from_the_core_is_worded_in_the_windows_language(
    qapp: QApplication, tmp_path: Path
) -> None:
    ts_file = tmp_path / "one_de.ts"
    ts_file.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        '<TS version="2.1" language="de" sourcelanguage="en"><context>'
        "<name>Notifications</name><message><source>Reminder: {name}</source>"
        "<translation>Erinnerung: {name}</translation></message></context></TS>",
        encoding="utf-8",
    )
    run_tool("lrelease", ["-silent", str(ts_file), "-qm", str(tmp_path / "one_de.qm")])
    translator = QTranslator()
    assert translator.load(str(tmp_path / "one_de.qm"))
    qapp.installTranslator(translator)
    try:
        core = Notification(
            "Reminder: Maya Okafor",
            "wrote again after 45 days",
            code="reminder.due",
            params=(("name", "Maya Okafor"),),
        )
        assert worded(core).title == "Erinnerung: Maya Okafor"
        assert worded(core).body == core.body
        plain = Notification("Something", "as it is")
        assert worded(plain) == plain
    finally:
        qapp.removeTranslator(translator)


def _compiled_german(tmp_path: Path, messages: str) -> QTranslator:
    ts_file = tmp_path / "few_de.ts"
    ts_file.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        f'<TS version="2.1" language="de" sourcelanguage="en">{messages}</TS>',
        encoding="utf-8",
    )
    run_tool("lrelease", ["-silent", str(ts_file), "-qm", str(tmp_path / "few_de.qm")])
    translator = QTranslator()
    assert translator.load(str(tmp_path / "few_de.qm"))
    return translator


def test_a_reminders_reason_is_worded_in_the_windows_language(
    qapp: QApplication, tmp_path: Path
) -> None:
    stored = "Maya Okafor wrote again on X after 45 days"
    assert reason_text("return", stored) == stored  # English: as the core wrote it
    assert reason_text("follow_up", "call back about the wedding") == (
        "call back about the wedding"
    )
    arrival = "Jürgen Weiss arrives on 30 Dec 2026, room 214, until 02 Jan"
    assert reason_text("arrival", arrival) == (
        "Jürgen Weiss arrives on Wed, 30 Dec 2026, room 214, until Sat, 2 Jan 2027"
    )
    translator = _compiled_german(
        tmp_path,
        "<context><name>ReminderReason</name>"
        '<message numerus="yes"><source>{name} wrote again on {network} after %Ln day(s)'
        "</source><translation><numerusform>{name} hat nach %Ln Tag wieder auf {network} "
        "geschrieben</numerusform><numerusform>{name} hat nach %Ln Tagen wieder auf "
        "{network} geschrieben</numerusform></translation></message></context>",
    )
    qapp.installTranslator(translator)
    try:
        assert reason_text("return", stored) == (
            "Maya Okafor hat nach 45 Tagen wieder auf X geschrieben"
        )
        assert reason_text("return", stored.replace("45 days", "1 days")) == (
            "Maya Okafor hat nach 1 Tag wieder auf X geschrieben"
        )
    finally:
        qapp.removeTranslator(translator)
