"""Conversation flows as data: steps, their texts, choices and transitions.

A flow is read from a plain mapping (YAML in ``dialogs/``) and checked as a whole, so that every
problem is reported together with the file and step that has it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from bot.core.texts import Text

MAX_CHOICE_ID = 23
"""With a step name of at most 40 and the separator, a payload fits in 64 bytes (the smallest
button payload a channel allows)."""
LANGUAGES = "languages"
"""The special ``choices`` value: one button per supported language, each setting the locale."""
DELETES_HISTORY, REACHES_LATER, SHARES_LOCATION = (
    "deletes_history",
    "reaches_later",
    "shares_location",
)
CAPABILITIES = frozenset({DELETES_HISTORY, REACHES_LATER, SHARES_LOCATION})
"""What a channel may or may not be able to do, by the names a flow uses for them."""


@dataclass(frozen=True)
class Choice:
    id: str
    label: str
    next: str | None
    """None only in a ``multi`` step, where the choice toggles its id in the answer."""
    store: Mapping[str, str] = field(default_factory=dict)
    do: str | None = None
    reset: tuple[str, ...] = ()
    """Answers to forget before storing (a new search starts from nothing)."""
    needs: str | None = None
    """Offered only where the channel can do this (one of CAPABILITIES). A press that arrives
    anyway (an old message) is followed, or answered with ``otherwise`` and the menu."""
    otherwise: str | None = None
    when: Mapping[str, str] = field(default_factory=dict)
    """Offered only to a person whose context has these values (``{country: GE}``: a rights
    topic for people in Georgia); a press that arrives anyway is followed."""
    args: Mapping[str, Text] = field(default_factory=dict)
    """Arguments of the label (a place's name in "anywhere in ...")."""


@dataclass(frozen=True)
class Step:
    id: str
    say: str
    choices: tuple[Choice, ...] = ()
    languages: bool = False
    next: str | None = None
    back: bool = True
    uses: tuple[str, ...] = ()
    urgent: bool = False
    contacts: bool = False
    multi: str | None = None
    """Several at once: choices without ``next`` toggle their id in this answer field, and a
    Done button leads to ``next``."""
    do: str | None = None
    """An action carried out each time the step is entered (e.g. showing results)."""
    location: str | None = None
    """A shared location fills this answer field with the nearest place and leads to ``next``."""
    say_without: Mapping[str, str] = field(default_factory=dict)
    """Where the channel cannot do this (a capability), say that text instead of ``say``."""
    say_when_none: str | None = None
    """Said instead of ``say`` when none of the step's ``when:`` choices is for this person
    (no rights topic for their country yet)."""
    places: str | None = None
    """The directory's places are the choices (level by level, see ``bot.core.places``); the
    one chosen fills this answer field and leads to ``next``."""


@dataclass(frozen=True)
class Flow:
    name: str
    first: str
    menu: str
    steps: Mapping[str, Step]
    languages: tuple[str, ...]
    forget: str | None = None
    check_in: str | None = None
    """Where a consented follow-up message starts."""
    talk: str | None = None
    """Where "talk to a person" leads from anywhere (offered with the answer to typed text)."""

    def step(self, step_id: str) -> Step:
        return self.steps[step_id]

    def text_ids(self) -> set[str]:
        ids = {s.say for s in self.steps.values()}
        ids.update(t for s in self.steps.values() for t in s.say_without.values())
        ids.update(s.say_when_none for s in self.steps.values() if s.say_when_none)
        ids.update(c.label for s in self.steps.values() for c in s.choices)
        ids.update(c.otherwise for s in self.steps.values() for c in s.choices if c.otherwise)
        return ids


@dataclass(frozen=True)
class FlowProblem:
    source: str
    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.source}: {self.where}: {self.message}"


