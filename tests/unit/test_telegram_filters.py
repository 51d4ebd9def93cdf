"""Gza's routers check updates on the event loop: aiogram would run any synchronous filter in
a worker thread and back (a thread hop per check, several per update)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from aiogram import F, Router
from aiogram.dispatcher.event.handler import FilterObject
from aiogram.types import Chat, Message, User

from bot.channels.telegram.checks import OnLoop
from bot.channels.telegram.updates import build_dispatcher


def _filters(router: Router) -> Iterator[tuple[str, FilterObject]]:
    for name, observer in router.observers.items():
        for handler in [observer._handler, *observer.handlers]:
            for found in handler.filters or []:
                yield f"{router.name}.{name}", found
    for sub in router.sub_routers:
        yield from _filters(sub)


def test_no_filter_of_the_dispatcher_runs_in_a_thread() -> None:
    dispatcher = build_dispatcher(frozenset({-100123}), lambda user: user == 7)
    found = list(_filters(dispatcher))
    assert len(found) >= 10
    threaded = [where for where, f in found if not f.awaitable]
    assert threaded == []


def _message(chat_type: str, text: str | None, *, sender: bool = True) -> Message:
    user = User(id=7, is_bot=False, first_name="A") if sender else None
    chat = Chat(id=7 if chat_type == "private" else -5, type=chat_type)
    return Message.model_validate(
        {"message_id": 1, "date": 0, "chat": chat, "from": user, "text": text}
    )


@pytest.mark.parametrize(
    ("chat_type", "text", "sender", "passes"),
    [
        ("private", "hi", True, True),
        ("private", None, True, False),
        ("group", "hi", True, False),
        ("private", "hi", False, False),
    ],
)
async def test_on_loop_passes_only_when_every_check_holds(
    chat_type: str, text: str | None, sender: bool, passes: bool
) -> None:
    check = OnLoop(F.chat.type == "private", F.from_user, lambda m: m.text is not None)
    assert await check(_message(chat_type, text, sender=sender)) is passes
