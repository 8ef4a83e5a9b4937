"""Customers and front desk: lookup terms, stays from arrivals lists, merge history, import mappings

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 10:45:00

The lookup terms of existing contacts are computed here with a frozen copy of
the rules of ``core.lookup`` as they were at this revision.
"""

from __future__ import annotations

import re
import unicodedata

import sqlalchemy as sa
from alembic import op

from socialinbox.storage.types import UTCDateTime

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "contact_terms",
        sa.Column("term", sa.String(length=300), nullable=False),
        sa.Column("contact_id", _ID, nullable=False),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name=op.f("fk_contact_terms_contact_id_contacts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("term", "contact_id", name=op.f("pk_contact_terms")),
    )
    with op.batch_alter_table("contact_terms", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_contact_terms_contact_id"), ["contact_id"], unique=False
        )
    op.create_table(
        "stays",
        sa.Column("id", _ID, nullable=False),
        sa.Column("import_key", sa.String(length=400), nullable=False),
        sa.Column("contact_id", _ID, nullable=False),
        sa.Column("reservation", sa.String(length=100), nullable=True),
        sa.Column("guest_name", sa.String(length=300), nullable=False),
        sa.Column("email", sa.String(length=300), nullable=True),
        sa.Column("phone", sa.String(length=40), nullable=True),
        sa.Column("room", sa.String(length=40), nullable=True),
        sa.Column("arrival", sa.Date(), nullable=False),
        sa.Column("departure", sa.Date(), nullable=True),
        sa.Column("source", sa.String(length=500), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name=op.f("fk_stays_contact_id_contacts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stays")),
        sa.UniqueConstraint("import_key", name=op.f("uq_stays_import_key")),
    )
    with op.batch_alter_table("stays", schema=None) as batch_op:
        batch_op.create_index("ix_stays_arrival", ["arrival"], unique=False)
        batch_op.create_index(batch_op.f("ix_stays_contact_id"), ["contact_id"], unique=False)
    op.create_table(
        "contact_merges",
        sa.Column("id", _ID, nullable=False),
        sa.Column("keep_id", _ID, nullable=False),
        sa.Column("other_id", _ID, nullable=False),
        sa.Column("moved_json", sa.Text(), nullable=False),
        sa.Column("author", sa.String(length=200), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("undone_at", UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["keep_id"],
            ["contacts.id"],
            name=op.f("fk_contact_merges_keep_id_contacts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["other_id"],
            ["contacts.id"],
            name=op.f("fk_contact_merges_other_id_contacts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact_merges")),
    )
    with op.batch_alter_table("contact_merges", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_contact_merges_keep_id"), ["keep_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_contact_merges_other_id"), ["other_id"], unique=False)
    op.create_table(
        "import_mappings",
        sa.Column("signature", sa.String(length=64), nullable=False),
        sa.Column("mapping_json", sa.Text(), nullable=False),
        sa.Column("date_format", sa.String(length=40), nullable=True),
        sa.Column("encoding", sa.String(length=40), nullable=True),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("signature", name=op.f("pk_import_mappings")),
    )
    _index_existing_contacts()


def _normalise(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _words(text: str | None) -> set[str]:
    words: set[str] = set()
    for raw in re.split(r"[\s,;/()\"]+", _normalise(text or "")):
        word = raw.strip(".'-")
        if word:
            words.add(word[:120])
            words.update(p[:120] for p in re.split(r"['-]", word) if p and p != word)
    return words


def _index_existing_contacts() -> None:
    conn = op.get_bind()
    terms: dict[int, set[str]] = {}
    for cid, name in conn.execute(
        sa.text("SELECT id, display_name FROM contacts WHERE merged_into_id IS NULL")
    ):
        terms[cid] = _words(name)
    for cid, channel, key, handle, display in conn.execute(
        sa.text("SELECT contact_id, channel, key, handle, display_name FROM identities")
    ):
        if cid not in terms:
            continue
        terms[cid] |= _words(display)
        if channel == "phone":
            digits = re.sub(r"\D", "", key or handle or "")
            if digits:
                terms[cid].add(digits)
            continue
        for value in (handle, key if channel in ("email", "guest") else None):
            if value:
                value = _normalise(value).strip()
                terms[cid].update(t[:120] for t in (value, value.lstrip("@")) if t)
    rows = [{"term": t, "contact_id": cid} for cid, ts in terms.items() for t in ts]
    if rows:
        conn.execute(
            sa.text("INSERT INTO contact_terms (term, contact_id) VALUES (:term, :contact_id)"),
            rows,
        )


def downgrade() -> None:
    op.drop_table("import_mappings")
    with op.batch_alter_table("contact_merges", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contact_merges_other_id"))
        batch_op.drop_index(batch_op.f("ix_contact_merges_keep_id"))
    op.drop_table("contact_merges")
    with op.batch_alter_table("stays", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_stays_contact_id"))
        batch_op.drop_index("ix_stays_arrival")
    op.drop_table("stays")
    with op.batch_alter_table("contact_terms", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contact_terms_contact_id"))
    op.drop_table("contact_terms")
