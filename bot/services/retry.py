"""How often and how soon to try again, shared by the inbox and the outbox."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta


@dataclass(frozen=True)
class RetryPolicy:
    max_attempts: int = 5
    first_delay: float = 1.0
    max_delay: float = 300.0

    def delay(self, attempts: int) -> float:
        """Exponential back-off after ``attempts`` failures (1 → first_delay)."""
        return float(min(self.max_delay, self.first_delay * 2 ** max(0, attempts - 1)))

    def next_attempt(self, now: datetime, attempts: int) -> datetime:
        return now + timedelta(seconds=self.delay(attempts))
