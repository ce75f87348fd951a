"""Anonymous figures: how many sessions, guides, steps, help calls… per day and hour. Nothing more.

What is kept is a count per (day, hour, event, language, guide, step, domain): no row per visitor,
no time finer than the hour, no id or sequence that could re-link the events of one session
(the table has no rowid; rows are ordered by their key). ``record`` accepts only the events and
fields listed in ``EVENTS`` and values of a fixed shape (ids from the content, a language code, a
domain), and refuses anything else: this is what keeps anything a visitor typed out of the file.

A corrupted database, or one locked for longer than ``stale_lock_s``, is set aside (renamed with
a timestamp) and recreated; a read-only data folder disables the figures. ``record`` never raises.
"""
from __future__ import annotations

import contextlib
import csv
import datetime as _dt
import logging
import re
import sqlite3
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Mapping, TextIO

from kiosk import paths

log = logging.getLogger(__name__)

EVENTS: dict[str, tuple[str, ...]] = {
    "session_started": ("language",),
    "guide_started": ("guide",),
    "step_reached": ("guide", "step"),
    "guide_completed": ("guide",),
    "guide_abandoned": ("guide", "step"),
    "help_called": (),
    "printed": (),
    "qr_shown": (),
    "idle_wipe": (),
    "link_blocked": ("domain",),
    "page_scanned": (),               # a scanned page kept in « Mes documents »
    "scan_failed": (),
    "document_sent": (),              # documents given to a site's file request
    "site_page_printed": (),          # « Imprimer cette page » or window.print()
    "site_document_printed": (),      # a PDF downloaded from an official site
    "webmail_opened": (),
}
FIELDS = ("language", "guide", "step", "domain")
CONTENT_ID = re.compile(r"[a-z0-9][a-z0-9-]{0,63}")     # as the guide loader requires
SHAPES = {
    "language": re.compile(r"[a-z]{2,3}"), "guide": CONTENT_ID, "step": CONTENT_ID,
    "domain": re.compile(r"(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}"),
}
FILE_NAME = "stats.sqlite"
SCHEMA = """CREATE TABLE IF NOT EXISTS counts (
    day TEXT NOT NULL, hour INTEGER NOT NULL, event TEXT NOT NULL, language TEXT NOT NULL,
    guide TEXT NOT NULL, step TEXT NOT NULL, domain TEXT NOT NULL, n INTEGER NOT NULL,
    PRIMARY KEY (day, hour, event, language, guide, step, domain)) WITHOUT ROWID"""
UPSERT = """INSERT INTO counts VALUES (?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (day, hour, event, language, guide, step, domain) DO UPDATE SET n = n + excluded.n"""
UNWRITABLE = ("SQLITE_READONLY", "SQLITE_CANTOPEN", "SQLITE_PERM", "SQLITE_IOERR", "SQLITE_FULL")
MAX_PENDING = 5000                 # keys kept in memory while the file is locked
GUIDE_EVENTS = ("guide_started", "step_reached", "guide_completed", "guide_abandoned")


@dataclass
class Figures:
    """Today's figures for the mediator panel."""
    day: _dt.date
    totals: dict[str, int] = field(default_factory=dict)              # event → count
    languages: dict[str, int] = field(default_factory=dict)           # sessions per language
    guides: dict[str, dict[str, int]] = field(default_factory=dict)   # guide → event → count


def _errname(exc: BaseException) -> str:
    return getattr(exc, "sqlite_errorname", "") or type(exc).__name__


