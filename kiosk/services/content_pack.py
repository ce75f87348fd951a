"""Content updates: a signed pack fetched from the site's URL, checked, then switched to atomically.

A pack is a .zip or .tar(.gz) of a content folder — ``content.toml`` (and its translations
``content.en.toml``…), ``guides/*.toml``, optionally recorded voices
(``guides/recordings/<language>/<guide>/…``) and ``pictograms/*.svg|png`` — with a detached
Ed25519 signature of its exact bytes beside it (``URL.sig``, base64). The kiosk verifies the
signature against the site's public key *before* reading the archive, unpacks only those paths
(no traversal, no absolute paths, no links, size and count limits) into
``data_dir()/content/<version>``, runs the content check, and only then rewrites the ``current``
pointer (os.replace). The window applies it at the next welcome screen. The previous pack is kept
for ``rollback()``. Anything wrong: the pack is refused with a logged reason and nothing changes.
"""
from __future__ import annotations

import base64
import io
import logging
import os
import re
import shutil
import stat
import tarfile
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QObject, Signal

from kiosk import paths
from kiosk.services.handoff import write_atomically
from kiosk.services.http_worker import HttpWorker
from kiosk.services.pack_key import parse_public_key

log = logging.getLogger(__name__)

MEMBER = re.compile(r"content(\.[a-z]{2,3})?\.toml|guides/[a-z0-9][a-z0-9.-]*\.toml"
                    r"|guides/recordings/[a-z]{2,3}/[a-z0-9][a-z0-9-]*/"
                    r"([a-z0-9][a-z0-9-]*\.(ogg|opus|mp3|wav|m4a|flac)|recordings\.toml)"
                    r"|pictograms/[a-z0-9][a-z0-9_.-]*\.(svg|png)|(pictograms/)?LICENSE\.md")
VERSION = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")
POINTER = "current"
MAX_FILES = 2000


class PackRefused(Exception):
    """The pack cannot be used; ``str()`` says why (logged, shown in the mediator panel)."""


@dataclass(frozen=True)
class Installed:
    version: str
    changed: bool            # False: this version was already in use (or was rolled back)


def verify(pack: bytes, signature: bytes, public_key: str) -> None:
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
    try:
        raw_sig = base64.b64decode(signature.strip(), validate=True)
    except ValueError:
        raw_sig = b""
    if len(raw_sig) != 64:
        raise PackRefused("the signature file is not an Ed25519 signature")
    try:
        Ed25519PublicKey.from_public_bytes(parse_public_key(public_key)).verify(raw_sig, pack)
    except ValueError as exc:
        raise PackRefused(f"the site's public key cannot be used: {exc}") from None
    except InvalidSignature:
        raise PackRefused("the signature does not match: the pack was changed, cut short or "
                          "signed with another key") from None


def member_path(name: str) -> str:
    """The safe relative path of an archive member, or PackRefused."""
    if "\\" in name or ":" in name or "\0" in name or name.startswith("/"):
        raise PackRefused(f"unsafe path in the pack: {name!r}")
    parts = [p for p in name.split("/") if p not in ("", ".")]
    if ".." in parts:
        raise PackRefused(f"unsafe path in the pack: {name!r}")
    return "/".join(parts)


def read_members(pack: bytes, max_total: int) -> dict[str, bytes]:
    """Every allowed file of a zip or tar pack, in memory, or PackRefused; links are refused."""
    members: dict[str, bytes] = {}
    total = 0
    entries = 0

    def count(name: str) -> None:
        """Every entry counts against the limit, folders too: a million of them is an attack."""
        nonlocal entries
        entries += 1
        if entries > MAX_FILES:
            raise PackRefused(f"too many entries in the pack (more than {MAX_FILES})")
        member_path(name)

    def add(name: str, read: Callable[[], bytes]) -> None:
        nonlocal total
        rel = member_path(name)
        if not MEMBER.fullmatch(rel):
            raise PackRefused(f"unexpected file in the pack: {rel!r}")
        if rel in members or len(members) >= MAX_FILES:
            raise PackRefused(f"file twice in the pack, or too many files: {rel!r}")
        data = read()
        total += len(data)
        if total > max_total:
            raise PackRefused("the unpacked content is too large")
        members[rel] = data

    try:
        if zipfile.is_zipfile(io.BytesIO(pack)):
            with zipfile.ZipFile(io.BytesIO(pack)) as archive:
                for info in archive.infolist():
                    count(info.filename)
                    if stat.S_ISLNK(info.external_attr >> 16):
                        raise PackRefused(f"a link in the pack: {info.filename!r}")
                    if not info.is_dir():
                        add(info.filename, lambda: archive.open(info).read(max_total + 1))
        else:
            with tarfile.open(fileobj=io.BytesIO(pack), mode="r:*") as archive:
                for entry in archive:
                    count(entry.name)
                    if entry.isdir():
                        continue
                    if not entry.isreg():
                        raise PackRefused(f"a link or special file in the pack: {entry.name!r}")
                    add(entry.name, lambda: archive.extractfile(entry).read(max_total + 1))
    except (zipfile.BadZipFile, tarfile.TarError, EOFError, OSError, ValueError, RuntimeError,
            NotImplementedError) as exc:
        raise PackRefused(f"the pack cannot be read ({type(exc).__name__})") from None
    if "content.toml" not in members:
        raise PackRefused("the pack has no content.toml")
    return members


