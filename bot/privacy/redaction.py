"""A logging filter that keeps bot tokens, ids, phone numbers and raw updates out of every
log line.

aiogram's exception texts name the chat id, the Bot API puts the token in every URL, and
aiogram's warning about an unknown kind of update prints the whole update (names, text), so the
filter rewrites the final message of every record, warnings included, rather than trusting
callers. Gza's own lines are ``event key=value`` and hold no braces or quoted values.
"""

from __future__ import annotations

import logging
import re
import traceback
from types import TracebackType

ExcInfo = tuple[type[BaseException] | None, BaseException | None, TracebackType | None]

TOKEN = re.compile(r"\d{5,}:[A-Za-z0-9_-]{30,}")  # also inside ".../bot<token>/method"
LONG_NUMBER = re.compile(r"(?<![\w.])[-+]?\d[\d ()-]{5,}\d(?![\w.])")
HANDLE = re.compile(r"(?<!\w)@[A-Za-z0-9_]{4,}")
PAYLOAD = re.compile(r"\{[\s\S]*\}|\{[^}]*$")
"""A JSON object or a dict (an update, a request), from its first brace to its last."""
QUOTED_FIELD = re.compile(r"""(\b\w+=)(['"])(?:\\.|(?!\2).)*\2""")
"""``first_name='…'`` as a model's repr prints it."""


def redact(text: str) -> str:
    text = PAYLOAD.sub("{…}", text)
    text = QUOTED_FIELD.sub(r"\1'…'", text)
    text = TOKEN.sub("<token>", text)
    text = HANDLE.sub("<handle>", text)
    return LONG_NUMBER.sub("<number>", text)


class RedactingFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = redact(record.getMessage())
        record.args = None
        if record.exc_info:
            record.exc_text = withheld_traceback(record.exc_info)
            record.exc_info = None
        return True


def withheld_traceback(exc_info: ExcInfo) -> str:
    """Where it failed, never what it was given: exception messages can quote ids, names or
    typed text (aiogram names the chat; pydantic quotes the input), so only types are kept."""
    exc_type, exc, tb = exc_info
    if exc_type is None or exc is None:
        return ""
    current: traceback.TracebackException | None = traceback.TracebackException(
        exc_type, exc, tb, capture_locals=False
    )
    parts: list[str] = []
    while current is not None:
        name = (
            f"{current.exc_type.__module__}.{current.exc_type.__qualname__}"
            if current.exc_type
            else "?"
        )
        parts.insert(0, "".join(current.stack.format()) + f"{name}: (message withheld)\n")
        current = current.__cause__ or current.__context__
    return redact("Traceback (most recent call last):\n" + "\n".join(parts))


QUIET_LOGGERS = (
    "aiohttp.access",
    "aiohttp.client",
    "aiogram.event",
    "apscheduler",
    "asyncio",
    "httpx",
)


def configure_logging(level: str) -> None:
    """Every handler redacts; HTTP client loggers (which print URLs with the token) stay quiet;
    warnings (aiogram warns with the raw update) are logged, so they are redacted too."""
    logging.captureWarnings(True)
    handler = logging.StreamHandler()
    handler.addFilter(RedactingFilter())
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s %(message)s"))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    for name in QUIET_LOGGERS:
        logging.getLogger(name).setLevel(logging.WARNING)
