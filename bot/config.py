"""Settings: a TOML file, a secrets file, and ``GZA_<SECTION>__<KEY>`` environment variables.

Later sources win: config file < secrets file < environment. Secrets are refused in the config
file itself, so an example or committed config can never carry one.
"""

from __future__ import annotations

import base64
import json
import os
import re
import tomllib
from datetime import date
from pathlib import Path
from typing import Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import (
    BaseModel,
    Field,
    SecretStr,
    ValidationError,
    field_validator,
    model_validator,
)
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    SettingsError,
)
from pydantic_settings import TomlConfigSettingsSource as TomlSource

from bot.i18n import LOCALES
from bot.privacy.crypto import KeyRing, MasterKey
from bot.privacy.pseudonyms import Pseudonyms
from referral_directory.model import TEXT_FALLBACKS

SECRET_KEYS = {
    ("telegram", "token"),
    ("telegram", "secret_token"),
    ("secrets", "pepper"),
    ("secrets", "master_keys"),
}


class ConfigError(Exception):
    """Configuration that cannot be used; the message names the key."""


class Section(BaseModel):
    model_config = {"extra": "forbid"}


class TelegramSettings(Section):
    token: SecretStr | None = None
    mode: Literal["polling", "webhook"] = "polling"
    api_base: str = "https://api.telegram.org"
    webhook_url: str = ""
    webhook_path: str = "/telegram/webhook"
    secret_token: SecretStr | None = None
    polling_timeout: int = Field(default=25, ge=0, le=50)
    global_rate: float = Field(default=25.0, gt=0)
    chat_rate: float = Field(default=1.0, gt=0)
    chat_burst: int = Field(default=3, ge=1)
    group_per_minute: int = Field(default=20, ge=1)
    request_timeout: float = Field(default=10.0, gt=0, le=120)
    """Seconds one Bot API request may take when delivering before it is tried again later."""
    poll_spacing: float = Field(default=0.05, ge=0, le=1)
    """Polling: the least time from one getUpdates to the next while updates keep coming, so
    that those arriving meanwhile come in one request and one transaction. Real Telegram
    answers slower than this, so it only adds a wait where the API is very near."""


DATABASE_SCHEMES = ("sqlite", "sqlite+aiosqlite", "postgresql", "postgresql+asyncpg")
URL_EXAMPLES = "sqlite:///var/gza.sqlite3 or postgresql://USER@HOST:5432/DATABASE"


class DatabaseSettings(Section):
    url: str = "sqlite:///var/gza.sqlite3"
    startup_wait_seconds: float = Field(default=60.0, ge=0)
    """How long ``gza run`` waits for an unreachable database (one starting beside it) before
    giving up; 0 gives up at once."""

    @field_validator("url")
    @classmethod
    def _usable_url(cls, value: str) -> str:
        """Refused here, a wrong URL is one line naming the key, never the driver's traceback;
        the message never repeats the URL, which may hold a password."""
        scheme, sep, _ = value.partition("://")
        if not sep:
            raise ValueError(f"not a database URL: write it like {URL_EXAMPLES}")
        if scheme == "postgres":
            raise ValueError("write postgresql://, not postgres://")
        if scheme not in DATABASE_SCHEMES:
            named = f", not {scheme!r}" if re.fullmatch(r"[a-z][a-z0-9+.-]{0,30}", scheme) else ""
            raise ValueError(f"Gza runs on SQLite or PostgreSQL{named}: {URL_EXAMPLES}")
        if scheme.startswith("postgresql"):
            _check_server_url(value)
        return value


class WebSettings(Section):
    enabled: bool = True
    host: str = "127.0.0.1"
    port: int = Field(default=8080, ge=0, le=65535)
    exit_url: str = Field(default="https://www.bbc.com/weather", pattern=r"^(https?://|/)\S+$")
    """Where quick exit takes the person: a page anyone might have open."""