def fetch(url: str, timeout_s: float, max_bytes: int, total_s: float | None = None) -> tuple[bytes, bytes]:
    """The pack and its signature (``url`` + ".sig"), or PackRefused.

    ``timeout_s`` bounds each wait for the server; the whole fetch ends after ``total_s``
    (ten times ``timeout_s`` unless given) whatever the server does (``kiosk.services.deadline``).
    Redirects may not leave https.
    """
    import requests

    from kiosk.services.deadline import Deadline, session
    from kiosk.services.http_worker import endpoint_problem

    with Deadline(total_s or 10 * timeout_s) as deadline, session() as http:
        def get(address: str, limit: int, what: str) -> bytes:
            try:
                with http.get(address, timeout=timeout_s, stream=True) as answer:
                    if endpoint_problem(answer.url):
                        raise PackRefused(f"{what}: redirected to an address that is not https")
                    if answer.status_code != 200:
                        raise PackRefused(f"{what}: HTTP {answer.status_code}")
                    data = bytearray()
                    for chunk in answer.iter_content(65536):
                        data += chunk
                        if len(data) > limit:
                            raise PackRefused(f"{what}: larger than {limit} bytes")
                    return bytes(data)
            except PackRefused:
                raise
            except Exception as exc:       # noqa: BLE001 - a cut socket may raise anything
                if not deadline.passed and not isinstance(exc, requests.RequestException):
                    raise
                why = "Deadline" if deadline.passed else type(exc).__name__
                raise PackRefused(f"{what}: {why}") from None

        pack = get(url, max_bytes, "the pack")
        return pack, get(url + ".sig", 1024, "unsigned pack, no signature")


