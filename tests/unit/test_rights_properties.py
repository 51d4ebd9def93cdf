"""Property: whatever a topic file holds, checking it never crashes; it yields a topic or the
problems, each naming the file."""

from __future__ import annotations

import copy
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.rights.model import parse_topic
from referral_directory.taxonomy import NEEDS
from tests.unit.test_rights_library import VALID

SCALARS = st.none() | st.booleans() | st.integers() | st.text(max_size=30) | st.dates()
VALUES = st.recursive(
    SCALARS,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)
FIELDS = st.sampled_from(sorted(VALID))


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(FIELDS | st.text(max_size=8) | st.integers(), VALUES, max_size=12))
def test_any_mapping_is_checked_without_crashing(data: dict[Any, Any]) -> None:
    topic, problems = parse_topic(data, "t.yaml", NEEDS)
    assert (topic is None) == bool(problems)
    assert all(str(p).startswith("t.yaml: topic ") for p in problems)


@settings(max_examples=200, deadline=None)
@given(FIELDS, VALUES)
def test_one_field_of_a_valid_topic_replaced_by_anything_is_checked(field: str, value: Any) -> None:
    data = copy.deepcopy(VALID)
    data[field] = value
    topic, problems = parse_topic(data, "t.yaml", NEEDS)
    assert (topic is None) == bool(problems)


@given(VALUES)
def test_anything_at_the_top_of_a_file_is_checked(value: Any) -> None:
    topic, problems = parse_topic(value, "t.yaml", NEEDS)
    assert (topic is None) == bool(problems)


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(["text", "sources"]), VALUES)
def test_a_screen_holding_anything_is_checked(key: str, value: Any) -> None:
    data = copy.deepcopy(VALID)
    data["screens"][0][key] = value
    topic, problems = parse_topic(data, "t.yaml", NEEDS)
    assert (topic is None) == bool(problems)


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(["id", "name", "link", "article"]), VALUES)
def test_a_source_holding_anything_is_checked(key: str, value: Any) -> None:
    data = copy.deepcopy(VALID)
    data["sources"][0][key] = value
    topic, problems = parse_topic(data, "t.yaml", NEEDS)
    assert (topic is None) == bool(problems)
