"""A logging filter that keeps bot tokens, ids and phone numbers out of every log line.

aiogram's exception texts name the chat id, and the Bot API puts the token in every URL, so the
filter rewrites the final message of every record rather than trusting callers.
"""

from __future__ import annotations

import logging
import re

TOKEN = re.compile(r"\d{5,}:[A-Za-z0-9_-]{30,}")  # also inside ".../bot<token>/method"
LONG_NUMBER = re.compile(r"(?<![\w.])[-+]?\d[\d ()-]{5,}\d(?![\w.])")
HANDLE = re.compile(r"(?<!\w)@[A-Za-z0-9_]{4,}")


def redact(text: str) -> str:
    text = TOKEN.sub("<token>", text)
    text = HANDLE.sub("<handle>", text)
    return LONG_NUMBER.sub("<number>", text)


class RedactingFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = redact(record.getMessage())
        record.args = None
        if record.exc_info:
            # Exception texts can carry ids (aiogram names the chat): keep a redacted traceback.
            text = logging.Formatter().formatException(record.exc_info)
            record.exc_info = None
            record.exc_text = redact(text)
        return True


QUIET_LOGGERS = (
    "aiohttp.access",
    "aiohttp.client",
    "aiogram.event",
    "apscheduler",
    "asyncio",
    "httpx",
)


def configure_logging(level: str) -> None:
    """Every handler redacts; HTTP client loggers (which print URLs with the token) stay quiet."""
    handler = logging.StreamHandler()
    handler.addFilter(RedactingFilter())
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s %(message)s"))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    for name in QUIET_LOGGERS:
        logging.getLogger(name).setLevel(logging.WARNING)