class ContentStore:
    """The installed packs in ``data_dir()/content``: <version>/ folders and the ``current`` pointer.

    The pointer holds three lines: the version in use, the previous one (for rollback), and a
    version that was rolled back (not installed again until a newer one comes).
    """

    def __init__(self, root: Path | None = None, shipped: Path | None = None):
        self.root = root or paths.data_dir() / "content"
        self.shipped = shipped or paths.content()   # the content that came with the kiosk
        self.in_use: Path | None = None       # the folder the window shows: never pruned

    def _pointer(self) -> list[str]:
        try:
            lines = (self.root / POINTER).read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError):
            lines = []
        return [(lines[i].strip() if i < len(lines) else "") for i in range(3)]

    def _point(self, current: str, previous: str, skipped: str) -> None:
        self.root.mkdir(parents=True, exist_ok=True)
        write_atomically(self.root / POINTER, f"{current}\n{previous}\n{skipped}\n".encode())

    def current(self) -> str:
        return self._pointer()[0]

    def previous(self) -> str:
        return self._pointer()[1]

    def current_folder(self) -> Path | None:
        """The installed pack in use, or None (then the content shipped with the kiosk)."""
        version = self.current()
        folder = self.root / version
        return folder if version and (folder / "content.toml").is_file() else None

    def folder(self) -> Path:
        """What the window should load: PASAPAS_CONTENT_DIR, else the installed pack, else the shipped one."""
        if os.environ.get("PASAPAS_CONTENT_DIR"):
            return paths.content()
        return self.current_folder() or self.shipped

    def install(self, pack: bytes, signature: bytes, public_key: str, allowlist: tuple[str, ...],
                languages: tuple[str, ...], max_total: int = 200 * 2**20) -> Installed:
        """Verify, unpack, check and switch; PackRefused leaves everything as it was."""
        from kiosk.guides.check import check_content
        from kiosk.guides.content import load_content
        from kiosk.schema import DataError

        verify(pack, signature, public_key)
        members = read_members(pack, max_total)
        self.root.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=".incoming-", dir=self.root))
        try:
            for rel, data in members.items():
                target = staging / rel
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(data)
            try:
                content = load_content(staging / "content.toml")[0]
            except DataError as exc:
                raise PackRefused(f"content.toml: {exc.problems[0].message}") from None
            version = content.version
            current, previous, skipped = self._pointer()
            if not VERSION.fullmatch(version) or version == POINTER:
                raise PackRefused(f"the version {version!r} cannot name a folder")
            if version in (current, skipped):
                log.info("content pack %s: %s", version, "in use" if version == current else "rolled back")
                return Installed(version, False)
            in_use = self._in_use()
            if in_use is not None and version == in_use.version:
                log.info("content pack %s: shipped with the kiosk, in use", version)
                return Installed(version, False)
            if in_use is not None and content.date < in_use.date:
                raise PackRefused(f"the pack is older ({content.date}) than the content in use "
                                  f"({in_use.version} of {in_use.date})")
            if in_use is not None and content.date == in_use.date:
                raise PackRefused(f"the pack has the date of the content in use ({in_use.date}) but "
                                  f"another version ({version}, not {in_use.version}): a new "
                                  "version needs a new date")
            report = check_content(staging, allowlist, languages)
            if report.errors:
                raise PackRefused(f"the content check found {len(report.errors)} error(s), "
                                  f"first: {report.errors[0].replace(str(staging), '')}")
            final = self.root / version
            if final.exists():
                shutil.rmtree(final)
            staging.rename(final)
            self._point(version, current, "")
        except OSError as exc:
            raise PackRefused(f"the pack could not be written ({type(exc).__name__})") from None
        finally:
            shutil.rmtree(staging, ignore_errors=True)
        self._prune()
        log.info("content pack %s installed; shown from the next welcome screen", version)
        return Installed(version, True)

    def _in_use(self):
        """The content the kiosk shows without this pack: the installed one, else the shipped one
        (what the window has loaded when it says so); None when it cannot be read."""
        from kiosk.guides.content import load_content
        from kiosk.schema import DataError
        folder = self.current_folder() or self.in_use or self.folder()
        try:
            return load_content(folder / "content.toml")[0]
        except DataError:
            return None

    def rollback(self) -> str:
        """Back to the previous pack (or to the shipped content); returns its version or ""."""
        current, previous, _ = self._pointer()
        if not current:
            raise PackRefused("no installed pack to roll back")
        if previous and not (self.root / previous / "content.toml").is_file():
            raise PackRefused(f"the previous pack {previous} is no longer there")
        self._point(previous, current if previous else "", current)
        log.warning("content rolled back from %s to %s", current, previous or "the shipped content")
        return previous

    def _prune(self) -> None:
        """Only the current and previous packs stay (and the one on screen); so do no leftovers."""
        keep = {POINTER, *self._pointer()[:2]}
        for entry in self.root.iterdir():
            if entry.is_dir() and entry.name not in keep and entry != self.in_use:
                shutil.rmtree(entry, ignore_errors=True)


class ContentUpdater(QObject):
    """Fetches and installs the site's pack in the worker thread; reports by signal."""

    installed = Signal(str)      # version: switch to ``store.folder()`` at the next welcome screen
    unchanged = Signal(str)      # version already in use
    refused = Signal(str)        # why (also logged); the current content keeps working

    def __init__(self, url: str, public_key: str, worker: HttpWorker, store: ContentStore, *,
                 allowlist: tuple[str, ...], languages: tuple[str, ...], timeout_s: float = 30.0,
                 max_bytes: int = 50 * 2**20, parent: QObject | None = None):
        super().__init__(parent)
        self.url, self.public_key, self.worker, self.store = url, public_key, worker, store
        self.allowlist, self.languages = allowlist, languages
        self.timeout_s, self.max_bytes = timeout_s, max_bytes
        self.running = False

    @property
    def configured(self) -> bool:
        return bool(self.url and self.public_key)

    def check(self) -> bool:
        """Start an update; False when not configured or one is running."""
        if not self.configured or self.running:
            return False
        self.running = True
        self.worker.submit(self._update, self._finished, lane="update")
        return True

    def _update(self) -> Installed | PackRefused:
        try:
            pack, signature = fetch(self.url, self.timeout_s, self.max_bytes)
            return self.store.install(pack, signature, self.public_key, self.allowlist,
                                      self.languages, max_total=4 * self.max_bytes)
        except PackRefused as exc:
            return exc

    def _finished(self, result: object) -> None:
        self.running = False
        if isinstance(result, Installed):
            (self.installed if result.changed else self.unchanged).emit(result.version)
            return
        reason = str(result) if isinstance(result, PackRefused) else f"failed ({type(result).__name__})"
        log.error("content update refused: %s", reason)
        self.refused.emit(reason)
