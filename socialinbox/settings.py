"""Settings declared once, and the per-machine settings file.

Every setting is a :class:`Setting`: its stored key, type, default, scope and
help text, declared once and read through that declaration, never through a
string at the call site. Two scopes:

- *machine* settings belong to this computer and this user (window geometry,
  theme, the user's display name). They are declared here and kept in a small
  JSON file by :class:`MachineSettings`.
- *business* settings (the return-reminder quiet period, whether replies need
  review, business hours) are shared by every desk through the database; they
  are declared in :mod:`socialinbox.core.business_settings`.

Layer: this module sits at the bottom of the ladder with ``paths`` and ``clock``
(it imports nothing but ``paths``), so that core may build on :class:`Setting`.
"""

from __future__ import annotations

import copy
import json
import logging
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, Literal, TypeVar, cast

from socialinbox.paths import PRIVATE_FILE_MODE

log = logging.getLogger(__name__)

T = TypeVar("T")
Scope = Literal["machine", "business"]
MACHINE: Scope = "machine"
BUSINESS: Scope = "business"


# Compared by identity: each declaration is one object, and a dict or list default is
# not hashable.
@dataclass(frozen=True, slots=True, eq=False)
class Setting(Generic[T]):
    """One setting: ``key`` is what is stored and never changes (existing settings files
    and databases hold it); ``kind`` the type of a value (``bool``, ``int``, ``str``,
    ``dict`` or ``list``). A ``None`` default makes the setting optional: unset is None.

    A stored value that does not fit (wrong type, a choice no longer offered, a number
    out of range) reads as the default, so a hand-edited or older file never breaks a
    caller. ``label`` is the setting's short name (a form's accessible name), ``help``
    the sentence a form shows under it, ``choice_labels`` how each choice is shown;
    ``minimum`` and ``maximum`` bound a number, ``maximum`` the length of a text.
    """

    key: str
    kind: type
    default: T
    scope: Scope
    label: str
    help: str
    choices: tuple[T, ...] = ()
    choice_labels: tuple[str, ...] = ()
    minimum: int | None = None
    maximum: int | None = None

    @property
    def optional(self) -> bool:
        return self.default is None

    def accepts(self, value: object) -> bool:
        """Whether ``value`` is a value this setting may hold."""
        if value is None:
            return self.optional
        # bool is an int to Python, never to a setting: True is not a number of days.
        if isinstance(value, bool) != (self.kind is bool) or not isinstance(value, self.kind):
            return False
        if self.choices and value not in self.choices:
            return False
        if isinstance(value, str):
            return self.maximum is None or len(value) <= self.maximum
        if isinstance(value, int) and not isinstance(value, bool):
            too_small = self.minimum is not None and value < self.minimum
            too_large = self.maximum is not None and value > self.maximum
            return not (too_small or too_large)
        return True

    def value_of(self, stored: object) -> T:
        """What a stored value means: itself when acceptable, else a copy of the default."""
        if stored is not None and self.accepts(stored):
            return cast(T, stored)
        # A copy: a caller that changes a list or dict it read never changes the default.
        return copy.deepcopy(self.default)

    def checked(self, value: T) -> T:
        """``value`` when this setting may hold it; a ValueError naming the setting if not."""
        if not self.accepts(value):
            raise ValueError(f"{value!r} is not a valid value for the setting {self.key!r}")
        return value


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """``text`` as it is, marked for the window's translation catalogues under ``context``
    (pyside6-lupdate reads calls by this name): a text declared here or in a table — a
    setting's label, a network's name, a column — that the window translates later with
    ``translate(context, text)``. No Qt here: the marker is only a name."""
    return text


def machine(key: str, kind: type, default: T, label: str, help: str, **limits: Any) -> Setting[T]:
    """Declare a per-machine setting (see :class:`Setting` for the fields)."""
    return Setting(key, kind, default, MACHINE, label, help, **limits)


# -- per-machine settings ----------------------------------------------------

