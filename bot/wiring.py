"""The composition root: builds Gza from settings. Tests pass their own clock, and may pass
their own database (a unit-of-work factory) and channels; ``build_services`` assembles the use
cases alone, so they can be driven with fakes (``tests/fakes.py``)."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Callable, Collection, Mapping
from contextlib import AsyncExitStack, asynccontextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from aiogram import Bot
from aiogram.client.telegram import TelegramAPIServer
from aiogram.utils.token import TokenValidationError
from aiohttp import web
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.channels.console.build import mount_console
from bot.channels.telegram.channel import TelegramChannel
from bot.channels.telegram.delivery import RateLimits
from bot.channels.telegram.session import PinnedSession
from bot.channels.telegram.updates import CHANNEL as TELEGRAM
from bot.channels.telegram.updates import build_dispatcher
from bot.channels.telegram.webhook import webhook_handler
from bot.channels.web.chat import WebChat
from bot.channels.web.page import Page
from bot.config import ConfigError, EmergencyNumber, Settings, require_secrets
from bot.core.engine import Context
from bot.core.flow import Flow
from bot.core.texts import Text
from bot.dialogs import load_dialogs
from bot.i18n import Localizer
from bot.people_seed import seed_bureaus, seed_people
from bot.privacy.crypto import KeyRing
from bot.privacy.pseudonyms import Pseudonyms
from bot.rights.changes import SEEDER
from bot.rights.files import read_library
from bot.rights.model import Library
from bot.rights.review import RightsReview
from bot.rights.steps import COUNTRY
from bot.rights.texts import RightsTexts
from bot.runtime import Gza
from bot.services.case_mail import CaseMail
from bot.services.casework import CaseWork, ReplyBox
from bot.services.catalog import Catalog
from bot.services.channel import Channel
from bot.services.conversations import ConversationService, Safety
from bot.services.counting import Counting
from bot.services.curation import Curator, CuratorDesk
from bot.services.curator_digest import CuratorDigest
from bot.services.curator_texts import CuratorTexts
from bot.services.desk import Bureau, Desk, StaffMember
from bot.services.escalation import Escalation, EscalationSweep
from bot.services.follow_up import FollowUpSweep
from bot.services.handoff import HandoffService
from bot.services.hours import OpeningHours
from bot.services.inbox import Handler, InboxWorker, Intake
from bot.services.joining import Joining, Tries
from bot.services.leases import Leader
from bot.services.mailbox import Mailbox
from bot.services.messages import (
    CuratorIncoming,
    Incoming,
    JoinIncoming,
    StaffIncoming,
    StrangerChat,
)
from bot.services.outbox import OutboxWorker
from bot.services.pacing import RateLimiter
from bot.services.people import LivePeople, seed
from bot.services.people_admin import PeopleAdmin
from bot.services.ports import Clock, Pseudonymizer, UnitOfWorkFactory
from bot.services.retention import RetentionPolicy, RetentionSweep
from bot.services.retry import RetryPolicy
from bot.services.rollup import MonthlyRollup
from bot.services.screening import Screening
from bot.services.sign_in import ConsoleLinks, Roster, SignIn
from bot.services.staff_actions import StaffActions
from bot.services.strangers import Strangers
from bot.services.wakeup import Wakeup
from bot.shared import Shared, shared
from bot.staff_texts import load_reply_box
from bot.storage.curation import SqlDirectory
from bot.storage.database import create_engine, is_sqlite
from bot.storage.directory import is_empty, save_directory
from bot.storage.leases import one_at_a_time, release_all
from bot.storage.rights import SqlRights
from bot.storage.sql import unit_of_work_factory
from referral_directory.files import load_directory as read_directory_files

__all__ = ["Gza", "Services", "build", "build_services"]

log = logging.getLogger(__name__)

STAFF_CHANNEL = TELEGRAM
"""Where staff and curators work (their groups, their private chats with the bot)."""


def utc_now() -> datetime:
    return datetime.now(UTC)


def read_secrets(settings: Settings) -> tuple[Pseudonyms, KeyRing]:
    """The pepper and master keys, or a ConfigError naming the missing key."""
    return require_secrets(settings)


def make_bot(settings: Settings) -> Bot:
    assert settings.telegram.token is not None
    api = TelegramAPIServer.from_base(settings.telegram.api_base.rstrip("/"))
    try:
        return Bot(settings.telegram.token.get_secret_value(), session=PinnedSession(api=api))
    except TokenValidationError:
        raise ConfigError("configuration key telegram.token: not a valid bot token") from None


def number_lines(numbers: list[EmergencyNumber]) -> tuple[Text, ...]:
    return tuple(
        Text(
            "emergency-number-line", {"number": n.number, "label": Text(f"emergency-kind-{n.kind}")}
        )
        for n in numbers
    )


def country_numbers(settings: Settings) -> dict[str, tuple[Text, ...]]:
    """Each country's emergency numbers, the home country's included."""
    emergency = settings.emergency
    found = {country: number_lines(n) for country, n in emergency.by_country.items()}
    return {**found, emergency.country: number_lines(emergency.numbers)}


def language_orders(settings: Settings) -> dict[str, str]:
    """Each country's languages, offered first by the language question ("bg,uk,ru,en")."""
    return {c: ",".join(codes) for c, codes in settings.i18n.order_by_country.items()}


