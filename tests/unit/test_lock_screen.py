"""Nothing that gives a person away: a message that can arrive while the person is not looking at
the chat shows its opening on a lock screen or in the chat list, where an abuser may read it.
Its first 120 characters, in every locale, must not say what Gza is for.

The messages are read from the code (``bot.services.unprompted.UNPROMPTED`` and the flow's
check-in step), so a new one is checked as soon as it can be sent."""

from __future__ import annotations

import ast as pyast
from functools import cache
from pathlib import Path

import pytest
from fluent.syntax import FluentParser, ast
from fluent.syntax.visitor import Visitor

from bot.core.texts import Text
from bot.dialogs import load_dialogs
from bot.i18n import LOCALES, Localizer, locale_files
from bot.services.lock_screen import lock_screen_from
from bot.services.unprompted import STAFF_SAYS, UNPROMPTED, NotLockScreenSafe, unprompted
from bot.staff_texts import load_lock_screen
from tests.conftest import EXAMPLE_PLACE_TREE

ROOT = Path(__file__).resolve().parents[2]
LOCK = load_lock_screen(ROOT / "dialogs", LOCALES)
"""The revealing words, per language: data (``dialogs/lock_screen.yaml``), also used by the
console to warn staff as they type."""
OPENING = LOCK.opening

STAFF_WRITES = {
    "en": "Hello, it is Nino. How are you today?",
    "ka": "გამარჯობა, ნინო ვარ. როგორ ხართ დღეს?",
    "ru": "Здравствуйте, это Нино. Как вы сегодня?",
    "az": "Salam, mən Ninoyam. Bu gün necəsiniz?",
    "hy": "Բարև ձեզ, Նինոն է։ Ինչպե՞ս եք այսօր։",
    "uk": "Вітаю, це Ніно. Як ви сьогодні?",
    "bg": "Здравейте, Нино е. Как сте днес?",
}
"""A realistic first line from staff (their words are theirs; the signature around them is ours)."""

FOUND_BY_THE_REVIEW = {
    "en": "Hello from Gza. A few days ago you looked for help here. May we ask how it went?",
    "ka": "გამარჯობა, Gza გწერთ. რამდენიმე დღის წინ აქ დახმარებას ეძებდით.",
    "ru": "Здравствуйте, это Gza. Несколько дней назад вы искали здесь помощь.",
    "az": "Salam, Gza yazır. Bir neçə gün əvvəl burada kömək axtarırdınız.",
    "hy": "Բարև ձեզ, գրում է Gza-ն։ Մի քանի օր առաջ դուք այստեղ օգնություն էիք փնտրում։",
    "uk": "Вітаємо, це Gza. Кілька днів тому ви шукали тут допомогу.",
    "bg": "Здравейте от Gza. Преди няколко дни търсихте помощ тук.",
}
"""The check-in as it was: it broke the consent's promise to say only hello."""


def revealing(text: str, locale: str) -> list[str]:
    """The revealing words in the opening of ``text``."""
    return LOCK.found(text, locale)


@cache
def localizer() -> Localizer:
    return Localizer(ROOT / "locales")


def check_in_text() -> str:
    flow = load_dialogs(ROOT / "dialogs", ROOT / "locales", LOCALES, EXAMPLE_PLACE_TREE).flow
    assert flow.check_in is not None
    return flow.step(flow.check_in).say


def variables(text_id: str) -> set[str]:
    """The variables the English message of ``text_id`` prints or selects on."""
    names: set[str] = set()

    class Collect(Visitor):  # type: ignore[misc]
        def visit_VariableReference(self, node: ast.VariableReference) -> None:
            names.add(node.id.name)

    for path in locale_files(ROOT / "locales", "en"):
        for entry in FluentParser().parse(path.read_text("utf-8")).body:
            if isinstance(entry, ast.Message) and entry.id.name == text_id:
                Collect().visit(entry)
    return names


def realistic(text_id: str, locale: str) -> list[Text]:
    """Each way the message is really sent, with values like the real ones."""
    values: dict[str, str | Text] = {"alias": "Nino", "text": STAFF_WRITES[locale]}
    unknown = variables(text_id) - set(values)
    assert not unknown, f"give {text_id} realistic values for {unknown} in this test"
    texts = [Text(text_id, {name: values[name] for name in variables(text_id)})]
    if text_id == STAFF_SAYS:  # a file the web chat cannot show, signed by staff
        texts.append(Text(STAFF_SAYS, {"alias": "Nino", "text": Text("handoff-media-not-shown")}))
    return texts


def every_unprompted() -> list[str]:
    return sorted(UNPROMPTED | {check_in_text()})


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("text_id", every_unprompted())
def test_no_unprompted_message_opens_with_a_revealing_word(locale: str, text_id: str) -> None:
    for text in realistic(text_id, locale):
        rendered = localizer().render(locale, text)
        assert rendered != text_id, "the message is missing"
        assert revealing(rendered, locale) == [], rendered[:OPENING]


def test_the_check_in_is_one_of_the_checked_messages() -> None:
    assert check_in_text() == "followup-hello"


@pytest.mark.parametrize("locale", LOCALES)
def test_the_word_list_catches_what_the_review_found(locale: str) -> None:
    assert revealing(FOUND_BY_THE_REVIEW[locale], locale) != []
    assert revealing("Nino: " + STAFF_WRITES[locale], locale) == []


def test_every_revealing_concept_lists_every_language() -> None:
    assert len(LOCK.words) >= 8
    assert all(sorted(by_locale) == sorted(LOCALES) for by_locale in LOCK.words.values())
    with pytest.raises(ValueError, match="every language"):
        lock_screen_from({"concepts": {"drugs": {"en": ["drug"]}}}, LOCALES)


def test_a_word_deep_in_a_message_is_past_the_lock_screen() -> None:
    assert revealing("x" * OPENING + " violence", "en") == []
    assert revealing("Their transfer is done", "en") == []
    assert revealing("Насилие", "ru") == ["насили"]


def test_a_text_not_checked_for_the_lock_screen_cannot_be_sent_unprompted() -> None:
    assert unprompted(Text("handoff-ended")) == Text("handoff-ended")
    with pytest.raises(NotLockScreenSafe):
        unprompted(Text("start-emergency"))
    with pytest.raises(NotLockScreenSafe):
        unprompted(Text(STAFF_SAYS, {"alias": "Nino", "text": Text("need-shelter")}))


def test_only_the_case_mail_writes_to_the_person_of_a_case() -> None:
    """Everything staff, closing, blocking or escalation say to the person goes through
    ``CaseMail.tell``, which takes only the texts checked here."""
    callers = []
    for path in (ROOT / "bot" / "services").glob("*.py"):
        for node in pyast.walk(pyast.parse(path.read_text("utf-8"))):
            called = isinstance(node, pyast.Call) and isinstance(node.func, pyast.Attribute)
            if called and node.func.attr == "to_person" and path.name != "case_mail.py":
                callers.append(f"{path.name}:{node.lineno}")
    assert callers == []
