"""« J'ai besoin d'aide »: tell the mediators' desk over HTTP, where the site names an endpoint.

The notification holds the post, the site and the time to the minute — nothing about the visitor.
It goes out in a worker thread with a timeout and retries; a failure is logged and signalled, and
never blocks the visitor (the on-screen signal is the UI's job and works without a network).
"""
from __future__ import annotations

import datetime as _dt
import logging
from typing import Callable

from PySide6.QtCore import QObject, Signal

from kiosk.services.http_worker import HttpWorker, Outcome

log = logging.getLogger(__name__)


def help_message(post: str, site: str, now: _dt.datetime) -> dict:
    """The JSON body: what happened, where, when (to the minute, with the UTC offset)."""
    when = now if now.tzinfo else now.astimezone()
    return {"event": "help_requested", "post": post, "site": site,
            "time": when.replace(second=0, microsecond=0).isoformat(timespec="minutes")}


class HelpCall(QObject):
    """Sends a help call; at most one is on its way at a time (a second touch adds nothing)."""

    delivered = Signal()
    failed = Signal(str)        # why, in plain words without personal data (« HTTP 500 »)

    def __init__(self, endpoint: str, post: str, site: str, worker: HttpWorker, *,
                 timeout_s: float = 5.0, attempts: int = 3, backoff_s: float = 1.0,
                 now: Callable[[], _dt.datetime] = lambda: _dt.datetime.now().astimezone(),
                 parent: QObject | None = None):
        super().__init__(parent)
        self.endpoint, self.post, self.site, self.worker = endpoint, post, site, worker
        self.timeout_s, self.attempts, self.backoff_s, self.now = timeout_s, attempts, backoff_s, now
        self._sending = False

    @property
    def configured(self) -> bool:
        return bool(self.endpoint)

    @property
    def sending(self) -> bool:
        return self._sending

    def call(self) -> bool:
        """Start sending; returns at once. False when no endpoint is set or one is on its way."""
        if not self.endpoint or self._sending:
            return False
        self._sending = True
        log.info("help call: notifying the mediators' desk")
        self.worker.post_json(self.endpoint, help_message(self.post, self.site, self.now()),
                              self._finished, timeout_s=self.timeout_s, attempts=self.attempts,
                              backoff_s=self.backoff_s, lane="help")
        return True

    def _finished(self, outcome: Outcome) -> None:
        self._sending = False
        if outcome.ok:
            log.info("help call delivered (%s, %d attempt(s))", outcome.reason, outcome.attempts)
            self.delivered.emit()
        else:
            log.warning("help call not delivered after %d attempt(s): %s", outcome.attempts,
                        outcome.reason)
            self.failed.emit(outcome.reason)
