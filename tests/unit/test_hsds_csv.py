"""HSDS 3.0 as a CSV data package: the official example, exact round trips, and every kind of
bad row reported with its file, spreadsheet row and column."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

import pytest

from referral_directory.files import DirectoryError, load_directory
from referral_directory.formats import detect_format, read_directory, write_directory
from referral_directory.generate import generate_directory, georgian_places
from referral_directory.hours import parse_hours
from referral_directory.hsds_csv import columns
from referral_directory.model import Directory, Location, Organization, Phone, Service
from referral_directory.places import Places
from tests.conftest import EXAMPLE_DIRECTORY

OFFICIAL = Path(__file__).resolve().parents[1] / "fixtures" / "hsds-3.0" / "examples" / "csv"
Tables = dict[str, list[dict[str, str]]]

ORG, SVC, LOC = "org-1", "svc-1", "loc-1"


@pytest.fixture(scope="module")
def example() -> Directory:
    return load_directory(EXAMPLE_DIRECTORY)


@pytest.fixture(scope="module")
def places(example: Directory) -> Places:
    """The deployment's cities: the Georgian ``EXAMPLE_PLACES``, with their names."""
    return Places({k: v for k, v in example.places.by_id.items() if k in georgian_places().by_id})


def read_tables(folder: Path) -> Tables:
    tables = {}
    for path in folder.glob("*.csv"):
        with path.open(encoding="utf-8", newline="") as source:
            tables[path.stem] = list(csv.DictReader(source))
    return tables


def write_tables(folder: Path, tables: Tables, *, bom: bool = False, crlf: bool = False) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, rows in tables.items():
        header = list(dict.fromkeys(column for row in rows for column in row)) or ["id"]
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, header, lineterminator="\r\n" if crlf else "\n")
        writer.writeheader()
        writer.writerows(rows)
        text = ("\ufeff" if bom else "") + buffer.getvalue()
        (folder / f"{name}.csv").write_bytes(text.encode("utf-8"))
    return folder


def small() -> Tables:
    """One organization with one place and one service, as a curator might type it."""
    return {
        "organizations": [{"id": ORG, "name": "Open Door", "description": "A drop-in centre."}],
        "services": [
            {"id": SVC, "organization_id": ORG, "name": "Legal advice",
             "description": "Advice.", "status": "active", "assured_date": "2026-10-01"}
        ],
        "locations": [{"id": LOC, "organization_id": ORG, "location_type": "physical",
                       "name": "Centre", "latitude": "42.27", "longitude": "42.7"}],
        "addresses": [{"id": "adr-1", "location_id": LOC, "address_1": "5 Example Street",
                       "city": "Kutaisi", "country": "GE", "address_type": "physical"}],
        "service_at_location": [{"id": "sal-1", "service_id": SVC, "location_id": LOC}],
        "phones": [{"id": "ph-1", "service_id": SVC, "number": "+995 000 00 00 01"}],
        "schedules": [{"id": "sc-1", "service_id": SVC, "freq": "WEEKLY",
                       "byday": "MO,TU,WE,TH,FR", "opens_at": "10:00", "closes_at": "18:00"}],
        "languages": [{"id": "la-1", "service_id": SVC, "code": "ka"}],
        "attributes": [{"id": "at-1", "link_id": SVC, "link_entity": "service",
                        "link_type": "need", "taxonomy_term_id": "legal-term"}],
        "taxonomy_terms": [{"id": "legal-term", "code": "legal", "name": "Legal",
                            "description": "Legal help", "taxonomy": "gza-needs"}],
    }  # fmt: skip


def problems_of(folder: Path, places: Places) -> set[tuple[str, str, str]]:
    return set(messages_of(folder, places))


def messages_of(folder: Path, places: Places) -> dict[tuple[str, str, str], str]:
    with pytest.raises(DirectoryError) as caught:
        read_directory(folder, places, "hsds-csv")
    return {(p.file, p.record, p.field): p.message for p in caught.value.problems}


# The official example -------------------------------------------------------------------------


