"""The `gza` command as a person at a terminal uses it: clear one-line errors, never a traceback."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

from tests.conftest import MASTER_KEY, PEPPER, ROOT


def gza(*args: str, cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("GZA_")}
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        cwd=cwd,
        env={**clean, "PYTHONPATH": str(ROOT), **env},
        capture_output=True,
        text=True,
        timeout=60,
    )


def project_copy(tmp_path: Path) -> Path:
    for name in ("dialogs", "locales", "rights", "referral_directory/example"):
        shutil.copytree(ROOT / name, tmp_path / name)
    shutil.copy(ROOT / "config.example.toml", tmp_path / "config.example.toml")
    return tmp_path


SECRETS = {"GZA_SECRETS__PEPPER": PEPPER, "GZA_SECRETS__MASTER_KEYS": f'["{MASTER_KEY}"]'}


def test_check_passes_on_the_shipped_flows_and_locales(tmp_path: Path) -> None:
    result = gza("check", cwd=project_copy(tmp_path), **SECRETS)
    assert result.returncode == 0, result.stderr
    assert "OK" in result.stdout


def test_check_names_the_file_topic_and_field_of_a_broken_rights_topic(tmp_path: Path) -> None:
    root = project_copy(tmp_path)
    topic = root / "rights" / "01-police-and-lawyer.yaml"
    topic.write_text(topic.read_text().replace("needs: [legal,", "needs: [legl,"))
    result = gza("check", cwd=root)
    assert result.returncode == 1
    expected = "01-police-and-lawyer.yaml: topic 'police-and-lawyer': needs: unknown value 'legl'"
    assert expected in result.stderr


def test_check_says_which_rights_topics_are_drafts(tmp_path: Path) -> None:
    result = gza("check", cwd=project_copy(tmp_path), **SECRETS)
    assert "DRAFT, a partner lawyer must review before deployment" in " ".join(
        result.stdout.split()
    )


def test_check_names_the_file_and_step_of_a_broken_flow(tmp_path: Path) -> None:
    root = project_copy(tmp_path)
    flow = root / "dialogs" / "start.yaml"
    flow.write_text(flow.read_text().replace("next: ask-danger", "next: ask-dagner"))
    result = gza("check", cwd=root)
    assert result.returncode == 1
    assert "dialogs/start.yaml: step 'privacy-note': unknown step 'ask-dagner'" in result.stderr
    assert "step 'ask-danger': unreachable from the first step" in result.stderr
    assert "Traceback" not in result.stderr


def test_check_names_the_locale_and_id_of_a_missing_translation(tmp_path: Path) -> None:
    root = project_copy(tmp_path)
    ftl = root / "locales" / "hy" / "gza.ftl"
    lines = [ln for ln in ftl.read_text().splitlines() if not ln.startswith("menu-language =")]
    ftl.write_text("\n".join(lines) + "\n")
    result = gza("check", cwd=root)
    assert result.returncode == 1
    assert "text 'menu-language' is missing in locale 'hy'" in result.stderr
    assert "locales/hy/gza.ftl: menu-language: message missing in locale 'hy'" in result.stderr


def test_check_names_the_line_of_a_fluent_syntax_error(tmp_path: Path) -> None:
    root = project_copy(tmp_path)
    ftl = root / "locales" / "uk" / "gza.ftl"
    ftl.write_text(ftl.read_text() + "broken-message = { $unclosed\n")
    result = gza("check", cwd=root)
    assert result.returncode == 1
    assert "locales/uk/gza.ftl: line" in result.stderr and "Fluent syntax error" in result.stderr


def test_check_names_the_file_record_and_field_of_a_broken_directory(tmp_path: Path) -> None:
    root = project_copy(tmp_path)
    org = root / "referral_directory/example/organizations/example-kutaisi-open-door.yaml"
    org.write_text(org.read_text().replace("needs: [", "needs: [legl, ", 1))
    result = gza("check", cwd=root)
    assert result.returncode == 1
    assert "example-kutaisi-open-door.yaml: service '" in result.stderr
    assert "needs: unknown value 'legl'" in result.stderr
    assert "Traceback" not in result.stderr


def test_check_names_a_place_whose_parent_is_missing_and_a_place_name_missing_in_a_locale(
    tmp_path: Path,
) -> None:
    root = project_copy(tmp_path)
    places = root / "referral_directory/example/places.yaml"
    shipped = places.read_text("utf-8")
    broken = shipped.replace("parent: shida-kartli\n", "parent: shida-kartl\n", 1)
    places.write_text(broken, "utf-8")
    result = gza("check", cwd=root)
    assert result.returncode == 1
    assert "place 'gori': parent: no place 'shida-kartl'" in result.stderr

    places.write_text(shipped.replace(", hy: Ծալենջիխա", "", 1), "utf-8")
    result = gza("check", cwd=root)
    assert result.returncode == 1
    assert "place 'tsalenjikha': name missing in locale 'hy'" in result.stderr
    assert "Traceback" not in result.stderr


def test_directory_import_dry_run_changes_nothing_and_a_real_one_replaces_all(
    tmp_path: Path,
) -> None:
    root = project_copy(tmp_path)
    env = {"GZA_DATABASE__URL": f"sqlite:///{tmp_path / 'gza.sqlite3'}"}
    assert gza("db", "upgrade", cwd=root, **env).returncode == 0
    folder = root / "referral_directory" / "example"
    dry = gza("directory", "import", str(folder), "--dry-run", cwd=root, **env)
    assert dry.returncode == 0, dry.stderr
    assert "Would import 32 organizations, 57 services" in dry.stdout
    assert "added: 57" in dry.stdout  # the database was empty ...
    real = gza("directory", "import", str(folder), cwd=root, **env)
    assert "added: 57" in real.stdout  # ... and still was: the dry run changed nothing
    again = gza("directory", "import", str(folder), cwd=root, **env)
    assert "added: 0" in again.stdout and "changed: 0" in again.stdout
    (folder / "organizations" / "example-rustavi-family-clinic.yaml").unlink()
    smaller = gza("directory", "import", str(folder), cwd=root, **env)
    assert "retired: " in smaller.stdout and "retired: 0" not in smaller.stdout


def test_bad_configuration_fails_with_one_line_naming_the_key(tmp_path: Path) -> None:
    result = gza("check", cwd=project_copy(tmp_path), GZA_TELEGRAM__MODE="pigeon")
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "telegram.mode" in lines[0]
    assert "Traceback" not in result.stderr


def test_run_without_secrets_says_which_is_missing(tmp_path: Path) -> None:
    result = gza("run", cwd=project_copy(tmp_path))
    assert result.returncode == 2
    assert "secrets.pepper: missing" in result.stderr
    assert "Traceback" not in result.stderr


def test_secrets_init_then_db_upgrade_prepare_a_fresh_machine(tmp_path: Path) -> None:
    root = project_copy(tmp_path)
    first = gza("secrets", "init", "--if-missing", cwd=root)
    assert first.returncode == 0 and "throw-away local secrets" in first.stdout
    secrets_file = root / "var" / "secrets.toml"
    assert stat.S_IMODE(secrets_file.stat().st_mode) == 0o600
    again = gza("secrets", "init", "--if-missing", cwd=root)
    assert again.returncode == 0 and again.stdout == ""
    upgraded = gza("db", "upgrade", cwd=root)
    assert upgraded.returncode == 0, upgraded.stderr
    with sqlite3.connect(root / "var" / "gza.sqlite3") as db:
        tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"persons", "conversations", "inbox", "outbox", "alembic_version"} <= tables


def test_a_secret_in_the_config_file_is_refused(tmp_path: Path) -> None:
    root = project_copy(tmp_path)
    (root / "config.toml").write_text('[telegram]\ntoken = "123:abc"\n')
    result = gza("check", cwd=root, **SECRETS)
    assert result.returncode == 2
    assert "telegram.token: secrets belong in the environment" in result.stderr