def conversation_context(settings: Settings) -> Context:
    """Values a step may show (``uses:`` in dialogs/)."""
    lines = number_lines(settings.emergency.numbers)
    return {
        "emergency_numbers": lines,
        "days": settings.retention.idle_person_days,
        "followup_days": settings.directory.follow_up_days,
        COUNTRY: settings.emergency.country,  # until the person's place says another
    }


async def prepare_catalog(engine: AsyncEngine, settings: Settings) -> Catalog:
    """The directory from the database; an empty one is first filled from the seed folder
    (raises DirectoryError naming every problem in it)."""
    async with engine.begin() as conn:
        await one_at_a_time(conn, "gza:seed-directory")  # processes starting together
        if await is_empty(conn):
            await save_directory(conn, read_directory_files(settings.directory.seed))
    async with engine.connect() as conn:
        store = SqlDirectory(conn)
        revision = await store.revision()  # first: a change landing meanwhile reloads later
        return Catalog(await store.load(), revision)


async def prepare_rights(engine: AsyncEngine, settings: Settings, now: datetime) -> Library:
    """The rights library from the database; an empty one is first filled from ``[paths]
    rights`` (raises RightsError naming every problem in it)."""
    async with engine.begin() as conn:
        await one_at_a_time(conn, "gza:seed-rights")  # processes starting together
        if await SqlRights(conn).is_empty():
            await SqlRights(conn).replace(read_library(settings.paths.rights), SEEDER, now)
    async with engine.connect() as conn:
        return await SqlRights(conn).load()


async def load_catalog(uow: UnitOfWorkFactory) -> Catalog:
    """The directory from a database that is already filled (the fakes' twin)."""
    async with uow(read_only=True) as tx:
        revision = await tx.directory.revision()
        return Catalog(await tx.directory.load(), revision)


def safety(settings: Settings) -> Safety:
    return Safety(
        flood_limit=settings.abuse.max_updates_per_minute,
        deletable_for=timedelta(hours=settings.retention.message_ids_hours),
        silent=settings.disguise.silent_notifications,
        protect_contacts=settings.disguise.protect_contacts,
    )


def desk(settings: Settings, staff: Mapping[int, StaffMember] | None = None) -> Desk | None:
    """Who answers where; None when no staff group is configured (no handoff offered) or no
    staff exist. ``staff``: the live list (services/people.py); by default the config's."""
    handoff = settings.handoff
    members = staff_members(settings) if staff is None else staff
    if not settings.bureaus or not (members or any(m.role == "staff" for m in settings.staff)):
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
    return Desk(bureaus, default, members, timedelta(hours=handoff.reopen_hours))


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


