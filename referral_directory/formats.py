"""Import and export of the whole directory in three formats: our readable ``yaml`` folder, and
Open Referral HSDS 3.0 as a CSV data package (``hsds-csv``, for spreadsheets and partners'
systems) or as JSON documents, one per service (``hsds-json``). See README.md for the mapping.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from referral_directory.files import PLACES_FILE, DirectoryError, DirectoryProblem, load_directory
from referral_directory.hsds_csv import DATAPACKAGE, read_csv_package, write_csv_package
from referral_directory.hsds_json import SERVICES_DIR, read_json_documents, write_json_documents
from referral_directory.model import Directory
from referral_directory.places import Places
from referral_directory.yaml_out import write_yaml_directory

FORMATS = ("yaml", "hsds-csv", "hsds-json")


@dataclass(frozen=True)
class Reading:
    directory: Directory
    notes: tuple[str, ...]
    """For a dry run: what was mapped into our model, and what was left out and why."""


def detect_format(path: Path) -> str | None:
    """yaml: a folder with places.yaml; hsds-csv: a folder with services.csv or
    datapackage.json; hsds-json: a .json file, or a folder with *.json or services/*.json."""
    if path.is_file():
        return "hsds-json" if path.suffix.lower() == ".json" else None
    if not path.is_dir():
        return None
    if (path / PLACES_FILE).is_file():
        return "yaml"
    if (path / "services.csv").is_file() or (path / DATAPACKAGE).is_file():
        return "hsds-csv"
    if any((path / SERVICES_DIR).glob("*.json")) or any(path.glob("*.json")):
        return "hsds-json"
    return None


def read_directory(
    path: Path,
    places: Places,
    fmt: str | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Reading:
    """Read and check a directory; raise DirectoryError listing every problem.

    For ``yaml`` the places come from the folder's places.yaml (``places`` is ignored); HSDS has
    no such concept, so for HSDS they are the caller's (the deployment's cities)."""
    fmt = fmt or detect_format(path)
    if fmt == "yaml":
        return _read_yaml(path, progress)
    if fmt == "hsds-csv":
        return Reading(*read_csv_package(path, places, progress))
    if fmt == "hsds-json":
        return Reading(*read_json_documents(path, places, progress))
    message = (
        f"unknown format '{fmt}' (known: {', '.join(FORMATS)})"
        if fmt
        else "cannot tell the format: expected places.yaml (yaml), services.csv (hsds-csv) "
        "or .json files (hsds-json)"
    )
    raise DirectoryError([DirectoryProblem(str(path), "", "", message)])


def write_directory(directory: Directory, path: Path, fmt: str) -> None:
    """Write into a new (or empty) folder, so that no file of an older export lingers there."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format '{fmt}' (known: {', '.join(FORMATS)})")
    if path.exists() and (not path.is_dir() or any(path.iterdir())):
        raise FileExistsError(f"{path} exists and is not an empty folder")
    path.mkdir(parents=True, exist_ok=True)
    if fmt == "yaml":
        write_yaml_directory(directory, path)
    elif fmt == "hsds-csv":
        write_csv_package(directory, path)
    else:
        write_json_documents(directory, path)


def _read_yaml(path: Path, progress: Callable[[int, int], None] | None) -> Reading:
    """The YAML loader reads all at once: progress says 0 of 1, then 1 of 1."""
    if progress is not None:
        progress(0, 1)
    directory = load_directory(path)
    if progress is not None:
        progress(1, 1)
    services = len(directory.services())
    note = f"{PLACES_FILE}: {len(directory.places.by_id)} places; organizations/: "
    note += f"{len(directory.organizations)} organizations with {services} services"
    return Reading(directory, (note,))
