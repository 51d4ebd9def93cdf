"""aiogram handlers that only translate a private-chat update into an engine event.

They do no work and send nothing: the dispatcher returns the ``Incoming`` they build, and the
inbox worker hands it to the conversation service inside a transaction.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable
from dataclasses import replace
from typing import Any

from aiogram import Bot, Dispatcher, F, Router
from aiogram.filters import Command, CommandObject, CommandStart
from aiogram.types import CallbackQuery, ChatMemberUpdated, Message, User

from bot.channels.telegram.checks import OnLoop
from bot.channels.telegram.raw import UpdateReader
from bot.core.events import (
    ButtonPressed,
    Event,
    ExitRequested,
    ForgetRequested,
    LocationShared,
    MenuRequested,
    Started,
    TextReceived,
    UnsupportedReceived,
)
from bot.services.channel import Decoded
from bot.services.messages import (
    CuratorIncoming,
    Incoming,
    JoinIncoming,
    StaffIncoming,
    StrangerChat,
)

CHANNEL = "telegram"
ENTRY_CODE = re.compile(r"^[A-Za-z0-9_-]{1,64}\Z")
MAX_PAYLOAD = 64
PRIVATE = OnLoop(F.chat.type == "private", F.from_user)
Decoder = Callable[[bytes], Awaitable[Decoded]]


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
    router.message.filter(PRIVATE)
    router.edited_message.filter(PRIVATE)

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

    @router.message(OnLoop(F.location))
    async def located(message: Message) -> Incoming:
        """Coordinates stay in memory: the service turns them into a city at once."""
        assert message.location is not None
        point = (message.location.latitude, message.location.longitude)
        return _from(message, LocationShared(None, point))

    @router.message(OnLoop(F.text))
    async def text(message: Message) -> Incoming:
        return replace(_from(message, TextReceived(len(message.text or ""))), text=message.text)

    @router.message()
    async def other(message: Message) -> Incoming:
        return _from(message, UnsupportedReceived(str(message.content_type)))

    @router.edited_message()
    async def edited(message: Message) -> Incoming:
        return replace(_from(message, UnsupportedReceived("edited")), edited=True)

    @router.callback_query()
    async def pressed(query: CallbackQuery) -> Incoming | None:
        chat = query.message.chat if query.message else None
        if chat is not None and chat.type != "private":
            return None
        payload = (query.data or "")[:MAX_PAYLOAD]
        chat_id = chat.id if chat is not None else query.from_user.id
        pressed = _incoming(query.from_user, chat_id, ButtonPressed(payload), query.id)
        shown = query.message.message_id if query.message is not None else None
        return replace(pressed, button_message_id=shown)

    return router


STAFF_COMMANDS = ("take", "close", "block", "unblock", "transfer", "shift", "cases", "console")


def build_staff_router(staff_chats: frozenset[int]) -> Router:
    """Updates from the configured staff groups: what staff write in case topics, commands,
    and the buttons of case cards. Whether the sender is on the staff list is the service's
    decision, made at every action."""
    router = Router(name="staff")
    in_staff_chat = OnLoop(F.chat.id.in_(staff_chats), F.from_user)
    router.message.filter(in_staff_chat)
    router.callback_query.filter(OnLoop(F.message.chat.id.in_(staff_chats)))

    @router.message(Command(*STAFF_COMMANDS))
    async def command(message: Message, command: CommandObject) -> StaffIncoming:
        assert message.from_user
        return StaffIncoming(
            user_id=message.from_user.id,
            chat_id=message.chat.id,
            thread_id=message.message_thread_id if message.is_topic_message else None,
            message_id=message.message_id,
            command=command.command,
            args=command.args or "",
        )

    @router.message()
    async def written(message: Message) -> StaffIncoming | None:
        assert message.from_user
        if message.from_user.is_bot or not message.is_topic_message:
            return None
        return StaffIncoming(
            user_id=message.from_user.id,
            chat_id=message.chat.id,
            thread_id=message.message_thread_id,
            message_id=message.message_id,
            text=message.text if message.text is not None else message.caption,
            media=message.text is None,
        )

    @router.edited_message(in_staff_chat)
    async def corrected(message: Message) -> StaffIncoming | None:
        staff_message = await written(message)
        return None if staff_message is None else replace(staff_message, edited=True)

    @router.callback_query()
    async def pressed(query: CallbackQuery) -> StaffIncoming:
        message = query.message
        assert message is not None
        thread = getattr(message, "message_thread_id", None)
        return StaffIncoming(
            user_id=query.from_user.id,
            chat_id=message.chat.id,
            thread_id=thread,
            callback_id=query.id,
            button=(query.data or "")[:MAX_PAYLOAD],
        )

    return router


CURATOR_COMMANDS = ("curate", "find", "queue")
"""Anyone may send these: a curator is served, anyone else is refused (by the service, which
checks the curator list as it is at that moment)."""
CURATOR_ONLY = ("start", "cancel", "menu", "exit", "forget", "help", "console")
"""In a curator's chat these mean the curators' help and cancel, not the beneficiary flow."""


def build_curator_router(is_curator: Callable[[int], bool]) -> Router:
    """Curators work in their private chat with the bot; it comes before the beneficiary
    router, so everything a curator writes there is curation."""
    router = Router(name="curators")
    router.message.filter(PRIVATE)

    def from_curator(event: Message | CallbackQuery) -> bool:
        return event.from_user is not None and is_curator(event.from_user.id)

    curator = OnLoop(from_curator)

    def incoming(message: Message, **fields: Any) -> CuratorIncoming:
        assert message.from_user
        hint = locale_hint(message.from_user)
        return CuratorIncoming(message.from_user.id, message.chat.id, hint, **fields)

    @router.message(Command(*CURATOR_COMMANDS))
    @router.message(curator, Command(*CURATOR_ONLY))
    async def command(message: Message, command: CommandObject) -> CuratorIncoming:
        return incoming(message, command=command.command, args=(command.args or "")[:200])

    @router.message(OnLoop(from_curator, F.text))
    async def text(message: Message) -> CuratorIncoming:
        return incoming(message, text=(message.text or "")[:500])

    @router.message(curator)
    async def other(message: Message) -> CuratorIncoming:
        return incoming(message, command="help")

    @router.callback_query(OnLoop(F.data.startswith("cur|")))
    async def pressed(query: CallbackQuery) -> CuratorIncoming | None:
        chat = query.message.chat if query.message else None
        if chat is not None and chat.type != "private":
            return None
        shown = query.message.message_id if query.message is not None else None
        return CuratorIncoming(
            query.from_user.id,
            chat.id if chat is not None else query.from_user.id,
            locale_hint(query.from_user),
            callback_id=query.id,
            button=(query.data or "")[:MAX_PAYLOAD],
            button_message_id=shown,
        )

    return router


def build_join_router() -> Router:
    """``/join CODE`` in a private chat, from anyone: an invitation to the staff (the service
    decides whether the code is good). Before the curators' and the beneficiary routers."""
    router = Router(name="join")
    router.message.filter(PRIVATE)

    @router.message(Command("join"))
    async def join(message: Message, command: CommandObject) -> JoinIncoming:
        assert message.from_user
        args = (command.args or "")[:80]
        hint = locale_hint(message.from_user)
        return JoinIncoming(message.from_user.id, message.chat.id, args, hint)

    return router


