"""The YAML writer: what it writes is what ``files.load_directory`` reads back, and a curator
can read it (block style, quoted hours in the curators' notation, terms on one line)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from referral_directory.files import DirectoryError, load_directory
from referral_directory.formats import detect_format, read_directory, write_directory
from referral_directory.generate import generate_directory
from referral_directory.hours import WeeklyHours, parse_hours
from referral_directory.model import Directory
from referral_directory.places import Places
from referral_directory.yaml_out import hours_data
from tests.conftest import EXAMPLE_DIRECTORY


@pytest.fixture(scope="module")
def example() -> Directory:
    return load_directory(EXAMPLE_DIRECTORY)


def in_file_order(directory: Directory) -> Directory:
    """The loader reads organizations/<id>.yaml in file-name order, which is not always id order
    ("a-b.yaml" sorts before "a.yaml"): compare in that order."""
    organizations = sorted(directory.organizations, key=lambda org: f"{org.id}.yaml")
    return replace(directory, organizations=tuple(organizations))


def test_example_directory_round_trips_exactly(tmp_path: Path, example: Directory) -> None:
    write_directory(example, tmp_path / "out", "yaml")

    assert load_directory(tmp_path / "out") == in_file_order(example)


def test_a_thousand_generated_services_round_trip_exactly(tmp_path: Path) -> None:
    """A thousand, not ten: PyYAML in pure Python reads 10,000 services in about 16 s."""
    directory = generate_directory(1_000, seed=3)

    write_directory(directory, tmp_path / "out", "yaml")

    reading = read_directory(tmp_path / "out", directory.places, "yaml")
    assert reading.directory == in_file_order(directory)


def test_output_is_what_a_curator_writes(tmp_path: Path, example: Directory) -> None:
    write_directory(example, tmp_path / "out", "yaml")

    text = (tmp_path / "out" / "organizations" / "example-kutaisi-open-door.yaml").read_text()

    assert text.startswith("# EXAMPLE DATA")
    assert "\nid: example-kutaisi-open-door\nexample: true\nname:\n  en: Open Door" in text
    assert "    needs: [legal, documents_police]\n" in text
    assert '    phones:\n      - "+995 000 00 05 01"\n' in text
    assert '    hours:\n      mon-fri: "10:00-18:00"\n' in text
    assert "юридическая" in text.lower()  # allow_unicode: no \\u escapes


@pytest.mark.parametrize(
    ("curators", "written"),
    [
        ({"daily": "24h"}, {"daily": "24h"}),
        ({"mon-fri": "10:00-13:00, 14:00-18:00", "sat": "closed"},
         {"mon-fri": "10:00-13:00, 14:00-18:00"}),
        ({"mon": "9:00-12:00", "wed": "9:00-12:00", "fri": "20:00-24:00"},
         {"mon": "09:00-12:00", "wed": "09:00-12:00", "fri": "20:00-24:00"}),
        ({"mon-sun": "08:00-20:00"}, {"daily": "08:00-20:00"}),
        ({}, {}),
    ],
)  # fmt: skip
def test_hours_are_written_as_day_ranges(curators: dict[str, str], written: dict[str, str]) -> None:
    hours = parse_hours(curators)

    assert hours_data(hours) == written
    assert parse_hours(hours_data(hours)) == hours


def test_by_appointment_only_and_no_hours_stay_different(
    tmp_path: Path, example: Directory
) -> None:
    org = example.organizations[0]
    appointment = replace(org.services[0], hours=WeeklyHours(tuple(() for _ in range(7))))
    unknown = replace(org.services[1], hours=None)
    changed = replace(org, services=(appointment, unknown, *org.services[2:]))
    directory = replace(example, organizations=(changed,))

    write_directory(directory, tmp_path / "out", "yaml")

    assert load_directory(tmp_path / "out") == directory


def test_detects_a_yaml_folder_and_reads_its_own_places(tmp_path: Path, example: Directory) -> None:
    write_directory(example, tmp_path / "out", "yaml")

    reading = read_directory(tmp_path / "out", Places({}))

    assert detect_format(tmp_path / "out") == "yaml"
    assert reading.directory.places == example.places
    assert reading.notes == (
        f"places.yaml: {len(example.places.by_id)} places; organizations/: "
        f"{len(example.organizations)} organizations with {len(example.services())} services",
    )


def test_writing_into_a_folder_that_has_files_is_refused(
    tmp_path: Path, example: Directory
) -> None:
    (tmp_path / "old.txt").write_text("an older export")

    with pytest.raises(FileExistsError):
        write_directory(example, tmp_path, "yaml")


def test_a_folder_of_no_known_format_is_a_problem(tmp_path: Path, example: Directory) -> None:
    with pytest.raises(DirectoryError) as caught:
        read_directory(tmp_path, example.places)

    assert detect_format(tmp_path) is None
    assert "cannot tell the format" in str(caught.value)
