"""One GUI per data folder: a second start hands over to the first, as real processes."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path


def _wait_for(path: Path, text: str, timeout: float = 30.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if path.exists() and text in path.read_text(errors="replace"):
            return True
        time.sleep(0.1)
    return False


def test_a_second_start_brings_the_first_window_forward_and_exits(tmp_path):
    data = tmp_path / "data"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    command = [sys.executable, "-m", "socialinbox", "--data-dir", str(data)]
    first = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        log = data / "socialinbox.log"
        assert _wait_for(log, "Main window shown"), "the first window never came up"
        second = subprocess.run(command, env=env, capture_output=True, text=True, timeout=60)
        assert second.returncode == 0
        assert "already running" in second.stdout
        assert _wait_for(log, "asked for the window")
        assert first.poll() is None  # the first one keeps running
        # Another data folder is another instance: it starts its own window.
        other = tmp_path / "other"
        third = subprocess.Popen(
            [sys.executable, "-m", "socialinbox", "--data-dir", str(other)],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        try:
            assert _wait_for(other / "socialinbox.log", "Main window shown")
        finally:
            third.kill()
            third.communicate(timeout=30)
    finally:
        first.kill()
        first.communicate(timeout=30)
