"""Authenticated encryption at rest with a ring of rotating keys.

Every ciphertext names the key that sealed it, so several keys can be accepted for reading while
the newest writes; and every ciphertext is bound to where it lives (table, column, row) through
the associated data, so it cannot be pasted into another row.
"""

from __future__ import annotations

import base64
import os
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

VERSION = 1
KEY_BYTES = 32
NONCE_BYTES = 12
KID_PATTERN = re.compile(r"^[A-Za-z0-9_-]{1,16}\Z")


class DecryptionError(Exception):
    """The ciphertext is damaged, moved, or sealed with a key we no longer hold."""


@dataclass(frozen=True)
class MasterKey:
    kid: str
    key: bytes

    @classmethod
    def parse(cls, text: str) -> MasterKey:
        """Read ``kid:base64key`` as written by ``gza secrets init``."""
        kid, sep, encoded = text.strip().partition(":")
        if not sep or not KID_PATTERN.match(kid):
            raise ValueError("a master key is written 'kid:base64key' (kid: letters, digits, -_)")
        try:
            key = base64.urlsafe_b64decode(encoded.encode())
        except ValueError as exc:
            raise ValueError(f"master key '{kid}' is not valid base64") from exc
        if len(key) != KEY_BYTES:
            raise ValueError(f"master key '{kid}' must be {KEY_BYTES} bytes")
        return cls(kid, key)

    @classmethod
    def generate(cls, kid: str) -> MasterKey:
        return cls(kid, AESGCM.generate_key(bit_length=256))

    def dump(self) -> str:
        return f"{self.kid}:{base64.urlsafe_b64encode(self.key).decode()}"


class KeyRing:
    """The newest key (first) seals; any key in the ring opens."""

    def __init__(self, keys: Sequence[MasterKey]) -> None:
        if not keys:
            raise ValueError("at least one master key is needed")
        self._primary = keys[0]
        self._by_kid: Mapping[str, AESGCM] = {k.kid: AESGCM(k.key) for k in keys}
        if len(self._by_kid) != len(keys):
            raise ValueError("two master keys share a key id")

    @property
    def primary_kid(self) -> str:
        return self._primary.kid

    def seal(self, plaintext: bytes, where: str) -> bytes:
        kid = self._primary.kid.encode()
        nonce = os.urandom(NONCE_BYTES)
        header = bytes([VERSION, len(kid)]) + kid
        body = self._by_kid[self._primary.kid].encrypt(nonce, plaintext, header + where.encode())
        return header + nonce + body

    def open(self, sealed: bytes, where: str) -> bytes:
        try:
            version, kid_len = sealed[0], sealed[1]
            header = sealed[: 2 + kid_len]
            kid = header[2:].decode()
            nonce = sealed[2 + kid_len : 2 + kid_len + NONCE_BYTES]
            body = sealed[2 + kid_len + NONCE_BYTES :]
        except (IndexError, UnicodeDecodeError) as exc:
            raise DecryptionError("malformed ciphertext") from exc
        cipher = self._by_kid.get(kid)
        if version != VERSION or cipher is None:
            raise DecryptionError("ciphertext sealed with an unknown key or version")
        if len(nonce) != NONCE_BYTES:
            raise DecryptionError("truncated ciphertext")
        try:
            return cipher.decrypt(nonce, body, header + where.encode())
        except (InvalidTag, ValueError) as exc:
            raise DecryptionError("ciphertext does not belong here or was altered") from exc

    def kid_of(self, sealed: bytes) -> str:
        return sealed[2 : 2 + sealed[1]].decode()
