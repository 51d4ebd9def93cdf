"""Cases: the rights topic a person read before asking for a lawyer (a topic id, or null).

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("cases") as batch:
        batch.add_column(sa.Column("rights_topic", sa.String(32)))


def downgrade() -> None:
    with op.batch_alter_table("cases") as batch:
        batch.drop_column("rights_topic")
