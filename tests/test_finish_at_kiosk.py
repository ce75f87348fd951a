"""Finishing at the kiosk with nothing but yourself: scan, send, read the e-mailed code, print.

Real parts all the way: SANE's ``test`` backend scans, loopback HTTP servers play the official
site (on 127.0.0.2) and the visitor's webmail (on 127.0.0.4), QtWebEngine shows them, the real
CUPS prints to the cups-pdf queue. The visitor's actions go through the buttons they see.
"""
from __future__ import annotations

import email.parser
import re
import email.policy
import shutil
import subprocess
import tempfile
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer

import test_web_panel as web          # its loopback servers and Chromium's name mapping
from conftest import make_kiosk
from driver import click, find_button, start, visible_texts
from kiosk.config import ScannerSettings, Webmail

pytestmark = pytest.mark.skipif(shutil.which("scanimage") is None, reason="sane-utils is not installed")

UPLOAD_FORM = web.html("""<h1>Envoyer vos justificatifs</h1>
    <form id="form" method="post" enctype="multipart/form-data" action="/received">
    <input id="piece" type="file" name="piece" accept="application/pdf">
    <input id="photo" type="file" name="photo" accept="image/jpeg">
    <button id="send" type="submit">Envoyer</button></form>""")
RECEIPT = web.html("""<h1>Recepisse de votre demande</h1><p>Demande RSA numero 4815162342</p>
    <button id="print" onclick="window.print()">Imprimer</button>""")


@pytest.fixture
def sites():
    other = web.Site(web.OTHER, web.OTHER_IP, {"/": web.html("autre")})
    official = web.Site(web.OFFICIAL, web.OFFICIAL_IP, {
        "/upload": UPLOAD_FORM, "/received": web.html("<h1>Bien recu</h1>"), "/receipt": RECEIPT,
        "/form": web.html("<h1>Code</h1><input id='code' name='code'>"),
        "/activate": web.html("<h1>Compte active</h1>"),
        "/set-cookie": (200, [("Set-Cookie", "caf=alice; Path=/")], b"<h1>ok</h1>"),
        "/echo": web.html("<h1>echo</h1>")})
    mail = web.Site(web.WEBMAIL, web.WEBMAIL_IP, {})
    mail.routes.update({
        "/": (200, [("Set-Cookie", "mailbox=alice; Path=/"), ("Content-Type", "text/html")],
              f"<h1>Votre code CAF : 482913</h1><a id='activate' href='{official.url('/activate')}'>"
              "Activer</a><a id='google' href='/v3/signin/rejected'>Google</a>".encode()),
        "/v3/signin/rejected": web.html("<h1>This browser or app may not be secure</h1>"),
        "/echo": web.html("<h1>echo</h1>")})
    yield official, mail, other
    for site in (official, mail, other):
        site.close()
    assert other.requests == [], "the site off the allowlist received a request"


@pytest.fixture
def kiosk(qtbot, config, monkeypatch, sites):
    allow = web.Allowlist(("caf.fr",), test_hosts=(web.OFFICIAL, web.OFFICIAL_IP, web.WEBMAIL))
    monkeypatch.setattr(web.Allowlist, "of", classmethod(
        lambda cls, given: given if isinstance(given, cls) else allow))   # the site file's list
    mail = Webmail("Messagerie test", sites[1].url("/"), (web.WEBMAIL,),
                   refused=(f"{web.WEBMAIL}/v3/signin/rejected*",))
    cfg = replace(config, scanner=ScannerSettings(device="test", resolution=100, timeout_s=20,
                                                  options=("--test-picture", "Color pattern")),
                  printing=replace(config.printing, printer="PDF"), webmail=(mail,))
    k = make_kiosk(qtbot, cfg)
    recorded, count = [], k.services.stats.record
    k.services.stats.record = lambda event, **fields: recorded.append(event) or count(event, **fields)
    k.recorded = recorded
    start(qtbot, k)
    click(qtbot, k.window, "Démarches de test")
    click(qtbot, k.window, "Guide de démonstration")
    click(qtbot, k.window, "Oui")
    click(qtbot, k.window, "Suivant")
    assert k.desk.journey.screen.id == "ouvrir"
    return k


def scan_page(qtbot, k, then: str) -> None:
    """« Scanner », wait for the preview, then the button ``then`` (a name, or « Page suivante… »)."""
    w = k.window
    with qtbot.waitSignal(k.services.scanner.scanned, timeout=20_000):
        click(qtbot, w, "Scanner")
    assert "Voici votre page" in visible_texts(w)
    click(qtbot, w, then)


