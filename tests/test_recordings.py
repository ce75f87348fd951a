"""Recorded voices: each stores the fingerprint of the text it speaks; `kiosk check` names the
recordings whose text changed since, and the screens of a spoken-only language with none."""
from __future__ import annotations

import shutil

from conftest import TEST_CONTENT
from kiosk.guides import recordings
from kiosk.guides.check import check_content
from kiosk.guides.library import Library

ALLOW = ("caf.fr", "service-public.fr")


def copy(tmp_path):
    folder = tmp_path / "content"
    shutil.copytree(TEST_CONTENT, folder)
    return folder


def warnings_about(folder, word: str) -> list[str]:
    return [w for w in check_content(folder, ALLOW, ("fr",)).warnings if word in w]


def test_the_shipped_example_is_a_real_recording_whose_text_has_not_changed(tmp_path):
    wav = TEST_CONTENT / "guides" / "recordings" / "wo" / "demo" / "compte.wav"
    assert wav.read_bytes()[:4] == b"RIFF" and wav.stat().st_size > 10_000
    assert warnings_about(TEST_CONTENT, "compte.wav") == []
    missing = warnings_about(TEST_CONTENT, "recordings [wo]")
    assert any("demo: no recording for 6 screen(s): papiers, ouvrir, code, valider, fin, fin-aide" in w
               for w in missing), missing


def test_a_changed_text_is_reported_until_recorded_again_and_stamped(tmp_path, monkeypatch, capsys):
    folder = copy(tmp_path)
    guide = folder / "guides" / "demo.toml"
    guide.write_text(guide.read_text(encoding="utf-8").replace("Avez-vous un compte ?",
                                                               "Avez-vous déjà un compte ?"), encoding="utf-8")
    [changed] = warnings_about(folder, "compte.wav")
    assert "its text has changed since it was recorded" in changed
    monkeypatch.setenv("PASAPAS_CONTENT_DIR", str(folder))
    assert recordings.main_recordings(["wo", "demo"]) == 0
    assert "TEXT CHANGED: record again" in capsys.readouterr().out
    assert recordings.main_recordings(["wo", "demo", "--stamp", "compte"]) == 0
    assert warnings_about(folder, "compte.wav") == []


def test_an_unstamped_recording_and_one_for_no_screen_are_reported(tmp_path):
    folder = copy(tmp_path)
    where = folder / "guides" / "recordings" / "ar" / "demo"
    where.mkdir(parents=True)
    shutil.copy(TEST_CONTENT / "guides" / "recordings" / "wo" / "demo" / "compte.wav", where / "compte.wav")
    shutil.copy(where / "compte.wav", where / "nulle-part.wav")
    found = warnings_about(folder, "/ar/demo/")
    assert any("compte.wav: no fingerprint" in w for w in found)
    assert any("nulle-part.wav: no such guide or screen" in w for w in found)
    assert not any("recordings [ar]" in w for w in warnings_about(folder, "recordings ["))  # written: not required


def test_the_fingerprint_covers_the_guides_words_in_reading_order():
    screen = Library(TEST_CONTENT).guide("demo").screen("papiers")
    assert recordings.spoken_text(screen) == "Préparez vos papiers\nCarte Vitale\nRIB\nRelevé d'identité bancaire"
    assert recordings.fingerprint("a") != recordings.fingerprint("b")
