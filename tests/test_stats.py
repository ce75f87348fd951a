"""Anonymous figures: only allowed events and fields, hour granularity, nothing typed, never raises."""
from __future__ import annotations

import csv
import datetime as _dt
import io
import logging
import sqlite3

import pytest

from kiosk.services import stats as stats_mod
from kiosk.services.stats import EVENTS, Stats

MARKER = "Zx9QmarqueurPERSO"          # what a visitor would have typed, in every text field
MARKER_ID = "zx9qmarqueurperso"        # the same, shaped like an id, to test the vocabulary


class Clock:
    def __init__(self, start: _dt.datetime):
        self.now = start

    def __call__(self) -> _dt.datetime:
        return self.now

    def advance(self, **delta) -> None:
        self.now += _dt.timedelta(**delta)


@pytest.fixture
def clock() -> Clock:
    return Clock(_dt.datetime(2026, 11, 25, 9, 41, 17, 123456))


VOCABULARY = {"caf-compte": ["start", "identifiants", "fin"], "email": ["start", "fin"]}


@pytest.fixture
def stats(tmp_path, clock):
    s = Stats(tmp_path, clock=clock, vocabulary=VOCABULARY, languages=("fr", "en", "ar"))
    yield s
    s.close()


def journey(stats: Stats, text: str) -> list[bool]:
    """A full visit, with ``text`` wherever a visitor could have typed or chosen something."""
    attempts = [
        ("session_started", {"language": "fr"}),
        ("guide_started", {"guide": "caf-compte"}),
        ("step_reached", {"guide": "caf-compte", "step": "identifiants"}),
        ("guide_started", {"guide": "email", "answer": text}),           # a field not allowed
        ("step_reached", {"guide": "email", "step": text}),              # a free text as a step
        ("link_blocked", {"domain": text}),
        ("link_blocked", {"domain": "www.example.org"}),                 # a link on a page
        ("link_blocked", {"domain": f"https://www.example.org/?q={text}"}),
        ("help_called", {"message": text}),
        ("printed", {}),
        ("qr_shown", {"summary": text}),
        ("guide_completed", {"guide": "caf-compte"}),
        ("guide_abandoned", {"guide": "email", "step": MARKER_ID}),      # not a screen of the guide
        ("guide_started", {"guide": MARKER_ID}),                          # not a guide of the content
        ("session_started", {"language": MARKER_ID[:3]}),                 # not an enabled language
        (text, {}),
        ("idle_wipe", {"name": text, "email": f"{text}@example.org"}),
        ("idle_wipe", {}),
    ]
    return [stats.record(event, **fields) for event, fields in attempts]


def test_nothing_typed_reaches_the_file_or_the_logs(stats, tmp_path, caplog):
    caplog.set_level(logging.DEBUG)
    results = journey(stats, MARKER)
    assert results.count(True) == 7
    stats.close()
    files = [p for p in tmp_path.iterdir() if p.is_file()]
    assert [p.name for p in files] == ["stats.sqlite"]
    data = files[0].read_bytes()
    assert b"www.example.org" in data and b"caf-compte" in data      # the figures are there
    for needle in (MARKER, MARKER_ID, MARKER.lower(), MARKER[:8]):
        for form in (needle.encode(), needle.encode("utf-16-le"), needle.upper().encode()):
            assert form not in data
        assert needle not in caplog.text
        assert not any(needle in r.getMessage() for r in caplog.records)


@pytest.mark.logs_problems
def test_refused_values_and_fields(stats):
    assert not stats.record("session_started")                          # a missing field
    assert not stats.record("session_started", language="fr", guide="caf-compte")
    assert not stats.record("step_reached", guide="caf-compte", step="Étape 1")
    assert not stats.record("link_blocked", domain="https://evil.example/path?q=1")
    assert not stats.record("link_blocked", domain="user@host.example")
    assert not stats.record("guide_started", guide=42)
    assert stats.record("link_blocked", domain="www.impots.gouv.fr")
    assert stats.today().totals["link_blocked"] == 1


def test_rows_hold_the_hour_and_nothing_that_orders_them(stats, tmp_path, clock):
    stats.record("session_started", language="en")
    clock.advance(minutes=3)
    stats.record("session_started", language="en")
    stats.record("help_called")
    db = sqlite3.connect(tmp_path / "stats.sqlite")
    columns = [row[1] for row in db.execute("PRAGMA table_info(counts)")]
    assert columns == ["day", "hour", "event", "language", "guide", "step", "domain", "n"]
    with pytest.raises(sqlite3.OperationalError):
        db.execute("SELECT rowid FROM counts")           # no hidden sequence either
    rows = set(db.execute("SELECT * FROM counts"))
    db.close()
    assert rows == {("2026-11-25", 9, "session_started", "en", "", "", "", 2),
                    ("2026-11-25", 9, "help_called", "", "", "", "", 1)}


@pytest.mark.logs_problems
def test_today_figures(stats, clock):
    journey(stats, MARKER)
    clock.advance(days=1)
    stats.record("session_started", language="ar")
    stats.record("guide_started", guide="email")
    figures = stats.today()
    assert figures.day == _dt.date(2026, 11, 26)
    assert figures.totals == {**{event: 0 for event in EVENTS}, "session_started": 1, "guide_started": 1}
    assert figures.languages == {"ar": 1}
    assert figures.guides == {"email": {"guide_started": 1, "step_reached": 0,
                                        "guide_completed": 0, "guide_abandoned": 0}}


