"""Help call: a real HTTP server on loopback; failures are signalled and never block."""
from __future__ import annotations

import datetime as _dt
import json
import threading

import pytest
from werkzeug import Request, Response

from kiosk.services.help_call import HelpCall, help_message
from kiosk.services.http_worker import HttpWorker, endpoint_problem, post_json

NOW = _dt.datetime(2026, 11, 25, 14, 32, 51, 999, tzinfo=_dt.timezone(_dt.timedelta(hours=1)))


class Desk:
    def __init__(self) -> None:
        self.script: list[int | str] = []
        self.release = threading.Event()
        self.bodies: list[dict] = []

    def __call__(self, request: Request) -> Response:
        self.bodies.append(json.loads(request.get_data()))
        status = self.script.pop(0) if self.script else 204
        if status == "hang":
            self.release.wait(10)
            status = 204
        return Response("", status=status)


@pytest.fixture
def desk(httpserver):
    desk = Desk()
    httpserver.expect_request("/aide", method="POST").respond_with_handler(desk)
    yield desk
    desk.release.set()


@pytest.fixture
def worker():
    worker = HttpWorker()
    yield worker
    worker.shutdown()


def help_call(httpserver, worker, **options) -> HelpCall:
    return HelpCall(httpserver.url_for("/aide"), "Poste 2", "Pôle social d'Asnières", worker,
                    now=lambda: NOW, **{"timeout_s": 2, "attempts": 3, "backoff_s": 0.05, **options})


def test_the_message_holds_the_post_and_the_minute_only():
    assert help_message("Poste 2", "Pôle social", NOW) == {
        "event": "help_requested", "post": "Poste 2", "site": "Pôle social",
        "time": "2026-11-25T14:32+01:00"}


def test_delivered(httpserver, desk, worker, qtbot):
    call = help_call(httpserver, worker)
    with qtbot.waitSignal(call.delivered, timeout=5000):
        assert call.call()
    assert desk.bodies == [help_message("Poste 2", "Pôle social d'Asnières", NOW)]
    assert not call.sending


def test_server_errors_then_success(httpserver, desk, worker, qtbot):
    desk.script = [500, 502]
    call = help_call(httpserver, worker)
    with qtbot.waitSignal(call.delivered, timeout=5000):
        call.call()
    assert len(desk.bodies) == 3


@pytest.mark.logs_problems
def test_gives_up_after_the_attempts_and_says_why(httpserver, desk, worker, qtbot, caplog):
    desk.script = [500, 500, 500, 500]
    call = help_call(httpserver, worker)
    with qtbot.waitSignal(call.failed, timeout=5000) as failed:
        call.call()
    assert failed.args == ["HTTP 500"]
    assert len(desk.bodies) == 3
    assert "help call not delivered after 3 attempt(s): HTTP 500" in caplog.text


@pytest.mark.logs_problems
def test_a_client_error_is_not_retried(httpserver, desk, worker, qtbot):
    desk.script = [404]
    call = help_call(httpserver, worker)
    with qtbot.waitSignal(call.failed, timeout=5000) as failed:
        call.call()
    assert failed.args == ["HTTP 404"] and len(desk.bodies) == 1


@pytest.mark.logs_problems
def test_timeout_never_blocks_the_visitor(httpserver, desk, worker, qtbot):
    desk.script = ["hang"]
    call = help_call(httpserver, worker, timeout_s=0.3, attempts=1)
    with qtbot.waitSignal(call.failed, timeout=5000) as failed:
        assert call.call()                  # returns at once: the request is in the worker
        assert call.sending
        assert not call.call()              # a second touch while it is on its way adds nothing
    assert failed.args[0] in ("ReadTimeout", "ConnectionError", "Deadline")
    desk.release.set()


def test_no_endpoint_nothing_sent(worker):
    call = HelpCall("", "Poste 1", "Pôle social", worker)
    assert not call.configured and not call.call()


def test_post_json_retries_a_refused_connection_then_stops(worker):
    import socket
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    outcome = post_json(f"http://127.0.0.1:{port}/", {}, timeout_s=1, attempts=2, backoff_s=0.01)
    assert (outcome.ok, outcome.status, outcome.reason, outcome.attempts) == (
        False, None, "ConnectionError", 2)


