"""Curation: the directory's revision, the audit log of changes, curators' drafts.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from bot.storage.models import UtcDateTime

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

Id = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "directory_revision",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("digest_at", UtcDateTime),
    )
    op.create_table(
        "directory_changes",
        sa.Column("id", Id, primary_key=True, autoincrement=True),
        sa.Column("service_id", sa.String(64), nullable=False, index=True),
        sa.Column("at", UtcDateTime, nullable=False),
        sa.Column("who", sa.String(64), nullable=False),
        sa.Column("field", sa.String(32), nullable=False),
        sa.Column("old_value", sa.Text()),
        sa.Column("new_value", sa.Text()),
        sqlite_autoincrement=True,
    )
    op.create_table(
        "curator_drafts",
        sa.Column("alias", sa.String(32), primary_key=True),
        sa.Column("service_id", sa.String(64), nullable=False),
        sa.Column("field", sa.String(16), nullable=False),
        sa.Column("draft", sa.JSON(), nullable=False),
        sa.Column("at", UtcDateTime, nullable=False),
    )


def downgrade() -> None:
    for table in ("curator_drafts", "directory_changes", "directory_revision"):
        op.drop_table(table)
