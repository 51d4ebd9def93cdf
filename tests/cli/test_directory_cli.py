"""A curator's round trip through a spreadsheet, with the real ``gza`` command: export the
directory, edit the CSV files as a spreadsheet program saves them (BOM, CRLF), bring them
back with a dry run that names every problem by file, row and column, then import for real;
and the audit log says what the import changed."""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path

from tests.cli.test_gza_command import gza, project_copy
from tests.conftest import ROOT

Rows = list[list[str]]
OFFICIAL_EXAMPLE = ROOT / "tests" / "fixtures" / "hsds-3.0" / "examples" / "csv"


def prepared(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    """A project copy with the example directory imported into a fresh SQLite database."""
    root = project_copy(tmp_path)
    env = {"GZA_DATABASE__URL": f"sqlite:///{tmp_path / 'gza.sqlite3'}"}
    assert gza("db", "upgrade", cwd=root, **env).returncode == 0
    seed = gza("directory", "import", "referral_directory/example", cwd=root, **env)
    assert seed.returncode == 0, seed.stderr
    return root, env


def spreadsheet_edit(path: Path, change: Callable[[Rows], None]) -> None:
    """Read a CSV, change it, save it as a spreadsheet program does (BOM and CRLF)."""
    with path.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    change(rows)
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        csv.writer(f, lineterminator="\r\n").writerows(rows)


def cell(column: str, row: int, value: str) -> Callable[[Rows], None]:
    """Set one cell; ``row`` counts as a spreadsheet does (the header is row 1)."""

    def change(rows: Rows) -> None:
        rows[row - 1][rows[0].index(column)] = value

    return change


def test_a_spreadsheet_with_mistakes_is_refused_naming_each_and_nothing_changes(
    tmp_path: Path,
) -> None:
    root, env = prepared(tmp_path)
    out = root / "sheet"
    exported = gza("directory", "export", str(out), "--format", "hsds-csv", cwd=root, **env)
    assert exported.returncode == 0, exported.stderr
    assert "Exported 32 organizations, 57 services" in exported.stdout
    spreadsheet_edit(out / "services.csv", cell("assured_date", 5, ""))
    spreadsheet_edit(out / "services.csv", lambda rows: rows.append(list(rows[2])))
    spreadsheet_edit(out / "phones.csv", cell("number", 3, "call us"))
    spreadsheet_edit(out / "schedules.csv", cell("opens_at", 3, "25:00"))
    spreadsheet_edit(out / "addresses.csv", cell("city", 2, "Kutasi"))
    spreadsheet_edit(out / "service_at_location.csv", cell("location_id", 2, "nowhere"))
    copied = len((out / "services.csv").read_text(encoding="utf-8").splitlines())  # the last row
    dry = gza("directory", "import", str(out), "--dry-run", cwd=root, **env)
    assert dry.returncode == 1
    for problem in (
        "services.csv: row 5: assured_date: required: a date like 2026-10-31",
        f"services.csv: row {copied}: id: duplicate id, also used in row 3",
        "phones.csv: row 3: number: 'call us' is not a phone number",
        "schedules.csv: row 3: opens_at: '25:00' is not a time of day",
        "addresses.csv: row 2: city: unknown city 'Kutasi' (known: Adjara, Akhalkalaki,",
        "service_at_location.csv: row 2: location_id: no location with id 'nowhere'",
        "6 problems: nothing was changed.",
    ):
        assert problem in dry.stderr, dry.stderr
    assert "Traceback" not in dry.stderr
    real = gza("directory", "import", str(out), cwd=root, **env)  # refused just the same
    assert real.returncode == 1 and "nothing was changed" in real.stderr


def test_a_corrected_spreadsheet_comes_back_with_only_its_change_and_the_log_says_so(
    tmp_path: Path,
) -> None:
    root, env = prepared(tmp_path)
    out = root / "sheet"
    gza("directory", "export", str(out), "--format", "hsds-csv", cwd=root, **env)
    with (out / "services.csv").open(encoding="utf-8") as f:
        service_id = list(csv.DictReader(f))[2]["x_gza_id"]
    multiline = "Юридическая помощь.\nიურიდიული დახმარება.\nԻրավաբանական օգնություն."
    spreadsheet_edit(out / "services.csv", cell("description", 4, multiline))
    dry = gza("directory", "import", str(out), "--dry-run", cwd=root, **env)
    assert dry.returncode == 0, dry.stderr
    assert f"changed: 1 ({service_id})" in dry.stdout and "Dry run" in dry.stdout
    real = gza("directory", "import", str(out), cwd=root, **env)
    assert "added: 0" in real.stdout and "changed: 1" in real.stdout and "retired: 0" in real.stdout
    history = gza("directory", "history", service_id, cwd=root, **env)
    assert history.returncode == 0, history.stderr
    assert "import" in history.stdout and "description" in history.stdout
    back = gza("directory", "export", str(root / "again"), "--format", "yaml", cwd=root, **env)
    assert back.returncode == 0
    assert "Ի" in "".join(p.read_text() for p in (root / "again").rglob("*.yaml"))


def test_every_format_exported_imports_back_to_the_same_directory(tmp_path: Path) -> None:
    root, env = prepared(tmp_path)
    for fmt in ("yaml", "hsds-csv", "hsds-json"):
        folder = root / f"out-{fmt}"
        exported = gza("directory", "export", str(folder), "--format", fmt, cwd=root, **env)
        assert exported.returncode == 0, exported.stderr
        again = gza("directory", "import", str(folder), cwd=root, **env)  # format guessed
        assert again.returncode == 0, again.stderr
        assert "added: 0\n  changed: 0\n  retired: 0" in again.stdout, (fmt, again.stdout)


def test_the_official_hsds_example_is_read_and_says_what_it_leaves_out(tmp_path: Path) -> None:
    root, env = prepared(tmp_path)
    dry = gza("directory", "import", str(OFFICIAL_EXAMPLE), "--dry-run", cwd=root, **env)
    assert dry.returncode == 0, dry.stderr
    assert "note: contacts.csv: 1 row left out" in dry.stdout
    assert "outside this directory's countries (BG, GE)" in dry.stdout
    assert "Dry run: nothing was changed." in dry.stdout
    real = gza("directory", "import", str(OFFICIAL_EXAMPLE), cwd=root, **env)
    assert real.returncode == 1 and "would be left empty" in real.stderr
    kept = gza("directory", "export", str(root / "still"), "--format", "yaml", cwd=root, **env)
    assert "57 services" in kept.stdout


def test_mistakes_on_the_command_line_get_one_clear_line(tmp_path: Path) -> None:
    root, env = prepared(tmp_path)
    (root / "full").mkdir()
    (root / "full" / "keep.txt").write_text("mine")
    for args, says in (
        (("export", "full", "--format", "yaml"), "not an empty folder"),
        (("export", "new", "--format", "xlsx"), "unknown format 'xlsx'"),
        (("import", "nowhere"), "no such file or folder"),
        (("history", "no-such-service"), "no changes recorded for 'no-such-service'"),
    ):
        result = gza("directory", *args, cwd=root, **env)
        assert result.returncode != 0 and says in result.stderr, (args, result.stderr)
        assert "Traceback" not in result.stderr
    assert (root / "full" / "keep.txt").read_text() == "mine"
