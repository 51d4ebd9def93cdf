"""Reads the data behind the console's reply box from the dialogs folder: the lock-screen
words (``lock_screen.yaml``) and the saved replies (``canned/<locale>.yaml``), so an NGO edits
them without Python; ``gza check`` reads them the same way."""

from __future__ import annotations

from pathlib import Path

import yaml

from bot.core.flow import FlowError, FlowProblem
from bot.services.canned import Canned, CannedReply, canned_from
from bot.services.casework import ReplyBox
from bot.services.lock_screen import LockScreen, lock_screen_from

LOCK_SCREEN_FILE = "lock_screen.yaml"
CANNED_FOLDER = "canned"


class StaffTextsError(FlowError):
    """A file of the reply box's data is missing or wrong (the message names it); a FlowError,
    so ``gza run`` and ``gza check`` report it like a flow's."""

    def __init__(self, path: Path, message: object) -> None:
        super().__init__([FlowProblem(str(path), "file", str(message))])


def _read(path: Path) -> object:
    try:
        return yaml.safe_load(path.read_text("utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise StaffTextsError(path, exc) from None


def load_lock_screen(dialogs: Path, locales: tuple[str, ...]) -> LockScreen:
    path = dialogs / LOCK_SCREEN_FILE
    try:
        return lock_screen_from(_read(path), locales)
    except ValueError as exc:
        raise StaffTextsError(path, exc) from None


def load_canned(dialogs: Path, locales: tuple[str, ...]) -> dict[str, tuple[CannedReply, ...]]:
    """Every language's file that exists (none is fine: the required reply is always there)."""
    folder = dialogs / CANNED_FOLDER
    found: dict[str, tuple[CannedReply, ...]] = {}
    for path in sorted(folder.glob("*.yaml")) if folder.is_dir() else []:
        if path.stem not in locales:
            raise StaffTextsError(path, f"not one of the languages {', '.join(locales)}")
        try:
            found[path.stem] = canned_from(_read(path), path.stem)
        except ValueError as exc:
            raise StaffTextsError(path, exc) from None
    return found


def revealing_openings(lock: LockScreen, canned: dict[str, tuple[CannedReply, ...]]) -> list[str]:
    """Saved replies whose opening may give Gza away on a lock screen (a note, not an error:
    staff edit them before sending)."""
    notes = []
    for locale, replies in canned.items():
        for reply in replies:
            words = lock.found(reply.text, locale)
            if words:
                notes.append(f"canned/{locale}.yaml {reply.key}: opens with {', '.join(words)}")
    return notes


def load_reply_box(
    dialogs: Path, locales: tuple[str, ...], idle_days: int, closed_days: int
) -> ReplyBox:
    """Both files, and the retention periods the required saved reply states."""
    canned = Canned(load_canned(dialogs, locales), idle_days, closed_days)
    return ReplyBox(load_lock_screen(dialogs, locales), canned)


def reply_box_notes(dialogs: Path, locales: tuple[str, ...], problems: list[str]) -> list[str]:
    """For ``gza check``: a wrong file is a problem; a saved reply that opens with a
    revealing word is a note."""
    try:
        lock = load_lock_screen(dialogs, locales)
        return revealing_openings(lock, load_canned(dialogs, locales))
    except StaffTextsError as exc:
        problems.append(str(exc))
        return []
