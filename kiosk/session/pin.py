"""The mediator PIN: stored as a salted scrypt hash, guessing slowed down.

Format of a stored hash: ``scrypt$n$r$p$salt$hash`` (salt and hash in base64).

The penalty for wrong PINs is kept in the data folder (``pin-penalty.json``: a count and two
times, nothing typed), so that restarting the kiosk — which production does after every crash —
gives no fresh tries. It decays: each ``forgive_s`` without a wrong PIN forgets one of them.
"""
from __future__ import annotations

import base64
import binascii
import contextlib
import hashlib
import hmac
import json
import logging
import os
import secrets
import time
from pathlib import Path
from typing import Callable

log = logging.getLogger(__name__)

_N, _R, _P = 2 ** 14, 8, 1
# What a stored hash may ask for: not weaker than `kiosk hash-pin` makes, not so costly that one
# try stalls the kiosk (scrypt needs 128 × n × r bytes of memory).
MIN_N, MAX_N, MIN_R, MAX_R, MAX_P = 2 ** 14, 2 ** 18, 8, 16, 4
MIN_SALT, MIN_DIGEST = 16, 16
MAX_WAIT_S = 3600.0          # however many wrong PINs, a try is never further away than this


def hash_pin(pin: str, *, salt: bytes | None = None) -> str:
    salt = salt or os.urandom(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=_N, r=_R, p=_P, dklen=32)
    b64 = lambda b: base64.b64encode(b).decode()  # noqa: E731
    return f"scrypt${_N}${_R}${_P}${b64(salt)}${b64(digest)}"


def _parse(stored: str) -> tuple[int, int, int, bytes, bytes]:
    """(n, r, p, salt, digest) of a stored hash, or ValueError saying what is wrong."""
    parts = stored.split("$")
    if len(parts) != 6 or parts[0] != "scrypt":
        raise ValueError("expected a hash made by `kiosk hash-pin`: scrypt$n$r$p$salt$hash")
    try:
        n, r, p = (int(x) for x in parts[1:4])
        salt, digest = (base64.b64decode(x, validate=True) for x in parts[4:6])
    except (ValueError, binascii.Error):
        raise ValueError("is damaged (its numbers or base64 parts cannot be read): "
                         "make it again with `kiosk hash-pin`") from None
    if n & (n - 1) or not MIN_N <= n <= MAX_N or not MIN_R <= r <= MAX_R or not 1 <= p <= MAX_P:
        raise ValueError(f"asks for weak or unusable scrypt settings (n={n}, r={r}, p={p}; expected "
                         f"n a power of 2 from {MIN_N} to {MAX_N}, r from {MIN_R} to {MAX_R}, p from 1 "
                         f"to {MAX_P}): make it again with `kiosk hash-pin`")
    if len(salt) < MIN_SALT or len(digest) < MIN_DIGEST:
        raise ValueError("has a salt or hash too short: make it again with `kiosk hash-pin`")
    return n, r, p, salt, digest


def pin_hash_problem(stored: str) -> str:
    """Why ``stored`` cannot be a mediator PIN hash, or "" when it can."""
    try:
        _parse(stored)
    except ValueError as exc:
        return str(exc)
    return ""


def verify_pin(pin: str, stored: str) -> bool:
    try:
        n, r, p, salt, expected = _parse(stored)
        actual = hashlib.scrypt(pin.encode(), salt=salt, n=n, r=r, p=p, dklen=len(expected),
                                maxmem=256 * n * r + 2 ** 20)
    except (ValueError, TypeError, MemoryError):
        return False
    return hmac.compare_digest(actual, expected)


def demo_pin() -> str:
    """A fresh random PIN for demo mode, printed on the console at start."""
    return f"{secrets.randbelow(10 ** 6):06d}"


class PinGate:
    """Checks PINs; after ``free_attempts`` wrong ones, each further try waits, doubling.

    ``clock`` is injectable (wall-clock seconds, which survive a restart) so tests need not wait.
    ``state_file``: where the penalty is kept between runs (None: in memory only).
    """

    def __init__(self, stored_hash: str, free_attempts: int = 5, lockout_s: float = 30,
                 clock: Callable[[], float] = time.time, state_file: Path | None = None,
                 forgive_s: float = 600):
        self._hash, self._free, self._lockout, self._clock = stored_hash, free_attempts, lockout_s, clock
        self._file, self._forgive = state_file, forgive_s
        self._failures = 0
        self._last_failure = 0.0
        self._locked_until = 0.0
        self._load()

    def wait_s(self) -> float:
        """Seconds before the next try is accepted (0 when a PIN may be typed now)."""
        now = self._clock()
        if self._locked_until - now > MAX_WAIT_S:       # the clock was set back
            self._locked_until = now + MAX_WAIT_S
        return max(0.0, self._locked_until - now)

    @property
    def failures(self) -> int:
        """Wrong PINs that still count: one is forgiven per ``forgive_s`` without a wrong one."""
        quiet = max(0.0, self._clock() - self._last_failure)
        return max(0, self._failures - int(quiet // self._forgive)) if self._forgive > 0 else self._failures

    def try_pin(self, pin: str) -> bool:
        if not pin:                 # « Valider » on an empty pad is not a guess
            return False
        if self.wait_s() > 0 or not self._hash:
            return False
        if verify_pin(pin, self._hash):
            self._failures, self._last_failure, self._locked_until = 0, 0.0, 0.0
            self._save()
            return True
        now = self._clock()
        self._failures = self.failures + 1
        self._last_failure = now
        if self._failures >= self._free:
            wait = min(MAX_WAIT_S, self._lockout * 2 ** min(self._failures - self._free, 20))
            self._locked_until = now + wait
        self._save()
        return False

    # --- the penalty on disk: three numbers, nothing typed -------------------------------------
    def _load(self) -> None:
        if self._file is None:
            return
        try:
            state = json.loads(self._file.read_text(encoding="utf-8"))
            failures, last, until = (state["failures"], state["last_failure"], state["locked_until"])
            if not all(isinstance(x, (int, float)) and not isinstance(x, bool) for x in (failures, last, until)):
                raise ValueError("not numbers")
        except FileNotFoundError:
            return
        except (OSError, ValueError, KeyError, TypeError):
            # A damaged file must not hand out fresh tries: count the free ones as used.
            log.error("the PIN penalty file cannot be read: the next wrong PIN waits")
            failures, last, until = self._free - 1, self._clock(), 0.0
        self._failures, self._last_failure = max(0, int(failures)), float(last)
        self._locked_until = float(until)

    def _save(self) -> None:
        if self._file is None:
            return
        state = {"failures": self._failures, "last_failure": self._last_failure,
                 "locked_until": self._locked_until}
        tmp = self._file.with_name(f".{self._file.name}.tmp")
        try:
            self._file.parent.mkdir(parents=True, exist_ok=True)
            tmp.write_text(json.dumps(state), encoding="utf-8")
            os.replace(tmp, self._file)
        except OSError as exc:
            log.error("the PIN penalty could not be saved (%s)", type(exc).__name__)
            with contextlib.suppress(OSError):
                tmp.unlink()