def pdfinfo(path: Path) -> str:
    return subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True).stdout


def answer_in_chooser(qtbot, w, *buttons: str) -> list:
    """The page waits in chooseFiles, inside the chooser's own event loop: act from a timer."""
    done = []

    def act():
        if w.documents.isVisible() and w.documents.mode == "choose" and not done:
            for text in buttons:
                click(qtbot, w.documents, text)
            done.append(True)
    robot = QTimer(w, interval=50)           # the window keeps it alive
    robot.timeout.connect(act)
    robot.start()
    return done


def try_to_send(qtbot, w, panel, input_id: str) -> list:
    """Touch a file input, then in the chooser « Envoyer ce document » and « Annuler »:
    [the chooser's texts, the problem it said]."""
    seen = []

    def act():
        if w.documents.isVisible() and not seen:
            seen.append(visible_texts(w.documents))
            click(qtbot, w.documents, "Envoyer ce document")
            seen.append(w.documents.problem.text())
            click(qtbot, w.documents, "Annuler")
    robot = QTimer(w, interval=50)
    robot.timeout.connect(act)
    robot.start()
    web.touch(qtbot, panel, input_id)
    qtbot.waitUntil(lambda: len(seen) == 2 and not w.documents.isVisible(), timeout=10_000)
    robot.stop()
    return seen


def test_scan_two_pages_combine_choose_and_the_site_receives_exactly_that_pdf(qtbot, kiosk, sites):
    official = sites[0]
    w = kiosk.window
    click(qtbot, w, "Scanner un papier")
    scan_page(qtbot, kiosk, "Pièce d'identité")
    assert "La page est dans « Mes documents » : « Pièce d'identité », page 1." in visible_texts(w)
    scan_page(qtbot, kiosk, "Autre papier")
    click(qtbot, w, "Voir mes documents")
    assert [d.name for d in kiosk.services.tray.documents] == ["Pièce d'identité", "Autre papier"]
    click(qtbot, w, "Avec le document d'avant")                # recto and verso: one document
    tray = kiosk.services.tray
    assert len(tray.documents) == 1 and len(tray.documents[0].pages) == 2
    click(qtbot, w, "Fermer")
    assert "Mes documents (1)" in visible_texts(w)

    click(qtbot, w, "Ouvrir le site caf.fr")
    panel = w.site.panel.official
    web.load(qtbot, panel, official.url("/upload"))
    done = answer_in_chooser(qtbot, w, "Envoyer ce document")
    web.touch(qtbot, panel, "piece")
    qtbot.waitUntil(lambda: bool(done) and not w.documents.isVisible(), timeout=10_000)
    qtbot.waitUntil(lambda: web.js(qtbot, web.site_page(panel),
                                   "document.getElementById('piece').files.length") == 1, timeout=5000)
    assert web.js(qtbot, web.site_page(panel), "document.getElementById('piece').files[0].name") \
        == "piece-d-identite.pdf"
    sent_file = next((tray.folder / "envoi").rglob("*.pdf"))
    expected = sent_file.read_bytes()
    web.js(qtbot, web.site_page(panel), "document.getElementById('form').submit(); true")
    qtbot.waitUntil(lambda: any(p[0] == "/received" for p in official.posts), timeout=10_000)
    path, content_type, body = next(p for p in official.posts if p[0] == "/received")
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
        f"Content-Type: {content_type}\r\n\r\n".encode() + body)
    parts = {part.get_param("name", header="content-disposition"): part for part in message.iter_parts()}
    assert parts["piece"].get_filename() == "piece-d-identite.pdf"
    assert parts["piece"].get_payload(decode=True) == expected          # exactly those bytes
    info = subprocess.run(["pdfinfo", "-"], input=expected, capture_output=True, check=True).stdout
    assert b"Pages:" in info and b" 2\n" in info.split(b"Pages:")[1][:20]
    assert parts["photo"].get_payload(decode=True) == b""               # nothing chosen there
    assert kiosk.recorded.count("page_scanned") == 2 and kiosk.recorded.count("document_sent") == 1

    click(qtbot, w, "Mon résumé")
    assert "✓ Pièce d'identité" in visible_texts(w)                     # the summary says it was sent
    folder = tray.folder
    with qtbot.waitSignal(kiosk.desk.wiped):
        kiosk.desk.wipe("finished")
    assert not folder.exists() and tray.documents == [] and tray.sent == []


