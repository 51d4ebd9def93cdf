"""A curator's and a lawyer's round trip through the topic files, with the ``gza rights``
command in this process (typer's runner, as the operator-error tests do, to stay fast): export
the stored library, edit a file, bring it back with a dry run that names every problem by file,
topic and field, then import for real; and the audit log says who changed what."""

from __future__ import annotations

import asyncio
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from bot.__main__ import app
from bot.rights.files import read_library
from bot.rights_admin import topic_history
from bot.services.ports import DirectoryChange
from tests.cli.test_gza_command import project_copy
from tests.conftest import ROOT, make_settings

POLICE = "01-police-and-lawyer.yaml"


@pytest.fixture
def root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A project copy as the working directory, with a migrated SQLite database holding the
    shipped library."""
    monkeypatch.chdir(project_copy(tmp_path))
    assert gza("db", "upgrade").exit_code == 0
    seeded = gza("rights", "import", "rights")
    assert seeded.exit_code == 0, seeded.stderr
    yield tmp_path


def gza(*args: str) -> CliResult:
    unset: dict[str, str | None] = {k: None for k in os.environ if k.startswith("GZA_")}
    env = {**unset, "GZA_DATABASE__URL": f"sqlite:///{Path.cwd() / 'gza.sqlite3'}"}
    result = CliRunner().invoke(app, list(args), env=env)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return CliResult(result.exit_code, " ".join(result.stdout.split()), result.stderr)


class CliResult:
    """Exit code, the output with its lines joined (a table or a long line may wrap), errors."""

    def __init__(self, exit_code: int, stdout: str, stderr: str) -> None:
        self.exit_code, self.stdout, self.stderr = exit_code, stdout, stderr


def logged(topic_id: str) -> list[DirectoryChange]:
    """The audit log's lines for a topic, read as ``gza rights history`` reads them."""
    settings = make_settings(f"sqlite:///{Path.cwd() / 'gza.sqlite3'}")
    return asyncio.run(topic_history(settings, topic_id))


def edit(path: Path, change: dict[str, object]) -> None:
    data = yaml.safe_load(path.read_text("utf-8"))
    data.update(change)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")


def test_the_first_import_adds_every_shipped_topic_and_says_they_are_drafts(root: Path) -> None:
    history = gza("rights", "history", "police-and-lawyer")
    assert history.exit_code == 0, history.stderr
    assert "import" in history.stdout and "topic" in history.stdout
    again = gza("rights", "import", "rights", "--dry-run")
    assert again.exit_code == 0, again.stderr
    assert "Would import 9 topics. added: 0 changed: 0 retired: 0" in again.stdout
    assert "Drafts (a partner lawyer must review them): police-and-lawyer," in again.stdout
    assert "Dry run: nothing was changed." in again.stdout


def test_an_export_reads_back_as_the_same_library_and_imports_without_a_change(
    root: Path,
) -> None:
    exported = gza("rights", "export", "out")
    assert exported.exit_code == 0, exported.stderr
    assert "Exported 9 topics to out." in exported.stdout
    assert read_library(root / "out") == read_library(ROOT / "rights")
    assert sorted(p.name for p in (root / "out").iterdir()) == sorted(
        p.name for p in (ROOT / "rights").glob("*.yaml")
    )
    assert (root / "out" / POLICE).read_text("utf-8").startswith("# DRAFT written from public")
    again = gza("rights", "import", "out")
    assert "Imported 9 topics. added: 0 changed: 0 retired: 0" in again.stdout
    assert "restart" not in again.stdout


def test_topic_files_with_mistakes_are_refused_naming_file_topic_and_field(root: Path) -> None:
    gza("rights", "export", "out")
    police = root / "out" / POLICE
    data = yaml.safe_load(police.read_text("utf-8"))
    data["screens"][0]["text"]["ru"] = "слово " * 120  # 719 once trimmed
    data["screens"][1]["sources"] = ["no_such_source"]
    data["sources"][0]["link"] = "matsne.gov.ge"
    data["needs"] = ["legl"]
    data["written"] = "6 December"
    police.write_text(yaml.safe_dump(data, allow_unicode=True), "utf-8")
    edit(root / "out" / "02-protective-orders.yaml", {"title": {"ru": "Охранный ордер"}})
    (root / "out" / "10-broken.yaml").write_text("id: [unclosed\n", "utf-8")
    dry = gza("rights", "import", "out", "--dry-run")
    assert dry.exit_code == 1
    errors = " ".join(dry.stderr.split())
    topic = f"{POLICE}: topic 'police-and-lawyer'"
    for problem in (
        f"{topic}: screens[1].text.ru: 719 characters, at most 600",
        f"{topic}: screens[2].sources: unknown source 'no_such_source'",
        f"{topic}: sources[1].link: expected a link (https://...)",
        f"{topic}: needs: unknown value 'legl'",
        f"{topic}: written: '6 December' is not a date (YYYY-MM-DD)",
        "02-protective-orders.yaml: topic 'protective-orders': title.en: missing",
        "10-broken.yaml: topic '?': line 2: YAML error",
        "7 problems: nothing was changed.",
    ):
        assert problem in errors, errors
    assert "Traceback" not in dry.stderr
    real = gza("rights", "import", "out")
    assert real.exit_code == 1 and "nothing was changed" in real.stderr
    history = gza("rights", "history", "protective-orders")
    assert "title" not in history.stdout  # only the first import's line


def test_a_reviewed_topic_comes_back_with_its_change_and_the_log_names_the_lawyer(
    root: Path,
) -> None:
    gza("rights", "export", "out")
    edit(
        root / "out" / POLICE,
        {"draft": False, "reviewed": {"on": "2027-01-10", "by": "N. Lawyer, partner bureau"}},
    )
    (root / "out" / "09-gender-recognition.yaml").unlink()
    dry = gza("rights", "import", "out", "--dry-run", "--by", "N. Lawyer")
    assert "changed: 1 (police-and-lawyer) retired: 1 (gender-recognition)" in dry.stdout
    assert [c.who for c in logged("police-and-lawyer")] == ["import"]  # a dry run writes nothing
    real = gza("rights", "import", "out", "--by", "N. Lawyer")
    assert real.exit_code == 0, real.stderr
    assert "Imported 8 topics." in real.stdout and "restart it" in real.stdout
    history = gza("rights", "history", "police-and-lawyer")
    for words in ("N. Lawyer", "draft", "yes", "no", "reviewed", "2027-01-10"):
        assert words in history.stdout, history.stdout
    retired = logged("gender-recognition")[-1]
    assert (retired.who, retired.field, retired.new) == ("N. Lawyer", "topic", None)
    assert retired.old is not None and "gender" in retired.old.lower()
    assert "gender-recognition" not in gza("rights", "export", "again").stdout
    assert not (root / "again" / "09-gender-recognition.yaml").exists()


def test_export_refuses_a_folder_in_use_and_import_a_missing_one(root: Path) -> None:
    (root / "used").mkdir()
    (root / "used" / "keep.txt").write_text("mine")
    refused = gza("rights", "export", "used")
    assert refused.exit_code == 2 and "not an empty folder" in refused.stderr
    missing = gza("rights", "import", "nowhere")
    assert missing.exit_code == 2 and "nowhere: no such folder" in missing.stderr
    (root / "empty").mkdir()
    empty = gza("rights", "import", "empty")
    assert empty.exit_code == 1 and "would be left empty" in empty.stderr
    unknown = gza("rights", "history", "no-such-topic")
    assert unknown.exit_code == 1 and "no changes recorded for 'no-such-topic'" in unknown.stderr
