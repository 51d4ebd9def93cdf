"""``advance``: the whole conversation logic as a pure function of flow, state and event."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace

from bot.core.events import (
    ButtonPressed,
    CheckInDue,
    Event,
    ExitRequested,
    ForgetRequested,
    LocationShared,
    MenuRequested,
    Resumed,
    Started,
    TextReceived,
    UnsupportedReceived,
)
from bot.core.flow import CAPABILITIES, Choice, Flow, Step
from bot.core.replies import Act, EndSession, Reply, Say
from bot.core.state import ConversationState
from bot.core.texts import Button, Text

BACK = "~back"
EXIT = "~exit"
DONE = "~done"
TALK = "~talk"
"""From anywhere to the flow's ``talk`` step, offered with the answer to typed text."""
SEPARATOR = "|"

BACK_LABEL = "common-back"
EXIT_LABEL = "common-exit"
DONE_LABEL = "common-done"
SKIP_LABEL = "common-skip"
EXIT_DONE = "common-exit-done"
UNEXPECTED = "error-unexpected-input"
STALE_BUTTON = "error-stale-button"
TALK_LABEL = "menu-talk-to-person"
ENGINE_TEXTS = frozenset(
    {
        BACK_LABEL,
        EXIT_LABEL,
        DONE_LABEL,
        SKIP_LABEL,
        EXIT_DONE,
        UNEXPECTED,
        STALE_BUTTON,
        TALK_LABEL,
    }
)
"""Texts the engine says on its own, beside those named in flows."""
TEAM_ON_DUTY = "team_on_duty"
"""In the context when someone from the team could answer the person now (any true value)."""
NUMBERS = "emergency_numbers"
LANGUAGE_ORDER = "language_order"
"""In the context: the person's country's languages, comma-separated, offered first by the
language question (Bulgaria: bg, uk, ru, en); the others follow in the flow's order."""
NO_NUMBER = "—"

Context = Mapping[str, "str | int | Text | tuple[Text, ...]"]


@dataclass(frozen=True)
class Turn:
    state: ConversationState
    replies: tuple[Reply, ...]


def advance(
    flow: Flow,
    state: ConversationState,
    event: Event,
    context: Context,
    can: frozenset[str] = CAPABILITIES,
) -> Turn:
    """Decide the next state and what to say; performs no I/O and reads no clock. ``can``:
    what the person's channel can do (choices needing more are not offered)."""
    if isinstance(event, Started):
        return _start(flow, state, event, context, can)
    if isinstance(event, ExitRequested):
        return _exit(state)
    if isinstance(event, ForgetRequested) and flow.forget:
        return _go(flow, state, flow.forget, context, can)
    if isinstance(event, CheckInDue):
        return _check_in(flow, state, context, can)
    if state.step is None or state.step not in flow.steps:
        return _start(flow, state, Started(), context, can)
    if isinstance(event, Resumed):
        return _show(flow, state, context, can)
    if isinstance(event, LocationShared):
        return _located(flow, state, event, context, can)
    if isinstance(event, MenuRequested):
        return _show(flow, replace(state, step=flow.menu, history=()), context, can)
    if isinstance(event, ButtonPressed):
        return _press(flow, state, event.payload, context, can)
    if isinstance(event, TextReceived | UnsupportedReceived | ForgetRequested):
        return _unexpected(flow, state, context, can)
    raise TypeError(f"unknown event {type(event).__name__}")


def _start(
    flow: Flow, state: ConversationState, event: Started, context: Context, can: frozenset[str]
) -> Turn:
    locale = state.locale if state.locale in flow.languages else None
    if locale is None and event.locale_hint in flow.languages:
        locale = event.locale_hint
    started = replace(
        state,
        step=flow.first,
        history=(),
        locale=locale,
        entry_code=event.entry_code or state.entry_code,
    )
    return _show(flow, started, context, can)


def _exit(state: ConversationState) -> Turn:
    """Clear the chat first, then leave one neutral line."""
    ended = replace(state, step=None, history=(), near=None, offered=())
    return Turn(ended, (EndSession(), Say(Text(EXIT_DONE))))