def test_official_example_reads_and_notes_say_what_was_mapped_and_left_out(places: Places) -> None:
    reading = read_directory(OFFICIAL, places)

    assert reading.directory.organizations == ()
    notes = "\n".join(reading.notes)
    assert (
        "services.csv: 1 row; mapped id, organization_id, name, description, url, status, "
        "fees_description, assured_date; left out: program_id, alternate_name, email, "
        "interpretation_services" in notes
    )
    assert "contacts.csv: 1 row left out: Gza does not keep contact people" in notes
    assert "cost_options.csv: 1 row left out: Gza keeps only fees_description" in notes
    assert (
        "locations.csv: 1 row left out: places outside this directory's countries (GE), e.g. US"
        in notes
    )
    assert "languages.csv: 1 row left out: languages Gza does not list, e.g. 'ur'" in notes
    assert "taxonomy_terms.csv: 1 row left out: terms of other taxonomies (taxonomy)" in notes
    assert (
        "services.csv: row 2: service 'ac148810-d857-441c-9679-408f346de14b' left out: "
        "all its places are outside this directory's countries (GE)" in notes
    )
    assert (
        "organizations.csv: row 2: organization 'd9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610' "
        "left out: no services" in notes
    )
    assert "mapped 0 organizations, 0 services and 0 places" in notes


def test_official_example_moved_to_georgia_maps_exactly(tmp_path: Path, places: Places) -> None:
    """The official package, edited as a Georgian partner would: an address in Kutaisi with real
    coordinates, a gza-needs term on the service, Russian spoken. The location's
    organization_id is also pointed at the package's organization (the official example names
    one that is not in organizations.csv, which is a dangling reference)."""
    tables = read_tables(OFFICIAL)
    tables["addresses"][0].update(country="GE", city="Kutaisi")
    tables["locations"][0].update(
        latitude="42.27", longitude="42.7", organization_id=tables["organizations"][0]["id"]
    )
    service_id = tables["services"][0]["id"]
    tables["attributes"][0].update(link_entity="service", link_id=service_id, link_type="need")
    tables["taxonomy_terms"][0].update(code="legal", taxonomy="gza-needs")
    tables["languages"][0].update(code="ru", name="Russian")
    folder = write_tables(tmp_path / "georgia", tables)

    reading = read_directory(folder, places, "hsds-csv")

    org_id, location_id = tables["organizations"][0]["id"], tables["locations"][0]["id"]
    expected = Organization(
        id=org_id,
        name={"en": "Example Organization Inc."},
        description={"en": "Example Org is a non-profit organization dedicated to providing "
                           "services to qualified beneficiaries"},
        locations=(
            Location(location_id, "kutaisi", name={"en": "MyCity Civic Center"},
                     address={"en": "1-30 Main Street"}, latitude=42.27, longitude=42.7),
        ),
        services=(
            Service(
                id=service_id,
                organization_id=org_id,
                name={"en": "Community Counselling"},
                description={"en": tables["services"][0]["description"].strip()},
                needs=frozenset({"legal"}),
                assured_date=date(2005, 1, 1),
                languages=frozenset({"ru"}),
                fees_description={"en": tables["services"][0]["fees_description"]},
                phones=(Phone("+44 1234 234567", {"en": tables["phones"][0]["description"]}),),
                hours=parse_hours({"thu-fri": "10:00-18:00"}),
                location_ids=(location_id,),
                url="http://example.com/counselling",
            ),
        ),
        website="http://example.com",
        email="email@example.com",
    )  # fmt: skip
    assert reading.directory.organizations == (expected,)


# Round trips -----------------------------------------------------------------------------


def test_example_directory_round_trips_exactly(tmp_path: Path, example: Directory) -> None:
    write_directory(example, tmp_path / "out", "hsds-csv")

    assert read_directory(tmp_path / "out", example.places, "hsds-csv").directory == example


def test_ten_thousand_generated_services_round_trip_exactly(tmp_path: Path) -> None:
    directory = generate_directory(10_000, seed=11)
    write_directory(directory, tmp_path / "big", "hsds-csv")
    reading = read_directory(tmp_path / "big", directory.places, "hsds-csv")

    assert reading.directory == directory


def test_progress_counts_every_row_up_to_a_total_known_up_front(
    tmp_path: Path, example: Directory
) -> None:
    write_directory(example, tmp_path / "out", "hsds-csv")
    calls: list[tuple[int, int]] = []

    read_directory(
        tmp_path / "out", example.places, "hsds-csv", progress=lambda *c: calls.append(c)
    )

    rows = sum(len(rows) for rows in read_tables(tmp_path / "out").values())
    assert {total for _, total in calls} == {rows}
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)
    assert calls[-1] == (rows, rows)


