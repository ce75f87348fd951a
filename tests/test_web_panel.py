"""The official site beside the guide, with real HTTP servers on loopback.

An "official" server on 127.0.0.2, reached as ``official.test`` (in the tests' allowlist), and
an "other" one on 127.0.0.3, reached as ``other.test`` or by its address (not in it), both
stdlib ``http.server`` in threads. Chromium maps the two ``.test`` names (RFC 6761) to those
addresses (``--host-resolver-rules``, set below before QtWebEngine starts). The other server
must never receive a request: not from a link, a redirect, a frame, an image, a script, a
fetch or a pop-up.
"""
from __future__ import annotations

import base64
import os
import shutil
import socket
import stat
import subprocess
import sys
import textwrap
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

OFFICIAL, OFFICIAL_IP, OTHER, OTHER_IP = "official.test", "127.0.0.2", "other.test", "127.0.0.3"
WEBMAIL, WEBMAIL_IP = "webmail.test", "127.0.0.4"      # the visitor's webmail (test_finish_at_kiosk)
_MAP = f"MAP {OFFICIAL} {OFFICIAL_IP}, MAP {OTHER} {OTHER_IP}, MAP {WEBMAIL} {WEBMAIL_IP}"
os.environ["QTWEBENGINE_CHROMIUM_FLAGS"] = " ".join(
    filter(None, [os.environ.get("QTWEBENGINE_CHROMIUM_FLAGS", ""), f'--host-resolver-rules="{_MAP}"']))

import shiboken6  # noqa: E402
from PySide6.QtCore import QLocale, Qt, QUrl, qInstallMessageHandler  # noqa: E402
from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineUrlRequestInfo  # noqa: E402

from kiosk.web import blocked  # noqa: E402
from kiosk.web.interceptor import RequestFilter  # noqa: E402
from kiosk.web.panel import WebPanel  # noqa: E402
from kiosk.web.policy import Allowlist  # noqa: E402

PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>"
       b"endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")


class Site:
    """A loopback HTTP server that records every request it gets: (path, Cookie header)."""

    def __init__(self, name: str, host: str, routes: dict):
        self.requests: list[tuple[str, str]] = []
        self.posts: list[tuple[str, str, bytes]] = []        # (path, Content-Type, body)
        self.routes = routes
        site = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_POST(self):  # noqa: N802 (http.server API)
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                site.posts.append((self.path, self.headers.get("Content-Type", ""), body))
                self.do_GET()

            def do_GET(self):  # noqa: N802 (http.server API)
                site.requests.append((self.path, self.headers.get("Cookie", "")))
                route = site.routes.get(self.path.split("?")[0])
                if route is None:
                    self.send_error(404)
                    return
                status, headers, body = route() if callable(route) else route
                self.send_response(status)
                for name, value in headers:
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                try:
                    self.wfile.write(body)
                except OSError:           # the browser gave up on it: fine
                    pass

        self.server = ThreadingHTTPServer((host, 0), Handler)
        self.name, self.host = name, host
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def url(self, path: str = "/") -> str:
        return f"http://{self.name}:{self.port}{path}"

    def ip_url(self, path: str = "/") -> str:
        return f"http://{self.host}:{self.port}{path}"

    def last(self, path: str) -> tuple[str, str]:
        return [r for r in self.requests if r[0] == path][-1]

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def html(body: str, title: str = "page") -> tuple:
    page = (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title}</title></head>"
            f"<body>{body}</body></html>")
    return 200, [("Content-Type", "text/html; charset=utf-8")], page.encode()


