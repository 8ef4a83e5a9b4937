"""Every setting is declared once and read through its declaration, in both scopes."""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from sqlalchemy import text

from socialinbox import settings as machine_module
from socialinbox.app import AppContext
from socialinbox.core import business_settings as business_module
from socialinbox.core.business_settings import (
    BUSINESS_HOURS,
    BUSINESS_SETTINGS,
    PROPERTY_TIMEZONE,
    REPLIES_NEED_REVIEW,
    RETURN_QUIET_DAYS,
)
from socialinbox.settings import (
    CLOSE_TO_TRAY,
    DISPLAY_NAME,
    MACHINE_SETTINGS,
    MAIN_WINDOW,
    THEME,
    MachineSettings,
    Setting,
)

DECLARED = MACHINE_SETTINGS + BUSINESS_SETTINGS
# A value of the right type for each kind, different from any default.
SAMPLES: dict[type, Any] = {
    bool: True,
    int: 7,
    str: "Europe/Berlin",
    dict: {"days": [5, 6], "start": "10:00", "end": "14:00"},
    list: [{"name": "Hi", "text": "Hello {first_name}"}],
}


def _sample(setting: Setting[Any]) -> Any:
    if setting.choices:
        return next(c for c in setting.choices if c != setting.default)
    if setting.kind is bool:
        return not setting.default
    return SAMPLES[setting.kind]


def _declared_in(module: ModuleType) -> list[Setting[Any]]:
    return [value for value in vars(module).values() if isinstance(value, Setting)]


def test_every_declaration_is_listed_once_in_its_scope():
    assert [s.key for s in DECLARED] == list(dict.fromkeys(s.key for s in DECLARED))
    assert set(_declared_in(machine_module)) == set(MACHINE_SETTINGS)
    assert set(_declared_in(business_module)) == set(BUSINESS_SETTINGS)
    assert {s.scope for s in MACHINE_SETTINGS} == {"machine"}
    assert {s.scope for s in BUSINESS_SETTINGS} == {"business"}


@pytest.mark.parametrize("setting", DECLARED, ids=lambda s: s.key)
def test_each_setting_has_a_label_help_and_a_default_of_its_type(setting: Setting[Any]):
    assert setting.label.strip() and setting.help.strip().endswith(".")
    assert setting.accepts(setting.default)
    assert setting.default is None or isinstance(setting.default, setting.kind)
    assert setting.accepts(_sample(setting))
    assert len(setting.choice_labels) in (0, len(setting.choices))


@pytest.mark.parametrize("setting", MACHINE_SETTINGS, ids=lambda s: s.key)
def test_a_machine_setting_reads_its_default_unset_and_keeps_a_stored_value(
    tmp_path: Path, setting: Setting[Any]
):
    path = tmp_path / "settings.json"
    assert MachineSettings(path).get(setting) == setting.default
    value = _sample(setting)
    MachineSettings(path).set(setting, value)
    assert MachineSettings(path).get(setting) == value


@pytest.mark.parametrize("setting", BUSINESS_SETTINGS, ids=lambda s: s.key)
def test_a_business_setting_reads_its_default_unset_and_keeps_a_stored_value(
    context: AppContext, setting: Setting[Any]
):
    assert context.business.get(setting) == setting.default
    value = _sample(setting)
    context.writer.call(context.business.set, setting, value)
    assert context.business.get(setting) == value


def test_a_settings_file_of_an_earlier_version_reads_the_same(tmp_path: Path):
    path = tmp_path / "settings.json"
    earlier = {"display_name": "Elena", "theme": "dark", "close_to_tray": True}
    path.write_text(json.dumps({**earlier, "main_window": {"geometry": "AAA="}}))
    settings = MachineSettings(path)
    assert (settings.get(DISPLAY_NAME), settings.get(THEME), settings.get(CLOSE_TO_TRAY)) == (
        "Elena",
        "dark",
        True,
    )
    assert settings.get(MAIN_WINDOW) == {"geometry": "AAA="}
    settings.set(THEME, "light")
    assert json.loads(path.read_text())["theme"] == "light"


def test_a_value_that_does_not_fit_reads_as_the_default_and_is_never_stored(
    tmp_path: Path, context: AppContext
):
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"theme": "purple", "close_to_tray": "yes"}))
    settings = MachineSettings(path)
    assert (settings.get(THEME), settings.get(CLOSE_TO_TRAY)) == ("system", False)
    with pytest.raises(ValueError, match="theme"):
        settings.set(THEME, "purple")
    with context.db.write() as session:
        session.execute(
            text("INSERT INTO business_settings (key, value_json) VALUES (:key, 'true')"),
            {"key": RETURN_QUIET_DAYS.key},
        )
    assert context.business.get(RETURN_QUIET_DAYS) == 30
    with pytest.raises(ValueError, match="return_quiet_days"):
        context.writer.call(context.business.set, RETURN_QUIET_DAYS, 0)
    with pytest.raises(ValueError, match="replies_need_review"):
        context.writer.call(context.business.set, REPLIES_NEED_REVIEW, None)


def test_a_default_read_and_changed_by_a_caller_stays_the_default(context: AppContext):
    hours = context.business.get(BUSINESS_HOURS)
    hours["days"].append(6)
    assert context.business.get(BUSINESS_HOURS)["days"] == [0, 1, 2, 3, 4]


def test_a_setting_of_one_scope_is_refused_by_the_other_store(tmp_path: Path, context: AppContext):
    with pytest.raises(ValueError, match="business setting"):
        MachineSettings(tmp_path / "settings.json").get(PROPERTY_TIMEZONE)
    with pytest.raises(ValueError, match="per-machine"):
        context.business.get(THEME)
