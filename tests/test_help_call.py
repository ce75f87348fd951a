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


def test_gives_up_after_the_attempts_and_says_why(httpserver, desk, worker, qtbot, caplog):
    desk.script = [500, 500, 500, 500]
    call = help_call(httpserver, worker)
    with qtbot.waitSignal(call.failed, timeout=5000) as failed:
        call.call()
    assert failed.args == ["HTTP 500"]
    assert len(desk.bodies) == 3
    assert "help call not delivered after 3 attempt(s): HTTP 500" in caplog.text


def test_a_client_error_is_not_retried(httpserver, desk, worker, qtbot):
    desk.script = [404]
    call = help_call(httpserver, worker)
    with qtbot.waitSignal(call.failed, timeout=5000) as failed:
        call.call()
    assert failed.args == ["HTTP 404"] and len(desk.bodies) == 1


def test_timeout_never_blocks_the_visitor(httpserver, desk, worker, qtbot):
    desk.script = ["hang"]
    call = help_call(httpserver, worker, timeout_s=0.3, attempts=1)
    with qtbot.waitSignal(call.failed, timeout=5000) as failed:
        assert call.call()                  # returns at once: the request is in the worker
        assert call.sending
        assert not call.call()              # a second touch while it is on its way adds nothing
    assert failed.args[0] in ("ReadTimeout", "ConnectionError")
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
