"""An operator's mistake gets one line naming the key or the fix, exit code 2, never a traceback:
for every command that touches the database (run, db upgrade, directory, keys).

Most run the command in this process (typer's runner: an exception that escapes is a failed
test, as a traceback would be); starting, stopping and racing processes use real ones."""

from __future__ import annotations

import logging
import os
import signal
import socket
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest
from typer.testing import CliRunner

from bot.__main__ import app
from tests.cli.test_gza_command import SECRETS, project_copy
from tests.conftest import POSTGRES_URL, ROOT

COMMANDS = {
    "run": ("run",),
    "db upgrade": ("db", "upgrade"),
    "directory export": ("directory", "export", "out", "--format", "yaml"),
    "keys rotate": ("keys", "rotate"),
    "report": ("report", "--month", "2026-10", "--out", "report"),
}
USING_A_DATABASE = {k: v for k, v in COMMANDS.items() if k != "db upgrade"}
needs_postgres = pytest.mark.skipif(POSTGRES_URL is None, reason="GZA_TEST_POSTGRES_URL not set")


@dataclass(frozen=True)
class Outcome:
    returncode: int
    stdout: str
    stderr: str


@pytest.fixture
def root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A project copy as the working directory; the logging ``gza run`` sets up is undone."""
    monkeypatch.chdir(project_copy(tmp_path))
    logger = logging.getLogger()
    handlers, level = logger.handlers[:], logger.level
    yield tmp_path
    logger.handlers[:], logger.level = handlers, level


def gza(*args: str, cwd: Path, **env: str) -> Outcome:
    """The command in this process, in ``cwd`` (the ``root`` fixture), with only ``env``."""
    assert Path.cwd() == cwd
    unset: dict[str, str | None] = {k: None for k in os.environ if k.startswith("GZA_")}
    result = CliRunner().invoke(app, list(args), env={**unset, **env})
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return Outcome(result.exit_code, result.stdout, result.stderr)


def one_line(result: Outcome, *expected: str) -> str:
    """The single error line, after checking it is one line, exit code 2, and says each of
    ``expected``."""
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert result.returncode == 2, result.stderr
    assert len(lines) == 1, result.stderr
    for words in expected:
        assert words in lines[0]
    return lines[0]


def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'gza.sqlite3'}"


def postgres_url(**changes: str) -> str:
    """The test server's URL with its user, port or database changed."""
    assert POSTGRES_URL is not None
    parts = urlsplit(POSTGRES_URL)
    user = changes.get("user", parts.username or "postgres")
    host = parts.hostname or "127.0.0.1"
    port = changes.get("port", str(parts.port or 5432))
    database = changes.get("database", parts.path.lstrip("/"))
    return urlunsplit(("postgresql", f"{user}@{host}:{port}", f"/{database}", "", ""))


