"""The console's reply box over HTTP (no JavaScript): a saved reply is put in the box by a
plain form, never sent; a reply whose opening could give Gza away on the person's lock screen
comes back unsent with the warning and a "send as it is" button, which then sends it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from bot.config import Settings
from tests.console.test_console_http import PERSON, signed_in
from tests.console.world import NINO, ask_for_a_person, console_world
from tests.fake_telegram import FakeTelegram


async def test_a_saved_reply_goes_into_the_box_and_a_revealing_opening_waits_for_a_confirm(
    fake_telegram: FakeTelegram, settings_for: Callable[..., Settings], tmp_path: Path
) -> None:
    fake = fake_telegram
    async with console_world(fake, settings_for, tmp_path) as world:
        await ask_for_a_person(fake, PERSON, "/start kutaisi")
        visitor = await signed_in(world, NINO)
        try:
            await visitor.get("/console/case/1")
            assert (await visitor.post("/console/case/1/take"))[0] == 200
            before = len(fake.texts_to(PERSON.id))

            _, page = await visitor.get("/console/case/1?canned=hello")
            assert "Hello, I am here and have time for you." in page.split("</textarea>")[0]
            assert 'value="what-we-keep"' in page  # the required one, always offered
            _, page = await visitor.get("/console/case/1?canned=no-such-reply")
            assert "></textarea>" in page  # an unknown key puts nothing in the box
            assert len(fake.texts_to(PERSON.id)) == before  # picking sends nothing

            status, page = await visitor.post("/console/case/1/reply", text="Shelter beds free")
            assert status == 200 and "Not sent yet" in page and "“shelter”" in page
            assert ">Shelter beds free</textarea>" in page
            assert 'name="confirm" value="yes"' in page
            assert len(fake.texts_to(PERSON.id)) == before

            status, page = await visitor.post(
                "/console/case/1/reply", text="Shelter beds free", confirm="yes"
            )
            assert "Sent to the person." in page
            texts = await fake.wait_for_texts(PERSON.id, before + 1)
            assert texts[-1].strip() == "Nino: Shelter beds free"
        finally:
            await visitor.close()
