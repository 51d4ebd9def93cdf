"""The in-process rate limiter: never more than a limit's count in any window, and a wait that
is exactly as long as needed (a person tapping fast gets one reply a second, not one every two)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.services.pacing import Limit, WindowLimiter, pace

GLOBAL = Limit("all", 25, 1.0)


async def take(limiter: WindowLimiter, limits: list[Limit], now: float) -> float:
    """Acquire, and when taken, answered at once."""
    wait = await limiter.acquire(limits, now)
    if wait == 0:
        await limiter.release(limits, now)
    return wait


async def test_a_full_second_lets_no_more_through_even_when_it_starts_idle() -> None:
    """A leaky bucket that starts full lets 49 through in one second against 25/s; a window
    lets 25 through, then none until the first of them is a second old."""
    limiter = WindowLimiter()
    taken = [await take(limiter, [GLOBAL], 0.5 + i * 0.01) for i in range(50)]
    assert taken.count(0.0) == 25
    assert await take(limiter, [GLOBAL], 1.49) == pytest.approx(0.01)
    assert await take(limiter, [GLOBAL], 1.5) == 0.0


async def test_a_slot_in_flight_is_held_until_answered_and_a_window_after() -> None:
    limiter, chat = WindowLimiter(), Limit("chat:1", 1, 1.0)
    assert await limiter.acquire([chat], 0.0) == 0.0
    assert await limiter.acquire([chat], 5.0) > 0  # still not answered
    await limiter.release([chat], 5.0)
    assert await limiter.acquire([chat], 5.5) == pytest.approx(0.5)
    assert await limiter.acquire([chat], 6.0) == 0.0


async def test_the_wait_is_until_the_oldest_slot_leaves_the_window() -> None:
    limiter, chat = WindowLimiter(), Limit("chat:1", 1, 1.0)
    assert await take(limiter, [chat], 10.0) == 0.0
    assert await take(limiter, [chat], 10.25) == pytest.approx(0.75)
    assert await take(limiter, [chat], 11.0) == 0.0


async def test_a_limit_that_is_full_takes_no_slot_of_the_others() -> None:
    limiter, chat = WindowLimiter(), Limit("chat:1", 1, 1.0)
    other = Limit("chat:2", 1, 1.0)
    global_two = Limit("all", 2, 1.0)
    assert await take(limiter, [chat, global_two], 0.0) == 0.0
    assert await take(limiter, [chat, global_two], 0.1) > 0  # its chat is full
    assert await take(limiter, [other, global_two], 0.2) == 0.0  # the global slot was kept


async def test_idle_keys_are_forgotten_but_a_key_still_counting_is_kept() -> None:
    limiter = WindowLimiter(max_keys=2)
    minute = [Limit(f"group:{i}", 1, 60.0) for i in range(3)]
    for i, limit in enumerate(minute):
        assert await take(limiter, [limit], float(i)) == 0.0
    assert await take(limiter, [minute[0]], 3.0) > 0  # not forgotten while its minute runs


async def test_pace_waits_short_waits_and_hands_back_long_ones() -> None:
    limiter, clock = WindowLimiter(), [0.0]
    slept: list[float] = []

    async def sleep(seconds: float) -> None:
        slept.append(seconds)
        clock[0] += seconds

    chat, group = Limit("chat:1", 1, 1.0), Limit("group:1", 1, 60.0)
    for limits in ([chat], [chat], [group]):
        assert await pace(limiter, limits, lambda: clock[0], 5.0, sleep) == 0.0
        await limiter.release(limits, clock[0])
    assert slept == [1.0]
    assert await pace(limiter, [group], lambda: clock[0], 5.0, sleep) == pytest.approx(60.0)


def test_a_limit_needs_a_count_and_a_window() -> None:
    with pytest.raises(ValueError):
        Limit("x", 0, 1.0)
    with pytest.raises(ValueError):
        Limit("x", 1, 0)


requests = st.lists(
    st.tuples(
        st.sampled_from(["a", "b", "c"]),
        st.floats(min_value=0, max_value=0.7),
        st.floats(min_value=0, max_value=0.3),
    ),
    max_size=200,
)


@settings(max_examples=200, deadline=None)
@given(requests=requests, count=st.integers(1, 5), per=st.sampled_from([0.5, 1.0, 3.0]))
async def test_no_window_ever_holds_more_than_the_count(
    requests: list[tuple[str, float, float]], count: int, per: float
) -> None:
    """Each request arrives somewhere between its slot and its answer. No window can hold more
    than ``count`` arrivals if, whenever a request is sent, at most ``count`` requests (itself
    included) were sent before it and answered less than a window before it."""
    limiter, now = WindowLimiter(), 0.0
    answers: list[tuple[float, list[Limit]]] = []
    spans: dict[str, list[tuple[float, float]]] = {}
    for key, step, latency in requests:
        now += step
        limits = [Limit(key, count, per), Limit("all", count + 2, per)]
        while (wait := await _acquire_after_answers(limiter, limits, now, answers)) > 0:
            now += wait
        answers.append((now + latency, limits))
        for name in (key, "all"):
            spans.setdefault(name, []).append((now, now + latency))
    for key, sent in spans.items():
        most = count + 2 if key == "all" else count
        for start, _ in sent:
            overlapping = [a for a, answer in sent if a <= start and answer + per > start + 1e-6]
            assert len(overlapping) <= most


async def _acquire_after_answers(
    limiter: WindowLimiter,
    limits: list[Limit],
    now: float,
    answers: list[tuple[float, list[Limit]]],
) -> float:
    """Release, in time order, every request answered by ``now``, then acquire."""
    answers.sort(key=lambda answer: answer[0])
    while answers and answers[0][0] <= now:
        at, answered = answers.pop(0)
        await limiter.release(answered, at)
    return await limiter.acquire(limits, now)
