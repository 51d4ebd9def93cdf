"""Encryption at rest: sealed data opens only where it belongs, under a key the ring still holds."""

from __future__ import annotations

import base64

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.privacy.crypto import KEY_BYTES, DecryptionError, KeyRing, MasterKey

K1 = MasterKey("k1", b"\x01" * KEY_BYTES)
K2 = MasterKey("k2", b"\x02" * KEY_BYTES)
WHERE = "persons:address:3f2a"
SECRET = b"chat id 5551234567"


def test_sealed_data_opens_to_the_same_bytes() -> None:
    ring = KeyRing([K1])
    assert ring.open(ring.seal(SECRET, WHERE), WHERE) == SECRET


def test_sealed_data_does_not_open_in_another_place() -> None:
    ring = KeyRing([K1])
    sealed = ring.seal(SECRET, WHERE)
    with pytest.raises(DecryptionError):
        ring.open(sealed, "persons:address:other-row")


def test_rotated_ring_opens_what_the_old_key_sealed() -> None:
    sealed = KeyRing([K1]).seal(SECRET, WHERE)
    assert KeyRing([K2, K1]).open(sealed, WHERE) == SECRET


def test_rotated_ring_seals_new_data_under_the_newest_key() -> None:
    old = KeyRing([K1])
    rotated = KeyRing([K2, K1])
    assert old.kid_of(old.seal(SECRET, WHERE)) == "k1"
    assert rotated.kid_of(rotated.seal(SECRET, WHERE)) == "k2"
    assert rotated.primary_kid == "k2"


def test_ring_without_the_key_cannot_open() -> None:
    sealed = KeyRing([K1]).seal(SECRET, WHERE)
    with pytest.raises(DecryptionError):
        KeyRing([K2]).open(sealed, WHERE)


def test_other_key_under_the_same_kid_cannot_open() -> None:
    sealed = KeyRing([K1]).seal(SECRET, WHERE)
    impostor = MasterKey("k1", b"\x03" * KEY_BYTES)
    with pytest.raises(DecryptionError):
        KeyRing([impostor]).open(sealed, WHERE)


@pytest.mark.parametrize("flip", [0x01, 0x80, 0xFF])
def test_any_tampered_byte_is_refused(flip: int) -> None:
    ring = KeyRing([K1])
    sealed = ring.seal(SECRET, WHERE)
    for index in range(len(sealed)):
        tampered = bytearray(sealed)
        tampered[index] ^= flip
        with pytest.raises(DecryptionError):
            ring.open(bytes(tampered), WHERE)


def test_empty_ciphertext_is_refused() -> None:
    with pytest.raises(DecryptionError):
        KeyRing([K1]).open(b"", WHERE)


def test_truncated_ciphertext_is_refused_as_undecryptable() -> None:
    ring = KeyRing([K1])
    sealed = ring.seal(SECRET, WHERE)
    for length in range(len(sealed)):
        with pytest.raises(DecryptionError):
            ring.open(sealed[:length], WHERE)


def test_plaintext_does_not_appear_in_the_ciphertext() -> None:
    sealed = KeyRing([K1]).seal(SECRET, WHERE)
    assert SECRET not in sealed
    assert b"5551234567" not in sealed


def test_sealing_twice_gives_different_ciphertexts() -> None:
    ring = KeyRing([K1])
    assert ring.seal(SECRET, WHERE) != ring.seal(SECRET, WHERE)


def test_empty_ring_is_refused() -> None:
    with pytest.raises(ValueError, match="at least one"):
        KeyRing([])


def test_ring_with_two_keys_of_one_kid_is_refused() -> None:
    with pytest.raises(ValueError, match="share a key id"):
        KeyRing([K1, MasterKey("k1", b"\x04" * KEY_BYTES)])


def test_dumped_master_key_parses_back() -> None:
    key = MasterKey.generate("2025-01")
    assert MasterKey.parse(key.dump()) == key


def _encoded(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode()


@pytest.mark.parametrize(
    ("text", "complaint"),
    [
        pytest.param(_encoded(b"k" * KEY_BYTES), "kid:base64key", id="no colon"),
        pytest.param("bad kid!:" + _encoded(b"k" * KEY_BYTES), "kid:base64key", id="bad kid"),
        pytest.param(":" + _encoded(b"k" * KEY_BYTES), "kid:base64key", id="empty kid"),
        pytest.param("k" * 17 + ":" + _encoded(b"k" * KEY_BYTES), "kid:base64key", id="long kid"),
        pytest.param("k1:" + _encoded(b"k" * (KEY_BYTES - 1)), "32 bytes", id="short key"),
        pytest.param("k1:" + _encoded(b"k" * (KEY_BYTES + 1)), "32 bytes", id="long key"),
        pytest.param("k1:abc", "not valid base64", id="not base64"),
    ],
)
def test_master_key_in_a_bad_format_is_refused(text: str, complaint: str) -> None:
    with pytest.raises(ValueError, match=complaint):
        MasterKey.parse(text)


RING = KeyRing([K2, K1])


@settings(max_examples=200, deadline=None)
@given(plaintext=st.binary(max_size=2048), where=st.text(max_size=200))
def test_anything_sealed_opens_where_it_was_sealed(plaintext: bytes, where: str) -> None:
    assert RING.open(RING.seal(plaintext, where), where) == plaintext
