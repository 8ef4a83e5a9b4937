"""Real file-system faults for tests: a small tmpfs that can fill up or turn read-only.

Mounting needs root (or CAP_SYS_ADMIN); where it is not permitted the test is skipped
with the reason (and fails under SOCIALINBOX_REQUIRE_SERVERS=1: CI runs as root), except
:func:`read_only_folder`, which falls back to a folder without write permission for a
user who is not root.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tests.servers.require import missing


def _mount(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["mount", *args], capture_output=True, text=True, check=False)


@contextmanager
def small_disk(where: Path, size: str = "2m") -> Iterator[Path]:
    """A tmpfs of ``size`` mounted at ``where`` for the block; unmounted after."""
    where.mkdir(parents=True, exist_ok=True)
    mounted = _mount("-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(where))
    if mounted.returncode != 0:
        # CI runs as root: there a refused mount is a broken build.
        missing(f"cannot mount a tmpfs here: {mounted.stderr.strip() or 'not permitted'}")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


def remount_read_only(where: Path) -> None:
    """Turn the tmpfs at ``where`` read-only (for root too)."""
    done = _mount("-o", "remount,ro", str(where))
    assert done.returncode == 0, done.stderr


def fill(disk: Path, leave: int = 0) -> Path:
    """Fill ``disk`` up, leaving about ``leave`` bytes free; the filler's path (delete it
    to free the space)."""
    reserve = disk / "reserve"
    if leave:
        reserve.write_bytes(b"\0" * leave)
    filler = disk / "filler"
    fd = os.open(filler, os.O_CREAT | os.O_WRONLY | os.O_APPEND, 0o600)
    try:
        size = 1 << 20
        while size:
            try:
                os.write(fd, b"\0" * size)
            except OSError:
                size //= 2
    finally:
        os.close(fd)
    reserve.unlink(missing_ok=True)
    return filler


@contextmanager
def read_only_folder(folder: Path) -> Iterator[Path]:
    """``folder`` (filled by the caller beforehand) made read-only for this process.

    Root: the folder's tmpfs is remounted read-only (the caller made ``folder`` with
    :func:`small_disk`). Another user: the write permission is taken away.
    """
    if os.geteuid() == 0:
        mount_point = folder
        while not os.path.ismount(mount_point):
            mount_point = mount_point.parent
        remount_read_only(mount_point)
        yield folder
        return
    folder.chmod(0o500)
    try:
        yield folder
    finally:
        folder.chmod(0o700)
