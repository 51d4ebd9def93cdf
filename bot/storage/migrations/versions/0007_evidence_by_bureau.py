"""Evidence by bureau: each bureau's own monthly counts beside those of all bureaus together
(bureau ""), so a bureau can take its own report to its local authority.

Revision ID: 0007_evidence_by_bureau
Revises: 0006
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007_evidence_by_bureau"
down_revision = "0006"
branch_labels = None
depends_on = None

COLUMNS = ("month", "figure", "a", "b", "people")


def _table(name: str, *, bureau: bool) -> None:
    key = [sa.Column("bureau", sa.String(32), primary_key=True)] if bureau else []
    op.create_table(
        name,
        sa.Column("month", sa.String(7), primary_key=True),
        *key,
        sa.Column("figure", sa.String(48), primary_key=True),
        sa.Column("a", sa.String(64), primary_key=True),
        sa.Column("b", sa.String(64), primary_key=True),
        sa.Column("people", sa.Integer(), nullable=False),
    )


def upgrade() -> None:
    """A primary key cannot be widened in place on SQLite: copy into a new table."""
    op.rename_table("evidence_counts", "evidence_counts_old")
    _table("evidence_counts", bureau=True)
    names = ", ".join(COLUMNS)
    op.execute(
        f"INSERT INTO evidence_counts (bureau, {names}) SELECT '', {names} FROM evidence_counts_old"
    )
    op.drop_table("evidence_counts_old")


def downgrade() -> None:
    op.rename_table("evidence_counts", "evidence_counts_new")
    _table("evidence_counts", bureau=False)
    names = ", ".join(COLUMNS)
    op.execute(
        f"INSERT INTO evidence_counts ({names}) SELECT {names} FROM evidence_counts_new"
        " WHERE bureau = ''"
    )
    op.drop_table("evidence_counts_new")
