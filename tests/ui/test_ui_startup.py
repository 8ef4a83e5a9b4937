"""Starting the GUI: database problems, the benchmark hook, no Qt outside the ui package."""

from __future__ import annotations

import os
import re
import sqlite3
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from ui_helpers import make_context

import socialinbox
from socialinbox.app import AppContext, AppOptions
from socialinbox.core.inbox import InboxFilter
from socialinbox.paths import DATABASE_FILE
from socialinbox.ui import main as main_module
from socialinbox.ui.main import EXIT_FAILED, run_gui

PACKAGE = Path(socialinbox.__file__).parent
QT_IMPORT = re.compile(r"^\s*(from|import)\s+(PySide6|qasync|shiboken6)\b", re.MULTILINE)


def test_a_too_new_database_is_reported_in_a_message_box(
    tmp_path: Path, qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    with sqlite3.connect(data / DATABASE_FILE) as db:
        db.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
        db.execute("INSERT INTO alembic_version VALUES ('9999')")
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "exec", lambda self: shown.append((self.text(), self.informativeText())) or 0
    )
    assert run_gui(AppOptions(data_dir=data)) == EXIT_FAILED
    assert len(shown) == 1
    assert "cannot open its database" in shown[0][0]
    assert "newer version" in shown[0][1]


def test_an_unreadable_database_is_reported(
    tmp_path: Path, qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / DATABASE_FILE).write_bytes(b"this is not a database at all" * 100)
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "exec",
        lambda self: shown.append(f"{self.informativeText()}\n{self.detailedText()}") or 0,
    )
    assert run_gui(AppOptions(data_dir=data)) == EXIT_FAILED
    # In words, and the English detail behind Show Details.
    assert shown and "damaged or is not a database" in shown[0] and "Cannot read" in shown[0]


def _run_app(*args: str, env_extra: dict[str, str]) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **env_extra}
    return subprocess.run(
        [sys.executable, "-m", "socialinbox", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=PACKAGE.parent,
    )


def _first_paint(result: subprocess.CompletedProcess[str]) -> float:
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stdout.splitlines() if line.startswith("FIRST_PAINT ")]
    assert len(lines) == 1, result.stdout
    return float(lines[0].split()[1])


def test_benchmark_hook_reports_the_first_painted_rows(tmp_path: Path) -> None:
    data = tmp_path / "data"
    make_context(data).close()
    t0 = time.perf_counter()
    result = _run_app(
        "--data-dir",
        str(data),
        env_extra={"SOCIALINBOX_BENCH_FIRST_PAINT": "1", "SOCIALINBOX_BENCH_T0": repr(t0)},
    )
    seconds = _first_paint(result)
    assert 0 < seconds < time.perf_counter() - t0


def test_benchmark_hook_in_demo_mode_without_t0(tmp_path: Path) -> None:
    result = _run_app("--demo", env_extra={"SOCIALINBOX_BENCH_FIRST_PAINT": "1"})
    assert 0 < _first_paint(result) < 120


def test_qt_is_imported_only_in_the_ui_package() -> None:
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in PACKAGE.rglob("*.py")
        if "ui" not in path.relative_to(PACKAGE).parts[:1]
        and QT_IMPORT.search(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []


def test_the_core_runs_without_qt() -> None:
    code = (
        "import sys, socialinbox.app, socialinbox.cli, socialinbox.sync.engine;"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'qasync'));"
        "print(bad); sys.exit(1 if bad else 0)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=PACKAGE.parent
    )
    assert result.returncode == 0, result.stdout + result.stderr


# An unreadable file, and one truncated to 0 bytes: damage both, never a first start.
DAMAGE = [b"this is not a database at all" * 100, b""]


