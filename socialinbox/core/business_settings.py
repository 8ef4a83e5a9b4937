"""Business settings: rules every desk shares, declared once and stored in the database.

Each rule is a :class:`~socialinbox.settings.Setting` of scope ``business``
declared here (key, type, default, label, help) and read through it:
``business.get(REPLIES_NEED_REVIEW)`` is a bool, never a string looked up by
hand. Per-machine settings are declared in :mod:`socialinbox.settings`.

Rules for callers: reads may run on any thread; :meth:`BusinessSettings.set`
is a write (call it through the Writer), and other desks see it through the
change feed. A rule applied inside another write's transaction reads it with
:func:`read_setting` on that session.
"""

from __future__ import annotations

import json
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from socialinbox.clock import Clock, SystemClock
from socialinbox.core import changes
from socialinbox.core.changes import ChangeSet
from socialinbox.settings import BUSINESS, QT_TRANSLATE_NOOP, Setting
from socialinbox.storage.database import Database
from socialinbox.storage.dialect import upsert
from socialinbox.storage.schema import BusinessSetting

T = TypeVar("T")


def business(key: str, kind: type, default: T, label: str, help: str, **limits: Any) -> Setting[T]:
    """Declare a business setting (see :class:`~socialinbox.settings.Setting`)."""
    return Setting(key, kind, default, BUSINESS, label, help, **limits)


RETURN_QUIET_DAYS: Setting[int] = business(
    "return_quiet_days",
    int,
    30,
    QT_TRANSLATE_NOOP("Setting", "Quiet period before a return reminder"),
    QT_TRANSLATE_NOOP(
        "Setting", "A customer with notes who writes again after this long raises a reminder."
    ),
    minimum=1,
    maximum=3650,
)
REPLIES_NEED_REVIEW: Setting[bool] = business(
    "replies_need_review",
    bool,
    False,
    QT_TRANSLATE_NOOP("Setting", "Replies need review before sending"),
    QT_TRANSLATE_NOOP("Setting", "Another person must approve each reply before it goes out."),
)
BUSINESS_HOURS: Setting[dict[str, Any]] = business(
    "business_hours",
    dict,
    {"days": [0, 1, 2, 3, 4], "start": "09:00", "end": "17:00"},
    QT_TRANSLATE_NOOP("Setting", "Business hours"),
    QT_TRANSLATE_NOOP(
        "Setting",
        "The days (0 is Monday) and the hours the business answers; used by response-time reports.",
    ),
)
PROPERTY_TIMEZONE: Setting[str | None] = business(
    "property_timezone",
    str,
    None,
    QT_TRANSLATE_NOOP("Setting", "Property timezone"),
    QT_TRANSLATE_NOOP(
        "Setting",
        "“Today” for the arrivals list and “tomorrow morning” for reminders are the "
        "property's local time, wherever this computer is; unset means this computer's zone.",
    ),
)
PHONE_REGION: Setting[str | None] = business(
    "phone_region",
    str,
    None,
    QT_TRANSLATE_NOOP("Setting", "Phone numbers from"),
    QT_TRANSLATE_NOOP(
        "Setting", "The country of phone numbers written without +, e.g. DE (arrivals lists)."
    ),
)
BUSINESS_NAME: Setting[str | None] = business(
    "business_name",
    str,
    None,
    QT_TRANSLATE_NOOP("Setting", "Business name"),
    QT_TRANSLATE_NOOP(
        "Setting", "The business's name as customers know it ({business} in reply templates)."
    ),
)
REPLY_TEMPLATES: Setting[list[Any]] = business(
    "reply_templates",
    list,
    [
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
    QT_TRANSLATE_NOOP("Setting", "Reply templates"),
    QT_TRANSLATE_NOOP(
        "Setting",
        "Canned replies every desk shares: a list of {name, text} (see core/templates.py).",
    ),
)

# Reply targets (``core.waiting``): how long a customer may wait for a first reply, per
# kind of network. A Needs reply row's timer turns amber near its target and red past it.
TARGET_SOCIAL_MINUTES: Setting[int] = business(
    "target_social_minutes",
    int,
    60,
    QT_TRANSLATE_NOOP("Setting", "Reply target on social networks"),
    QT_TRANSLATE_NOOP(
        "Setting", "Mentions, comments and direct messages on every network but e-mail and reviews."
    ),
    minimum=1,
    maximum=14 * 24 * 60,
)
TARGET_EMAIL_MINUTES: Setting[int] = business(
    "target_email_minutes",
    int,
    4 * 60,
    QT_TRANSLATE_NOOP("Setting", "Reply target for e-mail"),
    QT_TRANSLATE_NOOP("Setting", "E-mails from customers."),
    minimum=1,
    maximum=14 * 24 * 60,
)
TARGET_REVIEWS_MINUTES: Setting[int] = business(
    "target_reviews_minutes",
    int,
    24 * 60,
    QT_TRANSLATE_NOOP("Setting", "Reply target for reviews"),
    QT_TRANSLATE_NOOP("Setting", "Reviews on every review site."),
    minimum=1,
    maximum=14 * 24 * 60,
)
TARGETS_IN_BUSINESS_HOURS: Setting[bool] = business(
    "targets_in_business_hours",
    bool,
    False,
    QT_TRANSLATE_NOOP("Setting", "Count waiting in business hours"),
    QT_TRANSLATE_NOOP(
        "Setting",
        "Waiting times count only the business hours (a message from Saturday night waits "
        "from Monday's opening); otherwise every hour counts.",
    ),
)

BUSINESS_SETTINGS: tuple[Setting[Any], ...] = (
    RETURN_QUIET_DAYS,
    REPLIES_NEED_REVIEW,
    BUSINESS_HOURS,
    PROPERTY_TIMEZONE,
    PHONE_REGION,
    BUSINESS_NAME,
    REPLY_TEMPLATES,
    TARGET_SOCIAL_MINUTES,
    TARGET_EMAIL_MINUTES,
    TARGET_REVIEWS_MINUTES,
    TARGETS_IN_BUSINESS_HOURS,
)


def read_setting(session: Session, setting: Setting[T]) -> T:
    """The rule's value as ``session`` sees it (its default when unset or unusable)."""
    stored = session.execute(
        select(BusinessSetting.value_json).where(BusinessSetting.key == _business_key(setting))
    ).scalar()
    return setting.value_of(None if stored is None else json.loads(stored))


class BusinessSettings:
    """Business rules stored in the database, with their declared defaults for unset ones."""

    def __init__(self, db: Database, clock: Clock | None = None, origin: str = "local") -> None:
        self._db = db
        self._clock: Clock = clock or SystemClock()
        self._origin = origin

    def get(self, setting: Setting[T]) -> T:
        with self._db.read() as session:
            return read_setting(session, setting)

    def set(self, setting: Setting[T], value: T) -> ChangeSet:
        """Store a rule (a ValueError if the value does not fit). Call through the Writer."""
        key = _business_key(setting)
        stored = json.dumps(setting.checked(value))
        with self._db.write() as session:
            upsert(session, BusinessSetting, {"key": key, "value_json": stored}, key=["key"])
            change = ChangeSet.of(changes.SETTINGS, changes.UPDATED, [0])
            changes.record(session, change, self._clock.now(), self._origin)
            return change


def _business_key(setting: Setting[Any]) -> str:
    if setting.scope != BUSINESS:
        raise ValueError(f"{setting.key!r} is a per-machine setting, kept in the settings file")
    return setting.key
