"""Properties of the HSDS formats: any directory round-trips through a CSV package, whatever its
texts; and whatever a spreadsheet or a JSON file holds, reading gives a directory or
DirectoryProblems, never another exception."""

from __future__ import annotations

import csv
import json
import tempfile
from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path
from types import MappingProxyType
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from referral_directory.files import DirectoryError
from referral_directory.formats import read_directory, write_directory
from referral_directory.generate import generate_directory
from referral_directory.hsds_export import export_tables
from referral_directory.hsds_json import documents
from referral_directory.model import Directory, Organization
from referral_directory.taxonomy import LANGUAGES

SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SMALL = generate_directory(12, seed=1)

characters = st.characters(exclude_categories=("Cs",))  # lone surrogates cannot be UTF-8
texts = st.text(characters, min_size=1, max_size=30).map(str.strip).filter(bool)
local_texts = st.dictionaries(st.sampled_from(LANGUAGES), texts, min_size=1, max_size=3).map(
    MappingProxyType
)
maybe_texts = st.one_of(st.just(MappingProxyType({})), local_texts)


@st.composite
def directories(draw: st.DrawFn) -> Directory:
    """A generated directory whose every text is drawn: any script, quotes, commas, line
    breaks, control characters (a valid directory's texts are stripped and never empty)."""
    size = draw(st.integers(min_value=1, max_value=10))
    base = generate_directory(size, seed=draw(st.integers(min_value=0, max_value=10**6)))
    return replace(base, organizations=tuple(_texts_drawn(draw, o) for o in base.organizations))


def _texts_drawn(draw: st.DrawFn, org: Organization) -> Organization:
    services = tuple(
        replace(
            service,
            name=draw(local_texts),
            description=draw(local_texts),
            fees_description=draw(maybe_texts),
            phones=tuple(replace(p, description=draw(maybe_texts)) for p in service.phones),
            url=draw(st.none() | texts),
        )
        for service in org.services
    )
    locations = tuple(
        replace(location, name=draw(maybe_texts), address=draw(maybe_texts))
        for location in org.locations
    )
    return replace(
        org,
        name=draw(local_texts),
        description=draw(local_texts),
        services=services,
        locations=locations,
        email=draw(st.none() | texts),
    )


def read_back(directory: Directory, fmt: str) -> Directory:
    with tempfile.TemporaryDirectory() as folder:
        write_directory(directory, Path(folder) / "out", fmt)
        return read_directory(Path(folder) / "out", directory.places, fmt).directory


@SETTINGS
@given(size=st.integers(min_value=1, max_value=60), seed=st.integers(min_value=0))
def test_any_generated_directory_round_trips_through_hsds_csv(size: int, seed: int) -> None:
    directory = generate_directory(size, seed=seed)

    assert read_back(directory, "hsds-csv") == directory


@SETTINGS
@given(directory=directories())
def test_any_texts_round_trip_through_hsds_csv(directory: Directory) -> None:
    assert read_back(directory, "hsds-csv") == directory


def _csv_tables() -> dict[str, list[list[str]]]:
    with tempfile.TemporaryDirectory() as folder:
        write_directory(SMALL, Path(folder) / "out", "hsds-csv")
        tables = {}
        for path in sorted((Path(folder) / "out").glob("*.csv")):
            with path.open(encoding="utf-8", newline="") as source:
                tables[path.name] = list(csv.reader(source))
        return tables


CSV_TABLES = _csv_tables()
edits = st.lists(
    st.tuples(
        st.sampled_from(sorted(CSV_TABLES)),
        st.integers(min_value=0),
        st.integers(min_value=0),
        st.text(characters, max_size=20),
    ),
    min_size=1,
    max_size=3,
)


@SETTINGS
@given(edits=edits)
def test_any_cell_text_imports_or_gives_directory_problems(
    edits: list[tuple[str, int, int, str]],
) -> None:
    """Header cells included: a renamed or emptied column is a problem too."""
    tables = {name: [list(row) for row in rows] for name, rows in CSV_TABLES.items()}
    for name, row, column, text in edits:
        cells = tables[name][row % len(tables[name])]
        cells[column % len(cells)] = text
    with tempfile.TemporaryDirectory() as folder:
        for name, rows in tables.items():
            with (Path(folder) / name).open("w", encoding="utf-8", newline="") as out:
                csv.writer(out).writerows(rows)
        _reads_or_reports(Path(folder))


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(characters, max_size=10),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=8,
)


def _paths(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every place in a JSON document a value can be put."""
    found = [path] if path else []
    if isinstance(value, Mapping):
        for key, item in value.items():
            found += _paths(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _paths(item, (*path, index))
    return found


DOCUMENT = documents(export_tables(SMALL))[0][1]
DOCUMENT_PATHS = _paths(DOCUMENT)


@SETTINGS
@given(path=st.sampled_from(DOCUMENT_PATHS), value=json_values)
def test_any_json_value_anywhere_imports_or_gives_directory_problems(
    path: tuple[Any, ...], value: Any
) -> None:
    document = json.loads(json.dumps(DOCUMENT))
    target = document
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = value
    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / "service.json").write_text(json.dumps(document), "utf-8")
        _reads_or_reports(Path(folder) / "service.json")


def _reads_or_reports(path: Path) -> None:
    try:
        reading = read_directory(path, SMALL.places)
    except DirectoryError as error:
        assert error.problems
        assert all(problem.message for problem in error.problems)
    else:
        assert isinstance(reading.directory, Directory)