@pytest.mark.parametrize("damaged", DAMAGE, ids=["garbage", "zero-length"])
def test_a_damaged_database_is_replaced_by_the_latest_good_backup_when_the_user_agrees(
    tmp_path: Path, qapp: QApplication, monkeypatch: pytest.MonkeyPatch, damaged: bytes
) -> None:
    from socialinbox.core.backup import BACKUP_DIR, backup_database, backup_name

    data = tmp_path / "data"
    context = make_context(data)
    stored = context.inbox.count(InboxFilter())
    backup_database(
        context.db.path, data / BACKUP_DIR / backup_name(datetime(2026, 11, 24, tzinfo=UTC))
    )
    context.close()
    (data / DATABASE_FILE).write_bytes(damaged)

    offered: list[str] = []

    def choose_restore(box: QMessageBox) -> int:
        offered.append(box.informativeText())
        box.buttons()[0].click()  # "Restore the backup", the first button added
        return 0

    opened: list[int] = []

    async def window_opened(context: AppContext, *_args: object) -> int:
        # The window itself is tested elsewhere: here, what it would open on.
        opened.append(context.inbox.count(InboxFilter()))
        return 0

    monkeypatch.setattr(QMessageBox, "exec", choose_restore)
    monkeypatch.setattr(main_module, "run_window", window_opened)
    assert run_gui(AppOptions(data_dir=data)) == 0
    assert opened == [stored]
    assert offered and "latest good backup" in offered[0]
    kept = [p for p in data.iterdir() if ".damaged-" in p.name]
    assert [p.read_bytes() for p in kept if not p.name.endswith(("-wal", "-shm"))] == [damaged]
    reopened = AppContext(AppOptions(data_dir=data))
    try:
        assert reopened.inbox.count(InboxFilter()) == stored
    finally:
        reopened.close()


@pytest.mark.parametrize("damaged", DAMAGE, ids=["garbage", "zero-length"])
def test_a_damaged_database_without_a_backup_is_left_untouched(
    tmp_path: Path, qapp: QApplication, monkeypatch: pytest.MonkeyPatch, damaged: bytes
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / DATABASE_FILE).write_bytes(damaged)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self.informativeText()) or 0)

    async def no_window(*_args: object) -> int:  # a window opened on it is the failure
        return 0

    monkeypatch.setattr(main_module, "run_window", no_window)
    assert run_gui(AppOptions(data_dir=data)) == EXIT_FAILED
    assert "no backup to restore" in shown[0]
    assert (data / DATABASE_FILE).read_bytes() == damaged
    assert sorted(p.name for p in data.iterdir() if "sqlite3" in p.name) == [DATABASE_FILE]


def test_a_read_only_data_folder_opens_a_window_that_says_so_and_refuses_writes(
    tmp_path: Path, qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import QTimer

    from socialinbox.logs import setup_logging
    from tests.disks import read_only_folder, small_disk

    with small_disk(tmp_path / "media", "8m") as media:
        data = media / "data"
        context = make_context(data)
        contact = context.contacts.list_contacts()[0].id
        stored = context.inbox.count(InboxFilter())
        context.close()
        setup_logging(None)  # closes the log file, which would keep the disk writable
        seen: dict[str, object] = {}

        class Probe(main_module.MainWindow):  # type: ignore[misc, valid-type]
            """The real window; once shown, it tries a write and closes."""

            def show(self) -> None:
                super().show()
                QTimer.singleShot(0, self.try_a_write)

            def try_a_write(self) -> None:
                try:
                    seen["banner"] = (self.banner.isVisible(), self.banner.title.text())
                    seen["listed"] = self.inbox.model.rowCount()
                    self.operation.run(
                        self._context.notes.add,
                        contact,
                        "Loves cornbread",
                        name="add-note",
                        failed=self.refused,
                    )
                except Exception as error:  # never leave the window open on a test bug
                    seen["error"] = error
                    self.close()

            def refused(self, text: str) -> None:
                seen["refused"] = text
                self.close()

        monkeypatch.setattr(main_module, "MainWindow", Probe)
        # As the app's own QApplication: closing the window ends run_window, not Qt.
        quits = qapp.quitOnLastWindowClosed()
        qapp.setQuitOnLastWindowClosed(False)
        try:
            with read_only_folder(data):
                assert run_gui(AppOptions(data_dir=data)) == 0
        finally:
            qapp.setQuitOnLastWindowClosed(quits)
        assert "error" not in seen, seen
        visible, title = seen["banner"]  # type: ignore[misc]
        assert visible and "Read only" in title
        assert seen["listed"] == min(stored, seen["listed"]) and seen["listed"]  # type: ignore[operator]
        assert "Nothing can be changed" in str(seen["refused"])
