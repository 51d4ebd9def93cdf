"""Per-chat budgets never make one chat wait for another's; groups get Telegram's minute budget."""

from __future__ import annotations

import pytest

from bot.channels.telegram.delivery import RateLimits
from bot.services.outbox import RateLimited


async def test_a_group_over_its_minute_budget_is_told_to_come_back_without_blocking_others() -> (
    None
):
    limits = RateLimits(per_second=1000, chat_rate=1000, chat_burst=10, group_per_minute=2)
    await limits.acquire("-1007770001")
    await limits.acquire("-1007770001")
    with pytest.raises(RateLimited) as refused:
        await limits.acquire("-1007770001")
    assert refused.value.seconds == pytest.approx(30)
    for _ in range(10):
        await limits.acquire("5550001")  # a person's chat is not held up by the group


async def test_a_private_chat_gets_a_short_burst_then_one_message_a_second() -> None:
    limits = RateLimits(per_second=1000, chat_rate=1, chat_burst=3)
    for _ in range(3):
        await limits.acquire("5550002")
    with pytest.raises(RateLimited) as refused:
        await limits.acquire("5550002")
    assert refused.value.seconds == pytest.approx(1)
