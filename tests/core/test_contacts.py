"""Contacts across channels: lookup, link, merge with preview and undo, split, suggestions."""

from __future__ import annotations

import time
from datetime import timedelta

import pytest
from sqlalchemy import select

from socialinbox.app import AppContext
from socialinbox.core.contacts import ContactConflict
from socialinbox.storage.schema import Message
from tests.helpers import batch, message


@pytest.fixture
def account_id(context: AppContext) -> int:
    return context.writer.call(context.accounts.create, "demo", "Test").id


def _contact(context: AppContext, remote_id: str) -> int:
    with context.db.read() as session:
        return session.execute(
            select(Message.contact_id).where(Message.remote_id == remote_id)
        ).scalar_one()


def _two_people(context: AppContext, account_id: int, clock) -> tuple[int, int]:
    context.writer.call(
        context.ingest.store_batch,
        account_id,
        batch(
            message("m1", clock.now(), author_name="Zoë Müller", author_key="zoe@m.social"),
            message(
                "x1",
                clock.now(),
                channel="x",
                author_key="4711",
                handle="@zoe_bakes",
                author_name="Zoe M",
                text="write me at zoe.mueller@example.org or +49 30 1234567",
            ),
        ),
    )
    return _contact(context, "m1"), _contact(context, "x1")


def test_lookup_finds_by_name_without_accents_handle_email_and_phone(context, account_id, clock):
    zoe, other = _two_people(context, account_id, clock)
    context.writer.call(context.contacts.link, zoe, "email", "Zoe.Mueller@Example.org")
    context.writer.call(context.contacts.link, zoe, "phone", "+49 (30) 123-4567")
    context.writer.call(context.notes.add, zoe, "allergic to feathers", pinned=True)
    context.writer.call(context.notes.add, zoe, "private matter", pinned=True, sensitive=True)
    assert [h.contact_id for h in context.contacts.lookup("mu")] == [zoe]
    [hit] = context.contacts.lookup("zoe.mu")
    assert hit.pinned_notes[0] == "allergic to feathers"
    assert "private matter" not in hit.pinned_notes  # sensitive: a placeholder only
    assert [h.contact_id for h in context.contacts.lookup("+49 30 12")] == [zoe]
    assert [h.contact_id for h in context.contacts.lookup("@zoe_b")] == [other]
    assert {h.contact_id for h in context.contacts.lookup("zo")} == {zoe, other}
    assert context.contacts.lookup("zoe xyz") == []
    # Search lists contacts whose notes contain the text too.
    assert [c.id for c in context.contacts.list_contacts(search="feathers")] == [zoe]


def test_link_refuses_an_identity_of_another_contact(context, account_id, clock):
    zoe, _ = _two_people(context, account_id, clock)
    with pytest.raises(ContactConflict, match="merge"):
        context.writer.call(context.contacts.link, zoe, "x", "@zoe_bakes")
    with pytest.raises(ValueError, match="phone"):
        context.writer.call(context.contacts.link, zoe, "phone", "not a number")


def test_merge_shows_a_preview_moves_everything_and_undo_restores_it(context, account_id, clock):
    zoe, other = _two_people(context, account_id, clock)
    context.writer.call(context.notes.add, other, "prefers e-mail")
    context.writer.call(context.contacts.update, other, vip=True, tags=["regular"])
    preview = context.contacts.merge_preview(zoe, other)
    assert (preview.messages, preview.notes, preview.tags) == (1, 1, ("regular",))
    assert [i.handle for i in preview.other.identities] == ["@zoe_bakes"]

    merged = context.writer.call(context.contacts.merge, zoe, other)
    merge_id, change = merged.id, merged.changes
    assert change.touches("contact") and change.touches("message")
    card = context.contacts.get(zoe)
    assert {i.channel for i in card.identities} == {"mastodon", "x"}
    assert card.summary.vip and card.tags == ("regular",) and card.summary.notes_count == 1
    assert _contact(context, "x1") == zoe
    assert [c.id for c in context.contacts.list_contacts()] == [
        zoe
    ]  # the merged one is listed nowhere
    assert {h.contact_id for h in context.contacts.lookup("zoe_b")} == {zoe}
    # A note written after the merge stays with the kept contact on undo.
    context.writer.call(context.notes.add, zoe, "after the merge")

    context.writer.call(context.contacts.undo_merge, merge_id)
    assert _contact(context, "x1") == other
    kept, back = context.contacts.get(zoe), context.contacts.get(other)
    assert not kept.summary.vip and kept.tags == () and kept.summary.notes_count == 1
    assert back.summary.vip and back.summary.notes_count == 1 and back.merged_into_id is None
    assert [h.contact_id for h in context.contacts.lookup("zoe_b")] == [other]
    with pytest.raises(ContactConflict):
        context.writer.call(context.contacts.undo_merge, merge_id)


