"""Per-machine settings in a small JSON file; business rules shared through the database.

Per-machine: window geometry, theme, the user's display name. Business rules
(the return-reminder quiet period, whether replies need review, business
hours) live in the database so that every desk shares them.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.dialects import sqlite

from socialinbox.clock import Clock, SystemClock
from socialinbox.core import changes
from socialinbox.core.changes import ChangeSet
from socialinbox.paths import PRIVATE_FILE_MODE
from socialinbox.storage.database import Database
from socialinbox.storage.schema import BusinessSetting

log = logging.getLogger(__name__)

# Business rules and their defaults.
BUSINESS_DEFAULTS: dict[str, Any] = {
    "return_quiet_days": 30,
    "replies_need_review": False,
    "business_hours": {"days": [0, 1, 2, 3, 4], "start": "09:00", "end": "17:00"},
    "property_timezone": None,
    # Country of phone numbers written without +, e.g. "DE" (arrivals import).
    "phone_region": None,
    # The business's name as customers know it ({business} in templates).
    "business_name": None,
    # Canned replies (see core/templates.py): a list of {"name", "text"}.
    "reply_templates": [
        {
            "name": "Thank you",
            "text": "Thank you, {first_name}! We are so glad you enjoyed your stay.",
        },
        {
            "name": "Welcome back",
            "text": "Welcome back, {first_name}! Last time you wrote on {last_message_date}; "
            "we have not forgotten: {note:favourite}.",
        },
    ],
}


class MachineSettings:
    """A JSON file of per-machine settings. A damaged file is kept aside, never lost."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._values: dict[str, Any] = {}
        if path.exists():
            try:
                loaded = json.loads(path.read_text(encoding="utf-8"))
                if not isinstance(loaded, dict):
                    raise ValueError("not a JSON object")
                self._values = loaded
            except (OSError, ValueError) as exc:
                damaged = path.with_suffix(".damaged.json")
                log.warning("Settings file unreadable (%s); kept as %s", exc, damaged.name)
                path.replace(damaged)

    def get(self, key: str, default: Any = None) -> Any:
        return self._values.get(key, default)

    def set(self, key: str, value: Any) -> None:
        self._values[key] = value
        self.save()

    def save(self) -> None:
        """Write atomically: a crash mid-write leaves the previous file intact."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".settings-", dir=self.path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(self._values, handle, indent=2, sort_keys=True)
            os.chmod(tmp, PRIVATE_FILE_MODE)
            os.replace(tmp, self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise


class BusinessSettings:
    """Business rules stored in the database, with defaults for unset keys."""

    def __init__(self, db: Database, clock: Clock | None = None, origin: str = "local") -> None:
        self._db = db
        self._clock: Clock = clock or SystemClock()
        self._origin = origin

    def get(self, key: str) -> Any:
        if key not in BUSINESS_DEFAULTS:
            raise KeyError(f"unknown business setting {key!r}")
        with self._db.read() as session:
            stored = session.execute(
                select(BusinessSetting.value_json).where(BusinessSetting.key == key)
            ).scalar()
        return BUSINESS_DEFAULTS[key] if stored is None else json.loads(stored)

    def set(self, key: str, value: Any) -> ChangeSet:
        """Store a rule. Call through the Writer. Other desks see it through the change feed."""
        if key not in BUSINESS_DEFAULTS:
            raise KeyError(f"unknown business setting {key!r}")
        with self._db.write() as session:
            statement = sqlite.insert(BusinessSetting).values(key=key, value_json=json.dumps(value))
            session.execute(
                statement.on_conflict_do_update(
                    index_elements=[BusinessSetting.key],
                    set_={"value_json": statement.excluded.value_json},
                )
            )
            change = ChangeSet.of(changes.SETTINGS, changes.UPDATED, [0])
            changes.record(session, change, self._clock.now(), self._origin)
            return change
