"""Values typed by an operator (database URL, secrets, JSON in the environment): whatever they
are, settings load or fail with one ConfigError naming the key, never repeating a password."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.config import URL_EXAMPLES, ConfigError, load_settings, require_secrets
from tests.conftest import MASTER_KEY, PEPPER

PASSWORDS = st.text("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", min_size=10)


@contextmanager
def environment(**values: str) -> Iterator[None]:
    """Only these GZA_ variables, for the block (hypothesis runs many examples per test)."""
    saved = {k: v for k, v in os.environ.items() if k.startswith("GZA_")}
    for key in saved:
        del os.environ[key]
    os.environ.update(values)
    try:
        yield
    finally:
        for key in values:
            os.environ.pop(key, None)
        os.environ.update(saved)


def load_or_problem(**values: str) -> str | None:
    with environment(**values):
        try:
            load_settings(None)
        except ConfigError as exc:
            return str(exc)
    return None


@settings(max_examples=100, deadline=None)
@given(scheme=st.text(max_size=20), password=PASSWORDS, rest=st.text(max_size=30))
def test_a_database_url_is_accepted_or_named_without_its_password(
    scheme: str, password: str, rest: str
) -> None:
    url = f"{scheme}://gza:{password}@{rest}"
    if "\x00" in url or password in scheme:
        return  # the environment cannot hold it; a scheme may be named
    problem = load_or_problem(GZA_DATABASE__URL=url)
    if problem is not None:
        assert problem.startswith("configuration key database.url: ")
        assert len(problem.splitlines()) == 1
        # The message's own words (its examples name "sqlite" and "postgresql") do not count.
        said = problem.replace(URL_EXAMPLES, "")
        assert password not in said


@pytest.mark.parametrize(
    ("url", "says"),
    [
        ("garbage", "not a database URL"),
        ("mysql://u@db/x", "SQLite or PostgreSQL, not 'mysql'"),
        ("postgres://u@db/x", "write postgresql://, not postgres://"),
        ("postgresql://u@db:port/x", "the port is not a number"),
    ],
)
def test_a_database_url_gza_cannot_use_says_what_to_write(url: str, says: str) -> None:
    problem = load_or_problem(GZA_DATABASE__URL=url)
    assert problem is not None and says in problem


@pytest.mark.parametrize(
    "url",
    [
        "sqlite:///var/gza.sqlite3",
        "sqlite:////srv/gza/gza.sqlite3",
        "postgresql://gza@db/gza",
        "postgresql+asyncpg://gza:secret@db:5433/gza",
    ],
)
def test_the_database_urls_gza_runs_on_are_accepted(url: str) -> None:
    assert load_or_problem(GZA_DATABASE__URL=url) is None


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=80).filter(lambda s: "\x00" not in s))
def test_any_master_keys_value_loads_or_names_the_key(value: str) -> None:
    problem = load_or_problem(GZA_SECRETS__PEPPER=PEPPER, GZA_SECRETS__MASTER_KEYS=value)
    if problem is not None:
        assert problem.startswith("configuration key secrets.master_keys")
        assert len(problem.splitlines()) == 1


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=80).filter(lambda s: "\x00" not in s))
def test_any_pepper_loads_or_names_the_key(value: str) -> None:
    problem = load_or_problem(
        GZA_SECRETS__PEPPER=value, GZA_SECRETS__MASTER_KEYS=f'["{MASTER_KEY}"]'
    )
    if problem is None:
        with environment(GZA_SECRETS__PEPPER=value, GZA_SECRETS__MASTER_KEYS=f'["{MASTER_KEY}"]'):
            if value:
                require_secrets(load_settings(None))  # what loads is usable
    else:
        assert problem.startswith("configuration key secrets.pepper: ")


def test_a_list_in_the_environment_that_is_not_json_names_the_variable() -> None:
    problem = load_or_problem(GZA_I18N__LOCALES="ka, ru")
    assert problem == (
        "configuration key i18n.locales (GZA_I18N__LOCALES): not JSON; "
        'write it like \'["first", "second"]\''
    )


def test_master_keys_not_in_a_list_show_how_they_are_written() -> None:
    problem = load_or_problem(GZA_SECRETS__MASTER_KEYS="k1:abc")
    assert problem is not None
    assert "(GZA_SECRETS__MASTER_KEYS): not JSON" in problem
    assert '["k2:base64key", "k1:base64key"]' in problem


def test_a_pepper_that_is_not_base64_says_what_a_pepper_is() -> None:
    problem = load_or_problem(GZA_SECRETS__PEPPER="not base64!")
    assert problem is not None and "URL-safe base64" in problem and "gza secrets init" in problem
