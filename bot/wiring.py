"""The composition root: builds Gza from settings; tests pass their own clock."""

from __future__ import annotations

import asyncio
import base64
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import AsyncExitStack, asynccontextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from aiogram import Bot
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.utils.token import TokenValidationError
from aiohttp import web
from apscheduler.schedulers.asyncio import AsyncIOScheduler
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.channels.telegram.delivery import RateLimits, TelegramDeliverer
from bot.channels.telegram.polling import ALLOWED_UPDATES, poll
from bot.channels.telegram.profile import describe_bot
from bot.channels.telegram.updates import CHANNEL as TELEGRAM
from bot.channels.telegram.updates import build_dispatcher, make_decoder
from bot.channels.telegram.webhook import webhook_handler
from bot.channels.web.chat import WebChat
from bot.channels.web.page import Page
from bot.channels.web.protocol import CHANNEL as WEB
from bot.channels.web.protocol import to_incoming
from bot.config import ConfigError, Settings
from bot.core.engine import Context
from bot.core.flow import Flow
from bot.core.texts import Text
from bot.dialogs import load_dialogs
from bot.i18n import Localizer
from bot.privacy.crypto import KeyRing, MasterKey
from bot.privacy.pseudonyms import Pseudonyms
from bot.scheduler import Sweep, build_scheduler
from bot.services.case_mail import CaseMail
from bot.services.catalog import Catalog
from bot.services.conversations import ConversationService, Safety
from bot.services.curation import Curator, CuratorDesk
from bot.services.curator_digest import CuratorDigest
from bot.services.curator_texts import CuratorTexts
from bot.services.desk import Bureau, Desk, StaffMember
from bot.services.escalation import Escalation, EscalationSweep
from bot.services.follow_up import FollowUpSweep
from bot.services.handoff import HandoffService
from bot.services.hours import OpeningHours
from bot.services.inbox import Decoded, Decoder, InboxWorker, Intake
from bot.services.outbox import Deliverer, OutboxWorker
from bot.services.ports import Clock
from bot.services.retention import RetentionPolicy, RetentionSweep
from bot.services.retry import RetryPolicy
from bot.services.rollup import MonthlyRollup
from bot.services.screening import Screening
from bot.services.staff_actions import StaffActions
from bot.services.wakeup import Wakeup, run_forever
from bot.staff_list import ReloadingStaff
from bot.storage.curation import SqlDirectory
from bot.storage.database import create_engine
from bot.storage.directory import is_empty, save_directory
from bot.storage.sql import SqlUnitOfWork
from referral_directory.files import load_directory as read_directory_files

log = logging.getLogger(__name__)

GRACEFUL_STOP_SECONDS = 10.0


def utc_now() -> datetime:
    return datetime.now(UTC)


def read_secrets(settings: Settings) -> tuple[Pseudonyms, KeyRing]:
    """The pepper and master keys, or a ConfigError naming the missing key."""
    hint = "set it in the environment or run `gza secrets init` for local use"
    if settings.secrets.pepper is None:
        raise ConfigError(f"configuration key secrets.pepper: missing; {hint}")
    if not settings.secrets.master_keys:
        raise ConfigError(f"configuration key secrets.master_keys: missing; {hint}")
    try:
        pepper = base64.urlsafe_b64decode(settings.secrets.pepper.get_secret_value())
        pseudonyms = Pseudonyms(pepper)
    except ValueError as exc:
        raise ConfigError(f"configuration key secrets.pepper: {exc}") from None
    try:
        keys = [MasterKey.parse(k.get_secret_value()) for k in settings.secrets.master_keys]
        ring = KeyRing(keys)
    except ValueError as exc:
        raise ConfigError(f"configuration key secrets.master_keys: {exc}") from None
    return pseudonyms, ring


def make_bot(settings: Settings) -> Bot:
    assert settings.telegram.token is not None
    api = TelegramAPIServer.from_base(settings.telegram.api_base.rstrip("/"))
    try:
        return Bot(settings.telegram.token.get_secret_value(), session=AiohttpSession(api=api))
    except TokenValidationError:
        raise ConfigError("configuration key telegram.token: not a valid bot token") from None


def conversation_context(settings: Settings) -> Context:
    """Values a step may show (``uses:`` in dialogs/)."""
    lines = tuple(
        Text(
            "emergency-number-line",
            {"number": n.number, "label": Text(f"emergency-kind-{n.kind}")},
        )
        for n in settings.emergency.numbers
    )
    return {
        "emergency_numbers": lines,
        "days": settings.retention.idle_person_days,
        "followup_days": settings.directory.follow_up_days,
    }


