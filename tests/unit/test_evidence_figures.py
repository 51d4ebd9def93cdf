"""A bureau's report and the report for all bureaus, side by side, give nobody away: the
bureau's is cut from the same suppressed tables, so every number it shows is shown in (or is a
sum of numbers shown in) the report for all bureaus. And the charts draw only published
numbers."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.evidence.charts import horizontal, report_charts, vertical
from bot.evidence.figures import Cell, Figure, for_bureau, publish, report_figures
from bot.evidence.html import HIDDEN

K = 10
BUREAUS = {"kutaisi": frozenset({"kutaisi", "zestaponi"}), "batumi": frozenset({"batumi"})}
NEEDS = ("legal", "medical", "shelter")
OUTCOMES = ("referred", "info", "no_response")


@st.composite
def months(draw: st.DrawFn) -> tuple[dict[Cell, int], dict[str, dict[Cell, int]]]:
    """Each bureau's counts of people by place, by need, by place and need, and by outcome;
    all bureaus together is their sum (nobody turned to two bureaus)."""
    count = st.one_of(st.integers(0, 14), st.integers(0, 60))
    mine: dict[str, dict[Cell, int]] = {}
    for bureau, places in [*BUREAUS.items(), ("_none", frozenset({"other"}))]:
        cells: dict[Cell, int] = {}
        for place in sorted(places):
            for need in NEEDS:
                cells[("city×needs", place, need)] = draw(count)
            cells[("city", place, "")] = sum(cells[("city×needs", place, n)] for n in NEEDS)
        for need in NEEDS:
            cells[("needs", need, "")] = sum(cells[("city×needs", p, need)] for p in sorted(places))
        for outcome in OUTCOMES:
            cells[("close_outcome", outcome, "")] = draw(count)
        mine[bureau] = cells
    everyone: dict[Cell, int] = {}
    for cells in mine.values():
        for cell, n in cells.items():
            everyone[cell] = everyone.get(cell, 0) + n
    return everyone, mine


def shown(figure: Figure) -> list[int]:
    p = figure.published
    values = [v for row in p.cells for v in row]
    values += [*(p.row_totals or ()), *p.column_totals, p.total]
    return [v for v in values if v is not None]


@settings(max_examples=40, deadline=None)
@given(months())
def test_a_bureau_report_shows_nothing_the_report_for_all_bureaus_hides(
    month: tuple[dict[Cell, int], dict[str, dict[Cell, int]]],
) -> None:
    everyone, mine = month
    report = publish(everyone, K, mine)
    public = {f.name: f for f in report}
    for bureau, places in BUREAUS.items():
        for part in for_bureau(report, bureau, places):
            whole = public.get(part.name) or public[f"bureau×{part.name}"]
            numbers = set(shown(whole))
            cells = [v for row in part.published.cells for v in row if v is not None]
            assert set(cells) <= numbers, (bureau, part.name)
            for value in shown(part):
                assert value >= K  # a sum of shown figures is never small either
            p = part.published
            if p.total is not None and whole.dimensions[0] != "bureau":
                parts = [v for v in (p.row_totals or [r[0] for r in p.cells])]
                assert None not in parts and p.total == sum(v for v in parts if v is not None)


def test_one_dimension_tables_are_crossed_with_the_bureau_and_cut_by_row() -> None:
    mine = {
        "kutaisi": {("close_outcome", "referred", ""): 30, ("close_outcome", "info", ""): 12},
        "batumi": {("close_outcome", "referred", ""): 14, ("close_outcome", "info", ""): 11},
    }
    everyone = {("close_outcome", "referred", ""): 44, ("close_outcome", "info", ""): 23}
    (crossed,) = publish(everyone, K, mine)
    assert crossed.name == "bureau×close_outcome"
    assert crossed.published.column_totals == (23, 44)
    (kutaisi,) = report_figures(everyone, mine, K, "kutaisi", BUREAUS["kutaisi"])
    assert kutaisi.name == "close_outcome"
    assert kutaisi.published.rows == ("info", "referred")
    assert kutaisi.published.cells == ((12,), (30,))
    assert kutaisi.published.total == 42


def test_charts_draw_only_published_numbers_and_mark_the_hidden() -> None:
    svg = horizontal("Needs", [("legal", 31), ("shelter", None)])
    ET.fromstring(svg)  # well-formed, standalone
    numbers = re.findall(r'class="v"[^>]*>(\d+)</text>', svg)
    assert numbers == ["31"]
    assert f">{HIDDEN}</text>" in svg
    hours = vertical("By hour", [("09", 12), ("10", None)], shaded={1}, note="open")
    ET.fromstring(hours)
    assert re.findall(r'class="v"[^>]*>(\d+)</text>', hours) == ["12"]


def test_the_report_charts_come_from_the_published_figures() -> None:
    everyone = {
        ("city×needs", "kutaisi", "legal"): 25,
        ("city×needs", "kutaisi", "shelter"): 3,
        ("city×needs", "batumi", "legal"): 12,
        ("city×needs", "batumi", "shelter"): 14,
        ("contact_hour", "10", ""): 15,
        ("contact_hour", "22", ""): 4,
        ("take_time", "under_h1", ""): 19,
    }
    figures = publish(everyone, K)
    rendered = report_charts(
        figures, lambda message, **_: message, lambda _: False, [("2026-11", 40)], {10}
    )
    assert len(rendered) == 4  # place and need, by month, time to a person, by hour
    drawn = {
        int(n) for chart in rendered for n in re.findall(r'class="v"[^>]*>(\d+)</text>', chart)
    }
    published = {n for f in figures for n in shown(f)} | {40}
    assert drawn <= published
    assert 3 not in drawn and 4 not in drawn
