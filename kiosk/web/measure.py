"""Figures for the benchmark: the time to open the split view, and the memory of the whole
process tree — the kiosk and QtWebEngine's helper processes (zygote, GPU, network, renderers),
read from /proc (Linux).

``open_time_and_tree_rss()`` serves a small page on loopback with the standard library (no
internet needed), puts a ``WebPanel`` beside a stand-in guide in a ``QSplitter`` as the window
does, and measures a first visitor (QtWebEngine starts), a second one (after ``wipe()``), and
the memory with the site open and after the wipe.
"""
from __future__ import annotations

import os
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

PAGE = ("<!DOCTYPE html><html lang='fr'><head><meta charset='utf-8'><title>Mon compte</title>"
        "<style>body{font-family:sans-serif;max-width:40em;margin:2em auto}</style></head><body>"
        "<h1>Mon Compte</h1><form><label>Numéro allocataire <input name='n'></label>"
        "<label>Code postal <input name='cp'></label><button>Valider</button></form>"
        + "<p>Texte de la page officielle.</p>" * 40 + "</body></html>").encode()


def process_tree(pid: int | None = None) -> list[int]:
    """``pid`` (this process by default) and all its descendants."""
    root = pid or os.getpid()
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        children.setdefault(ppid, []).append(int(entry.name))
    tree, todo = [], [root]
    while todo:
        current = todo.pop()
        tree.append(current)
        todo.extend(children.get(current, []))
    return tree


def _kib(path: Path, field: str) -> int:
    try:
        for line in path.read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def tree_memory(pid: int | None = None) -> dict:
    """RSS (shared pages counted in each process) and PSS (shared pages split) of the tree, MiB."""
    pids = process_tree(pid)
    rss = sum(_kib(Path(f"/proc/{p}/status"), "VmRSS") for p in pids)
    pss = sum(_kib(Path(f"/proc/{p}/smaps_rollup"), "Pss") for p in pids)
    return {"processes": len(pids), "rss_mib": round(rss / 1024, 1), "pss_mib": round(pss / 1024, 1)}


def _memory(result: dict, moment: str) -> None:
    """Record the tree's memory now; a later record of the same moment (second visitor) wins."""
    for key, value in tree_memory().items():
        result[f"{key}_{moment}"] = value


def _serve() -> ThreadingHTTPServer:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def do_GET(self):  # noqa: N802 (http.server API)
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(PAGE)))
            self.end_headers()
            self.wfile.write(PAGE)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def _wait(predicate, timeout_s: float) -> bool:
    """Run the event loop until ``predicate()`` or the timeout (no sleeping)."""
    from PySide6.QtCore import QDeadlineTimer, QEventLoop
    from PySide6.QtWidgets import QApplication
    deadline = QDeadlineTimer(int(timeout_s * 1000))
    while not predicate():
        if deadline.hasExpired():
            return False
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
    return True


def open_time_and_tree_rss(url: str | None = None, allowlist=None, size: tuple[int, int] = (1920, 1080),
                           timeout_s: float = 30.0) -> dict:
    """Open the split view twice (two visitors, ``wipe()`` between) and measure it.

    Returns a flat dict: ``first_open_s`` (QtWebEngine starts: import, profile, helper
    processes, page), ``next_open_s`` (the next visitor's fresh profile), and for the process
    tree ``processes_*``, ``rss_mib_*``, ``pss_mib_*`` at ``before`` (no web view yet),
    ``open`` (the site shown) and ``after_wipe``.
    """
    from PySide6.QtWidgets import QApplication, QLabel, QSplitter

    app = QApplication.instance() or QApplication([])
    server = None
    if url is None:
        server = _serve()
        url = f"http://127.0.0.1:{server.server_address[1]}/"
    if allowlist is None:
        from kiosk.web.policy import Allowlist
        allowlist = Allowlist((), test_hosts=("127.0.0.1",))
    result: dict = {"url": url}
    _memory(result, "before")
    started = time.perf_counter()
    from kiosk.web.panel import WebPanel           # QtWebEngine loads here
    splitter = QSplitter()
    splitter.addWidget(QLabel("Le guide"))
    panel = WebPanel(allowlist)
    splitter.addWidget(panel)
    splitter.resize(*size)
    splitter.show()
    result["import_s"] = round(time.perf_counter() - started, 3)
    try:
        for key in ("first_open_s", "next_open_s"):
            started = time.perf_counter()
            panel.open(url)
            page = panel._top().page()
            ok = _wait(lambda: page.url().toString() == url and not page.isLoading(), timeout_s)
            result[key] = round(time.perf_counter() - started, 3) if ok else None
            _wait(lambda: False, 0.3)               # let the helper processes settle
            _memory(result, "open")
            panel.wipe()
            _wait(lambda: False, 1.0)               # renderers exit after their page
            _memory(result, "after_wipe")
    finally:
        panel.wipe()
        splitter.close()
        splitter.deleteLater()
        if server is not None:
            server.shutdown()
            server.server_close()
        app.processEvents()
    return result


if __name__ == "__main__":       # QT_QPA_PLATFORM=offscreen python -m kiosk.web.measure
    import json
    print(json.dumps(open_time_and_tree_rss(), indent=2))
