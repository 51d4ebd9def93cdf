"""Evidence by bureau: each bureau's own monthly counts beside those of all bureaus together
(bureau ""), so a bureau can take its own report to its local authority.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
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


def _move(source: str, target: str, insert: str = "", where: str = "") -> None:
    """Copy the counts; ``insert``: a bureau column to fill with ''; ``where``: which rows."""
    names = ", ".join(COLUMNS)
    into, chosen = (f"{insert}, {names}", f"'', {names}") if insert else (names, names)
    op.execute(f"INSERT INTO {target} ({into}) SELECT {chosen} FROM {source} {where}")


def upgrade() -> None:
    """A primary key cannot be widened in place on SQLite: the counts wait in a copy while the
    table is made again (so its constraint keeps its conventional name)."""
    _table("evidence_counts_old", bureau=False)
    _move("evidence_counts", "evidence_counts_old")
    op.drop_table("evidence_counts")
    _table("evidence_counts", bureau=True)
    _move("evidence_counts_old", "evidence_counts", insert="bureau")
    op.drop_table("evidence_counts_old")


def downgrade() -> None:
    """Back to the counts of all bureaus together; each bureau's own are dropped."""
    _table("evidence_counts_old", bureau=False)
    _move("evidence_counts", "evidence_counts_old", where="WHERE bureau = ''")
    op.drop_table("evidence_counts")
    _table("evidence_counts", bureau=False)
    _move("evidence_counts_old", "evidence_counts")
    op.drop_table("evidence_counts_old")
