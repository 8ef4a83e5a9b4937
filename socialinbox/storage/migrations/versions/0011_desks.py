"""Several desks on one database: versions of notes and contacts, and sync leases

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-06 14:40:00

- ``notes.version`` and ``contacts.version`` count the saves of each row (1 for the
  rows that exist): a save based on an older version is refused instead of
  overwriting what another desk saved meanwhile (``core.notes``, ``core.contacts``);
  ``edited_by`` names who saved last (NULL: nobody since it was written).
- New table ``sync_leases``: which process syncs which account now, for whom and
  until when (``core.sync_leases``); one row per account being synced.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from socialinbox.storage.types import UTCDateTime

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    for table in ("notes", "contacts"):
        op.add_column(
            table, sa.Column("version", sa.Integer(), server_default=sa.text("1"), nullable=False)
        )
        op.add_column(table, sa.Column("edited_by", sa.String(length=200), nullable=True))
    op.create_table(
        "sync_leases",
        sa.Column("account_id", _ID, nullable=False),
        sa.Column("holder", sa.String(length=200), nullable=False),
        sa.Column("user", sa.String(length=200), nullable=False),
        sa.Column("taken_at", UTCDateTime(), nullable=False),
        sa.Column("until", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["accounts.id"],
            name=op.f("fk_sync_leases_account_id_accounts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("account_id", name=op.f("pk_sync_leases")),
    )


def downgrade() -> None:
    op.drop_table("sync_leases")
    for table in ("contacts", "notes"):
        with op.batch_alter_table(table) as batch:
            batch.drop_column("edited_by")
            batch.drop_column("version")
