"""Where a person is in the conversation; saved between turns, never held only in memory."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType


@dataclass(frozen=True)
class ConversationState:
    """``step`` is None before the first ``/start`` and after an exit."""

    step: str | None = None
    locale: str | None = None
    history: tuple[str, ...] = ()
    answers: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    entry_code: str | None = None
    near: tuple[float, float] | None = None
    """A shared location, coarsened to about a kilometre; dropped when the person leaves."""
    offered: tuple[str, ...] = ()
    """Ids of the services shown in the last search (for "more" and the follow-up)."""
