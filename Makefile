# Pas à pas — the two set-up commands are `make run` and `make test`; each installs what it needs.
PYTHON ?= $(shell sh .ci/pick-python.sh)
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

# Qt's system libraries on Debian/Ubuntu (see docs/PLATFORM notes in README), read-aloud (the
# speech-dispatcher daemon and its espeak-ng voices: fr, en, ar, pt, es, tr), fonts.
RUN_PACKAGES := libgl1 libegl1 libglib2.0-0 libdbus-1-3 libfontconfig1 libfreetype6 libxkbcommon0 \
  libx11-6 libx11-xcb1 libxcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 \
  libxcb-randr0 libxcb-render-util0 libxcb-render0 libxcb-shape0 libxcb-shm0 libxcb-sync1 \
  libxcb-util1 libxcb-xfixes0 libxcb-xkb1 libxcb-glx0 libxkbcommon-x11-0 libnss3 libxcomposite1 \
  libxdamage1 libxrandr2 libxtst6 libxkbfile1 libasound2 libpulse0 libspeechd2 \
  speech-dispatcher speech-dispatcher-espeak-ng espeak-ng \
  fonts-dejavu-core fonts-noto-core cups-client sane-utils
# What the tests use besides: a real CUPS with a cups-pdf queue, PDF text, a QR decoder, Xvfb,
# and for the real voices (tests/test_voices.py) an audio server to speak into and sox to listen.
TEST_PACKAGES := cups printer-driver-cups-pdf poppler-utils zbar-tools xvfb xauth \
  matchbox-window-manager imagemagick pulseaudio pulseaudio-utils sox

.PHONY: run test check bench system system-test venv translations cups clean

run: system venv translations
	$(PY) -m kiosk

test: system system-test venv translations cups
	$(VENV)/bin/kiosk check
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

check: venv
	$(VENV)/bin/kiosk check

bench: system venv translations
	QT_QPA_PLATFORM=offscreen $(PY) tests/benchmark.py

system:
	@sh .ci/apt-install.sh $(RUN_PACKAGES)

system-test:
	@sh .ci/apt-install.sh $(TEST_PACKAGES)

venv: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

translations: venv
	@for ts in translations/*.ts; do \
	  [ -e "$$ts" ] || continue; qm="$${ts%.ts}.qm"; \
	  if [ ! -e "$$qm" ] || [ "$$ts" -nt "$$qm" ]; then $(VENV)/bin/pyside6-lrelease -silent "$$ts" -qm "$$qm"; fi; \
	done

cups:
	@sh .ci/cups.sh

clean:
	rm -rf $(VENV) build dist translations/*.qm

# --- The PyInstaller bundle: kiosk.spec → dist/pasapas/, one folder (docs/DEPLOYMENT.md) -------
PYINSTALLER ?= pyinstaller>=6.22,<7

.PHONY: bundle bundle-check

bundle: system venv translations
	@$(PY) -c 'import PyInstaller, pefile' 2>/dev/null || $(PY) -m pip install --quiet '$(PYINSTALLER)' pefile
	$(PY) -m PyInstaller --noconfirm --log-level=WARN --distpath dist --workpath build kiosk.spec

bundle-check: bundle
	@sh .ci/bundle-check.sh dist/pasapas

# --- Interface translations: collect the texts of the code into translations/*.ts -----------------
# (French is the source; kiosk_fr.ts holds only its plural forms: « 1 seconde », « 2 secondes »)
.PHONY: lupdate
lupdate: venv
	$(VENV)/bin/pyside6-lupdate -no-obsolete -locations none $$(find kiosk -name '*.py' | sort) \
	  -ts translations/kiosk_en.ts translations/kiosk_ar.ts translations/kiosk_pt.ts \
	      translations/kiosk_es.ts translations/kiosk_tr.ts
	$(VENV)/bin/pyside6-lupdate -no-obsolete -locations none -pluralonly -source-language fr \
	  $$(find kiosk -name '*.py' | sort) -ts translations/kiosk_fr.ts

# --- 500 simulated visitors through the real interface (a shorter run is part of make test) -----
.PHONY: soak
soak: system venv translations cups
	QT_QPA_PLATFORM=offscreen $(PY) tests/soak.py 500
