"""Printing the summary for real, and telling the visitor the truth when it does not work.

``PrintService.print_pdf(path, language, done)`` works in a worker thread and answers that one
job by its ``done(ok, message)``, with a plain message in the visitor's language. The PDF is a temporary file:
it is deleted once the job is done or has failed, whatever happened.

On Linux (and macOS) through CUPS, with the command-line tools (``lpstat``, ``lp``, ``cancel``):
before printing, the printer (the configured one, or the system default) must exist, be enabled
and accept jobs; after, the job is followed until it leaves the queue, within the configured
time, and cancelled if it does not. Qt's own print system would hide most of these failures
(kiosk/services/qtprint.py says which). On Windows, the Qt print system: see ``kiosk.services.qtprint``.

Logs say what happened to the printer and the job (queue name, job id, duration), never a
name, a file name or anything of the summary.
"""
from __future__ import annotations

import logging
import os
import re
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from kiosk.catalogue import catalogue
from kiosk.services.print_outcome import (BUSY, DISABLED, FAILED, NO_PRINTER, NO_SERVICE,  # noqa: F401
                                          NOT_RESPONDING, PRINTED, PRINTING, REJECTING, Outcome)

log = logging.getLogger(__name__)

class CupsPrinter:
    """One print job through the CUPS command-line tools; blocking (run it off the GUI thread)."""

    _spool_warned = False

    def __init__(self, printer: str = "", timeout_s: float = 60, poll_s: float = 0.2):
        self.printer = printer
        self.timeout_s = timeout_s
        self.poll_s = poll_s

    def _run(self, *command: str) -> subprocess.CompletedProcess:
        env = dict(os.environ, LC_ALL="C", LANG="C")            # English, parseable answers
        return subprocess.run(command, capture_output=True, text=True, timeout=15, env=env,
                              check=False)

    def _destination(self) -> tuple[str, Outcome | None]:
        """The queue to print to, or why there is none."""
        running = self._run("lpstat", "-r")
        if "is running" not in running.stdout or "not running" in running.stdout:
            return "", Outcome(False, NO_SERVICE, "the CUPS scheduler is not running")
        name = self.printer
        if not name:
            default = self._run("lpstat", "-d").stdout
            found = re.search(r"system default destination:\s*(\S+)", default)
            if not found:
                return "", Outcome(False, NO_PRINTER, "no printer configured and no default printer")
            name = found.group(1)
        state = self._run("lpstat", "-p", name)
        if state.returncode != 0 or not state.stdout.startswith(f"printer {name} "):
            return name, Outcome(False, NO_PRINTER, f"printer {name!r} does not exist")
        if " disabled " in state.stdout.splitlines()[0] + " ":
            return name, Outcome(False, DISABLED, f"printer {name!r} is disabled")
        accepting = self._run("lpstat", "-a", name)
        if accepting.returncode != 0 or "not accepting" in accepting.stdout:
            return name, Outcome(False, REJECTING, f"printer {name!r} is rejecting jobs")
        return name, None

    def print_file(self, path: Path, stop: threading.Event) -> Outcome:
        try:
            name, problem = self._destination()
            if problem:
                return problem
            submitted = self._run("lp", "-d", name, "-t", "Pas a pas", str(path))
            found = re.search(r"request id is (\S+)", submitted.stdout)
            if submitted.returncode != 0 or not found:
                return Outcome(False, FAILED, f"lp refused the job for {name!r}: "
                                              f"{submitted.stderr.strip()[:120]}")
            return self._follow(name, found.group(1), stop)
        except FileNotFoundError as exc:
            return Outcome(False, NO_SERVICE, f"the CUPS tools are missing ({exc.filename})")
        except subprocess.TimeoutExpired as exc:
            return Outcome(False, NOT_RESPONDING, f"{exc.cmd[0]} did not answer")

    def check(self) -> Outcome:
        """Is the printer there, enabled and accepting? (for the mediator panel)"""
        try:
            name, problem = self._destination()
        except FileNotFoundError as exc:
            return Outcome(False, NO_SERVICE, f"the CUPS tools are missing ({exc.filename})")
        except subprocess.TimeoutExpired as exc:
            return Outcome(False, NOT_RESPONDING, f"{exc.cmd[0]} did not answer")
        return problem or Outcome(True, name, f"printer {name!r} ready")

    def _follow(self, name: str, job: str, stop: threading.Event) -> Outcome:
        """Wait until the job has left the queue; cancel it if it takes too long."""
        start = time.monotonic()
        while True:
            pending = self._run("lpstat", "-W", "not-completed", "-o", name)
            if pending.returncode != 0 and "not running" in pending.stderr + pending.stdout:
                return Outcome(False, NO_SERVICE, "the CUPS scheduler stopped during the job")
            if job not in pending.stdout.split():
                self._check_spool(name, job)
                return Outcome(True, PRINTED, f"job {job} done in {time.monotonic() - start:.2f} s")
            state = self._run("lpstat", "-p", name).stdout
            if " disabled " in (state.splitlines() or [""])[0] + " ":
                self._run("cancel", "-x", job)
                return Outcome(False, DISABLED, f"printer {name!r} stopped with job {job}; cancelled")
            if stop.is_set():             # the kiosk is closing: CUPS keeps the job
                return Outcome(False, NOT_RESPONDING, f"stopped following job {job}")
            if time.monotonic() - start > self.timeout_s:
                self._run("cancel", "-x", job)
                return Outcome(False, NOT_RESPONDING,
                               f"job {job} not done after {self.timeout_s} s; cancelled")
            stop.wait(self.poll_s)


    def _check_spool(self, name: str, job: str) -> None:
        """Does CUPS keep the finished job, and with it the summary, in its spool?

        Only the administrator can purge a completed job (CUPS 2.4 refuses the owner: measured),
        so the spool must keep nothing by configuration: ``PreserveJobFiles No`` and
        ``PreserveJobHistory No`` (docs/DEPLOYMENT.md). A kept job is still listed as completed:
        IT is told in the log, once.
        """
        if CupsPrinter._spool_warned:
            return
        kept = self._run("lpstat", "-W", "completed", "-o", name)
        if job in kept.stdout.split():
            CupsPrinter._spool_warned = True
            log.warning("CUPS keeps finished print jobs and their documents: set PreserveJobFiles No "
                        "and PreserveJobHistory No in cupsd.conf (docs/DEPLOYMENT.md, Printing)")


