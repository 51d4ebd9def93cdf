"""``gza report``: a month's figures for a supervisor to take to a meeting, with nobody in them."""

from __future__ import annotations

import asyncio
import csv
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, time
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from bot.cli_common import ConfigOption, database_ready, err, fail, one_line, out, settings_or_exit
from bot.config import BureauSettings, ConfigError, Settings, require_secrets
from bot.core.texts import Text
from bot.evidence import MIN_THRESHOLD
from bot.evidence.html import HIDDEN, report_html
from bot.i18n import LOCALES, Localizer
from bot.services.catalog import place_names
from bot.services.hours import OpeningHours
from bot.services.ports import Cell
from bot.services.rollup import MonthlyRollup, month_of, month_start
from bot.storage.database import create_engine
from bot.storage.sql import SqlUnitOfWork, unit_of_work_factory

if TYPE_CHECKING:
    from bot.evidence.figures import Figure
    from referral_directory.places import Places

MONTH = re.compile(r"\d{4}-(0[1-9]|1[0-2])")
MONTHS_CHARTED = 12
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class Counted:
    """What the roll-up kept: the month, each bureau's own counts, and earlier months."""

    counts: dict[Cell, int]
    bureaus: dict[str, dict[Cell, int]]
    earlier: dict[str, tuple[dict[Cell, int], dict[str, dict[Cell, int]]]]
    places: Places
    """The directory's places, for their names in the report's language."""


def report(
    month: Annotated[str, typer.Option(help="The month, as 2026-11.")],
    out_dir: Annotated[Path, typer.Option("--out", help="A new or empty folder.")],
    lang: Annotated[str | None, typer.Option(help="Language of the report.")] = None,
    bureau: Annotated[str | None, typer.Option(help="Only this bureau's figures.")] = None,
    k: Annotated[int | None, typer.Option(help="Smallest count shown.")] = None,
    config: ConfigOption = None,
) -> None:
    """Write CSV tables, SVG charts and a printable HTML report; small counts are hidden."""
    settings = settings_or_exit(config)
    language = lang or settings.i18n.default_locale
    threshold = settings.evidence.threshold if k is None else k
    _check(settings, month, language, threshold, bureau, out_dir)
    database_ready(settings)
    with one_line(settings):
        counted = asyncio.run(_counts(settings, month))
    if not counted.counts:
        fail(f"no figures for {month}: nobody searched that month, or Gza was not counting yet")
    from bot.evidence.figures import report_figures  # scipy loads only when a report is made

    places = settings.bureau_cities().get(bureau or "", frozenset())
    with _progress() as progress:
        figures = report_figures(counted.counts, counted.bureaus, threshold, bureau, places)
        months = _months(counted, month, threshold, bureau, places, progress)
    localizer = Localizer(settings.paths.locales, names=place_names(_places(settings, counted)))
    hours = next((_open_hours(b) for b in settings.bureaus if b.id == bureau), frozenset[int]())
    page = Page(month, threshold, language, bureau, months, hours)
    written = write_report(out_dir, figures, page, localizer)
    out.print(
        f"Wrote {len(figures)} tables, {written} charts and report.html to {out_dir}"
        f" (counts below {threshold} hidden)."
    )


def _places(settings: Settings, counted: Counted) -> Places:
    """The database's places; those of the seed when the bot has never filled the directory."""
    if counted.places.by_id:
        return counted.places
    from referral_directory.files import load_directory

    return load_directory(settings.directory.seed).places


def _check(
    settings: Settings, month: str, language: str, k: int, bureau: str | None, folder: Path
) -> None:
    if not MONTH.fullmatch(month):
        fail(f"--month {month!r}: write the month as YYYY-MM, e.g. 2026-11")
    if language not in LOCALES:
        fail(f"--lang {language!r}: use one of {', '.join(LOCALES)}")
    if k < MIN_THRESHOLD:
        fail(f"--k {k}: counts below {MIN_THRESHOLD} are never shown; use {MIN_THRESHOLD} or more")
    known = [b.id for b in settings.bureaus]
    if bureau is not None and bureau not in known:
        fail(f"--bureau {bureau!r}: use one of {', '.join(known) or '(no bureau configured)'}")
    if month >= month_of(datetime.now(UTC)):
        fail(f"{month} is not over yet: a month is counted once it has ended")
    if folder.exists() and any(folder.iterdir()):
        fail(f"{folder} is not empty: give a new or empty folder")


