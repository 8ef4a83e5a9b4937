"""Connecting a Matrix account in the window, against a real Synapse on 127.0.0.1."""

from __future__ import annotations

import json

from PySide6.QtWidgets import QLabel
from ui_helpers import run_until, settle

from socialinbox.core.inbox import InboxFilter
from socialinbox.ui.shell.window import MainWindow
from tests.servers.synapse_server import SynapseServer


def test_connect_matrix_with_its_password_then_a_round_brings_the_direct_chat(
    window: MainWindow, qloop, synapse_server: SynapseServer
) -> None:
    context = window.context
    desk = synapse_server.new_user("desk", displayname="Corner Cafe")
    laura = synapse_server.client(synapse_server.new_user("laura", displayname="Laura"))
    form = window.accounts_ui.open().add_account()
    form.kind.setCurrentIndex(form.kind.findData("matrix"))
    # Its own questions, and what happens to the password.
    assert set(form._fields) == {"name", "base_url", "handle", "setting:auto_join_direct"}
    assert form.field("setting:auto_join_direct").text() == "yes"
    hints = [label.text() for label in form.findChildren(QLabel)]
    assert any("never the password" in h and "encrypted" in h for h in hints)

    form.field("name").setText("Cafe on Matrix")
    form.field("base_url").setText(synapse_server.base_url)
    form.field("handle").setText(desk.user_id)
    form.secret.setText("not-the-password")
    form.connect_button.click()
    run_until(qloop, lambda: form.error.isVisible(), timeout=20)
    assert "refused" in form.error.text() and "not-the-password" not in form.error.text()
    assert [a.kind for a in context.accounts.list_accounts()] == ["demo"]

    form.secret.setText(desk.password)
    form.connect_button.click()
    run_until(qloop, lambda: any(a.kind == "matrix" for a in context.accounts.list_accounts()), 20)
    [account] = [a for a in context.accounts.list_accounts() if a.kind == "matrix"]
    kept = context.secrets.get(account.uuid)
    assert kept is not None and desk.password not in kept
    assert json.loads(kept)["matrix_access_token"]

    room = laura.create_direct_room(desk.user_id)
    laura.send_text(room, "Is the terrace open?")
    run_until(qloop, lambda: not window.sync.running, 20)  # a round may follow the connect
    qloop.run_until_complete(window.sync.run_round())
    settle(window, qloop)
    rows = context.inbox.page(InboxFilter(channel="matrix"), limit=50)
    assert [(r.preview, r.needs_reply) for r in rows if r.author == "Laura"] == [
        ("Is the terrace open?", True)
    ]
