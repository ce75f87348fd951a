"""Say one sentence with the kiosk's own ReadAloud on the real engine, in a fresh process.

    python tests/speak_probe.py LANGUAGE TEXT

Prints one JSON line: the engine, the voice chosen, whether the engine reported the end of the
sentence itself (not the kiosk's time limit), and how long it spoke. Used by tests/test_voices.py,
which records what reaches the audio server meanwhile.
"""
from __future__ import annotations

import json
import logging
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QCoreApplication, QTimer  # noqa: E402

from kiosk.services.speech import ReadAloud  # noqa: E402


def main(language: str, text: str) -> int:
    app = QCoreApplication([])
    limited = []

    class Watch(logging.Handler):
        def emit(self, record):
            limited.append(record.getMessage())
    logging.getLogger("kiosk.services.speech").addHandler(Watch(logging.WARNING))
    speech = ReadAloud(engine="speechd", margin_s=20)
    result = {"engine": speech.engine_name, "voice": speech.voice_name(language)}
    times = {}
    speech.started.connect(lambda: times.setdefault("start", time.perf_counter()))
    speech.finished.connect(lambda: (times.setdefault("end", time.perf_counter()), app.quit()))
    QTimer.singleShot(0, lambda: speech.say(text, language))
    QTimer.singleShot(40_000, app.quit)
    app.exec()
    result["ended_by_engine"] = "end" in times and not limited
    result["seconds"] = round(times.get("end", 0) - times.get("start", 0), 2)
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