def _press(
    flow: Flow, state: ConversationState, payload: str, context: Context, can: frozenset[str]
) -> Turn:
    if payload == EXIT:
        return _exit(state)
    if payload == TALK and flow.talk is not None:
        return _go(flow, state, flow.talk, context, can)
    if payload == BACK:
        if not state.history:
            return _show(flow, state, context, can)
        back = replace(state, step=state.history[-1], history=state.history[:-1])
        return _enter(flow, back, context, can)
    step_id, _, choice_id = payload.partition(SEPARATOR)
    step = flow.steps[state.step or flow.first]
    if step_id != step.id:
        return _again(flow, state, STALE_BUTTON, context, can)
    if step.languages and choice_id in flow.languages and step.next:
        return _go(flow, replace(state, locale=choice_id), step.next, context, can)
    if step.multi and choice_id == DONE and step.next:
        return _go(flow, state, step.next, context, can)
    for choice in step.choices:
        if choice.id == choice_id:
            return _choose(flow, state, step, choice, context, can)
    return _again(flow, state, STALE_BUTTON, context, can)


def _choose(
    flow: Flow,
    state: ConversationState,
    step: Step,
    choice: Choice,
    context: Context,
    can: frozenset[str],
) -> Turn:
    if choice.needs is not None and choice.needs not in can and choice.otherwise is not None:
        menu = _show(flow, replace(state, step=flow.menu, history=()), context, can)
        return Turn(menu.state, (Say(Text(choice.otherwise)), *menu.replies))
    if choice.next is None:
        return _toggle(flow, state, step, choice, context, can)
    kept = {k: v for k, v in state.answers.items() if k not in choice.reset}
    turn = _go(flow, replace(state, answers={**kept, **choice.store}), choice.next, context, can)
    if choice.do is None:
        return turn
    return Turn(turn.state, (Act(choice.do), *turn.replies))


def _toggle(
    flow: Flow,
    state: ConversationState,
    step: Step,
    choice: Choice,
    context: Context,
    can: frozenset[str],
) -> Turn:
    """Switch one option of a several-at-once question; the question is redrawn in place."""
    assert step.multi is not None
    chosen = selected(state, step) ^ {choice.id}
    mine = {c.id for c in step.choices}
    # what another step chose in the same answer (a need's parts, one step on) stays chosen
    others = [v for v in state.answers.get(step.multi, "").split(",") if v and v not in mine]
    ordered = ",".join([*others, *(c.id for c in step.choices if c.id in chosen)])
    answers = {k: v for k, v in state.answers.items() if k != step.multi}
    if ordered:
        answers[step.multi] = ordered
    toggled = replace(state, answers=answers)
    shown = _show(flow, toggled, context, can)
    return Turn(toggled, tuple(replace(r, edit=True) for r in shown.replies if isinstance(r, Say)))


def selected(state: ConversationState, step: Step) -> set[str]:
    """The options of a several-at-once step that are on."""
    if step.multi is None:
        return set()
    return set(filter(None, state.answers.get(step.multi, "").split(",")))


def _located(
    flow: Flow,
    state: ConversationState,
    event: LocationShared,
    context: Context,
    can: frozenset[str],
) -> Turn:
    step = flow.steps[state.step or flow.first]
    if step.location is None or step.next is None or event.place is None:
        return _unexpected(flow, state, context, can)
    answers = {**state.answers, step.location: event.place}
    return _go(flow, replace(state, answers=answers, near=event.near), step.next, context, can)


def _check_in(flow: Flow, state: ConversationState, context: Context, can: frozenset[str]) -> Turn:
    if flow.check_in is None:
        return Turn(state, ())
    return _enter(flow, replace(state, step=flow.check_in, history=()), context, can)


def _go(
    flow: Flow, state: ConversationState, target: str, context: Context, can: frozenset[str]
) -> Turn:
    history = () if target == flow.menu else (*state.history, state.step or flow.first)
    return _enter(flow, replace(state, step=target, history=history), context, can)


