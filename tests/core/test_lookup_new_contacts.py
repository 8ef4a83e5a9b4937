"""The lookup terms the ingest writes for the contacts it creates are those
``reindex_contacts`` computes from the stored rows."""

from __future__ import annotations

from datetime import UTC, datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, func, select

from socialinbox.core.lookup import NewContact, index_new_contacts, reindex_contacts
from socialinbox.storage.dialect import insert_rows
from socialinbox.storage.schema import Contact, ContactTerm, Identity

NOW = datetime(2026, 12, 6, 9, 0, tzinfo=UTC)
CONTACTS = Contact.metadata.tables[Contact.__tablename__]
IDENTITIES = Identity.metadata.tables[Identity.__tablename__]

# What a network may deliver: any text a column holds (no NUL, no lone surrogate).
_TEXT = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=60
)
_OPTIONAL = st.none() | _TEXT | st.sampled_from(["O'Brien-Smith", "ZOË Müller", "+1 555-0100"])


def _terms(session, contact_id: int) -> set[str]:
    return set(
        session.execute(
            select(ContactTerm.term).where(ContactTerm.contact_id == contact_id)
        ).scalars()
    )


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    channel=st.sampled_from(["mastodon", "bluesky", "phone", "email", "guest", "telegram"]),
    key=_TEXT.filter(bool) | st.sampled_from(["laura@example.org", "+39 06 1234", "R-1042"]),
    handle=_OPTIONAL,
    identity_name=_OPTIONAL,
)
def test_a_new_contacts_terms_are_those_a_reindex_computes(
    context, channel, key, handle, identity_name
):
    name = (identity_name or handle or key)[:300]
    with context.db.write() as session:
        insert_rows(
            session, CONTACTS, [{"display_name": name, "created_at": NOW, "updated_at": NOW}]
        )
        contact_id = session.execute(select(func.max(Contact.id))).scalar_one()
        identity = {
            "channel": channel,
            "key": key,
            "handle": handle,
            "display_name": identity_name,
            "contact_id": contact_id,
            "created_at": NOW,
        }
        insert_rows(session, IDENTITIES, [identity])
        index_new_contacts(
            session, [NewContact(contact_id, name, channel, key, handle, identity_name)]
        )
        written = _terms(session, contact_id)
        reindex_contacts(session, [contact_id])
        computed = _terms(session, contact_id)
        # The next example may deliver the same key: nothing of this one stays.
        session.execute(delete(Contact).where(Contact.id == contact_id))
    assert written == computed