async def _counts(settings: Settings, month: str) -> Counted:
    try:
        _, ring = require_secrets(settings)
    except ConfigError as exc:
        fail(str(exc))
    engine = create_engine(settings.database.url)
    try:
        work = unit_of_work_factory(engine, ring)
        await MonthlyRollup(work, lambda: datetime.now(UTC), settings.bureau_cities()).run()
        async with SqlUnitOfWork(engine, ring) as uow:
            earlier = {}
            for other in sorted(await uow.evidence.counted_months()):
                if other < month and month_start(other) > _year_before(month):
                    earlier[other] = (
                        await uow.evidence.month(other),
                        await uow.evidence.by_bureau(other),
                    )
            return Counted(
                await uow.evidence.month(month),
                await uow.evidence.by_bureau(month),
                earlier,
                (await uow.directory.load()).places,
            )
    finally:
        await engine.dispose()


def _year_before(month: str) -> datetime:
    start = month_start(month)
    return start.replace(year=start.year - 1)


def _months(
    counted: Counted,
    month: str,
    k: int,
    bureau: str | None,
    places: frozenset[str],
    progress: Progress,
) -> list[tuple[str, int | None]]:
    """The published number of people who searched (by place) in each month charted: each
    month's own suppressed total (from its whole report, suppressed jointly), never a number
    its own report hides."""
    from bot.evidence.figures import report_figures

    every = {**counted.earlier, month: (counted.counts, counted.bureaus)}
    totals: list[tuple[str, int | None]] = []
    for done, (name, (counts, bureaus)) in enumerate(sorted(every.items()), start=1):
        figures = report_figures(counts, bureaus, k, bureau, places)
        city = next((f for f in figures if f.name == "city"), None)
        totals.append((name, city.published.total if city else None))
        progress(done, len(every))
    return totals[-MONTHS_CHARTED:]


def _open_hours(bureau: BureauSettings) -> frozenset[int]:
    """Hours of the day the bureau is open on at least one day of the week (for the chart)."""
    week = OpeningHours.parse(bureau.timezone, bureau.hours, []).week
    spans = [span for day in week.values() for span in day]

    def open_in(hour: int) -> bool:
        ends = time(hour + 1) if hour < 23 else time.max
        return any(s.start < ends and s.end > time(hour) for s in spans)

    return frozenset(hour for hour in range(24) if open_in(hour))


@contextmanager
def _progress() -> Iterator[Progress]:
    """A bar on stderr for long runs, only when stderr is a terminal."""
    if not err.is_terminal:
        yield lambda done, total: None
        return
    from rich.progress import BarColumn, MofNCompleteColumn, TextColumn
    from rich.progress import Progress as Bar

    with Bar(TextColumn("Months"), BarColumn(), MofNCompleteColumn(), console=err) as bar:
        task = bar.add_task("months", total=None)
        yield lambda done, total: bar.update(task, completed=done, total=total)


@dataclass(frozen=True)
class Page:
    month: str
    k: int
    lang: str
    bureau: str | None
    months: list[tuple[str, int | None]]
    open_hours: frozenset[int]


def write_report(folder: Path, figures: list[Figure], page: Page, localizer: Localizer) -> int:
    folder.mkdir(parents=True, exist_ok=True)
    from bot.evidence.charts import report_charts
    from bot.evidence.figures import CROSS, csv_rows

    for figure in figures:
        name = figure.name.replace(CROSS, "_by_")
        with (folder / f"{name}.csv").open("w", newline="", encoding="utf-8") as file:
            csv.writer(file).writerows(csv_rows(figure, HIDDEN))

    def render(message: str, **args: str | int) -> str:
        return localizer.render(page.lang, Text(message, args))

    def known(message: str) -> bool:
        return localizer.has(page.lang, message)

    charts = report_charts(figures, render, known, page.months, page.open_hours)
    for number, chart in enumerate(charts, start=1):
        (folder / f"chart-{number}.svg").write_text(chart, "utf-8")
    html = report_html(figures, page.month, page.k, render, known, page.bureau, charts)
    (folder / "report.html").write_text(html, "utf-8")
    return len(charts)
