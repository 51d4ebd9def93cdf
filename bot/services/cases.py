"""A case: a person's request to talk to someone, known only by a pseudonym and categories."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime

WAITING, TAKEN, CLOSED = "waiting", "taken", "closed"
OUTCOMES = ("referred", "info", "no_response", "emergency", "other")
CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"  # no 0/O, 1/I: read aloud on a phone


@dataclass(frozen=True)
class Case:
    code: str
    person_ref: str
    channel: str
    bureau: str
    city: str | None
    locale: str
    needs: tuple[str, ...]
    urgent: bool
    entry_code: str | None
    staff_chat_id: int
    created_at: datetime
    status: str = WAITING
    taken_by: str | None = None
    topic_id: int | None = None
    outcome: str | None = None
    blocked: bool = False
    reassured: bool = False
    escalated: bool = False
    closed_at: datetime | None = None
    rights_topic: str | None = None
    """The rights topic the person read before asking for a lawyer (a topic id)."""
    id: int | None = None

    @property
    def is_open(self) -> bool:
        return self.status != CLOSED


def new_code(token: str | None = None) -> str:
    """A short, pronounceable case code, e.g. C-7F3K; ``token`` makes it deterministic in tests."""
    raw = token or "".join(secrets.choice(CODE_ALPHABET) for _ in range(5))
    return f"C-{raw}"