def test_the_chooser_offers_only_the_visitors_documents_and_says_why_not(qtbot, kiosk, sites):
    official = sites[0]
    w = kiosk.window
    click(qtbot, w, "Scanner un papier")
    scan_page(qtbot, kiosk, "Pièce d'identité")
    scan_page(qtbot, kiosk, "Page suivante de « Pièce d'identité »")     # a 2-page document
    click(qtbot, w, "Fermer")
    click(qtbot, w, "Ouvrir le site caf.fr")
    panel = w.site.panel.official
    web.load(qtbot, panel, official.url("/upload"))
    seen = try_to_send(qtbot, w, panel, "photo")                        # accept="image/jpeg"
    texts = seen[0]
    assert "Choisir un document à envoyer" in texts and "Pièce d'identité" in texts
    assert "Ce site accepte une image d'une seule page." in " ".join(texts)
    assert seen[1].startswith("Ce site demande une image d'une seule page")
    assert web.js(qtbot, web.site_page(panel), "document.getElementById('photo').files.length") == 0


@pytest.mark.logs_problems
def test_a_chooser_answer_outside_the_documents_never_reaches_the_page(qtbot, kiosk, sites, tmp_path):
    """Whatever the chooser says, the page only gets files of the session's own outbox."""
    official = sites[0]
    w = kiosk.window
    secret = tmp_path / "previous-visitor.pdf"
    secret.write_bytes(b"%PDF-1.4 someone else")
    outside = w.site.chooser.folder / ".." / ".." / secret.name
    link = w.site.chooser.folder / "link.pdf"
    link.symlink_to(secret)
    asked = []
    w.site.chooser.choose = lambda multiple, accepted, host: asked.append(host) or [
        str(secret), str(outside), str(link), "/etc/passwd"]
    click(qtbot, w, "Ouvrir le site caf.fr")
    panel = w.site.panel.official
    web.load(qtbot, panel, official.url("/upload"))
    web.touch(qtbot, panel, "piece")
    qtbot.waitUntil(lambda: bool(asked), timeout=10_000)
    assert asked == [web.OFFICIAL]
    web.js(qtbot, web.site_page(panel), "true")
    assert web.js(qtbot, web.site_page(panel), "document.getElementById('piece').files.length") == 0


def test_a_file_too_big_for_the_site_is_explained(qtbot, kiosk, sites, monkeypatch):
    official = sites[0]
    w = kiosk.window
    monkeypatch.setattr(w.site.chooser, "limit", lambda host: 1500 if host == web.OFFICIAL else 0)
    click(qtbot, w, "Scanner un papier")
    scan_page(qtbot, kiosk, "RIB")
    click(qtbot, w, "Fermer")
    click(qtbot, w, "Ouvrir le site caf.fr")
    panel = w.site.panel.official
    web.load(qtbot, panel, official.url("/upload"))
    assert try_to_send(qtbot, w, panel, "piece")[1] == ("Ce document est trop lourd pour ce site, "
                                                         "même réduit. Enlevez des pages, ou "
                                                         "demandez à un médiateur.")


@pytest.mark.logs_problems
def test_no_scanner_on_this_post_and_a_scan_that_never_ends(qtbot, kiosk):
    w = kiosk.window
    kiosk.services.scanner.settings = ScannerSettings(
        device="test", resolution=600, timeout_s=5,
        options=("-x", "200", "-y", "200", "--read-delay=yes", "--read-delay-duration", "200000"))
    click(qtbot, w, "Scanner un papier")
    scan_page_texts = visible_texts(w)
    assert "Scanner un papier" in scan_page_texts
    with qtbot.waitSignal(kiosk.services.scanner.failed, timeout=15_000):
        click(qtbot, w, "Scanner")
        assert "Scan en cours…" in visible_texts(w)
    texts = visible_texts(w)
    assert "Le scan n'a pas abouti : le scanner ne répond plus. Demandez à un médiateur." in texts
    assert "J'ai besoin d'aide" in texts
    click(qtbot, w, "J'ai besoin d'aide")
    assert "Un médiateur va venir vous aider" in visible_texts(w)
    assert "scan_failed" in kiosk.recorded and "help_called" in kiosk.recorded


