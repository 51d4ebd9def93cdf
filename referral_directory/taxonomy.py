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
    "work_money",
    "lgbtqi_care",  # LGBTQI+ and trans-specific care
)

GROUPS = (
    "women_who_use_drugs",
    "sex_workers",
    "violence_survivors",
    "lgbtqi",
)

ACCESSIBILITY = (
    "wheelchair",
    "sign_language",
    "women_only",
    "childcare",
    "outreach",  # staff come to the person
)

STATUSES = ("active", "inactive", "defunct", "temporarily closed")
"""HSDS 3 service status; only active services are offered."""

LANGUAGES = ("ka", "ru", "en", "az", "hy", "uk", "bg", "tr", "os", "ab")
"""ISO 639-1 codes a service may speak; the first seven are the bot's own languages."""
