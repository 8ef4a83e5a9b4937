"""The demo shows where a business stands on the six-level scale: every level is there,
and what the user does in the demo lifts them as it would on real data."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from socialinbox.app import AppContext, AppOptions
from socialinbox.clock import FakeClock
from socialinbox.core.arrivals import ArrivalsImport
from socialinbox.core.inbox import InboxFilter
from socialinbox.secrets import SecretStore
from tests.conftest import MemoryKeyring, sync_once


@pytest.fixture
def demo(tmp_path: Path, clock: FakeClock, memory_keyring: MemoryKeyring) -> Iterator[AppContext]:
    """The demo as a new user opens it: its first round synced, its calls and notes in."""
    context = AppContext(
        AppOptions(data_dir=tmp_path, demo=True, user="tester"),
        clock=clock,
        secrets=SecretStore(memory_keyring),
    )
    try:
        context.ensure_demo_account()
        sync_once(context)
        context.seed_demo_notes()
        yield context
    finally:
        context.close()


def _levels(context: AppContext) -> dict[str, int | None]:
    return {
        d.remote_id: d.level
        for d in context.inbox.iter_details(InboxFilter(), 1000)
        if d.inbound and d.kind != "context" and d.logged_by is None
    }


def test_the_demo_holds_every_level_from_0_to_6_and_some_still_waiting(demo):
    levels = _levels(demo)
    counted = Counter(levels.values())
    assert set(counted) == {None, 0, 1, 2, 3, 4, 5, 6}
    # The stories behind the top of the scale.
    assert levels["m004"] == 6  # cornbread: answered in minutes, then she came to the desk
    assert levels["m123"] == 5  # wedding: answered on Instagram, then the pack by e-mail
    assert levels["m049"] == 4  # noisy room: a public apology, then a call to his room
    assert levels["m010"] == 3
    assert levels["m007"] == 2  # answered hours later
    assert levels["m002"] == 1  # answered the next day
    assert levels["m001"] == 0  # a review nobody answered


def test_a_demo_guest_answered_quickly_reaches_6_when_she_arrives(demo, clock):
    """Tomasz asked on Telegram and had his answer in 8 minutes; he is on today's list."""
    assert _levels(demo)["m055"] == 3
    [account] = demo.accounts.list_accounts()
    asked = demo.inbox.get(demo.inbox.message_id(account.id, "m055"))
    demo.writer.call(demo.contacts.link, asked.contact_id, "email", "tomasz.w@example.pl")
    today = clock.now().date()
    arrivals = (
        "Name;E-Mail;Arrival;Departure;Room\r\n"
        f"Tomasz Wierzbicki;tomasz.w@example.pl;{today:%d.%m.%Y};;6\r\n"
    )
    importer = ArrivalsImport(demo.db, demo.clock, demo.origin)
    demo.writer.call(importer.apply, importer.read(arrivals.encode(), today))
    assert _levels(demo)["m055"] == 6


def test_demo_messages_left_unanswered_fall_to_0_after_7_days(demo, clock):
    waiting = [remote_id for remote_id, level in _levels(demo).items() if level is None]
    assert "m072" in waiting
    clock.advance(timedelta(days=7))
    demo.writer.call(demo.levels.catch_up)
    after = _levels(demo)
    assert {after[r] for r in waiting} == {0}
    assert after["m004"] == 6