async def prepare_catalog(engine: AsyncEngine, settings: Settings) -> Catalog:
    """The directory from the database; an empty one is first filled from the seed folder
    (raises DirectoryError naming every problem in it)."""
    async with engine.begin() as conn:
        if await is_empty(conn):
            await save_directory(conn, read_directory_files(settings.directory.seed))
    async with engine.connect() as conn:
        store = SqlDirectory(conn)
        revision = await store.revision()  # first: a change landing meanwhile reloads later
        return Catalog(await store.load(), revision)


def safety(settings: Settings) -> Safety:
    return Safety(
        flood_limit=settings.abuse.max_updates_per_minute,
        deletable_for=min(
            timedelta(hours=47), timedelta(hours=settings.retention.message_ids_hours)
        ),
        silent=settings.disguise.silent_notifications,
        protect_contacts=settings.disguise.protect_contacts,
    )


def desk(settings: Settings, config_file: Path | None = None) -> Desk | None:
    """Who answers where; None when no staff group is configured (no handoff offered)."""
    handoff = settings.handoff
    if not settings.bureaus or not any(m.role == "staff" for m in settings.staff):
        return None
    bureaus = {}
    for b in settings.bureaus:
        chat = b.staff_chat_id or handoff.staff_chat_id
        if chat is None:
            raise ConfigError(
                f"configuration key handoff.staff_chat_id: bureau {b.id!r} has no staff group"
            )
        hours = OpeningHours.parse(b.timezone, b.hours, b.holidays)
        bureaus[b.id] = Bureau(b.id, frozenset(c.lower() for c in b.cities), hours, chat)
    default = handoff.default_bureau or settings.bureaus[0].id
    staff = ReloadingStaff(config_file, settings, staff_members)
    return Desk(bureaus, default, staff, timedelta(hours=handoff.reopen_hours))


def staff_members(settings: Settings) -> dict[int, StaffMember]:
    locales = set(settings.i18n.locales)
    return {
        m.telegram_id: StaffMember(
            m.telegram_id,
            m.alias,
            m.bureau,
            next((lang for lang in m.languages if lang in locales), settings.i18n.default_locale),
            m.supervisor,
        )
        for m in settings.staff
        if m.role == "staff" and m.bureau is not None
    }


def curator_list(settings: Settings) -> dict[int, Curator]:
    locales = set(settings.i18n.locales)
    return {
        m.telegram_id: Curator(
            m.telegram_id,
            m.alias,
            next((lang for lang in m.languages if lang in locales), settings.i18n.default_locale),
        )
        for m in settings.staff
        if m.role == "curator"
    }


def retention_policy(settings: Settings) -> RetentionPolicy:
    retention = settings.retention
    return RetentionPolicy(
        inbox_outbox=timedelta(hours=retention.inbox_outbox_hours),
        message_ids=timedelta(hours=retention.message_ids_hours),
        idle_person=timedelta(days=retention.idle_person_days),
        closed_cases=timedelta(days=retention.closed_case_days),
    )


