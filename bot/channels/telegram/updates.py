"""aiogram handlers that only translate a private-chat update into an engine event.

They do no work and send nothing: the dispatcher returns the ``Incoming`` they build, and the
inbox worker hands it to the conversation service inside a transaction.
"""

from __future__ import annotations

import re

from aiogram import Bot, Dispatcher, F, Router
from aiogram.filters import Command, CommandObject, CommandStart
from aiogram.types import CallbackQuery, Message, Update, User
from aiogram.types.update import UpdateTypeLookupError

from bot.core.events import (
    ButtonPressed,
    Event,
    ExitRequested,
    ForgetRequested,
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


def _incoming(
    user: User,
    chat_id: int,
    event: Event,
    callback_id: str | None = None,
    message_id: int | None = None,
) -> Incoming:
    return Incoming(
        channel=CHANNEL,
        user_id=str(user.id),
        address=str(chat_id),
        event=event,
        locale_hint=locale_hint(user),
        callback_id=callback_id,
        message_id=message_id,
    )


def _from(message: Message, event: Event) -> Incoming:
    assert message.from_user
    return _incoming(message.from_user, message.chat.id, event, message_id=message.message_id)


def build_router() -> Router:
    router = Router(name="beneficiary")
    router.message.filter(F.chat.type == "private", F.from_user)
    router.edited_message.filter(F.chat.type == "private", F.from_user)

    @router.message(CommandStart())
    async def start(message: Message, command: CommandObject) -> Incoming:
        assert message.from_user
        return _from(message, Started(entry_code(command.args), locale_hint(message.from_user)))

    @router.message(Command("exit"))
    async def exit_(message: Message) -> Incoming:
        return _from(message, ExitRequested())

    @router.message(Command("menu"))
    async def menu(message: Message) -> Incoming:
        return _from(message, MenuRequested())

    @router.message(Command("forget"))
    async def forget(message: Message) -> Incoming:
        return _from(message, ForgetRequested())

    @router.message(F.text)
    async def text(message: Message) -> Incoming:
        return _from(message, TextReceived(len(message.text or "")))

    @router.message()
    async def other(message: Message) -> Incoming:
        return _from(message, UnsupportedReceived(str(message.content_type)))

    @router.edited_message()
    async def edited(message: Message) -> Incoming:
        assert message.from_user  # an edit is not a new message: nothing new to delete
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
    """Whose update this is, to keep each person's updates in order (pseudonymised at once).
    An update of a kind this aiogram does not know still gets stored (and then ignored):
    refusing it would stall polling on it for ever."""
    try:
        event = update.event
    except UpdateTypeLookupError:
        return "-"
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