class ConsoleSettings(Section):
    """The staff console in the browser, served beside the web chat (``web.host``/``port``)."""

    enabled: bool = False
    public_url: str = Field(default="", pattern=r"^(https?://\S+)?$")
    """Where staff open it (the start of the sign-in link); empty: ``http://host:port``."""
    link_minutes: int = Field(default=10, ge=1, le=60)
    """How long a one-time sign-in link stays usable."""
    session_hours: int = Field(default=12, ge=1, le=24 * 7)
    admins: list[str] = Field(default_factory=list)
    """Aliases of staff or curators who manage people and bureaus (a seed, like ``[[staff]]``:
    after the first start the database says who is an admin)."""
    sign_ins_per_minute: int = Field(default=10, ge=1)
    """Sign-in attempts one address may make a minute."""
    invite_hours: int = Field(default=48, ge=1, le=24 * 14)
    """How long an admin's one-time invitation code (``/join CODE``) stays usable."""
    joins_per_hour: int = Field(default=5, ge=1)
    """``/join`` attempts one chat may make an hour (per process)."""


class I18nSettings(Section):
    default_locale: str = "ka"
    locales: list[str] = Field(default_factory=lambda: list(LOCALES))
    order_by_country: dict[str, list[str]] = Field(default_factory=dict)
    """Per country (places.yaml ``country``): the languages the language question offers
    first to a person whose place (or link) is there; the others follow in ``locales`` order."""

    @field_validator("default_locale")
    @classmethod
    def _known_default(cls, value: str) -> str:
        if value not in LOCALES:
            raise ValueError(f"must be one of {', '.join(LOCALES)}")
        return value

    @field_validator("locales")
    @classmethod
    def _known_locales(cls, value: list[str]) -> list[str]:
        unknown = [v for v in value if v not in LOCALES]
        if unknown or not value:
            raise ValueError(f"each must be one of {', '.join(LOCALES)}")
        return value

    @field_validator("order_by_country")
    @classmethod
    def _known_orders(cls, value: dict[str, list[str]]) -> dict[str, list[str]]:
        for country, codes in value.items():
            unknown = [c for c in codes if c not in LOCALES]
            if unknown:
                raise ValueError(f"{country}: each must be one of {', '.join(LOCALES)}")
        return value


class EmergencyNumber(Section):
    kind: Literal["general", "violence-hotline", "violence-helpline", "other"]
    number: str = Field(pattern=r"^[0-9+ ()-]{2,20}$")


class EmergencySettings(Section):
    country: str = "GE"
    """The home country: its ``numbers`` are shown when the person's place is not known."""
    by_country: dict[str, list[EmergencyNumber]] = Field(default_factory=dict)
    """Other countries the deployment serves (by the ``country`` of the directory's places):
    a person whose place is in one of them reads its numbers instead."""
    numbers: list[EmergencyNumber] = Field(
        default_factory=lambda: [
            EmergencyNumber(kind="general", number="112"),
            EmergencyNumber(kind="violence-hotline", number="116 006"),
        ]
    )


class DeliverySettings(Section):
    inbox_max_attempts: int = Field(default=5, ge=1)
    retry_first_delay: float = Field(default=1.0, gt=0)
    retry_max_delay: float = Field(default=300.0, gt=0)
    poll_interval: float = Field(default=1.0, gt=0)
    inbox_lanes: int | None = Field(default=None, ge=1, le=64)
    """Chats handled at once; by default 1 on SQLite (its writers queue on one lock anyway)
    and 8 on PostgreSQL. Each lane holds a database connection while it handles an update."""
    outbox_lanes: int = Field(default=32, ge=1, le=256)
    """Chats delivered to at once: a slow or hung request holds up only its own lane."""
    gather_seconds: float = Field(default=0.015, ge=0, le=1)
    """How long a delivery round waits once woken, so that the replies of the updates being
    handled meanwhile are taken in the same round (one transaction for many, not one or two
    per update); a reply waits at most this much longer."""
    claim_seconds: float = Field(default=60.0, ge=2)
    """How long a process holds the outbox messages it took; a dead process's lapse after
    this. No message is begun in the last half of it, so keep it above twice the longest
    request."""


