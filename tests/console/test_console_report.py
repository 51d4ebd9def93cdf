"""The supervisor's monthly report page, over HTTP against a running Gza: the same figures as
``gza report`` for a counted month, the supervisor's own bureau only, an admin's choice of
bureau or all, charts as inline SVG under the strict policy, and no number below k."""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from pathlib import Path

from bot.config import Settings, require_secrets
from bot.evidence.figures import Figure, report_figures
from bot.services.ports import Cell
from bot.services.rollup import count_by_bureau, count_people
from bot.storage.database import create_engine
from bot.storage.sql import SqlUnitOfWork
from tests.console.test_console_http import signed_in
from tests.console.world import EKA, NINO, TAMAR, World, console_world
from tests.fake_telegram import FakeTelegram

MONTH = "2026-10"
K = 10
BUREAUS = {"tbilisi": frozenset({"tbilisi", "kutaisi"}), "batumi": frozenset({"batumi"})}
NUMBER = re.compile(r"<td>(\d+)</td>")


def a_month() -> tuple[dict[Cell, int], dict[str, dict[Cell, int]]]:
    rng = random.Random(5)
    rows = []
    for p in range(300):
        answers = {
            "city": rng.choices(("tbilisi", "kutaisi", "batumi"), (5, 3, 1))[0],
            "needs": rng.choice(("legal", "medical", "shelter", "testing")),
            "groups": rng.choice(("lgbtqi", "sex_workers", "violence_survivors")),
        }
        rows.append((f"p{p}", answers))
    return count_people(rows), count_by_bureau(rows, BUREAUS)


async def count(world: World, month: str) -> tuple[dict[Cell, int], dict[str, dict[Cell, int]]]:
    counts, bureaus = a_month()
    engine = create_engine(world.settings.database.url)
    try:
        async with SqlUnitOfWork(engine, require_secrets(world.settings)[1]) as uow:
            await uow.evidence.add_month(month, counts, bureaus)
            await uow.commit()
    finally:
        await engine.dispose()
    return counts, bureaus


def published(figure: Figure) -> list[int]:
    p = figure.published
    values = [v for row in p.cells for v in row]
    values += [*(p.row_totals or ()), *p.column_totals, p.total]
    return [v for v in values if v is not None]


async def test_a_supervisor_sees_their_bureaus_report_with_charts_and_no_small_number(
    fake_telegram: FakeTelegram, settings_for: Callable[..., Settings], tmp_path: Path
) -> None:
    async with console_world(fake_telegram, settings_for, tmp_path) as world:
        counts, bureaus = await count(world, MONTH)
        supervisor = await signed_in(world, EKA)
        admin = await signed_in(world, TAMAR)
        try:
            _, bureau_page = await supervisor.get("/console/bureau")
            assert 'href="/console/report"' in bureau_page
            async with supervisor.session.get(world.base + f"/console/report?month={MONTH}") as r:
                assert r.status == 200
                policy = r.headers["Content-Security-Policy"]
                own = await r.text()
            assert "style-src 'self'" in policy and "unsafe-inline" not in policy
            assert re.findall(r"\sstyle=|<style|<script(?![^>]*\bsrc=)", own) == []
            assert "monthly figures of tbilisi" in own and own.count("<svg") >= 1
            expected = report_figures(counts, bureaus, K, "tbilisi", BUREAUS["tbilisi"])
            shown = [int(n) for n in NUMBER.findall(own)]
            assert shown and min(shown) >= K
            assert set(shown) <= {n for f in expected for n in published(f)}
            _, other = await supervisor.get(f"/console/report?month={MONTH}&bureau=batumi")
            assert "figures of tbilisi" in other and "figures of batumi" not in other
            _, everyone = await admin.get(f"/console/report?month={MONTH}")
            assert f"Gza: monthly figures, {MONTH}" in everyone
            _, batumi = await admin.get(f"/console/report?month={MONTH}&bureau=batumi")
            assert "monthly figures of batumi" in batumi
        finally:
            for visitor in (supervisor, admin):
                await visitor.close()


async def test_staff_cannot_open_the_report_and_an_uncounted_month_says_so(
    fake_telegram: FakeTelegram, settings_for: Callable[..., Settings], tmp_path: Path
) -> None:
    async with console_world(fake_telegram, settings_for, tmp_path) as world:
        staff = await signed_in(world, NINO)
        supervisor = await signed_in(world, EKA)
        try:
            assert (await staff.get("/console/report"))[0] == 403
            status, empty = await supervisor.get("/console/report?month=2026-09")
            assert status == 200 and "No month has been counted yet" in empty
        finally:
            for visitor in (staff, supervisor):
                await visitor.close()
