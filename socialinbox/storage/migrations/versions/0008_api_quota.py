"""The daily API quota each account spent (YouTube's units), for every process

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-06 13:45:00

One row per account: the Pacific calendar day it counts, the units used that day
(each call's documented cost, counted before the call) and when the network said the
day's budget was spent. Kept in the database so that the window and a ``sync --once``
run spend from one count, and the accounts panel can show it.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from socialinbox.storage.types import UTCDateTime

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "api_quota",
        sa.Column("account_id", _ID, nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("used", sa.Integer(), nullable=False),
        sa.Column("exhausted_at", UTCDateTime(), nullable=True),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["accounts.id"],
            name=op.f("fk_api_quota_account_id_accounts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("account_id", name=op.f("pk_api_quota")),
    )


def downgrade() -> None:
    op.drop_table("api_quota")