class RedisSettings(Section):
    url: SecretStr | None = None
    """Shared rate limits and web chat fan-out for several processes; unset = one process."""
    prefix: str = Field(default="gza", pattern=r"^[A-Za-z0-9_:.-]{1,32}$")
    """Prefix of every key and channel, so that deployments can share one Redis."""


class RetentionSettings(Section):
    inbox_outbox_hours: int = Field(default=48, ge=1)
    message_ids_hours: int = Field(default=48, ge=1, le=48)
    idle_person_days: int = Field(default=90, ge=1)
    closed_case_days: int = Field(default=30, ge=1)
    sweep_minutes: float = Field(default=15.0, gt=0)


class EvidenceSettings(Section):
    """The monthly figures (``gza report``) and who is counted in them."""

    count_by_default: bool = True
    """Count a person's answers when they have not said either way. Set it to false where the
    deployment's legal basis for statistics is the person's consent: then only those who
    chose "count my answers" are counted."""
    threshold: int = Field(default=10, ge=5)
    """The smallest count a report shows (never below 5)."""


class AbuseSettings(Section):
    max_updates_per_minute: int = Field(default=20, ge=1)


class DisguiseSettings(Section):
    neutral_profile: bool = False
    neutral_web: bool = False
    """The web chat's tab, header and icon say nothing about help."""
    silent_notifications: bool = False
    protect_contacts: bool = False


WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
HOURS = r"^([01][0-9]|2[0-3]):[0-5][0-9]-([01][0-9]|2[0-4]):[0-5][0-9]$"


class BureauSettings(Section):
    """A Social Bureau: where its cases come from, who it speaks to, when it is open."""

    id: str = Field(pattern=r"^[a-z0-9_-]{1,32}$")
    cities: list[str] = Field(default_factory=list)
    languages: list[str] = Field(default_factory=list)
    timezone: str = "Asia/Tbilisi"
    hours: dict[str, list[str]] = Field(default_factory=dict)
    """Opening hours by weekday (mon..sun), e.g. {mon = ["10:00-14:00", "15:00-18:00"]}."""
    holidays: list[date] = Field(default_factory=list)
    staff_chat_id: int | None = None
    """Its own staff supergroup; by default the deployment's ``handoff.staff_chat_id``."""

    @field_validator("timezone")
    @classmethod
    def _known_timezone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"unknown timezone {value!r}") from None
        return value

    @field_validator("hours")
    @classmethod
    def _weekly_hours(cls, value: dict[str, list[str]]) -> dict[str, list[str]]:
        for day, spans in value.items():
            if day not in WEEKDAYS:
                raise ValueError(f"{day!r} is not one of {', '.join(WEEKDAYS)}")
            for span in spans:
                if not re.match(HOURS, span) or span[:5] >= span[6:]:
                    raise ValueError(f"{day}: {span!r} is not like 10:00-18:00")
        return value


class StaffSettings(Section):
    """A staff member (or curator). Their Telegram id is theirs to give; it never reaches logs."""

    telegram_id: int
    alias: str = Field(min_length=1, max_length=32)
    role: Literal["staff", "curator"] = "staff"
    """Staff answer cases in their bureau's group; curators keep the directory, in a private
    chat with the bot, and never see cases."""
    bureau: str | None = None
    languages: list[str] = Field(default_factory=list)
    supervisor: bool = False


class HandoffSettings(Section):
    staff_chat_id: int | None = None
    """The staff supergroup with forum topics; without it, talking to a person is unavailable."""
    default_bureau: str | None = None
    reopen_hours: int = Field(default=72, ge=0)
    escalate_urgent_minutes: int = Field(default=10, ge=1)
    escalate_minutes: int = Field(default=60, ge=1)
    sweep_seconds: float = Field(default=60.0, gt=0)