def free_port() -> int:
    """A port nothing listens on (it was free a moment ago)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.mark.parametrize("command", COMMANDS.values(), ids=COMMANDS.keys())
def test_a_database_url_that_is_not_one_names_the_key(root: Path, command: tuple[str]) -> None:
    result = gza(*command, cwd=root, GZA_DATABASE__URL="garbage", **SECRETS)
    one_line(result, "configuration key database.url", "sqlite:///", "postgresql://")


def test_a_database_gza_cannot_run_on_is_named_without_repeating_the_password(root: Path) -> None:
    result = gza("db", "upgrade", cwd=root, GZA_DATABASE__URL="mysql://u:hunter2@db/x")
    line = one_line(result, "database.url", "SQLite or PostgreSQL")
    assert "hunter2" not in line


@pytest.mark.parametrize("command", COMMANDS.values(), ids=COMMANDS.keys())
def test_an_unreachable_database_is_named_with_host_and_port(
    root: Path, command: tuple[str]
) -> None:
    port = free_port()
    url = f"postgresql://gza:hunter2@127.0.0.1:{port}/gza"
    no_wait = {"GZA_DATABASE__STARTUP_WAIT_SECONDS": "0"}  # gza run would wait (test below)
    result = gza(*command, cwd=root, GZA_DATABASE__URL=url, **no_wait, **SECRETS)
    line = one_line(result, f"cannot reach PostgreSQL at 127.0.0.1:{port}", "database.url")
    assert "hunter2" not in line


@needs_postgres
@pytest.mark.parametrize("command", COMMANDS.values(), ids=COMMANDS.keys())
def test_a_wrong_postgresql_user_is_named(root: Path, command: tuple[str]) -> None:
    url = postgres_url(user="nobody_at_all")
    result = gza(*command, cwd=root, GZA_DATABASE__URL=url, **SECRETS)
    one_line(result, "PostgreSQL refused user 'nobody_at_all'", "database.url")


@needs_postgres
def test_a_missing_postgresql_database_says_how_to_create_it(root: Path) -> None:
    url = postgres_url(database="gza_never_created")
    result = gza("db", "upgrade", cwd=root, GZA_DATABASE__URL=url, **SECRETS)
    one_line(result, "database 'gza_never_created' does not exist", "createdb gza_never_created")


@pytest.mark.parametrize("command", USING_A_DATABASE.values(), ids=USING_A_DATABASE.keys())
@pytest.mark.parametrize("backend", ["sqlite", "postgres"])
def test_a_database_not_yet_migrated_names_gza_db_upgrade(
    root: Path, tmp_path: Path, command: tuple[str], backend: str
) -> None:
    if backend == "postgres" and POSTGRES_URL is None:
        pytest.skip("GZA_TEST_POSTGRES_URL not set")
    if backend == "sqlite" and command == ("run",):
        pytest.skip("gza run migrates SQLite itself (test below)")
    url = POSTGRES_URL if backend == "postgres" else sqlite_url(tmp_path)
    if backend == "postgres":
        reset(url)
    result = gza(*command, cwd=root, GZA_DATABASE__URL=url, **SECRETS)
    one_line(result, "the database has no Gza tables yet: run `gza db upgrade`")


@pytest.mark.parametrize("command", COMMANDS.values(), ids=COMMANDS.keys())
def test_master_keys_that_are_not_a_json_list_name_the_variable(
    root: Path, command: tuple[str]
) -> None:
    env = {**SECRETS, "GZA_SECRETS__MASTER_KEYS": "k1:not-a-list"}
    result = gza(*command, cwd=root, **env)
    one_line(result, "secrets.master_keys (GZA_SECRETS__MASTER_KEYS): not JSON", '["k2:')


def test_a_pepper_that_is_not_base64_says_what_it_must_be(root: Path) -> None:
    env = {**SECRETS, "GZA_SECRETS__PEPPER": "garbage"}
    one_line(gza("run", cwd=root, **env), "secrets.pepper: not base64", "gza secrets init")


def test_a_web_port_in_use_names_the_key_and_the_way_out(root: Path, tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        env = {**SECRETS, "GZA_DATABASE__URL": sqlite_url(tmp_path), "GZA_WEB__PORT": str(port)}
        result = gza("run", cwd=root, **env)
    one_line(result, f"web.port: 127.0.0.1:{port} is already in use", "GZA_WEB__PORT")


@pytest.fixture
def running(root: Path, tmp_path: Path) -> Iterator[tuple[subprocess.Popen[str], list[str]]]:
    """``gza run`` on a fresh SQLite file, stopped with Ctrl+C; yields it once it serves."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("GZA_")}
    env |= {"PYTHONPATH": str(ROOT), **SECRETS, "GZA_WEB__PORT": "0"}
    env["GZA_DATABASE__URL"] = sqlite_url(tmp_path)
    process = subprocess.Popen(
        [sys.executable, "-m", "bot", "run"],
        cwd=root,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    assert process.stdout is not None
    lines: list[str] = []
    for line in process.stdout:  # until it serves, or ends
        lines.append(line.rstrip())
        if line.startswith("Gza web chat:"):
            break
    try:
        yield process, lines
    finally:
        process.send_signal(signal.SIGINT)
        process.communicate(timeout=30)


def test_run_migrates_a_fresh_sqlite_database_and_says_so(
    running: tuple[subprocess.Popen[str], list[str]], tmp_path: Path
) -> None:
    process, lines = running
    assert lines[0].startswith("Migrated the SQLite database to revision "), lines
    assert lines[-1].startswith("Gza web chat: http://127.0.0.1:"), lines
    assert process.poll() is None
    with sqlite3.connect(tmp_path / "gza.sqlite3") as db:
        assert db.execute("SELECT count(*) FROM directory_services").fetchone()[0] > 0


@needs_postgres
def test_run_refuses_a_postgresql_database_behind_and_names_the_command(root: Path) -> None:
    assert POSTGRES_URL is not None
    reset(POSTGRES_URL)
    result = gza("run", cwd=root, GZA_DATABASE__URL=POSTGRES_URL, **SECRETS)
    one_line(result, "run `gza db upgrade`")


@needs_postgres
def test_several_processes_may_upgrade_postgresql_at_once(root: Path) -> None:
    """One per container at deploy time: they take turns, and every one succeeds."""
    assert POSTGRES_URL is not None
    reset(POSTGRES_URL)
    env = {k: v for k, v in os.environ.items() if not k.startswith("GZA_")}
    env |= {"PYTHONPATH": str(ROOT), "GZA_DATABASE__URL": POSTGRES_URL}
    upgrades = [
        subprocess.Popen(
            [sys.executable, "-m", "bot", "db", "upgrade"],
            cwd=root,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(3)
    ]
    for upgrade in upgrades:
        _, err = upgrade.communicate(timeout=60)
        assert upgrade.returncode == 0, err
    again = gza("db", "upgrade", cwd=root, GZA_DATABASE__URL=POSTGRES_URL)
    assert "already up to date" in again.stdout, again.stderr


def test_db_upgrade_says_what_it_did(root: Path, tmp_path: Path) -> None:
    url = sqlite_url(tmp_path)
    first = gza("db", "upgrade", cwd=root, GZA_DATABASE__URL=url)
    assert first.stdout.startswith("Created the database tables (revision "), first.stderr
    again = gza("db", "upgrade", cwd=root, GZA_DATABASE__URL=url)
    assert again.stdout.startswith("The database is already up to date (revision ")


def test_exporting_an_empty_directory_says_how_it_gets_filled(root: Path, tmp_path: Path) -> None:
    url = sqlite_url(tmp_path)
    assert gza("db", "upgrade", cwd=root, GZA_DATABASE__URL=url).returncode == 0
    result = gza("directory", "export", "out", "--format", "yaml", cwd=root, GZA_DATABASE__URL=url)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "the directory is empty" in lines[0]
    assert "[directory] seed" in lines[0] and "gza directory import" in lines[0]
    assert not (root / "out").exists()


def test_check_refuses_a_bad_database_url_or_pepper(root: Path) -> None:
    bad_url = gza("check", cwd=root, GZA_DATABASE__URL="garbage", **SECRETS)
    one_line(bad_url, "configuration key database.url")
    bad_pepper = gza("check", cwd=root, **{**SECRETS, "GZA_SECRETS__PEPPER": "garbage"})
    one_line(bad_pepper, "configuration key secrets.pepper")


def test_check_names_a_missing_secret(root: Path) -> None:
    result = gza("check", cwd=root)
    assert result.returncode == 1
    assert "secrets.pepper: missing" in result.stderr and "gza secrets init" in result.stderr


def test_check_connect_reaches_the_database_and_reports_its_revision(
    root: Path, tmp_path: Path
) -> None:
    url = sqlite_url(tmp_path)
    fresh = gza("check", "--connect", cwd=root, GZA_DATABASE__URL=url, **SECRETS)
    assert fresh.returncode == 0, fresh.stderr
    assert "will be migrated to" in fresh.stdout  # gza run does it on SQLite ...
    assert not (tmp_path / "gza.sqlite3").exists()  # ... and check left it alone
    gza("db", "upgrade", cwd=root, GZA_DATABASE__URL=url)
    ready = gza("check", "--connect", cwd=root, GZA_DATABASE__URL=url, **SECRETS)
    assert "The database is reachable and at revision" in ready.stdout
    away = f"postgresql://gza@127.0.0.1:{free_port()}/gza"
    refused = gza("check", "--connect", cwd=root, GZA_DATABASE__URL=away, **SECRETS)
    assert refused.returncode == 1 and "cannot reach PostgreSQL" in refused.stderr


def reset(url: str) -> None:
    """An empty PostgreSQL schema: a database nobody has migrated."""
    import asyncio

    from tests.conftest import reset_postgres

    asyncio.run(reset_postgres(url))
