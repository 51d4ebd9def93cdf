"""``gza report``: a month's figures for a supervisor to take to a meeting, with nobody in them."""

from __future__ import annotations

import asyncio
import csv
import re
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from bot.cli_common import ConfigOption, database_ready, fail, one_line, out, settings_or_exit
from bot.config import ConfigError, Settings, require_secrets
from bot.core.texts import Text
from bot.evidence import DEFAULT_THRESHOLD, MIN_THRESHOLD
from bot.evidence.html import HIDDEN, report_html
from bot.i18n import LOCALES, Localizer
from bot.services.ports import Cell
from bot.services.rollup import MonthlyRollup, month_of
from bot.storage.database import create_engine
from bot.storage.sql import SqlUnitOfWork, unit_of_work_factory

if TYPE_CHECKING:
    from bot.evidence.figures import Figure

MONTH = re.compile(r"\d{4}-(0[1-9]|1[0-2])")


def report(
    month: Annotated[str, typer.Option(help="The month, as 2026-11.")],
    out_dir: Annotated[Path, typer.Option("--out", help="A new or empty folder.")],
    lang: Annotated[str | None, typer.Option(help="Language of the report.")] = None,
    k: Annotated[int, typer.Option(help="Smallest count shown.")] = DEFAULT_THRESHOLD,
    config: ConfigOption = None,
) -> None:
    """Write CSV tables and a printable HTML report; small counts are hidden."""
    settings = settings_or_exit(config)
    language = lang or settings.i18n.default_locale
    if not MONTH.fullmatch(month):
        fail(f"--month {month!r}: write the month as YYYY-MM, e.g. 2026-11")
    if language not in LOCALES:
        fail(f"--lang {language!r}: use one of {', '.join(LOCALES)}")
    if k < MIN_THRESHOLD:
        fail(f"--k {k}: counts below {MIN_THRESHOLD} are never shown; use {MIN_THRESHOLD} or more")
    if month >= month_of(datetime.now(UTC)):
        fail(f"{month} is not over yet: a month is counted once it has ended")
    if out_dir.exists() and any(out_dir.iterdir()):
        fail(f"{out_dir} is not empty: give a new or empty folder")
    database_ready(settings)
    with one_line(settings):
        counts = asyncio.run(_counts(settings, month))
    if not counts:
        fail(f"no figures for {month}: nobody searched that month, or Gza was not counting yet")
    from bot.evidence.figures import publish  # scipy loads only when a report is made

    figures = publish(counts, k)
    _write(out_dir, figures, month, k, Localizer(settings.paths.locales), language)
    out.print(
        f"Wrote {len(figures)} tables and report.html to {out_dir} (counts below {k} hidden)."
    )


async def _counts(settings: Settings, month: str) -> dict[Cell, int]:
    try:
        _, ring = require_secrets(settings)
    except ConfigError as exc:
        fail(str(exc))
    engine = create_engine(settings.database.url)
    try:
        await MonthlyRollup(unit_of_work_factory(engine, ring), lambda: datetime.now(UTC)).run()
        async with SqlUnitOfWork(engine, ring) as uow:
            return await uow.evidence.month(month)
    finally:
        await engine.dispose()


def _write(
    folder: Path, figures: list[Figure], month: str, k: int, localizer: Localizer, lang: str
) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    from bot.evidence.figures import CROSS, csv_rows

    for figure in figures:
        name = figure.name.replace(CROSS, "_by_")
        with (folder / f"{name}.csv").open("w", newline="", encoding="utf-8") as file:
            csv.writer(file).writerows(csv_rows(figure, HIDDEN))

    def render(message: str, **args: str | int) -> str:
        return localizer.render(lang, Text(message, args))

    page = report_html(figures, month, k, render, lambda message: localizer.has(lang, message))
    (folder / "report.html").write_text(page, "utf-8")