class _Relay(QObject):
    done = Signal(bool, str, str)


class _Job(QRunnable):
    def __init__(self, backend, path: Path, relay: _Relay, stop: threading.Event):
        super().__init__()
        self.backend, self.path, self.relay, self.stop = backend, path, relay, stop

    def run(self) -> None:
        try:
            outcome = self.backend.print_file(self.path, self.stop)
        except Exception as exc:       # noqa: BLE001 — the kiosk must keep working
            outcome = Outcome(False, FAILED, f"unexpected {type(exc).__name__}")
        finally:
            try:
                self.path.unlink(missing_ok=True)
            except OSError as exc:
                log.error("could not delete the temporary summary PDF: %s", type(exc).__name__)
        self.relay.done.emit(outcome.ok, outcome.message, outcome.reason)


class PrintService(QObject):
    """Prints PDFs one at a time off the GUI thread.

    Each ``print_pdf`` gets its own answer: the ``done(ok, message)`` given with it, so that no
    caller hears another's print (a mediator's test page is not a visitor's print). ``progress``
    and ``finished`` tell anyone watching (tests) that a job started and ended. ``backend`` is
    chosen for the platform (CUPS, or the Qt print system on Windows) unless given.
    """

    finished = Signal(bool, str)
    progress = Signal(str)

    def __init__(self, printer: str = "", timeout_s: float = 60, backend=None,
                 parent: QObject | None = None):
        super().__init__(parent)
        if backend is None:
            if sys.platform == "win32":
                from kiosk.services.qtprint import QtPrinter
                backend = QtPrinter(printer)
            else:
                backend = CupsPrinter(printer, timeout_s)
        self.backend = backend
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relay = _Relay(self)
        self._relay.done.connect(self._done)
        self._stop = threading.Event()
        self._language = "fr"
        self._busy = False
        self._done_callback: Callable[[bool, str], None] | None = None

    @classmethod
    def from_config(cls, config, parent: QObject | None = None) -> PrintService:
        return cls(config.printing.printer, config.printing.job_timeout_s, parent=parent)

    @property
    def busy(self) -> bool:
        return self._busy

    def print_pdf(self, path: str | os.PathLike, language: str = "fr",
                  done: Callable[[bool, str], None] | None = None) -> bool:
        """Start printing ``path`` (deleted afterwards); False if a print is already going on."""
        path = Path(path)
        if self._busy:
            message = catalogue(language).text("Printing", BUSY)
            path.unlink(missing_ok=True)
            if done is not None:
                done(False, message)
            self.finished.emit(False, message)
            return False
        self._busy, self._language, self._done_callback = True, language, done
        self._stop.clear()
        self.progress.emit(catalogue(language).text("Printing", PRINTING))
        self._pool.start(_Job(self.backend, path, self._relay, self._stop))
        return True

    def _done(self, ok: bool, message: str, reason: str) -> None:
        self._busy = False
        callback, self._done_callback = self._done_callback, None
        (log.info if ok else log.warning)("print: %s", reason)
        text = catalogue(self._language).text("Printing", message)
        if callback is not None:
            callback(ok, text)
        self.finished.emit(ok, text)

    def check(self) -> tuple[bool, str]:
        """(ready, the printer's name or what is wrong in plain French). Blocking, but short."""
        if not hasattr(self.backend, "check"):
            return True, ""
        outcome = self.backend.check()
        log.info("printer check: %s", outcome.reason)
        return outcome.ok, outcome.message if outcome.ok else catalogue("fr").text("Printing", outcome.message)

    def shutdown(self, wait_ms: int = 5000) -> None:
        """At exit: stop following a job (CUPS still prints it) and wait for the worker."""
        self._stop.set()
        self._pool.waitForDone(wait_ms)
