"""The small interfaces the services need; storage, privacy and i18n implement them."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from types import TracebackType
from typing import Protocol

from bot.core.state import ConversationState
from bot.core.texts import Text
from bot.services.bureau_figures import CaseTimes
from bot.services.cases import Case
from bot.services.messages import Outgoing
from bot.services.people_records import PeopleStore
from bot.services.records import AuditLog, CaseThreads, SignIns
from referral_directory.changes import DirectoryDiff, FieldChange
from referral_directory.model import Directory, Service

Clock = Callable[[], datetime]


@dataclass(frozen=True)
class InboxItem:
    """A received update, kept until handled. ``chat_ref`` orders work per chat."""

    channel: str
    update_key: str
    chat_ref: str
    payload: bytes
    received_at: datetime
    id: int | None = None
    attempts: int = 0
    next_attempt_at: datetime | None = None


@dataclass(frozen=True)
class OutboxItem:
    channel: str
    chat_ref: str
    address: str
    message: Outgoing
    created_at: datetime
    id: int | None = None
    attempts: int = 0
    next_attempt_at: datetime | None = None
    ephemeral: bool = False
    """Deleted, with its owner's data key, as soon as it is sent (the last word after /forget)."""
    queue: str | None = None
    """Messages of one queue go out in order; by default the owner's (``chat_ref``) own. The
    staff side of a case has its own queue, so that a slow or broken staff group never holds
    up what the person is told (the emergency numbers above all)."""

    @property
    def in_queue(self) -> str:
        return self.queue or self.chat_ref

    @property
    def to_owner(self) -> bool:
        """Sent to the person themselves (their message ids are kept to delete them on /exit)."""
        return self.in_queue == self.chat_ref


@dataclass(frozen=True)
class Claim:
    """Work taken by one process (``holder``) until ``until``: when that process dies, the
    claim lapses and another process takes the work over."""

    holder: str
    until: datetime


class Inbox(Protocol):
    async def add(self, item: InboxItem) -> bool:
        """False when this update was already received."""

    async def due(self, now: datetime, limit: int) -> list[InboxItem]:
        """The oldest unhandled item of each chat, if it is due; oldest first. Later items of
        a chat wait behind it, so each chat is handled in order and one slow chat blocks no
        other."""

    async def claim(self, item_id: int, now: datetime) -> bool:
        """Mark handled; False when another worker got there first."""

    async def retry_later(self, item_id: int, attempts: int, at: datetime, error: str) -> None: ...

    async def set_aside(self, item_id: int, attempts: int, error: str) -> None: ...

    async def purge_handled(self, before: datetime) -> int:
        """Delete handled items received before ``before``; returns how many."""


class Outbox(Protocol):
    async def add(self, item: OutboxItem) -> None: ...

    async def add_many(self, items: Sequence[OutboxItem]) -> None:
        """``add`` each, in order, in one go (a statement for all on PostgreSQL)."""

    async def due(self, now: datetime, limit: int) -> list[OutboxItem]:
        """The oldest unsent message of each chat, if it is due and nobody holds it; oldest
        first."""

    async def claim(self, now: datetime, limit: int, claim: Claim) -> list[OutboxItem]:
        """What ``due`` returns, held for ``claim``: no other worker gets these messages, nor
        later ones of their queues, until each is sent, retried later, given up or the claim
        lapses (then it may be sent twice: its holder died after the channel took it)."""

    async def mark_sent(self, item_id: int, now: datetime) -> bool:
        """False when the item was erased (/forget) or cancelled (/exit) while it was being
        sent."""

    async def mark_sent_many(self, item_ids: Sequence[int], now: datetime, holder: str) -> set[int]:
        """Mark ordinary replies (not throw-away ones) sent, in one go; the ids found. One
        not found was erased or cancelled meanwhile (``mark_sent`` says so one by one). One
        that another process holds now (``holder``'s claim lapsed and was taken over) is
        found but left pending: its new holder is sending it again and records it, so the
        queue's next message still waits for that copy and the chat's order is kept."""

    async def retry_later(
        self, item_id: int, attempts: int, at: datetime, error: str, holder: str
    ) -> None:
        """Try again at ``at``, by whichever worker claims it then. Nothing changes when
        another process holds it now (``holder``'s claim lapsed and was taken over): the new
        holder's attempt decides, as in ``mark_sent_many``."""

    async def give_up(self, item_id: int, error: str, holder: str) -> None:
        """Stop trying; nothing changes when another process holds it now."""

    async def release(self, item_id: int) -> None:
        """Hand a claimed message back unsent, for the next worker that claims."""

    async def purge_sent(self, before: datetime) -> int:
        """Delete sent or abandoned messages created before ``before``; returns how many."""

    async def cancel(self, queue: str) -> int:
        """Drop every unsent message of a queue (what was meant for a person who has just
        left); returns how many."""

    async def expire(self, channel: str, before: datetime) -> int:
        """Drop unsent messages of a channel older than ``before`` (a browser that never came
        back); returns how many. Never used for a channel that can reach the person later,
        where nothing is dropped."""


