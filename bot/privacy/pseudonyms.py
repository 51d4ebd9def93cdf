"""Keyed pseudonyms: a person is known only by an HMAC of channel and id under a secret pepper.

Telegram ids have about 52 significant bits, so a plain hash could be reversed by brute force;
with the pepper kept outside the database it cannot.
"""

from __future__ import annotations

import hashlib
import hmac

MIN_PEPPER_BYTES = 32


class Pseudonyms:
    def __init__(self, pepper: bytes) -> None:
        if len(pepper) < MIN_PEPPER_BYTES:
            raise ValueError(f"the pseudonym pepper must be at least {MIN_PEPPER_BYTES} bytes")
        self._pepper = pepper

    def person(self, channel: str, user_id: str) -> str:
        """The stable reference of one person on one channel (64 hex characters)."""
        return self._mac(f"person:{channel}:{user_id}")

    def opaque(self, purpose: str, value: str) -> str:
        """A stable stand-in for ``value`` where it must not appear (a shared store's key)."""
        return self._mac(f"{purpose}:{value}")

    def _mac(self, message: str) -> str:
        return hmac.new(self._pepper, message.encode(), hashlib.sha256).hexdigest()
