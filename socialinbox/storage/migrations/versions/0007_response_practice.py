"""The response practice: levels, tone, assignments, escalations, users and crisis alerts

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-06 10:20:00

- ``messages`` gains ``first_response_at`` and ``level`` (the six-level scale),
  ``sentiment`` (the tone scored on this machine), ``assigned_to`` and
  ``escalated_to`` (the *Mine* and *Escalated* views, each with its index).
- ``reminders.suggestion``: the suggested reply of a close-the-loop or thank-you
  reminder.
- New tables ``users`` (the people at the desks), ``escalations`` (each message's
  escalation history) and ``alerts`` (crisis alerts per network).

Every new column is NULL for the rows that exist: levels and tone are computed by
the app after the upgrade (``core.response_levels``, ``core.tone``).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from socialinbox.storage.types import UTCDateTime

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    # Plain ADD COLUMNs: the messages table (and its search triggers) stays as it is.
    op.add_column("messages", sa.Column("first_response_at", UTCDateTime(), nullable=True))
    op.add_column("messages", sa.Column("level", sa.Integer(), nullable=True))
    op.add_column("messages", sa.Column("sentiment", sa.Float(), nullable=True))
    op.add_column("messages", sa.Column("assigned_to", sa.String(length=200), nullable=True))
    op.add_column("messages", sa.Column("escalated_to", sa.String(length=200), nullable=True))
    op.create_index(op.f("ix_messages_assigned"), "messages", ["assigned_to", "created_at", "id"])
    op.create_index(op.f("ix_messages_escalated"), "messages", ["escalated_to", "created_at", "id"])
    op.add_column("reminders", sa.Column("suggestion", sa.Text(), nullable=True))

    op.create_table(
        "users",
        sa.Column("id", _ID, nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_users")),
        sa.UniqueConstraint("name", name=op.f("uq_users_name")),
    )
    op.create_table(
        "escalations",
        sa.Column("id", _ID, nullable=False),
        sa.Column("message_id", _ID, nullable=False),
        sa.Column("to_user", sa.String(length=200), nullable=False),
        sa.Column("by_user", sa.String(length=200), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("seen_at", UTCDateTime(), nullable=True),
        sa.Column("outcome", sa.Text(), nullable=True),
        sa.Column("resolved_by", sa.String(length=200), nullable=True),
        sa.Column("resolved_at", UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["message_id"],
            ["messages.id"],
            name=op.f("fk_escalations_message_id_messages"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_escalations")),
    )
    op.create_index(op.f("ix_escalations_message_id"), "escalations", ["message_id"])
    op.create_index(op.f("ix_escalations_to_user"), "escalations", ["to_user"])
    op.create_table(
        "alerts",
        sa.Column("id", _ID, nullable=False),
        sa.Column("channel", sa.String(length=40), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("started_at", UTCDateTime(), nullable=False),
        sa.Column("last_seen_at", UTCDateTime(), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("usual", sa.Float(), nullable=False),
        sa.Column("negative", sa.Integer(), nullable=False),
        sa.Column("acknowledged_by", sa.String(length=200), nullable=True),
        sa.Column("acknowledged_at", UTCDateTime(), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_alerts")),
        sa.UniqueConstraint(
            "channel", "kind", "started_at", name=op.f("uq_alerts_channel_kind_started_at")
        ),
    )


def downgrade() -> None:
    op.drop_table("alerts")
    op.drop_index(op.f("ix_escalations_to_user"), table_name="escalations")
    op.drop_index(op.f("ix_escalations_message_id"), table_name="escalations")
    op.drop_table("escalations")
    op.drop_table("users")
    with op.batch_alter_table("reminders") as batch:
        batch.drop_column("suggestion")
    op.drop_index(op.f("ix_messages_escalated"), table_name="messages")
    op.drop_index(op.f("ix_messages_assigned"), table_name="messages")
    with op.batch_alter_table("messages") as batch:
        for column in ("escalated_to", "assigned_to", "sentiment", "level", "first_response_at"):
            batch.drop_column(column)