def official_routes(other: Site) -> dict:
    o = other.url
    return {
        "/": html("<h1>Accueil</h1>"),
        "/links": html(f"""
            <a id="other" href="{o('/from-link?nir=1850578006084')}">autre site</a>
            <a id="other-ip" href="{other.ip_url('/from-ip-link')}">adresse IP</a>
            <a id="redirect" href="/redirect">redirection</a>
            <a id="blank" href="/login" target="_blank">nouvelle fenêtre</a>
            <a id="pdf" href="/attestation.pdf">attestation</a>
            <a id="zip" href="/archive.zip">archive</a>
            <a id="data" href="data:text/html,&lt;h1&gt;Connexion CAF&lt;/h1&gt;">data</a>
            <a id="file" href="file:///etc/passwd">fichier</a>
            <a id="start" href="/start">départ</a>
            <button id="popup" onclick="window.open('/login', 'login', 'width=500')">Se connecter</button>
            <button id="popup-other" onclick="window.open('{o('/from-popup')}')">Autre</button>
            """),
        "/start": html("<h1>Étape 1</h1>"),
        "/upload": html("""<form><input id="file" type="file" name="piece">
            <input id="files" type="file" multiple accept="application/pdf,image/*"></form>
            <p id="chosen">none</p>
            <script>for (const id of ["file", "files"]) document.getElementById(id).onchange =
              e => { document.getElementById("chosen").textContent = e.target.files.length; };
            </script>"""),
        "/step2/form": html("<h1>Étape 2</h1>"),
        "/login": html("<h1>Connexion</h1><button id='done' onclick='window.close()'>Fermer</button>",
                       "login"),
        "/redirect": (302, [("Location", o("/from-redirect"))], b""),
        "/embeds": html(f"""
            <iframe src="{o('/from-iframe')}"></iframe>
            <iframe src="/redirect"></iframe>
            <img src="{o('/from-img.png')}">
            <script src="{o('/from-script.js')}"></script>
            <link rel="stylesheet" href="{o('/from-style.css')}">
            <script>
              fetch("{o('/from-fetch')}").catch(() => null).then(() => {{ document.title = "done"; }});
            </script>"""),
        "/set-cookie": (200, [("Content-Type", "text/html"),
                              ("Set-Cookie", "visitor=alice; Path=/; Max-Age=86400"),
                              ("Set-Cookie", "session=s3cr3t; Path=/")],
                        b"<html><body>cookie</body></html>"),
        "/echo": html("<h1>Echo</h1>"),
        "/attestation.pdf": (200, [("Content-Type", "application/pdf"),
                                   ("Content-Disposition", 'attachment; filename="attestation CAF.pdf"')],
                             PDF),
        "/archive.zip": (200, [("Content-Type", "application/zip"),
                               ("Content-Disposition", 'attachment; filename="archive.zip"')], b"PK\x03\x04"),
        "/ask": html("""<script>
            Notification.requestPermission().then(p => { document.title = "notification:" + p; });
            </script>"""),
    }


@pytest.fixture(scope="module")
def sites():
    other = Site(OTHER, OTHER_IP, {"/": html("autre")})
    official = Site(OFFICIAL, OFFICIAL_IP, {})
    official.routes.update(official_routes(other))
    yield official, other
    official.close()
    other.close()


@pytest.fixture
def official(sites):
    return sites[0]


@pytest.fixture
def other(sites):
    sites[1].requests.clear()
    yield sites[1]
    assert sites[1].requests == [], "the site off the allowlist received a request"


@pytest.fixture
def panel(qtbot):
    widget = WebPanel(Allowlist(("caf.fr",), test_hosts=(OFFICIAL, OFFICIAL_IP)))
    qtbot.addWidget(widget)
    widget.resize(1000, 1000)
    widget.show()
    yield widget
    # pytest-qt has closed the panel by now (close() releases its views with deleteLater);
    # wiping right after must still delete view, page, profile in that order, silently.
    messages = []
    previous = qInstallMessageHandler(lambda mode, context, message: messages.append(message))
    try:
        widget.wipe()
    finally:
        qInstallMessageHandler(previous)
    assert not [m for m in messages if "profile" in m.lower()], messages


# --- helpers -------------------------------------------------------------------------------------

def site_page(panel: WebPanel) -> QWebEnginePage:
    return panel._top().page()


def load(qtbot, panel: WebPanel, url: str, patterns=None) -> None:
    """Open ``url`` and wait until it is loaded."""
    panel.open(url, patterns)
    qtbot.waitUntil(lambda: not site_page(panel).isLoading() and site_page(panel).url().toString() == url,
                    timeout=10_000)


def js(qtbot, page: QWebEnginePage, script: str):
    box = []
    page.runJavaScript(script, 0, box.append)
    qtbot.waitUntil(lambda: bool(box), timeout=5000)
    return box[0]