@dataclass(frozen=True)
class Services:
    """The use cases, assembled; ``handlers`` is the inbox's table of what handles what."""

    mailbox: Mailbox
    conversations: ConversationService
    curation: CuratorDesk
    handoff: HandoffService | None
    staff: StaffActions | None
    escalation: Escalation | None
    sign_in: SignIn | None = None
    """The console's sign-in (when the console is enabled and staff are configured)."""
    casework: CaseWork | None = None
    """What staff do to a case: the Telegram topic (``staff``) and the console both use it."""
    people: LivePeople | None = None
    """Who is on the staff side, from the database (kept fresh by ``people.keep_fresh``)."""
    joining: Joining | None = None
    """``/join CODE``: an admin's invitation redeemed in Telegram."""
    people_admin: PeopleAdmin | None = None

    def handlers(self) -> dict[type, Handler]:
        table: dict[type, Handler] = {
            Incoming: self.conversations.handle,
            CuratorIncoming: self.curation.handle,
            StrangerChat: Strangers(self.mailbox).handle,
        }
        if self.staff is not None:
            table[StaffIncoming] = self.staff.handle_staff
        if self.joining is not None:
            table[JoinIncoming] = self.joining.handle
        return table

    def apologies(self) -> dict[type, Handler]:
        """Said when an item is set aside: the person learns their message failed."""
        return {Incoming: self.conversations.report_failure}


def build_services(
    settings: Settings,
    *,
    flow: Flow,
    catalog: Catalog,
    localizer: Localizer,
    pseudonyms: Pseudonymizer,
    channels: Mapping[str, Channel],
    staff_desk: Desk | None,
    curators: Mapping[int, Curator],
    staff_channel: str = STAFF_CHANNEL,
    rights: Library | None = None,
    reply_box: ReplyBox | None = None,
    people: LivePeople | None = None,
) -> Services:
    """The use cases from settings and their collaborators; no I/O, so fakes fit anywhere."""
    mailbox = Mailbox({n: c.capabilities for n, c in channels.items()}, staff_channel)
    context = conversation_context(settings)
    counting = Counting(settings.evidence.count_by_default)
    handoff = staff = escalation = casework = sign_in = links = None
    if staff_desk is not None:
        places = frozenset(catalog.directory.places.by_id)
        mail = CaseMail(localizer, settings.i18n.default_locale, mailbox, places)
        handoff = HandoffService(staff_desk, mail, context, counting=counting)
        admins = people.admins if people is not None else None
        sign_in = console_sign_in(settings, staff_desk, curators, admins)
        links = ConsoleLinks(sign_in, console_url(settings)) if sign_in else None
        casework = CaseWork(staff_desk, mail, counting, reply_box or ReplyBox())
        staff = StaffActions(casework, links)
        escalation = Escalation(staff_desk, mail)
    directory = settings.directory
    screening = Screening(
        catalog,
        localizer,
        timedelta(days=directory.follow_up_days),
        directory.nearby_km,
        directory.fallbacks(),
        counting,
    )
    conversations = ConversationService(
        flow,
        context,
        localizer,
        pseudonyms,
        settings.i18n.default_locale,
        mailbox,
        safety(settings),
        handoff,
        screening,
        country_numbers(settings),
        language_orders(settings),
    )
    curation = CuratorDesk(
        curators,
        catalog,
        CuratorTexts(localizer),
        pseudonyms,
        settings.i18n.default_locale,
        frozenset(settings.i18n.locales),
        ZoneInfo(directory.timezone),
        directory.stale_days,
        mailbox,
        RightsReview(rights or Library(), directory.rights_review_days),
        links,
    )
    joining = people_admin = None
    if people is not None:
        console = settings.console
        joining = Joining(
            mailbox,
            localizer,
            people,
            frozenset(settings.i18n.locales),
            settings.i18n.default_locale,
            Tries(console.joins_per_hour),
        )
        served = frozenset(b.id for b in settings.bureaus)
        people_admin = PeopleAdmin(served, timedelta(hours=console.invite_hours))
    return Services(
        mailbox,
        conversations,
        curation,
        handoff,
        staff,
        escalation,
        sign_in,
        casework,
        people,
        joining,
        people_admin,
    )


# --- the staff console ------------------------------------------------------------------------