class DirectorySettings(Section):
    seed: Path = Path("referral_directory/example")
    """A directory folder (places.yaml, organizations/*.yaml) loaded into an empty database."""
    nearby_km: float = Field(default=80.0, gt=0)
    """When nothing fits in a city, look this far around it."""
    follow_up_days: int = Field(default=3, ge=1, le=30)
    follow_up_sweep_minutes: float = Field(default=5.0, gt=0)
    stale_days: int = Field(default=180, ge=1)
    """A listing not verified for this long is stale: curators are reminded of it."""
    digest_days: float = Field(default=7.0, gt=0)
    """How often each curator gets the stale listings and new reports of disrespect."""
    digest_sweep_minutes: float = Field(default=60.0, gt=0)
    rights_review_days: int = Field(default=365, ge=1)
    """A rights topic whose legal review is older than this (or missing) is pushed to curators."""
    timezone: str = "Asia/Tbilisi"
    """Where "verified today" is counted."""
    text_fallbacks: dict[str, list[str]] = Field(default_factory=dict)
    """Chat language -> where a directory text missing in it is read, in order; a language
    not given keeps its default (``referral_directory.model.TEXT_FALLBACKS``)."""

    @field_validator("text_fallbacks")
    @classmethod
    def _known_fallbacks(cls, value: dict[str, list[str]]) -> dict[str, list[str]]:
        for language, order in value.items():
            if language not in LOCALES or any(code not in LOCALES for code in order):
                raise ValueError(f"languages must be among {', '.join(LOCALES)}")
            if language in order or len(set(order)) != len(order):
                raise ValueError(f"{language}: list each other language at most once")
        return value

    def fallbacks(self) -> dict[str, tuple[str, ...]]:
        """The fallback order of every language: the defaults, with the configured ones."""
        return {**TEXT_FALLBACKS, **{k: tuple(v) for k, v in self.text_fallbacks.items()}}


class PathSettings(Section):
    dialogs: Path = Path("dialogs")
    locales: Path = Path("locales")
    rights: Path = Path("rights")
    """The rights library's seed: one YAML file per topic, read into an empty database (then
    ``gza rights import``); ``gza check`` checks this folder."""


class SecretSettings(Section):
    """Each secret is checked where it is read, so every command names a bad one; a missing
    one is only refused by what needs it (``require_secrets``)."""

    file: Path = Path("var/secrets.toml")
    pepper: SecretStr | None = None
    master_keys: list[SecretStr] = Field(default_factory=list)

    @field_validator("pepper")
    @classmethod
    def _usable_pepper(cls, value: SecretStr | None) -> SecretStr | None:
        if value is not None:
            pseudonym_pepper(value)
        return value

    @field_validator("master_keys")
    @classmethod
    def _usable_master_keys(cls, value: list[SecretStr]) -> list[SecretStr]:
        if value:
            key_ring(value)
        return value


class ProcessSettings(Section):
    stop_grace_seconds: float = Field(default=8.0, gt=0, le=600)
    """On SIGTERM or SIGINT, how long Gza may take to finish what it holds and close the
    database before it cuts the rest short (handed back, never lost); below `docker stop`'s
    10 s and systemd's 90 s, which then kill."""


