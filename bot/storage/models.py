"""The tables. Persons appear only as HMAC pseudonyms; addresses and payloads only sealed."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    Date,
    DateTime,
    Dialect,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    TypeDecorator,
    UniqueConstraint,
    text,
)

metadata = MetaData(
    naming_convention={
        "ix": "ix_%(column_0_label)s",
        "uq": "uq_%(table_name)s_%(column_0_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)

Id = BigInteger().with_variant(Integer(), "sqlite")
Ref = String(64)


class UtcDateTime(TypeDecorator[datetime]):
    """Stores naive UTC, returns aware UTC, on every backend."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> Any:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetimes are not accepted; pass UTC-aware values")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


data_keys = Table(
    "data_keys",
    metadata,
    Column("owner", Ref, primary_key=True),
    Column("kek_id", String(16), nullable=False, index=True),
    Column("wrapped", LargeBinary, nullable=False),
)

chat_messages = Table(
    "chat_messages",
    metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("owner", Ref, nullable=False, index=True),
    Column("channel", String(16), nullable=False),
    Column("message_id", BigInteger, nullable=False),
    Column("at", UtcDateTime, nullable=False, index=True),
    sqlite_autoincrement=True,  # an id is never reused: workers hold ids across transactions
)
"""Message ids kept only to delete the conversation from the phone, and only for 48 hours."""

persons = Table(
    "persons",
    metadata,
    Column("ref", Ref, primary_key=True),
    Column("channel", String(16), nullable=False),
    Column("address", LargeBinary, nullable=False),
    Column("created_at", UtcDateTime, nullable=False),
    Column("last_seen_at", UtcDateTime, nullable=False, index=True),
    Column("flood_window_start", UtcDateTime),
    Column("flood_count", Integer, nullable=False, default=0),
)

conversations = Table(
    "conversations",
    metadata,
    Column("person_ref", Ref, ForeignKey("persons.ref", ondelete="CASCADE"), primary_key=True),
    Column("step", String(64)),
    Column("locale", String(8)),
    Column("history", Text, nullable=False),
    Column("answers", Text, nullable=False),
    Column("entry_code", String(64)),
    Column("updated_at", UtcDateTime, nullable=False),
    Column("scratch", Text),
)

inbox = Table(
    "inbox",
    metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("channel", String(16), nullable=False),
    Column("update_key", String(128), nullable=False),
    Column("chat_ref", Ref, nullable=False),
    Column("payload", LargeBinary, nullable=False),
    Column("status", String(12), nullable=False),
    Column("attempts", Integer, nullable=False),
    Column("next_attempt_at", UtcDateTime),
    Column("error", String(64)),
    Column("received_at", UtcDateTime, nullable=False),
    Column("handled_at", UtcDateTime),
    UniqueConstraint("channel", "update_key", name="uq_inbox_channel_update_key"),
    Index("ix_inbox_status_id", "status", "id"),
    sqlite_autoincrement=True,  # an id is never reused: workers hold ids across transactions
)

outbox = Table(
    "outbox",
    metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("key", String(36), nullable=False, unique=True),
    Column("channel", String(16), nullable=False),
    Column("chat_ref", Ref, nullable=False),
    Column("queue", String(80), nullable=False, index=True),
    Column("body", LargeBinary, nullable=False),
    Column("status", String(12), nullable=False),
    Column("attempts", Integer, nullable=False),
    Column("next_attempt_at", UtcDateTime),
    Column("error", String(64)),
    Column("created_at", UtcDateTime, nullable=False),
    Column("sent_at", UtcDateTime),
    Column("ephemeral", Boolean, nullable=False, default=False),
    Column("claimed_by", String(64)),
    Column("claimed_until", UtcDateTime),  # held while a process delivers it; a dead one's lapses
    Index("ix_outbox_status_id", "status", "id"),
    sqlite_autoincrement=True,  # an id is never reused: workers hold ids across transactions
)

