"""Filters for Gza's routers that run on the event loop.

aiogram hands every synchronous filter, magic filters such as ``F.text`` included, to a worker
thread and back (``asyncio.to_thread`` in ``CallableObject.call``, aiogram PR #1661): for checks
that read an attribute, that hop costs far more than the check, several times an update. An
aiogram ``Filter`` is awaited in place, so ``OnLoop`` wraps the same checks in one.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from aiogram.filters import Filter
from aiogram.types import TelegramObject
from aiogram.utils.magic_filter import MagicFilter

Check = MagicFilter | Callable[[Any], object]


class OnLoop(Filter):
    """Passes when every check is truthy for the event, checked in order, on the loop."""

    def __init__(self, *checks: Check) -> None:
        self._checks = tuple(c.resolve if isinstance(c, MagicFilter) else c for c in checks)

    async def __call__(self, event: TelegramObject) -> bool:
        return all(check(event) for check in self._checks)
