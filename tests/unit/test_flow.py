"""Flows are data: loaded and checked as a whole, every problem named with its file and step."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.core.checks import check_flow
from bot.core.flow import FlowError, parse_flow
from bot.dialogs import ACTIONS, CONTEXT_NAMES, FLOW_FILE, load_dialogs
from bot.i18n import LOCALES, message_ids
from tests.conftest import EXAMPLE_PLACE_TREE, EXAMPLE_PLACES

ROOT = Path(__file__).resolve().parents[2]
DIALOGS = ROOT / "dialogs"
LOCALES_DIR = ROOT / "locales"

Copy = tuple[Path, Path]


def problems_of(dialogs: Path, locales: Path) -> list[str]:
    with pytest.raises(FlowError) as caught:
        load_dialogs(dialogs, locales, LOCALES, EXAMPLE_PLACE_TREE)
    return [str(p) for p in caught.value.problems]


def rewrite(path: Path, old: str, new: str) -> None:
    source = path.read_text("utf-8")
    assert old in source, f"{old!r} not in {path}"
    path.write_text(source.replace(old, new, 1), "utf-8")


REAL_FIELDS = load_dialogs(DIALOGS, LOCALES_DIR, LOCALES, EXAMPLE_PLACE_TREE).answer_fields


def real_flow_data() -> dict[str, Any]:
    data = yaml.safe_load((DIALOGS / FLOW_FILE).read_text("utf-8"))
    assert isinstance(data, dict)
    return data


def test_real_dialogs_and_locales_load_without_problems() -> None:
    loaded = load_dialogs(DIALOGS, LOCALES_DIR, LOCALES, EXAMPLE_PLACE_TREE)
    assert loaded.flow.first in loaded.flow.steps
    assert loaded.flow.menu in loaded.flow.steps
    assert loaded.answer_fields["in_danger"] == ["yes", "no"]
    assert loaded.answer_fields["city"] == sorted(EXAMPLE_PLACES)  # "city: places"


def test_real_flow_passes_every_check() -> None:
    flow = parse_flow(real_flow_data(), "start.yaml", LOCALES)
    problems = check_flow(
        flow,
        "start.yaml",
        message_ids(LOCALES_DIR),
        REAL_FIELDS,
        CONTEXT_NAMES,
        ACTIONS,
    )
    assert problems == []


def test_unknown_step_target_is_reported_with_file_and_step(editable_copy: Copy) -> None:
    dialogs, locales = editable_copy
    rewrite(dialogs / FLOW_FILE, "next: ask-danger", "next: ask-dangr")
    problems = problems_of(dialogs, locales)
    assert f"{dialogs / FLOW_FILE}: step 'privacy-note': unknown step 'ask-dangr'" in problems


def test_unknown_first_step_is_reported(editable_copy: Copy) -> None:
    dialogs, locales = editable_copy
    rewrite(dialogs / FLOW_FILE, "first: choose-language", "first: choose-lang")
    problems = problems_of(dialogs, locales)
    assert f"{dialogs / FLOW_FILE}: first: unknown step 'choose-lang'" in problems


def test_unknown_talk_step_is_reported(editable_copy: Copy) -> None:
    dialogs, locales = editable_copy
    rewrite(dialogs / FLOW_FILE, "talk: talking", "talk: talk-to-me")
    problems = problems_of(dialogs, locales)
    assert f"{dialogs / FLOW_FILE}: talk: unknown step 'talk-to-me'" in problems


def test_unreachable_step_is_reported(editable_copy: Copy) -> None:
    dialogs, locales = editable_copy
    path = dialogs / FLOW_FILE
    path.write_text(path.read_text("utf-8") + "\n  forgotten:\n    say: menu-title\n", "utf-8")
    problems = problems_of(dialogs, locales)
    assert f"{path}: step 'forgotten': unreachable from the first step" in problems


def test_all_problems_are_reported_together(editable_copy: Copy) -> None:
    dialogs, locales = editable_copy
    path = dialogs / FLOW_FILE
    rewrite(path, "next: menu-count-me", "next: nowhere")
    rewrite(path, "say: rights-choose-topic", "say: menu-know-rights-later")
    problems = problems_of(dialogs, locales)
    assert any("unknown step 'nowhere'" in p for p in problems)
    assert any("unreachable" in p for p in problems)
    assert any("menu-know-rights-later" in p for p in problems)


def test_text_missing_in_one_locale_is_reported_naming_the_locale(editable_copy: Copy) -> None:
    dialogs, locales = editable_copy
    ftl = locales / "hy" / "gza.ftl"
    lines = ftl.read_text("utf-8").splitlines(keepends=True)
    ftl.write_text("".join(x for x in lines if not x.startswith("start-ask-danger ")), "utf-8")
    problems = problems_of(dialogs, locales)
    assert (
        f"{dialogs / FLOW_FILE}: step 'ask-danger': "
        "text 'start-ask-danger' is missing in locale 'hy'"
    ) in problems
    assert f"{ftl}: start-ask-danger: message missing in locale 'hy'" in problems
    assert not any("locale 'ru'" in p for p in problems)


def test_a_feature_file_is_read_and_checked_in_every_locale(editable_copy: Copy) -> None:
    dialogs, locales = editable_copy
    for locale in LOCALES:
        if locale != "uk":
            (locales / locale / "extra.ftl").write_text("extra-hello = Hello\n", "utf-8")
    (locales / "en" / "extra.ftl").write_text("extra-hello = Hello\nextra-bye = Bye\n", "utf-8")
    problems = problems_of(dialogs, locales)
    assert f"{locales / 'uk' / 'extra.ftl'}: file: missing locale file" in problems
    assert f"{locales / 'ka' / 'extra.ftl'}: extra-bye: message missing in locale 'ka'" in problems
    assert not any("extra-hello" in p for p in problems)
    assert "extra-hello" in message_ids(locales)["ka"]


def test_text_no_locale_has_is_reported_for_every_locale(editable_copy: Copy) -> None:
    dialogs, locales = editable_copy
    rewrite(dialogs / FLOW_FILE, "label: start-privacy-ok", "label: start-privacy-okay")
    problems = problems_of(dialogs, locales)
    missing = [p for p in problems if "'start-privacy-okay' is missing" in p]
    assert len(missing) == len(LOCALES)


def test_stored_answer_outside_the_allowed_fields_is_reported(editable_copy: Copy) -> None:
    dialogs, locales = editable_copy
    rewrite(dialogs / FLOW_FILE, 'store: { in_danger: "no" }', 'store: { mood: "no" }')
    problems = problems_of(dialogs, locales)
    assert (
        f"{dialogs / FLOW_FILE}: step 'ask-danger': "
        "stores 'mood', which is not an allowed screening field"
    ) in problems


def test_stored_value_not_allowed_for_its_field_is_reported(editable_copy: Copy) -> None:
    dialogs, locales = editable_copy
    rewrite(dialogs / FLOW_FILE, 'store: { in_danger: "yes" }', 'store: { in_danger: "maybe" }')
    problems = problems_of(dialogs, locales)
    assert any(
        p.startswith(f"{dialogs / FLOW_FILE}: step 'ask-danger': stores 'in_danger: maybe'")
        for p in problems
    )


def test_unquoted_yes_as_a_choice_id_is_reported(editable_copy: Copy) -> None:
    dialogs, locales = editable_copy
    rewrite(dialogs / FLOW_FILE, 'id: "yes"', "id: yes")
    problems = problems_of(dialogs, locales)
    assert f"{dialogs / FLOW_FILE}: step 'ask-danger' choice 1: missing or not text: id" in (
        problems
    )


def test_unquoted_yes_as_a_stored_value_is_reported(editable_copy: Copy) -> None:
    dialogs, locales = editable_copy
    rewrite(dialogs / FLOW_FILE, 'store: { in_danger: "yes" }', "store: { in_danger: yes }")
    problems = problems_of(dialogs, locales)
    assert any(
        p.startswith(f"{dialogs / FLOW_FILE}: step 'ask-danger' choice 1: 'store'")
        and "quote yes/no" in p
        for p in problems
    )


def test_fluent_syntax_error_is_reported_with_its_line(editable_copy: Copy) -> None:
    dialogs, locales = editable_copy
    ftl = locales / "uk" / "gza.ftl"
    source = ftl.read_text("utf-8")
    broken_line = source.count("\n") + 1
    ftl.write_text(source + "this line has no equals sign\n", "utf-8")
    problems = problems_of(dialogs, locales)
    assert any(p.startswith(f"{ftl}: line {broken_line}: Fluent syntax error") for p in problems), (
        problems
    )


def test_yaml_syntax_error_is_reported_with_its_line(editable_copy: Copy) -> None:
    dialogs, locales = editable_copy
    path = dialogs / FLOW_FILE
    path.write_text("flow: start\nsteps: [unclosed\n", "utf-8")
    problems = problems_of(dialogs, locales)
    assert len(problems) == 1
    assert problems[0].startswith(f"{path}: line ")
    assert "YAML error" in problems[0]


def test_missing_flow_file_is_reported(editable_copy: Copy) -> None:
    dialogs, locales = editable_copy
    (dialogs / FLOW_FILE).unlink()
    assert problems_of(dialogs, locales) == [f"{dialogs / FLOW_FILE}: file: not found"]


def test_step_using_a_value_gza_does_not_provide_is_reported(editable_copy: Copy) -> None:
    dialogs, locales = editable_copy
    rewrite(dialogs / FLOW_FILE, "uses: [emergency_numbers]", "uses: [home_address]")
    problems = problems_of(dialogs, locales)
    assert (
        f"{dialogs / FLOW_FILE}: step 'emergency': uses 'home_address', which Gza does not provide"
    ) in problems


def test_a_choice_offered_on_a_value_gza_does_not_provide_is_reported() -> None:
    data = real_flow_data()
    data["steps"]["menu"]["choices"][0]["when"] = {"religion": "any"}
    flow = parse_flow(data, "start.yaml", LOCALES)
    problems = check_flow(
        flow, "start.yaml", message_ids(LOCALES_DIR), REAL_FIELDS, CONTEXT_NAMES, ACTIONS
    )
    assert [str(p) for p in problems] == [
        "start.yaml: step 'menu': offers 'find' when 'religion', which Gza does not provide"
    ]


def test_step_name_too_long_for_a_button_payload_is_reported() -> None:
    data = real_flow_data()
    long_name = "x" * 41
    data["steps"][long_name] = {"say": "menu-title"}
    data["steps"]["menu"]["choices"].append({"id": "x", "label": "menu-title", "next": long_name})
    flow = parse_flow(data, "start.yaml", LOCALES)
    problems = check_flow(
        flow,
        "start.yaml",
        message_ids(LOCALES_DIR),
        REAL_FIELDS,
        CONTEXT_NAMES,
        ACTIONS,
    )
    assert [str(p) for p in problems] == [
        f"start.yaml: step '{long_name}': step names must be at most 40 characters"
    ]


@pytest.mark.parametrize(
    ("choice", "complaint"),
    [
        pytest.param({"id": "a|b", "label": "l", "next": "menu"}, "without '|'", id="pipe"),
        pytest.param({"id": "x" * 24, "label": "l", "next": "menu"}, "23 characters", id="long"),
        pytest.param({"id": "a", "next": "menu"}, "missing or not text: label", id="no label"),
        pytest.param(
            {"id": "a", "label": "l", "next": "menu", "when": ["GE"]}, "'when' must map", id="when"
        ),
    ],
)
def test_bad_choice_is_reported(choice: dict[str, str], complaint: str) -> None:
    data = real_flow_data()
    data["steps"]["menu"]["choices"].append(choice)
    with pytest.raises(FlowError) as caught:
        parse_flow(data, "start.yaml", LOCALES)
    assert any(
        p.where.startswith("step 'menu' choice") and complaint in p.message
        for p in caught.value.problems
    )


def test_two_choices_sharing_an_id_are_reported() -> None:
    data = real_flow_data()
    data["steps"]["menu"]["choices"].append({"id": "find", "label": "l", "next": "menu"})
    with pytest.raises(FlowError, match="step 'menu': two choices share an id"):
        parse_flow(data, "start.yaml", LOCALES)


def test_unknown_step_key_is_reported() -> None:
    data = real_flow_data()
    data["steps"]["menu"]["sya"] = "typo"
    with pytest.raises(FlowError, match="step 'menu': unknown keys: sya"):
        parse_flow(data, "start.yaml", LOCALES)


def test_flow_that_is_not_a_mapping_is_refused() -> None:
    with pytest.raises(FlowError, match=r"start\.yaml: file: expected a mapping"):
        parse_flow(["not", "a", "flow"], "start.yaml", LOCALES)
