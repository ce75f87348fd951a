"""Hand-off to the counsellor: with the visitor's consent, the summary goes to the site's endpoint.

``send(summary, consented=True)`` writes the summary to a local queue first (one JSON file per
hand-off in ``data_dir()/handoff``, written to a temporary file, synced, then renamed: a file is
there whole or not at all), gives the visitor a short reference (« K7M3QX ») for the screen and the
paper, and posts ``{"reference": …, "summary": …}`` over HTTPS with an ``Idempotency-Key`` header
that stays the same on every retry: the endpoint can recognise a second arrival, and the kiosk
never makes a second hand-off of one summary. Failures are retried with exponential backoff
(``retry_due``, driven by a timer and an injectable clock); a delivered item is deleted at once, an
undelivered one after ``keep_days``. The queue survives a restart. Logs hold no reference and no
summary, only counts and HTTP statuses.
"""
from __future__ import annotations

import contextlib
import json
import logging
import os
import secrets
import tempfile
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import QObject, QTimer, Signal

from kiosk import paths
from kiosk.services.http_worker import HttpWorker, Outcome, endpoint_problem

log = logging.getLogger(__name__)

ALPHABET = "ACEFHJKMNPRTUWXY3479"      # no 0/O/D/Q, 1/I/L, 2/Z, 5/S, 6/G, 8/B, U/V pairs
REFERENCE_LENGTH = 6
FAILED_TO_PREPARE = ("Le transfert n'a pas pu être préparé. Votre récapitulatif imprimé reste "
                     "valable : montrez-le au conseiller.")


class HandoffError(Exception):
    """The hand-off could not be prepared (disk full, folder not writable); ``str()`` is for the screen."""

    def __init__(self, message: str = FAILED_TO_PREPARE):
        super().__init__(message)


@dataclass(frozen=True)
class Pending:
    reference: str
    attempts: int
    next_attempt: float      # epoch seconds
    created: float


def new_reference(taken: set[str] = frozenset()) -> str:
    while True:
        reference = "".join(secrets.choice(ALPHABET) for _ in range(REFERENCE_LENGTH))
        if reference not in taken:
            return reference


