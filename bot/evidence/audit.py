"""The audit behind suppression: what a reader can learn about each hidden figure from every
shown figure of the month together.

A reader knows the shown figures, that each line of a table adds up to its total, that no count
is negative, and how the tables are linked (``Link``). Each hidden figure is then known to lie in
a range: the smallest and largest value a linear programme allows. A small hidden figure (under
``k``, hidden for itself) is *narrow* when its range is under ``k`` people wide (solved outright,
or pinned close enough to single someone out), as a line whose hidden cells add up to less than
``k`` would be. A figure hidden only to protect a small one is not small: a reader may know it
(the same number can be shown in another table) as long as the small ones stay wide. The
programme is split into independent parts (hidden figures no equation or link joins are bounded
apart), which keeps a month's audit small.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from scipy.optimize import linprog
from scipy.sparse import csr_array

Key = tuple[str, str, str, str]
"""(table, "cell" | "row" | "column" | "total", row label, column label)."""
Equation = tuple[tuple[Key, ...], Key]
"""Members that add up to a total."""
UNBOUNDED = 3
"""scipy's status when nothing bounds a hidden figure from above."""
TOLERANCE = 1e-6


PART = "part"
"""``smaller`` counts some of the people ``larger`` counts (Kutaisi's legal help among everyone's
legal help): never more, and a reader cannot tell how many fewer."""
NEARLY = "nearly"
"""``smaller`` never exceeds ``larger`` and equals it when nobody came twice or gave two
answers (everyone who asked for legal help, and the sum of the bureaus' numbers): a reader may
take them to be equal, so the audit does whenever they are."""
SAME = "same"
"""Neither is sure to be the larger, but they are equal when nobody came twice (a bureau's people
by hour and by weekday): audited as equal whenever they are, otherwise not linked."""


@dataclass(frozen=True)
class Link:
    """Two sums of figures, from different tables, that a reader can relate."""

    smaller: tuple[Key, ...]
    larger: tuple[Key, ...]
    relation: str = NEARLY


@dataclass(frozen=True)
class _Constraint:
    coefficients: dict[Key, float]
    bound: float
    equal: bool
    shown: tuple[Key, ...]
    """The shown figures folded into ``bound``: hiding one of them loosens the constraint."""


def narrow(
    values: Mapping[Key, int],
    equations: Sequence[Equation],
    links: Sequence[Link],
    hidden: Collection[Key],
    k: int,
    asked: Collection[Key],
) -> dict[Key, set[Key]]:
    """The small figures of ``asked`` (hidden, under ``k``) a reader can pin to a range under
    ``k`` wide; each with the shown figures that pin it (in a constraint binding its range)."""
    constraints = _constraints(values, equations, links, hidden)
    found: dict[Key, set[Key]] = {}
    for part in _parts(constraints):
        unknowns = sorted({key for c in part for key in c.coefficients})
        targets = [key for key in unknowns if key in asked]
        if targets:
            needed = {key: float(k) for key in targets if values[key] < k}
            found |= _narrow_in(part, unknowns, needed)
    return found


def _constraints(
    values: Mapping[Key, int],
    equations: Sequence[Equation],
    links: Sequence[Link],
    hidden: Collection[Key],
) -> list[_Constraint]:
    """Each equation and link with the shown figures put in: sum(coefficient * hidden) = or <=
    bound."""
    built: list[_Constraint] = []

    def add(plus: Sequence[Key], minus: Sequence[Key], equal: bool) -> None:
        coefficients: dict[Key, float] = {}
        bound = 0.0
        shown: list[Key] = []
        for sign, keys in ((1.0, plus), (-1.0, minus)):
            for key in keys:
                if key in hidden:
                    coefficients[key] = coefficients.get(key, 0.0) + sign
                else:
                    bound -= sign * values[key]
                    shown.append(key)
        coefficients = {key: c for key, c in coefficients.items() if c}
        if coefficients:
            built.append(_Constraint(coefficients, bound, equal, tuple(shown)))

    for members, total in equations:
        add(members, (total,), True)
    for link in links:
        same = sum(values[k] for k in link.smaller) == sum(values[k] for k in link.larger)
        if link.relation != SAME or same:
            add(link.smaller, link.larger, same and link.relation != PART)
    return built


def _parts(constraints: Sequence[_Constraint]) -> list[list[_Constraint]]:
    """Constraints grouped by the hidden figures they share (union-find)."""
    parent: dict[Key, Key] = {}

    def root(key: Key) -> Key:
        while parent.setdefault(key, key) != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    for constraint in constraints:
        first, *rest = constraint.coefficients
        for key in rest:
            parent[root(key)] = root(first)
    grouped: dict[Key, list[_Constraint]] = {}
    for constraint in constraints:
        grouped.setdefault(root(next(iter(constraint.coefficients))), []).append(constraint)
    return [grouped[key] for key in sorted(grouped)]


def _narrow_in(
    part: Sequence[_Constraint], unknowns: Sequence[Key], needed: Mapping[Key, float]
) -> dict[Key, set[Key]]:
    """The figures whose range is narrower than the room each ``needed``."""
    index = {key: i for i, key in enumerate(unknowns)}
    problem: dict[str, object] = {}
    for equal, names in ((True, ("A_eq", "b_eq")), (False, ("A_ub", "b_ub"))):
        chosen = [c for c in part if c.equal == equal]
        if chosen:
            rows, columns, data = [], [], []
            for r, c in enumerate(chosen):
                for key, coefficient in c.coefficients.items():
                    rows.append(r)
                    columns.append(index[key])
                    data.append(coefficient)
            shape = (len(chosen), len(unknowns))
            problem[names[0]] = csr_array((data, (rows, columns)), shape=shape)
            problem[names[1]] = [c.bound for c in chosen]
    found = {}
    for key, room in needed.items():
        objective = [0.0] * len(unknowns)
        objective[index[key]] = -1.0
        high = linprog(objective, bounds=(0, None), method="highs", **problem)
        if high.status == UNBOUNDED:
            continue
        objective[index[key]] = 1.0
        low = linprog(objective, bounds=(0, None), method="highs", **problem)
        if -high.fun - low.fun < room - TOLERANCE:
            found[key] = _binding(part, high) | _binding(part, low)
    return found


def _binding(part: Sequence[_Constraint], result: Any) -> set[Key]:
    """The shown figures of the constraints whose shadow price is not zero."""
    prices = iter(
        [*getattr(result.eqlin, "marginals", []), *getattr(result.ineqlin, "marginals", [])]
    )
    ordered = [c for c in part if c.equal] + [c for c in part if not c.equal]
    return {
        key
        for c, price in zip(ordered, prices, strict=False)
        if abs(price) > TOLERANCE
        for key in c.shown
    }