@pytest.mark.logs_problems
def test_export_per_day_and_guide(stats, clock, tmp_path):
    journey(stats, MARKER)
    clock.advance(days=2, hours=5)
    stats.record("guide_started", guide="caf-compte")
    stats.record("guide_abandoned", guide="caf-compte", step="identifiants")
    stream = io.StringIO()
    assert stats.export_csv(stream) == 3
    rows = list(csv.DictReader(io.StringIO(stream.getvalue()), delimiter=";"))
    assert [(r["day"], r["guide"]) for r in rows] == [
        ("2026-11-25", ""), ("2026-11-25", "caf-compte"), ("2026-11-27", "caf-compte")]
    by_key = {(r["day"], r["guide"]): r for r in rows}
    assert by_key[("2026-11-25", "caf-compte")]["guide_started"] == "1"
    assert by_key[("2026-11-25", "caf-compte")]["step_reached"] == "1"
    assert by_key[("2026-11-25", "caf-compte")]["guide_completed"] == "1"
    assert by_key[("2026-11-25", "")]["session_started"] == "1"
    assert by_key[("2026-11-25", "")]["idle_wipe"] == "1"
    assert by_key[("2026-11-25", "")]["link_blocked"] == "1"
    assert by_key[("2026-11-25", "")]["help_called"] == "0"
    assert by_key[("2026-11-27", "caf-compte")]["guide_abandoned"] == "1"

    out = tmp_path / "since.csv"
    assert stats.export_csv(out, since=_dt.date(2026, 11, 26)) == 1
    text = out.read_text(encoding="utf-8-sig")
    assert text.splitlines()[0] == "day;guide;" + ";".join(EVENTS)
    assert "2026-11-25" not in text


def test_command_line_export(stats, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("PASAPAS_DATA_DIR", str(tmp_path))
    stats.record("session_started", language="fr")
    stats.record("printed")
    out = tmp_path / "figures.csv"
    assert stats_mod.main_export(["--since", "2026-11-01", str(out)]) == 0
    lines = out.read_text(encoding="utf-8-sig").splitlines()
    assert lines[1].startswith("2026-11-25;;1;")
    assert stats_mod.main_export(["-"]) == 0
    assert "2026-11-25;;1;" in capsys.readouterr().out
    assert stats_mod.main_export(["--since", "2026-12-01", "-"]) == 0
    assert capsys.readouterr().out.strip() == "day;guide;" + ";".join(EVENTS)


def test_command_line_export_without_figures(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("PASAPAS_DATA_DIR", str(tmp_path / "none"))
    assert stats_mod.main_export(["-"]) == 0
    assert "No figures yet" in capsys.readouterr().err


@pytest.mark.logs_problems
def test_corrupted_database_is_set_aside_and_recreated(tmp_path, clock, caplog):
    (tmp_path / "stats.sqlite").write_bytes(b"this is not a database " * 100)
    stats = Stats(tmp_path, clock=clock)
    assert stats.enabled
    assert stats.record("printed")
    assert stats.today().totals["printed"] == 1
    aside = sorted(p.name for p in tmp_path.iterdir() if ".corrupt-" in p.name)
    assert aside == ["stats.sqlite.corrupt-20261125-094117"]
    assert "set aside" in caplog.text
    stats.close()


@pytest.mark.logs_problems
def test_database_corrupted_while_running(stats, tmp_path, clock, caplog):
    stats.record("printed")
    stats.close()
    (tmp_path / "stats.sqlite").write_bytes(b"\0garbage" * 512)
    clock.advance(seconds=5)
    assert stats.record("qr_shown")                       # no exception
    assert stats.today().totals == {**{e: 0 for e in EVENTS}, "qr_shown": 1}
    assert (tmp_path / "stats.sqlite.corrupt-20261125-094122").exists()


@pytest.mark.logs_problems
def test_locked_database_never_raises_and_is_set_aside_when_the_lock_stays(stats, tmp_path, clock,
                                                                           caplog):
    stats.record("printed")
    other = sqlite3.connect(tmp_path / "stats.sqlite", isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        assert stats.record("help_called")                   # kept in memory, no exception
        assert "locked" in caplog.text
        assert stats.today().totals["help_called"] == 1
        clock.advance(seconds=61)
        assert stats.record("help_called")                   # the lock stayed: set aside
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert (tmp_path / "stats.sqlite.locked-20261125-094218").exists()
    figures = stats.today()
    assert figures.totals["help_called"] == 2 and figures.totals["printed"] == 0
    stats.record("printed")
    assert stats.today().totals["printed"] == 1


@pytest.mark.logs_problems
def test_a_short_lock_loses_nothing(stats, tmp_path):
    other = sqlite3.connect(tmp_path / "stats.sqlite", isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    stats.record("qr_shown")
    other.execute("COMMIT")
    other.close()
    stats.record("qr_shown")
    stats.close()
    db = sqlite3.connect(tmp_path / "stats.sqlite")
    assert db.execute("SELECT sum(n) FROM counts WHERE event = 'qr_shown'").fetchone() == (2,)
    db.close()


@pytest.mark.logs_problems
def test_read_only_data_folder_disables_the_figures(tmp_path, clock, caplog):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be")   # unwritable even for root
    stats = Stats(blocker / "data", clock=clock)
    assert not stats.enabled
    assert "figures disabled" in caplog.text
    assert not stats.record("printed")
    assert stats.today().totals["printed"] == 0
    assert stats.export_csv(io.StringIO()) == 0
