"""``socialinbox --self-test`` as a real process (CI runs the same on the bundle)."""

from __future__ import annotations

import os
import subprocess
import sys


def test_the_self_test_opens_the_demo_inbox_and_passes(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path))
    result = subprocess.run(
        [sys.executable, "-m", "socialinbox", "--self-test"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("self-test passed:")
    assert int(result.stdout.split()[2]) >= 50  # demo messages stored
