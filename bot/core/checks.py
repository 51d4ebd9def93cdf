"""Consistency checks of a flow against the texts, answer fields and context it relies on."""

from __future__ import annotations

from collections.abc import Collection, Mapping

from bot.core.flow import Flow, FlowProblem
from bot.core.places import MAX_BASE_STEP, PLACE_TEXTS

MAX_STEP_ID = 40
"""Keeps ``step|choice`` inside a channel's 64-byte button payload."""


def check_flow(
    flow: Flow,
    source: str,
    texts_by_locale: Mapping[str, Collection[str]],
    answer_fields: Mapping[str, Collection[str]],
    context_names: Collection[str],
    actions: Collection[str] = (),
) -> list[FlowProblem]:
    """Every problem of the flow, each naming its file and step."""
    problems: list[FlowProblem] = []

    def bad(where: str, message: str) -> None:
        problems.append(FlowProblem(source, where, message))

    for key in ("first", "menu", "forget", "check_in", "talk"):
        target = getattr(flow, key)
        if target is not None and target not in flow.steps:
            bad(key, f"unknown step '{target}'")
    for step in flow.steps.values():
        where = f"step '{step.id}'"
        if len(step.id) > MAX_STEP_ID:
            bad(where, f"step names must be at most {MAX_STEP_ID} characters")
        targets = [c.next for c in step.choices if c.next] + ([step.next] if step.next else [])
        for target in targets:
            if target not in flow.steps:
                bad(where, f"unknown step '{target}'")
        for name in step.uses:
            if name not in context_names:
                bad(where, f"uses '{name}', which Gza does not provide")
        if step.do is not None and step.do not in actions:
            bad(where, f"does '{step.do}', which is not an action Gza knows")
        if step.places is not None and len(step.id) > MAX_BASE_STEP:
            bad(where, f"a places step's name must be at most {MAX_BASE_STEP} characters")
        for name in filter(None, (step.multi, step.location, step.places)):
            if name not in answer_fields:
                bad(where, f"fills '{name}', which is not an allowed screening field")
        for choice in step.choices:
            if choice.do is not None and choice.do not in actions:
                bad(where, f"does '{choice.do}', which is not an action Gza knows")
            for name in choice.when:
                if name not in context_names:
                    bad(where, f"offers '{choice.id}' when '{name}', which Gza does not provide")
            for name in choice.reset:
                if name not in answer_fields:
                    bad(where, f"resets '{name}', which is not an allowed screening field")
            stored = dict(choice.store)
            if choice.next is None and step.multi is not None:
                stored[step.multi] = choice.id  # a toggle stores its own id
            for answer, value in stored.items():
                allowed = answer_fields.get(answer)
                if allowed is None:
                    bad(where, f"stores '{answer}', which is not an allowed screening field")
                elif not set(value.split(",")) <= set(allowed):
                    bad(where, f"stores '{answer}: {value}', not one of {sorted(allowed)}")
    for step_id in sorted(set(flow.steps) - reachable(flow)):
        bad(f"step '{step_id}'", "unreachable from the first step")
    wanted = flow.text_ids() | {f"language-name-{code}" for code in flow.languages}
    if any(step.places is not None for step in flow.steps.values()):
        wanted |= PLACE_TEXTS
    for locale, known in sorted(texts_by_locale.items()):
        for text_id in sorted(wanted - set(known)):
            bad(_step_of(flow, text_id), f"text '{text_id}' is missing in locale '{locale}'")
    return problems


def reachable(flow: Flow) -> set[str]:
    seen: set[str] = set()
    todo = [flow.first, flow.menu, *(s for s in (flow.forget, flow.check_in, flow.talk) if s)]
    while todo:
        step_id = todo.pop()
        if step_id in seen or step_id not in flow.steps:
            continue
        seen.add(step_id)
        step = flow.steps[step_id]
        todo.extend(c.next for c in step.choices if c.next)
        if step.next:
            todo.append(step.next)
    return seen


def _step_of(flow: Flow, text_id: str) -> str:
    for step in flow.steps.values():
        said = {step.say, *step.say_without.values()}
        if text_id in said or any(text_id in (c.label, c.otherwise) for c in step.choices):
            return f"step '{step.id}'"
    return "languages"