def write_atomically(path: Path, data: bytes) -> None:
    """The whole file or nothing: a temporary file beside it, synced, renamed over it."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    if hasattr(os, "O_DIRECTORY"):            # make the rename itself durable (POSIX)
        with contextlib.suppress(OSError):
            dir_fd = os.open(path.parent, os.O_RDONLY | os.O_DIRECTORY)
            try:
                os.fsync(dir_fd)
            finally:
                os.close(dir_fd)


class Handoff(QObject):
    """The hand-off queue of this post and its deliveries."""

    queued = Signal(str)             # reference: the summary is safe in the queue
    delivered = Signal(str)          # reference: the endpoint answered 2xx; the item is deleted
    retry_later = Signal(str, str)   # reference, reason (« HTTP 500 », « ReadTimeout »)
    expired = Signal(str)            # reference: undelivered after keep_days, deleted

    def __init__(self, endpoint: str, worker: HttpWorker, folder: Path | None = None, *,
                 timeout_s: float = 10.0, keep_days: int = 7, first_retry_s: float = 30.0,
                 max_retry_s: float = 3600.0, clock: Callable[[], float] = time.time,
                 parent: QObject | None = None):
        super().__init__(parent)
        problem = endpoint_problem(endpoint) if endpoint else ""
        if problem:
            log.error("hand-off disabled: the endpoint %s", problem)
        self.endpoint = "" if problem else endpoint
        self.worker, self.folder = worker, folder or paths.data_dir() / "handoff"
        self.timeout_s, self.keep_days, self.clock = timeout_s, keep_days, clock
        self.first_retry_s, self.max_retry_s = first_retry_s, max_retry_s
        self._in_flight: set[str] = set()
        self._done: set[str] = set()          # delivered, in case its file could not be deleted
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.retry_due)
        self._clean_leftovers()

    @property
    def configured(self) -> bool:
        return bool(self.endpoint)

    def send(self, summary: dict[str, Any], *, consented: bool) -> str:
        """Queue the summary and start sending it; returns the reference for the visitor.

        Raises HandoffError (its text is for the screen) when the queue cannot be written;
        then nothing is left on disk.
        """
        if consented is not True:
            raise ValueError("a hand-off needs the visitor's explicit consent")
        if not self.endpoint:
            raise ValueError("no hand-off endpoint is configured for this site")
        key = uuid.uuid4().hex
        reference = new_reference({p.reference for p in self.pending()})
        now = self.clock()
        item = {"key": key, "reference": reference, "created": now, "attempts": 0,
                "next_attempt": now, "body": {"reference": reference, "summary": summary}}
        data = json.dumps(item, ensure_ascii=False).encode("utf-8")   # TypeError: not JSON data
        try:
            self.folder.mkdir(mode=0o700, parents=True, exist_ok=True)
            write_atomically(self._file(key), data)
        except OSError as exc:
            log.error("hand-off could not be queued (%s)", _why(exc))
            raise HandoffError() from None
        log.info("hand-off queued")
        self.queued.emit(reference)
        self._dispatch(item)
        return reference

    def pending(self) -> list[Pending]:
        return [Pending(i["reference"], i["attempts"], i["next_attempt"], i["created"])
                for i in self._items()]

    def retry_due(self) -> int:
        """Deletes expired items, then starts sending those whose time has come; returns how many."""
        self.purge_expired()
        now, started = self.clock(), 0
        for item in self._items():
            if item["next_attempt"] <= now and item["key"] not in self._in_flight:
                started += self._dispatch(item)
        return started

    def purge_expired(self) -> int:
        limit = self.clock() - self.keep_days * 86400
        gone = 0
        for item in self._items():
            if item["created"] <= limit and item["key"] not in self._in_flight:
                if self._delete(item["key"]):
                    gone += 1
                    self.expired.emit(item["reference"])
        if gone:
            log.warning("%d hand-off(s) deleted undelivered after %d days", gone, self.keep_days)
        return gone

    def start(self, check_every_ms: int = 30_000) -> None:
        """Retry what is due now (a restart resumes the queue), then regularly."""
        self.retry_due()
        self._timer.start(check_every_ms)

    def stop(self) -> None:
        self._timer.stop()

    def _dispatch(self, item: dict) -> int:
        key = item["key"]
        if not self.endpoint or key in self._in_flight:
            return 0
        if key in self._done:
            self._delete(key)
            return 0
        self._in_flight.add(key)
        self.worker.post_json(self.endpoint, item["body"], lambda outcome: self._finished(key, outcome),
                              headers={"Idempotency-Key": key}, timeout_s=self.timeout_s, attempts=1,
                              lane="handoff")
        return 1

    def _finished(self, key: str, outcome: Outcome) -> None:
        self._in_flight.discard(key)
        item = self._read(self._file(key))
        if outcome.ok:
            self._done.add(key)
            self._delete(key)
            log.info("hand-off delivered (%s)", outcome.reason)
            if item:
                self.delivered.emit(item["reference"])
            return
        if item is None:
            return
        item["attempts"] += 1
        delay = min(self.max_retry_s, self.first_retry_s * 2 ** (item["attempts"] - 1))
        item["next_attempt"] = self.clock() + delay
        try:
            write_atomically(self._file(key), json.dumps(item, ensure_ascii=False).encode("utf-8"))
        except OSError as exc:                # the old file stays whole: it is retried sooner
            log.error("hand-off retry time not saved (%s)", _why(exc))
        log.warning("hand-off not delivered (%s, attempt %d): retry in %d s", outcome.reason,
                    item["attempts"], delay)
        self.retry_later.emit(item["reference"], outcome.reason)

    def _file(self, key: str) -> Path:
        return self.folder / f"{key}.json"

    def _items(self) -> list[dict]:
        if not self.folder.is_dir():
            return []
        items = (self._read(p) for p in sorted(self.folder.glob("*.json")))
        return sorted((i for i in items if i), key=lambda i: i["created"])

    def _read(self, path: Path) -> dict | None:
        try:
            item = json.loads(path.read_bytes())
            if (isinstance(item, dict) and item.get("key") == path.stem
                    and {"reference", "created", "attempts", "next_attempt", "body"} <= item.keys()):
                return item
        except FileNotFoundError:
            return None
        except OSError as exc:        # a disk hiccup, no file handle left…: it stays queued
            log.error("a hand-off file could not be read now (%s); it is kept", _why(exc))
            return None
        except ValueError:
            pass
        log.error("a damaged hand-off file was deleted")
        with contextlib.suppress(OSError):
            path.unlink()
        return None

    def _delete(self, key: str) -> bool:
        try:
            self._file(key).unlink(missing_ok=True)
            return True
        except OSError as exc:
            log.error("a hand-off file could not be deleted (%s)", _why(exc))
            return False

    def _clean_leftovers(self) -> None:
        """A write cut short by a crash left a temporary file: it was never queued."""
        if self.folder.is_dir():
            for tmp in self.folder.glob(".*.tmp"):
                with contextlib.suppress(OSError):
                    tmp.unlink()


def _why(exc: OSError) -> str:
    import errno
    return errno.errorcode.get(exc.errno or 0, type(exc).__name__)
