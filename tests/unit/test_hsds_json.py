"""HSDS 3.0 JSON, one document per service: the official example, exact round trips, validity
against the official schema, and problems named by file, service and JSON path."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator, FormatChecker

from referral_directory.files import DirectoryError, load_directory
from referral_directory.formats import detect_format, read_directory, write_directory
from referral_directory.generate import generate_directory, georgian_places
from referral_directory.hsds_export import export_tables
from referral_directory.hsds_json import documents
from referral_directory.model import Directory
from referral_directory.places import Places
from tests.conftest import EXAMPLE_DIRECTORY

HSDS = Path(__file__).resolve().parents[1] / "fixtures" / "hsds-3.0"
SERVICE_FULL = HSDS / "examples" / "service_full.json"


@pytest.fixture(scope="module")
def example() -> Directory:
    return load_directory(EXAMPLE_DIRECTORY)


@pytest.fixture(scope="module")
def places(example: Directory) -> Places:
    """The deployment's cities: the Georgian ``EXAMPLE_PLACES``, with their names."""
    return Places({k: v for k, v in example.places.by_id.items() if k in georgian_places().by_id})


@pytest.fixture(scope="module")
def validator() -> Draft202012Validator:
    schema = json.loads((HSDS / "schema" / "service_with_definitions.json").read_text("utf-8"))
    return Draft202012Validator(schema, format_checker=FormatChecker())


def in_id_order(directory: Directory) -> Directory:
    """JSON documents have no order (files are named by HSDS id): the reader gives
    organizations by id and services by id within each, so compare in that order."""
    organizations = sorted(
        (replace(org, services=tuple(sorted(org.services, key=lambda s: s.id)))
         for org in directory.organizations),
        key=lambda org: org.id,
    )  # fmt: skip
    return replace(directory, organizations=tuple(organizations))


def one_service(example: Directory) -> dict[str, Any]:
    """The exported document of the example's first service."""
    return documents(export_tables(example))[0][1]


def problems_of(path: Path, places: Places) -> dict[tuple[str, str, str], str]:
    with pytest.raises(DirectoryError) as caught:
        read_directory(path, places, "hsds-json")
    return {(p.file, p.record, p.field): p.message for p in caught.value.problems}


def test_official_service_full_reads_and_notes_say_what_was_left_out(places: Places) -> None:
    reading = read_directory(SERVICE_FULL, places)

    assert reading.directory.organizations == ()
    notes = "\n".join(reading.notes)
    assert (
        "service: 1 object; mapped id, name, description, url, status, fees_description, "
        "assured_date, organization_id; left out: alternate_name, email" in notes
    )
    assert "service.contacts: 1 object left out: Gza does not keep contact people" in notes
    assert "service.cost_options: 1 object left out: Gza keeps only fees_description" in notes
    assert (
        "location: 1 object left out: places outside this directory's countries (GE), e.g. US"
        in notes
    )
    assert "language: 1 object left out: languages Gza does not list, e.g. 'ur'" in notes
    assert (
        "service_full.json: service 'ac148810-d857-441c-9679-408f346de14b' left out: "
        "all its places are outside this directory's countries (GE)" in notes
    )


def test_official_organization_document_with_its_services_reads_too(places: Places) -> None:
    reading = read_directory(HSDS / "examples" / "organization_full.json", places, "hsds-json")

    assert "organization.programs: 1 object left out: Gza does not keep programs" in reading.notes


def test_official_service_moved_to_georgia_maps_its_phone_hours_and_place(
    tmp_path: Path, places: Places
) -> None:
    document = json.loads(SERVICE_FULL.read_text("utf-8"))
    for location in (
        document["organization"]["locations"][0],
        document["service_at_locations"][0]["location"],
    ):
        location.update(latitude=41.7, longitude=44.8)
        location["addresses"][0].update(country="GE", city="Tbilisi")
    document["languages"][0]["code"] = "ka"
    document["attributes"][0].update(link_entity="service")
    document["attributes"][0]["taxonomy_term"].update(code="testing")
    document["attributes"][0]["taxonomy_term"]["taxonomy_detail"]["name"] = "gza-needs"
    (tmp_path / "service.json").write_text(json.dumps(document), "utf-8")

    reading = read_directory(tmp_path / "service.json", places)

    (org,) = reading.directory.organizations
    (service,) = org.services
    assert org.locations[0].city == "tbilisi"
    assert service.location_ids == (org.locations[0].id,)
    assert (service.needs, service.languages) == ({"testing"}, {"ka"})
    assert [phone.number for phone in service.phones] == ["+44 1234 234567"]
    assert service.hours is not None and service.hours.as_mapping() == {
        "thu": "10:00-18:00",
        "fri": "10:00-18:00",
    }