@dataclass
class Gza:
    """Everything that runs; ``start`` launches it, ``stop`` (or leaving ``build``) ends it."""

    settings: Settings
    intake: Intake
    inbox_worker: InboxWorker
    outbox_worker: OutboxWorker
    retention: RetentionSweep
    follow_up: FollowUpSweep
    digest: CuratorDigest
    localizer: Localizer
    escalation: EscalationSweep | None
    inbox_wakeup: Wakeup
    outbox_wakeup: Wakeup
    web_app: web.Application | None
    bot: Bot | None
    stopping: asyncio.Event
    workers: list[asyncio.Task[None]] = field(default_factory=list)
    tasks: list[asyncio.Task[None]] = field(default_factory=list)
    web_port: int | None = None
    scheduler: AsyncIOScheduler | None = None
    """Triggers the periodic sweeps once started."""
    _runner: web.AppRunner | None = None

    async def start(self) -> None:
        interval = self.settings.delivery.poll_interval
        for name, once, wakeup in (
            ("inbox", self.inbox_worker.run_once, self.inbox_wakeup),
            ("outbox", self.outbox_worker.run_once, self.outbox_wakeup),
        ):
            work = run_forever(name, once, wakeup, interval, self.stopping)
            self.workers.append(asyncio.ensure_future(work))
        if self.bot is not None:
            await self._start_telegram(self.bot)
        if self.web_app is not None:
            await self._start_web(self.web_app)
        sweeps = [
            Sweep("retention", self.retention.run, self.settings.retention.sweep_minutes * 60),
            Sweep(
                "follow-up",
                self.follow_up.run,
                self.settings.directory.follow_up_sweep_minutes * 60,
            ),
        ]
        if self.bot is not None:
            every = self.settings.directory.digest_sweep_minutes * 60
            sweeps.append(Sweep("curator-digest", self.digest.run, every))
        if self.escalation is not None:
            every = self.settings.handoff.sweep_seconds
            sweeps.append(Sweep("escalation", self.escalation.run, every))
        self.scheduler = build_scheduler(sweeps)
        self.scheduler.start()

    async def _start_telegram(self, bot: Bot) -> None:
        await describe_bot(bot, self.localizer, self.settings)
        telegram = self.settings.telegram
        if telegram.mode == "polling":
            self._spawn("polling", poll(bot, self.intake, telegram.polling_timeout))
            return
        assert telegram.secret_token is not None
        await bot.set_webhook(
            telegram.webhook_url,
            secret_token=telegram.secret_token.get_secret_value(),
            allowed_updates=ALLOWED_UPDATES,
            drop_pending_updates=False,
        )

    async def _start_web(self, app: web.Application) -> None:
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.settings.web.host, self.settings.web.port)
        await site.start()
        server = getattr(site, "_server", None)
        sockets = getattr(server, "sockets", None) or []
        self.web_port = sockets[0].getsockname()[1] if sockets else self.settings.web.port

    def _spawn(self, name: str, work: Awaitable[None]) -> None:
        self.tasks.append(asyncio.ensure_future(work))

    async def stop(self) -> None:
        """Stop taking work, let the workers finish the item in hand, then cancel the rest."""
        if self.scheduler is not None:
            self.scheduler.shutdown(wait=False)
            self.scheduler = None
        for task in self.tasks:
            task.cancel()  # intake: an update not yet committed is simply redelivered
        self.stopping.set()
        self.inbox_wakeup.poke()
        self.outbox_wakeup.poke()
        if self.workers:
            await asyncio.wait(self.workers, timeout=GRACEFUL_STOP_SECONDS)
        for task in self.workers:
            task.cancel()
        await asyncio.gather(*self.tasks, *self.workers, return_exceptions=True)
        self.tasks.clear()
        self.workers.clear()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None


def curator_desk(
    settings: Settings,
    catalog: Catalog,
    localizer: Localizer,
    pseudonyms: Pseudonyms,
    config_file: Path | None,
) -> CuratorDesk:
    """Curators work in Telegram; their list is re-read from the config file when it changes."""
    return CuratorDesk(
        ReloadingStaff(config_file, settings, curator_list),
        catalog,
        CuratorTexts(localizer),
        pseudonyms,
        settings.i18n.default_locale,
        frozenset(settings.i18n.locales),
        ZoneInfo(settings.directory.timezone),
        settings.directory.stale_days,
    )


def handoff_services(
    staff_desk: Desk | None,
    localizer: Localizer,
    context: Context,
    settings: Settings,
    places: frozenset[str] = frozenset(),
) -> tuple[HandoffService | None, StaffActions | None, Escalation | None]:
    if staff_desk is None:
        return None, None, None
    mail = CaseMail(localizer, settings.i18n.default_locale, places)
    return (
        HandoffService(staff_desk, mail, context),
        StaffActions(staff_desk, mail),
        Escalation(staff_desk, mail),
    )


def telegram_channel(
    settings: Settings,
    bot: Bot,
    staff_chats: frozenset[int],
    intake: Intake,
    app: web.Application,
    is_curator: Callable[[int], bool],
) -> tuple[Decoder, Deliverer]:
    """aiogram in (polling, or the webhook route on ``app``) and out, within the limits."""
    telegram = settings.telegram
    limits = RateLimits(
        telegram.global_rate, telegram.chat_rate, telegram.chat_burst, telegram.group_per_minute
    )
    if telegram.mode == "webhook":
        _check_webhook(settings)
        assert telegram.secret_token is not None
        handler = webhook_handler(intake, telegram.secret_token.get_secret_value())
        app.router.add_post(telegram.webhook_path, handler)
    decoder = make_decoder(bot, build_dispatcher(staff_chats, is_curator))
    return decoder, TelegramDeliverer(bot, limits)


