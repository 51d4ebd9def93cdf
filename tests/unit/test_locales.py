"""Every locale says everything English says, with the same variables, in its own words."""

from __future__ import annotations

import re
import typing
from functools import cache
from pathlib import Path

import pytest
import yaml
from babel import Locale
from fluent.runtime import FluentBundle, FluentResource
from fluent.syntax import FluentParser, ast
from fluent.syntax.serializer import serialize_pattern
from fluent.syntax.visitor import Visitor

from bot.channels.telegram.profile import COMMANDS
from bot.channels.web.page import PAGE_TEXTS
from bot.config import EmergencyNumber, EmergencySettings, Settings
from bot.core.engine import ENGINE_TEXTS
from bot.core.texts import Text
from bot.i18n import LOCALES, REFERENCE, locale_files
from bot.services.conversations import SERVICE_TEXTS
from bot.services.danger import DANGER_TEXTS
from bot.wiring import conversation_context

ROOT = Path(__file__).resolve().parents[2]
LOCALES_DIR = ROOT / "locales"
FLOW_FILE = ROOT / "dialogs" / "start.yaml"
TRANSLATIONS = [loc for loc in LOCALES if loc != REFERENCE]
SAME_IN_EVERY_LOCALE = re.compile(
    r"^(language-name-.+|emergency-number-line|place-.+|web-title"
    r"|card-(title|why|address|map|phone|hours|fees)|emergency-service-title|relay-staff-says)$"
)
"""Only symbols and variables, or names written alike (Tbilisi in Azerbaijani and English)."""
PREFIX_IDS = (
    "emergency-kind-",
    "report-dimension-",
    "language-name-",
    "command-",
    "bot-description",
    "bot-short-description",
    "staff-take",
    "staff-transfer",
    "staff-close",
    "reason-",
    "place-",
    "curator-status-",
    "curator-ask-",
    "curator-field-",
    "curator-day-",
    "curator-hours-",
)
"""Ids the code builds from a prefix and a value (``f"emergency-kind-{kind}"``,
``f"staff-{action}"``, ``f"reason-{kind}"``, ``f"place-{city}"``)."""
CLDR_CATEGORIES = frozenset({"zero", "one", "two", "few", "many", "other"})


@cache
def resource(locale: str) -> ast.Resource:
    """Every Fluent file of the locale as one resource (files only split the work)."""
    source = "\n".join(p.read_text("utf-8") for p in locale_files(LOCALES_DIR, locale))
    return FluentParser().parse(source)


def messages(locale: str) -> dict[str, ast.Message]:
    return {e.id.name: e for e in resource(locale).body if isinstance(e, ast.Message)}


class _Collect(Visitor):  # type: ignore[misc]
    def __init__(self) -> None:
        super().__init__()
        self.variables: set[str] = set()
        self.selects: list[ast.SelectExpression] = []

    def visit_VariableReference(self, node: ast.VariableReference) -> None:
        self.variables.add(node.id.name)
        self.generic_visit(node)

    def visit_SelectExpression(self, node: ast.SelectExpression) -> None:
        self.selects.append(node)
        self.generic_visit(node)


def collect(node: ast.BaseNode) -> _Collect:
    visitor = _Collect()
    visitor.visit(node)
    return visitor


def plural_gaps(message: ast.Message, locale: str) -> set[str]:
    """CLDR categories of the locale that a numeric selector of the message has no variant for."""
    needed = set(Locale.parse(locale).plural_form.tags) | {"other"}
    gaps: set[str] = set()
    for select in collect(message).selects:
        keys = {
            v.key.name if isinstance(v.key, ast.Identifier) else v.key.value
            for v in select.variants
        }
        by_function = (
            isinstance(select.selector, ast.FunctionReference)
            and select.selector.id.name == "NUMBER"
        )
        numeric = any(isinstance(v.key, ast.NumberLiteral) for v in select.variants)
        if by_function or numeric or keys & (CLDR_CATEGORIES - {"other"}):
            gaps |= needed - keys
    return gaps


@pytest.mark.parametrize("locale", LOCALES)
def test_locale_file_parses_without_junk(locale: str) -> None:
    junk = [e for e in resource(locale).body if isinstance(e, ast.Junk)]
    assert junk == [], [j.content for j in junk]


@pytest.mark.parametrize("locale", TRANSLATIONS)
def test_locale_has_exactly_the_english_message_ids(locale: str) -> None:
    assert set(messages(locale)) == set(messages(REFERENCE))


@pytest.mark.parametrize("locale", TRANSLATIONS)
def test_locale_uses_the_english_variables_in_every_message(locale: str) -> None:
    english = messages(REFERENCE)
    differing = {
        text_id: (collect(message).variables, collect(english[text_id]).variables)
        for text_id, message in messages(locale).items()
        if text_id in english and collect(message).variables != collect(english[text_id]).variables
    }
    assert differing == {}


@pytest.mark.parametrize("locale", LOCALES)
def test_no_message_is_empty(locale: str) -> None:
    empty = [
        text_id
        for text_id, message in messages(locale).items()
        if message.value is None or not serialize_pattern(message.value).strip()
    ]
    assert empty == []


@pytest.mark.parametrize("locale", LOCALES)
def test_every_message_formats_without_errors(locale: str) -> None:
    bundle = FluentBundle([locale], use_isolating=False)
    for path in locale_files(LOCALES_DIR, locale):
        bundle.add_resource(FluentResource(path.read_text("utf-8")))
    failures = {}
    for text_id, message in messages(locale).items():
        args = {name: f"<{name}>" for name in collect(message).variables}
        result, errors = bundle.format_pattern(bundle.get_message(text_id).value, args)
        shown = printed_variables(message)  # a variable that only selects a variant is not shown
        missing = [value for name, value in args.items() if name in shown and value not in result]
        if errors or missing or not result.strip():
            failures[text_id] = (errors, missing)
    assert failures == {}


