"""Hand-off: a real HTTP server on loopback counts what arrives, per idempotency key."""
from __future__ import annotations

import errno
import json
import os
import threading
from collections import Counter

import pytest
from werkzeug import Request, Response

from kiosk.services import handoff as handoff_mod
from kiosk.services.handoff import ALPHABET, FAILED_TO_PREPARE, Handoff, HandoffError
from kiosk.services.http_worker import HttpWorker

SUMMARY = {"guide": "rsa-demande", "done": ["compte"], "missing": ["avis d'imposition"],
           "next": "Déclaration trimestrielle avant le 5 février"}


class Clock:
    def __init__(self) -> None:
        self.now = 1_780_000_000.0

    def __call__(self) -> float:
        return self.now


class Desk:
    """The counsellors' endpoint: answers from a script, remembers each key like a real one."""

    def __init__(self) -> None:
        self.script: list[int | str] = []     # statuses to answer, or "hang" to wait for release
        self.default: int = 200
        self.release = threading.Event()
        self.received: Counter[str] = Counter()         # requests per key
        self.delivered: Counter[str] = Counter()        # 2xx answers per key, replays excluded
        self.bodies: dict[str, list[dict]] = {}

    def __call__(self, request: Request) -> Response:
        key = request.headers.get("Idempotency-Key", "")
        self.received[key] += 1
        self.bodies.setdefault(key, []).append(json.loads(request.get_data()))
        status = self.script.pop(0) if self.script else self.default
        if status == "hang":
            self.release.wait(10)
            status = 200
        if 200 <= status < 300 and key not in self.delivered:
            self.delivered[key] += 1
        return Response("{}", status=status, content_type="application/json")


@pytest.fixture
def desk(httpserver):
    desk = Desk()
    httpserver.expect_request("/handoff", method="POST").respond_with_handler(desk)
    yield desk
    desk.release.set()


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def new_worker():
    """HTTP workers, all shut down at the end of the test (no thread outlives it)."""
    workers: list[HttpWorker] = []

    def make_worker() -> HttpWorker:
        workers.append(HttpWorker())
        return workers[-1]
    yield make_worker
    for worker in workers:
        worker.shutdown()


@pytest.fixture
def make(httpserver, tmp_path, clock, new_worker):
    def make_handoff() -> Handoff:
        return Handoff(httpserver.url_for("/handoff"), new_worker(), tmp_path / "handoff",
                       timeout_s=2, keep_days=7, first_retry_s=30, max_retry_s=600, clock=clock)
    return make_handoff


def queue_files(tmp_path) -> list[str]:
    folder = tmp_path / "handoff"
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def test_delivered_at_once(make, desk, tmp_path, clock, qtbot):
    handoff = make()
    with qtbot.waitSignal(handoff.delivered, timeout=5000) as delivered:
        reference = handoff.send(SUMMARY, consented=True)
    assert delivered.args == [reference]
    assert len(reference) == 6 and set(reference) <= set(ALPHABET)
    [key] = desk.received
    assert len(key) == 32 and desk.received[key] == 1 and desk.delivered[key] == 1
    assert desk.bodies[key] == [{"reference": reference, "summary": SUMMARY}]
    assert queue_files(tmp_path) == []


@pytest.mark.logs_problems
def test_server_errors_then_success_with_backoff(make, desk, tmp_path, clock, qtbot):
    desk.script = [500, 503]
    handoff = make()
    with qtbot.waitSignal(handoff.retry_later, timeout=5000) as later:
        reference = handoff.send(SUMMARY, consented=True)
    assert later.args == [reference, "HTTP 500"]
    [pending] = handoff.pending()
    assert (pending.reference, pending.attempts, pending.next_attempt) == (reference, 1, clock.now + 30)
    assert handoff.retry_due() == 0                      # not yet
    clock.now += 30
    with qtbot.waitSignal(handoff.retry_later, timeout=5000):
        assert handoff.retry_due() == 1
    assert handoff.pending()[0].next_attempt == clock.now + 60
    clock.now += 60
    with qtbot.waitSignal(handoff.delivered, timeout=5000):
        handoff.retry_due()
    [key] = desk.received
    assert desk.received[key] == 3 and desk.delivered[key] == 1
    assert all(body == {"reference": reference, "summary": SUMMARY} for body in desk.bodies[key])
    assert handoff.pending() == [] and queue_files(tmp_path) == []
    assert handoff.retry_due() == 0


@pytest.mark.logs_problems
def test_timeout_is_retried_with_the_same_key(make, desk, tmp_path, clock, qtbot):
    desk.script = ["hang"]
    handoff = make()
    handoff.timeout_s = 0.3
    with qtbot.waitSignal(handoff.retry_later, timeout=5000) as later:
        handoff.send(SUMMARY, consented=True)
    assert later.args[1] in ("ReadTimeout", "ConnectionError", "Deadline")
    desk.release.set()                                   # the server had it after all
    qtbot.waitUntil(lambda: sum(desk.delivered.values()) == 1)
    clock.now += 30
    with qtbot.waitSignal(handoff.delivered, timeout=5000):
        handoff.retry_due()
    [key] = desk.received
    assert desk.received[key] == 2          # the retry carried the same key: the desk saw a replay
    assert desk.delivered[key] == 1
    assert queue_files(tmp_path) == []


