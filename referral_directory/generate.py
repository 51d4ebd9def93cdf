"""Synthetic directories: many invented organizations over the example cities, with the shape of
the real one (several services each, a few needs and languages, remote services, opening hours
in every form curators write, listings verified at different times, some no longer active).

Why: the matching benchmarks need directories of 1k to 100k services, and round-trip and property
tests need large, varied, valid directories; hand-written files give neither. The output is a
pure function of the arguments (``random.Random(seed)``, a fixed calendar), so a benchmark or a
failing test can be repeated exactly. Everything is marked ``example``: never real services.
"""

from __future__ import annotations

import functools
import random
from collections.abc import Mapping, Sequence
from datetime import date, timedelta
from types import MappingProxyType

from referral_directory.hours import WeeklyHours, parse_hours
from referral_directory.model import Directory, Feedback, Location, Organization, Phone, Service
from referral_directory.places import Place, Places, Point
from referral_directory.taxonomy import ACCESSIBILITY, GROUPS, NEEDS, STATUSES

NEWEST_ASSURED = date(2026, 10, 31)
"""Listings are verified between two years before this day and this day."""
ASSURED_SPREAD_DAYS = 730
SERVICES_PER_ORGANIZATION = (1, 2, 3, 3, 4, 5)
"""Drawn uniformly: three on average."""
REMOTE_SHARE = 0.10
INACTIVE_SHARE = 0.05
CONFIDENTIAL_SHARE = 0.05
"""Locations (shelters) given with no address and no coordinates."""

_CITIES: tuple[tuple[str, float, float, str], ...] = (
    ("tbilisi", 41.7151, 44.8271, "თბილისი Тбилиси Tbilisi Tbilisi Թբիլիսի Тбілісі Тбилиси"),
    ("kutaisi", 42.2679, 42.6946, "ქუთაისი Кутаиси Kutaisi Kutaisi Քութայիսի Кутаїсі Кутаиси"),
    ("batumi", 41.6168, 41.6367, "ბათუმი Батуми Batumi Batumi Բաթումի Батумі Батуми"),
    ("rustavi", 41.5495, 44.9930, "რუსთავი Рустави Rustavi Rustavi Ռուսթավի Руставі Рустави"),
    (
        "marneuli", 41.4759, 44.8086,
        "მარნეული Марнеули Marneuli Marneuli Մառնեուլի Марнеулі Марнеули",
    ),
    (
        "akhaltsikhe", 41.6390, 42.9826,
        "ახალციხე Ахалцихе Akhaltsikhe Axalsıx Ախալցխա Ахалцихе Ахалцихе",
    ),
    (
        "akhalkalaki", 41.4054, 43.4862,
        "ახალქალაქი Ахалкалаки Akhalkalaki Axalkələk Ախալքալաք Ахалкалакі Ахалкалаки",
    ),
)  # fmt: skip
"""Seven cities of ``example/places.yaml``: the same coordinates, and names in
:data:`NAME_LANGUAGES` order (flat: a generated directory has no regions)."""
NAME_LANGUAGES = ("ka", "ru", "en", "az", "hy", "uk", "bg")

CITY_WEIGHTS: Mapping[str, float] = MappingProxyType(
    {"tbilisi": 8, "kutaisi": 3, "batumi": 3, "rustavi": 2, "marneuli": 1, "akhaltsikhe": 1}
)
"""Where organizations are: mostly the capital. Unlisted places weigh 1."""

LANGUAGE_WEIGHTS: Mapping[str, float] = MappingProxyType(
    {"ka": 10, "ru": 6, "en": 4, "az": 1.5, "hy": 1.5, "uk": 1, "bg": 0.3, "tr": 0.5, "os": 0.2}
)
"""Languages services speak. Abkhaz ("ab") is never drawn, so a benchmark can ask for it and be
sure to find nothing."""

_HOURS: tuple[tuple[int, dict[str, str]], ...] = (
    (30, {"mon-fri": "{open}-{close}"}),
    (15, {"mon-fri": "{open}-13:00, 14:00-{close}", "sat": "11:00-15:00"}),
    (4, {"daily": "24h"}),
    (2, {"mon-sun": "00:00-24:00"}),
    (8, {"mon": "{open}-{close}", "wed": "{open}-{close}", "fri": "12:00-20:00"}),
    (8, {"tue-sat": "{open}-{close}", "sun": "closed"}),
    (5, {"mon-fri": "18:00-22:00", "sat-sun": "14:00-22:00"}),
    (6, {"every day": "{open}-{close}"}),
    (8, {"Mon-Thu": " {open} - {close} ", "fri": "{open}-15:00"}),
    (6, {}),
)
"""Opening hours as curators write them, with how often; ``{}`` is by appointment only."""


def georgian_places() -> Places:
    """The seven cities of the example directory, in Georgia's timezone."""
    return Places(
        MappingProxyType(
            {
                ident: Place(ident, _names(names), Point(lat, lon), "Asia/Tbilisi")
                for ident, lat, lon, names in _CITIES
            }
        )
    )


def generate_directory(services: int, seed: int = 0, places: Places | None = None) -> Directory:
    """A directory of exactly ``services`` invented services, the same for the same arguments."""
    rng = random.Random(seed)
    where = places if places is not None else georgian_places()
    organizations: list[Organization] = []
    made = 0
    while made < services:
        count = min(rng.choice(SERVICES_PER_ORGANIZATION), services - made)
        organizations.append(_organization(rng, len(organizations) + 1, made, count, where))
        made += count
    return Directory(tuple(organizations), where)


