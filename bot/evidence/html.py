"""The printable monthly report: plain HTML a supervisor can open, print or save as PDF, in the
language they chose, with the method and the suppression rule said in plain words."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from html import escape
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the figures need scipy, which every other gza command can do without
    from bot.evidence.figures import Figure

Render = Callable[..., str]  # a keyword per Fluent variable
"""``render(message_id, **args)``: a Fluent message in the report's language."""
LABELS: dict[str, str] = {
    "city": "place-",
    "disrespect_city": "place-",
    "needs": "need-",
    "followup_type": "need-",
    "disrespect_type": "need-",
    "groups": "group-",
    "prefs": "pref-",
    "service_language": "language-name-",
    "rights_topic": "rights-",
}
"""Where the name of an answer lives in the locales (answer ids use _, message ids use -)."""
SELECTS: dict[str, tuple[str, str]] = {
    "close_outcome": ("staff-outcome", "outcome"),
    "violence_type": ("staff-violence", "kind"),
    "take_time": ("report-band", "band"),
    "close_time": ("report-band", "band"),
    "contact_weekday": ("report-weekday", "day"),
    "contact_hours": ("report-opening", "open"),
    "followup_reached": ("report-answer", "answer"),
    "followup_respected": ("report-answer", "answer"),
}
"""Answers named by one message with a variant per answer: (message, variable)."""
NO_BUREAU = "_none"
HIDDEN = "[c]"
STYLE = (
    "body{font-family:sans-serif;max-width:50rem;margin:2rem auto;padding:0 1rem;color:#111}"
    "table{border-collapse:collapse;margin:.5rem 0 1.5rem}td,th{border:1px solid #999;"
    "padding:.25rem .5rem;text-align:right}th:first-child,td:first-child{text-align:left}"
    ".c{color:#555}figure.chart{margin:1rem 0}figure.chart svg{max-width:100%;height:auto}"
)


def label(render: Render, dimension: str, answer: str, known: Callable[[str], bool]) -> str:
    """The answer's name in the report's language; the id itself when no message names it."""
    if answer == "unanswered":
        return render("report-unanswered")
    if answer in ("", "total"):
        return render("report-total")
    if dimension in SELECTS:
        message, variable = SELECTS[dimension]
        return render(message, **{variable: answer})
    if dimension == "bureau":
        return render("report-no-bureau") if answer == NO_BUREAU else answer
    if dimension == "contact_hour":
        return f"{answer}:00"
    message = LABELS.get(dimension, "") + answer.replace("_", "-")
    if dimension == "rights_topic":  # topic ids are kept as they are (bot.rights.texts)
        message = f"rights-{answer}-title"
    return render(message) if dimension in LABELS and known(message) else answer


def report_html(
    figures: list[Figure],
    month: str,
    k: int,
    render: Render,
    known: Callable[[str], bool],
    bureau: str | None = None,
    charts: Sequence[str] = (),
) -> str:
    """The page: title, the method in plain words, the charts (inline SVG), then the tables."""
    title = report_title(render, month, bureau)
    body = report_body(figures, month, k, render, known, bureau, charts)
    lang = escape(render("report-lang"))
    return (
        f'<!doctype html>\n<html lang="{lang}"><head><meta charset="utf-8">'
        f"<title>{escape(title)}</title>"
        f"<style>{STYLE}</style></head><body>\n{body}\n</body></html>\n"
    )


def report_title(render: Render, month: str, bureau: str | None) -> str:
    if bureau:
        return render("report-bureau-title", bureau=bureau, month=month)
    return render("report-title", month=month)


def report_body(
    figures: list[Figure],
    month: str,
    k: int,
    render: Render,
    known: Callable[[str], bool],
    bureau: str | None = None,
    charts: Sequence[str] = (),
) -> str:
    """The report without its page around it (the console puts it in its own), escaped; no
    style attribute anywhere, so a strict content security policy can show it."""
    title = report_title(render, month, bureau)
    parts = [
        f"<h1>{escape(title)}</h1>",
        f"<p>{escape(render('report-method', k=k))}</p>",
        f"<p>{escape(render('report-method-cases'))}</p>",
        f"<p>{escape(render('report-hidden-rule', k=k, hidden=HIDDEN))}</p>",
        f"<p>{escape(render('report-several-answers'))}</p>",
    ]
    if bureau:
        parts.append(f"<p>{escape(render('report-bureau-note'))}</p>")
    if charts:
        parts.append(f"<h2>{escape(render('report-charts'))}</h2>")
        parts.append(f"<p>{escape(render('report-chart-hidden', hidden=HIDDEN))}</p>")
        parts += [f'<figure class="chart">{chart}</figure>' for chart in charts]
    for figure in figures:
        parts += _table(figure, render, known)
    return "\n".join(parts)


def _table(figure: Figure, render: Render, known: Callable[[str], bool]) -> list[str]:
    p = figure.published
    first, *rest = figure.dimensions
    second = rest[0] if rest else ""

    def cell(value: int | None) -> str:
        return f'<td class="c">{HIDDEN}</td>' if value is None else f"<td>{value}</td>"

    title = " × ".join(render(f"report-dimension-{d.replace('_', '-')}") for d in figure.dimensions)
    heads = [label(render, second, c, known) for c in p.columns] if second else []
    head = "".join(f"<th>{escape(h)}</th>" for h in heads or [render("report-people")])
    extra = f"<th>{escape(render('report-total'))}</th>" if p.row_totals is not None else ""
    lines = [f"<h2>{escape(title)}</h2>", "<table>", f"<tr><td></td>{head}{extra}</tr>"]
    for r, row in enumerate(p.cells):
        name = escape(label(render, first, p.rows[r], known))
        total = cell(p.row_totals[r]) if p.row_totals is not None else ""
        lines.append(f"<tr><th>{name}</th>{''.join(cell(v) for v in row)}{total}</tr>")
    totals = "".join(cell(v) for v in p.column_totals) if second else cell(p.total)
    grand = cell(p.total) if p.row_totals is not None else ""
    lines.append(f"<tr><th>{escape(render('report-total'))}</th>{totals}{grand}</tr>")
    lines.append("</table>")
    return lines
