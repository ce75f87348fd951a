"""Adding a language is one row of kiosk/languages.py plus its files: a made-up one proves it.

A copy of the kiosk gets one row, « zz » (Zedish, right to left, read by the Esperanto voice),
its interface catalogue and a guide's translation; nothing else is edited. The configuration
accepts it, the welcome screen offers it in its own name and direction, the guide opens in it,
read-aloud knows its voice, the summary runs right to left, and `make lupdate` and the bundle
read it from the same table.
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ROW = ('    Language("zz", "Zedish", "Zwelkom", "Start in Zedish", "Touch your language in Zedish.", '
       '"eo", right_to_left=True),\n')

PROBE = r'''
import sys
from pathlib import Path
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from kiosk import config, languages
from kiosk.guides.library import Library
from kiosk.services import speech
from kiosk.summary import builder
from kiosk.ui import i18n
from kiosk.ui.welcome import WelcomePage

cfg = config.load(sys.argv[1])
assert cfg.kiosk.languages == ("fr", "zz"), cfg.kiosk.languages
assert i18n.available(cfg.kiosk.languages) == ["fr", "zz"]
assert speech.LOCALES["zz"] == "eo"
assert "zz" in builder.RIGHT_TO_LEFT and languages.own_name("zz") == "Zedish"
guide = Library(Path(sys.argv[2])).guide("demo", "zz")
assert guide.language == "zz" and guide.title == "Demo guide in Zedish", guide.title
app = QApplication([])
page = WelcomePage(cfg.site, list(cfg.kiosk.languages), ())
button = page.language_buttons["zz"]
assert button.text() == "Zedish" and button.layoutDirection() == Qt.LayoutDirection.RightToLeft
page.set_languages(["fr", "zz"])
assert "Zwelkom" in page.others.text(), page.others.text()
print(*(f"translations/{lang.interface_file}" for lang in languages.LANGUAGES if lang.code != "fr"))
'''


def test_a_made_up_language_is_one_row_plus_its_files(tmp_path):
    shutil.copytree(ROOT / "kiosk", tmp_path / "kiosk", ignore=shutil.ignore_patterns("__pycache__"))
    (tmp_path / "assets").symlink_to(ROOT / "assets")
    shutil.copytree(ROOT / "translations", tmp_path / "translations")
    table = tmp_path / "kiosk" / "languages.py"
    text = table.read_text(encoding="utf-8")
    last = text.index("\n)\n", text.index("LANGUAGES: tuple[Language, ...] = ("))
    table.write_text(text[:last + 1] + ROW + text[last + 1:], encoding="utf-8")       # the row
    # … and its files: the interface catalogue, a guide's translation.
    shutil.copy(ROOT / "translations" / "kiosk_en.ts", tmp_path / "translations" / "kiosk_zz.ts")
    shutil.copy(ROOT / "translations" / "kiosk_en.qm", tmp_path / "translations" / "kiosk_zz.qm")
    content = tmp_path / "content"
    shutil.copytree(ROOT / "tests" / "data" / "content", content)
    english = (content / "guides" / "demo.en.toml").read_text(encoding="utf-8")
    zedish = re.sub(r'^title = ".*"$', 'title = "Demo guide in Zedish"', english, count=1, flags=re.M)
    (content / "guides" / "demo.zz.toml").write_text(zedish, encoding="utf-8")
    site = tmp_path / "site.toml"
    site.write_text('[kiosk]\nlanguages = ["fr", "zz"]\n', encoding="utf-8")

    env = dict(os.environ, PYTHONPATH=str(tmp_path), QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", PROBE, str(site), str(content)], cwd=tmp_path,
                          env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "translations/kiosk_zz.ts" in done.stdout.split()          # what `make lupdate` updates
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert "from kiosk.languages import LANGUAGES" in makefile and "kiosk_en.ts" not in makefile
    spec = (ROOT / "kiosk.spec").read_text(encoding="utf-8")
    assert '"kiosk" / "languages.py"' in spec and '("fr", "en"' not in spec
