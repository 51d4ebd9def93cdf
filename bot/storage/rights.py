"""The rights library in the database: written whole in one transaction with its audit log,
read whole at start (the topics become steps of the flow), so every process shows the same
topics and every change lands in one place with who made it."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, insert, select
from sqlalchemy.ext.asyncio import AsyncConnection

from bot.rights.changes import RightsDiff, import_changes
from bot.rights.model import Library, RightsError, parse_topic
from bot.rights.yaml_out import file_name, topic_data
from bot.services.ports import DirectoryChange
from bot.storage import models as m
from bot.storage.curation import record_changes
from referral_directory.changes import FieldChange
from referral_directory.taxonomy import NEEDS


class SqlRights:
    def __init__(self, conn: AsyncConnection) -> None:
        self._conn = conn

    async def is_empty(self) -> bool:
        return not await self._conn.scalar(select(func.count()).select_from(m.rights_topics))

    async def load(self) -> Library:
        """Every topic, checked again as it is parsed (a row written by an older version that
        no longer passes is named like a bad file)."""
        t = m.rights_topics
        rows = await self._conn.execute(select(t).order_by(t.c.position))
        topics, files, problems = [], {}, []
        for row in rows:
            topic, found = parse_topic(_document(row.document), row.file, NEEDS)
            problems += found
            if topic is not None:
                topics.append(topic)
                files[topic.id] = row.file
        if problems:
            raise RightsError(problems)
        return Library(tuple(topics), files)

    async def replace(self, library: Library, who: str, now: datetime) -> RightsDiff:
        """The stored library becomes ``library`` (the caller commits), each change logged."""
        diff, audit = import_changes(await self.load(), library)
        await self._conn.execute(delete(m.rights_topics))
        rows = [
            {
                "id": topic.id,
                "position": position,
                "file": file_name(library, topic),
                "document": _json(topic_data(topic)),
            }
            for position, topic in enumerate(library.topics)
        ]
        if rows:
            await self._conn.execute(insert(m.rights_topics), rows)
        for topic_id, changes in audit.items():
            await self._audit(topic_id, changes, who, now)
        return diff

    async def _audit(
        self, topic_id: str, changes: list[FieldChange], who: str, now: datetime
    ) -> None:
        await record_changes(self._conn, m.rights_changes, "topic_id", topic_id, changes, who, now)

    async def history(self, topic_id: str) -> list[DirectoryChange]:
        t = m.rights_changes
        query = select(t).where(t.c.topic_id == topic_id).order_by(t.c.id)
        return [
            DirectoryChange(r.topic_id, r.field, r.old_value, r.new_value, r.who, r.at)
            for r in await self._conn.execute(query)
        ]


def _json(data: dict[str, Any]) -> Any:
    """Dates as ISO text, as the topic files write them (the parser reads both)."""
    return json.loads(json.dumps(data, default=str))


def _document(value: Any) -> Any:
    """A JSON column comes back parsed (or as text, from some drivers)."""
    if isinstance(value, str):
        try:
            return json.loads(value)
        except ValueError:
            return None
    return value