def click(qtbot, panel: WebPanel, element_id: str) -> None:
    js(qtbot, site_page(panel), f"document.getElementById('{element_id}').click(); true")


def touch(qtbot, panel: WebPanel, element_id: str) -> None:
    """A real click of the mouse on an element (what needs a user's gesture: a file input)."""
    from PySide6.QtCore import QPoint
    from PySide6.QtTest import QTest
    centre = js(qtbot, site_page(panel), f"(() => {{ const r = document.getElementById('{element_id}')"
                                          ".getBoundingClientRect(); return (r.x + r.width / 2) + ',' + "
                                          "(r.y + r.height / 2); })()")
    x, y = (float(v) for v in centre.split(","))
    QTest.mouseClick(panel._top().focusProxy(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier, QPoint(int(x), int(y)))


def notice_shown(panel: WebPanel) -> bool:
    return panel._notice_view is not None and panel.stack.currentWidget() is panel._notice_view


def notice_text(qtbot, panel: WebPanel) -> str:
    box = []
    qtbot.waitUntil(lambda: notice_shown(panel), timeout=10_000)
    page = panel._notice_view.page()
    qtbot.waitUntil(lambda: page.url().scheme() == "data" and not page.isLoading(), timeout=10_000)
    page.toPlainText(box.append)
    qtbot.waitUntil(lambda: bool(box), timeout=5000)
    return box[0]


def decode_qr(png: bytes, tmp_path: Path) -> str:
    path = tmp_path / "qr.png"
    path.write_bytes(png)
    done = subprocess.run(["zbarimg", "--raw", "-q", str(path)], capture_output=True, check=False)
    return done.stdout.decode("utf-8").strip()


# --- the site and its steps ----------------------------------------------------------------------

def test_an_official_page_opens_and_its_address_names_the_step(qtbot, panel, official, other):
    patterns = {"depart": [f"{OFFICIAL}/start"], "formulaire": [f"{OFFICIAL}/step2/*"],
                "ailleurs": ["connect.caf.fr/*"]}
    with qtbot.waitSignal(panel.step_matched, timeout=10_000) as signal:
        panel.open(official.url("/step2/form"), patterns)
    assert signal.args == ["formulaire"]
    assert panel.site_label.text().endswith(OFFICIAL)
    with qtbot.waitSignal(panel.step_matched, timeout=10_000) as signal:
        js(qtbot, site_page(panel), "location.href = '/start'; true")
    assert signal.args == ["depart"]
    assert panel.back_button.isEnabled()
    with qtbot.waitSignal(panel.step_matched, timeout=10_000) as signal:
        panel.home()                      # « Page de départ de l'étape »
    assert signal.args == ["formulaire"]
    assert site_page(panel).url().toString() == official.url("/step2/form")


def test_a_link_to_another_site_says_why_and_offers_it_on_the_phone(qtbot, panel, official, other,
                                                                     tmp_path):
    load(qtbot, panel, official.url("/links"))
    with qtbot.waitSignal(panel.link_blocked, timeout=10_000) as signal:
        click(qtbot, panel, "other")
    assert signal.args == [OTHER]                             # the domain, not the address
    text = notice_text(qtbot, panel)
    assert "Ce site ne s'ouvre pas sur la borne" in text
    assert "téléphone" in text
    src = js(qtbot, panel._notice_view.page(), "document.querySelector('figure img').src")
    assert src.startswith("data:image/png;base64,")
    if shutil.which("zbarimg"):
        assert decode_qr(base64.b64decode(src.split(",", 1)[1]), tmp_path) == \
            other.url("/from-link?nir=1850578006084")
    # « Retour »: the official page is still there, as it was
    assert panel.back_button.isEnabled()
    panel.back()
    assert not notice_shown(panel)
    assert site_page(panel).url().toString() == official.url("/links")


def test_a_redirect_to_another_site_is_stopped_before_the_network(qtbot, panel, official, other):
    load(qtbot, panel, official.url("/links"))
    for _ in range(5):                    # Qt's interceptor alone lets some through: see interceptor.py
        with qtbot.waitSignal(panel.link_blocked, timeout=10_000) as signal:
            click(qtbot, panel, "redirect")
        assert signal.args == [OTHER]
        assert "Ce site ne s'ouvre pas sur la borne" in notice_text(qtbot, panel)
        panel.back()
        qtbot.waitUntil(lambda: not notice_shown(panel))
    assert ("/redirect", "") in official.requests


def test_frames_images_scripts_and_requests_to_another_site_are_blocked(qtbot, panel, official, other):
    official.requests.clear()
    load(qtbot, panel, official.url("/embeds"))
    qtbot.waitUntil(lambda: site_page(panel).title() == "done", timeout=10_000)
    qtbot.waitUntil(lambda: any(path == "/redirect" for path, _ in official.requests), timeout=10_000)
    # img, script, style, fetch: the interceptor; the frames: acceptNavigationRequest
    assert panel.visitor.interceptor.blocked >= 4
    assert not notice_shown(panel)                        # the page itself is fine


def test_data_and_file_links_do_not_open(qtbot, panel, official, other):
    load(qtbot, panel, official.url("/links"))
    for link in ("data", "file"):
        click(qtbot, panel, link)
        js(qtbot, site_page(panel), "true")               # let the click be handled
        assert site_page(panel).url().toString() == official.url("/links")
        assert site_page(panel).url().scheme() == "http"


def test_a_link_to_an_ip_address_is_refused_without_a_qr(qtbot, panel, official, other):
    load(qtbot, panel, official.url("/links"))
    with qtbot.waitSignal(panel.link_blocked, timeout=10_000) as signal:
        click(qtbot, panel, "other-ip")
    assert signal.args == [OTHER_IP]
    assert "Ce lien ne s'ouvre pas sur la borne" in notice_text(qtbot, panel)
    assert js(qtbot, panel._notice_view.page(), "document.querySelectorAll('img').length") == 0


def test_an_address_that_is_refused_from_the_start_is_explained(qtbot, panel, official, other):
    with qtbot.waitSignal(panel.link_blocked, timeout=10_000):
        panel.open("https://caf.fr.evil.example/login")
    text = notice_text(qtbot, panel)
    assert "imite un site officiel" in text
    src = js(qtbot, panel._notice_view.page(), "document.querySelectorAll('img').length")
    assert src == 0                                       # no QR for a look-alike


# --- pop-ups -------------------------------------------------------------------------------------

def test_a_login_pop_up_opens_in_the_panel_and_closes_back_to_the_site(qtbot, panel, official, other):
    patterns = {"connexion": [f"{OFFICIAL}/login"]}
    load(qtbot, panel, official.url("/links"), patterns)
    main = panel._sites[0]
    with qtbot.waitSignal(panel.step_matched, timeout=10_000) as signal:
        click(qtbot, panel, "popup")
    assert signal.args == ["connexion"]
    assert len(panel._sites) == 2 and panel.stack.currentWidget() is panel._sites[1]
    assert site_page(panel).url().path() == "/login"
    click(qtbot, panel, "done")                           # the pop-up closes itself
    qtbot.waitUntil(lambda: len(panel._sites) == 1, timeout=10_000)
    assert panel.stack.currentWidget() is main


def test_a_new_window_link_opens_in_the_panel_and_back_returns(qtbot, panel, official, other):
    load(qtbot, panel, official.url("/links"))
    click(qtbot, panel, "blank")
    qtbot.waitUntil(lambda: len(panel._sites) == 2 and site_page(panel).url().path() == "/login",
                    timeout=10_000)
    panel.back()                                          # nothing behind it in the pop-up
    qtbot.waitUntil(lambda: len(panel._sites) == 1, timeout=5000)
    assert site_page(panel).url().path() == "/links"


def test_a_pop_up_to_another_site_is_refused_and_explained(qtbot, panel, official, other):
    load(qtbot, panel, official.url("/links"))
    with qtbot.waitSignal(panel.link_blocked, timeout=10_000) as signal:
        click(qtbot, panel, "popup-other")
    assert signal.args == [OTHER]
    assert "Ce site ne s'ouvre pas sur la borne" in notice_text(qtbot, panel)
    qtbot.waitUntil(lambda: len(panel._sites) == 1, timeout=5000)


# --- no network ----------------------------------------------------------------------------------

def closed_port(host: str) -> int:
    with socket.socket() as s:
        s.bind((host, 0))
        return s.getsockname()[1]


def test_an_unreachable_site_says_there_is_no_connection(qtbot, panel, official, other):
    url = f"http://{OFFICIAL}:{closed_port(OFFICIAL_IP)}/"
    with qtbot.waitSignal(panel.offline, timeout=15_000):
        panel.open(url)
    text = notice_text(qtbot, panel)
    assert "Pas de connexion internet" in text
    assert "Le guide, à côté, continue de fonctionner" in text
    assert not panel.back_button.isEnabled()              # nothing behind: no white page
    assert panel.reload_button.isEnabled()
    with qtbot.waitSignal(panel.offline, timeout=15_000):
        panel.reload()                                    # still nothing there
    assert notice_shown(panel)


# --- the end of the visit ------------------------------------------------------------------------

def test_wipe_leaves_nothing_for_the_next_visitor(qtbot, panel, official, other):
    load(qtbot, panel, official.url("/set-cookie"))
    js(qtbot, site_page(panel), "localStorage.setItem('draft', 'Martin'); true")
    load(qtbot, panel, official.url("/echo"))
    assert official.last("/echo") == ("/echo", "visitor=alice; session=s3cr3t")
    assert js(qtbot, site_page(panel), "localStorage.getItem('draft')") == "Martin"
    old_profile = panel.visitor.profile
    old_folder = panel.visitor.folder

    panel.wipe()
    assert not shiboken6.isValid(old_profile)
    assert not old_folder.exists()
    assert panel.stack.count() == 0

    added = []
    load(qtbot, panel, official.url("/echo"))
    panel.visitor.profile.cookieStore().cookieAdded.connect(added.append)
    panel.visitor.profile.cookieStore().loadAllCookies()
    assert panel.visitor.profile.isOffTheRecord()
    assert official.last("/echo") == ("/echo", "")         # no cookie sent
    assert js(qtbot, site_page(panel), "String(localStorage.getItem('draft'))") == "null"
    assert js(qtbot, site_page(panel), "document.cookie") == ""
    assert added == []


def test_a_downloaded_pdf_is_private_and_gone_after_wipe(qtbot, panel, official, other):
    load(qtbot, panel, official.url("/links"))
    with qtbot.waitSignal(panel.download_ready, timeout=10_000) as signal:
        click(qtbot, panel, "pdf")
    path = Path(signal.args[0])
    assert path.read_bytes() == PDF
    assert path.name == "attestation_CAF.pdf"
    assert path.parent == panel.visitor.folder
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert not notice_shown(panel)
    panel.wipe()
    assert not path.exists()
    assert not path.parent.exists()


def test_a_download_that_is_not_a_pdf_is_refused_and_explained(qtbot, panel, official, other):
    load(qtbot, panel, official.url("/links"))
    click(qtbot, panel, "zip")
    assert "ne peut pas être gardé sur la borne" in notice_text(qtbot, panel)
    assert list(panel.visitor.folder.iterdir()) == []


def test_a_file_input_never_opens_a_file_dialog_on_the_disk(qtbot, panel, official, other, caplog):
    """A public page must not reach the disk: Qt's default ``chooseFiles`` opens a QFileDialog
    (rename, delete, hidden files, the home folder). The kiosk answers the request itself."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QFileDialog
    dialogs = []

    def close_any_file_dialog():      # a modal dialog would block the test: note it, close it
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QFileDialog) and widget.isVisible():
                dialogs.append(widget.directory().path())
                widget.reject()
    watchdog = QTimer(interval=200)
    watchdog.timeout.connect(close_any_file_dialog)
    watchdog.start()
    load(qtbot, panel, official.url("/upload"))
    before = set(QApplication.topLevelWidgets())
    for input_id in ("file", "files"):
        caplog.clear()
        with caplog.at_level("INFO", logger="kiosk.web.pages"):
            touch(qtbot, panel, input_id)
            qtbot.waitUntil(lambda: "asked for a file" in caplog.text or bool(dialogs), timeout=5000)
        assert dialogs == [], "a file dialog opened on the disk"
        assert [w for w in set(QApplication.topLevelWidgets()) - before if w.isVisible()] == []
        assert js(qtbot, site_page(panel), f"document.getElementById('{input_id}').files.length") == 0
    assert js(qtbot, site_page(panel), "document.getElementById('chosen').textContent") == "none"


def test_permissions_are_denied(qtbot, panel, official, other):
    load(qtbot, panel, official.ip_url("/ask"))     # 127.0.0.x is a secure context: it may ask
    qtbot.waitUntil(lambda: site_page(panel).title().startswith("notification:"), timeout=10_000)
    assert site_page(panel).title() == "notification:denied"


def test_close_unloads_the_site_but_keeps_the_visitor_logged_in(qtbot, panel, official, other):
    load(qtbot, panel, official.url("/set-cookie"))
    panel.close()
    assert not panel.isVisible() and panel.stack.count() == 0
    load(qtbot, panel, official.url("/echo"))
    assert panel.isVisible()
    assert official.last("/echo") == ("/echo", "visitor=alice; session=s3cr3t")


def test_close_then_wipe_at_once_deletes_in_the_order_qt_needs(qtbot, panel, official, other):
    """« Terminer et effacer » may close the split view and wipe in the same breath: the views
    released by close() are still waiting for deleteLater() when the profile goes. A Qt
    warning (« Release of profile requested but WebEnginePage still not deleted ») fails this."""
    load(qtbot, panel, official.url("/links"))
    click(qtbot, panel, "popup")
    qtbot.waitUntil(lambda: len(panel._sites) == 2, timeout=10_000)
    panel._show_notice("offline")
    panel.close()
    panel.wipe()
    assert panel.visitor is None and panel.stack.count() == 0


# --- the pieces ----------------------------------------------------------------------------------

class FakeInfo:
    """What the interceptor reads and does on a QWebEngineUrlRequestInfo."""

    def __init__(self, url: str, resource=QWebEngineUrlRequestInfo.ResourceType.ResourceTypeImage,
                 navigation=QWebEngineUrlRequestInfo.NavigationType.NavigationTypeLink):
        self.url, self.resource, self.navigation = QUrl(url), resource, navigation
        self.blocked, self.redirected = False, None

    def requestUrl(self):  # noqa: N802
        return self.url

    def resourceType(self):  # noqa: N802
        return self.resource

    def navigationType(self):  # noqa: N802
        return self.navigation

    def block(self, on):
        self.blocked = on

    def redirect(self, url):
        self.redirected = url.toString()


def test_the_interceptor_only_adapts_the_policy(qtbot):
    main = QWebEngineUrlRequestInfo.ResourceType.ResourceTypeMainFrame
    typed = QWebEngineUrlRequestInfo.NavigationType.NavigationTypeTyped
    interceptor = RequestFilter(Allowlist(("caf.fr",)))
    reported = []
    interceptor.navigation_blocked.connect(reported.append)
    cases = {
        "image elsewhere": FakeInfo("https://tracker.example/p.gif"),
        "official image": FakeInfo("https://www.caf.fr/logo.png"),
        "http official": FakeInfo("http://www.caf.fr/page?x=1", main),
        "page elsewhere": FakeInfo("https://www.example.org/dossier?nir=1850578006084", main),
        "kiosk notice": FakeInfo("data:text/html,<p>notice</p>", main, typed),
        "site data page": FakeInfo("data:text/html,<p>phishing</p>", main),
        "punycode": FakeInfo("https://xn--cf-7lc.fr/", main),
    }
    for info in cases.values():
        interceptor.interceptRequest(info)
    assert {name for name, info in cases.items() if info.blocked} == {
        "image elsewhere", "page elsewhere", "site data page", "punycode"}
    assert cases["http official"].redirected == "https://www.caf.fr/page?x=1"
    assert cases["official image"].redirected is None
    assert reported == ["example.org", "", "xn--cf-7lc.fr"]   # domains only; data: has none
    assert interceptor.blocked == 4


def test_notice_pages_follow_the_visitor_language_and_direction():
    notice = blocked.Notice("عنوان", ("سطر",), qr_caption="QR", qr_url="https://example.org/a?b=<c>",
                            address="https://example.org/a?b=<c>")
    page = blocked.render(notice, "ar", right_to_left=True)
    assert '<html lang="ar" dir="rtl">' in page
    assert "<c>" not in page and "&lt;c&gt;" in page           # escaped
    assert 'src="data:image/png;base64,' in page
    assert blocked.qr_payload("https://example.org/" + "x" * 2000 + "?q=1") == "https://example.org/"
    long_query = "https://example.org/path?" + "q" * 2000
    assert blocked.qr_payload(long_query) == "https://example.org/path"


def test_notice_words_are_in_the_interface_language(qtbot, panel):
    panel.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    previous = QLocale()
    QLocale.setDefault(QLocale("ar"))
    try:
        panel._show_notice("offline")
        page = panel._notice_view.page()
        qtbot.waitUntil(lambda: page.url().scheme() == "data" and not page.isLoading(), timeout=10_000)
        assert js(qtbot, page, "document.documentElement.lang + ' ' + document.dir") == "ar rtl"
    finally:
        QLocale.setDefault(previous)
        panel.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_qtwebengine_is_not_loaded_by_the_rest_of_the_kiosk():
    code = textwrap.dedent("""
        import sys
        import kiosk.app, kiosk.compose, kiosk.web.policy
        heavy = sorted(m for m in sys.modules if "WebEngine" in m)
        print(heavy)
        sys.exit(1 if heavy else 0)
    """)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=Path(__file__).parent.parent, check=False)
    assert done.returncode == 0, done.stdout + done.stderr


RESOLVER_SCRIPT = r"""
import os, sys, threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from kiosk.web.policy import Allowlist, chromium_flags
ALLOW = Allowlist((), test_hosts=("127.0.0.2",))
os.environ["QTWEBENGINE_CHROMIUM_FLAGS"] = chromium_flags(ALLOW)
hits = []
def serve(host, redirect_to=None):
    class H(BaseHTTPRequestHandler):
        def log_message(self, *a): pass
        def do_GET(self):
            hits.append((host, self.path))
            if self.path.startswith("/img"):
                self.send_response(302); self.send_header("Location", redirect_to + self.path)
                self.send_header("Content-Length", "0"); self.end_headers(); return
            images = b"".join(b"<img src='/img%d.png'>" % i for i in range(10))
            body = b"<html><body>" + images + b"</body></html>"
            self.send_response(200); self.send_header("Content-Length", str(len(body))); self.end_headers()
            try: self.wfile.write(body)
            except OSError: pass
    server = ThreadingHTTPServer((host, 0), H)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server.server_address[1]
other = serve("127.0.0.3")
official = serve("127.0.0.2", f"http://127.0.0.3:{other}")
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([])
from kiosk.web.panel import WebPanel
panel = WebPanel(ALLOW)
panel.resize(800, 600); panel.show()
loads = []
def again():
    if len(loads) == 5:
        panel.wipe(); app.quit(); return
    loads.append(1)
    panel.open(f"http://127.0.0.2:{official}/?{len(loads)}")
    QTimer.singleShot(600, again)
again()
QTimer.singleShot(20000, app.quit)
app.exec()
print("OTHER", [h for h in hits if h[0] == "127.0.0.3"])
print("IMAGES", sum(1 for h in hits if h[0] == "127.0.0.2" and h[1].startswith("/img")))
"""


def test_resolver_rules_keep_redirected_images_off_other_hosts(tmp_path):
    """With the rules the kiosk sets at start-up, even a sub-resource redirect, which Qt follows
    before asking the interceptor, cannot reach a host off the allowlist."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", RESOLVER_SCRIPT], capture_output=True, text=True,
                          cwd=Path(__file__).parent.parent, env=env, timeout=60, check=False)
    lines = dict(line.split(" ", 1) for line in done.stdout.splitlines() if " " in line)
    assert lines.get("OTHER") == "[]", done.stdout + done.stderr[-2000:]
    assert int(lines["IMAGES"]) >= 40, done.stdout         # the redirects did happen


def test_tree_memory_counts_child_processes():
    from kiosk.web.measure import process_tree, tree_memory
    child = subprocess.Popen([sys.executable, "-c", "import sys; sys.stdin.read()"], stdin=subprocess.PIPE)
    try:
        assert child.pid in process_tree()
        memory = tree_memory()
        assert memory["processes"] >= 2 and memory["rss_mib"] > 10
    finally:
        child.communicate(b"")
