"""Data keys, persons, conversations, message-id bookkeeping, the inbox and the outbox.

Revision ID: 0001
Revises:
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from bot.storage.models import UtcDateTime

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

Id = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "data_keys",
        sa.Column("owner", sa.String(64), nullable=False),
        sa.Column("kek_id", sa.String(16), nullable=False),
        sa.Column("wrapped", sa.LargeBinary, nullable=False),
        sa.PrimaryKeyConstraint("owner", name="pk_data_keys"),
    )
    op.create_index("ix_data_keys_kek_id", "data_keys", ["kek_id"])
    op.create_table(
        "chat_messages",
        sa.Column("id", Id, autoincrement=True),
        sa.Column("owner", sa.String(64), nullable=False),
        sa.Column("channel", sa.String(16), nullable=False),
        sa.Column("message_id", sa.BigInteger, nullable=False),
        sa.Column("at", UtcDateTime, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_chat_messages"),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_chat_messages_owner", "chat_messages", ["owner"])
    op.create_index("ix_chat_messages_at", "chat_messages", ["at"])
    op.create_table(
        "persons",
        sa.Column("ref", sa.String(64), primary_key=True),
        sa.Column("channel", sa.String(16), nullable=False),
        sa.Column("address", sa.LargeBinary, nullable=False),
        sa.Column("created_at", UtcDateTime, nullable=False),
        sa.Column("last_seen_at", UtcDateTime, nullable=False),
        sa.Column("flood_window_start", UtcDateTime),
        sa.Column("flood_count", sa.Integer, nullable=False, server_default="0"),
        sa.PrimaryKeyConstraint("ref", name="pk_persons"),
    )
    op.create_index("ix_persons_last_seen_at", "persons", ["last_seen_at"])
    op.create_table(
        "conversations",
        sa.Column("person_ref", sa.String(64), nullable=False),
        sa.Column("step", sa.String(64)),
        sa.Column("locale", sa.String(8)),
        sa.Column("history", sa.Text, nullable=False),
        sa.Column("answers", sa.Text, nullable=False),
        sa.Column("entry_code", sa.String(64)),
        sa.Column("updated_at", UtcDateTime, nullable=False),
        sa.PrimaryKeyConstraint("person_ref", name="pk_conversations"),
        sa.ForeignKeyConstraint(
            ["person_ref"],
            ["persons.ref"],
            ondelete="CASCADE",
            name="fk_conversations_person_ref_persons",
        ),
    )
    op.create_table(
        "inbox",
        sa.Column("id", Id, autoincrement=True),
        sa.Column("channel", sa.String(16), nullable=False),
        sa.Column("update_key", sa.String(128), nullable=False),
        sa.Column("chat_ref", sa.String(64), nullable=False),
        sa.Column("payload", sa.LargeBinary, nullable=False),
        sa.Column("status", sa.String(12), nullable=False),
        sa.Column("attempts", sa.Integer, nullable=False),
        sa.Column("next_attempt_at", UtcDateTime),
        sa.Column("error", sa.String(64)),
        sa.Column("received_at", UtcDateTime, nullable=False),
        sa.Column("handled_at", UtcDateTime),
        sa.PrimaryKeyConstraint("id", name="pk_inbox"),
        sa.UniqueConstraint("channel", "update_key", name="uq_inbox_channel_update_key"),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_inbox_status_id", "inbox", ["status", "id"])
    op.create_table(
        "outbox",
        sa.Column("id", Id, autoincrement=True),
        sa.Column("key", sa.String(36), nullable=False),
        sa.Column("channel", sa.String(16), nullable=False),
        sa.Column("chat_ref", sa.String(64), nullable=False),
        sa.Column("queue", sa.String(80), nullable=False),
        sa.Column("body", sa.LargeBinary, nullable=False),
        sa.Column("status", sa.String(12), nullable=False),
        sa.Column("attempts", sa.Integer, nullable=False),
        sa.Column("next_attempt_at", UtcDateTime),
        sa.Column("error", sa.String(64)),
        sa.Column("created_at", UtcDateTime, nullable=False),
        sa.Column("sent_at", UtcDateTime),
        sa.Column("ephemeral", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.PrimaryKeyConstraint("id", name="pk_outbox"),
        sa.UniqueConstraint("key", name="uq_outbox_key"),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_outbox_status_id", "outbox", ["status", "id"])
    op.create_index("ix_outbox_queue", "outbox", ["queue"])


def downgrade() -> None:
    op.drop_index("ix_outbox_queue", table_name="outbox")
    op.drop_index("ix_outbox_status_id", table_name="outbox")
    op.drop_table("outbox")
    op.drop_index("ix_inbox_status_id", table_name="inbox")
    op.drop_table("inbox")
    op.drop_table("conversations")
    op.drop_index("ix_persons_last_seen_at", table_name="persons")
    op.drop_table("persons")
    op.drop_index("ix_chat_messages_at", table_name="chat_messages")
    op.drop_index("ix_chat_messages_owner", table_name="chat_messages")
    op.drop_table("chat_messages")
    op.drop_index("ix_data_keys_kek_id", table_name="data_keys")
    op.drop_table("data_keys")