class Stats:
    """The anonymous figures of this post, in ``folder/stats.sqlite`` (the data folder)."""

    def __init__(self, folder: Path | None = None, *,
                 clock: Callable[[], _dt.datetime] = _dt.datetime.now,
                 vocabulary: Mapping[str, Iterable[str]] | None = None,
                 languages: Iterable[str] | None = None, stale_lock_s: float = 60.0):
        self.path = (folder or paths.data_dir()) / FILE_NAME
        self.clock, self.stale_lock_s = clock, stale_lock_s
        self.languages = frozenset(languages) if languages is not None else None
        self.set_vocabulary(vocabulary)
        self.enabled = True
        self._db: sqlite3.Connection | None = None
        self._pending: Counter[tuple] = Counter()     # counted while the file was locked
        self._locked_since: _dt.datetime | None = None
        try:
            self._open()
        except (OSError, sqlite3.Error) as exc:
            if not self._recover(exc):
                self._disable(exc)

    def set_vocabulary(self, vocabulary: Mapping[str, Iterable[str]] | None) -> None:
        """Guide id → its screen ids: with it, a guide or step outside the content is refused."""
        self.vocabulary = ({g: frozenset(s) for g, s in vocabulary.items()}
                           if vocabulary is not None else None)

    def record(self, event: str, **fields: str) -> bool:
        """Count one event. False when refused (unknown event or field, bad value) or disabled."""
        values = self._validate(event, fields)
        if values is None or not self.enabled:
            return False
        now = self.clock()
        self._pending[(now.date().isoformat(), now.hour, event, *values)] += 1
        try:
            self._flush()
        except (OSError, sqlite3.Error) as exc:
            if _errname(exc) in ("SQLITE_BUSY", "SQLITE_LOCKED"):
                self._locked(now)
            elif not self._recover(exc):
                self._disable(exc)
        except Exception as exc:           # never into the caller: the visitor comes first
            log.error("figures: unexpected %s: event not counted", type(exc).__name__)
        return True

    def _validate(self, event: str, fields: dict) -> tuple[str, str, str, str] | None:
        allowed = EVENTS.get(event) if isinstance(event, str) else None
        if allowed is None:
            log.warning("figures: an unknown event was refused")
            return None
        extra = [f for f in fields if f not in allowed]
        missing = [f for f in allowed if f not in fields]
        bad = [f for f in allowed if f in fields and not (
            isinstance(fields[f], str) and SHAPES[f].fullmatch(fields[f]))]
        if not (extra or missing or bad) and not self._known(fields):
            bad = ["value"]
        if extra or missing or bad:
            log.warning("figures: %s refused (%d field(s) not allowed, %d missing, %d badly formed)",
                        event, len(extra), len(missing), len(bad))
            return None
        return tuple(fields.get(f, "") for f in FIELDS)  # type: ignore[return-value]

    def _known(self, fields: dict) -> bool:
        """An enabled language; with a vocabulary, a guide of the content and a screen of it."""
        if "language" in fields and self.languages is not None:
            return fields["language"] in self.languages
        if self.vocabulary is None or "guide" not in fields:
            return True
        steps = self.vocabulary.get(fields["guide"])
        return steps is not None and ("step" not in fields or fields["step"] in steps)

    def _flush(self) -> None:
        if self._db is None:
            self._open()
        assert self._db is not None
        with self._db:
            self._db.executemany(UPSERT, [(*k, n) for k, n in self._pending.items()])
        self._pending.clear()
        self._locked_since = None

    def _locked(self, now: _dt.datetime) -> None:
        if self._locked_since is None:
            self._locked_since = now
        waited = (now - self._locked_since).total_seconds()
        log.warning("figures: the database is locked (for %d s): counts kept in memory", waited)
        if waited >= self.stale_lock_s and self._set_aside("locked"):
            self._flush_again()
        elif len(self._pending) > MAX_PENDING:
            self._pending.clear()
            log.error("figures: the database stays locked: the counts kept in memory are dropped")

    def _open(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(self.path, timeout=0.1, isolation_level=None)
        try:
            db.execute("PRAGMA secure_delete = ON")
            db.execute(SCHEMA)
            db.execute("SELECT count(*) FROM counts").fetchone()
        except BaseException:
            db.close()
            raise
        db.isolation_level = ""        # transactions by `with db:`
        self._db = db

    def _recover(self, exc: BaseException) -> bool:
        """Set a corrupted or unusable file aside and start a new one. False: the folder is read-only."""
        if isinstance(exc, OSError) or _errname(exc) in UNWRITABLE:
            return False
        log.error("figures: the database cannot be used (%s): setting it aside", _errname(exc))
        return self._set_aside("corrupt") and self._flush_again()

    def _flush_again(self) -> bool:
        try:
            self._flush()
            return True
        except (OSError, sqlite3.Error) as exc:
            self._disable(exc)
            return False

    def _set_aside(self, why: str) -> bool:
        self.close()
        stamp = self.clock().strftime("%Y%m%d-%H%M%S")
        try:
            for suffix in ("-journal", ""):
                old = self.path.with_name(self.path.name + suffix)
                if old.exists():
                    old.rename(self.path.with_name(f"{self.path.name}.{why}-{stamp}{suffix}"))
        except OSError as exc:
            log.error("figures: the database could not be set aside (%s)", type(exc).__name__)
            return False
        log.warning("figures: database set aside as %s.%s-%s; a new one is started",
                    self.path.name, why, stamp)
        self._locked_since = None
        return True

    def _disable(self, exc: BaseException) -> None:
        if self.enabled:
            log.error("figures disabled: the data folder cannot be written (%s); the kiosk goes on",
                      _errname(exc))
        self.enabled = False
        self._pending.clear()
        self.close()

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None

    def _rows(self, since: _dt.date | None = None) -> list[tuple]:
        rows: Counter = Counter()
        if self._db is not None:
            try:
                for *key, n in read_rows(self._db, since):
                    rows[tuple(key)] += n
            except sqlite3.Error as exc:
                log.error("figures could not be read (%s)", _errname(exc))
        for key, n in self._pending.items():
            if since is None or key[0] >= since.isoformat():
                rows[key] += n
        return [(*key, n) for key, n in rows.items()]

    def today(self) -> Figures:
        day = self.clock().date()
        figures = Figures(day, {event: 0 for event in EVENTS})
        for row_day, _hour, event, language, guide, _step, _domain, n in self._rows(day):
            if row_day != day.isoformat():
                continue
            figures.totals[event] = figures.totals.get(event, 0) + n
            if event == "session_started":
                figures.languages[language] = figures.languages.get(language, 0) + n
            if guide:
                per = figures.guides.setdefault(guide, {e: 0 for e in GUIDE_EVENTS})
                per[event] = per.get(event, 0) + n
        return figures

    def export_csv(self, target: str | Path | TextIO, since: _dt.date | None = None,
                   delimiter: str = ";") -> int:
        """Write counts per day and guide, one column per event; returns the number of rows."""
        return export_rows(self._rows(since), target, delimiter)


def read_rows(db: sqlite3.Connection, since: _dt.date | None = None) -> list[tuple]:
    query = "SELECT day, hour, event, language, guide, step, domain, n FROM counts"
    if since is None:
        return db.execute(query).fetchall()
    return db.execute(query + " WHERE day >= ?", (since.isoformat(),)).fetchall()


def export_rows(rows: list[tuple], target: str | Path | TextIO, delimiter: str = ";") -> int:
    """Counts per day and guide, one column per event; a path gets a BOM so that Excel reads UTF-8."""
    table: dict[tuple[str, str], Counter] = {}
    for day, _hour, event, _language, guide, _step, _domain, n in rows:
        table.setdefault((day, guide), Counter())[event] += n
    with (open(target, "w", encoding="utf-8-sig", newline="") if isinstance(target, (str, Path))
          else contextlib.nullcontext(target)) as stream:
        writer = csv.writer(stream, delimiter=delimiter, lineterminator="\r\n")
        writer.writerow(["day", "guide", *EVENTS])
        for (day, guide), counts in sorted(table.items()):
            writer.writerow([day, guide, *(counts.get(event, 0) for event in EVENTS)])
    return len(table)


def main_export(argv: list[str] | None = None) -> int:
    """`kiosk stats-export [--since 2026-11-01] FILE` (FILE "-" writes to the console)."""
    import argparse
    parser = argparse.ArgumentParser(prog="kiosk stats-export",
                                     description="Export the anonymous figures as CSV, per day and guide.")
    parser.add_argument("--since", type=_dt.date.fromisoformat, help="first day, written 2026-11-01")
    parser.add_argument("file", help="the CSV file to write, or - for the console")
    args = parser.parse_args(argv)
    path = paths.data_dir() / FILE_NAME
    rows: list[tuple] = []
    if path.exists():
        try:
            uri = path.resolve().as_uri() + "?mode=ro"
            with contextlib.closing(sqlite3.connect(uri, uri=True, timeout=5)) as db:
                rows = read_rows(db, args.since)
        except sqlite3.Error as exc:
            print(f"The figures in {path} cannot be read ({_errname(exc)}).", file=sys.stderr)
            return 1
    else:
        print(f"No figures yet in {path}.", file=sys.stderr)
    try:
        count = export_rows(rows, sys.stdout if args.file == "-" else Path(args.file))
    except OSError as exc:
        print(f"{args.file} cannot be written ({exc.strerror}).", file=sys.stderr)
        return 1
    print(f"{count} row(s) written.", file=sys.stderr)
    return 0
