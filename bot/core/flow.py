"""Conversation flows as data: steps, their texts, choices and transitions.

A flow is read from a plain mapping (YAML in ``dialogs/``) and checked as a whole, so that every
problem is reported together with the file and step that has it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

LANGUAGES = "languages"
"""The special ``choices`` value: one button per supported language, each setting the locale."""


@dataclass(frozen=True)
class Choice:
    id: str
    label: str
    next: str
    store: Mapping[str, str] = field(default_factory=dict)
    do: str | None = None


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


@dataclass(frozen=True)
class Flow:
    name: str
    first: str
    menu: str
    steps: Mapping[str, Step]
    languages: tuple[str, ...]
    forget: str | None = None

    def step(self, step_id: str) -> Step:
        return self.steps[step_id]

    def text_ids(self) -> set[str]:
        ids = {s.say for s in self.steps.values()}
        ids.update(c.label for s in self.steps.values() for c in s.choices)
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
    forget = data.get("forget")
    if forget is not None and not isinstance(forget, str):
        bad("forget", "'forget' must be a step name")
    if problems:
        raise FlowError(problems)
    return Flow(
        name=data["flow"],
        first=data["first"],
        menu=data["menu"],
        steps=steps,
        languages=languages,
        forget=forget,
    )


def _parse_step(step_id: str, raw: Any, bad: Any) -> Step | None:
    where = f"step '{step_id}'"
    if not isinstance(raw, Mapping):
        bad(where, "expected a mapping with 'say' and 'choices'")
        return None
    unknown = set(raw) - {"say", "choices", "next", "back", "uses", "urgent", "contacts"}
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
            choice = _parse_choice(raw_choice, f"{where} choice {index + 1}", bad)
            if choice is not None:
                choices.append(choice)
    ids = [c.id for c in choices]
    if len(ids) != len(set(ids)):
        bad(where, "two choices share an id")
    nxt = raw.get("next")
    if languages and not isinstance(nxt, str):
        bad(where, "a language step needs 'next'")
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
    )


def _parse_choice(raw: Any, where: str, bad: Any) -> Choice | None:
    if not isinstance(raw, Mapping):
        bad(where, "expected a mapping with 'id', 'label' and 'next'")
        return None
    ident, label, target = raw.get("id"), raw.get("label"), raw.get("next")
    fields = (("id", ident), ("label", label), ("next", target))
    missing = [name for name, value in fields if not isinstance(value, str) or not value]
    if missing:
        bad(where, f"missing or not text: {', '.join(missing)}")
        return None
    assert isinstance(ident, str) and isinstance(label, str) and isinstance(target, str)
    if "|" in ident or len(ident) > 16:
        bad(where, "choice id must be at most 16 characters without '|'")
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
    return Choice(id=ident, label=label, next=target, store=dict(store), do=do)