def console_url(settings: Settings) -> str:
    """Where staff open the console: the configured address, or the web server's own."""
    return settings.console.public_url or f"http://{settings.web.host}:{settings.web.port}"


def console_sign_in(
    settings: Settings,
    staff_desk: Desk,
    curators: Mapping[int, Curator],
    admins: Collection[str] | None = None,
) -> SignIn | None:
    """``admins``: the live list (casefolded aliases); by default the config's."""
    console = settings.console
    if not console.enabled:
        return None
    if admins is None:
        admins = frozenset(a.casefold() for a in console.admins)
    return SignIn(
        Roster(staff_desk.staff, curators, admins),
        timedelta(minutes=console.link_minutes),
        timedelta(hours=console.session_hours),
    )


def serve_console(
    settings: Settings,
    app: web.Application,
    uow: UnitOfWorkFactory,
    services: Services,
    localizer: Localizer,
    clock: Clock,
    limiter: RateLimiter | None = None,
) -> None:
    """The console, its sign-in attempts counted by ``limiter`` (shared through Redis when
    configured) or by this process."""
    if services.sign_in is None or services.casework is None:
        return
    mount_console(
        app,
        uow=uow,
        sign_in=services.sign_in,
        work=services.casework,
        localizer=localizer,
        locales=settings.i18n.locales,
        default_locale=settings.i18n.default_locale,
        clock=clock,
        sign_ins_per_minute=settings.console.sign_ins_per_minute,
        https=console_url(settings).startswith("https://"),
        people=services.people,
        people_admin=services.people_admin,
        curation=services.curation,
        limiter=limiter,
        evidence_threshold=settings.evidence.threshold,
    )


def telegram_channel(
    settings: Settings,
    bot: Bot,
    staff_chats: frozenset[int],
    intake: Intake,
    app: web.Application,
    is_curator: Callable[[int], bool],
    limiter: RateLimiter | None,
) -> TelegramChannel:
    """aiogram in (polling, or the webhook route on ``app``) and out, within the limits."""
    telegram = settings.telegram
    limits = RateLimits(
        telegram.global_rate,
        telegram.chat_rate,
        telegram.chat_burst,
        telegram.group_per_minute,
        limiter=limiter,
    )
    if telegram.mode == "webhook":
        _check_webhook(settings)
        assert telegram.secret_token is not None
        handler = webhook_handler(intake, telegram.secret_token.get_secret_value())
        app.router.add_post(telegram.webhook_path, handler)
    dispatcher = build_dispatcher(staff_chats, is_curator)
    return TelegramChannel(bot, dispatcher, limits, telegram.request_timeout)


@dataclass
class Edge:
    """The channels made from settings, and what the runtime serves them with."""

    channels: dict[str, Channel]
    bot: Bot | None
    app: web.Application


def settings_channels(
    settings: Settings,
    stack: AsyncExitStack,
    intake: Intake,
    localizer: Localizer,
    outbox_wakeup: Wakeup,
    staff_chats: frozenset[int],
    is_curator: Callable[[int], bool],
    flow: Flow,
    shared: Shared,
) -> Edge:
    """Telegram when a token is configured, the web chat when enabled."""
    edge = Edge({}, None, web.Application(client_max_size=1024 * 1024))
    if settings.telegram.token is not None:
        edge.bot = make_bot(settings)
        stack.push_async_callback(edge.bot.session.close)
        edge.channels[TELEGRAM] = telegram_channel(
            settings, edge.bot, staff_chats, intake, edge.app, is_curator, shared.limiter
        )
    if settings.web.enabled:
        chat = WebChat(intake, web_page(settings, localizer, flow), outbox_wakeup, shared.relay)
        edge.app.add_routes(chat.routes())
        edge.app.on_startup.append(chat.startup)
        edge.app.on_shutdown.append(chat.shutdown)
        edge.channels[chat.name] = chat
    return edge


@dataclass(frozen=True)
class Sweeps:
    retention: RetentionSweep
    follow_up: FollowUpSweep
    digest: CuratorDigest
    escalation: EscalationSweep | None


