"""What the kiosk's own process leaks of a visitor, kept as small as the platform allows.

- ``harden()``, first thing at start-up: no core dump (``RLIMIT_CORE`` 0, inherited by the web
  engine's helper processes, which hold the pages and what the visitor typed into them), and the
  main process marked not dumpable (``PR_SET_DUMPABLE`` 0): another program running under the
  kiosk's account cannot read its memory through ``/proc/<pid>/mem`` or attach a debugger.
- ``release_freed_memory()``, the last step of every wipe: the visitor's objects are collected at
  once and glibc hands the freed pages back to the system (``malloc_trim``), so that fewer copies
  of what they typed linger in the process. Python gives no way to overwrite a string it has freed:
  some copies can remain in memory until they are reused — which is why the memory itself must
  stay unreadable (above) and the swap encrypted or off (docs/DEPLOYMENT.md).

On Windows neither exists: Windows Error Reporting's local dumps must stay off for the kiosk's
account (docs/DEPLOYMENT.md).
"""
from __future__ import annotations

import ctypes
import ctypes.util
import gc
import logging
import sys

log = logging.getLogger(__name__)

PR_SET_DUMPABLE = 4


def _libc():
    if not sys.platform.startswith("linux"):
        return None
    try:
        return ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
    except OSError:
        return None


def harden() -> list[str]:
    """Switch core dumps off and make the process undumpable; returns what could not be done."""
    missing = []
    try:
        import resource
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ImportError, ValueError, OSError):
        missing.append("core dumps")
    libc = _libc()
    if libc is None or libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0:
        missing.append("not dumpable")
    if missing and sys.platform != "win32":
        log.warning("process protection not available: %s", ", ".join(missing))
    return missing


def release_freed_memory() -> None:
    gc.collect()
    libc = _libc()
    if libc is not None and hasattr(libc, "malloc_trim"):
        libc.malloc_trim(0)
