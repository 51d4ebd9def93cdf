"""Places form a tree (region, municipality, city, village) and keep the directory's order.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("directory_places") as batch:
        batch.add_column(sa.Column("kind", sa.String(16), nullable=False, server_default="city"))
        batch.add_column(sa.Column("parent", sa.String(64)))
        batch.add_column(sa.Column("position", sa.Integer(), nullable=False, server_default="0"))


def downgrade() -> None:
    with op.batch_alter_table("directory_places") as batch:
        for column in ("position", "parent", "kind"):
            batch.drop_column(column)
