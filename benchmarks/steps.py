"""The walk every bot benchmark takes: the real conversation, one tap after another."""

from __future__ import annotations

STEPS = (
    "/start",
    "choose-language|en",
    "privacy-note|ok",
    "ask-danger|no",
    "menu|find",
    "ask-city|imereti",
    "ask-city>imereti|kutaisi",
    "ask-needs|legal",
    "ask-needs|~done",
)
"""One person's walk: each step is answered by a question (a message or a redraw with buttons),
and each press is a button of the question before it (a walk that strays is counted, not timed:
a changed question once sent every later press to "that button is no longer active")."""