cases = Table(
    "cases",
    metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("code", String(12), nullable=False, unique=True),
    Column("person_ref", Ref, nullable=False, index=True),
    Column("channel", String(16), nullable=False),
    Column("bureau", String(32), nullable=False),
    Column("city", String(32)),
    Column("locale", String(8), nullable=False),
    Column("needs", Text, nullable=False),
    Column("urgent", Boolean, nullable=False),
    Column("entry_code", String(64)),
    Column("status", String(12), nullable=False),
    Column("taken_by", String(32)),
    Column("staff_chat_id", BigInteger, nullable=False),
    Column("topic_id", BigInteger, index=True),
    Column("outcome", String(24)),
    Column("blocked", Boolean, nullable=False, default=False),
    Column("reassured", Boolean, nullable=False, default=False),
    Column("escalated", Boolean, nullable=False, default=False),
    Column("created_at", UtcDateTime, nullable=False),
    Column("closed_at", UtcDateTime),
    Column("rights_topic", String(32)),
    Index(
        "uq_cases_one_open_per_person",
        "person_ref",
        unique=True,
        sqlite_where=text("status != 'closed'"),
        postgresql_where=text("status != 'closed'"),
    ),
    sqlite_autoincrement=True,  # an id is never reused: workers hold ids across transactions
)
"""A person's request to talk to someone. Never who they are: a pseudonym and categories."""

