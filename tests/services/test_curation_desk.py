"""The curators' desk with the in-memory stores, fed what an attacker or a clumsy thumb could
send: any button payload, any text. It always answers (a button's spinner stops, a text gets a
reply), never changes the directory on its own, and never lets someone off the list in."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.i18n import Localizer
from bot.privacy.pseudonyms import Pseudonyms
from bot.services.catalog import Catalog, service_key
from bot.services.curation import Curator, CuratorDesk
from bot.services.curator_texts import CuratorTexts
from bot.services.mailbox import Mailbox
from bot.services.messages import AnswerButton, CuratorIncoming, SendText
from bot.storage.memory import MemoryDatabase
from referral_directory.files import load_directory
from tests.conftest import EXAMPLE_DIRECTORY, ROOT

NOW = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)
EXAMPLE = load_directory(EXAMPLE_DIRECTORY)
TEXTS = CuratorTexts(Localizer(ROOT / "locales"))
TAMAR = Curator(9100001, "Tamar", "ka")
ACTIONS = ("s", "v", "c", "o", "p", "h", "l", "lt", "ls", "r", "queue", "", "zz")
KEYS = [service_key(s.id) for _, s in EXAMPLE.services()[:3]]

payloads = st.one_of(
    st.text(max_size=64),
    st.builds(
        lambda action, key, extra: "|".join(["cur", action, key, *extra]),
        st.sampled_from(ACTIONS),
        st.one_of(st.sampled_from(KEYS), st.text(max_size=14)),
        st.lists(st.text(max_size=6), max_size=2),
    ),
)


def desk() -> CuratorDesk:
    return CuratorDesk(
        {TAMAR.user_id: TAMAR},
        Catalog(EXAMPLE),
        TEXTS,
        Pseudonyms(b"p" * 32),
        "en",
        frozenset({"en", "ka", "ru"}),
        ZoneInfo("Asia/Tbilisi"),
        180,
        Mailbox({}, "telegram"),
    )


async def handled(db: MemoryDatabase, act: CuratorIncoming) -> list[object]:
    async with db.uow() as uow:
        await uow.directory.replace(EXAMPLE, "import", NOW)
        await uow.commit()
        await desk().handle(uow, act, NOW)
        await uow.commit()
    async with db.uow() as uow:
        return [item.message for item in await uow.outbox.due(NOW, 100)]


@settings(max_examples=150, deadline=None)
@given(payload=payloads, user=st.sampled_from([TAMAR.user_id, 9100002]))
def test_any_button_payload_is_answered_and_only_a_curator_can_change_anything(
    payload: str, user: int
) -> None:
    db = MemoryDatabase()
    act = CuratorIncoming(user, user, "en", callback_id="cb1", button=payload)
    sent = asyncio.run(handled(db, act))
    answers = [m for m in sent if isinstance(m, AnswerButton)]
    assert len(answers) == 1 and answers[0].callback_id == "cb1"
    if user != TAMAR.user_id:
        assert answers[0].text == TEXTS.text("en", "curator-only")
        assert db.data.changes == [c for c in db.data.changes if c.who == "import"]


@settings(max_examples=100, deadline=None)
@given(text=st.text(max_size=300))
def test_any_text_from_a_curator_gets_a_reply_and_changes_nothing(text: str) -> None:
    db = MemoryDatabase()
    sent = asyncio.run(handled(db, CuratorIncoming(TAMAR.user_id, 1, "ka", text=text)))
    assert len(sent) == (1 if text else 0)
    assert all(isinstance(m, SendText) and m.text for m in sent)
    assert all(c.who == "import" for c in db.data.changes)
