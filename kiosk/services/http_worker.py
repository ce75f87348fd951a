"""HTTP off the GUI thread: jobs in thread pools, results back on the GUI thread by signal.

``post_json`` is a plain blocking function (a total deadline per try, retries with exponential
backoff) that the worker runs; it never raises and reports an ``Outcome`` whose ``reason`` holds
no personal data (an exception class or an HTTP status, never a body or a URL's query).
``requests`` is imported on first use.

Each service has its own lane (one thread each: « help », « handoff », « update »), so a slow
endpoint of one can never hold up another: a help call goes out even while a hand-off or a
content update is stuck on a bad network.
"""
from __future__ import annotations

import itertools
import logging
import threading
from dataclasses import dataclass
from typing import Any, Callable
from urllib.parse import urlsplit

from PySide6.QtCore import QObject, QThreadPool, QRunnable, Signal, Slot

log = logging.getLogger(__name__)

LOOPBACK = {"localhost", "127.0.0.1", "::1"}


@dataclass(frozen=True)
class Outcome:
    ok: bool                # a 2xx answer
    status: int | None      # the last HTTP status, None when no answer came
    reason: str             # "200", "HTTP 500", "Timeout", "ConnectionError"…
    attempts: int


def endpoint_problem(url: str, https_only: bool = True) -> str:
    """Why ``url`` is not a usable endpoint, or "" when it is.

    With ``https_only``, plain http is accepted for the loopback only (tests, a local relay).
    """
    try:
        parts = urlsplit(url)
    except ValueError:
        return "is not a web address"
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return "expected an address starting with https://"
    if https_only and parts.scheme != "https" and parts.hostname not in LOOPBACK:
        return "expected an address starting with https:// (the data must be encrypted)"
    return ""


def retryable(status: int | None) -> bool:
    """A missing answer, a server error, a timeout or a rate limit may pass on a later try."""
    return status is None or status >= 500 or status in (408, 425, 429)


def post_json(url: str, payload: Any, headers: dict[str, str] | None = None, *,
              timeout_s: float = 5.0, attempts: int = 1, backoff_s: float = 1.0,
              stop: threading.Event | None = None) -> Outcome:
    """POST ``payload`` as JSON; retry up to ``attempts`` times, waiting backoff_s, 2×, 4×…

    Each try has ``timeout_s`` in all — connecting, sending, and reading the whole answer —
    whatever the server does (``kiosk.services.deadline``). Redirects are not followed (a POST
    turned into a GET would lose the data silently). ``stop`` cuts the waits short (shutting down).
    """
    import requests

    from kiosk.services.deadline import Deadline, session

    stop = stop or threading.Event()
    status, reason = None, "not tried"
    tried = 0
    for tried in range(1, max(1, attempts) + 1):
        with Deadline(timeout_s) as deadline, session() as http:
            try:
                answer = http.post(url, json=payload, headers=headers or {}, timeout=timeout_s,
                                   allow_redirects=False)
                answer.content               # the whole answer, within the deadline
                status = answer.status_code
                answer.close()
                reason = str(status) if 200 <= status < 300 else f"HTTP {status}"
            except Exception as exc:         # noqa: BLE001 - a cut socket may raise anything
                if not deadline.passed and not isinstance(exc, requests.RequestException):
                    raise
                status, reason = None, "Deadline" if deadline.passed else type(exc).__name__
        if status is not None and 200 <= status < 300:
            return Outcome(True, status, reason, tried)
        if tried >= attempts or not retryable(status):
            break
        if stop.wait(backoff_s * 2 ** (tried - 1)):
            break
    return Outcome(False, status, reason, tried)


class _Job(QRunnable):
    def __init__(self, job_id: int, work: Callable[[], Any], done: Signal):
        super().__init__()
        self.job_id, self.work, self.done = job_id, work, done

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as exc:          # a job must always answer, and never with personal data
            log.error("background job failed: %s", type(exc).__name__)
            result = exc
        self.done.emit(self.job_id, result)


class HttpWorker(QObject):
    """Runs blocking callables in thread pools, one per lane; calls back on the GUI thread.

    One instance is shared by the services, each in its own lane. ``shutdown()`` at exit cuts
    retry waits short and waits for the running jobs.
    """

    _done = Signal(int, object)

    def __init__(self, threads_per_lane: int = 1, parent: QObject | None = None):
        super().__init__(parent)
        self.threads_per_lane = threads_per_lane
        self.pools: dict[str, QThreadPool] = {}
        self.stop = threading.Event()
        self._ids = itertools.count(1)
        self._callbacks: dict[int, Callable[[Any], None]] = {}
        self._done.connect(self._finish)

    def _pool(self, lane: str) -> QThreadPool:
        if lane not in self.pools:
            pool = QThreadPool(self)
            pool.setMaxThreadCount(self.threads_per_lane)
            self.pools[lane] = pool
        return self.pools[lane]

    def submit(self, work: Callable[[], Any], on_done: Callable[[Any], None], *,
               lane: str = "default") -> None:
        """Run ``work()`` in the lane's pool; ``on_done(result)`` runs later on this object's thread.

        If ``work`` raised, ``on_done`` receives the exception object.
        """
        if self.stop.is_set():
            return
        job_id = next(self._ids)
        self._callbacks[job_id] = on_done
        self._pool(lane).start(_Job(job_id, work, self._done))

    def post_json(self, url: str, payload: Any, on_done: Callable[[Outcome], None], *,
                  headers: dict[str, str] | None = None, timeout_s: float = 5.0,
                  attempts: int = 1, backoff_s: float = 1.0, lane: str = "default") -> None:
        def work() -> Outcome:
            return post_json(url, payload, headers, timeout_s=timeout_s, attempts=attempts,
                             backoff_s=backoff_s, stop=self.stop)

        def done(result: Any) -> None:
            on_done(result if isinstance(result, Outcome) else Outcome(False, None, type(result).__name__, 0))
        self.submit(work, done, lane=lane)

    @property
    def busy(self) -> bool:
        return bool(self._callbacks)

    def shutdown(self, wait_ms: int = 5000) -> bool:
        self.stop.set()
        return all([pool.waitForDone(wait_ms) for pool in self.pools.values()])

    @Slot(int, object)
    def _finish(self, job_id: int, result: Any) -> None:
        callback = self._callbacks.pop(job_id, None)
        if callback is not None:
            callback(result)
