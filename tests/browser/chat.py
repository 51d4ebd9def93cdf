"""Driving the web chat as a person does: by the words on the buttons, in their language."""

from __future__ import annotations

import json
import re
from importlib.resources import files
from typing import Any

from playwright.sync_api import Locator, Page

from bot.core.texts import Text
from bot.i18n import Localizer
from tests.conftest import EXAMPLE_NAMES, EXAMPLE_PLACE_TREE, ROOT

TEXTS = Localizer(ROOT / "locales", names=EXAMPLE_NAMES)
PLACE = "place-"
NEW_QUESTION = """old => {
  const turns = document.querySelectorAll('#log > .turn');
  const last = turns[turns.length - 1];
  return last && last !== old && last.querySelector('button:not([disabled])') !== null;
}"""


def say(locale: str, text_id: str) -> str:
    return TEXTS.render(locale, Text(text_id))


def question(page: Page) -> Locator:
    return page.locator("#log > .turn").last


def wait_for_question(page: Page, old: Any = None) -> Locator:
    page.wait_for_function(NEW_QUESTION, arg=old)
    return question(page)


def press(page: Page, label: str) -> Locator:
    """Tap a button of the question on screen and wait for the next (or redrawn) question."""
    old = question(page).element_handle()
    question(page).get_by_role("button", name=label, exact=True).click()
    return wait_for_question(page, old)


def place_path(text_id: str) -> list[str]:
    """The place buttons that reach a place (``place-<id>``): its region first, then it."""
    place = text_id.removeprefix(PLACE)
    chain = [p.id for p in reversed(EXAMPLE_PLACE_TREE.ancestors(place))] + [place]
    return [PLACE + p for p in chain]


def press_through(page: Page, locale: str, *text_ids: str) -> Locator:
    """Tap each button in turn; a place is reached through its region, as a person does."""
    for text_id in text_ids:
        for step in place_path(text_id) if text_id.startswith(PLACE) else [text_id]:
            press(page, say(locale, step))
    return question(page)


def to_results(page: Page, locale: str, city: str = "place-kutaisi") -> Locator:
    """From the language question to the result cards: language, privacy, no danger, find,
    a city, one need, done."""
    press(page, say(locale, f"language-name-{locale}"))
    press_through(page, locale, "start-privacy-ok", "start-danger-no", "menu-find-services", city)
    press_through(page, locale, "need-legal", "common-done")
    page.locator(".card").first.wait_for()
    return question(page)


def overflow(page: Page) -> int:
    """How many CSS pixels the page is wider than the screen (0 when nothing overflows)."""
    return int(
        page.evaluate(
            "Math.max(document.documentElement.scrollWidth, document.body.scrollWidth)"
            " - document.documentElement.clientWidth"
        )
    )


def too_small(page: Page) -> list[str]:
    """Visible controls smaller than 44 x 44 px."""
    small = []
    for control in page.locator("button:visible, summary:visible, a:visible, input:visible").all():
        box = control.bounding_box()
        if box and (box["height"] < 44 or box["width"] < 44):
            small.append(f"{control.inner_text() or control.get_attribute('id')}: {box}")
    return small


AXE = (files("axe_playwright_python") / "axe.min.js").read_text("utf-8")


def axe_violations(page: Page) -> list[dict[str, Any]]:
    """axe-core's WCAG 2.x A/AA rules and best practices; evaluated outside the page's CSP."""
    page.evaluate(AXE)
    result = page.evaluate(
        "async () => JSON.stringify(await axe.run(document, {resultTypes: ['violations']}))"
    )
    violations: list[dict[str, Any]] = json.loads(result)["violations"]
    return [{"id": v["id"], "nodes": [n["target"] for n in v["nodes"]][:3]} for v in violations]


CONTROL_COLOURS = """() => {
  const background = (node) => {
    for (let n = node.parentElement; n; n = n.parentElement) {
      const c = getComputedStyle(n).backgroundColor;
      if (c !== 'rgba(0, 0, 0, 0)' && c !== 'transparent') return c;
    }
    return 'rgb(255, 255, 255)';
  };
  return [...document.querySelectorAll('button:not([disabled]), summary, input, a.action')]
    .filter((n) => n.offsetParent !== null)
    .map((n) => {
      const s = getComputedStyle(n);
      const own = s.backgroundColor === 'rgba(0, 0, 0, 0)' ? background(n) : s.backgroundColor;
      return [n.textContent.trim().slice(0, 20) || n.id, s.borderTopColor, own, background(n)];
    });
}"""


def _luminance(colour: str) -> float:
    red, green, blue = (int(v) / 255 for v in re.findall(r"\d+", colour)[:3])

    def linear(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else float(((c + 0.055) / 1.055) ** 2.4)

    return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)


def contrast(first: str, second: str) -> float:
    light, dark = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def faint_controls(page: Page) -> list[str]:
    """Controls whose outline (border, or their own fill) stands out less than 3:1 from what
    surrounds them (WCAG 1.4.11)."""
    faint = []
    for name, border, fill, around in page.evaluate(CONTROL_COLOURS):
        edge = max(contrast(border, around), contrast(fill, around))
        if edge < 3:
            faint.append(f"{name}: {edge:.2f}")
    return faint
