"""`kiosk --self-check`: passes on what ships, fails — with the reason named — on a broken site
file or a broken guide. Each run is a fresh process, as on a kiosk PC or in CI on the bundle."""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk import paths, qtcheck, selfcheck

ROOT = Path(__file__).resolve().parent.parent
CHECKS = ("configuration", "modules", "qt", "guides", "summary", "fonts", "pictograms",
          "web engine", "read-aloud", "data folder")


def self_check(tmp_path: Path, *args: str, content: Path | None = None) -> tuple[int, str, str]:
    env = {k: v for k, v in os.environ.items() if k != "PASAPAS_CONTENT_DIR"}
    env["PASAPAS_CONFIG"] = ""           # the embedded default, even where a system site file exists
    env["PASAPAS_DATA_DIR"] = str(tmp_path / "data")
    if content is not None:
        env["PASAPAS_CONTENT_DIR"] = str(content)
    done = subprocess.run([sys.executable, "-m", "kiosk.selfcheck", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, encoding="utf-8", timeout=180)
    return done.returncode, done.stdout, done.stderr


def line(out: str, check: str) -> str:
    found = [x for x in out.splitlines() if re.match(rf"(OK  |FAIL) {re.escape(check)}:", x)]
    assert len(found) == 1, out
    return found[0]


def test_passes_on_the_shipped_configuration_and_content(tmp_path):
    status, out, err = self_check(tmp_path)
    assert status == 0, out + err
    for check in CHECKS:
        assert line(out, check).startswith("OK   "), out
    assert re.search(r"OK   guides: \d+ guides × 6 languages", line(out, "guides"))
    assert "fr, en, ar, pt, es, tr" in line(out, "summary")
    assert out.splitlines()[-2].startswith("self-check passed")
    assert "Traceback" not in out + err
    # the same lines in the data folder, for a Windows windowed program that has no stdout
    report = (tmp_path / "data" / "logs" / selfcheck.REPORT_NAME).read_text(encoding="utf-8")
    assert report.splitlines() == out.splitlines()[:-1]


def test_a_broken_site_file_fails_and_names_the_key(tmp_path):
    site = tmp_path / "site.toml"
    site.write_text('[kiosk]\nmode = "kiosque"\n', encoding="utf-8")
    status, out, err = self_check(tmp_path, str(site))
    assert status == 1, out + err
    failed = line(out, "configuration")
    assert failed.startswith("FAIL") and str(site) in failed and "kiosk.mode" in failed
    assert line(out, "guides").startswith("OK")          # the other checks still ran
    assert "self-check FAILED: configuration (" in out
    assert "Traceback" not in out + err


def test_a_site_file_that_is_not_toml_fails(tmp_path):
    site = tmp_path / "site.toml"
    site.write_text('[kiosk\npost = "Poste 2"\n', encoding="utf-8")
    status, out, _ = self_check(tmp_path, str(site))
    assert status == 1 and line(out, "configuration").startswith(f"FAIL configuration: 1 problem(s): {site}")


def test_a_content_folder_with_a_broken_guide_fails_and_names_the_file(tmp_path):
    content = tmp_path / "content"
    shutil.copytree(paths.assets() / "content", content)
    guide = content / "guides" / "ase.toml"
    text = guide.read_text(encoding="utf-8")
    guide.write_text(re.sub(r'next = "[a-z0-9-]+"', 'next = "nulle-part"', text, count=1), encoding="utf-8")
    status, out, err = self_check(tmp_path, content=content)
    assert status == 1, out + err
    failed = line(out, "guides")
    assert failed.startswith("FAIL guides:") and str(guide) in failed and "'nulle-part'" in failed
    assert line(out, "summary").startswith("OK")         # with the guides that did load
    assert "self-check FAILED: guides (" in out
    assert "Traceback" not in out + err


def test_a_content_folder_without_content_toml_fails(tmp_path):
    (tmp_path / "empty").mkdir()
    status, out, _ = self_check(tmp_path, content=tmp_path / "empty")
    assert status == 1
    assert line(out, "guides") == f"FAIL guides: no content.toml in {tmp_path / 'empty'}"
    assert line(out, "summary") == "FAIL summary: no guide to summarise (see guides)"


def test_the_interface_pictograms_listed_are_those_the_screens_use():
    used = set()
    for source in (ROOT / "kiosk").rglob("*.py"):
        used |= set(re.findall(r'(?:icon=|pictogram\()"([a-z0-9-]+)"', source.read_text(encoding="utf-8")))
    assert used and used <= set(qtcheck.INTERFACE_PICTOGRAMS), sorted(used - set(qtcheck.INTERFACE_PICTOGRAMS))


def test_without_stdout_the_lines_still_reach_the_report_file(monkeypatch, tmp_path):
    """A Windows windowed program (console=False) has sys.stdout = None."""
    monkeypatch.setenv("PASAPAS_DATA_DIR", str(tmp_path))
    monkeypatch.setattr(sys, "stdout", None)
    report = selfcheck._Report()
    report.check("ok", lambda: "fine")
    report.check("broken", lambda: (_ for _ in ()).throw(selfcheck.CheckFailed("the reason")))
    saved = report.save()
    assert saved == tmp_path / "logs" / selfcheck.REPORT_NAME
    lines = saved.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("OK   ok: fine (") and lines[1] == "FAIL broken: the reason"
    assert report.failed == ["broken"]


@pytest.mark.parametrize("display, expected", [({}, "offscreen"), ({"DISPLAY": ":0"}, None)])
def test_offscreen_only_when_there_is_no_display(monkeypatch, display, expected):
    if sys.platform == "win32":
        pytest.skip("Windows always has a display")
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    for name, value in display.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setattr(selfcheck, "_run", lambda config_path, started: 0)
    assert selfcheck.run() == 0
    assert os.environ.get("QT_QPA_PLATFORM") == expected
