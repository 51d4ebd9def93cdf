"""Our published taxonomy: the needs a service meets and the groups it is known to be friendly
to. Ids are stable (they travel as HSDS taxonomy terms); names live in the bot's locales."""

from __future__ import annotations

NEEDS_TAXONOMY = "gza-needs"
GROUPS_TAXONOMY = "gza-friendly-to"

NEEDS = (
    "legal",
    "medical",
    "testing",  # HIV, STI and hepatitis testing
    "harm_reduction",  # including opioid substitution
    "mental_health",
    "shelter",
    "violence_support",
    "documents_police",
    "work_money",  # in general; or one of its parts below
    "work_jobs",  # employment and retraining
    "work_finance",  # financial literacy and credit
    "work_childcare",
    "work_housing",
    "work_business",  # starting a business
    "work_mentoring",
    "lgbtqi_care",  # LGBTQI+ and trans-specific care
)
NEED_PARTS = {
    "work_money": frozenset(
        {"work_jobs", "work_finance", "work_childcare", "work_housing", "work_business"}
        | {"work_mentoring"}
    ),
}
"""Needs asked under one button: what economic-independence centres offer, one by one. Asking
for the whole finds a service that offers any part; asking for a part finds that part."""

GROUPS = (
    "women_who_use_drugs",
    "sex_workers",
    "violence_survivors",
    "lgbtqi",
    "displaced",  # internally displaced or affected by conflict
)


def with_parts(needs: frozenset[str]) -> frozenset[str]:
    """``needs`` with the parts of every need asked for as a whole (``NEED_PARTS``)."""
    return needs.union(*(NEED_PARTS.get(need, frozenset()) for need in needs))


ACCESSIBILITY = (
    "wheelchair",
    "sign_language",
    "women_only",
    "childcare",
    "outreach",  # staff come to the person
)

STATUSES = ("active", "inactive", "defunct", "temporarily closed")
"""HSDS 3 service status; only active services are offered."""

LANGUAGES = ("ka", "ru", "en", "az", "hy", "uk", "bg", "tr", "os", "ab", "ar", "fa")
"""ISO 639-1 codes a service may speak; the first seven are the bot's own languages."""
