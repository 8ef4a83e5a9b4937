"""Connecting a WordPress blog from the Accounts dialog, against a real WordPress."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel
from shiboken6 import isValid
from ui_helpers import run_until

from socialinbox.ui.shell.window import MainWindow
from tests.servers.wordpress_server import WordPressServer


def test_the_dialog_asks_for_site_user_and_application_password_and_connects(
    window: MainWindow, qloop, wordpress: WordPressServer
) -> None:
    password = wordpress.create_application_password(wordpress.admin).password
    form = window.accounts_ui.open().add_account()
    form.kind.setCurrentIndex(form.kind.findData("wordpress"))
    assert set(form._fields) == {"name", "base_url", "handle"}
    hints = " ".join(label.text() for label in form.findChildren(QLabel))
    assert "Users ▸ Profile" in hints and "Application Passwords" in hints
    assert "https://" in hints  # the site must be https unless it is a local one

    form.field("name").setText("Blog")
    form.field("base_url").setText(wordpress.base_url + "/")
    form.field("handle").setText("owner")
    form.secret.setText("wrong wrong wrong wrong")
    form.connect_button.click()
    run_until(qloop, lambda: form.error.isVisible())
    assert "not accepted" in form.error.text()

    form.secret.setText(password)
    form.connect_button.click()
    accounts = window.context.accounts
    run_until(qloop, lambda: any(a.kind == "wordpress" for a in accounts.list_accounts()))
    run_until(qloop, lambda: not isValid(form) or not form.isVisible())
    [blog] = [a for a in accounts.list_accounts() if a.kind == "wordpress"]
    assert blog.settings["rest_root"] == wordpress.rest_url
    assert window.context.secrets.get(blog.uuid) == password