@pytest.mark.logs_problems
def test_shutdown_cuts_the_backoff_short(httpserver, desk, qtbot):
    desk.script = [500] * 5
    worker = HttpWorker()
    call = help_call(httpserver, worker, backoff_s=30)
    with qtbot.waitSignal(call.failed, timeout=5000):
        call.call()
        qtbot.waitUntil(lambda: len(desk.bodies) == 1)
        assert worker.shutdown(5000)         # does not wait the 30 s backoff
    assert len(desk.bodies) == 1


def test_endpoint_rules():
    assert endpoint_problem("https://aide.example.org/poste") == ""
    assert endpoint_problem("http://127.0.0.1:8080/aide") == ""
    assert endpoint_problem("http://aide.example.org/poste") != ""
    assert endpoint_problem("http://aide.example.org/poste", https_only=False) == ""
    assert endpoint_problem("ftp://aide.example.org") != ""
    assert endpoint_problem("aide.example.org") != ""


# --- a server that trickles: one byte every 0.4 s, for ever ------------------------------------

class Trickle:
    """A loopback HTTP server that reads the request, then answers one byte every 0.4 s."""

    def __init__(self) -> None:
        import socket
        self.stop = threading.Event()
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.connections = 0
        threading.Thread(target=self._serve, daemon=True).start()

    def url(self, path: str = "/") -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def _serve(self) -> None:
        self.listener.settimeout(0.2)
        while not self.stop.is_set():
            try:
                connection, _ = self.listener.accept()
            except OSError:
                continue
            self.connections += 1
            threading.Thread(target=self._drip, args=(connection,), daemon=True).start()

    def _drip(self, connection) -> None:
        with connection:
            connection.recv(65536)
            for byte in b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nX-Slow: " + b"x" * 10_000:
                if self.stop.wait(0.4):
                    return
                try:
                    connection.sendall(bytes([byte]))
                except OSError:              # the kiosk hung up: the deadline worked
                    return

    def close(self) -> None:
        self.stop.set()
        self.listener.close()


@pytest.fixture
def trickle():
    server = Trickle()
    yield server
    server.close()


def test_a_trickling_endpoint_is_cut_at_the_deadline(trickle):
    import time
    started = time.monotonic()
    outcome = post_json(trickle.url("/aide"), {}, timeout_s=1.5, attempts=1)
    took = time.monotonic() - started
    assert (outcome.ok, outcome.reason) == (False, "Deadline")
    assert took < 4, f"the exchange lasted {took:.1f} s for a 1.5 s deadline"


@pytest.mark.logs_problems
def test_after_a_trickle_the_next_help_call_goes_out(trickle, worker, qtbot):
    call = HelpCall(trickle.url("/aide"), "Poste 2", "Pôle social", worker, timeout_s=1, attempts=1)
    with qtbot.waitSignal(call.failed, timeout=5000) as failed:
        assert call.call()
    assert failed.args == ["Deadline"] and not call.sending
    with qtbot.waitSignal(call.failed, timeout=5000):
        assert call.call()                   # the next visitor's call is not refused
    assert trickle.connections == 2


def test_stuck_hand_offs_and_updates_do_not_starve_a_help_call(trickle, httpserver, desk, worker,
                                                              qtbot, tmp_path):
    from kiosk.services.content_pack import ContentStore, ContentUpdater
    from kiosk.services.handoff import Handoff
    slow = dict(timeout_s=30)
    first = Handoff(trickle.url("/handoff"), worker, tmp_path / "a", **slow)
    second = Handoff(trickle.url("/handoff"), worker, tmp_path / "b", **slow)
    first.send({"guide": "rsa"}, consented=True)
    second.send({"guide": "caf"}, consented=True)
    updater = ContentUpdater(trickle.url("/pack.zip"), "A" * 43 + "=", worker,
                             ContentStore(tmp_path / "content"), allowlist=(), languages=("fr",),
                             **slow)
    updater.check()
    # One hand-off and the update are stuck on it (the second hand-off waits in its own lane);
    # a shared pool of two threads used to be full with the two hand-offs.
    qtbot.waitUntil(lambda: trickle.connections == 2, timeout=5000)
    call = help_call(httpserver, worker)
    with qtbot.waitSignal(call.delivered, timeout=3000):
        call.call()
    trickle.close()
