"""Settings-form rows built from the declarations show and read back what is declared."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from socialinbox.core.business_settings import RETURN_QUIET_DAYS
from socialinbox.settings import CLOSE_TO_TRAY, DISPLAY_NAME, THEME
from socialinbox.ui.settings.setting_fields import SettingFields, settings_form


@pytest.fixture
def fields(qtbot: QtBot) -> Iterator[SettingFields]:
    page = QWidget()
    qtbot.addWidget(page)
    yield SettingFields(settings_form(page))
    page.close()  # the page lives as long as the test


def test_rows_take_range_choices_and_names_from_the_declarations(fields: SettingFields):
    days = fields.number(RETURN_QUIET_DAYS, 30, "&Returning customer after:")
    theme = fields.choice(THEME, "dark", "&Theme:")
    tray = fields.check(CLOSE_TO_TRAY, True, "&Keep running in the tray")
    assert (days.minimum(), days.maximum()) == (1, 3650)
    assert [theme.itemData(i) for i in range(theme.count())] == ["system", "light", "dark"]
    assert theme.itemText(0) == "Same as the system" and theme.currentData() == "dark"
    assert (days.accessibleName(), tray.accessibleName()) == (
        "Quiet period before a return reminder",
        "Keep running in the tray",
    )
    days.setValue(5000)
    tray.setChecked(False)
    assert fields.values() == {RETURN_QUIET_DAYS: 3650, THEME: "dark", CLOSE_TO_TRAY: False}


def test_a_text_row_reads_back_tidied_and_empty_as_unset(fields: SettingFields):
    name = fields.text(DISPLAY_NAME, None, "Your &name:", placeholder="staff")
    assert name.maxLength() == DISPLAY_NAME.maximum and name.text() == ""
    assert fields.values() == {DISPLAY_NAME: None}
    name.setText("  Elena   Front desk ")
    assert fields.values() == {DISPLAY_NAME: "Elena Front desk"}


def test_a_row_of_the_wrong_kind_is_refused(fields: SettingFields):
    with pytest.raises(TypeError, match="theme"):
        fields.number(THEME, 1, "Theme:")  # type: ignore[arg-type]  # the refusal is the test
    with pytest.raises(ValueError, match="display_name"):
        fields.choice(DISPLAY_NAME, None, "Name:")
