"""The directory's YAML files: the example loads, and every mistake a curator can make is
reported precisely (file, record, field), all of them at once. Opening hours: what the parser
accepts, refuses, and gives back."""

from __future__ import annotations

import copy
import itertools
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from referral_directory.files import DirectoryError, DirectoryProblem, load_directory
from referral_directory.generate import georgian_places
from referral_directory.hours import WEEKDAYS, HoursError, WeeklyHours, parse_hours
from referral_directory.taxonomy import NEEDS

EXAMPLE = Path(__file__).resolve().parents[2] / "referral_directory" / "example"

ORGANIZATION: dict[str, Any] = {
    "id": "test-org",
    "name": {"en": "Test organization", "ka": "სატესტო ორგანიზაცია"},
    "description": {"en": "An organization for tests."},
    "locations": [
        {"id": "test-office", "city": "tbilisi", "latitude": 41.72, "longitude": 44.78},
    ],
    "services": [
        {
            "id": "test-legal",
            "name": {"en": "Legal advice"},
            "description": {"en": "Free legal advice."},
            "needs": ["legal"],
            "languages": ["ka", "ru"],
            "free": True,
            "assured_date": "2026-10-01",
            "phones": ["+995 000 00 99 01"],
            "hours": {"mon-fri": "10:00-13:00, 14:00-18:00", "sat": "closed"},
            "locations": ["test-office"],
        }
    ],
}


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A directory folder with the example cities and no organizations yet."""
    shutil.copy(EXAMPLE / "places.yaml", tmp_path / "places.yaml")
    (tmp_path / "organizations").mkdir()
    return tmp_path


def organization(**changes: Any) -> dict[str, Any]:
    """The valid test organization with top-level fields changed (None: removed)."""
    data = copy.deepcopy(ORGANIZATION)
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


def with_service(**changes: Any) -> dict[str, Any]:
    """The valid test organization with fields of its service changed (None: removed)."""
    data = organization()
    data["services"][0].update(changes)
    data["services"][0] = {k: v for k, v in data["services"][0].items() if v is not None}
    return data


def write(folder: Path, name: str, data: dict[str, Any] | str, bom: bool = False) -> str:
    text = data if isinstance(data, str) else yaml.safe_dump(data, allow_unicode=True)
    path = folder / "organizations" / name
    path.write_text(("\ufeff" if bom else "") + text, encoding="utf-8")
    return str(path)


def problems(folder: Path) -> tuple[DirectoryProblem, ...]:
    with pytest.raises(DirectoryError) as caught:
        load_directory(folder)
    return caught.value.problems


def only_problem(folder: Path) -> DirectoryProblem:
    (problem,) = problems(folder)
    return problem


SERVICE = "service 'test-legal'"


def test_the_example_directory_loads_and_is_marked_as_example_or_public_to_verify() -> None:
    directory = load_directory(EXAMPLE)
    assert directory.organizations and directory.services()
    for org in directory.organizations:
        if not org.example:  # public services, copied from the sources the file names
            text = (EXAMPLE / "organizations" / f"{org.id}.yaml").read_text("utf-8")
            assert org.id.startswith("public-") and "# PUBLIC: verify before deploying" in text
            assert "# Sources:" in text or "# Source:" in text
            assert all("+995 000" not in p.number for s in org.services for p in s.phones)
    for _, service in directory.services():
        assert service.needs and service.languages


def test_the_generated_directories_use_the_example_cities() -> None:
    example = load_directory(EXAMPLE).places.by_id
    for place in georgian_places().by_id.values():
        assert (place.name, place.centre) == (example[place.id].name, example[place.id].centre)


def test_a_valid_organization_file_loads_with_its_hours_and_location(folder: Path) -> None:
    write(folder, "test.yaml", organization())
    (org,) = load_directory(folder).organizations
    (service,) = org.services
    assert service.hours is not None
    assert service.hours.as_mapping()["mon"] == "10:00-13:00, 14:00-18:00"
    assert "sat" not in service.hours.as_mapping()
    assert service.location_ids == ("test-office",) and org.locations[0].city == "tbilisi"


def test_a_file_starting_with_a_utf8_byte_order_mark_still_loads(folder: Path) -> None:
    write(folder, "test.yaml", organization(), bom=True)
    (org,) = load_directory(folder).organizations
    assert org.name["ka"] == "სატესტო ორგანიზაცია"


def test_an_unknown_need_is_reported_against_its_file_service_and_field(folder: Path) -> None:
    path = write(folder, "test.yaml", with_service(needs=["legal", "haircut"]))
    known = ", ".join(NEEDS)
    message = f"unknown value 'haircut' (known: {known})"
    assert only_problem(folder) == DirectoryProblem(path, SERVICE, "needs", message)


def test_an_unknown_city_is_reported_against_its_location(folder: Path) -> None:
    data = organization()
    data["locations"][0]["city"] = "borjomi"
    path = write(folder, "test.yaml", data)
    message = "unknown city 'borjomi' (add it to places.yaml first)"
    expected = DirectoryProblem(path, "location 'test-office'", "city", message)
    assert only_problem(folder) == expected


def test_a_bad_phone_number_is_reported(folder: Path) -> None:
    path = write(folder, "test.yaml", with_service(phones=["call us"]))
    message = "'call us' is not a phone number (digits, spaces, + ( ) -)"
    assert only_problem(folder) == DirectoryProblem(path, SERVICE, "phones", message)


@pytest.mark.parametrize(
    ("hours", "message"),
    [
        ({"mon": "25:00-26:00"}, "'25:00-26:00' is not a time of day"),
        ({"mon": "10:60-12:00"}, "'10:60-12:00' is not a time of day"),
        ({"mon": "18:00-10:00"}, "'18:00-10:00' closes before it opens (past midnight: split it)"),
        ({"mon": "10:00-14:00, 13:00-18:00"}, "overlapping hours 10:00-14:00 and 13:00-18:00"),
        (
            {"mon-fri": "10:00-14:00", "mon": "12:00-16:00"},
            "overlapping hours 10:00-14:00 and 12:00-16:00",
        ),
        ({"mon": "10-18"}, "cannot read '10-18': write it like 10:00-18:00"),
        (
            {"fri-mon": "10:00-18:00"},
            "unknown day 'fri-mon': use mon..sun, a range like mon-fri, or daily",
        ),
        ({"mon": 600}, 'write each line as day: "10:00-18:00" (in quotes)'),
        ("always", 'expected lines like mon-fri: "10:00-18:00"'),
    ],
)  # fmt: skip
def test_bad_opening_hours_are_reported_with_what_to_write(
    folder: Path, hours: Any, message: str
) -> None:
    path = write(folder, "test.yaml", with_service(hours=hours))
    assert only_problem(folder) == DirectoryProblem(path, SERVICE, "hours", message)


def test_a_missing_assured_date_is_reported(folder: Path) -> None:
    path = write(folder, "test.yaml", with_service(assured_date=None))
    message = "required: a date like 2026-10-31"
    assert only_problem(folder) == DirectoryProblem(path, SERVICE, "assured_date", message)


def test_a_date_that_does_not_exist_is_reported_against_its_field(folder: Path) -> None:
    text = yaml.safe_dump(with_service()).replace("'2026-10-01'", "2026-02-30")
    path = write(folder, "test.yaml", text)
    expected = DirectoryProblem(path, SERVICE, "assured_date", "expected a date")
    assert only_problem(folder) == expected


def test_a_service_id_used_in_two_files_names_the_other_file(folder: Path) -> None:
    first = write(folder, "a.yaml", organization())
    other = organization(id="other-org")
    other["locations"][0]["id"] = "other-office"
    other["services"][0]["locations"] = ["other-office"]
    second = write(folder, "b.yaml", other)
    message = f"duplicate id, also used in {first}"
    assert only_problem(folder) == DirectoryProblem(second, SERVICE, "id", message)


def test_a_service_at_a_location_the_organization_does_not_have_is_reported(
    folder: Path,
) -> None:
    path = write(folder, "test.yaml", with_service(locations=["test-office", "nowhere"]))
    message = "no location 'nowhere' in this organization"
    assert only_problem(folder) == DirectoryProblem(path, SERVICE, "locations", message)


def test_an_unknown_field_is_reported_with_the_known_ones(folder: Path) -> None:
    path = write(folder, "test.yaml", with_service(colour="purple"))
    problem = only_problem(folder)
    assert (problem.file, problem.record, problem.field) == (path, SERVICE, "colour")
    assert problem.message.startswith("unknown field (known: accessibility, anonymous,")


def test_a_yaml_syntax_error_is_reported_with_its_line(folder: Path) -> None:
    text = "id: test-org\nname: {en: Test}\ndescription: [unclosed\nservices: []\n"
    path = write(folder, "test.yaml", text)
    problem = only_problem(folder)
    assert (problem.file, problem.record, problem.field) == (path, "line 4", "")
    # libyaml says "did not find expected", the pure-Python parser "expected": either names it
    assert problem.message.startswith("YAML error: ")
    assert "expected ',' or ']'" in problem.message
    assert str(problem) == f"{path}: line 4: {problem.message}"


def test_an_empty_organization_file_is_reported_not_skipped(folder: Path) -> None:
    path = write(folder, "empty.yaml", "# nothing here yet\n")
    write(folder, "test.yaml", organization())
    assert only_problem(folder) == DirectoryProblem(path, "", "", "empty file")


def test_a_folder_with_no_organization_files_is_reported(folder: Path) -> None:
    problem = only_problem(folder)
    assert problem.message == "no organization files (*.yaml)"


def test_a_timezone_that_is_a_region_not_a_zone_is_reported(folder: Path) -> None:
    places = folder / "places.yaml"
    places.write_text(places.read_text("utf-8").replace("Asia/Tbilisi", "Asia"), "utf-8")
    write(folder, "test.yaml", organization())
    found = problems(folder)
    assert (
        DirectoryProblem(str(places), "place 'tbilisi'", "timezone", "unknown timezone 'Asia'")
        in found
    )


def test_every_problem_in_every_file_is_reported_at_once(folder: Path) -> None:
    first = write(folder, "a.yaml", with_service(needs=["haircut"], phones=["12"], colour="red"))
    other = organization(id="other-org", website=None)
    other["locations"][0].update(id="other-office", city="borjomi")
    other["services"][0].update(id="other-legal", locations=["other-office"], assured_date=None)
    second = write(folder, "b.yaml", other)
    found = {(p.file, p.record, p.field) for p in problems(folder)}
    assert found == {
        (first, SERVICE, "colour"),
        (first, SERVICE, "needs"),
        (first, SERVICE, "phones"),
        (second, "location 'other-office'", "city"),
        (second, "service 'other-legal'", "assured_date"),
    }


# Opening hours


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(st.text(max_size=12), st.text(max_size=30), max_size=4))
def test_reading_hours_from_any_text_fails_only_with_a_curator_message(
    raw: dict[str, str],
) -> None:
    try:
        hours = parse_hours(raw)
    except HoursError as exc:
        assert str(exc)
    else:
        assert parse_hours(hours.as_mapping()) == hours


clock = st.integers(0, 23).flatmap(lambda h: st.tuples(st.just(h), st.integers(0, 59)))
near_miss = st.sampled_from(
    ["mon", "fri", "sat-sun", "Mon-Fri", " daily ", "tue-mon", "weekdays", "sun"]
)
spans = st.lists(
    st.builds(
        lambda a, b, sep: f"{a[0]}:{a[1]:02d}{sep}{b[0]}:{b[1]:02d}",
        clock,
        clock,
        st.sampled_from(["-", " - ", "–"]),
    ),
    min_size=1,
    max_size=3,
).map(", ".join) | st.sampled_from(["closed", "24h", "00:00-24:00", "24:00-24:00", "9:00-9:30"])


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(near_miss, spans, max_size=3))
def test_hours_almost_right_are_read_or_refused_and_read_back_the_same(
    raw: dict[str, str],
) -> None:
    try:
        hours = parse_hours(raw)
    except HoursError as exc:
        assert str(exc)
        return
    again = hours.as_mapping()
    assert parse_hours(again) == hours
    assert set(again) <= set(WEEKDAYS)
    for day in hours.days:
        assert all(0 <= s.opens < s.closes <= 24 * 60 for s in day)
        assert all(a.closes <= b.opens for a, b in itertools.pairwise(day))


def test_hours_read_back_in_the_curators_form() -> None:
    hours = parse_hours({"mon-fri": "10:00-13:00, 14:00-18:00", "sat": "24h", "sun": "closed"})
    assert isinstance(hours, WeeklyHours)
    assert hours.as_mapping() == {
        **{day: "10:00-13:00, 14:00-18:00" for day in WEEKDAYS[:5]},
        "sat": "00:00-24:00",
    }


scalars = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True), st.text(max_size=12)
)
yaml_values = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=12,
)


@settings(max_examples=150, deadline=None)
@given(
    field=st.sampled_from([*ORGANIZATION, *ORGANIZATION["services"][0], "locations"]),
    value=yaml_values,
    in_service=st.booleans(),
)
def test_any_value_in_any_field_loads_or_is_refused_with_curator_messages(
    tmp_path_factory: pytest.TempPathFactory, field: str, value: Any, in_service: bool
) -> None:
    """Curators' files are typed by hand: whatever a field holds, the loader either accepts
    the file or names problems, and never fails in any other way."""
    folder = tmp_path_factory.mktemp("dir")
    shutil.copy(EXAMPLE / "places.yaml", folder / "places.yaml")
    (folder / "organizations").mkdir()
    data = with_service(**{field: value}) if in_service else organization(**{field: value})
    write(folder, "org.yaml", data)
    try:
        load_directory(folder)
    except DirectoryError as exc:
        assert exc.problems and all(p.file.endswith("org.yaml") for p in exc.problems)


def test_a_place_tree_with_a_missing_parent_a_loop_or_a_wider_child_is_reported(
    tmp_path: Path,
) -> None:
    (tmp_path / "organizations").mkdir()
    write(tmp_path, "test.yaml", organization())
    place = {"name": {"en": "x"}, "latitude": 41.7, "longitude": 44.8}
    places = {
        "tbilisi": place,
        "a": {**place, "kind": "municipality", "parent": "b"},
        "b": {**place, "kind": "municipality", "parent": "a"},
        "c": {**place, "parent": "nowhere"},
        "d": {**place, "kind": "region", "parent": "tbilisi"},
    }
    (tmp_path / "places.yaml").write_text(yaml.safe_dump({"places": places}), "utf-8")
    found = {(p.record, p.field, p.message) for p in problems(tmp_path)}
    assert found == {
        ("place 'a'", "parent", "'b' lies inside 'a': a loop"),
        ("place 'b'", "parent", "'a' lies inside 'b': a loop"),
        ("place 'c'", "parent", "no place 'nowhere' (add it to places.yaml first)"),
        ("place 'd'", "parent", "a region cannot lie inside a city"),
    }
