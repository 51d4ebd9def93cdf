"""Know your rights end to end through the fake Bot API: from the menu through a topic's
screens to a lawyer, with the topic read on the staff card."""

from __future__ import annotations

from collections.abc import Callable

from bot.config import Settings
from bot.rights.files import read_library
from bot.rights.texts import screen_id
from tests.conftest import ROOT
from tests.e2e.test_handoff import STAFF_CHAT, handoff_running
from tests.fake_telegram import FakeTelegram, FakeUser

TOPIC = "police-and-lawyer"
SCREENS = len(read_library(ROOT / "rights").topic(TOPIC).screens)  # type: ignore[union-attr]


async def test_a_person_reads_a_topic_and_reaches_a_lawyer_who_sees_the_topic(
    fake_telegram: FakeTelegram, settings_for: Callable[..., Settings]
) -> None:
    fake, person = fake_telegram, FakeUser(5550177, "Person Real-Name", username="batumi_person")
    async with handoff_running(fake, settings_for):
        await fake.walk(person, "choose-language|en", "privacy-note|ok", "ask-danger|no")
        await fake.press(person, "menu|rights")
        await fake.press(person, f"know-rights|{TOPIC}")
        for number in range(1, SCREENS):
            await fake.press(person, f"{screen_id(TOPIC, number)}|next")
        before = len(fake.topics)
        await fake.press(person, f"{screen_id(TOPIC, SCREENS)}|lawyer")
        await fake.wait_for(lambda: len(fake.topics) == before + 1)
        thread = max(fake.topics)
        await fake.wait_for(lambda: len(fake.sent_in_topic(STAFF_CHAT, thread)) == 1)
        card = fake.sent_in_topic(STAFF_CHAT, thread)[0].params["text"]
        assert "Rights topic read: Police and your lawyer" in card
        assert "Real-Name" not in card and "batumi_person" not in card

        def screens() -> list[str]:
            texts = fake.texts_to(person.id)
            return [t for t in texts if t.splitlines()[0].endswith(f"/{SCREENS}")]

        await fake.wait_for(lambda: len(screens()) == SCREENS)
        firsts = [text.splitlines()[0] for text in screens()]
        assert firsts == [
            f"{n}/{SCREENS}" for n in range(1, SCREENS + 1)
        ]  # neutral on a lock screen
        assert "Police and your lawyer" in screens()[0] and "1485" in screens()[1]
        assert all("Draft: not yet checked by a lawyer" in text for text in screens())
