"""The mediator PIN: hashed with a salt, and guessing slowed down."""
from __future__ import annotations

import json

import pytest

from kiosk.session.pin import PinGate, hash_pin, pin_hash_problem, verify_pin


def test_the_pin_is_stored_salted_never_in_clear():
    one, two = hash_pin("135790"), hash_pin("135790")
    assert one != two and "135790" not in one
    assert verify_pin("135790", one) and verify_pin("135790", two)
    assert not verify_pin("135791", one)
    assert not verify_pin("135790", "garbage") and not verify_pin("135790", "")


class Clock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now


def test_after_five_wrong_pins_each_try_waits_longer():
    clock = Clock()
    gate = PinGate(hash_pin("135790"), free_attempts=5, lockout_s=30, clock=clock)
    for _ in range(4):
        assert not gate.try_pin("000000") and gate.wait_s() == 0
    assert not gate.try_pin("000000")
    assert gate.wait_s() == 30
    assert not gate.try_pin("135790")           # even the right PIN waits
    clock.now += 30
    assert not gate.try_pin("000000")
    assert gate.wait_s() == 60                  # doubled
    clock.now += 60
    assert gate.try_pin("135790")
    assert not gate.try_pin("000000") and gate.wait_s() == 0   # a success starts afresh


def test_no_pin_configured_means_no_way_in():
    gate = PinGate("")
    assert not gate.try_pin("") and not gate.try_pin("0000")


def test_an_empty_submission_is_not_a_try():
    clock = Clock()
    gate = PinGate(hash_pin("135790"), free_attempts=5, lockout_s=30, clock=clock)
    for _ in range(20):
        assert not gate.try_pin("")
    assert gate.wait_s() == 0 and gate.try_pin("135790")


def test_the_penalty_survives_a_restart_and_holds_no_pin(tmp_path):
    clock, state = Clock(), tmp_path / "data" / "pin-penalty.json"
    stored = hash_pin("135790")
    first = PinGate(stored, free_attempts=5, lockout_s=30, clock=clock, state_file=state)
    for _ in range(5):
        first.try_pin("000000")
    assert first.wait_s() == 30
    again = PinGate(stored, free_attempts=5, lockout_s=30, clock=clock, state_file=state)
    assert again.wait_s() == 30 and not again.try_pin("135790")     # no fresh tries
    clock.now += 30
    assert not again.try_pin("111111") and again.wait_s() == 60       # and it keeps doubling
    text = state.read_text(encoding="utf-8")
    assert "000000" not in text and "111111" not in text and "135790" not in text
    assert set(json.loads(text)) == {"failures", "last_failure", "locked_until"}


@pytest.mark.logs_problems
def test_a_damaged_penalty_file_gives_no_fresh_tries(tmp_path):
    state = tmp_path / "pin-penalty.json"
    state.write_text("{not json", encoding="utf-8")
    gate = PinGate(hash_pin("135790"), free_attempts=5, lockout_s=30, clock=Clock(), state_file=state)
    assert not gate.try_pin("000000") and gate.wait_s() == 30


def test_the_penalty_decays():
    clock = Clock()
    gate = PinGate(hash_pin("135790"), free_attempts=5, lockout_s=30, clock=clock, forgive_s=600)
    for _ in range(7):
        clock.now += gate.wait_s()
        gate.try_pin("000000")
    assert gate.failures == 7
    clock.now += 3 * 600 + gate.wait_s()
    assert gate.failures == 4                    # one forgiven per quiet ten minutes
    assert not gate.try_pin("000000") and gate.wait_s() == 30     # the 5th again, not the 8th
    clock.now += 10 * 600
    assert gate.failures == 0 and gate.wait_s() == 0


def test_the_wait_never_grows_without_bound():
    clock = Clock()
    gate = PinGate(hash_pin("135790"), free_attempts=1, lockout_s=30, clock=clock)
    for _ in range(40):
        clock.now += gate.wait_s()
        gate.try_pin("000000")
    assert gate.wait_s() <= 3600


def test_malformed_or_weak_hashes_are_named():
    good = hash_pin("135790")
    assert pin_hash_problem(good) == ""
    scheme, n, r, p, salt, digest = good.split("$")
    assert "damaged" in pin_hash_problem(f"scrypt${n}${r}${p}${salt}$!!notbase64")
    assert "damaged" in pin_hash_problem(f"scrypt$x${r}${p}${salt}${digest}")
    assert "kiosk hash-pin" in pin_hash_problem("scrypt$16384$8$1$abc")
    assert "weak" in pin_hash_problem(f"scrypt$2$1$1${salt}${digest}")
    assert "weak" in pin_hash_problem(f"scrypt$1024$8$1${salt}${digest}")
    assert "too short" in pin_hash_problem(f"scrypt${n}${r}${p}$AAAA${digest}")
    assert not verify_pin("135790", f"scrypt$2$1$1${salt}${digest}")
