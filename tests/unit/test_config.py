"""Settings come from a file, a secrets file and the environment; mistakes name their key."""

from __future__ import annotations

import base64
import os
import re
from pathlib import Path

import pytest

from bot.config import ConfigError, load_settings
from bot.privacy.crypto import KeyRing, MasterKey
from bot.privacy.pseudonyms import Pseudonyms
from bot.wiring import read_secrets

PEPPER = base64.urlsafe_b64encode(b"p" * 32).decode()
MASTER_KEY = MasterKey("k1", b"k" * 32).dump()


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No GZA_* variables and no var/secrets.toml from the developer's machine."""
    for name in list(os.environ):
        if name.upper().startswith("GZA_"):
            monkeypatch.delenv(name)
    monkeypatch.chdir(tmp_path)


def config(tmp_path: Path, text: str, name: str = "gza.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, "utf-8")
    return path


def test_defaults_load_without_any_file() -> None:
    settings = load_settings(None)
    assert settings.telegram.mode == "polling"
    assert settings.telegram.token is None
    assert settings.telegram.api_base == "https://api.telegram.org"
    assert settings.database.url == "sqlite:///var/gza.sqlite3"
    assert settings.i18n.default_locale == "ka"
    assert [n.number for n in settings.emergency.numbers] == ["112", "116 006"]
    assert settings.secrets.pepper is None


def test_file_values_are_read(tmp_path: Path) -> None:
    path = config(tmp_path, '[telegram]\nmode = "webhook"\n[i18n]\ndefault_locale = "ru"\n')
    settings = load_settings(path)
    assert settings.telegram.mode == "webhook"
    assert settings.i18n.default_locale == "ru"


def test_environment_wins_over_the_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = config(
        tmp_path,
        '[telegram]\napi_base = "http://from-file"\nmode = "webhook"\n'
        '[database]\nurl = "sqlite:///from-file.sqlite3"\n',
    )
    monkeypatch.setenv("GZA_TELEGRAM__API_BASE", "http://from-env")
    monkeypatch.setenv("GZA_DATABASE__URL", "postgresql://from-env/gza")
    settings = load_settings(path)
    assert settings.telegram.api_base == "http://from-env"
    assert settings.database.url == "postgresql://from-env/gza"
    assert settings.telegram.mode == "webhook"


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ('[telegram]\ntoken = "123456789:AAHfiqksKZ8WmR2zSjiQ7_v4TMAKdiHm9T0"\n', "telegram.token"),
        ('[telegram]\nsecret_token = "s3cret"\n', "telegram.secret_token"),
        (f'[secrets]\npepper = "{PEPPER}"\n', "secrets.pepper"),
        (f'[secrets]\nmaster_keys = ["{MASTER_KEY}"]\n', "secrets.master_keys"),
    ],
    ids=["token", "secret token", "pepper", "master keys"],
)
def test_secret_in_the_config_file_is_refused(tmp_path: Path, text: str, key: str) -> None:
    path = config(tmp_path, text)
    with pytest.raises(ConfigError, match=re.escape(key)) as caught:
        load_settings(path)
    assert str(path) in str(caught.value)
    assert "s3cret" not in str(caught.value)
    assert PEPPER not in str(caught.value)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ('[telegram]\nmode = "pidgeon"\n', "telegram.mode"),
        ("[telegram]\npolling_timeout = 500\n", "telegram.polling_timeout"),
        ("[telegram]\nmodee = 'polling'\n", "telegram.modee"),
        ("[databse]\nurl = 'sqlite://'\n", "databse"),
        ('[i18n]\ndefault_locale = "fr"\n', "i18n.default_locale"),
        ('[i18n]\nlocales = ["en", "fr"]\n', "i18n.locales"),
        (
            '[emergency]\nnumbers = [{ kind = "police", number = "112" }]\n',
            "emergency.numbers.0.kind",
        ),
        (
            '[emergency]\nnumbers = [{ kind = "general", number = "call me" }]\n',
            "emergency.numbers.0.number",
        ),
        ('telegram = "polling"\n', "telegram"),
        ('[web]\nexit_url = "javascript:alert(1)"\n', "web.exit_url"),
    ],
    ids=[
        "bad mode",
        "out of range",
        "unknown key",
        "unknown section",
        "unknown default locale",
        "unknown locale",
        "unknown emergency kind",
        "bad emergency number",
        "section not a table",
        "quick exit to a script",
    ],
)
def test_invalid_value_is_refused_naming_the_key(tmp_path: Path, text: str, key: str) -> None:
    with pytest.raises(ConfigError, match=rf"configuration key {re.escape(key)}:"):
        load_settings(config(tmp_path, text))


