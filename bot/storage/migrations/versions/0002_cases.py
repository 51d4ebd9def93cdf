"""Cases for the handoff to staff, their history, and who is on shift.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from bot.storage.models import UtcDateTime

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

Id = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
OPEN = sa.text("status != 'closed'")


def upgrade() -> None:
    op.create_table(
        "cases",
        sa.Column("id", Id, autoincrement=True),
        sa.Column("code", sa.String(12), nullable=False),
        sa.Column("person_ref", sa.String(64), nullable=False),
        sa.Column("channel", sa.String(16), nullable=False),
        sa.Column("bureau", sa.String(32), nullable=False),
        sa.Column("city", sa.String(32)),
        sa.Column("locale", sa.String(8), nullable=False),
        sa.Column("needs", sa.Text, nullable=False),
        sa.Column("urgent", sa.Boolean, nullable=False),
        sa.Column("entry_code", sa.String(64)),
        sa.Column("status", sa.String(12), nullable=False),
        sa.Column("taken_by", sa.String(32)),
        sa.Column("staff_chat_id", sa.BigInteger, nullable=False),
        sa.Column("topic_id", sa.BigInteger),
        sa.Column("outcome", sa.String(24)),
        sa.Column("blocked", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("reassured", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("escalated", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("created_at", UtcDateTime, nullable=False),
        sa.Column("closed_at", UtcDateTime),
        sa.PrimaryKeyConstraint("id", name="pk_cases"),
        sa.UniqueConstraint("code", name="uq_cases_code"),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_cases_person_ref", "cases", ["person_ref"])
    op.create_index("ix_cases_topic_id", "cases", ["topic_id"])
    op.create_index(
        "uq_cases_one_open_per_person",
        "cases",
        ["person_ref"],
        unique=True,
        sqlite_where=OPEN,
        postgresql_where=OPEN,
    )
    op.create_table(
        "case_events",
        sa.Column("id", Id, autoincrement=True),
        sa.Column("case_id", Id, nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("actor", sa.String(32), nullable=False),
        sa.Column("detail", sa.String(64)),
        sa.Column("at", UtcDateTime, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_case_events"),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], ondelete="CASCADE", name="fk_case_events_case_id_cases"
        ),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_case_events_case_id", "case_events", ["case_id"])
    op.create_table(
        "shifts",
        sa.Column("alias", sa.String(32), nullable=False),
        sa.Column("on_shift", sa.Boolean, nullable=False),
        sa.Column("since", UtcDateTime, nullable=False),
        sa.PrimaryKeyConstraint("alias", name="pk_shifts"),
    )


def downgrade() -> None:
    op.drop_table("shifts")
    op.drop_index("ix_case_events_case_id", table_name="case_events")
    op.drop_table("case_events")
    op.drop_index("uq_cases_one_open_per_person", table_name="cases")
    op.drop_index("ix_cases_topic_id", table_name="cases")
    op.drop_index("ix_cases_person_ref", table_name="cases")
    op.drop_table("cases")
