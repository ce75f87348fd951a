"""The mediator PIN: stored as a salted scrypt hash, guessing slowed down.

Format of a stored hash: ``scrypt$n$r$p$salt$hash`` (salt and hash in base64).
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
import secrets
import time
from typing import Callable

_N, _R, _P = 2 ** 14, 8, 1


def hash_pin(pin: str, *, salt: bytes | None = None) -> str:
    salt = salt or os.urandom(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=_N, r=_R, p=_P, dklen=32)
    b64 = lambda b: base64.b64encode(b).decode()  # noqa: E731
    return f"scrypt${_N}${_R}${_P}${b64(salt)}${b64(digest)}"


def verify_pin(pin: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = base64.b64decode(digest)
        actual = hashlib.scrypt(pin.encode(), salt=base64.b64decode(salt), n=int(n), r=int(r),
                                p=int(p), dklen=len(expected))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(actual, expected)


def demo_pin() -> str:
    """A fresh random PIN for demo mode, printed on the console at start."""
    return f"{secrets.randbelow(10 ** 6):06d}"


class PinGate:
    """Checks PINs; after ``free_attempts`` wrong ones, each further try waits, doubling.

    ``clock`` is injectable (monotonic seconds) so tests need not wait.
    """

    def __init__(self, stored_hash: str, free_attempts: int = 5, lockout_s: float = 30,
                 clock: Callable[[], float] = time.monotonic):
        self._hash, self._free, self._lockout, self._clock = stored_hash, free_attempts, lockout_s, clock
        self._failures = 0
        self._locked_until = 0.0

    def wait_s(self) -> float:
        """Seconds before the next try is accepted (0 when a PIN may be typed now)."""
        return max(0.0, self._locked_until - self._clock())

    def try_pin(self, pin: str) -> bool:
        if self.wait_s() > 0 or not self._hash:
            return False
        if verify_pin(pin, self._hash):
            self._failures = 0
            return True
        self._failures += 1
        if self._failures >= self._free:
            self._locked_until = self._clock() + self._lockout * 2 ** (self._failures - self._free)
        return False