@asynccontextmanager
async def build(
    settings: Settings, *, clock: Clock = utc_now, config_file: Path | None = None
) -> AsyncIterator[Gza]:
    """Wire Gza; raises ConfigError or FlowError before anything starts."""
    pseudonyms, ring = read_secrets(settings)
    languages = tuple(settings.i18n.locales)
    localizer = Localizer(settings.paths.locales)
    async with AsyncExitStack() as stack:
        engine = create_engine(settings.database.url)
        stack.push_async_callback(engine.dispose)
        catalog = await prepare_catalog(engine, settings)
        places = frozenset(catalog.directory.places.by_id)
        paths = settings.paths
        dialogs = load_dialogs(paths.dialogs, paths.locales, languages, places)
        uow = lambda: SqlUnitOfWork(engine, ring)  # noqa: E731
        inbox_wakeup, outbox_wakeup = Wakeup(), Wakeup()
        intake = Intake(uow, pseudonyms, clock, inbox_wakeup)
        context = conversation_context(settings)
        # Staff work in Telegram; their list is re-read from the config file when it changes.
        staff_desk = desk(settings, config_file) if settings.telegram.token else None
        handoff, staff, escalation = handoff_services(
            staff_desk, localizer, context, settings, places
        )
        screening = Screening(
            catalog,
            localizer,
            timedelta(days=settings.directory.follow_up_days),
            settings.directory.nearby_km,
        )
        conversations = ConversationService(
            dialogs.flow,
            context,
            localizer,
            pseudonyms,
            settings.i18n.default_locale,
            safety(settings),
            handoff,
            screening,
        )
        curation = curator_desk(settings, catalog, localizer, pseudonyms, config_file)
        curators = curation.curators
        decoders: dict[str, Decoder] = {WEB: _web_decoder}
        deliverers: dict[str, Deliverer] = {}
        bot = None
        app = web.Application(client_max_size=1024 * 1024)
        if settings.telegram.token is not None:
            bot = make_bot(settings)
            stack.push_async_callback(bot.session.close)
            staff_chats = staff_desk.staff_chats() if staff_desk else frozenset()
            decoders[TELEGRAM], deliverers[TELEGRAM] = telegram_channel(
                settings, bot, staff_chats, intake, app, curators.__contains__
            )
        if settings.web.enabled:
            chat = WebChat(intake, web_page(settings, localizer, dialogs.flow), outbox_wakeup)
            app.add_routes(chat.routes())
            app.on_shutdown.append(chat.shutdown)
            deliverers[WEB] = chat
        serve_http = settings.web.enabled or (
            bot is not None and settings.telegram.mode == "webhook"
        )
        stopping = asyncio.Event()
        delivery = settings.delivery
        policy = RetryPolicy(
            delivery.inbox_max_attempts, delivery.retry_first_delay, delivery.retry_max_delay
        )
        gza = Gza(
            settings=settings,
            intake=intake,
            inbox_worker=InboxWorker(
                uow,
                decoders,
                conversations,
                clock,
                policy,
                outbox_wakeup,
                stopping,
                staff,
                curation,
            ),
            outbox_worker=OutboxWorker(uow, deliverers, clock, policy, stopping),
            retention=RetentionSweep(
                uow, clock, retention_policy(settings), MonthlyRollup(uow, clock)
            ),
            follow_up=FollowUpSweep(uow, conversations, catalog, clock, outbox_wakeup),
            digest=CuratorDigest(
                uow,
                curators,
                catalog,
                curation.texts,
                clock,
                timedelta(days=settings.directory.digest_days),
                curation.stale_days,
                curation.timezone,
                outbox_wakeup,
            ),
            localizer=localizer,
            escalation=None
            if escalation is None
            else EscalationSweep(
                uow,
                escalation,
                clock,
                timedelta(minutes=settings.handoff.escalate_urgent_minutes),
                timedelta(minutes=settings.handoff.escalate_minutes),
                outbox_wakeup,
            ),
            inbox_wakeup=inbox_wakeup,
            outbox_wakeup=outbox_wakeup,
            web_app=app if serve_http else None,
            bot=bot,
            stopping=stopping,
        )
        try:
            yield gza
        finally:
            await gza.stop()


def web_page(settings: Settings, localizer: Localizer, flow: Flow) -> Page:
    return Page(
        localizer,
        tuple(settings.i18n.locales),
        settings.i18n.default_locale,
        settings.web.exit_url,
        neutral=settings.disguise.neutral_web,
        location_steps=frozenset(s.id for s in flow.steps.values() if s.location),
    )


async def _web_decoder(payload: bytes) -> Decoded:
    return to_incoming(payload)


def _check_webhook(settings: Settings) -> None:
    telegram = settings.telegram
    if not telegram.webhook_url.startswith("https://"):
        raise ConfigError("configuration key telegram.webhook_url: webhook mode needs an https URL")
    if telegram.secret_token is None:
        raise ConfigError("configuration key telegram.secret_token: webhook mode needs one")