def test_a_post_without_a_scanner_offers_no_scan(qtbot, config):
    k = make_kiosk(qtbot, config)                    # the default site file: no scanner
    start(qtbot, k)
    click(qtbot, k.window, "Démarches de test")
    click(qtbot, k.window, "Guide de démonstration")
    click(qtbot, k.window, "Oui")
    click(qtbot, k.window, "Suivant")
    texts = visible_texts(k.window)
    assert "Mes documents (0)" in texts and "Scanner un papier" not in texts
    click(qtbot, k.window, "Mes documents (0)")
    assert any("Ce poste n'a pas de scanner" in t for t in visible_texts(k.window))


def test_the_webmail_opens_beside_and_the_official_form_keeps_its_state(qtbot, kiosk, sites):
    official, mail, _other = sites
    w = kiosk.window
    click(qtbot, w, "Ouvrir le site caf.fr")
    tabs = w.site.panel
    web.load(qtbot, tabs.official, official.url("/set-cookie"))
    web.load(qtbot, tabs.official, official.url("/form"))
    web.js(qtbot, web.site_page(tabs.official), "document.getElementById('code').value = '48'; true")
    click(qtbot, w, "Ma messagerie")                 # one provider in this site file: it opens
    qtbot.waitUntil(lambda: tabs.mail is not None and not web.site_page(tabs.mail).isLoading()
                    and web.site_page(tabs.mail).url().path() == "/", timeout=10_000)
    assert tabs.current() is tabs.mail and "Ma messagerie : Messagerie test" in visible_texts(w)
    assert "webmail_opened" in kiosk.recorded
    forms_loaded = [r for r in official.requests if r[0] == "/form"]
    click(qtbot, w, "Site officiel")
    assert tabs.current() is tabs.official
    assert web.js(qtbot, web.site_page(tabs.official), "document.getElementById('code').value") == "48"
    assert [r for r in official.requests if r[0] == "/form"] == forms_loaded   # not reloaded

    click(qtbot, w, "Ma messagerie : Messagerie test")
    web.click(qtbot, tabs.mail, "activate")         # the e-mail's link to the official site
    qtbot.waitUntil(lambda: tabs.current() is tabs.official and
                    web.site_page(tabs.official).url().path() == "/activate", timeout=10_000)
    assert not [r for r in mail.requests if r[0] == "/activate"]

    click(qtbot, w, "Ma messagerie : Messagerie test")
    web.click(qtbot, tabs.mail, "google")           # a provider refusing the embedded browser
    assert "Ce service refuse la borne" in web.notice_text(qtbot, tabs.mail)
    assert not [r for r in mail.requests if "rejected" in r[0]]

    profile = tabs.visitor
    with qtbot.waitSignal(kiosk.desk.wiped):
        kiosk.desk.wipe("finished")
    assert tabs.visitor is None and tabs.mail is None
    start(qtbot, kiosk)                              # the next visitor
    kiosk.desk.open_guide("demo")
    kiosk.desk.answer("oui")
    kiosk.desk.next()
    click(qtbot, w, "Ouvrir le site caf.fr")
    assert w.site.panel.visitor is not profile
    web.load(qtbot, w.site.panel.official, official.url("/echo"))
    assert official.last("/echo") == ("/echo", "")             # no cookie of the official site
    click(qtbot, w, "Ma messagerie")
    web.load(qtbot, w.site.panel.mail, mail.url("/echo"))
    assert mail.last("/echo") == ("/echo", "")                 # nor of the webmail


@pytest.mark.cups
def test_window_print_and_print_this_page_go_to_the_printer(qtbot, kiosk, sites):
    from test_printing import cups_pdf_folder
    official = sites[0]
    w = kiosk.window
    folder = cups_pdf_folder()
    before = set(folder.glob("*.pdf")) if folder.exists() else set()
    backend = kiosk.services.printer.backend
    submitted, real_print = [], backend.print_file

    def keep_a_copy(path, stop):         # what the kiosk hands to CUPS, read before CUPS has it
        submitted.append(subprocess.run(["pdftotext", str(path), "-"], capture_output=True).stdout)
        return real_print(path, stop)
    backend.print_file = keep_a_copy
    click(qtbot, w, "Ouvrir le site caf.fr")
    panel = w.site.panel.official
    web.load(qtbot, panel, official.url("/receipt"))
    with qtbot.waitSignal(kiosk.services.printer.finished, timeout=60_000) as printed:
        web.click(qtbot, panel, "print")              # the page's own window.print()
    assert printed.args[0] is True, printed.args
    assert "C'est imprimé. Prenez votre feuille à l'imprimante." in visible_texts(w)

    def written() -> list[Path]:
        return sorted(set(folder.glob("*.pdf")) - before) if folder.exists() else []
    assert b"Demande RSA numero 4815162342" in submitted[0]
    assert b"Recepisse de votre demande" in submitted[0]
    # cups-pdf re-renders through Ghostscript, whose Type 3 fonts pdftotext cannot read back:
    # the queue's output is checked for being there, one page.
    qtbot.waitUntil(lambda: bool(written()), timeout=15_000)
    qtbot.waitUntil(lambda: "Pages:" in pdfinfo(written()[0]), timeout=15_000)
    assert re.search(r"^Pages:\s+1$", pdfinfo(written()[0]), re.M)
    with qtbot.waitSignal(kiosk.services.printer.finished, timeout=60_000) as printed:
        click(qtbot, w, "Imprimer cette page")
    assert printed.args[0] is True
    assert kiosk.recorded.count("site_page_printed") == 2 and "printed" not in kiosk.recorded
    for output in written():
        output.unlink()
    assert not list(Path(tempfile.gettempdir()).glob("pas-a-pas-print-*"))   # deleted after the job


