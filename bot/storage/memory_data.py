"""The in-memory twin's tables: one working copy per transaction, swapped in on commit.
Its own module so that the twin's stores (``memory``, ``memory_console``, ``memory_people``)
all read it without importing one another."""

from __future__ import annotations

from collections.abc import Mapping
from copy import copy
from dataclasses import dataclass, field, fields
from datetime import datetime

from bot.core.state import ConversationState
from bot.services.cases import Case
from bot.services.people_records import Invitation, PersonEntry
from bot.services.ports import Cell, DirectoryChange, Draft, FollowUp, InboxItem, OutboxItem, Report
from bot.services.records import AuditEntry, SessionRecord, ThreadLine
from referral_directory.model import Directory
from referral_directory.places import Places


@dataclass
class MemoryData:
    inbox: dict[int, tuple[InboxItem, str]] = field(default_factory=dict)
    outbox: dict[int, tuple[OutboxItem, str]] = field(default_factory=dict)
    conversations: dict[str, ConversationState] = field(default_factory=dict)
    persons: dict[str, tuple[str, str, datetime]] = field(default_factory=dict)
    floods: dict[str, tuple[datetime, int]] = field(default_factory=dict)
    chat_messages: list[tuple[str, int, datetime]] = field(default_factory=list)
    cases: dict[int, Case] = field(default_factory=dict)
    case_events: list[tuple[int, str, str, str | None, datetime]] = field(default_factory=list)
    shifts: dict[str, bool] = field(default_factory=dict)
    follow_ups: dict[int, FollowUp] = field(default_factory=dict)
    feedback: dict[str, tuple[int, int]] = field(default_factory=dict)
    reports: list[Report] = field(default_factory=list)
    screenings: list[tuple[str, datetime, dict[str, str]]] = field(default_factory=list)
    next_id: int = 1
    directory: Directory = field(default_factory=lambda: Directory((), Places({})))
    revision: int = 0
    changes: list[DirectoryChange] = field(default_factory=list)
    drafts: dict[str, Draft] = field(default_factory=dict)
    digest_at: datetime | None = None
    evidence: dict[str, Mapping[str, Mapping[Cell, int]]] = field(default_factory=dict)
    """month -> bureau ("" for all together) -> counts; never changed once written."""
    links: dict[str, tuple[str, datetime, bool]] = field(default_factory=dict)
    sessions: dict[str, SessionRecord] = field(default_factory=dict)
    audit: list[AuditEntry] = field(default_factory=list)
    lines: list[tuple[str, ThreadLine]] = field(default_factory=list)
    claims: dict[int, tuple[str, datetime]] = field(default_factory=dict)
    """Outbox rows held by a worker: which worker, until when."""
    leases: dict[str, tuple[str, datetime]] = field(default_factory=dict)
    people: dict[str, PersonEntry] = field(default_factory=dict)
    bureau_names: dict[str, str] = field(default_factory=dict)
    invitations: dict[str, tuple[Invitation, bool]] = field(default_factory=dict)

    def copy(self) -> MemoryData:
        """Values are immutable, so copying the tables is enough for a private working copy."""
        working = copy(self)
        for table in fields(self):
            value = getattr(self, table.name)
            if isinstance(value, dict | list):
                setattr(working, table.name, copy(value))
        return working

    def new_id(self) -> int:
        self.next_id += 1
        return self.next_id - 1
