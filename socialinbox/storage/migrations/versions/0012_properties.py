"""Properties (a chain's branches): where customers, messages, stays, notes and
reminders belong

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-06 16:50:00

- New table ``properties``: the chain's properties by name (unique whatever the case
  and spacing: ``name_key``) with an optional timezone of their own.
- A nullable ``property_id`` on ``accounts`` (the property an account's messages
  belong to), ``messages`` (stamped from the account at ingest), ``contacts`` (where
  the customer was first known), ``stays`` (the property the arrivals list was
  imported for), ``notes`` (where the note was written) and ``reminders`` (where the
  reminder was raised). Rows that exist keep NULL: "no property", as a business
  without properties has everywhere (see ``core.properties``).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from socialinbox.storage.types import UTCDateTime

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
PLACED = ("accounts", "contacts", "messages", "stays", "notes", "reminders")


def upgrade() -> None:
    op.create_table(
        "properties",
        sa.Column("id", _ID, nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("name_key", sa.String(length=200), nullable=False),
        sa.Column("timezone", sa.String(length=100), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_properties")),
        sa.UniqueConstraint("name_key", name=op.f("uq_properties_name_key")),
    )
    conn = op.get_bind()
    for table in PLACED:
        if conn.dialect.name == "sqlite":
            # Not batch mode: it would copy the tables (messages with its search triggers,
            # which a copy loses); SQLite adds a NULL column with its reference in place.
            conn.exec_driver_sql(
                f"ALTER TABLE {table} ADD COLUMN property_id INTEGER "
                "REFERENCES properties (id) ON DELETE SET NULL"
            )
            continue
        op.add_column(table, sa.Column("property_id", _ID, nullable=True))
        op.create_foreign_key(
            op.f(f"fk_{table}_property_id_properties"),
            table,
            "properties",
            ["property_id"],
            ["id"],
            ondelete="SET NULL",
        )


def downgrade() -> None:
    conn = op.get_bind()
    for table in reversed(PLACED):
        if conn.dialect.name != "sqlite":
            op.drop_constraint(
                op.f(f"fk_{table}_property_id_properties"), table, type_="foreignkey"
            )
        # SQLite refuses to drop a column that references a table: without the check.
        if conn.dialect.name == "sqlite":
            conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
        op.drop_column(table, "property_id")
    op.drop_table("properties")
