"""The directory (HSDS profile), screening answers, follow-ups and feedback on services.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from bot.storage.models import UtcDateTime

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

Id = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
Key = sa.String(64)


def _org_key() -> sa.Column[str]:
    return sa.Column(
        "organization_id",
        Key,
        sa.ForeignKey("directory_organizations.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    )


def upgrade() -> None:
    op.add_column("conversations", sa.Column("scratch", sa.Text()))
    op.create_table(
        "follow_ups",
        sa.Column("id", Id, primary_key=True, autoincrement=True),
        sa.Column("person_ref", Key, nullable=False, unique=True),
        sa.Column("due_at", UtcDateTime, nullable=False, index=True),
        sa.Column("services", sa.Text, nullable=False),
        sa.Column("sent_at", UtcDateTime, index=True),
        sqlite_autoincrement=True,
    )
    op.create_table(
        "service_feedback",
        sa.Column("service_id", Key, primary_key=True),
        sa.Column("respected", sa.Integer, nullable=False),
        sa.Column("disrespected", sa.Integer, nullable=False),
    )
    op.create_table(
        "disrespect_reports",
        sa.Column("id", Id, primary_key=True, autoincrement=True),
        sa.Column("service_id", Key, nullable=False, index=True),
        sa.Column("reported_on", UtcDateTime, nullable=False),
        sa.Column("status", sa.String(12), nullable=False),
        sqlite_autoincrement=True,
    )
    op.create_table(
        "screenings",
        sa.Column("id", Id, primary_key=True, autoincrement=True),
        sa.Column("person_ref", Key, nullable=False, index=True),
        sa.Column("day", UtcDateTime, nullable=False),
        sa.Column("answers", sa.Text, nullable=False),
        sqlite_autoincrement=True,
    )
    _directory()


def _directory() -> None:
    op.create_table(
        "directory_places",
        sa.Column("id", Key, primary_key=True),
        sa.Column("name", sa.JSON, nullable=False),
        sa.Column("latitude", sa.Float, nullable=False),
        sa.Column("longitude", sa.Float, nullable=False),
        sa.Column("timezone", sa.String(64), nullable=False),
        sa.Column("country", sa.String(2), nullable=False),
    )
    op.create_table(
        "directory_organizations",
        sa.Column("id", Key, primary_key=True),
        sa.Column("name", sa.JSON, nullable=False),
        sa.Column("description", sa.JSON, nullable=False),
        sa.Column("website", sa.String(500)),
        sa.Column("email", sa.String(320)),
        sa.Column("example", sa.Boolean, nullable=False),
    )
    op.create_table(
        "directory_locations",
        sa.Column("id", Key, primary_key=True),
        _org_key(),
        sa.Column("city", Key, nullable=False),
        sa.Column("name", sa.JSON, nullable=False),
        sa.Column("address", sa.JSON, nullable=False),
        sa.Column("latitude", sa.Float),
        sa.Column("longitude", sa.Float),
        sa.Column("accessibility", sa.JSON, nullable=False),
    )
    op.create_table(
        "directory_services",
        sa.Column("id", Key, primary_key=True),
        _org_key(),
        sa.Column("name", sa.JSON, nullable=False),
        sa.Column("description", sa.JSON, nullable=False),
        sa.Column("needs", sa.JSON, nullable=False),
        sa.Column("friendly_to", sa.JSON, nullable=False),
        sa.Column("languages", sa.JSON, nullable=False),
        sa.Column("free", sa.Boolean, nullable=False),
        sa.Column("fees_description", sa.JSON, nullable=False),
        sa.Column("anonymous", sa.Boolean, nullable=False),
        sa.Column("accessibility", sa.JSON, nullable=False),
        sa.Column("status", sa.String(24), nullable=False),
        sa.Column("assured_date", sa.Date, nullable=False),
        sa.Column("hours", sa.JSON),
        sa.Column("url", sa.String(500)),
        sa.Column("position", sa.Integer, nullable=False),
    )
    op.create_table(
        "directory_service_at_location",
        sa.Column(
            "service_id",
            Key,
            sa.ForeignKey("directory_services.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column(
            "location_id",
            Key,
            sa.ForeignKey("directory_locations.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("position", sa.Integer, nullable=False),
    )
    op.create_table(
        "directory_phones",
        sa.Column("id", Id, primary_key=True, autoincrement=True),
        sa.Column(
            "service_id",
            Key,
            sa.ForeignKey("directory_services.id", ondelete="CASCADE"),
            nullable=False,
            index=True,
        ),
        sa.Column("number", sa.String(32), nullable=False),
        sa.Column("description", sa.JSON, nullable=False),
        sqlite_autoincrement=True,
    )


def downgrade() -> None:
    for table in (
        "directory_phones",
        "directory_service_at_location",
        "directory_services",
        "directory_locations",
        "directory_organizations",
        "directory_places",
        "screenings",
        "disrespect_reports",
        "service_feedback",
        "follow_ups",
    ):
        op.drop_table(table)
    with op.batch_alter_table("conversations") as batch:  # SQLite rebuilds the table
        batch.drop_column("scratch")