case_events = Table(
    "case_events",
    metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("case_id", Id, ForeignKey("cases.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("kind", String(16), nullable=False),
    Column("actor", String(32), nullable=False),
    Column("detail", String(64)),
    Column("at", UtcDateTime, nullable=False),
    sqlite_autoincrement=True,  # an id is never reused: workers hold ids across transactions
)
"""Every transition of a case: what, who (a staff alias, "person" or "system"), when."""

shifts = Table(
    "shifts",
    metadata,
    Column("alias", String(32), primary_key=True),
    Column("on_shift", Boolean, nullable=False),
    Column("since", UtcDateTime, nullable=False),
)

follow_ups = Table(
    "follow_ups",
    metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("person_ref", Ref, nullable=False, unique=True),
    Column("due_at", UtcDateTime, nullable=False, index=True),
    Column("services", Text, nullable=False),
    Column("sent_at", UtcDateTime, index=True),
    sqlite_autoincrement=True,
)
"""A check-in the person agreed to; one per person, deleted once answered."""

service_feedback = Table(
    "service_feedback",
    metadata,
    Column("service_id", String(64), primary_key=True),
    Column("respected", Integer, nullable=False, default=0),
    Column("disrespected", Integer, nullable=False, default=0),
)
"""Counts only: nothing links an answer to the person who gave it."""

disrespect_reports = Table(
    "disrespect_reports",
    metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("service_id", String(64), nullable=False, index=True),
    Column("reported_on", UtcDateTime, nullable=False),
    Column("status", String(12), nullable=False, default="new"),
    sqlite_autoincrement=True,
)
"""For the curators; the day only, never who reported."""

screenings = Table(
    "screenings",
    metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("person_ref", Ref, nullable=False, index=True),
    Column("day", UtcDateTime, nullable=False),
    Column("answers", Text, nullable=False),
    sqlite_autoincrement=True,
)
"""Categorical answers of each search, under the pseudonym, for the evidence counts."""

evidence_counts = Table(
    "evidence_counts",
    metadata,
    Column("month", String(7), primary_key=True),
    Column("bureau", String(32), primary_key=True),  # "" for all bureaus together
    Column("figure", String(48), primary_key=True),
    Column("a", String(64), primary_key=True),
    Column("b", String(64), primary_key=True),
    Column("people", Integer, nullable=False),
)
"""How many people gave each answer in a month: no pseudonym, no day, no free text, so the
figures outlive the rows they were counted from."""

evidence_months = Table("evidence_months", metadata, Column("month", String(7), primary_key=True))
"""Months already counted: a month is counted once, after it has ended."""

# --- The directory (a profile of Open Referral HSDS 3; translated texts as JSON maps) --------


def _owned_by(name: str, parent: str) -> Column[str]:
    """A child row's link to its parent, deleted with it."""
    return Column(
        name,
        String(64),
        ForeignKey(f"{parent}.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    )


directory_places = Table(
    "directory_places",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("name", JSON, nullable=False),
    Column("latitude", Float, nullable=False),
    Column("longitude", Float, nullable=False),
    Column("timezone", String(64), nullable=False),
    Column("country", String(2), nullable=False),
    Column("kind", String(16), nullable=False, server_default="city"),
    Column("parent", String(64)),
    Column("position", Integer, nullable=False, server_default="0"),  # the question's order
)

directory_organizations = Table(
    "directory_organizations",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("name", JSON, nullable=False),
    Column("description", JSON, nullable=False),
    Column("website", String(500)),
    Column("email", String(320)),
    Column("example", Boolean, nullable=False, default=False),
)

directory_locations = Table(
    "directory_locations",
    metadata,
    Column("id", String(64), primary_key=True),
    _owned_by("organization_id", "directory_organizations"),
    Column("city", String(64), nullable=False),
    Column("name", JSON, nullable=False),
    Column("address", JSON, nullable=False),
    Column("latitude", Float),
    Column("longitude", Float),
    Column("accessibility", JSON, nullable=False),
)

directory_services = Table(
    "directory_services",
    metadata,
    Column("id", String(64), primary_key=True),
    _owned_by("organization_id", "directory_organizations"),
    Column("name", JSON, nullable=False),
    Column("description", JSON, nullable=False),
    Column("needs", JSON, nullable=False),
    Column("friendly_to", JSON, nullable=False),
    Column("languages", JSON, nullable=False),
    Column("free", Boolean, nullable=False),
    Column("fees_description", JSON, nullable=False),
    Column("anonymous", Boolean, nullable=False),
    Column("accessibility", JSON, nullable=False),
    Column("status", String(24), nullable=False),
    Column("assured_date", Date, nullable=False),
    Column("hours", JSON),
    Column("url", String(500)),
    Column("position", Integer, nullable=False),
)

directory_service_at_location = Table(
    "directory_service_at_location",
    metadata,
    Column(
        "service_id",
        String(64),
        ForeignKey("directory_services.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column(
        "location_id",
        String(64),
        ForeignKey("directory_locations.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("position", Integer, nullable=False),
)

directory_phones = Table(
    "directory_phones",
    metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    _owned_by("service_id", "directory_services"),
    Column("number", String(32), nullable=False),
    Column("description", JSON, nullable=False),
    sqlite_autoincrement=True,
)

directory_revision = Table(
    "directory_revision",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("revision", Integer, nullable=False),
    Column("digest_at", UtcDateTime),
)
"""One row: moves with every change, so each process knows when to reload its index; and
when the curators' weekly digest last went out."""

directory_changes = Table(
    "directory_changes",
    metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("service_id", String(64), nullable=False, index=True),
    Column("at", UtcDateTime, nullable=False),
    Column("who", String(64), nullable=False),
    Column("field", String(32), nullable=False),
    Column("old_value", Text),
    Column("new_value", Text),
    sqlite_autoincrement=True,
)
"""The audit log: who (a curator's alias, or "import"), when, old and new values. Kept after a
service is retired, so its history can still be read."""

curator_drafts = Table(
    "curator_drafts",
    metadata,
    Column("alias", String(32), primary_key=True),
    Column("service_id", String(64), nullable=False),
    Column("field", String(16), nullable=False),
    Column("draft", JSON, nullable=False),
    Column("at", UtcDateTime, nullable=False),
)
"""What a curator is in the middle of editing (the next message is the new phone, say)."""

rights_topics = Table(
    "rights_topics",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("position", Integer, nullable=False),
    Column("file", String(128), nullable=False),
    Column("document", JSON, nullable=False),
)
"""The rights library every process reads at start: each topic as the mapping its YAML file
holds (``bot.rights.yaml_out.topic_data``), parsed and checked again when loaded; filled from
``[paths] rights`` when empty, replaced whole by ``gza rights import``."""

rights_changes = Table(
    "rights_changes",
    metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("topic_id", String(32), nullable=False, index=True),
    Column("at", UtcDateTime, nullable=False),
    Column("who", String(64), nullable=False),
    Column("field", String(32), nullable=False),
    Column("old_value", Text),
    Column("new_value", Text),
    sqlite_autoincrement=True,
)
"""The rights library's audit log, like ``directory_changes``: who imported (``import``, or the
name given with ``--by``), when, and each field's old and new text."""

console_links = Table(
    "console_links",
    metadata,
    Column("secret_hash", String(64), primary_key=True),
    Column("alias", String(32), nullable=False, index=True),
    Column("expires_at", UtcDateTime, nullable=False),
    Column("used_at", UtcDateTime),
)
"""One-time sign-in links to the staff console; only the hash of the secret is kept."""

console_sessions = Table(
    "console_sessions",
    metadata,
    Column("secret_hash", String(64), primary_key=True),
    Column("alias", String(32), nullable=False, index=True),
    Column("csrf", String(64), nullable=False),
    Column("expires_at", UtcDateTime, nullable=False),
)
"""Console sessions: the cookie holds the secret, the database only its hash."""

audit_log = Table(
    "audit_log",
    metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("actor", String(32), nullable=False, index=True),
    Column("action", String(32), nullable=False),
    Column("case_id", Id, index=True),
    Column("detail", String(64)),
    Column("at", UtcDateTime, nullable=False),
    sqlite_autoincrement=True,
)
"""Every console sign-in and action: who (an alias), what, when, which case; never a person."""

case_lines = Table(
    "case_lines",
    metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("case_id", Id, ForeignKey("cases.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("person_ref", Ref, nullable=False, index=True),
    Column("side", String(8), nullable=False),
    Column("author", String(32)),
    Column("sealed", LargeBinary, nullable=False),
    Column("at", UtcDateTime, nullable=False),
    sqlite_autoincrement=True,
)
"""A case's conversation, each line sealed under the person's data key (shredded on erasure)."""

leases = Table(
    "leases",
    metadata,
    Column("name", String(64), primary_key=True),
    Column("holder", String(64), nullable=False),
    Column("until", UtcDateTime, nullable=False),
)
"""Work only one process may do at a time (a sweep, the Telegram poller): its holder renews
the lease while alive; once ``until`` has passed any process may take it over."""

people = Table(
    "people",
    metadata,
    Column("alias_key", String(32), primary_key=True),
    Column("alias", String(32), nullable=False),
    Column("telegram_id", BigInteger, nullable=False, unique=True),
    Column("role", String(16), nullable=False),
    Column("bureau", String(32)),
    Column("locale", String(8), nullable=False),
    Column("admin", Boolean, nullable=False, server_default=text("false")),
)
"""Staff, supervisors, curators and admins: the database rules, the config file seeds it.
``alias_key`` is the casefolded alias, so two people cannot share an alias in any case."""

bureaus = Table(
    "bureaus",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("name", String(64), nullable=False),
)
"""Bureaus by id with the name the console shows; cities, hours and staff group stay in config."""

invitations = Table(
    "invitations",
    metadata,
    Column("code_hash", String(64), primary_key=True),
    Column("role", String(16), nullable=False),
    Column("bureau", String(32)),
    Column("alias", String(32)),
    Column("invited_by", String(32), nullable=False),
    Column("expires_at", UtcDateTime, nullable=False),
    Column("used_at", UtcDateTime),
)
"""One-time codes an admin gave someone to join by (``/join CODE``); only the hash is kept."""
