"""Regenerate the sample reports in this folder from synthetic data (nobody real is in them):

    .venv/bin/python docs/evidence-sample/generate.py

Six months of made-up searches, cases, check-ins and reports of disrespect go through the same
roll-up, suppression, charts and page as ``gza report``: ``en/`` is the report for all bureaus
in English, ``ka-kutaisi/`` the Kutaisi bureau's report in Georgian (November 2026, k = 10).
"""

from __future__ import annotations

import random
import shutil
from datetime import UTC, datetime
from pathlib import Path

from bot.config import BureauSettings
from bot.evidence.figures import report_figures
from bot.i18n import Localizer
from bot.report_cli import Page, _open_hours, write_report
from bot.services.rollup import count_by_bureau, count_people, month_of

HERE = Path(__file__).parent
ROOT = HERE.parent.parent
MONTHS = ("2026-06", "2026-07", "2026-08", "2026-09", "2026-10", "2026-11")
K = 10
KUTAISI = BureauSettings(
    id="kutaisi",
    cities=["kutaisi"],
    hours={day: ["10:00-18:00"] for day in ("mon", "tue", "wed", "thu", "fri")},
)
BUREAUS = {"kutaisi": frozenset({"kutaisi"}), "tbilisi": frozenset({"tbilisi", "rustavi"})}
CITIES = ("kutaisi", "tbilisi", "rustavi", "batumi")
NEEDS = ("legal", "medical", "testing", "shelter", "violence_support", "mental_health")
GROUPS = ("women_who_use_drugs", "sex_workers", "violence_survivors", "lgbtqi", "prefer_not")
Row = tuple[str, dict[str, str]]


def person_rows(rng: random.Random, who: str) -> list[Row]:
    city = rng.choices(CITIES, (45, 35, 12, 8))[0]
    search = {"city": city, "needs": ",".join(rng.sample(NEEDS, rng.choice((1, 1, 2))))}
    if rng.random() < 0.6:
        search["groups"] = rng.choice(GROUPS)
    rows: list[Row] = [(who, search)]
    bureau = next((b for b, cities in BUREAUS.items() if city in cities), "tbilisi")
    if rng.random() < 0.55:
        hour = rng.choices(range(24), [1] * 8 + [4] * 10 + [3] * 6)[0]
        opened = 10 <= hour < 18
        rows.append((who, _event("contact", bureau, hour=f"{hour:02d}", opened=opened, rng=rng)))
        band = rng.choices(("under_h1", "h1_to_4", "h4_to_24", "over_h24"), (5, 3, 2, 1))[0]
        rows.append((who, {"evidence": "taken", "take_bureau": bureau, "take_time": band}))
        outcome = rng.choices(("referred", "info", "no_response", "emergency"), (5, 4, 2, 1))[0]
        rows.append(
            (
                who,
                {
                    "evidence": "closed",
                    "close_bureau": bureau,
                    "close_outcome": outcome,
                    "close_time": rng.choice(("h4_to_24", "over_h24")),
                },
            )
        )
        kind = rng.choices(
            (
                "physical_assault",
                "psychological_abuse",
                "denial_of_resources",
                "not_violence",
                "not_disclosed",
            ),
            (3, 4, 2, 3, 3),
        )[0]
        rows.append(
            (who, {"evidence": "violence", "violence_bureau": bureau, "violence_type": kind})
        )
    if rng.random() < 0.35:
        kind = rng.choice(("medical", "legal", "testing"))
        respected = rng.choices(("yes", "no"), (3, 1))[0]
        rows.append(
            (
                who,
                {
                    "evidence": "follow_up",
                    "followup_type": kind,
                    "followup_reached": "yes",
                    "followup_respected": respected,
                },
            )
        )
        if respected == "no":
            rows.append(
                (who, {"evidence": "disrespect", "disrespect_type": kind, "disrespect_city": city})
            )
    return rows


def _event(
    kind: str, bureau: str, *, hour: str, opened: bool, rng: random.Random
) -> dict[str, str]:
    return {
        "evidence": kind,
        "contact_bureau": bureau,
        "contact_hour": hour,
        "contact_weekday": rng.choice(("mon", "tue", "wed", "thu", "fri", "sat", "sun")),
        "contact_hours": "open" if opened else "closed",
    }


def main() -> None:
    rng = random.Random(2026)
    counted = {}
    for n, month in enumerate(MONTHS):
        rows = [r for p in range(500 + 60 * n) for r in person_rows(rng, f"{month}-{p}")]
        counted[month] = (count_people(rows), count_by_bureau(rows, BUREAUS))
    month = MONTHS[-1]
    localizer = Localizer(ROOT / "locales")
    for folder, lang, bureau in (("en", "en", None), ("ka-kutaisi", "ka", "kutaisi")):
        places = BUREAUS.get(bureau or "", frozenset())
        totals: list[tuple[str, int | None]] = []
        for name, (counts, bureaus) in counted.items():
            every = report_figures(counts, bureaus, K, bureau, places)
            city = next(f for f in every if f.name == "city")
            totals.append((name, city.published.total))
        counts, bureaus = counted[month]
        figures = report_figures(counts, bureaus, K, bureau, places)
        hours = _open_hours(KUTAISI) if bureau else frozenset[int]()
        target = HERE / folder
        shutil.rmtree(target, ignore_errors=True)
        write_report(target, figures, Page(month, K, lang, bureau, totals, hours), localizer)
        print(f"{target.relative_to(ROOT)}: {len(figures)} tables")
    assert month_of(datetime(2026, 11, 30, tzinfo=UTC)) == month


if __name__ == "__main__":
    main()
