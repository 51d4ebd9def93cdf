"""A small fake Telegram Bot API server for end-to-end tests, served on 127.0.0.1.

It answers the methods Gza calls, keeps updates for getUpdates with Telegram's offset
semantics, records every call, and can answer 429 (with retry_after), 5xx, or hang, on demand.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

BOT_ID = 4242
BOT_USER = {"id": BOT_ID, "is_bot": True, "first_name": "Gza", "username": "gza_test_bot"}
PHOTO = {"file_id": "ph1", "file_unique_id": "uph1", "width": 90, "height": 90}


@dataclass
class FakeUser:
    id: int
    first_name: str = "Tester"
    language_code: str | None = "en"
    username: str | None = None

    def as_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"id": self.id, "is_bot": False, "first_name": self.first_name}
        if self.language_code:
            data["language_code"] = self.language_code
        if self.username:
            data["username"] = self.username
        return data

    def chat(self) -> dict[str, Any]:
        return {"id": self.id, "type": "private", "first_name": self.first_name}


BOT = FakeUser(BOT_ID, "Gza")


@dataclass
class Call:
    method: str
    params: dict[str, Any]
    status: int = 0
    """HTTP status answered; 0 while the call hangs or if it never got an answer."""
    result_id: int = 0
    """The message_id the fake gave a sent message."""
    at: float = field(default_factory=time.monotonic)
    """When the request arrived, to check the rate limits as Telegram would."""


@dataclass
class Fault:
    status: int
    retry_after: int | None = None
    hang: bool = False
    chat_id: int | None = None
    """Only requests to this chat meet the fault; None for every request."""


@dataclass
class FakeTelegram:
    token: str
    calls: list[Call] = field(default_factory=list)
    updates: list[dict[str, Any]] = field(default_factory=list)
    topics: dict[int, str] = field(default_factory=dict)
    """Forum topics the bot created, by message_thread_id."""
    updates_sent: dict[int, dict[str, Any]] = field(default_factory=dict)
    """Every update body ever pushed, by update_id, to deliver one again."""
    confirmed_offset: int = 0
    faults: dict[str, list[Fault]] = field(default_factory=dict)
    released: asyncio.Event = field(default_factory=asyncio.Event)
    _ids: itertools.count[int] = field(default_factory=lambda: itertools.count(1000))
    _message_ids: itertools.count[int] = field(default_factory=lambda: itertools.count(1))
    _changed: asyncio.Condition = field(default_factory=asyncio.Condition)
    _runner: web.AppRunner | None = None
    port: int = 0

    # --- lifecycle -----------------------------------------------------------------------

    async def start(self) -> None:
        app = web.Application()
        app.router.add_route("*", "/bot{token}/{method}", self._handle)
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=0.1)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = self._runner.addresses[0][1]

    async def stop(self) -> None:
        self.released.set()
        if self._runner is not None:
            await self._runner.cleanup()

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    # --- what users do -------------------------------------------------------------------

    async def push(self, kind: str, body: dict[str, Any], update_id: int | None = None) -> int:
        update_id = update_id if update_id is not None else next(self._ids)
        self.updates_sent[update_id] = body
        async with self._changed:
            self.updates.append({"update_id": update_id, kind: body})
            self._changed.notify_all()
        return update_id

    def _message(self, user: FakeUser, **content: Any) -> dict[str, Any]:
        return {
            "message_id": next(self._message_ids),
            "date": int(time.time()),
            "chat": user.chat(),
            "from": user.as_json(),
            **content,
        }

    async def send_text(self, user: FakeUser, text: str) -> int:
        return await self.push("message", self._message(user, **_text(text)))

    async def walk(self, user: FakeUser, *presses: str, start: str = "/start") -> list[str]:
        """Send ``start``, then press each button in turn, waiting for each reply text."""
        already = len(self.texts_to(user.id))
        await self.send_text(user, start)
        await self.wait_for_texts(user.id, already + 1)
        for count, press in enumerate(presses, already + 2):
            await self.press(user, press)
            await self.wait_for_texts(user.id, count)
        return self.texts_to(user.id)

    async def send_location(self, user: FakeUser, latitude: float, longitude: float) -> int:
        location = {"latitude": latitude, "longitude": longitude}
        return await self.push("message", self._message(user, location=location))

    async def toggle(self, user: FakeUser, data: str, message_id: int = 1) -> Call:
        """Press an option of a several-at-once question; it is redrawn in place."""
        before = len(self.edits_to(user.id))
        await self.press(user, data, message_id)
        await self.wait_for(lambda: len(self.edits_to(user.id)) > before)
        return self.edits_to(user.id)[-1]

    def edits_to(self, chat_id: int) -> list[Call]:
        return [c for c in self.answered("editMessageText") if int(c.params["chat_id"]) == chat_id]

    async def send_sticker(self, user: FakeUser) -> int:
        sticker = {
            "file_id": "s1",
            "file_unique_id": "u1",
            "type": "regular",
            "width": 512,
            "height": 512,
            "is_animated": False,
            "is_video": False,
        }
        return await self.push("message", self._message(user, sticker=sticker))

    async def send_photo(self, user: FakeUser, caption: str | None = None) -> int:
        content: dict[str, Any] = {"photo": [PHOTO]}
        if caption:
            content["caption"] = caption
        return await self.push("message", self._message(user, **content))

    # --- what staff do, in the staff supergroup's topics ---------------------------------

    def _group_message(
        self, user: FakeUser, chat_id: int, thread: int | None, **content: Any
    ) -> dict[str, Any]:
        body = {
            "message_id": next(self._message_ids),
            "date": int(time.time()),
            "chat": {"id": chat_id, "type": "supergroup", "title": "Staff", "is_forum": True},
            "from": user.as_json(),
            **content,
        }
        if thread is not None:
            body.update(message_thread_id=thread, is_topic_message=True)
        return body

    async def staff_write(self, user: FakeUser, chat_id: int, thread: int | None, text: str) -> int:
        body = self._group_message(user, chat_id, thread, **_text(text))
        return await self.push("message", body)

    async def staff_edit(self, user: FakeUser, chat_id: int, thread: int, text: str) -> int:
        body = self._group_message(user, chat_id, thread, text=text, edit_date=int(time.time()))
        return await self.push("edited_message", body)

    async def staff_photo(self, user: FakeUser, chat_id: int, thread: int, caption: str) -> int:
        body = self._group_message(user, chat_id, thread, photo=[PHOTO], caption=caption)
        return await self.push("message", body)

    async def staff_press(self, user: FakeUser, chat_id: int, thread: int, data: str) -> int:
        message = self._group_message(BOT, chat_id, thread, text="card")
        message["from"] = BOT_USER
        return await self._callback(user, message, data)

    def general_texts(self, chat_id: int) -> list[str]:
        """Texts the bot sent to a group outside any topic."""
        return [
            str(c.params["text"])
            for c in self.answered("sendMessage")
            if int(c.params["chat_id"]) == chat_id and not c.params.get("message_thread_id")
        ]

    def sent_in_topic(self, chat_id: int, thread: int) -> list[Call]:
        return [
            c
            for c in self.calls
            if c.status == 200
            and c.method in ("sendMessage", "copyMessage")
            and int(c.params["chat_id"]) == chat_id
            and int(c.params.get("message_thread_id") or 0) == thread
        ]

    async def edit_text(self, user: FakeUser, text: str) -> int:
        body = self._message(user, text=text, edit_date=int(time.time()))
        return await self.push("edited_message", body)

    async def press(self, user: FakeUser, data: str, message_id: int = 1) -> int:
        message = {
            "message_id": message_id,
            "date": int(time.time()),
            "chat": user.chat(),
            "from": BOT_USER,
            "text": "…",
        }
        return await self._callback(user, message, data)

    async def _callback(self, user: FakeUser, message: dict[str, Any], data: str) -> int:
        """A press on a button of ``message`` (a message the bot sent)."""
        query = {
            "id": f"cb{next(self._ids)}",
            "from": user.as_json(),
            "chat_instance": "ci",
            "message": message,
            "data": data,
        }
        return await self.push("callback_query", query)

    # --- faults --------------------------------------------------------------------------

    def fail(
        self, method: str, status: int, times: int = 1, retry_after: int | None = None
    ) -> None:
        self.faults.setdefault(method, []).extend([Fault(status, retry_after)] * times)

    def hang(self, method: str, times: int = 1, chat_id: int | None = None) -> None:
        """Hold requests (to one chat, or any) unanswered until ``released`` is set."""
        self.released.clear()
        self.faults.setdefault(method, []).extend([Fault(0, hang=True, chat_id=chat_id)] * times)

    # --- what the bot did ----------------------------------------------------------------

    def person_message_ids(self, chat_id: int) -> list[int]:
        """Ids of the messages a person sent in their chat with the bot."""
        return [
            body["message_id"]
            for body in self.updates_sent.values()
            if body.get("chat", {}).get("id") == chat_id
            and "data" not in body
            and "edit_date" not in body
        ]

    def answered(self, method: str) -> list[Call]:
        return [c for c in self.calls if c.method == method and c.status == 200]

    def texts_to(self, chat_id: int) -> list[str]:
        return [
            str(c.params["text"])
            for c in self.answered("sendMessage")
            if int(c.params["chat_id"]) == chat_id
        ]

    def buttons_of(self, call: Call) -> list[tuple[str, str]]:
        markup = call.params.get("reply_markup") or {"inline_keyboard": []}
        return [(b["text"], b["callback_data"]) for row in markup["inline_keyboard"] for b in row]

    def last_to(self, chat_id: int) -> Call:
        calls = [c for c in self.answered("sendMessage") if int(c.params["chat_id"]) == chat_id]
        return calls[-1]

    async def wait_for(self, check: Callable[[], bool], timeout: float = 10.0) -> None:
        deadline = asyncio.get_running_loop().time() + timeout
        while not check():
            if asyncio.get_running_loop().time() > deadline:
                raise AssertionError("the fake Telegram server did not see what was expected")
            await asyncio.sleep(0.02)

    async def wait_for_texts(self, chat_id: int, count: int, timeout: float = 10.0) -> list[str]:
        await self.wait_for(lambda: len(self.texts_to(chat_id)) >= count, timeout)
        return self.texts_to(chat_id)

    # --- the API -------------------------------------------------------------------------

    async def _handle(self, request: web.Request) -> web.Response:
        if request.match_info["token"] != self.token:
            return _error(401, "Unauthorized")
        arrived = time.monotonic()
        method = request.match_info["method"]
        params = await _params(request)
        call = Call(method, params, at=arrived)
        self.calls.append(call)
        fault = self._fault_for(method, params)
        if fault is not None:
            if fault.hang:
                await self.released.wait()
                return _error(504, "Gateway Timeout")  # the caller is usually gone by now
            call.status = fault.status
            return _error(
                fault.status,
                "Too Many Requests" if fault.status == 429 else "Error",
                fault.retry_after,
            )
        result = await self._answer(method, params)
        call.status = 200
        if isinstance(result, dict) and "message_id" in result:
            call.result_id = int(result["message_id"])
        return web.json_response({"ok": True, "result": result})

    def _fault_for(self, method: str, params: dict[str, Any]) -> Fault | None:
        queued = self.faults.get(method, [])
        chat = params.get("chat_id")
        for i, fault in enumerate(queued):
            if fault.chat_id is None or (chat is not None and int(chat) == fault.chat_id):
                return queued.pop(i)
        return None

    async def _answer(self, method: str, params: dict[str, Any]) -> Any:
        if method == "getMe":
            return BOT_USER
        if method == "getUpdates":
            return await self._get_updates(params)
        if method == "createForumTopic":
            thread = next(self._message_ids)
            self.topics[thread] = str(params["name"])
            return {"message_thread_id": thread, "name": params["name"], "icon_color": 7322096}
        if method == "copyMessage":
            return {"message_id": next(self._message_ids)}
        if method in ("sendMessage", "editMessageText", "sendPhoto"):
            return {
                "message_id": next(self._message_ids),
                "date": int(time.time()),
                "chat": {"id": int(params["chat_id"]), "type": "private"},
                "from": BOT_USER,
                "text": params.get("text", ""),
            }
        return True  # answerCallbackQuery, deleteWebhook, setWebhook, deleteMessage(s), ...

    async def _get_updates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        offset = int(params.get("offset") or 0)
        timeout = float(params.get("timeout") or 0)
        if offset:
            self.confirmed_offset = max(self.confirmed_offset, offset)
            self.updates = [u for u in self.updates if u["update_id"] >= offset]
        async with self._changed:
            if not self.updates and timeout:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._changed.wait(), timeout)
        return list(self.updates)


def _text(text: str) -> dict[str, Any]:
    """A text message's content; a leading /command is marked as Telegram marks it."""
    content: dict[str, Any] = {"text": text}
    if text.startswith("/"):
        command = text.split()[0]
        content["entities"] = [{"type": "bot_command", "offset": 0, "length": len(command)}]
    return content


async def _params(request: web.Request) -> dict[str, Any]:
    if request.content_type == "application/json":
        data = await request.json()
        return dict(data) if isinstance(data, dict) else {}
    form = await request.post()
    params: dict[str, Any] = {}
    for key, value in form.items():
        if not isinstance(value, str):
            params[key] = "<file>"
            continue
        if key in ("reply_markup", "allowed_updates", "message_ids", "link_preview_options"):
            params[key] = json.loads(value)
        else:
            params[key] = value
    return params


def _error(status: int, description: str, retry_after: int | None = None) -> web.Response:
    body: dict[str, Any] = {"ok": False, "error_code": status, "description": description}
    if retry_after is not None:
        body["parameters"] = {"retry_after": retry_after}
        body["description"] = f"Too Many Requests: retry after {retry_after}"
    return web.json_response(body, status=status)