def test_split_moves_an_identity_and_its_messages_to_a_new_contact(context, account_id, clock):
    zoe, other = _two_people(context, account_id, clock)
    context.writer.call(context.contacts.merge, zoe, other)
    x_identity = next(i for i in context.contacts.get(zoe).identities if i.channel == "x")
    new_id = context.writer.call(context.contacts.split, x_identity.id).id
    assert _contact(context, "x1") == new_id and _contact(context, "m1") == zoe
    assert context.contacts.get(new_id).summary.name == "Zoe M"
    with pytest.raises(ContactConflict, match="only this identity"):
        context.writer.call(context.contacts.split, x_identity.id)


def test_suggestions_show_evidence_and_never_merge(context, account_id, clock):
    zoe, other = _two_people(context, account_id, clock)
    mail_id = context.writer.call(context.contacts.create, "Zoë Müller").id
    context.writer.call(context.contacts.link, mail_id, "email", "zoe.mueller@example.org")
    suggestions = context.contacts.suggestions(other)
    assert [s.other_id for s in suggestions] == [mail_id]
    assert suggestions[0].evidence == ("same e-mail: zoe.mueller@example.org",)
    by_name = context.contacts.suggestions(zoe)
    assert [(s.other_id, s.evidence) for s in by_name] == [(mail_id, ("same name: Zoë Müller",))]
    assert len(context.contacts.list_contacts()) == 3


def test_suggestions_read_a_long_word_without_spaces_at_once(context, account_id, clock):
    """A 60,000-letter word took 10 s to scan for addresses (issue #11 item 3)."""
    context.writer.call(
        context.ingest.store_batch,
        account_id,
        batch(message("long", clock.now(), text="a" * 60_000 + " zoe.mueller@example.org")),
    )
    writer = _contact(context, "long")
    mail_id = context.writer.call(context.contacts.create, "Zoe by mail").id
    context.writer.call(context.contacts.link, mail_id, "email", "zoe.mueller@example.org")
    started = time.perf_counter()
    suggestions = context.contacts.suggestions(writer)
    assert time.perf_counter() - started < 1.0
    assert [(s.other_id, s.evidence) for s in suggestions] == [
        (mail_id, ("same e-mail: zoe.mueller@example.org",))
    ]


def test_notes_edit_delete_undo_and_from_a_message(context, account_id, clock):
    zoe, _ = _two_people(context, account_id, clock)
    with context.db.read() as session:
        m1 = session.execute(select(Message.id).where(Message.remote_id == "m1")).scalar_one()
    note_id = context.writer.call(
        context.notes.add, None, "loves cornbread — from her post", source_message_id=m1
    ).id
    clock.advance(timedelta(minutes=5))
    context.writer.call(context.notes.edit, note_id, text="loves cornbread", pinned=True)
    [note] = context.notes.list_notes(zoe)
    assert (note.text, note.pinned, note.author, note.source_message_id) == (
        "loves cornbread",
        True,
        "tester",
        m1,
    )
    assert note.updated_at > note.created_at
    context.writer.call(context.notes.delete, note_id)
    assert context.notes.list_notes(zoe) == [] and context.notes.search("cornbread") == []
    context.writer.call(context.notes.undelete, note_id)
    assert [n.id for n in context.notes.search("CORNBREAD")] == [note_id]
    assert context.notes.search("100%") == []  # LIKE wildcards are literal
    with pytest.raises(ValueError):
        context.writer.call(context.notes.add, zoe, "   ")


def test_export_holds_everything_and_erase_leaves_nothing_searchable(context, account_id, clock):
    zoe, other = _two_people(context, account_id, clock)
    context.writer.call(context.notes.add, other, "prefers e-mail")
    context.writer.call(context.contacts.merge, zoe, other)
    exported = context.contacts.export(zoe)
    assert exported["contact"]["id"] == zoe
    assert [c["id"] for c in exported["merged_contacts"]] == [other]
    assert len(exported["messages"]) == 2 and exported["notes"][0]["text"] == "prefers e-mail"
    assert {i["channel"] for i in exported["identities"]} == {"mastodon", "x"}

    from socialinbox.core.inbox import InboxFilter

    assert context.inbox.page(InboxFilter(search="mueller"))
    context.writer.call(context.contacts.erase, zoe)
    assert context.inbox.page(InboxFilter(search="mueller")) == []
    assert context.contacts.list_contacts() == [] and context.contacts.lookup("zoe") == []
    with context.db.read() as session:
        assert session.execute(select(Message.id)).all() == []


@pytest.mark.sqlite_only
def test_erased_words_are_gone_from_the_database_files(context, account_id, clock):
    context.writer.call(
        context.ingest.store_batch,
        account_id,
        batch(message("secret", clock.now(), text="my locker code is quokkaberry 4471")),
    )
    contact_id = _contact(context, "secret")
    context.writer.call(context.notes.add, contact_id, "asked about quokkaberry jam")
    context.writer.call(context.contacts.erase, contact_id)
    path = context.db.path
    assert path is not None
    for file in (path, path.with_name(path.name + "-wal")):
        if file.exists():
            assert b"quokkaberry" not in file.read_bytes(), file.name
