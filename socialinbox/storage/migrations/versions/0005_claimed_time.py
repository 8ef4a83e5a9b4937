"""A message keeps the impossible time its sender gave (and is dated by its arrival)

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-06 06:10:00

``messages.claimed_time``: the creation time a sender gave, as written, when it
could not be believed (year 1, year 9999, next week); the message is then dated
by its arrival and the reading pane says so. NULL for every message before this
revision and whenever the sender's time was believed.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ADD COLUMN: the table (and its search triggers) stays as it is.
    op.add_column("messages", sa.Column("claimed_time", sa.String(length=64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("messages") as batch:
        batch.drop_column("claimed_time")