def printed_variables(message: ast.Message) -> set[str]:
    names: set[str] = set()

    class Printed(Visitor):
        def visit_Placeable(self, node: ast.Placeable) -> None:
            if isinstance(node.expression, ast.VariableReference):
                names.add(node.expression.id.name)
            self.generic_visit(node)

        def visit_SelectExpression(self, node: ast.SelectExpression) -> None:
            for variant in node.variants:
                self.visit(variant)

    Printed().visit(message)
    return names


@pytest.mark.parametrize("locale", LOCALES)
def test_plural_selectors_cover_every_category_of_the_locale(locale: str) -> None:
    gaps = {
        text_id: gap for text_id, m in messages(locale).items() if (gap := plural_gaps(m, locale))
    }
    assert gaps == {}


def test_plural_check_notices_a_missing_category() -> None:
    source = "files = { $count ->\n    [one] { $count } файл\n   *[other] { $count } файлов\n}\n"
    (message,) = FluentParser().parse(source).body
    assert plural_gaps(message, "ru") == {"few", "many"}
    assert plural_gaps(message, "en") == set()


@pytest.mark.parametrize("locale", TRANSLATIONS)
def test_translation_is_not_an_english_copy(locale: str) -> None:
    english = messages(REFERENCE)
    copied = [
        text_id
        for text_id, message in messages(locale).items()
        if not SAME_IN_EVERY_LOCALE.match(text_id)
        and text_id in english
        and serialize_pattern(message.value) == serialize_pattern(english[text_id].value)
    ]
    assert copied == []


@pytest.mark.parametrize("locale", TRANSLATIONS)
def test_language_names_are_the_same_in_every_locale(locale: str) -> None:
    def names(loc: str) -> dict[str, str]:
        return {
            text_id: serialize_pattern(m.value)
            for text_id, m in messages(loc).items()
            if text_id.startswith("language-name-")
        }

    assert names(locale) == names(REFERENCE)
    assert set(names(REFERENCE)) == {f"language-name-{code}" for code in LOCALES}


def flow_text_ids() -> set[str]:
    data = yaml.safe_load(FLOW_FILE.read_text("utf-8"))
    ids: set[str] = set()
    for step in data["steps"].values():
        ids.add(step["say"])
        if isinstance(step.get("choices"), list):
            ids.update(choice["label"] for choice in step["choices"])
    return ids


def text_ids_in(value: object) -> set[str]:
    if isinstance(value, Text):
        return {value.id} | set().union(*(text_ids_in(v) for v in value.args.values()))
    if isinstance(value, tuple):
        return set().union(*(text_ids_in(v) for v in value))
    return set()


def emergency_text_ids() -> set[str]:
    kinds = typing.get_args(EmergencyNumber.model_fields["kind"].annotation)
    assert kinds, "EmergencyNumber.kind should list its allowed values"
    numbers = [EmergencyNumber(kind=kind, number="112") for kind in kinds]
    settings = Settings.model_construct(emergency=EmergencySettings(numbers=numbers))
    context = conversation_context(settings)
    return set().union(*(text_ids_in(value) for value in context.values()))


@pytest.mark.parametrize(
    ("user", "ids"),
    [
        pytest.param("dialogs/start.yaml", flow_text_ids(), id="flow"),
        pytest.param("bot/core/engine.py", set(ENGINE_TEXTS), id="engine"),
        pytest.param("bot/services/conversations.py", set(SERVICE_TEXTS), id="conversations"),
        pytest.param("bot/services/danger.py", set(DANGER_TEXTS), id="danger route"),
        pytest.param(
            "bot/channels/telegram/profile.py",
            {f"command-{c}" for c in COMMANDS}
            | {
                f"bot-{kind}{suffix}"
                for kind in ("description", "short-description")
                for suffix in ("", "-neutral")
            },
            id="bot profile",
        ),
        pytest.param("bot/wiring.py", emergency_text_ids(), id="emergency numbers"),
        pytest.param("bot/channels/web/page.py", set(PAGE_TEXTS), id="web page"),
        pytest.param("bot/core/engine.py", {f"language-name-{c}" for c in LOCALES}, id="languages"),
    ],
)
def test_every_text_the_code_uses_exists_in_english(user: str, ids: set[str]) -> None:
    assert ids
    assert ids - set(messages(REFERENCE)) == set(), f"used by {user}"


def test_emergency_kinds_each_have_a_text() -> None:
    kinds = typing.get_args(EmergencyNumber.model_fields["kind"].annotation)
    assert {f"emergency-kind-{kind}" for kind in kinds} <= emergency_text_ids()


def repository_text() -> str:
    files = [p for p in (ROOT / "bot").rglob("*") if p.is_file() and p.suffix != ".pyc"]
    files += list((ROOT / "dialogs").rglob("*.yaml"))
    return "\n".join(p.read_text("utf-8", errors="replace") for p in files)


def test_every_english_text_is_used_somewhere() -> None:
    text = repository_text()
    unused = []
    for text_id in messages(REFERENCE):
        prefix = next((p for p in PREFIX_IDS if text_id.startswith(p)), None)
        needle = re.escape(prefix) if prefix else re.escape(text_id) + r"(?![\w-])"
        if not re.search(r"(?<![\w-])" + needle, text):
            unused.append(text_id)
    assert unused == []
