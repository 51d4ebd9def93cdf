"""Charts of the published figures as small, self-contained SVG (no library, no script), drawn
only from what a report publishes: a hidden number is never drawn, it is marked as hidden.

Hand-written because the charts are five plain bar charts; a plotting library (matplotlib is
tens of megabytes) would add more than it gives here. Text goes through ``html.escape``.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from html import escape
from typing import TYPE_CHECKING

from bot.evidence.html import HIDDEN, Render, label

if TYPE_CHECKING:
    from bot.evidence.figures import Figure

Bar = tuple[str, int | None]
"""(label, value); None: hidden in the tables, so not drawn."""
WIDTH, ROW, LABEL_WIDTH, PAD = 680, 22, 280, 8
LONGEST_LABEL = 34
BAR, SHADE, INK = "#3b6ea5", "#e8eef5", "#222"
BANDS = ("under_h1", "h1_to_4", "h4_to_24", "over_h24")
HOURS = tuple(f"{h:02d}" for h in range(24))


def _short(name: str) -> str:
    return name if len(name) <= LONGEST_LABEL else name[: LONGEST_LABEL - 1] + "…"


def _svg(title: str, height: int, body: list[str]) -> str:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height}" '
        f'width="{WIDTH}" height="{height}" role="img" font-family="sans-serif" font-size="12">'
        f"<title>{escape(title)}</title>"
        f'<text x="{PAD}" y="18" font-size="14" font-weight="bold" fill="{INK}">'
        f"{escape(title)}</text>" + "".join(body) + "</svg>"
    )


def horizontal(title: str, bars: Sequence[Bar]) -> str:
    """One bar per line, the label on the left and the number at the end of the bar."""
    most = max((v for _, v in bars if v is not None), default=0) or 1
    room = WIDTH - LABEL_WIDTH - 3 * PAD - 40
    body = []
    for i, (name, value) in enumerate(bars):
        y = 30 + i * ROW
        body.append(
            f'<text x="{LABEL_WIDTH}" y="{y + 15}" text-anchor="end" fill="{INK}">'
            f"{escape(_short(name))}</text>"
        )
        x = LABEL_WIDTH + PAD
        if value is None:
            body.append(f'<text x="{x}" y="{y + 15}" fill="#777">{HIDDEN}</text>')
            continue
        length = round(room * value / most)
        body.append(f'<rect x="{x}" y="{y + 3}" width="{length}" height="{ROW - 6}" fill="{BAR}"/>')
        body.append(
            f'<text class="v" x="{x + length + 4}" y="{y + 15}" fill="{INK}">{value}</text>'
        )
    return _svg(title, 40 + len(bars) * ROW, body)


def vertical(title: str, bars: Sequence[Bar], shaded: Collection[int] = (), note: str = "") -> str:
    """Columns side by side (months, hours); ``shaded``: positions drawn on a tinted ground
    (the hours a bureau is open), named by ``note``."""
    top, plot = 34, 160
    step = (WIDTH - 2 * PAD) / max(len(bars), 1)
    most = max((v for _, v in bars if v is not None), default=0) or 1
    body = []
    for i, (name, value) in enumerate(bars):
        x = PAD + i * step
        if i in shaded:
            body.append(
                f'<rect x="{x:.1f}" y="{top}" width="{step:.1f}" height="{plot}" fill="{SHADE}"/>'
            )
        base = top + plot
        body.append(
            f'<text x="{x + step / 2:.1f}" y="{base + 14}" text-anchor="middle" '
            f'font-size="10" fill="{INK}">{escape(name[:8])}</text>'
        )
        if value is None:
            body.append(
                f'<text x="{x + step / 2:.1f}" y="{base - 4}" text-anchor="middle" '
                f'font-size="9" fill="#777">{HIDDEN}</text>'
            )
            continue
        if value == 0:  # nobody: no row in the tables, nothing drawn (a shown count is >= k)
            continue
        height = round((plot - 16) * value / most)
        body.append(
            f'<rect x="{x + step * 0.15:.1f}" y="{base - height}" width="{step * 0.7:.1f}" '
            f'height="{height}" fill="{BAR}"/>'
            f'<text class="v" x="{x + step / 2:.1f}" y="{base - height - 3}" '
            f'text-anchor="middle" font-size="9" fill="{INK}">{value}</text>'
        )
    if note and shaded:
        body.append(
            f'<rect x="{PAD}" y="{top + plot + 24}" width="12" height="10" fill="{SHADE}" '
            f'stroke="#999"/><text x="{PAD + 16}" y="{top + plot + 33}" fill="{INK}">'
            f"{escape(note)}</text>"
        )
    return _svg(title, top + plot + 42, body)


def series(figure: Figure) -> dict[str, int | None]:
    """A one-dimension figure as answer -> published number: its cells, or, crossed with the
    bureau, its totals of all bureaus together."""
    p = figure.published
    if figure.dimensions[0] == "bureau":
        return dict(zip(p.columns, p.column_totals, strict=True))
    return {row: cells[0] for row, cells in zip(p.rows, p.cells, strict=True)}


def report_charts(
    figures: Sequence[Figure],
    render: Render,
    known: Callable[[str], bool],
    months: Sequence[Bar] = (),
    open_hours: Collection[int] = (),
) -> list[str]:
    """The report's charts, from its published figures (``months``: the published number of
    people of each month; ``open_hours``: hours of the day the bureau is open)."""
    by_name = {f.name.removeprefix("bureau×"): f for f in figures}
    charts = []

    def named(dimension: str, answer: str) -> str:
        return label(render, dimension, answer, known)

    pairs = by_name.get("city×needs")
    if pairs is not None:
        p = pairs.published
        bars = [
            (f"{named('city', r)} · {named('needs', c)}", p.cells[i][j])
            for i, r in enumerate(p.rows)
            for j, c in enumerate(p.columns)
            if p.cells[i][j] != 0
        ]
        charts.append(horizontal(render("report-chart-city-needs"), bars))
    if months:
        charts.append(vertical(render("report-chart-months"), months))
    for name, title in (("disrespect_type", "report-chart-disrespect"),):
        if name in by_name:
            values = series(by_name[name])
            bars = [(named(name, a), v) for a, v in values.items()]
            charts.append(horizontal(render(title), bars))
    if "take_time" in by_name:
        values = series(by_name["take_time"])
        bars = [(named("take_time", b), values[b]) for b in BANDS if b in values]
        charts.append(horizontal(render("report-chart-take-time"), bars))
    if "contact_hour" in by_name:
        values = series(by_name["contact_hour"])
        bars = [(h, values.get(h, 0)) for h in HOURS]
        note = render("report-chart-open")
        charts.append(vertical(render("report-chart-contact-hours"), bars, open_hours, note))
    return charts