def sweeps(
    settings: Settings,
    uow: UnitOfWorkFactory,
    clock: Clock,
    services: Services,
    catalog: Catalog,
    curators: Mapping[int, Curator],
    outbox_wakeup: Wakeup,
) -> Sweeps:
    """The periodic work; each reads what is due from the database."""
    curation, handoff = services.curation, settings.handoff
    escalation = None
    if services.escalation is not None:
        urgent_after = timedelta(minutes=handoff.escalate_urgent_minutes)
        after = timedelta(minutes=handoff.escalate_minutes)
        escalation = EscalationSweep(
            uow, services.escalation, clock, urgent_after, after, outbox_wakeup
        )
    return Sweeps(
        RetentionSweep(
            uow,
            clock,
            retention_policy(settings),
            services.mailbox.unreachable_later(),
            MonthlyRollup(uow, clock, settings.bureau_cities()),
        ),
        FollowUpSweep(uow, services.conversations, catalog, clock, outbox_wakeup),
        CuratorDigest(
            uow,
            curators,
            catalog,
            curation.texts,
            clock,
            timedelta(days=settings.directory.digest_days),
            curation.stale_days,
            curation.timezone,
            outbox_wakeup,
            services.mailbox,
            curation.rights_review,
        ),
        escalation,
    )


SQLITE_INBOX_LANES, SERVER_INBOX_LANES = 1, 8


def inbox_lanes(settings: Settings) -> int:
    """SQLite takes one writer at a time: more lanes only queue on its lock (a burst through
    benchmarks/bench_lanes.py showed no steady gain). A server database handles chats side
    by side."""
    configured = settings.delivery.inbox_lanes
    if configured is not None:
        return configured
    return SQLITE_INBOX_LANES if is_sqlite(settings.database.url) else SERVER_INBOX_LANES


async def database(
    settings: Settings,
    stack: AsyncExitStack,
    ring: KeyRing,
    uow: UnitOfWorkFactory | None,
    clock: Clock = utc_now,
) -> tuple[UnitOfWorkFactory, Catalog, Library]:
    """The given unit of work (its directory, and the rights folder: the fakes' twin of the
    stored library), or the configured database, seeded."""
    if uow is not None:
        return uow, await load_catalog(uow), read_library(settings.paths.rights)
    engine = create_engine(settings.database.url)
    stack.push_async_callback(engine.dispose)
    catalog = await prepare_catalog(engine, settings)
    rights = await prepare_rights(engine, settings, clock())
    if is_sqlite(settings.database.url):
        await release_all(engine)
    return unit_of_work_factory(engine, ring), catalog, rights


