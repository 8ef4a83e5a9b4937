"""The Settings page of this computer's apps with the OAuth networks: one client id each.

Each network's app is registered by whoever runs Social Inbox (see the README's OAuth
sign-in); its client id is a per-machine setting. Client secrets, where a network has one,
are not typed here: they go to the keychain (``accounts app-secret NETWORK``).
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from socialinbox.settings import (
    OAUTH_CLIENT_ID_GOOGLE,
    OAUTH_CLIENT_ID_LINKEDIN,
    OAUTH_CLIENT_ID_META,
    OAUTH_CLIENT_ID_X,
    MachineSettings,
)
from socialinbox.ui.settings.setting_fields import SettingFields, hint_label, settings_form


class AppsPage(QWidget):
    """The client ids of this computer's apps with X, Google, Meta and LinkedIn."""

    def __init__(self, settings: MachineSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        form = settings_form(self)
        self.fields = SettingFields(form)
        rows = (
            (OAUTH_CLIENT_ID_X, self.tr("&X client id:")),
            (OAUTH_CLIENT_ID_GOOGLE, self.tr("&Google client id:")),
            (OAUTH_CLIENT_ID_META, self.tr("&Meta app id:")),
            (OAUTH_CLIENT_ID_LINKEDIN, self.tr("&LinkedIn client id:")),
        )
        self.client_ids = {
            setting: self.fields.text(setting, settings.get(setting), text)
            for setting, text in rows
        }
        form.addRow(
            hint_label(
                self.tr(
                    "Google, Meta and LinkedIn also ask for the app's client secret: keep it in "
                    "the keychain with “socialinbox accounts app-secret google” (or meta, "
                    "linkedin)."
                )
            )
        )

    def title(self) -> str:
        return self.tr("Apps")

    def widget(self) -> QWidget:
        return self

    def apply(self) -> None:
        for setting, value in self.fields.values().items():
            if value != self._settings.get(setting):
                self._settings.set(setting, value)