@pytest.mark.logs_problems
def test_restart_mid_queue_loses_nothing_and_duplicates_nothing(make, desk, tmp_path, clock,
                                                                qtbot):
    first = make()
    with qtbot.waitSignal(first.delivered, timeout=5000):
        delivered_ref = first.send({"n": 0}, consented=True)
    desk.default = 500
    references = []
    for n in range(1, 4):
        with qtbot.waitSignal(first.retry_later, timeout=5000):
            references.append(first.send({"n": n}, consented=True))
    assert sorted(p.reference for p in first.pending()) == sorted(references)
    first.worker.shutdown()                               # the kiosk stops here
    del first

    desk.default = 200
    clock.now += 3600
    second = make()
    assert sorted(p.reference for p in second.pending()) == sorted(references)
    arrived = []
    second.delivered.connect(arrived.append)
    second.start(check_every_ms=60_000)
    qtbot.waitUntil(lambda: len(arrived) == 3, timeout=5000)
    second.stop()
    assert sorted(arrived) == sorted(references) and delivered_ref not in arrived
    assert len(desk.received) == 4
    assert set(desk.delivered.values()) == {1} and len(desk.delivered) == 4
    assert sorted(b[0]["summary"]["n"] for b in desk.bodies.values()) == [0, 1, 2, 3]
    assert queue_files(tmp_path) == []
    third = make()
    assert third.pending() == [] and third.retry_due() == 0


@pytest.mark.logs_problems
def test_undelivered_items_expire(make, desk, tmp_path, clock, qtbot):
    desk.default = 500
    handoff = make()
    with qtbot.waitSignal(handoff.retry_later, timeout=5000):
        reference = handoff.send(SUMMARY, consented=True)
    clock.now += 7 * 86400 - 1
    assert handoff.purge_expired() == 0
    clock.now += 1
    with qtbot.waitSignal(handoff.expired) as expired:
        assert handoff.retry_due() == 0
    assert expired.args == [reference]
    assert queue_files(tmp_path) == []


@pytest.mark.logs_problems
def test_the_queue_holds_only_the_consented_summary(make, desk, tmp_path, clock, qtbot):
    desk.default = 500
    handoff = make()
    with qtbot.waitSignal(handoff.retry_later, timeout=5000):
        reference = handoff.send(SUMMARY, consented=True)
    [name] = queue_files(tmp_path)
    item = json.loads((tmp_path / "handoff" / name).read_text(encoding="utf-8"))
    assert set(item) == {"key", "reference", "created", "attempts", "next_attempt", "body"}
    assert item["body"] == {"reference": reference, "summary": SUMMARY}
    if os.name == "posix":
        assert (tmp_path / "handoff" / name).stat().st_mode & 0o077 == 0


def test_no_consent_no_hand_off(make, desk, tmp_path, clock, qtbot):
    handoff = make()
    for consent in (False, None, "yes"):
        with pytest.raises(ValueError):
            handoff.send(SUMMARY, consented=consent)
    assert queue_files(tmp_path) == [] and not desk.received


@pytest.mark.logs_problems
def test_full_disk_gives_a_clear_error_and_leaves_nothing(make, desk, tmp_path, clock, qtbot,
                                                          monkeypatch):
    handoff = make()

    def disk_full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")
    monkeypatch.setattr(handoff_mod.os, "fsync", disk_full)
    with pytest.raises(HandoffError) as error:
        handoff.send(SUMMARY, consented=True)
    assert str(error.value) == FAILED_TO_PREPARE
    assert queue_files(tmp_path) == [] and not desk.received


@pytest.mark.logs_problems
def test_unreachable_endpoint_keeps_the_item(tmp_path, clock, qtbot, new_worker):
    import socket
    with socket.socket() as probe:                       # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    handoff = Handoff(f"http://127.0.0.1:{port}/handoff", new_worker(), tmp_path / "handoff", clock=clock)
    with qtbot.waitSignal(handoff.retry_later, timeout=5000) as later:
        reference = handoff.send(SUMMARY, consented=True)
    assert later.args == [reference, "ConnectionError"]
    assert [p.reference for p in handoff.pending()] == [reference]


@pytest.mark.logs_problems
def test_leftovers_of_a_crash_are_cleaned(tmp_path, clock, qtbot):
    folder = tmp_path / "handoff"
    folder.mkdir()
    (folder / ".abc123.tmp").write_bytes(b'{"key": "half')
    (folder / "0123456789abcdef0123456789abcdef.json").write_bytes(b"not json")
    handoff = Handoff("https://desk.example.org/handoff", HttpWorker(), folder, clock=clock)
    assert handoff.pending() == []
    assert queue_files(tmp_path) == []


@pytest.mark.logs_problems
def test_plain_http_is_refused_beyond_the_loopback(tmp_path, clock, caplog):
    handoff = Handoff("http://desk.example.org/handoff", HttpWorker(), tmp_path, clock=clock)
    assert not handoff.configured
    assert "hand-off disabled" in caplog.text
    with pytest.raises(ValueError):
        handoff.send(SUMMARY, consented=True)


@pytest.mark.logs_problems
def test_a_transient_read_error_keeps_the_consented_hand_off(tmp_path, clock, qtbot, new_worker,
                                                             monkeypatch, caplog):
    import socket
    from pathlib import Path
    with socket.socket() as probe:                       # undelivered: it stays in the queue
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    handoff = Handoff(f"http://127.0.0.1:{port}/handoff", new_worker(), tmp_path / "handoff", clock=clock)
    with qtbot.waitSignal(handoff.retry_later, timeout=5000):
        reference = handoff.send(SUMMARY, consented=True)
    real = Path.read_bytes

    def failing(path):
        if path.suffix == ".json":
            raise OSError(errno.EIO, "Input/output error")
        return real(path)
    monkeypatch.setattr(Path, "read_bytes", failing)
    assert handoff.pending() == [] and handoff.retry_due() == 0      # not readable just now…
    monkeypatch.setattr(Path, "read_bytes", real)
    assert [p.reference for p in handoff.pending()] == [reference]   # … but still there
    assert "kept" in caplog.text and "deleted" not in caplog.text