def test_export_is_a_tabular_data_package_of_every_table_with_its_columns(
    tmp_path: Path, example: Directory
) -> None:
    write_directory(example, tmp_path / "out", "hsds-csv")

    package = json.loads((tmp_path / "out" / "datapackage.json").read_text("utf-8"))
    assert package["profile"] == "tabular-data-package"
    for resource in package["resources"]:
        with (tmp_path / "out" / resource["path"]).open(encoding="utf-8", newline="") as table:
            header = next(csv.reader(table))
        assert header == [field["name"] for field in resource["schema"]["fields"]]
        assert tuple(header) == columns(resource["name"])
    written = {path.name for path in (tmp_path / "out").glob("*.csv")}
    assert {resource["path"] for resource in package["resources"]} == written


def test_exported_ids_are_uuids_and_our_ids_travel_in_x_gza_id(
    tmp_path: Path, example: Directory
) -> None:
    write_directory(example, tmp_path / "out", "hsds-csv")

    services = read_tables(tmp_path / "out")["services"]
    assert [row["x_gza_id"] for row in services] == [s.id for _, s in example.services()]
    assert all(len(row["id"]) == 36 and row["id"].count("-") == 4 for row in services)


def test_a_folder_with_services_csv_is_detected_as_hsds_csv(
    tmp_path: Path, example: Directory
) -> None:
    write_directory(example, tmp_path / "out", "hsds-csv")

    assert detect_format(tmp_path / "out") == "hsds-csv"
    assert detect_format(OFFICIAL) == "hsds-csv"


# What curators type --------------------------------------------------------------------------


def test_a_small_hand_typed_package_maps_to_the_expected_service(
    tmp_path: Path, places: Places
) -> None:
    reading = read_directory(write_tables(tmp_path / "p", small()), places, "hsds-csv")

    (org,) = reading.directory.organizations
    assert org.locations == (
        Location(LOC, "kutaisi", name={"en": "Centre"}, address={"en": "5 Example Street"},
                 latitude=42.27, longitude=42.7),
    )  # fmt: skip
    (service,) = org.services
    assert (service.id, service.needs, service.languages) == (SVC, {"legal"}, {"ka"})
    assert service.hours == parse_hours({"mon-fri": "10:00-18:00"})


def test_spreadsheet_csv_with_bom_crlf_and_multiline_cells_in_three_scripts_imports(
    tmp_path: Path, places: Places
) -> None:
    tables = small()
    text = "ქართული აღწერა, „ბრჭყალებით“\nՀայերեն նկարագրություն\r\nРусское описание"
    tables["services"][0]["description"] = text
    tables["services"].append(dict(tables["services"][0], id="svc-2", name=""))

    folder = write_tables(tmp_path / "p", tables, bom=True, crlf=True)

    assert (folder / "services.csv").read_bytes().startswith(b"\xef\xbb\xbfid,")
    # Row 3 is the spreadsheet's row 3, though row 2 spans three lines of the file.
    problems = problems_of(folder, places)
    assert ("services.csv", "row 3", "name") in problems
    assert {record for _, record, _ in problems} == {"row 3"}
    tables["services"].pop()
    reading = read_directory(write_tables(folder, tables, bom=True, crlf=True), places)
    assert reading.directory.organizations[0].services[0].description == {"en": text}


def test_every_kind_of_bad_row_is_reported_together_with_file_row_and_column(
    tmp_path: Path, places: Places
) -> None:
    tables = small()
    tables["services"][0]["name"] = ""
    tables["services"].append(dict(tables["services"][0], name="Other"))
    tables["phones"][0]["number"] = "call us"
    tables["phones"].append({"id": "ph-2", "service_id": "nope", "number": "+995 1 2"})
    tables["schedules"][0]["opens_at"] = "25:00"
    tables["schedules"].append(dict(tables["schedules"][0], id="sc-2", opens_at="18:00",
                                    closes_at="10:00"))  # fmt: skip
    tables["addresses"][0]["city"] = "Kutasi"

    messages = messages_of(write_tables(tmp_path / "p", tables), places)

    assert messages == {
        ("services.csv", "row 2", "name"): "required",
        ("services.csv", "row 3", "id"): "duplicate id, also used in row 2",
        ("phones.csv", "row 2", "number"): "'call us' is not a phone number: write digits, "
        "spaces, + ( ) -, e.g. +995 32 200 00 00",
        ("phones.csv", "row 3", "service_id"): "no service with id 'nope' in services.csv",
        ("schedules.csv", "row 2", "opens_at"): "'25:00' is not a time of day",
        ("schedules.csv", "row 3", "closes_at"): "'10:00' closes before it opens (past "
        "midnight: split the row)",
        ("addresses.csv", "row 2", "city"): "unknown city 'Kutasi' (known: Akhalkalaki, "
        "Akhaltsikhe, Batumi, Kutaisi, Marneuli, Rustavi, Tbilisi)",
    }


