"""What leaves the machine from the site panel, measured on loopback in a fresh QtWebEngine
process with the flags the kiosk sets at start-up (they are process-wide).

- WebRTC: a page asks for a STUN server on a loopback UDP port; no packet may arrive.
- The centre's HTTP proxy: an official page behind it redirects its images to another host
  (Qt follows a sub-resource redirect before it asks the interceptor); the proxy must never be
  asked for that host.
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

WEBRTC_SCRIPT = r"""
import os, socket, threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from kiosk.web.policy import Allowlist, chromium_flags
ALLOW = Allowlist((), test_hosts=("127.0.0.2",))
os.environ["QTWEBENGINE_CHROMIUM_FLAGS"] = chromium_flags(ALLOW)
udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
udp.bind(("127.0.0.3", 0))
packets = []
def listen():
    while True:
        try:
            packets.append(udp.recvfrom(2048)[1])
        except OSError:
            return
threading.Thread(target=listen, daemon=True).start()
PAGE = (b"<html><body><script>"
        b"const pc = new RTCPeerConnection({iceServers: [{urls: 'stun:127.0.0.3:%d'}]});"
        b"pc.onicecandidate = e => { if (!e.candidate) document.title = 'gathered'; };"
        b"pc.createDataChannel('x'); pc.createOffer().then(o => pc.setLocalDescription(o));"
        b"document.title = 'asked';"
        b"</script></body></html>") % udp.getsockname()[1]
class H(BaseHTTPRequestHandler):
    def log_message(self, *a): pass
    def do_GET(self):
        self.send_response(200); self.send_header("Content-Length", str(len(PAGE))); self.end_headers()
        self.wfile.write(PAGE)
server = ThreadingHTTPServer(("127.0.0.2", 0), H)
threading.Thread(target=server.serve_forever, daemon=True).start()
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([])
from kiosk.web.panel import WebPanel
panel = WebPanel(ALLOW)
panel.resize(800, 600); panel.show()
titles = []
def watch():
    page = panel._top().page()
    page.titleChanged.connect(titles.append)
panel.open(f"http://127.0.0.2:{server.server_address[1]}/")
watch()
def end():
    panel.wipe(); app.quit()
QTimer.singleShot(4000, end)          # ICE gathering with a STUN server takes a few seconds
app.exec()
print("TITLES", titles)
print("UDP", len(packets))
"""

PROXY_SCRIPT = r"""
import os, threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit
from kiosk.web.policy import Allowlist, chromium_flags
ALLOW = Allowlist(("caf.fr",), test_hosts=("official.test",))
asked = []
class Proxy(BaseHTTPRequestHandler):
    def log_message(self, *a): pass
    def do_GET(self):
        url = urlsplit(self.path)
        asked.append((url.hostname, url.path))
        if url.hostname == "official.test" and url.path.startswith("/img"):
            self.send_response(302); self.send_header("Location", "http://other.test" + url.path)
            self.send_header("Content-Length", "0"); self.end_headers(); return
        body = (b"<html><body>" + b"".join(b"<img src='/img%d.png'>" % i for i in range(10))
                + b"</body></html>") if url.path == "/" else b"x"
        self.send_response(200); self.send_header("Content-Length", str(len(body))); self.end_headers()
        self.wfile.write(body)
proxy = ThreadingHTTPServer(("127.0.0.4", 0), Proxy)
threading.Thread(target=proxy.serve_forever, daemon=True).start()
os.environ["QTWEBENGINE_CHROMIUM_FLAGS"] = chromium_flags(ALLOW, proxy=f"127.0.0.4:{proxy.server_address[1]}")
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([])
from kiosk.web.panel import WebPanel
panel = WebPanel(ALLOW)
panel.resize(800, 600); panel.show()
loads = []
def again():
    if len(loads) == 3:
        panel.wipe(); app.quit(); return
    loads.append(1)
    panel.open(f"http://official.test/?{len(loads)}")
    QTimer.singleShot(1000, again)
again()
QTimer.singleShot(20000, app.quit)
app.exec()
print("OTHER", sorted({a for a in asked if a[0] != "official.test"}))
print("IMAGES", sum(1 for a in asked if a[0] == "official.test" and a[1].startswith("/img")))
"""


def run(script: str) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT,
                          env=env, timeout=90, check=False)
    lines = dict(line.split(" ", 1) for line in done.stdout.splitlines() if " " in line)
    lines["_output"] = done.stdout + done.stderr[-2000:]
    return lines


def test_webrtc_sends_no_udp_from_an_official_page():
    lines = run(WEBRTC_SCRIPT)
    assert "'asked'" in lines.get("TITLES", ""), lines["_output"]     # the page did ask
    assert lines.get("UDP") == "0", lines["_output"]


def test_through_the_centres_proxy_redirected_images_stay_off_other_hosts():
    lines = run(PROXY_SCRIPT)
    assert lines.get("OTHER") == "[]", lines["_output"]
    assert int(lines["IMAGES"]) >= 20, lines["_output"]                # the page went through it