@pytest.mark.cups
def test_nothing_of_the_scans_uploads_and_prints_survives_the_wipe(qtbot, kiosk, sites, tmp_path,
                                                                  monkeypatch):
    """The privacy audit of « Mes documents »: scan, combine, upload, print the site's page,
    wipe; then look in memory folders, temporary folders, the data folder and the web profile."""
    import gc
    import weakref
    from kiosk import paths
    from kiosk.session.documents import memory_folder
    official = sites[0]
    w = kiosk.window
    tray = kiosk.services.tray

    def ours(folder: Path) -> set[str]:
        return {p.name for p in folder.iterdir() if p.name.startswith(("pas-a-pas-", "pasapas-"))}
    # Folders of this test's own: other processes' kiosks (tests run side by side) stay out.
    for name in ("memory", "tmp"):
        (tmp_path / name).mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path / "memory"))
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))
    places = {memory_folder(), Path(tempfile.gettempdir())}
    assert places == {tmp_path / "memory", tmp_path / "tmp"}
    before = {place: ours(place) for place in places}
    started_data = {p for p in paths.data_dir().rglob("*") if p.is_file()}

    click(qtbot, w, "Scanner un papier")
    scan_page(qtbot, kiosk, "Pièce d'identité")
    scan_page(qtbot, kiosk, "Page suivante de « Pièce d'identité »")
    click(qtbot, w, "Fermer")
    page_bytes = tray.documents[0].pages[0].read_bytes()
    click(qtbot, w, "Ouvrir le site caf.fr")
    tabs = w.site.panel
    web.load(qtbot, tabs.official, official.url("/upload"))
    done = answer_in_chooser(qtbot, w, "Envoyer ce document")
    web.touch(qtbot, tabs.official, "piece")
    qtbot.waitUntil(lambda: bool(done) and not w.documents.isVisible(), timeout=10_000)
    qtbot.waitUntil(lambda: web.js(qtbot, web.site_page(tabs.official),
                                   "document.getElementById('piece').files.length") == 1, timeout=5000)
    web.load(qtbot, tabs.official, official.url("/receipt"))
    with qtbot.waitSignal(kiosk.services.printer.finished, timeout=60_000):
        click(qtbot, w, "Imprimer cette page")
    click(qtbot, w, "Ma messagerie")
    qtbot.waitUntil(lambda: tabs.mail is not None and not web.site_page(tabs.mail).isLoading(),
                    timeout=10_000)
    folder = tray.folder
    assert folder.parent == memory_folder()
    profile = weakref.ref(tabs.visitor.profile)
    with qtbot.waitSignal(kiosk.desk.wiped):
        click(qtbot, w, "Terminer et effacer")
        click(qtbot, w, "Oui, tout effacer")
    from PySide6.QtCore import QCoreApplication, QEvent
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()

    assert tray.documents == [] and tray.sent == [] and tray._folder is None
    for place in places:
        assert ours(place) <= before[place], place                 # no scan, PDF or print file
    for path in {p for p in paths.data_dir().rglob("*") if p.is_file()} - started_data | started_data:
        data = path.read_bytes()
        assert page_bytes[:4096] not in data and b"piece-d-identite" not in data, path
    assert profile() is None or not __import__("shiboken6").isValid(profile())
    assert w.scan.image is None and w.scan.preview.pixmap().isNull()     # no picture kept on screen
    assert not folder.exists()
