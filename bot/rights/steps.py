"""The rights library as steps of the flow: the flow file says where the topics are listed and
how each topic ends (its ``rights:`` section); each topic's screens become steps, one at a time
with Next, so the engine shows them with Back and Exit like every other step."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from bot.core.flow import FlowError, FlowProblem
from bot.rights.model import Library
from bot.rights.texts import screen_id, title_id

SECTION = "rights"
NEXT = "next"
"""The choice id of the Next button."""
COUNTRY = "country"
"""The value of the person's context the topic list is chosen by: the country of their place
(their city answer, or the place of the link they came by), else the deployment's country."""


def expand(data: Any, library: Library, source: str) -> Any:
    """The flow mapping with the topics' steps added; unchanged without a ``rights:`` section."""
    if not isinstance(data, Mapping) or SECTION not in data:
        return data
    section = data[SECTION]
    steps = data.get("steps")
    problems = _problems(section, steps, source)
    if problems or not isinstance(steps, Mapping):
        raise FlowError(problems)
    listing = dict(steps[section["topics"]])
    choose = dict(section.get("choose", {}))
    buttons = [_topic_button(topic.id, topic.country, choose) for topic in library.topics]
    listing["choices"] = [*buttons, *listing.get("choices", [])]
    if "none" in section:
        listing["say_when_none"] = section["none"]
    expanded = {**steps, section["topics"]: listing}
    for topic in library.topics:
        for number in range(1, len(topic.screens) + 1):
            last = number == len(topic.screens)
            expanded[screen_id(topic.id, number)] = {
                "say": screen_id(topic.id, number),
                "choices": list(section["last"]) if last else [_next(section, topic.id, number)],
            }
    return {**{k: v for k, v in data.items() if k != SECTION}, "steps": expanded}


def _topic_button(topic_id: str, country: str, choose: Mapping[str, Any]) -> dict[str, Any]:
    """A topic is offered to people in its country only (``when``)."""
    button: dict[str, Any] = {
        "id": topic_id,
        "label": title_id(topic_id),
        "next": screen_id(topic_id, 1),
        "when": {COUNTRY: country},
    }
    if "store" in choose:
        button["store"] = {choose["store"]: topic_id}
    if "do" in choose:
        button["do"] = choose["do"]
    return button


def _next(section: Mapping[str, Any], topic_id: str, number: int) -> dict[str, Any]:
    return {"id": NEXT, "label": section["next"], "next": screen_id(topic_id, number + 1)}


def _problems(section: Any, steps: Any, source: str) -> list[FlowProblem]:
    def bad(message: str) -> FlowProblem:
        return FlowProblem(source, SECTION, message)

    if not isinstance(section, Mapping):
        return [bad("expected topics, next and last")]
    problems = []
    if not isinstance(steps, Mapping) or section.get("topics") not in steps:
        problems.append(bad("'topics' must name a step of the flow"))
    if not isinstance(section.get("next"), str):
        problems.append(bad("'next' must be the text id of the Next button"))
    if not isinstance(section.get("last"), list) or not section["last"]:
        problems.append(bad("'last' must list the choices of each topic's last screen"))
    choose = section.get("choose", {})
    if not isinstance(choose, Mapping) or set(choose) - {"store", "do"}:
        problems.append(bad("'choose' may say what pressing a topic does: store, do"))
    if "none" in section and not isinstance(section["none"], str):
        problems.append(bad("'none' must be the text id said when no topic is for the person"))
    return problems
