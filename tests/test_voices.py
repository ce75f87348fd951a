"""Voices: the real engine of this machine speaks French and Arabic; the self-check names the
languages without a voice.

What the real-engine test proves, and what it does not. CI is a fresh Debian machine, as root,
with no sound card and no audio server; the kiosk PC has both. So the test starts a PulseAudio
server of its own with a null sink (a sound card that goes nowhere), in a private runtime folder,
then runs the kiosk's own ``ReadAloud`` on the ``speechd`` engine in a fresh process:
QtTextToSpeech → speech-dispatcher (started for the test, in that folder) → its espeak-ng module
→ PulseAudio. What reaches the sink is recorded (``parecord``) and measured with sox. It proves
that each sentence becomes sound of about the length espeak-ng gives that sentence in that voice
(not silence, not a word, not the wrong language's length), and that the engine itself reported
the end of the sentence. It does not prove that loudspeakers are plugged in, nor that the voice is
pleasant to hear.
"""
from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from kiosk import selfcheck
from kiosk.services.speech import ReadAloud

HERE = Path(__file__).parent
TOOLS = ("pulseaudio", "parecord", "pactl", "sox", "espeak-ng", "speech-dispatcher")
SENTENCES = {
    "fr": ("fr-fr", "Bonjour. Touchez le bouton vert pour ouvrir le site de la CAF."),
    "ar": ("ar", "مرحبا. المس الزر الأخضر لفتح موقع الصندوق."),
}


def test_the_mock_engine_has_a_voice_for_each_language_of_the_kiosk_and_none_for_others():
    speech = ReadAloud(engine="mock")
    assert all(speech.can_read(code) for code in ("fr", "en", "ar", "pt", "es", "tr"))
    assert not speech.can_read("wo")


def test_the_self_check_names_each_voice_and_says_plainly_which_language_has_none():
    ok = selfcheck._check_speech(SimpleNamespace(kiosk=SimpleNamespace(languages=("fr", "ar"))))
    assert re.fullmatch(r"engine mock: fr: \S+; ar: \S+", ok)
    with pytest.raises(selfcheck.CheckFailed) as failed:
        selfcheck._check_speech(SimpleNamespace(kiosk=SimpleNamespace(languages=("fr", "wo"))))
    assert "wo: NO VOICE" in str(failed.value) and "no voice for wo" in str(failed.value)


def _sox_seconds_of_sound(wav: Path) -> tuple[float, float]:
    """(seconds of sound once silences longer than 0.3 s are cut, RMS amplitude of the whole)."""
    trimmed = wav.with_suffix(".sound.wav")
    subprocess.run(["sox", str(wav), str(trimmed), "silence", "1", "0.02", "0.5%", "-1", "0.3", "0.5%"],
                   check=True, capture_output=True)
    length = float(subprocess.run(["soxi", "-D", str(trimmed)], check=True, capture_output=True,
                                  text=True).stdout or 0)
    stat = subprocess.run(["sox", str(wav), "-n", "stat"], capture_output=True, text=True).stderr
    rms = float(re.search(r"RMS\s+amplitude:\s+([\d.]+)", stat).group(1))
    return length, rms


@pytest.fixture
def audio_server(tmp_path):
    """A PulseAudio server with a null sink, in a private runtime folder; stopped afterwards,
    with the speech-dispatcher the test started."""
    missing = [t for t in TOOLS if not shutil.which(t)]
    assert not missing, (f"missing {', '.join(missing)}: `make test` installs them "
                         "(TEST_PACKAGES and RUN_PACKAGES in the Makefile)")
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    socket = runtime / "pulse.sock"
    (runtime / "default.pa").write_text(
        f"load-module module-native-protocol-unix auth-anonymous=1 socket={socket}\n"
        "load-module module-null-sink sink_name=kiosk rate=22050 channels=1\n"
        "set-default-sink kiosk\n", encoding="utf-8")
    env = {**os.environ, "XDG_RUNTIME_DIR": str(runtime), "HOME": str(runtime),
           "PULSE_SERVER": f"unix:{socket}"}
    env.pop("PASAPAS_TTS_ENGINE", None)
    # --daemonize returns once the server is ready (nothing to wait on but that): its pid is in
    # the runtime folder, to stop it afterwards
    started = subprocess.run(["pulseaudio", "-n", "-F", str(runtime / "default.pa"), "--daemonize=yes",
                              "--exit-idle-time=-1", "--use-pid-file=yes", "--log-target=stderr"],
                             env=env, capture_output=True, text=True, timeout=30)
    try:
        assert started.returncode == 0, f"PulseAudio did not start: {started.stderr}"
        subprocess.run(["pactl", "info"], env=env, check=True, capture_output=True, timeout=10)
        yield SimpleNamespace(env=env, runtime=runtime)
    finally:
        for pid_file in [*runtime.glob("speech-dispatcher/**/*.pid"), runtime / "pulse" / "pid"]:
            try:
                os.kill(int(pid_file.read_text().strip()), signal.SIGTERM)
            except (OSError, ValueError):
                pass


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_the_real_engine_speaks_french_and_arabic_sentences_out_loud(audio_server, tmp_path, language):
    espeak_voice, sentence = SENTENCES[language]
    recorded = tmp_path / f"heard-{language}.wav"
    recorder = subprocess.Popen(["parecord", "-d", "kiosk.monitor", "--file-format=wav", "--rate=22050",
                                 "--channels=1", str(recorded)], env=audio_server.env)
    try:
        probe = subprocess.run([sys.executable, str(HERE / "speak_probe.py"), language, sentence],
                               env=audio_server.env, capture_output=True, text=True, timeout=90)
    finally:
        recorder.send_signal(signal.SIGINT)
        recorder.wait(10)
    assert probe.returncode == 0, probe.stderr
    said = json.loads(probe.stdout.strip().splitlines()[-1])
    assert said["engine"] == "speechd"
    assert said["voice"] == {"fr": "French (France)", "ar": "Arabic"}[language], said
    assert said["ended_by_engine"], f"the engine never said it finished: {said}"

    reference = tmp_path / f"espeak-{language}.wav"
    subprocess.run(["espeak-ng", "-v", espeak_voice, "-w", str(reference), sentence], check=True)
    heard, rms = _sox_seconds_of_sound(recorded)
    expected, _ = _sox_seconds_of_sound(reference)
    print(f"{language}: heard {heard:.2f} s of sound (RMS {rms:.3f}), espeak-ng alone {expected:.2f} s")
    assert rms > 0.01, f"{language}: the recording is silence (RMS {rms})"
    assert 0.6 * expected <= heard <= 1.6 * expected, \
        f"{language}: {heard:.2f} s of sound heard, espeak-ng gives {expected:.2f} s for this sentence"
