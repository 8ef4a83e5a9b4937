"""Matrix from the command line against a real Synapse, as a new user connects it.

Every command is a new process; the processes share a keychain through
tests/file_keyring.py, so the access token ``accounts add`` keeps is what every later
``sync --once`` uses, as with the real keychain.
"""

from __future__ import annotations

import json

from tests.cli_runner import CliRunner, assert_fails_in_one_line, assert_no_secret_leaks
from tests.servers.synapse_server import SynapseServer


def add_command(server: SynapseServer, handle: str) -> tuple[str, ...]:
    return (
        "accounts",
        "add",
        "matrix",
        "--name",
        "Front desk",
        "--base-url",
        server.base_url,
        "--handle",
        handle,
        "--secret-stdin",
    )


def inbox(cli: CliRunner) -> list[dict]:
    result = cli("inbox", "--json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def synced(cli: CliRunner) -> list[str]:
    result = cli("sync", "--once")
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout.rstrip("\n").split("\t")


def test_connect_receive_a_direct_chat_and_reply_exactly_once(
    tmp_path, synapse_server: SynapseServer
) -> None:
    cli = CliRunner(tmp_path)
    desk = synapse_server.new_user("desk", displayname="Corner Café")
    laura = synapse_server.new_user("laura", displayname="Laura")
    customer = synapse_server.client(laura)
    # Typed as people type it: the bare user name, other case, spaces around (the server
    # completes it with its own name).
    typed_handle = f"  {desk.localpart.upper()} "

    assert_fails_in_one_line(
        cli(*add_command(synapse_server, typed_handle), stdin="not-the-password\n"),
        says="sign-in refused",
    )
    assert cli.keychain() == {}
    account_id = cli.connect(*add_command(synapse_server, typed_handle), secret=desk.password)
    [account] = json.loads(cli("accounts", "list", "--json").stdout)
    assert account["id"] == account_id and account["kind"] == "matrix"

    # The keychain keeps the device's access token, never the password.
    [kept] = cli.keychain().values()
    session = json.loads(kept)
    assert desk.password not in kept
    assert session["matrix_device_id"].startswith("SOCIALINBOX_")

    # Laura opens a chat and writes before the desk has joined it.
    room = customer.create_direct_room(desk.user_id)
    first = customer.send_text(room, "Do you still have the cornbread?")
    assert synced(cli)[2] == "ok"
    second = customer.send_text(room, "I could come at five.")
    assert synced(cli)[2] == "ok"

    messages = {m["remote_id"]: m for m in inbox(cli)}
    assert {first, second} <= set(messages)
    question = messages[first]
    assert question["channel"] == "matrix" and question["kind"] == "direct"
    assert question["author_handle"] == laura.user_id
    assert question["text"] == "Do you still have the cornbread?"

    written = cli("reply", str(messages[second]["id"]), "Yes, see you at five!", "--approve")
    assert written.returncode == 0, written.stderr
    assert synced(cli)[4] == "1"
    assert synced(cli)[4] == "0"
    [answer] = customer.text_messages(room, sender=desk.user_id)
    assert answer["content"]["body"] == "Yes, see you at five!"
    assert answer["content"]["m.relates_to"]["m.in_reply_to"]["event_id"] == second

    assert_no_secret_leaks(
        cli.data_dir, cli.outputs, [desk.password, session["matrix_access_token"]]
    )
