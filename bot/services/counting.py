"""What a person's answers and cases add to the evidence, and only with their say.

Each event worth counting (a search, a rights topic read, a case opened, taken or closed, a
check-in answered) is written to the evidence journal (``Screenings``) as categorical answers
under the pseudonym, until the monthly roll-up turns the month into counts. The person may say
"do not count my answers" (``count_me: "no"``); whether they are counted when they never said is
the deployment's choice (``evidence.count_by_default``), made from its legal basis.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta

from bot.services.ports import UnitOfWork

COUNT_FIELD = "count_me"
"""The person's own answer: "yes" or "no"; absent, the deployment's default holds."""
KIND = "evidence"
"""Which event a journal row is; absent for a search (the first kind counted)."""
CONTACT, TAKEN, CLOSED, VIOLENCE, FOLLOW_UP, DISRESPECT = (
    "contact",
    "taken",
    "closed",
    "violence",
    "follow_up",
    "disrespect",
)
BANDS = (
    (timedelta(hours=1), "under_h1"),
    (timedelta(hours=4), "h1_to_4"),
    (timedelta(hours=24), "h4_to_24"),
)
OVER_A_DAY = "over_h24"
VIOLENCE_TYPES = (
    "rape",
    "sexual_assault",
    "physical_assault",
    "forced_marriage",
    "denial_of_resources",
    "psychological_abuse",
    "not_violence",
    "not_disclosed",
)
"""The six core types of GBV of the GBVIMS, in the order the classification tool goes through
them (the first that applies is the one recorded), then "not violence" and "not disclosed".
Source: The GBVIMS User Guide (IRC, UNHCR, UNFPA, 2010), chapter 3, "The Gender-Based Violence
Classification Tool", https://www.gbvims.com ; see docs/evidence.md."""


def band(waited: timedelta) -> str:
    """A duration as a coarse band: the roll-up never keeps anything finer."""
    for limit, name in BANDS:
        if waited < limit:
            return name
    return OVER_A_DAY


@dataclass(frozen=True)
class Counting:
    """The gate every evidence row passes: nothing is written for a person who said no."""

    by_default: bool = True

    def counts(self, answers: Mapping[str, str]) -> bool:
        said = answers.get(COUNT_FIELD)
        return self.by_default if said is None else said == "yes"

    async def note(
        self,
        uow: UnitOfWork,
        person: str,
        row: Mapping[str, str],
        now: datetime,
        answers: Mapping[str, str] | None = None,
    ) -> bool:
        """Journal ``row`` if the person counts; ``answers``: their conversation's answers
        (read from storage when not given). Returns whether it was written."""
        if answers is None:
            state = await uow.conversations.get(person)
            answers = state.answers if state is not None else {}
        if not self.counts(answers):
            return False
        await uow.screenings.record(person, dict(row), now)
        return True

    async def stop(self, uow: UnitOfWork, person: str) -> None:
        """The person said no: what was journalled and not yet counted goes too."""
        await uow.screenings.forget(person)
