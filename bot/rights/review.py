"""Which rights topics a lawyer should look at: never reviewed, or reviewed too long ago.

Laws change; a topic whose last legal review is older than the configured number of days is
pushed to the curators (their queue and weekly digest), like a listing not verified for long."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from bot.rights.model import Library, Topic

REVIEW_DAYS = 365


@dataclass(frozen=True)
class RightsReview:
    library: Library = field(default_factory=Library)
    days: int = REVIEW_DAYS

    def due(self, today: date) -> tuple[Topic, ...]:
        """Never reviewed first (in file order), then the oldest review first."""
        never = [t for t in self.library.topics if t.reviewed is None]
        old = [
            t
            for t in self.library.topics
            if t.reviewed is not None and (today - t.reviewed.on).days >= self.days
        ]
        return (*never, *sorted(old, key=lambda t: t.reviewed.on if t.reviewed else date.min))
