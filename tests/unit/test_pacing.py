"""The in-process rate limiter: never more than a limit's count in any window, and a wait that
is exactly as long as needed (a person tapping fast gets one reply a second, not one every two)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.services.pacing import Limit, WindowLimiter, pace

GLOBAL = Limit("all", 25, 1.0)


async def test_a_full_second_lets_no_more_through_even_when_it_starts_idle() -> None:
    """A leaky bucket that starts full lets 49 through in one second against 25/s; a window
    lets 25 through, then none until the first of them is a second old."""
    limiter = WindowLimiter()
    taken = [await limiter.acquire([GLOBAL], 0.5 + i * 0.01) for i in range(50)]
    assert taken.count(0.0) == 25
    assert await limiter.acquire([GLOBAL], 1.49) == pytest.approx(0.01)
    assert await limiter.acquire([GLOBAL], 1.5) == 0.0


async def test_the_wait_is_until_the_oldest_slot_leaves_the_window() -> None:
    limiter, chat = WindowLimiter(), Limit("chat:1", 1, 1.0)
    assert await limiter.acquire([chat], 10.0) == 0.0
    assert await limiter.acquire([chat], 10.25) == pytest.approx(0.75)
    assert await limiter.acquire([chat], 11.0) == 0.0


async def test_a_limit_that_is_full_takes_no_slot_of_the_others() -> None:
    limiter, chat = WindowLimiter(), Limit("chat:1", 1, 1.0)
    other = Limit("chat:2", 1, 1.0)
    global_two = Limit("all", 2, 1.0)
    assert await limiter.acquire([chat, global_two], 0.0) == 0.0
    assert await limiter.acquire([chat, global_two], 0.1) > 0  # its chat is full
    assert await limiter.acquire([other, global_two], 0.2) == 0.0  # the global slot was kept


async def test_idle_keys_are_forgotten_but_a_key_still_counting_is_kept() -> None:
    limiter = WindowLimiter(max_keys=2)
    minute = [Limit(f"group:{i}", 1, 60.0) for i in range(3)]
    for i, limit in enumerate(minute):
        assert await limiter.acquire([limit], float(i)) == 0.0
    assert await limiter.acquire([minute[0]], 3.0) > 0  # not forgotten while its minute runs


async def test_pace_waits_short_waits_and_hands_back_long_ones() -> None:
    limiter, clock = WindowLimiter(), [0.0]
    slept: list[float] = []

    async def sleep(seconds: float) -> None:
        slept.append(seconds)
        clock[0] += seconds

    chat, group = Limit("chat:1", 1, 1.0), Limit("group:1", 1, 60.0)
    assert await pace(limiter, [chat], lambda: clock[0], 5.0, sleep) == 0.0
    assert await pace(limiter, [chat], lambda: clock[0], 5.0, sleep) == 0.0
    assert slept == [1.0]
    assert await pace(limiter, [group], lambda: clock[0], 5.0, sleep) == 0.0
    assert await pace(limiter, [group], lambda: clock[0], 5.0, sleep) == pytest.approx(60.0)


def test_a_limit_needs_a_count_and_a_window() -> None:
    with pytest.raises(ValueError):
        Limit("x", 0, 1.0)
    with pytest.raises(ValueError):
        Limit("x", 1, 0)


requests = st.lists(
    st.tuples(st.sampled_from(["a", "b", "c"]), st.floats(min_value=0, max_value=0.7)),
    max_size=200,
)


@settings(max_examples=200, deadline=None)
@given(requests=requests, count=st.integers(1, 5), per=st.sampled_from([0.5, 1.0, 3.0]))
async def test_no_window_ever_holds_more_than_the_count(
    requests: list[tuple[str, float]], count: int, per: float
) -> None:
    limiter, now = WindowLimiter(), 0.0
    granted: dict[str, list[float]] = {}
    for key, step in requests:
        now += step
        limits = [Limit(key, count, per), Limit("all", count + 2, per)]
        wait = await limiter.acquire(limits, now)
        if wait == 0:
            granted.setdefault(key, []).append(now)
            granted.setdefault("all", []).append(now)
        else:
            assert await limiter.acquire(limits, now + wait) == 0.0  # the wait was enough
            now += wait
            granted.setdefault(key, []).append(now)
            granted.setdefault("all", []).append(now)
    for key, times in granted.items():
        most = count + 2 if key == "all" else count
        for i in range(len(times) - most):
            assert times[i + most] - times[i] >= per - 1e-6
