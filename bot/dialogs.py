"""Reading the flows in ``dialogs/`` and checking them against locales and answer fields."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path

import yaml

from bot.core.checks import check_flow
from bot.core.engine import ENGINE_TEXTS
from bot.core.flow import Flow, FlowError, FlowProblem, parse_flow
from bot.i18n import LOCALES, REFERENCE, RESOURCE, locale_files, message_ids, parse_locale
from bot.rights.model import Library
from bot.rights.steps import COUNTRY, expand
from bot.rights.texts import RightsTexts
from bot.services.conversations import ACTIONS
from referral_directory.places import Places

FLOW_FILE = "start.yaml"
FIELDS_FILE = "answer_fields.yaml"
CONTEXT_NAMES = frozenset(
    {"emergency_numbers", "days", "followup_days", "followup_services", COUNTRY}
)
"""Values the services put at a step's disposal (``uses:``); ``days``: how long we keep data."""
PLACES = "places"
"""An answer field whose values are the places of the directory."""
TOPICS = "rights"
"""An answer field whose values are the topics of the rights library."""


@dataclass(frozen=True)
class Dialogs:
    flow: Flow
    answer_fields: dict[str, list[str]]


def load_dialogs(
    dialogs: Path,
    locales: Path,
    languages: tuple[str, ...],
    places: Places | None = None,
    rights: Library | None = None,
) -> Dialogs:
    """Load and check everything; raise FlowError listing every problem found. The topics of
    ``rights`` become steps where the flow's ``rights:`` section says."""
    places = places or Places({})
    rights = rights or Library()
    fields = _read_yaml(dialogs / FIELDS_FILE)
    answer_fields = _answer_fields(
        fields, str(dialogs / FIELDS_FILE), list(places.by_id), rights.ids
    )
    source = str(dialogs / FLOW_FILE)
    flow = parse_flow(expand(_read_yaml(dialogs / FLOW_FILE), rights, source), source, languages)
    curated = RightsTexts(rights).ids()
    texts = {locale: ids | curated for locale, ids in message_ids(locales).items()}
    problems = check_flow(flow, source, texts, answer_fields, CONTEXT_NAMES, ACTIONS)
    problems += _locale_problems(locales)
    problems += _place_names(places, languages)
    if problems:
        raise FlowError(problems)
    return Dialogs(flow, answer_fields)


def _read_yaml(path: Path) -> object:
    try:
        return yaml.safe_load(path.read_text("utf-8"))
    except FileNotFoundError:
        raise FlowError([FlowProblem(str(path), "file", "not found")]) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}" if mark is not None else "file"
        raise FlowError([FlowProblem(str(path), where, f"YAML error: {exc}")]) from None


def _answer_fields(
    data: object, source: str, places: Collection[str], topics: Collection[str] = ()
) -> dict[str, list[str]]:
    if isinstance(data, dict):
        named = {PLACES: sorted(places), TOPICS: sorted(topics)}
        data = {k: named.get(v, v) if isinstance(v, str) else v for k, v in data.items()}
    if not isinstance(data, dict) or not all(
        isinstance(v, list) and all(isinstance(x, str) for x in v) for v in data.values()
    ):
        message = f"expected field: [text values, ...] or field: {PLACES} or field: {TOPICS}"
        raise FlowError([FlowProblem(source, "file", message)])
    return {str(k): list(v) for k, v in data.items()}


def _place_names(places: Places, languages: tuple[str, ...]) -> list[FlowProblem]:
    """Every place of the directory needs its name in every language the bot speaks (the
    names live in the directory's places, not in the locales: one source)."""
    return [
        FlowProblem("places", f"place '{place.id}'", f"name missing in locale '{language}'")
        for place in places.by_id.values()
        for language in languages
        if not place.name.get(language)
    ]


def _locale_problems(root: Path) -> list[FlowProblem]:
    """Syntax errors, and ids a reference file has that the same file of a locale lacks (or the
    other way): every locale has the same ``*.ftl`` files as the reference, with the same ids."""
    problems: list[FlowProblem] = []
    by_file: dict[str, dict[str, set[str]]] = {}
    for locale in LOCALES:
        if not (root / locale / RESOURCE).exists():
            path = root / locale / RESOURCE
            problems.append(FlowProblem(str(path), "file", "missing locale file"))
            continue
        for path in locale_files(root, locale):
            messages, syntax = parse_locale(path)
            problems += [FlowProblem(p.source, f"line {p.line}", p.message) for p in syntax]
            by_file.setdefault(path.name, {})[locale] = set(messages)
    reference_ids: set[str] = set()
    for name, locales in sorted(by_file.items()):
        reference = locales.get(REFERENCE, set())
        reference_ids |= reference
        for locale in LOCALES:
            source = str(root / locale / name)
            if locale not in locales:
                if (root / locale / RESOURCE).exists():
                    problems.append(FlowProblem(source, "file", "missing locale file"))
                continue
            ids = locales[locale]
            for text_id in sorted(reference - ids):
                problems.append(
                    FlowProblem(source, text_id, f"message missing in locale '{locale}'")
                )
            for text_id in sorted(ids - reference):
                problems.append(
                    FlowProblem(source, text_id, f"message not in reference '{REFERENCE}'")
                )
    for text_id in sorted(ENGINE_TEXTS - reference_ids):
        problems.append(FlowProblem(str(root / REFERENCE), text_id, "engine text missing"))
    return problems