def test_example_directory_round_trips_exactly(tmp_path: Path, example: Directory) -> None:
    write_directory(example, tmp_path / "out", "hsds-json")

    reading = read_directory(tmp_path / "out", example.places, "hsds-json")

    assert reading.directory == in_id_order(example)


def test_ten_thousand_generated_services_round_trip_exactly(tmp_path: Path) -> None:
    directory = generate_directory(10_000, seed=12)
    write_directory(directory, tmp_path / "big", "hsds-json")
    reading = read_directory(tmp_path / "big", directory.places, "hsds-json")

    assert reading.directory == in_id_order(directory)


def test_progress_counts_documents_up_to_a_total_known_up_front(
    tmp_path: Path, example: Directory
) -> None:
    write_directory(example, tmp_path / "out", "hsds-json")
    calls: list[tuple[int, int]] = []

    read_directory(tmp_path / "out", example.places, progress=lambda *c: calls.append(c))

    services = len(example.services())
    assert calls == [(done, services) for done in range(1, services + 1)]


def test_every_exported_document_validates_against_the_official_schema(
    example: Directory, validator: Draft202012Validator
) -> None:
    generated = generate_directory(300, seed=5)
    for directory in (example, generated):
        for service_id, document in documents(export_tables(directory)):
            errors = [error.message for error in validator.iter_errors(document)]
            assert errors == [], service_id


def test_the_schema_check_catches_a_document_that_is_not_hsds(
    example: Directory, validator: Draft202012Validator
) -> None:
    """Proves the check above checks: ids must be UUIDs, the status one of HSDS's."""
    document = one_service(example) | {"id": "tbilisi-legal-aid", "status": "open"}

    assert len(list(validator.iter_errors(document))) == 2


def test_exported_documents_carry_our_ids_and_every_translation(
    tmp_path: Path, example: Directory
) -> None:
    write_directory(example, tmp_path / "out", "hsds-json")
    org, service = example.organizations[0], example.organizations[0].services[0]
    files = sorted((tmp_path / "out" / "services").glob("*.json"))

    found = [json.loads(file.read_text("utf-8")) for file in files]

    document = next(d for d in found if d["x_gza_id"] == service.id)
    assert document["x_translations"]["name"] == dict(service.name)
    assert document["organization"]["x_gza_id"] == org.id
    assert document["organization"]["x_example"] is True
    assert len(files) == len(example.services())


def test_a_single_file_with_a_list_of_services_reads(tmp_path: Path, example: Directory) -> None:
    tables = export_tables(example)
    (tmp_path / "all.json").write_text(json.dumps([d for _, d in documents(tables)]), "utf-8")

    assert detect_format(tmp_path / "all.json") == "hsds-json"
    reading = read_directory(tmp_path / "all.json", example.places)
    assert reading.directory == in_id_order(example)


def test_copies_of_an_organization_that_differ_are_a_problem(
    tmp_path: Path, example: Directory
) -> None:
    """Every document of an organization's services repeats it: an edit in one file only would
    otherwise be ignored."""
    org = next(o for o in example.organizations if len(o.services) > 1)
    write_directory(replace(example, organizations=(org,)), tmp_path / "out", "hsds-json")
    first, second, *_ = sorted((tmp_path / "out" / "services").glob("*.json"))
    document = json.loads(second.read_text("utf-8"))
    document["organization"]["name"] = "Renamed in one file only"
    second.write_text(json.dumps(document), "utf-8")

    problems = problems_of(tmp_path / "out", example.places)

    ((file, record, field),) = problems
    assert (file, field) == (f"services/{second.name}", "organization")
    assert problems[file, record, field].startswith(
        f"differs from the same organization in services/{first.name}"
    )


def test_problems_name_the_file_the_service_and_the_json_path(
    tmp_path: Path, example: Directory
) -> None:
    document = one_service(example)
    document["phones"][0]["number"] = "call us"
    document["organization"]["locations"][0]["addresses"][0]["city"] = "Kutasi"
    document["schedules"][0]["byday"] = "MON"
    del document["name"], document["x_translations"]["name"]
    (tmp_path / "one.json").write_text(json.dumps(document), "utf-8")

    problems = problems_of(tmp_path / "one.json", example.places)

    record = f"service '{document['id']}'"
    assert set(problems) == {
        ("one.json", record, "name"),
        ("one.json", record, "phones[0].number"),
        ("one.json", record, "schedules[0].byday"),
        ("one.json", record, "organization.locations[0].addresses[0].city"),
    }


def test_a_file_that_is_not_json_is_a_problem_not_a_crash(tmp_path: Path, places: Places) -> None:
    (tmp_path / "broken.json").write_text('{"id": "x",', "utf-8")
    (tmp_path / "number.json").write_text("42", "utf-8")

    problems = problems_of(tmp_path, places)

    assert problems[("broken.json", "line 1, column 12", "")].startswith("not valid JSON")
    assert problems[("number.json", "service 1", "")] == "expected a service object"