class Conversations(Protocol):
    async def get(self, person_ref: str) -> ConversationState | None: ...

    async def save(self, person_ref: str, state: ConversationState, now: datetime) -> None: ...


class Persons(Protocol):
    async def remember(self, person_ref: str, channel: str, address: str, now: datetime) -> None:
        """Keep (encrypted) where to write back to this person."""

    async def address(self, person_ref: str) -> tuple[str, str] | None:
        """(channel, address) to write back to the person; None once they are erased."""

    async def arrived(
        self, person_ref: str, channel: str, address: str, now: datetime, window: timedelta
    ) -> int:
        """``remember``, and count one more update in the person's flood-control window (a new
        window once the last began ``window`` ago): this update's count."""

    async def idle_since(self, before: datetime, limit: int) -> list[str]:
        """People not seen since ``before`` (for retention)."""

    async def erase(self, person_ref: str) -> None:
        """Delete everything stored about the person and shred their data key."""


class ChatMessages(Protocol):
    """Message ids of a conversation, kept only to delete it from the phone on /exit."""

    async def remember(self, owner: str, channel: str, message_id: int, at: datetime) -> None: ...

    async def remember_many(self, rows: Sequence[tuple[str, str, int, datetime]]) -> None:
        """``remember`` for many (owner, channel, message id, at), in one go."""

    async def take(self, owner: str, since: datetime) -> tuple[list[int], int]:
        """Remove and return the owner's ids newer than ``since``, and how many were older."""

    async def purge(self, before: datetime) -> int: ...


class Cases(Protocol):
    async def add(self, case: Case) -> Case:
        """Store a new case; returns it with its id."""

    async def open_for(self, person_ref: str) -> Case | None:
        """The person's case that is waiting or taken, if any."""

    async def last_for(self, person_ref: str) -> Case | None:
        """The person's most recent case, open or closed."""

    async def get(self, case_id: int) -> Case | None: ...

    async def by_topic(self, staff_chat_id: int, topic_id: int) -> Case | None: ...

    async def take(self, case_id: int, alias: str) -> bool:
        """Atomically: only a waiting case can be taken, by exactly one of several racing."""

    async def update(self, case_id: int, **changes: object) -> None: ...

    async def record(
        self, case_id: int, kind: str, actor: str, at: datetime, detail: str | None = None
    ) -> None:
        """Keep the history: every transition, with who and when."""

    async def history(self, case_id: int) -> list[tuple[str, str, str | None]]:
        """(kind, actor, detail), oldest first."""

    async def open_cases(self) -> list[Case]:
        """Every waiting or taken case, oldest first."""

    async def purge_closed(self, before: datetime) -> int:
        """Delete cases closed before ``before``, with their history; returns how many."""

    async def times_since(self, bureau: str, since: datetime) -> list[CaseTimes]:
        """The bureau's cases still open or opened, taken, escalated or closed since
        ``since``, as times and categories only (for the supervisor's figures)."""


class Shifts(Protocol):
    async def mark(self, alias: str, on_shift: bool, now: datetime) -> None: ...

    async def on_shift(self) -> set[str]:
        """Aliases of staff currently on shift."""


@dataclass(frozen=True)
class FollowUp:
    """One check-in a person agreed to: sent once when due, about the services they were shown."""

    person_ref: str
    due_at: datetime
    services: tuple[str, ...]
    id: int | None = None
    sent_at: datetime | None = None


class FollowUps(Protocol):
    async def schedule(self, follow_up: FollowUp) -> None:
        """Replaces the person's earlier follow-up: one check-in at most per person."""

    async def due(self, now: datetime, limit: int) -> list[FollowUp]: ...

    async def mark_sent(self, follow_up_id: int, now: datetime) -> bool:
        """True for the one caller that moves it from due to sent (never sent twice)."""

    async def sent_for(self, person_ref: str) -> FollowUp | None: ...

    async def close(self, follow_up_id: int) -> None:
        """Answered: nothing about it is kept."""

    async def cancel_for(self, person_ref: str) -> None: ...

    async def purge_sent(self, before: datetime) -> int:
        """Check-ins sent before ``before`` and never answered."""


class ServiceFeedback(Protocol):
    """What people said about services: counts and curators' reports, never who said it."""

    async def record(self, service_id: str, respected: bool) -> None: ...

    async def counts(self) -> dict[str, tuple[int, int]]:
        """service id -> (respected, disrespected)."""

    async def report(self, service_id: str, now: datetime) -> None:
        """Queue a report of disrespect for the curators."""

    async def reports(self) -> list[tuple[str, datetime]]: ...


@dataclass(frozen=True)
class DirectoryChange:
    """One line of the audit log."""

    service_id: str
    field: str
    old: str | None
    new: str | None
    who: str
    at: datetime


@dataclass(frozen=True)
class Report:
    """A report of disrespect: which service, which day; never who."""

    id: int
    service_id: str
    reported_on: datetime
    status: str = "new"
    """new (not yet in a digest), sent (in one), seen (a curator dealt with it)."""


Progress = Callable[[int, int], None]