def test_a_city_matches_any_of_its_names_whatever_the_case_and_spaces(
    tmp_path: Path, places: Places
) -> None:
    for written in ("ქუთაისი", "  KUTAISI ", "Кутаиси", "kutaisi"):
        tables = small()
        tables["addresses"][0]["city"] = written
        reading = read_directory(write_tables(tmp_path / written.strip(), tables), places)
        assert reading.directory.organizations[0].locations[0].city == "kutaisi"


def test_a_place_abroad_is_left_out_but_its_service_stays_if_it_has_another_here(
    tmp_path: Path, places: Places
) -> None:
    tables = small()
    tables["locations"].append(dict(tables["locations"][0], id="loc-2"))
    tables["addresses"].append(
        dict(tables["addresses"][0], id="adr-2", location_id="loc-2", country="AM", city="Gyumri")
    )
    tables["service_at_location"].append({"id": "sal-2", "service_id": SVC, "location_id": "loc-2"})

    reading = read_directory(write_tables(tmp_path / "p", tables), places, "hsds-csv")

    (org,) = reading.directory.organizations
    assert [loc.id for loc in org.locations] == [LOC]
    assert org.services[0].location_ids == (LOC,)
    assert any("outside this directory's countries (GE), e.g. AM" in n for n in reading.notes)


def test_a_place_with_no_organization_belongs_to_the_one_whose_services_are_there(
    tmp_path: Path, places: Places
) -> None:
    tables = small()
    tables["locations"][0]["organization_id"] = ""

    reading = read_directory(write_tables(tmp_path / "p", tables), places, "hsds-csv")

    assert [loc.id for loc in reading.directory.organizations[0].locations] == [LOC]


def test_a_service_at_another_organizations_place_is_a_problem(
    tmp_path: Path, places: Places
) -> None:
    tables = small()
    tables["organizations"].append({"id": "org-2", "name": "Other", "description": "Other."})
    tables["locations"][0]["organization_id"] = "org-2"

    messages = messages_of(write_tables(tmp_path / "p", tables), places)

    assert messages == {
        ("service_at_location.csv", "row 2", "location_id"): "location 'loc-1' belongs to "
        "organization 'org-2', not to this service's 'org-1': Gza lists a service only at its "
        "own organization's places"
    }


def test_a_virtual_location_is_left_out_and_its_service_is_reached_from_anywhere(
    tmp_path: Path, places: Places
) -> None:
    tables = small()
    tables["locations"][0]["location_type"] = "virtual"

    reading = read_directory(write_tables(tmp_path / "p", tables), places, "hsds-csv")

    (org,) = reading.directory.organizations
    assert (org.locations, org.services[0].location_ids) == ((), ())
    assert "locations.csv: 1 row left out: virtual locations (Gza lists only physical places)" in (
        reading.notes
    )


def test_a_location_without_an_address_row_is_a_problem(tmp_path: Path, places: Places) -> None:
    tables = small()
    del tables["addresses"]

    assert problems_of(write_tables(tmp_path / "p", tables), places) == {
        ("locations.csv", "row 2", "addresses")
    }


def test_a_service_with_no_known_need_or_language_is_a_problem(
    tmp_path: Path, places: Places
) -> None:
    tables = small()
    tables["taxonomy_terms"][0]["taxonomy"] = "another-taxonomy"
    tables["languages"][0]["code"] = "ur"

    assert problems_of(write_tables(tmp_path / "p", tables), places) == {
        ("services.csv", "row 2", "needs"),
        ("services.csv", "row 2", "languages"),
    }


def test_an_unknown_code_in_our_own_taxonomy_is_a_problem_not_a_silent_drop(
    tmp_path: Path, places: Places
) -> None:
    tables = small()
    tables["taxonomy_terms"][0]["code"] = "legl"

    messages = messages_of(write_tables(tmp_path / "p", tables), places)

    assert messages[("taxonomy_terms.csv", "row 2", "code")].startswith(
        "unknown gza-needs term 'legl' (known: legal, medical"
    )


