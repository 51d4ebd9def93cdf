"""The rights library -> the YAML folder ``files.read_library`` reads: one file per topic, keys in
the order of ``rights/README.md``, written like the directory's export (``gza rights export``)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bot.rights.files import SUFFIX
from bot.rights.model import Library, Source, Topic
from referral_directory.yaml_out import dump_yaml, flow_list

DRAFT_HEADER = (
    "# DRAFT written from public sources on {written}. A partner lawyer must review it before\n"
    "# deployment (then fill `reviewed` and set `draft: false`). Every screen names its sources.\n"
)


def topic_data(topic: Topic) -> dict[str, Any]:
    """A topic as a curator writes it; parsing it back gives the same topic."""
    data: dict[str, Any] = {"id": topic.id, "draft": topic.draft}
    data.update(country=topic.country, jurisdiction=topic.jurisdiction, written=topic.written)
    data["reviewed"] = (
        {"on": topic.reviewed.on, "by": topic.reviewed.by} if topic.reviewed else None
    )
    data.update(needs=flow_list(topic.needs), title=dict(topic.title))
    data["sources"] = [source_data(s) for s in topic.sources.values()]
    if topic.not_found:
        data["not_found"] = list(topic.not_found)
    data["screens"] = [
        {"sources": flow_list(s.sources), "text": dict(s.text)} for s in topic.screens
    ]
    return data


def source_data(source: Source) -> dict[str, Any]:
    data: dict[str, Any] = {"id": source.id, "name": dict(source.name)}
    if source.article is not None:
        data["article"] = source.article
    data["link"] = source.link
    return data


def topic_yaml(topic: Topic) -> str:
    """The file's text: a draft says so in its first lines, as the shipped drafts do."""
    header = DRAFT_HEADER.format(written=topic.written.isoformat()) if topic.draft else ""
    return header + dump_yaml(topic_data(topic))


def file_name(library: Library, topic: Topic) -> str:
    """The file a topic came from (its place in the list), else ``<id>.yaml`` at the end."""
    return library.files.get(topic.id) or f"{topic.id}{SUFFIX}"


def write_library(library: Library, folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for topic in library.topics:
        (folder / file_name(library, topic)).write_text(topic_yaml(topic), "utf-8")