def test_invalid_environment_value_is_refused_naming_the_key(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("GZA_TELEGRAM__MODE", "pidgeon")
    with pytest.raises(ConfigError, match=r"configuration key telegram\.mode:"):
        load_settings(None)


def test_secrets_section_that_is_not_a_table_is_refused_naming_the_key(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="secrets"):
        load_settings(config(tmp_path, "secrets = 1\n"))


def test_secrets_file_named_in_the_config_is_read(tmp_path: Path) -> None:
    config(tmp_path, f'[secrets]\npepper = "{PEPPER}"\nmaster_keys = ["{MASTER_KEY}"]\n', "s.toml")
    path = config(tmp_path, f'[secrets]\nfile = "{tmp_path / "s.toml"}"\n')
    settings = load_settings(path)
    assert settings.secrets.pepper is not None
    assert settings.secrets.pepper.get_secret_value() == PEPPER
    assert [k.get_secret_value() for k in settings.secrets.master_keys] == [MASTER_KEY]


def test_default_secrets_file_is_read_from_the_working_directory(tmp_path: Path) -> None:
    (tmp_path / "var").mkdir()
    config(tmp_path, f'[secrets]\npepper = "{PEPPER}"\n', "var/secrets.toml")
    settings = load_settings(None)
    assert settings.secrets.pepper is not None
    assert settings.secrets.pepper.get_secret_value() == PEPPER


def test_secrets_file_named_in_the_environment_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config(tmp_path, f'[secrets]\npepper = "{PEPPER}"\n', "elsewhere.toml")
    monkeypatch.setenv("GZA_SECRETS__FILE", str(tmp_path / "elsewhere.toml"))
    settings = load_settings(None)
    assert settings.secrets.pepper is not None
    assert settings.secrets.pepper.get_secret_value() == PEPPER


def test_secret_values_are_hidden_when_printed(tmp_path: Path) -> None:
    config(tmp_path, f'[secrets]\npepper = "{PEPPER}"\n', "s.toml")
    settings = load_settings(config(tmp_path, '[secrets]\nfile = "s.toml"\n'))
    assert PEPPER not in repr(settings)
    assert PEPPER not in str(settings.model_dump())


def test_toml_syntax_error_names_the_file(tmp_path: Path) -> None:
    path = config(tmp_path, "[telegram\nmode = 'polling'\n")
    with pytest.raises(ConfigError, match=rf"^{re.escape(str(path))}: .*line 1"):
        load_settings(path)


def test_toml_syntax_error_in_the_secrets_file_names_that_file(tmp_path: Path) -> None:
    secrets = config(tmp_path, "pepper = \n", "s.toml")
    path = config(tmp_path, f'[secrets]\nfile = "{secrets}"\n')
    with pytest.raises(ConfigError, match=rf"^{re.escape(str(secrets))}: "):
        load_settings(path)


def test_missing_config_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"absent\.toml: configuration file not found"):
        load_settings(tmp_path / "absent.toml")


def test_missing_pepper_is_refused_naming_the_key() -> None:
    with pytest.raises(ConfigError, match=r"secrets\.pepper: missing"):
        read_secrets(load_settings(None))


def test_missing_master_keys_are_refused_naming_the_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GZA_SECRETS__PEPPER", PEPPER)
    with pytest.raises(ConfigError, match=r"secrets\.master_keys: missing"):
        read_secrets(load_settings(None))


def test_short_pepper_is_refused_naming_the_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GZA_SECRETS__PEPPER", base64.urlsafe_b64encode(b"short").decode())
    monkeypatch.setenv("GZA_SECRETS__MASTER_KEYS", f'["{MASTER_KEY}"]')
    with pytest.raises(ConfigError, match=r"secrets\.pepper: .*at least 32 bytes"):
        read_secrets(load_settings(None))


def test_bad_master_key_is_refused_naming_the_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GZA_SECRETS__PEPPER", PEPPER)
    monkeypatch.setenv("GZA_SECRETS__MASTER_KEYS", '["k1:tooshort"]')
    with pytest.raises(ConfigError, match=r"secrets\.master_keys: .*32 bytes"):
        read_secrets(load_settings(None))


def test_secrets_from_the_environment_build_pseudonyms_and_a_key_ring(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("GZA_SECRETS__PEPPER", PEPPER)
    monkeypatch.setenv("GZA_SECRETS__MASTER_KEYS", f'["{MASTER_KEY}"]')
    pseudonyms, ring = read_secrets(load_settings(None))
    assert isinstance(pseudonyms, Pseudonyms)
    assert isinstance(ring, KeyRing)
    assert ring.primary_kid == "k1"
    assert pseudonyms.person("telegram", "1") == Pseudonyms(b"p" * 32).person("telegram", "1")