def build_stranger_router(staff_chats: frozenset[int]) -> Router:
    """Any other group: the bot leaves (never its own staff groups, whatever arrives there)."""
    router = Router(name="strangers")
    groups = F.chat.type.in_({"group", "supergroup"}) & ~F.chat.id.in_(staff_chats)

    @router.message(OnLoop(groups))
    async def spoken_to(message: Message) -> StrangerChat:
        return StrangerChat(message.chat.id)

    @router.my_chat_member(
        OnLoop(groups, F.new_chat_member.status.in_({"member", "administrator"}))
    )
    async def added(update: ChatMemberUpdated) -> StrangerChat:
        return StrangerChat(update.chat.id)

    return router


def build_dispatcher(
    staff_chats: frozenset[int] = frozenset(),
    is_curator: Callable[[int], bool] = lambda _: False,
) -> Dispatcher:
    dispatcher = Dispatcher(name="gza")
    if staff_chats:
        dispatcher.include_router(build_staff_router(staff_chats))
    dispatcher.include_router(build_join_router())
    dispatcher.include_router(build_curator_router(is_curator))
    dispatcher.include_router(build_router())
    dispatcher.include_router(build_stranger_router(staff_chats))
    return dispatcher


def make_decoder(bot: Bot, dispatcher: Dispatcher) -> Decoder:
    """Parses each stored update on its own (see ``raw``), so one that aiogram cannot read is
    that update's failure only, retried then set aside by the inbox worker."""
    reader = UpdateReader(bot)

    async def decode(payload: bytes) -> Decoded:
        update = reader.read(payload)
        if update is None:
            return None
        result = await dispatcher.feed_update(bot, update)
        decoded = Incoming | StaffIncoming | CuratorIncoming | JoinIncoming | StrangerChat
        return result if isinstance(result, decoded) else None

    return decode
