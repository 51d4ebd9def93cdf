"""Per-chat budgets never make one chat wait for another's; groups get Telegram's minute budget."""

from __future__ import annotations

import pytest

from bot.channels.telegram.delivery import ARRIVAL_MARGIN, RateLimits
from bot.services.outbox import RateLimited


class Clock:
    """Seconds that move only when the test moves them."""

    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


async def test_a_group_over_its_minute_budget_is_told_to_come_back_without_blocking_others() -> (
    None
):
    clock = Clock()
    limits = RateLimits(1000, chat_rate=1000, chat_burst=10, group_per_minute=2, clock=clock)
    await limits.acquire("-1007770001")
    await limits.acquire("-1007770001")
    with pytest.raises(RateLimited) as refused:
        await limits.acquire("-1007770001")
    assert refused.value.seconds == pytest.approx(60 + ARRIVAL_MARGIN)  # the first's minute
    for _ in range(10):
        await limits.acquire("5550001")  # a person's chat is not held up by the group


async def test_a_private_chat_gets_a_short_burst_then_one_message_a_second() -> None:
    """Three in three seconds: the fourth, a second later, waits two more; with no patience
    it is handed back to the outbox instead of waited for in the lane."""
    clock = Clock()
    limits = RateLimits(1000, chat_rate=1, chat_burst=3, clock=clock, patience=0)
    for _ in range(3):
        await limits.acquire("5550002")
    clock.now += 1.0
    with pytest.raises(RateLimited) as refused:
        await limits.acquire("5550002")
    assert refused.value.seconds == pytest.approx(2 + ARRIVAL_MARGIN)


async def test_deletes_take_no_slot_of_the_chat() -> None:
    clock = Clock()
    limits = RateLimits(per_second=1000, chat_rate=1, chat_burst=1, clock=clock)
    await limits.acquire("5550003")
    for _ in range(5):
        await limits.acquire_global()  # a quick exit's deletes do not wait behind the chat