DISPLAY_NAME: Setting[str | None] = machine(
    "display_name",
    str,
    None,
    QT_TRANSLATE_NOOP("Setting", "Your name"),
    QT_TRANSLATE_NOOP("Setting", "Shown on notes and replies you write from this computer."),
    maximum=120,
)
# The id of the property (core.properties) this desk is at; None: none (all properties).
DESK_PROPERTY: Setting[int | None] = machine(
    "desk_property",
    int,
    None,
    QT_TRANSLATE_NOOP("Setting", "This desk's property"),
    QT_TRANSLATE_NOOP(
        "Setting",
        "Notes written here and arrivals imported here belong to it; “Today's arrivals” "
        "shows its guests. None: every property's.",
    ),
    minimum=1,
)
ThemeName = Literal["system", "light", "dark"]
THEME: Setting[ThemeName] = machine(
    "theme",
    str,
    "system",
    QT_TRANSLATE_NOOP("Setting", "Theme"),
    QT_TRANSLATE_NOOP("Setting", "The colours of the window: the system's, light or dark."),
    choices=("system", "light", "dark"),
    choice_labels=(
        QT_TRANSLATE_NOOP("Setting", "Same as the system"),
        QT_TRANSLATE_NOOP("Setting", "Light"),
        QT_TRANSLATE_NOOP("Setting", "Dark"),
    ),
)
SYSTEM_LANGUAGE = "system"
# The languages the window can be shown in (the catalogues of ui/common/catalogues.py).
LANGUAGE: Setting[str] = machine(
    "language",
    str,
    SYSTEM_LANGUAGE,
    QT_TRANSLATE_NOOP("Setting", "Language"),
    QT_TRANSLATE_NOOP(
        "Setting", "The language of the window; kept per computer, used from the next start."
    ),
    choices=(SYSTEM_LANGUAGE, "en", "de", "fr", "es", "it"),
)
CLOSE_TO_TRAY: Setting[bool] = machine(
    "close_to_tray",
    bool,
    False,
    QT_TRANSLATE_NOOP("Setting", "Keep running in the tray"),
    QT_TRANSLATE_NOOP(
        "Setting", "New messages and reminders still reach you while the window is closed."
    ),
)
MAIN_WINDOW: Setting[dict[str, Any]] = machine(
    "main_window",
    dict,
    {},
    QT_TRANSLATE_NOOP("Setting", "Window layout"),
    QT_TRANSLATE_NOOP(
        "Setting", "The main window's size, position and splitter positions, as last left."
    ),
)
ARRIVALS_FOLDER: Setting[str | None] = machine(
    "arrivals_folder",
    str,
    None,
    QT_TRANSLATE_NOOP("Setting", "Arrivals folder"),
    QT_TRANSLATE_NOOP(
        "Setting",
        "The folder the last arrivals list was imported from; the file dialog opens there.",
    ),
)
CUSTOMER_CARD_VISIBLE: Setting[bool] = machine(
    "customer_card_visible",
    bool,
    True,
    QT_TRANSLATE_NOOP("Setting", "Customer card shown"),
    QT_TRANSLATE_NOOP("Setting", "Whether the customer card is shown beside the reading pane."),
)
CUSTOMER_CARD_WIDTH_SETTLED: Setting[bool] = machine(
    "customer_card_width_settled",
    bool,
    False,
    QT_TRANSLATE_NOOP("Setting", "Customer card width settled"),
    QT_TRANSLATE_NOOP(
        "Setting",
        "Set once the window has given the customer card its first width, so that a width "
        "the user chose is kept from then on.",
    ),
)
ALLOW_PLAINTEXT_KEYRING: Setting[bool] = machine(
    "allow_plaintext_keyring",
    bool,
    False,
    QT_TRANSLATE_NOOP("Setting", "Keep secrets in an unencrypted file"),
    QT_TRANSLATE_NOOP(
        "Setting",
        "The user accepted a keyring that stores secrets in a file that is not encrypted "
        "(where no encrypted keychain exists).",
    ),
)
NETWORK_REQUEST_DEADLINE_S: Setting[int] = machine(
    "network_request_deadline_s",
    int,
    60,
    QT_TRANSLATE_NOOP("Setting", "Longest network request (seconds)"),
    QT_TRANSLATE_NOOP(
        "Setting",
        "One request to a network or mail server is given up after this long, answer "
        "included, however slowly the server keeps sending.",
    ),
    minimum=1,
    maximum=3600,
)
SYNC_ROUND_DEADLINE_S: Setting[int] = machine(
    "sync_round_deadline_s",
    int,
    300,
    QT_TRANSLATE_NOOP("Setting", "Longest sync round (seconds)"),
    QT_TRANSLATE_NOOP(
        "Setting",
        "One account's fetching and sending is stopped after this long; what arrived is "
        "kept and the rest comes in the next round.",
    ),
    minimum=1,
    maximum=86400,
)

