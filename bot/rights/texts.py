"""The topics' texts for the Localizer: a generated text id becomes the screen to show.

The flow names a screen by id (``rights-topic-<topic>-<n>``); here it is put together in the
person's language (falling back along the locale order): a neutral first line (a lock screen
shows only that), the title on the first screen, the text, its sources and the review note."""

from __future__ import annotations

from bot.core.texts import Text
from bot.rights.model import Library, LocalText, Topic
from referral_directory.model import pick

PREFIX = "rights-topic-"
TITLE = "title"
FIRST_SCREEN, SCREEN = "rights-screen-first", "rights-screen"
DRAFT_NOTE, REVIEWED_NOTE = "rights-note-draft", "rights-note-reviewed"


def title_id(topic_id: str) -> str:
    return f"{PREFIX}{topic_id}-{TITLE}"


def screen_id(topic_id: str, number: int) -> str:
    return f"{PREFIX}{topic_id}-{number}"


def local(text: LocalText, locale: str) -> str:
    """The text in ``locale``, else along the same fallback order as the directory's texts."""
    return pick(text, locale)


class RightsTexts:
    """Looks up generated text ids; None for any other id (the Fluent files have those)."""

    def __init__(self, library: Library) -> None:
        self._library = library
        self._ids: dict[str, tuple[Topic, int]] = {}
        for topic in library.topics:
            self._ids[title_id(topic.id)] = (topic, 0)
            for number in range(1, len(topic.screens) + 1):
                self._ids[screen_id(topic.id, number)] = (topic, number)

    def ids(self) -> frozenset[str]:
        return frozenset(self._ids)

    def __call__(self, locale: str, text_id: str) -> Text | str | None:
        found = self._ids.get(text_id)
        if found is None:
            return None
        topic, number = found
        if number == 0:
            return local(topic.title, locale)
        return self.screen(topic, number, locale)

    @staticmethod
    def screen(topic: Topic, number: int, locale: str) -> Text:
        screen = topic.screens[number - 1]
        lines = []
        for ident in screen.sources:
            source = topic.sources[ident]
            name = local(source.name, locale)
            cited = f"{name}, {source.article}" if source.article else name
            lines.append(f"{cited} — {source.link}")
        review: Text = Text(DRAFT_NOTE)
        if topic.reviewed is not None:
            on = topic.reviewed.on.isoformat()
            review = Text(REVIEWED_NOTE, {"date": on, "by": topic.reviewed.by})
        args: dict[str, str | int | Text | tuple[Text, ...]] = {
            "page": number,
            "pages": len(topic.screens),
            "body": local(screen.text, locale),
            "sources": "\n".join(lines),
            "note": review,
        }
        if number == 1:
            args["title"] = local(topic.title, locale)
            return Text(FIRST_SCREEN, args)
        return Text(SCREEN, args)