class DirectoryStore(Protocol):
    """The directory's durable copy. Every change moves its revision, so every process can
    tell that its in-memory index is behind and reload it."""

    async def revision(self) -> int: ...

    async def load(self) -> Directory:
        """The whole directory, with the feedback counts."""

    async def replace(
        self, directory: Directory, who: str, now: datetime, progress: Progress | None = None
    ) -> DirectoryDiff:
        """An import: the new directory whole, each service's changes in the audit log."""

    async def save_service(
        self, before: Service, after: Service, who: str, now: datetime
    ) -> list[FieldChange]:
        """A curator's edit, with its audit lines; returns what changed (nothing: no-op)."""

    async def history(self, service_id: str) -> list[DirectoryChange]: ...

    async def open_reports(self) -> list[Report]:
        """Reports of disrespect no curator has marked seen, oldest first."""

    async def set_reports(self, service_id: str | None, status: str, ids: list[int]) -> None:
        """Move reports (by id, or all open ones of a service) to ``status``."""

    async def digest_sent_at(self) -> datetime | None: ...

    async def set_digest_sent(self, now: datetime) -> None: ...


@dataclass(frozen=True)
class Draft:
    """A curator's edit in progress: the next text is the new phone or hours, or the
    languages being ticked."""

    alias: str
    service_id: str
    field: str
    chosen: tuple[str, ...] = ()
    at: datetime | None = None


class CuratorDrafts(Protocol):
    async def get(self, alias: str) -> Draft | None: ...

    async def put(self, draft: Draft) -> None: ...

    async def clear(self, alias: str) -> None: ...


class Screenings(Protocol):
    async def record(self, person_ref: str, answers: dict[str, str], now: datetime) -> None:
        """Categorical answers of one search, for the evidence counts."""

    async def of(self, person_ref: str) -> list[dict[str, str]]: ...

    async def between(self, start: datetime, end: datetime) -> list[tuple[str, dict[str, str]]]:
        """(person, answers) of the searches made from ``start`` up to, not including, ``end``."""

    async def first_day(self) -> datetime | None: ...

    async def forget(self, person_ref: str) -> None:
        """Drop the person's rows not yet counted: they said their answers are not to count."""


Cell = tuple[str, str, str]
"""(figure, first answer, second answer or ""): one cell of a monthly table."""


class Evidence(Protocol):
    """Monthly counts of people, with nobody in them."""

    async def counted_months(self) -> set[str]: ...

    async def add_month(
        self,
        month: str,
        people: Mapping[Cell, int],
        by_bureau: Mapping[str, Mapping[Cell, int]] | None = None,
    ) -> None:
        """Keep a month's counts, all bureaus together and each bureau's own, and mark it
        counted (once: a second call changes nothing)."""

    async def month(self, month: str) -> dict[Cell, int]:
        """A month's counts, all bureaus together."""

    async def by_bureau(self, month: str) -> dict[str, dict[Cell, int]]:
        """A month's counts of each bureau alone."""


class Leases(Protocol):
    """Work that only one process may do at a time (a periodic sweep, fetching updates)."""

    async def take(self, name: str, claim: Claim, now: datetime) -> bool:
        """Take or renew ``name`` for ``claim``; False while another holder's lease runs."""

    async def release(self, name: str, holder: str) -> None:
        """Give the lease up early (a graceful stop), if ``holder`` still has it."""


class UnitOfWork(Protocol):
    """One transaction over every store; nothing is kept unless ``commit`` is called."""

    @property
    def inbox(self) -> Inbox: ...

    @property
    def outbox(self) -> Outbox: ...

    @property
    def conversations(self) -> Conversations: ...

    @property
    def persons(self) -> Persons: ...

    @property
    def chat_messages(self) -> ChatMessages: ...

    @property
    def cases(self) -> Cases: ...

    @property
    def shifts(self) -> Shifts: ...

    @property
    def follow_ups(self) -> FollowUps: ...

    @property
    def feedback(self) -> ServiceFeedback: ...

    @property
    def screenings(self) -> Screenings: ...

    @property
    def evidence(self) -> Evidence: ...

    @property
    def directory(self) -> DirectoryStore: ...

    @property
    def curator_drafts(self) -> CuratorDrafts: ...

    @property
    def sign_ins(self) -> SignIns: ...

    @property
    def audit(self) -> AuditLog: ...

    @property
    def threads(self) -> CaseThreads: ...

    @property
    def leases(self) -> Leases: ...

    @property
    def people(self) -> PeopleStore: ...

    async def __aenter__(self) -> UnitOfWork: ...

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None: ...

    async def commit(self) -> None: ...

    async def scrub(self) -> None:
        """After deleting personal data: make sure no copy lingers in journals (SQLite WAL)."""


class UnitOfWorkFactory(Protocol):
    def __call__(self, *, read_only: bool = False) -> UnitOfWork:
        """A new unit of work. ``read_only`` promises it writes nothing and never commits: it
        then takes no write lock (SQLite), so reading never waits behind a writer."""
        ...


class Localizer(Protocol):
    def render(self, locale: str, text: Text) -> str: ...


class Pseudonymizer(Protocol):
    def person(self, channel: str, user_id: str) -> str: ...
