"""No English left in the window: texts that come from outside the UI (the keychain, the
connectors' declarations, core's states and a sync's errors) are worded through the
translator. A pseudo-language marks every translated text, so a text shown without the
mark is an English leftover a translator could never reach."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from keyring.backends.fail import Keyring as FailKeyring
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication, QLabel

from socialinbox.core.contacts import Evidence
from socialinbox.core.errors import UserError
from socialinbox.core.front_desk import ContactHistory
from socialinbox.core.outbox import OutboxState, next_state
from socialinbox.secrets import SecretStore
from socialinbox.sync.problems import rate_limited
from socialinbox.ui.common.errors import describe
from socialinbox.ui.customer.contact_card_parts import evidence_text
from socialinbox.ui.front_desk.arrivals_page import history_text
from socialinbox.ui.shell.window import MainWindow

MARK = "⟦"


class PseudoLanguage(QTranslator):
    """Translates every text to itself inside ⟦…⟧ (placeholders and %n kept)."""

    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return f"{MARK}{source}⟧"

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def pseudo_language(qapp: QApplication) -> Iterator[None]:
    translator = PseudoLanguage()
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


def translated(text: str) -> bool:
    return text.startswith(MARK)


def test_the_keychain_warning_is_worded_in_the_windows_language(
    window: MainWindow, pseudo_language: None
) -> None:
    window.context.secrets = SecretStore(FailKeyring())
    dialog = window.accounts_ui.open()
    note = dialog.keychain_note.text()
    assert translated(note), note
    assert "(found Keyring)" in note  # the backend's name, as found
    assert "in memory" in (window.context.secrets.warning or "")  # the CLI's English


def test_every_kinds_name_questions_and_help_are_worded_in_the_windows_language(
    window: MainWindow, pseudo_language: None
) -> None:
    form = window.accounts_ui.open().add_account()
    names = [form.kind.itemText(i) for i in range(form.kind.count())]
    assert len(names) > 5 and [n for n in names if not translated(n)] == []
    english = []
    for index in range(form.kind.count()):
        form.kind.setCurrentIndex(index)
        shown = [label.text() for label in form.form_host.findChildren(QLabel)]
        english += [text for text in shown if text and not translated(text)]
        assert form.secret.placeholderText() == "" or translated(form.secret.placeholderText())
    # The account's own words (none here) are the only text not translated.
    assert english == []


def test_a_refused_steps_state_is_named_in_the_windows_language(pseudo_language: None) -> None:
    with pytest.raises(UserError) as refused:
        next_state(OutboxState.AWAITING_REVIEW, "claim")
    shown = describe(refused.value)
    assert translated(shown) and "⟦Awaiting review⟧" in shown, shown


def test_a_failed_syncs_problem_is_worded_in_the_windows_language(
    window: MainWindow, pseudo_language: None
) -> None:
    context = window.context
    demo = context.accounts.list_accounts()[0]
    context.writer.call(
        context.accounts.record_sync,
        demo.id,
        ok=False,
        error=rate_limited(datetime(2030, 1, 1, 9, 30, tzinfo=UTC), "429 Too Many Requests"),
        next_sync=datetime(2030, 1, 1, 9, 30, tzinfo=UTC),
    )
    window.refresh_accounts()
    [row] = window.accounts_ui.panel.row_texts()
    assert row.splitlines()[1].startswith(f"{MARK}The network asks to wait until"), row
    assert f"{MARK}The network asks to wait until" in window.sync_status.label.text()
    # The network's own words stay English, where details are asked for.
    assert "429 Too Many Requests" in window.accounts_ui.panel.list.item(0).toolTip()


def test_a_merge_suggestions_evidence_is_worded_in_the_windows_language(
    pseudo_language: None,
) -> None:
    proofs = (Evidence("name", "Sam Whitfield"), Evidence("email", "sam@example.org"))
    assert evidence_text(proofs) == (
        f"{MARK}same name: Sam Whitfield⟧; {MARK}same e-mail address: sam@example.org⟧"
    )
    # The command line keeps core's English.
    assert [p.english for p in proofs] == [
        "same name: Sam Whitfield",
        "same e-mail: sam@example.org",
    ]


def test_a_known_contacts_history_is_counted_in_the_windows_language(
    pseudo_language: None,
) -> None:
    shown = history_text(ContactHistory(messages=3, notes=1, stays=0))
    assert shown == f"{MARK}3 messages⟧, {MARK}1 note⟧"
