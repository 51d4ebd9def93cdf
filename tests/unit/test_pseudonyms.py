"""A person is known only by an HMAC of channel and id under a secret pepper."""

from __future__ import annotations

import re

import pytest

from bot.privacy.pseudonyms import MIN_PEPPER_BYTES, Pseudonyms

PEPPER = b"p" * MIN_PEPPER_BYTES
OTHER_PEPPER = b"q" * MIN_PEPPER_BYTES


def test_same_person_on_same_channel_gets_the_same_reference() -> None:
    assert Pseudonyms(PEPPER).person("telegram", "5551234567") == Pseudonyms(PEPPER).person(
        "telegram", "5551234567"
    )


def test_another_channel_gives_another_reference() -> None:
    pseudonyms = Pseudonyms(PEPPER)
    assert pseudonyms.person("telegram", "5551234567") != pseudonyms.person("web", "5551234567")


def test_another_id_gives_another_reference() -> None:
    pseudonyms = Pseudonyms(PEPPER)
    assert pseudonyms.person("telegram", "5551234567") != pseudonyms.person(
        "telegram", "5551234568"
    )


def test_another_pepper_gives_another_reference() -> None:
    assert Pseudonyms(PEPPER).person("telegram", "5551234567") != Pseudonyms(OTHER_PEPPER).person(
        "telegram", "5551234567"
    )


def test_short_pepper_is_refused() -> None:
    with pytest.raises(ValueError, match="at least"):
        Pseudonyms(b"p" * (MIN_PEPPER_BYTES - 1))


def test_pepper_of_the_minimum_length_is_accepted() -> None:
    assert Pseudonyms(b"p" * MIN_PEPPER_BYTES).person("web", "abc")


def test_reference_is_64_hex_characters_without_the_id() -> None:
    user_id = "5551234567"
    ref = Pseudonyms(PEPPER).person("telegram", user_id)
    assert re.fullmatch(r"[0-9a-f]{64}", ref)
    assert user_id not in ref
