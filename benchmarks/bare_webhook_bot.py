"""The floor for ``bench_scale``: the bare aiogram bot of ``bare_bot`` (the same answers, no
storage, no logic), fed by webhook instead of polling. Started by the benchmark as
``python -m benchmarks.bare_webhook_bot`` with ``BENCH_TOKEN``, ``BENCH_API_BASE``,
``BENCH_SECRET`` and ``BENCH_PORT`` set; it serves ``/telegram/webhook`` on 127.0.0.1.
"""

from __future__ import annotations

import os

from aiogram import Bot, Dispatcher
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.webhook.aiohttp_server import SimpleRequestHandler, setup_application
from aiohttp import web

from benchmarks.bare_bot import on_message, on_press

PATH = "/telegram/webhook"


def main() -> None:
    api = TelegramAPIServer.from_base(os.environ["BENCH_API_BASE"])
    bot = Bot(os.environ["BENCH_TOKEN"], session=AiohttpSession(api=api))
    dispatcher = Dispatcher()
    dispatcher.message.register(on_message)
    dispatcher.callback_query.register(on_press)
    app = web.Application()
    handler = SimpleRequestHandler(dispatcher, bot, secret_token=os.environ["BENCH_SECRET"])
    handler.register(app, path=PATH)
    setup_application(app, dispatcher, bot=bot)
    web.run_app(app, host="127.0.0.1", port=int(os.environ["BENCH_PORT"]), print=None)


if __name__ == "__main__":
    main()
