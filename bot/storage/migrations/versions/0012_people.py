"""People and bureaus in the database, and one-time invitations (issue 13).

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from bot.storage.models import UtcDateTime

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "people",
        sa.Column("alias_key", sa.String(32), primary_key=True),
        sa.Column("alias", sa.String(32), nullable=False),
        sa.Column("telegram_id", sa.BigInteger(), nullable=False, unique=True),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("bureau", sa.String(32)),
        sa.Column("locale", sa.String(8), nullable=False),
        sa.Column("admin", sa.Boolean(), nullable=False, server_default=sa.text("false")),
    )
    op.create_table(
        "bureaus",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("name", sa.String(64), nullable=False),
    )
    op.create_table(
        "invitations",
        sa.Column("code_hash", sa.String(64), primary_key=True),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("bureau", sa.String(32)),
        sa.Column("alias", sa.String(32)),
        sa.Column("invited_by", sa.String(32), nullable=False),
        sa.Column("expires_at", UtcDateTime, nullable=False),
        sa.Column("used_at", UtcDateTime),
    )


def downgrade() -> None:
    for table in ("invitations", "bureaus", "people"):
        op.drop_table(table)
