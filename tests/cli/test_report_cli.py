"""`gza report`: a supervisor gets tables and a printable page with nobody in them."""

from __future__ import annotations

import asyncio
import csv
import random
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bot.privacy.crypto import KeyRing, MasterKey
from bot.storage.database import create_engine
from bot.storage.sql import SqlUnitOfWork
from tests.cli.test_gza_command import gza, project_copy
from tests.conftest import MASTER_KEY, PEPPER

SECRETS = {"GZA_SECRETS__PEPPER": PEPPER, "GZA_SECRETS__MASTER_KEYS": f'["{MASTER_KEY}"]'}
CITIES = ("kutaisi", "tbilisi", "batumi", "marneuli")
NEEDS = ("legal", "medical", "shelter", "violence_support")


async def searches_in(url: str, month_start: datetime, people: int) -> None:
    engine = create_engine(url)
    rng = random.Random(3)
    async with SqlUnitOfWork(engine, KeyRing([MasterKey.parse(MASTER_KEY)])) as uow:
        for n in range(people):
            weights = (60, 25, 12, 3)  # few in Marneuli: their figures must not show
            city = rng.choices(CITIES, weights)[0]
            answers = {"city": city, "needs": ",".join(rng.sample(NEEDS, rng.choice((1, 2))))}
            day = month_start + timedelta(days=rng.randrange(28))
            await uow.screenings.record(f"p{n}", answers, day)
        await uow.commit()
    await engine.dispose()


def prepared(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    root = project_copy(tmp_path / "project")
    env = {"GZA_DATABASE__URL": f"sqlite:///{tmp_path / 'gza.sqlite3'}", **SECRETS}
    assert gza("db", "upgrade", cwd=root, **env).returncode == 0
    url = f"sqlite+aiosqlite:///{tmp_path / 'gza.sqlite3'}"
    asyncio.run(searches_in(url, datetime(2026, 10, 1, 10, tzinfo=UTC), 120))
    return root, env


def test_a_month_report_shows_no_count_below_k_in_any_table(tmp_path: Path) -> None:
    root, env = prepared(tmp_path)
    result = gza("report", "--month", "2026-10", "--out", "out", "--lang", "ka", cwd=root, **env)
    assert result.returncode == 0, result.stderr
    folder = root / "out"
    tables = sorted(p.name for p in folder.glob("*.csv"))
    assert "city.csv" in tables and "city_by_needs.csv" in tables
    shown = hidden = 0
    for path in folder.glob("*.csv"):
        for row in list(csv.reader(path.open(encoding="utf-8")))[1:]:
            if row[-1] == "[c]":
                hidden += 1
            else:
                assert int(row[-1]) >= 10, (path.name, row)
                shown += 1
    assert shown > 0 and hidden > 0
    city = {row[0]: row[1] for row in csv.reader((folder / "city.csv").open(encoding="utf-8"))}
    assert city["marneuli"] == "[c]" and int(city["kutaisi"]) >= 10
    page = (folder / "report.html").read_text("utf-8")
    assert '<html lang="ka">' in page and "ქუთაისი" in page  # names in the chosen language
    assert "[c]" in page and "10" in page  # the rule is stated with its threshold


def test_report_mistakes_get_one_clear_line(tmp_path: Path) -> None:
    root, env = prepared(tmp_path)
    cases = {
        ("--month", "Oct 2026"): "write the month as YYYY-MM",
        ("--month", "2026-10", "--k", "3"): "counts below 5 are never shown",
        ("--month", "2026-09"): "no figures for 2026-09",
    }
    for args, expected in cases.items():
        result = gza("report", *args, "--out", "out", cwd=root, **env)
        assert result.returncode == 2, (args, result.stderr)
        assert expected in result.stderr and "Traceback" not in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1


def test_a_bureau_report_is_its_part_of_the_whole_with_charts(tmp_path: Path) -> None:
    root, env = prepared(tmp_path)
    env["GZA_BUREAUS"] = '[{"id": "kutaisi", "cities": ["kutaisi"]}]'
    mine = gza(
        "report", "--month", "2026-10", "--out", "mine", "--bureau", "kutaisi", cwd=root, **env
    )
    assert mine.returncode == 0, mine.stderr
    whole = gza("report", "--month", "2026-10", "--out", "all", "--lang", "en", cwd=root, **env)
    assert whole.returncode == 0, whole.stderr

    def table(folder: str, name: str) -> dict[str, str]:
        rows = csv.reader((root / folder / name).open(encoding="utf-8"))
        return {row[0]: row[-1] for row in list(rows)[1:]}

    assert table("mine", "city.csv") == {
        "kutaisi": table("all", "city.csv")["kutaisi"],
        "total": table("all", "city.csv")["kutaisi"],
    }
    needs = list(csv.reader((root / "all" / "bureau_by_needs.csv").open(encoding="utf-8")))
    kutaisi = {row[1]: row[2] for row in needs[1:] if row[0] == "kutaisi"}
    assert table("mine", "needs.csv") == kutaisi  # its row of the crossed table, with its total
    charts = sorted(p.name for p in (root / "mine").glob("*.svg"))
    assert charts and all((root / "mine" / c).read_text("utf-8").startswith("<svg") for c in charts)
    assert "<svg" in (root / "mine" / "report.html").read_text("utf-8")

    wrong = gza(
        "report", "--month", "2026-10", "--out", "x", "--bureau", "nowhere", cwd=root, **env
    )
    assert wrong.returncode == 2 and "--bureau 'nowhere': use one of kutaisi" in wrong.stderr
