"""The rights library in the database (filled from the rights/ folder), and its audit log.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from bot.storage.models import UtcDateTime

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

Id = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "rights_topics",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("file", sa.String(128), nullable=False),
        sa.Column("document", sa.JSON(), nullable=False),
    )
    op.create_table(
        "rights_changes",
        sa.Column("id", Id, primary_key=True, autoincrement=True),
        sa.Column("topic_id", sa.String(32), nullable=False, index=True),
        sa.Column("at", UtcDateTime, nullable=False),
        sa.Column("who", sa.String(64), nullable=False),
        sa.Column("field", sa.String(32), nullable=False),
        sa.Column("old_value", sa.Text()),
        sa.Column("new_value", sa.Text()),
        sqlite_autoincrement=True,
    )


def downgrade() -> None:
    for table in ("rights_changes", "rights_topics"):
        op.drop_table(table)
