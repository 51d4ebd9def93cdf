"""Evidence: monthly counts of people by answer, kept after the rows they came from are gone.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "evidence_counts",
        sa.Column("month", sa.String(7), primary_key=True),
        sa.Column("figure", sa.String(48), primary_key=True),
        sa.Column("a", sa.String(64), primary_key=True),
        sa.Column("b", sa.String(64), primary_key=True),
        sa.Column("people", sa.Integer(), nullable=False),
    )
    op.create_table("evidence_months", sa.Column("month", sa.String(7), primary_key=True))


def downgrade() -> None:
    op.drop_table("evidence_months")
    op.drop_table("evidence_counts")