def _enter(flow: Flow, state: ConversationState, context: Context, can: frozenset[str]) -> Turn:
    """Show a step after a transition; its own action (``do:``) comes first."""
    shown = _show(flow, state, context, can)
    step = flow.steps[state.step or flow.first]
    if step.do is None:
        return shown
    return Turn(shown.state, (Act(step.do), *shown.replies))


def _again(
    flow: Flow, state: ConversationState, notice: str, context: Context, can: frozenset[str]
) -> Turn:
    shown = _show(flow, state, context, can)
    return Turn(shown.state, (Say(Text(notice)), *shown.replies))


def _unexpected(
    flow: Flow, state: ConversationState, context: Context, can: frozenset[str]
) -> Turn:
    """Typed text (or anything the step cannot use) is never a dead end: a kind word with the
    emergency number, a way to a person when someone could answer now, and the question again.
    The words themselves are never read: people in crisis rarely name it."""
    numbers = context.get(NUMBERS, ())
    first = numbers[0] if isinstance(numbers, tuple) and numbers else NO_NUMBER
    talk = flow.talk is not None and bool(context.get(TEAM_ON_DUTY))
    buttons = ((Button(Text(TALK_LABEL), TALK),),) if talk else ()
    notice = Say(Text(UNEXPECTED, {"emergency_number": first}), buttons, contacts=True)
    shown = _show(flow, state, context, can)
    return Turn(shown.state, (notice, *shown.replies))


def _show(flow: Flow, state: ConversationState, context: Context, can: frozenset[str]) -> Turn:
    step = flow.steps[state.step or flow.first]
    args = {name: context[name] for name in step.uses if name in context}
    text = next((t for need, t in step.say_without.items() if need not in can), step.say)
    if step.say_when_none and not any(c.when and _for(c, context) for c in step.choices):
        text = step.say_when_none
    buttons = _buttons(flow, step, state, context, can)
    say = Say(Text(text, args), buttons, step.urgent, step.contacts)
    return Turn(state, (say,))


def _for(choice: Choice, context: Context) -> bool:
    """Whether a choice is for this person (``when:``): their context has those values."""
    return all(context.get(name) == value for name, value in choice.when.items())


def language_order(languages: tuple[str, ...], current: str | None, first: object) -> list[str]:
    """The person's language, then the country's (``first``: "bg,uk,ru,en"), then the rest
    in the flow's order."""
    rank = {code: i for i, code in enumerate(str(first or "").split(","))}
    return sorted(languages, key=lambda code: (code != current, rank.get(code, len(rank))))


def _buttons(
    flow: Flow, step: Step, state: ConversationState, context: Context, can: frozenset[str]
) -> tuple[tuple[Button, ...], ...]:
    rows: list[tuple[Button, ...]] = []
    if step.languages:
        codes = language_order(flow.languages, state.locale, context.get(LANGUAGE_ORDER))
        buttons = [_choice_button(step, f"language-name-{code}", code) for code in codes]
        rows.extend(tuple(buttons[i : i + 2]) for i in range(0, len(buttons), 2))
    on = selected(state, step)
    offered = [c for c in step.choices if (c.needs is None or c.needs in can) and _for(c, context)]
    rows.extend((_choice_button(step, c.label, c.id, c.id in on, c.args),) for c in offered)
    if step.multi is not None:  # with nothing chosen, the same button says Skip
        done = Text(DONE_LABEL if on else SKIP_LABEL)
        rows.append((Button(done, f"{step.id}{SEPARATOR}{DONE}"),))
    nav = [Button(Text(BACK_LABEL), BACK)] if step.back and state.history else []
    nav.append(Button(Text(EXIT_LABEL), EXIT))
    rows.append(tuple(nav))
    return tuple(rows)


def _choice_button(
    step: Step, label: str, choice_id: str, on: bool = False, args: Mapping[str, Text] | None = None
) -> Button:
    return Button(Text(label, args or {}), f"{step.id}{SEPARATOR}{choice_id}", on)
