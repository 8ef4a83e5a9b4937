"""Rate limits per account: when a network asked this account to wait, for every process

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-06 05:05:00

One row per account and bucket (a network may limit sign-ins apart from other
requests): no request of that bucket goes out before ``until``. Kept in the
database so that the GUI and a ``sync --once`` run wait alike.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from socialinbox.storage.types import UTCDateTime

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "rate_limits",
        sa.Column("account_id", _ID, nullable=False),
        sa.Column("bucket", sa.String(length=100), nullable=False),
        sa.Column("until", UTCDateTime(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("noted_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["accounts.id"],
            name=op.f("fk_rate_limits_account_id_accounts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("account_id", "bucket", name=op.f("pk_rate_limits")),
    )


def downgrade() -> None:
    op.drop_table("rate_limits")