@asynccontextmanager
async def build(
    settings: Settings,
    *,
    clock: Clock = utc_now,
    config_file: Path | None = None,
    uow_factory: UnitOfWorkFactory | None = None,
    channels: Mapping[str, Channel] | None = None,
) -> AsyncIterator[Gza]:
    """Wire Gza; raises ConfigError or FlowError before anything starts. Without
    ``uow_factory`` the configured database is used (and seeded); without ``channels`` the
    configured Telegram bot and web chat. ``config_file`` is no longer watched: the staff list
    lives in the database, which the file only seeds (``gza staff import``)."""
    del config_file  # accepted for callers; see above
    pseudonyms, ring = read_secrets(settings)
    async with AsyncExitStack() as stack:
        uow, catalog, rights = await database(settings, stack, ring, uow_factory, clock)
        localizer = Localizer(
            settings.paths.locales, curated=RightsTexts(rights), names=catalog.names
        )
        paths = settings.paths
        languages = tuple(settings.i18n.locales)
        dialogs = load_dialogs(
            paths.dialogs, paths.locales, languages, catalog.directory.places, rights
        )
        inbox_wakeup, outbox_wakeup, stopping = Wakeup(), Wakeup(), asyncio.Event()
        intake = Intake(uow, pseudonyms, clock, inbox_wakeup)
        # Staff work on the staff channel; their list is re-read when the config file changes.
        staffed = STAFF_CHANNEL in channels if channels else settings.telegram.token is not None
        # Who is staff, curator or admin: the database rules; the config file seeds it.
        people = LivePeople()
        await seed_people_once(settings, uow)
        await people.refresh(uow)
        staff_desk = desk(settings, people.staff) if staffed else None
        curators = people.curators
        staff_chats = staff_desk.staff_chats() if staff_desk else frozenset()
        together = await shared(settings, stack, pseudonyms) if channels is None else Shared()
        edge = (
            settings_channels(
                settings,
                stack,
                intake,
                localizer,
                outbox_wakeup,
                staff_chats,
                curators.__contains__,
                dialogs.flow,
                together,
            )
            if channels is None
            else Edge(dict(channels), None, web.Application())
        )
        services = build_services(
            settings,
            flow=dialogs.flow,
            catalog=catalog,
            localizer=localizer,
            pseudonyms=pseudonyms,
            channels=edge.channels,
            staff_desk=staff_desk,
            curators=curators,
            rights=rights,
            reply_box=load_reply_box(
                paths.dialogs,
                languages,
                settings.retention.idle_person_days,
                settings.retention.closed_case_days,
            ),
            people=people,
        )
        serve_console(settings, edge.app, uow, services, localizer, clock, together.limiter)
        serve_http = channels is None and (
            settings.web.enabled
            or settings.console.enabled
            or (edge.bot is not None and settings.telegram.mode == "webhook")
        )
        delivery = settings.delivery
        policy = RetryPolicy(
            delivery.inbox_max_attempts, delivery.retry_first_delay, delivery.retry_max_delay
        )
        periodic = sweeps(settings, uow, clock, services, catalog, curators, outbox_wakeup)
        leader = Leader(uow, clock)
        inbox = InboxWorker(
            uow,
            edge.channels,
            services.handlers(),
            clock,
            policy,
            outbox_wakeup,
            stopping,
            services.apologies(),
            wakeup=inbox_wakeup,
            lanes=inbox_lanes(settings),
        )
        gza = Gza(
            settings=settings,
            intake=intake,
            inbox_worker=inbox,
            outbox_worker=OutboxWorker(
                uow,
                edge.channels,
                clock,
                policy,
                stopping,
                leader.holder,
                timedelta(seconds=delivery.claim_seconds),
                wakeup=outbox_wakeup,
                lanes=delivery.outbox_lanes,
                gather=delivery.gather_seconds,
            ),
            leader=leader,
            retention=periodic.retention,
            follow_up=periodic.follow_up,
            digest=periodic.digest,
            localizer=localizer,
            escalation=periodic.escalation,
            inbox_wakeup=inbox_wakeup,
            outbox_wakeup=outbox_wakeup,
            web_app=edge.app if serve_http else None,
            bot=edge.bot,
            stopping=stopping,
            keep_people_fresh=lambda: people.keep_fresh(uow, stopping),
        )
        try:
            yield gza
        finally:
            await gza.stop()


async def seed_people_once(settings: Settings, uow: UnitOfWorkFactory) -> None:
    """The config's bureaus and (into an empty list) staff; processes starting together on one
    database race here: the loser's insert breaks a unique key, and its second look finds the
    rows there and adds nothing."""
    for attempt in range(3):
        try:
            async with uow() as tx:
                await seed(tx, seed_people(settings), seed_bureaus(settings))
                await tx.commit()
            return
        except IntegrityError:
            if attempt == 2:
                raise
            log.info("people.seed_raced attempt=%s", attempt + 1)


def web_page(settings: Settings, localizer: Localizer, flow: Flow) -> Page:
    return Page(
        localizer,
        tuple(settings.i18n.locales),
        settings.i18n.default_locale,
        settings.web.exit_url,
        neutral=settings.disguise.neutral_web,
        location_steps=frozenset(s.id for s in flow.steps.values() if s.location),
    )


def _check_webhook(settings: Settings) -> None:
    telegram = settings.telegram
    if not telegram.webhook_url.startswith("https://"):
        raise ConfigError("configuration key telegram.webhook_url: webhook mode needs an https URL")
    if telegram.secret_token is None:
        raise ConfigError("configuration key telegram.secret_token: webhook mode needs one")
