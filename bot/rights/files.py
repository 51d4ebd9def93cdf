"""Reading the rights library: one YAML file per topic in a folder, listed in file-name order."""

from __future__ import annotations

from collections.abc import Collection
from pathlib import Path

import yaml

from bot.i18n import LOCALES
from bot.rights.model import Library, RightsError, RightsProblem, Topic, parse_topic
from referral_directory.taxonomy import NEEDS

SUFFIX = ".yaml"
_UNREADABLE = object()


def read_library(folder: Path, needs: Collection[str] = NEEDS) -> Library:
    """Every topic of the folder; raise RightsError naming every problem (file, topic, field)."""
    if not folder.is_dir():
        raise RightsError([RightsProblem(str(folder), "-", "folder", "not found")])
    topics: list[Topic] = []
    files: dict[str, str] = {}
    problems: list[RightsProblem] = []
    for path in sorted(folder.glob(f"*{SUFFIX}")):
        data = _load(path, problems)
        if data is _UNREADABLE:
            continue  # named once, as a YAML error
        topic, found = parse_topic(data, path.name, needs)
        problems += found
        if topic is None:
            continue
        if topic.id in files:
            message = f"duplicate id, also used in {files[topic.id]}"
            problems.append(RightsProblem(path.name, topic.id, "id", message))
            continue
        topics.append(topic)
        files[topic.id] = path.name
    if problems:
        raise RightsError(problems)
    return Library(tuple(topics), files)


def _load(path: Path, problems: list[RightsProblem]) -> object:
    try:
        return yaml.safe_load(path.read_text("utf-8"))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}" if mark is not None else "file"
        problems.append(RightsProblem(path.name, "?", where, f"YAML error: {exc}"))
        return _UNREADABLE


def missing_translations(library: Library, locales: Collection[str] = LOCALES) -> list[str]:
    """Texts shown in another language because a translation is missing (``gza check``)."""
    notes = []
    for topic in library.topics:
        texts = [("title", topic.title)]
        texts += [(f"screens[{i}].text", s.text) for i, s in enumerate(topic.screens, start=1)]
        for where, text in texts:
            absent = [code for code in locales if code not in text]
            if absent:
                file = library.files.get(topic.id, "?")
                notes.append(
                    f"{file}: topic '{topic.id}': {where}: no translation for "
                    f"{', '.join(absent)} (shown in the fallback language)"
                )
    return notes


def rights_status(library: Library) -> str:
    """One line: how many topics a lawyer has reviewed, and which are still drafts."""
    drafts = [t.id for t in library.topics if t.draft or t.reviewed is None]
    line = f"rights: {len(library.topics)} topics, {len(library.topics) - len(drafts)} reviewed"
    if drafts:
        line += f"; DRAFT, a partner lawyer must review before deployment: {', '.join(drafts)}"
    return line
