"""The staff list, re-read from the config file whenever it changes: removing someone takes
effect at their very next action, without a restart."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Generic, TypeVar

from bot.config import ConfigError, Settings, load_settings

log = logging.getLogger(__name__)

Member = TypeVar("Member")


class ReloadingStaff(Mapping[int, Member], Generic[Member]):
    """Staff or curators, by Telegram id."""

    def __init__(
        self,
        config_file: Path | None,
        settings: Settings,
        build: Callable[[Settings], dict[int, Member]],
    ) -> None:
        self._file, self._build = config_file, build
        self._members = build(settings)
        self._stamp = self._mtime()

    def _mtime(self) -> float | None:
        try:
            return self._file.stat().st_mtime if self._file else None
        except OSError:
            return None

    def _current(self) -> dict[int, Member]:
        stamp = self._mtime()
        if stamp != self._stamp and self._file is not None:
            self._stamp = stamp
            try:
                self._members = self._build(load_settings(self._file))
                log.info("staff.reloaded members=%s", len(self._members))
            except ConfigError:
                # A half-saved or broken file must not lock staff out: keep the last good list.
                log.error("staff.reload_failed keeping_previous=%s", len(self._members))
        return self._members

    def __getitem__(self, telegram_id: int) -> Member:
        return self._current()[telegram_id]

    def __iter__(self) -> Iterator[int]:
        return iter(self._current())

    def __len__(self) -> int:
        return len(self._current())
