"""Per-chat budgets never make one chat wait for another's; groups get Telegram's minute budget."""

from __future__ import annotations

import pytest

from bot.channels.telegram.delivery import RateLimits
from bot.services.outbox import RateLimited


class Clock:
    """Seconds that move only when the test moves them."""

    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


async def send(limits: RateLimits, chat: str) -> None:
    """One message, answered at once."""
    async with limits.message(chat):
        pass


async def test_a_group_over_its_minute_budget_is_told_to_come_back_without_blocking_others() -> (
    None
):
    clock = Clock()
    limits = RateLimits(1000, chat_rate=1000, chat_burst=10, group_per_minute=2, clock=clock)
    await send(limits, "-1007770001")
    await send(limits, "-1007770001")
    clock.now += 10
    with pytest.raises(RateLimited) as refused:
        await send(limits, "-1007770001")
    assert refused.value.seconds == pytest.approx(50)  # until the first is a minute old
    for _ in range(10):
        await send(limits, "5550001")  # a person's chat is not held up by the group


async def test_a_private_chat_gets_a_short_burst_then_one_message_a_second() -> None:
    """Three in three seconds: the fourth, a second later, waits two more; with no patience
    it is handed back to the outbox instead of waited for in the lane."""
    clock = Clock()
    limits = RateLimits(1000, chat_rate=1, chat_burst=3, clock=clock, patience=0)
    for _ in range(3):
        await send(limits, "5550002")
    clock.now += 1.0
    with pytest.raises(RateLimited) as refused:
        await send(limits, "5550002")
    assert refused.value.seconds == pytest.approx(2)


async def test_the_window_runs_from_telegrams_answer() -> None:
    """A request answered late counts from its answer: however late it arrived, the next one
    in its chat still arrives a whole window after it."""
    clock = Clock()
    limits = RateLimits(1000, chat_rate=1, chat_burst=1, clock=clock, patience=0)
    async with limits.message("5550004"):
        clock.now += 0.8  # Telegram answers 0.8 s after we sent it
    clock.now += 0.5
    with pytest.raises(RateLimited) as refused:
        await send(limits, "5550004")
    assert refused.value.seconds == pytest.approx(0.5)


async def test_deletes_take_no_slot_of_the_chat() -> None:
    clock = Clock()
    limits = RateLimits(per_second=1000, chat_rate=1, chat_burst=1, clock=clock, patience=0)
    await send(limits, "5550003")
    for _ in range(5):
        async with limits.delete():  # a quick exit's deletes do not wait behind the chat
            pass