def generate_feedback(
    directory: Directory, seed: int = 0, share: float = 0.2
) -> dict[str, Feedback]:
    """Reports from people for about ``share`` of the services, mostly good, some bad."""
    rng = random.Random(seed)
    feedback = {}
    for _, service in directory.services():
        if rng.random() < share:
            respected = rng.randint(0, 12)
            feedback[service.id] = Feedback(respected, rng.randint(0, 12 - respected) // 2)
    return feedback


def _organization(
    rng: random.Random, number: int, first: int, count: int, places: Places
) -> Organization:
    ident = f"gen-org-{number:06d}"
    locations = tuple(
        _location(rng, f"{ident}-loc-{i}", places)
        for i in range(1, rng.choice((1, 1, 1, 2, 3)) + 1)
    )
    return Organization(
        id=ident,
        name=_texts(f"Organization {number}", f"ორგანიზაცია {number}", f"Организация {number}"),
        description=_texts("An invented organization.", "გამოგონილი.", "Вымышленная."),
        services=tuple(_service(rng, ident, first + i + 1, locations) for i in range(count)),
        locations=locations,
        website=f"https://example.org/{ident}" if rng.random() < 0.6 else None,
        email=f"{ident}@example.org" if rng.random() < 0.4 else None,
        example=True,
    )


def _location(rng: random.Random, ident: str, places: Places) -> Location:
    ids = sorted(places.by_id)
    city = rng.choices(ids, weights=[CITY_WEIGHTS.get(i, 1.0) for i in ids])[0]
    accessibility = _some(rng, ACCESSIBILITY, (0, 0, 1, 2))
    if rng.random() < CONFIDENTIAL_SHARE:
        return Location(ident, city, _texts("Shelter", "თავშესაფარი", "Приют"))
    centre = places.by_id[city].centre
    return Location(
        id=ident,
        city=city,
        name=_texts(f"Office {ident[-5:]}", "ოფისი", "Офис"),
        address=_texts(f"{rng.randint(1, 120)} Example Street", "მაგალითის ქ.", "ул. Примерная"),
        latitude=round(centre.latitude + rng.uniform(-0.04, 0.04), 5),
        longitude=round(centre.longitude + rng.uniform(-0.05, 0.05), 5),
        accessibility=accessibility,
    )


def _service(
    rng: random.Random, org_id: str, number: int, locations: Sequence[Location]
) -> Service:
    remote = rng.random() < REMOTE_SHARE
    served = rng.sample(locations, min(len(locations), rng.randint(1, 2)))
    at = () if remote else tuple(loc.id for loc in served)
    free = rng.random() < 0.7
    assured = NEWEST_ASSURED - timedelta(days=rng.randrange(ASSURED_SPREAD_DAYS + 1))
    return Service(
        id=f"gen-svc-{number:07d}",
        organization_id=org_id,
        name=_texts(f"Service {number}", f"სერვისი {number}", f"Услуга {number}"),
        description=_texts("An invented service.", "გამოგონილი სერვისი.", "Вымышленная услуга."),
        needs=frozenset(rng.sample(NEEDS, rng.choice((1, 1, 2, 2, 3)))),
        assured_date=assured,
        friendly_to=_some(rng, GROUPS, (0, 0, 1, 1, 2)),
        languages=_languages(rng),
        free=free,
        fees_description=MappingProxyType({})
        if free
        else _texts("A small fee", "ფასიანი", "Платно"),
        anonymous=rng.random() < 0.4,
        accessibility=_some(rng, ACCESSIBILITY, (0, 0, 0, 1)),
        status=rng.choice(STATUSES[1:]) if rng.random() < INACTIVE_SHARE else "active",
        phones=(
            Phone(f"+995 {rng.randint(32, 599)} {rng.randint(100, 999)} {rng.randint(100, 999)}"),
        ),
        hours=_hours(rng),
        location_ids=at,
        url=f"https://example.org/{org_id}/{number}" if rng.random() < 0.3 else None,
    )


def _languages(rng: random.Random) -> frozenset[str]:
    codes, weights = list(LANGUAGE_WEIGHTS), list(LANGUAGE_WEIGHTS.values())
    wanted = rng.choice((1, 2, 2, 3))
    chosen: set[str] = set()
    while len(chosen) < wanted:
        chosen.add(rng.choices(codes, weights=weights)[0])
    return frozenset(chosen)


def _hours(rng: random.Random) -> WeeklyHours | None:
    if rng.random() < 0.15:
        return None
    opens = f"{rng.choice((8, 9, 9, 10, 10, 11)):02d}:{rng.choice(('00', '00', '30')):s}"
    closes = f"{rng.choice((16, 17, 18, 18, 19, 20)):02d}:00"
    form = rng.choices([form for _, form in _HOURS], weights=[weight for weight, _ in _HOURS])[0]
    raw = tuple((day, text.format(open=opens, close=closes)) for day, text in form.items())
    return _parsed(raw)


@functools.cache
def _parsed(raw: tuple[tuple[str, str], ...]) -> WeeklyHours:
    """The same week written the same way is parsed once (and shared, as a loader would not)."""
    return parse_hours(dict(raw))


def _some(rng: random.Random, terms: Sequence[str], sizes: Sequence[int]) -> frozenset[str]:
    return frozenset(rng.sample(terms, rng.choice(sizes)))


def _names(names: str) -> Mapping[str, str]:
    return MappingProxyType(dict(zip(NAME_LANGUAGES, names.split(), strict=True)))


def _texts(en: str, ka: str, ru: str) -> Mapping[str, str]:
    return MappingProxyType({"en": en, "ka": ka, "ru": ru})
