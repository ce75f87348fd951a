#!/bin/sh
# Print the best Python for the virtual environment: the newest 3.12+ found, else python3.
# PySide6 6.12 on Python 3.11 decrements None's reference count on every call returning None
# (measured: 200 QLabel.setText calls, None's count down by 200) and the process dies with
# "none_dealloc"; Python 3.12+ makes None immortal. pyproject.toml keeps PySide6 < 6.12 on 3.11.
for candidate in python3.13 python3.12 "${PYENV_ROOT:-$HOME/.pyenv}"/versions/3.1[2-9]*/bin/python3 python3; do
  if "$candidate" -c 'import sys, venv; sys.exit(sys.version_info < (3, 12))' >/dev/null 2>&1; then
    echo "$candidate"; exit 0
  fi
done
echo python3
