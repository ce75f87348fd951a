"""The mediator PIN: hashed with a salt, and guessing slowed down."""
from __future__ import annotations

from kiosk.session.pin import PinGate, hash_pin, verify_pin


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