class LoggingSettings(Section):
    level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="GZA_", env_nested_delimiter="__", extra="forbid", case_sensitive=False
    )

    telegram: TelegramSettings = Field(default_factory=TelegramSettings)
    database: DatabaseSettings = Field(default_factory=DatabaseSettings)
    web: WebSettings = Field(default_factory=WebSettings)
    console: ConsoleSettings = Field(default_factory=ConsoleSettings)
    i18n: I18nSettings = Field(default_factory=I18nSettings)
    emergency: EmergencySettings = Field(default_factory=EmergencySettings)
    directory: DirectorySettings = Field(default_factory=DirectorySettings)
    delivery: DeliverySettings = Field(default_factory=DeliverySettings)
    redis: RedisSettings = Field(default_factory=RedisSettings)
    retention: RetentionSettings = Field(default_factory=RetentionSettings)
    evidence: EvidenceSettings = Field(default_factory=EvidenceSettings)
    abuse: AbuseSettings = Field(default_factory=AbuseSettings)
    disguise: DisguiseSettings = Field(default_factory=DisguiseSettings)
    handoff: HandoffSettings = Field(default_factory=HandoffSettings)
    bureaus: list[BureauSettings] = Field(default_factory=list)
    staff: list[StaffSettings] = Field(default_factory=list)

    def bureau_cities(self) -> dict[str, frozenset[str]]:
        """Each bureau's cities: a search in one of them is counted in that bureau's figures."""
        return {b.id: frozenset(c.lower() for c in b.cities) for b in self.bureaus}

    @model_validator(mode="after")
    def _claims_outlast_requests(self) -> Settings:
        if self.delivery.claim_seconds < 3 * self.telegram.request_timeout:
            raise ValueError(
                "delivery.claim_seconds: keep it at least three times telegram.request_timeout,"
                " or a message still on its way could be claimed and sent again"
            )
        return self

    @model_validator(mode="after")
    def _consistent_handoff(self) -> Settings:
        ids = [b.id for b in self.bureaus]
        if len(ids) != len(set(ids)):
            raise ValueError("bureaus: two bureaus share an id")
        if self.handoff.default_bureau and self.handoff.default_bureau not in ids:
            raise ValueError(f"handoff.default_bureau: no bureau {self.handoff.default_bureau!r}")
        for member in self.staff:
            if member.role == "staff" and member.bureau is None:
                raise ValueError(f"staff {member.alias!r}: staff need a bureau")
            if member.bureau is not None and member.bureau not in ids:
                raise ValueError(f"staff {member.alias!r}: no bureau {member.bureau!r}")
        aliases = [m.alias.casefold() for m in self.staff]
        if len(aliases) != len(set(aliases)):
            raise ValueError("staff: two staff members share an alias")
        return self

    paths: PathSettings = Field(default_factory=PathSettings)
    secrets: SecretSettings = Field(default_factory=SecretSettings)
    logging: LoggingSettings = Field(default_factory=LoggingSettings)
    process: ProcessSettings = Field(default_factory=ProcessSettings)


def pseudonym_pepper(value: SecretStr) -> Pseudonyms:
    """The pepper as ``gza secrets init`` writes it: URL-safe base64 of 32 or more bytes."""
    try:
        return Pseudonyms(base64.urlsafe_b64decode(value.get_secret_value()))
    except ValueError as exc:
        if "pepper" in str(exc):
            raise
        raise ValueError(
            "not base64: the pepper is 32 or more random bytes in URL-safe base64 "
            "(`gza secrets init` writes one)"
        ) from None


def key_ring(values: list[SecretStr]) -> KeyRing:
    return KeyRing([MasterKey.parse(k.get_secret_value()) for k in values])


def require_secrets(settings: Settings) -> tuple[Pseudonyms, KeyRing]:
    """The pepper and master keys, or a ConfigError naming the missing one."""
    hint = "set it in the environment or run `gza secrets init` for local use"
    secrets = settings.secrets
    if secrets.pepper is None:
        raise ConfigError(f"configuration key secrets.pepper: missing; {hint}")
    if not secrets.master_keys:
        raise ConfigError(f"configuration key secrets.master_keys: missing; {hint}")
    return pseudonym_pepper(secrets.pepper), key_ring(secrets.master_keys)


