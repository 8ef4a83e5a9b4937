"""A message logged by hand keeps who logged it

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-06 07:50:00

``messages.logged_by``: the person who logged a phone call or a visit by hand
(``core.logged``); NULL for every message before this revision and for every
message a connector fetched or the outbox sent.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ADD COLUMN: the table (and its search triggers) stays as it is.
    op.add_column("messages", sa.Column("logged_by", sa.String(length=200), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("messages") as batch:
        batch.drop_column("logged_by")
