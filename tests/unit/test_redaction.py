"""No bot token, id, phone number or username survives into a log line."""

from __future__ import annotations

import io
import logging
import warnings
from collections.abc import Iterator

import pytest
from aiogram import Bot, Dispatcher
from aiogram.types import Update

from bot.privacy.redaction import QUIET_LOGGERS, RedactingFilter, configure_logging, redact

TOKEN = "123456789:AAHfiqksKZ8WmR2zSjiQ7_v4TMAKdiHm9T0"
TOKEN_SECRET = TOKEN.partition(":")[2]


def test_bot_token_is_removed() -> None:
    line = redact(f"starting bot with {TOKEN} now")
    assert TOKEN_SECRET not in line
    assert "123456789" not in line


def test_bot_token_inside_an_api_url_is_removed() -> None:
    line = redact(f"POST https://api.telegram.org/bot{TOKEN}/sendMessage failed")
    assert TOKEN_SECRET not in line


@pytest.mark.parametrize(
    "secret",
    [
        pytest.param("5551234567", id="chat id"),
        pytest.param("-1001234567890", id="negative supergroup id"),
        pytest.param("+995 555 12 34 56", id="phone with spaces"),
        pytest.param("+995555123456", id="phone without spaces"),
        pytest.param("@someone_private", id="username"),
    ],
)
def test_identifying_value_is_removed(secret: str) -> None:
    line = redact(f"delivery failed for {secret} (retrying)")
    assert secret not in line
    assert line.startswith("delivery failed for <")
    assert line.endswith("> (retrying)")


def test_chat_id_after_an_equals_sign_is_removed() -> None:
    assert "1001234567890" not in redact("Bad Request: chat_id=-1001234567890 not found")


def test_event_names_and_small_counters_are_kept() -> None:
    line = "inbox.handler_failed channel=telegram item=42 attempts=3"
    assert redact(line) == line


@pytest.fixture
def logger_and_output() -> Iterator[tuple[logging.Logger, io.StringIO]]:
    output = io.StringIO()
    handler = logging.StreamHandler(output)
    handler.setFormatter(logging.Formatter("%(levelname)s %(name)s %(message)s"))
    log = logging.getLogger("gza.unit.redaction")
    log.addHandler(handler)
    log.addFilter(RedactingFilter())
    log.setLevel(logging.DEBUG)
    log.propagate = False
    yield log, output
    log.handlers.clear()
    log.filters.clear()
    log.propagate = True


def test_logged_arguments_are_redacted(
    logger_and_output: tuple[logging.Logger, io.StringIO],
) -> None:
    log, output = logger_and_output
    log.info(
        "outbox.sent chat=%s user=%s phone=%s", 5551234567, "@someone_private", "+995555123456"
    )
    text = output.getvalue()
    assert "outbox.sent chat=<number> user=<handle> phone=<number>" in text
    assert "5551234567" not in text
    assert "someone_private" not in text


def test_exception_text_is_redacted_but_its_type_is_kept(
    logger_and_output: tuple[logging.Logger, io.StringIO],
) -> None:
    log, output = logger_and_output
    try:
        raise LookupError("Bad Request: chat 5551234567 not found")
    except LookupError:
        log.exception("outbox.failed chat=%s", -1001234567890)
    text = output.getvalue()
    assert "5551234567" not in text
    assert "1001234567890" not in text
    assert "LookupError" in text
    assert "Traceback" in text
    assert "chat <number> not found" in text


@pytest.fixture
def restored_root_logger() -> Iterator[logging.Logger]:
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    quiet_levels = {name: logging.getLogger(name).level for name in QUIET_LOGGERS}
    yield root
    logging.captureWarnings(False)
    root.handlers[:] = handlers
    root.setLevel(level)
    for name, quiet_level in quiet_levels.items():
        logging.getLogger(name).setLevel(quiet_level)


def test_configured_logging_redacts_every_line_and_quiets_http_clients(
    restored_root_logger: logging.Logger,
) -> None:
    configure_logging("INFO")
    (handler,) = restored_root_logger.handlers
    output = io.StringIO()
    assert isinstance(handler, logging.StreamHandler)
    handler.setStream(output)
    logging.getLogger("gza.unit.configured").warning("telegram.failed chat=%s", 5551234567)
    assert "telegram.failed chat=<number>" in output.getvalue()
    assert "5551234567" not in output.getvalue()
    assert logging.getLogger("aiohttp.client").level == logging.WARNING


def test_a_raw_update_or_a_model_repr_is_cut_from_a_line() -> None:
    update = '{"update_id": 7, "message": {"from": {"first_name": "Canaryname"}}}'
    assert redact(f"Update: {update}\n  more") == "Update: {…}\n  more"
    assert redact("User(id=1, first_name='Canary \\'name', last_name=\"Bird\")") == (
        "User(id=1, first_name='…', last_name='…')"
    )


async def test_aiogram_warning_about_an_unknown_update_kind_is_logged_without_the_update(
    restored_root_logger: logging.Logger,
) -> None:
    """aiogram warns with the whole update in the text; configured logging takes the warning
    through the redaction, which keeps the warning and cuts the update."""
    configure_logging("INFO")
    (handler,) = restored_root_logger.handlers
    output = io.StringIO()
    assert isinstance(handler, logging.StreamHandler)
    handler.setStream(output)
    person = {"id": 5551234567, "first_name": "Canaryname", "username": "canary_handle"}
    update = Update.model_validate(
        {"update_id": 7, "hologram_call": {"from": person, "text": "Canary words"}}
    )
    bot = Bot(TOKEN)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("always")
            await Dispatcher().feed_update(bot, update)
    finally:
        await bot.session.close()
    text = output.getvalue()
    assert "Detected unknown update type" in text and "Update: {…}" in text
    for canary in ("5551234567", "Canaryname", "canary_handle", "Canary words"):
        assert canary not in text
