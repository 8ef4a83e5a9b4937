"""Text the user wrote while the database could not be reached, kept in a file when the
window closes before it could be saved.

Rules: only the user's own words are written (replies and notes not yet stored), each
under a line with the time it was kept, appended to :data:`KEPT_FILE` in the data folder
(owner-only, like everything there); nothing is ever deleted from it by the app. The
window names the file at its next start (:func:`kept_file`).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from socialinbox.paths import ensure_private_file

KEPT_FILE = "kept-while-offline.txt"


def keep_on_disk(folder: Path, texts: Sequence[str], at: datetime) -> Path | None:
    """Append the non-blank ``texts`` to the kept file in ``folder``; its path, or None
    when there was nothing to keep."""
    # The same words may be both held and still in the composer: kept once.
    kept = list(dict.fromkeys(t.strip() for t in texts if t.strip()))
    if not kept:
        return None
    path = folder / KEPT_FILE
    ensure_private_file(path)
    stamp = at.isoformat(timespec="seconds")
    with path.open("a", encoding="utf-8") as out:
        for text in kept:
            out.write(f"--- {stamp}\n{text}\n\n")
    return path


def kept_file(folder: Path) -> Path | None:
    """The kept file in ``folder`` if some text was kept there."""
    path = folder / KEPT_FILE
    return path if path.is_file() and path.stat().st_size > 0 else None
