"""aiogram handlers that only translate a private-chat update into an engine event.

They do no work and send nothing: the dispatcher returns the ``Incoming`` they build, and the
inbox worker hands it to the conversation service inside a transaction.
"""

from __future__ import annotations

import re

from aiogram import Bot, Dispatcher, F, Router
from aiogram.filters import Command, CommandObject, CommandStart
from aiogram.types import CallbackQuery, Message, Update, User

from bot.core.events import (
    ButtonPressed,
    Event,
    ExitRequested,
    MenuRequested,
    Started,
    TextReceived,
    UnsupportedReceived,
)
from bot.services.inbox import Decoder
from bot.services.messages import Incoming

CHANNEL = "telegram"
ENTRY_CODE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
MAX_PAYLOAD = 64


def entry_code(args: str | None) -> str | None:
    """Deep-link payloads are opaque codes; anything else is dropped, never stored."""
    return args if args and ENTRY_CODE.match(args) else None


def locale_hint(user: User) -> str | None:
    return (user.language_code or "").split("-")[0].lower() or None


def _incoming(user: User, chat_id: int, event: Event, callback_id: str | None = None) -> Incoming:
    return Incoming(
        channel=CHANNEL,
        user_id=str(user.id),
        address=str(chat_id),
        event=event,
        locale_hint=locale_hint(user),
        callback_id=callback_id,
    )


def build_router() -> Router:
    router = Router(name="beneficiary")
    router.message.filter(F.chat.type == "private", F.from_user)
    router.edited_message.filter(F.chat.type == "private", F.from_user)

    @router.message(CommandStart())
    async def start(message: Message, command: CommandObject) -> Incoming:
        assert message.from_user
        event = Started(entry_code(command.args), locale_hint(message.from_user))
        return _incoming(message.from_user, message.chat.id, event)

    @router.message(Command("exit"))
    async def exit_(message: Message) -> Incoming:
        assert message.from_user
        return _incoming(message.from_user, message.chat.id, ExitRequested())

    @router.message(Command("menu"))
    async def menu(message: Message) -> Incoming:
        assert message.from_user
        return _incoming(message.from_user, message.chat.id, MenuRequested())

    @router.message(F.text)
    async def text(message: Message) -> Incoming:
        assert message.from_user and message.text is not None
        return _incoming(message.from_user, message.chat.id, TextReceived(len(message.text)))

    @router.message()
    async def other(message: Message) -> Incoming:
        assert message.from_user
        event = UnsupportedReceived(str(message.content_type))
        return _incoming(message.from_user, message.chat.id, event)

    @router.edited_message()
    async def edited(message: Message) -> Incoming:
        assert message.from_user
        return _incoming(message.from_user, message.chat.id, UnsupportedReceived("edited"))

    @router.callback_query()
    async def pressed(query: CallbackQuery) -> Incoming | None:
        chat = query.message.chat if query.message else None
        if chat is not None and chat.type != "private":
            return None
        payload = (query.data or "")[:MAX_PAYLOAD]
        chat_id = chat.id if chat is not None else query.from_user.id
        return _incoming(query.from_user, chat_id, ButtonPressed(payload), query.id)

    return router


def build_dispatcher() -> Dispatcher:
    dispatcher = Dispatcher(name="gza")
    dispatcher.include_router(build_router())
    return dispatcher


def sender_id(update: Update) -> str:
    """Whose update this is, to keep each person's updates in order (pseudonymised at once)."""
    event = update.event
    user = getattr(event, "from_user", None)
    if user is not None:
        return str(user.id)
    chat = getattr(event, "chat", None)
    return str(chat.id) if chat is not None else "-"


def dump_update(update: Update) -> bytes:
    return update.model_dump_json(exclude_none=True, by_alias=True).encode()


def make_decoder(bot: Bot, dispatcher: Dispatcher) -> Decoder:
    async def decode(payload: bytes) -> Incoming | None:
        update = Update.model_validate_json(payload, context={"bot": bot})
        result = await dispatcher.feed_update(bot, update)
        return result if isinstance(result, Incoming) else None

    return decode
