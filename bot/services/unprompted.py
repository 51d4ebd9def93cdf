"""Texts that can reach a person while they are not looking at the chat (staff replies, a case
closed or blocked, the escalation's reassurance). A lock screen or the chat list shows their
opening, so it must not say what Gza is for: only the texts listed here may be said this way,
and ``tests/unit/test_lock_screen.py`` renders every one of them in every locale. The follow-up
check-in is the flow's ``check_in`` step, which that test reads from the flow itself."""

from __future__ import annotations

from bot.core.texts import Text

STAFF_SAYS = "relay-staff-says"
"""What staff write, signed with their alias."""
UNPROMPTED = frozenset(
    {
        STAFF_SAYS,
        "handoff-staff-edited",
        "handoff-media-not-shown",
        "handoff-not-forgotten",
        "handoff-ended",
        "handoff-unavailable-now",
    }
)


class NotLockScreenSafe(ValueError):
    """A text not checked for the lock screen was about to be sent unprompted."""


def unprompted(text: Text) -> Text:
    """The text itself, once it is known to be one of the checked ones (nested texts too)."""
    for inner in (text, *(v for v in text.args.values() if isinstance(v, Text))):
        if inner.id not in UNPROMPTED:
            raise NotLockScreenSafe(inner.id)
    return text
