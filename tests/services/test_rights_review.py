"""Rights topics due for a lawyer's review reach the curators' queue, like stale listings."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from bot.i18n import Localizer
from bot.privacy.pseudonyms import Pseudonyms
from bot.rights.files import read_library
from bot.rights.model import Library, Review
from bot.rights.review import RightsReview
from bot.rights.texts import RightsTexts
from bot.services.catalog import Catalog
from bot.services.curation import Curator, CuratorDesk
from bot.services.curator_texts import CuratorTexts
from bot.services.mailbox import Mailbox
from bot.services.messages import CuratorIncoming, SendText
from bot.storage.memory import MemoryDatabase
from referral_directory.files import load_directory
from tests.conftest import EXAMPLE_DIRECTORY, ROOT

NOW = datetime(2026, 12, 6, 12, 0, tzinfo=UTC)
LIBRARY = read_library(ROOT / "rights")
EXAMPLE = load_directory(EXAMPLE_DIRECTORY)
TAMAR = Curator(9100001, "Tamar", "en")


def reviewed(days_ago: int, *ids: str) -> Library:
    on = date(2026, 12, 6).toordinal() - days_ago
    topics = tuple(
        replace(t, reviewed=Review(date.fromordinal(on), "A. Lawyer"), draft=False)
        if t.id in ids
        else t
        for t in LIBRARY.topics
    )
    return replace(LIBRARY, topics=topics)


def test_never_reviewed_topics_are_due_first_then_the_oldest_reviews() -> None:
    library = reviewed(400, "free-legal-aid")
    library = replace(
        library,
        topics=tuple(
            replace(t, reviewed=Review(date(2026, 11, 1), "B"), draft=False)
            if t.id == "idp-rights"
            else t
            for t in library.topics
        ),
    )
    due = [t.id for t in RightsReview(library, 365).due(date(2026, 12, 6))]
    assert "idp-rights" not in due  # reviewed 35 days ago
    assert due[-1] == "free-legal-aid" and due[0] == "police-and-lawyer"
    assert len(due) == len(LIBRARY.topics) - 1


def test_a_fresh_review_takes_a_topic_off_the_list() -> None:
    library = reviewed(10, *LIBRARY.ids)
    assert RightsReview(library, 365).due(date(2026, 12, 6)) == ()


async def queue_texts(library: Library) -> list[str]:
    localizer = Localizer(ROOT / "locales", curated=RightsTexts(library))
    desk = CuratorDesk(
        {TAMAR.user_id: TAMAR},
        Catalog(EXAMPLE),
        CuratorTexts(localizer),
        Pseudonyms(b"p" * 32),
        "en",
        frozenset({"en", "ka", "ru"}),
        ZoneInfo("Asia/Tbilisi"),
        180,
        Mailbox({}, "telegram"),
        RightsReview(library, 365),
    )
    db = MemoryDatabase()
    async with db.uow() as uow:
        await uow.directory.replace(EXAMPLE, "import", NOW)
        await desk.handle(uow, CuratorIncoming(TAMAR.user_id, 1, command="queue"), NOW)
        await uow.commit()
    queued = [item.message for item, _ in db.data.outbox.values()]  # every message, in order
    return [m.text for m in queued if isinstance(m, SendText)]


def test_the_curators_queue_lists_the_topics_due_for_review() -> None:
    texts = asyncio.run(queue_texts(reviewed(400, "free-legal-aid")))
    listing = next(t for t in texts if t.startswith("Rights topics due for a lawyer's review"))
    assert f"review: {len(LIBRARY.topics)}" in listing.splitlines()[0]
    assert "• Police and your lawyer: never reviewed (draft)" in listing
    assert "• Free legal aid: last reviewed 2025-11-01" in listing


def test_without_topics_due_the_queue_says_nothing_about_rights() -> None:
    texts = asyncio.run(queue_texts(Library()))
    assert not any("Rights topics" in t for t in texts)