class FlowError(Exception):
    """A flow that cannot be used; carries every problem found."""

    def __init__(self, problems: Iterable[FlowProblem]) -> None:
        self.problems = tuple(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


def parse_flow(data: Any, source: str, languages: tuple[str, ...]) -> Flow:
    """Build a flow from a mapping, raising FlowError with every structural problem at once."""
    problems: list[FlowProblem] = []

    def bad(where: str, message: str) -> None:
        problems.append(FlowProblem(source, where, message))

    if not isinstance(data, Mapping):
        raise FlowError([FlowProblem(source, "file", "expected a mapping with 'flow' and 'steps'")])
    raw_steps = data.get("steps")
    if not isinstance(raw_steps, Mapping) or not raw_steps:
        bad("steps", "expected a non-empty mapping of steps")
        raw_steps = {}
    steps = {}
    for step_id, raw in raw_steps.items():
        step = _parse_step(str(step_id), raw, bad)
        if step is not None:
            steps[step.id] = step
    for key in ("flow", "first", "menu"):
        if not isinstance(data.get(key), str):
            bad(key, f"'{key}' must be a step name or flow name (text)")
    for key in ("forget", "check_in", "talk"):
        if data.get(key) is not None and not isinstance(data.get(key), str):
            bad(key, f"'{key}' must be a step name")
    if problems:
        raise FlowError(problems)
    return Flow(
        name=data["flow"],
        first=data["first"],
        menu=data["menu"],
        steps=steps,
        languages=languages,
        forget=data.get("forget"),
        check_in=data.get("check_in"),
        talk=data.get("talk"),
    )


def _parse_step(step_id: str, raw: Any, bad: Any) -> Step | None:
    where = f"step '{step_id}'"
    if not isinstance(raw, Mapping):
        bad(where, "expected a mapping with 'say' and 'choices'")
        return None
    known = {"say", "choices", "next", "back", "uses", "urgent", "contacts"}
    unknown = (
        set(raw) - known - {"multi", "do", "location", "say_without", "say_when_none", "places"}
    )
    if unknown:
        bad(where, f"unknown keys: {', '.join(sorted(unknown))}")
    say = raw.get("say")
    if not isinstance(say, str):
        bad(where, "'say' must be a text id")
        return None
    raw_choices = raw.get("choices", [])
    languages = raw_choices == LANGUAGES
    choices: list[Choice] = []
    if not languages:
        if not isinstance(raw_choices, list):
            bad(where, f"'choices' must be a list or '{LANGUAGES}'")
            raw_choices = []
        for index, raw_choice in enumerate(raw_choices):
            toggle = isinstance(raw.get("multi"), str)
            choice = _parse_choice(raw_choice, f"{where} choice {index + 1}", bad, toggle)
            if choice is not None:
                choices.append(choice)
    ids = [c.id for c in choices]
    if len(ids) != len(set(ids)):
        bad(where, "two choices share an id")
    nxt = raw.get("next")
    for key in ("multi", "do", "location", "say_when_none", "places"):
        if raw.get(key) is not None and not isinstance(raw.get(key), str):
            bad(where, f"'{key}' must be a name")
    needs_next = languages or raw.get("multi") or raw.get("location") or raw.get("places")
    if needs_next and not isinstance(nxt, str):
        bad(where, "a language, multi, location or places step needs 'next'")
    say_without = raw.get("say_without", {})
    if not isinstance(say_without, Mapping) or not all(
        k in CAPABILITIES and isinstance(v, str) for k, v in say_without.items()
    ):
        bad(
            where,
            f"'say_without' must map capabilities ({', '.join(sorted(CAPABILITIES))}) to text ids",
        )
        say_without = {}
    uses = raw.get("uses", [])
    if not isinstance(uses, list) or not all(isinstance(u, str) for u in uses):
        bad(where, "'uses' must be a list of names")
        uses = []
    return Step(
        id=step_id,
        say=say,
        choices=tuple(choices),
        languages=languages,
        next=nxt if isinstance(nxt, str) else None,
        back=bool(raw.get("back", True)),
        uses=tuple(uses),
        urgent=bool(raw.get("urgent", False)),
        contacts=bool(raw.get("contacts", False)),
        multi=_name(raw.get("multi")),
        do=_name(raw.get("do")),
        location=_name(raw.get("location")),
        say_without=dict(say_without),
        say_when_none=_name(raw.get("say_when_none")),
        places=_name(raw.get("places")),
    )


def _name(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def _parse_choice(raw: Any, where: str, bad: Any, toggle: bool) -> Choice | None:
    if not isinstance(raw, Mapping):
        bad(where, "expected a mapping with 'id', 'label' and 'next'")
        return None
    ident, label, target = raw.get("id"), raw.get("label"), raw.get("next")
    fields = [("id", ident), ("label", label)]
    if not toggle or target is not None:  # a toggle in a multi step stays on the step
        fields.append(("next", target))
    missing = [name for name, value in fields if not isinstance(value, str) or not value]
    if missing:
        bad(where, f"missing or not text: {', '.join(missing)}")
        return None
    assert isinstance(ident, str) and isinstance(label, str)
    assert target is None or isinstance(target, str)
    if "|" in ident or len(ident) > MAX_CHOICE_ID:
        bad(where, f"choice id must be at most {MAX_CHOICE_ID} characters without '|'")
    store = raw.get("store", {})
    if not isinstance(store, Mapping) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in store.items()
    ):
        bad(where, "'store' must map answer fields to text values (quote yes/no)")
        store = {}
    do = raw.get("do")
    if do is not None and not isinstance(do, str):
        bad(where, "'do' must name an action")
        do = None
    needs, otherwise = raw.get("needs"), raw.get("otherwise")
    if needs is not None and needs not in CAPABILITIES:
        bad(where, f"'needs' must be one of {', '.join(sorted(CAPABILITIES))}")
        needs = None
    if otherwise is not None and (needs is None or not isinstance(otherwise, str)):
        bad(where, "'otherwise' must be a text id, beside 'needs'")
        otherwise = None
    reset = raw.get("reset", [])
    if not isinstance(reset, list) or not all(isinstance(r, str) for r in reset):
        bad(where, "'reset' must be a list of answer fields")
        reset = []
    when = raw.get("when", {})
    if not isinstance(when, Mapping) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in when.items()
    ):
        bad(where, "'when' must map names of the person's context to text values")
        when = {}
    return Choice(ident, label, target, dict(store), do, tuple(reset), needs, otherwise, dict(when))