def load_settings(config_file: Path | None) -> Settings:
    """Read and validate everything, raising ConfigError with one line per bad key."""
    raw = _read_toml(config_file) if config_file else {}
    for name, section_value in raw.items():
        tables = section_value if isinstance(section_value, list) else [section_value]
        if not all(isinstance(table, dict) for table in tables):
            raise ConfigError(f"{config_file}: configuration key {name}: must be a [{name}] table")
    for section, key in sorted(SECRET_KEYS):
        if key in raw.get(section, {}):
            raise ConfigError(
                f"{config_file}: {section}.{key}: secrets belong in the environment "
                f"(GZA_{section.upper()}__{key.upper()}) or the secrets file, not here"
            )
    secrets_file = Path(
        _env("GZA_SECRETS__FILE") or raw.get("secrets", {}).get("file") or "var/secrets.toml"
    )
    if secrets_file.exists():
        _read_toml(secrets_file)  # fail with the file's name on bad syntax

    class _Loaded(Settings):
        @classmethod
        def settings_customise_sources(
            cls,
            settings_cls: type[BaseSettings],
            init_settings: PydanticBaseSettingsSource,
            env_settings: PydanticBaseSettingsSource,
            dotenv_settings: PydanticBaseSettingsSource,
            file_secret_settings: PydanticBaseSettingsSource,
        ) -> tuple[PydanticBaseSettingsSource, ...]:
            files = [TomlSource(settings_cls, secrets_file)] if secrets_file.exists() else []
            if config_file:
                files.append(TomlSource(settings_cls, config_file))
            return (init_settings, env_settings, *files)

    try:
        return _Loaded()
    except ValidationError as exc:
        raise ConfigError(_describe(exc)) from None
    except SettingsError as exc:
        raise ConfigError(_describe_env(exc)) from None


def _env(name: str) -> str | None:
    return os.environ.get(name)


def _check_server_url(value: str) -> None:
    from urllib.parse import urlsplit

    try:
        parts = urlsplit(value)
        parts.port  # noqa: B018 - raises on a port that is not a number
    except ValueError:
        raise ValueError(f"the port is not a number: write it like {URL_EXAMPLES}") from None


def _describe_env(exc: SettingsError) -> str:
    """pydantic-settings names only the section of an environment value that is not JSON;
    find the variable, so the operator reads which one to fix and how it is written."""
    for name, value in sorted(os.environ.items()):
        found = _json_key(name)
        if found is None:
            continue
        try:
            json.loads(value)
        except ValueError:
            key, example = found
            return f"configuration key {key} ({name}): not JSON; write it like {example}"
    return f"configuration: {exc}"


def _json_key(name: str) -> tuple[str, str] | None:
    """(``secrets.master_keys``, an example) for GZA_SECRETS__MASTER_KEYS: the key of an
    environment variable that is read as JSON (a list or a table), else None."""
    if not name.upper().startswith("GZA_"):
        return None
    path = name[4:].lower().split("__")
    model: type[BaseModel] = Settings
    for part in path[:-1]:
        kind = _annotation(model, part)
        if not (isinstance(kind, type) and issubclass(kind, BaseModel)):
            return None
        model = kind
    kind = _annotation(model, path[-1])
    key = ".".join(path)
    if key == "secrets.master_keys":
        return key, '\'["k2:base64key", "k1:base64key"]\' (newest first)'
    if getattr(kind, "__origin__", None) is list:
        return key, '\'["first", "second"]\''
    if getattr(kind, "__origin__", None) is dict or (
        isinstance(kind, type) and issubclass(kind, BaseModel)
    ):
        return key, '\'{"key": "value"}\''
    return None


def _annotation(model: type[BaseModel], name: str) -> Any:
    field = model.model_fields.get(name)
    return None if field is None else field.annotation


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text("utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: configuration file not found") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: {exc}") from None


def _describe(exc: ValidationError) -> str:
    lines = []
    for error in exc.errors():
        key = ".".join(str(part) for part in error["loc"])
        message = str(error["msg"]).removeprefix("Value error, ")
        lines.append(f"configuration key {key}: {message}" if key else f"configuration: {message}")
    return "\n".join(lines)