# This computer's database when no --database-url is given: a PostgreSQL server's URL,
# never with a password (the keychain keeps it); None is the data folder's SQLite file.
# Written through app.remember_database, which drops any password.
DATABASE_URL: Setting[str | None] = machine(
    "database_url",
    str,
    None,
    QT_TRANSLATE_NOOP("Setting", "Database"),
    QT_TRANSLATE_NOOP(
        "Setting",
        "The shared database server this computer uses; unset: the data folder's own file.",
    ),
    maximum=2000,
)


def _oauth_client_id(provider: str, label: str, where: str) -> Setting[str | None]:
    return machine(
        f"oauth_client_id_{provider}",
        str,
        None,
        f"{label} app's client id",
        f"Your app at {where}, with the redirect URI http://127.0.0.1 (any port).",
        maximum=300,
    )


# The app a business registers with each OAuth network, per computer (see README: the
# OAuth sign-in). Keyed by the provider names of channels.oauth_providers.
OAUTH_CLIENT_ID_X = _oauth_client_id("x", "X", "console.x.com")
OAUTH_CLIENT_ID_GOOGLE = _oauth_client_id(
    "google", "Google", "console.cloud.google.com, a Desktop app"
)
OAUTH_CLIENT_ID_META = _oauth_client_id("meta", "Meta", "developers.facebook.com/apps")
OAUTH_CLIENT_ID_LINKEDIN = _oauth_client_id("linkedin", "LinkedIn", "linkedin.com/developers/apps")
OAUTH_CLIENT_IDS: dict[str, Setting[str | None]] = {
    "x": OAUTH_CLIENT_ID_X,
    "google": OAUTH_CLIENT_ID_GOOGLE,
    "meta": OAUTH_CLIENT_ID_META,
    "linkedin": OAUTH_CLIENT_ID_LINKEDIN,
}

MACHINE_SETTINGS: tuple[Setting[Any], ...] = (
    DISPLAY_NAME,
    DESK_PROPERTY,
    THEME,
    LANGUAGE,
    CLOSE_TO_TRAY,
    MAIN_WINDOW,
    ARRIVALS_FOLDER,
    CUSTOMER_CARD_VISIBLE,
    CUSTOMER_CARD_WIDTH_SETTLED,
    ALLOW_PLAINTEXT_KEYRING,
    NETWORK_REQUEST_DEADLINE_S,
    SYNC_ROUND_DEADLINE_S,
    DATABASE_URL,
    *OAUTH_CLIENT_IDS.values(),
)


class MachineSettings:
    """A JSON file of per-machine settings. A damaged file is kept aside, never lost.

    Values are read and written through their declarations (:data:`MACHINE_SETTINGS`).
    """

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

    def get(self, setting: Setting[T]) -> T:
        """The stored value, or the setting's default when unset or unusable."""
        return setting.value_of(self._values.get(_machine_key(setting)))

    def set(self, setting: Setting[T], value: T) -> None:
        """Store ``value`` (None for an optional one: unset); a ValueError if it does not fit."""
        self._values[_machine_key(setting)] = setting.checked(value)
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


def _machine_key(setting: Setting[Any]) -> str:
    if setting.scope != MACHINE:
        raise ValueError(f"{setting.key!r} is a business setting, kept in the database")
    return setting.key