def test_a_missing_column_is_reported_once_not_on_every_row(tmp_path: Path, places: Places) -> None:
    tables = small()
    for row in tables["services"]:
        del row["assured_date"]

    assert problems_of(write_tables(tmp_path / "p", tables), places) == {
        ("services.csv", "row 1", "assured_date")
    }


def test_a_file_that_is_not_utf8_is_a_problem_not_a_crash(tmp_path: Path, places: Places) -> None:
    folder = write_tables(tmp_path / "p", small())
    text = (folder / "organizations.csv").read_text("utf-8").replace("Open Door", "Открытая дверь")
    (folder / "organizations.csv").write_bytes(text.encode("cp1251"))

    messages = messages_of(folder, places)

    assert messages[("organizations.csv", "", "")].startswith("not UTF-8 text")


def test_translations_give_every_language_and_the_plain_column_wins_for_its_own(
    tmp_path: Path, places: Places
) -> None:
    tables = small()
    tables["services"][0]["name"] = "Legal advice, edited"
    tables["translations"] = [
        {"link_entity": "service", "link_id": SVC, "field": "name", "language": language,
         "text": text}
        for language, text in (("en", "Legal advice"), ("ka", "იურიდიული"), ("ru", ""))
    ]  # fmt: skip

    reading = read_directory(write_tables(tmp_path / "p", tables), places, "hsds-csv")

    # English is the plain column's language; an empty text is a row still to translate.
    assert reading.directory.organizations[0].services[0].name == {
        "en": "Legal advice, edited",
        "ka": "იურიდიული",
    }


def test_a_translation_of_a_missing_service_is_a_dangling_reference(
    tmp_path: Path, places: Places
) -> None:
    tables = small()
    tables["translations"] = [
        {"link_entity": "service", "link_id": "svc-9", "field": "name", "language": "ka",
         "text": "x"}
    ]  # fmt: skip

    assert problems_of(write_tables(tmp_path / "p", tables), places) == {
        ("translations.csv", "row 2", "link_id")
    }


@pytest.mark.parametrize(
    ("rows", "hours"),
    [
        ([], None),
        ([{"byday": "", "opens_at": "", "closes_at": ""}], {}),
        ([{"byday": "MO,TU,WE,TH,FR,SA,SU", "opens_at": "00:00", "closes_at": "00:00"}],
         {"daily": "24h"}),
        ([{"byday": "FR", "opens_at": "20:00:00", "closes_at": "24:00"}], {"fri": "20:00-24:00"}),
        ([{"byday": "mo, we", "opens_at": "9:30", "closes_at": "13:00"},
          {"byday": "MO", "opens_at": "14:00", "closes_at": "18:00"}],
         {"mon": "09:30-13:00, 14:00-18:00", "wed": "09:30-13:00"}),
    ],
)  # fmt: skip
def test_schedule_rows_map_to_weekly_hours(
    tmp_path: Path, places: Places, rows: list[dict[str, str]], hours: dict[str, str] | None
) -> None:
    """No rows: no hours given. A row with no days or times: by appointment only. A close at
    00:00 (or 24:00) is midnight at the end of the day."""
    tables = small()
    tables["schedules"] = [dict(row, id=f"s{i}", service_id=SVC) for i, row in enumerate(rows)]

    reading = read_directory(write_tables(tmp_path / "p", tables), places, "hsds-csv")

    expected = None if hours is None else parse_hours(hours)
    assert reading.directory.organizations[0].services[0].hours == expected


def test_a_spreadsheet_may_give_its_own_term_row_ids(tmp_path: Path, places: Places) -> None:
    tables = small()
    tables["taxonomies"] = [{"id": "tx", "name": "gza-friendly-to", "description": "ours"}]
    tables["taxonomy_terms"].append({"id": "T-7", "code": "sex_workers", "taxonomy_id": "tx"})
    tables["attributes"].append(
        {"id": "at-2", "link_id": SVC, "link_entity": "service", "taxonomy_term_id": "t-7"}
    )

    reading = read_directory(write_tables(tmp_path / "p", tables), places, "hsds-csv")

    assert reading.directory.organizations[0].services[0].friendly_to == {"sex_workers"}
