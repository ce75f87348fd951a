"""Content packs: signed, checked, unpacked safely, switched atomically; refused otherwise."""
from __future__ import annotations

import base64
import datetime as dt
import io
import shutil
import tarfile
import zipfile
from pathlib import Path

import pytest

from kiosk import config as config_mod
from kiosk.services import content_pack as cp
from kiosk.services import pack_signing as signing
from kiosk.services.content_pack import ContentStore, ContentUpdater, PackRefused
from kiosk.services.http_worker import HttpWorker

TEST_CONTENT = Path(__file__).parent / "data" / "content"


@pytest.fixture(scope="module")
def keys() -> tuple[bytes, str]:
    """A private key (PEM) and its public key as the site configuration holds it."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    pem = Ed25519PrivateKey.generate().private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    return pem, signing.public_key_of(pem)


@pytest.fixture(scope="module")
def site():
    cfg = config_mod.load()
    return cfg.allowlist, cfg.kiosk.languages


def content(tmp_path: Path, version: str, date: str = "2026-11-10") -> Path:
    """A copy of the test content with its own version and date."""
    folder = tmp_path / f"src-{version}"
    shutil.copytree(TEST_CONTENT, folder)
    toml = folder / "content.toml"
    text = toml.read_text(encoding="utf-8").replace('version = "test-1"', f'version = "{version}"')
    toml.write_text(text.replace("date = 2026-11-01", f"date = {date}"), encoding="utf-8")
    return folder


def signed(keys, folder: Path, kind: str = "zip") -> tuple[bytes, bytes]:
    pack, _ = signing.build_pack(folder, kind)
    return pack, signing.sign(pack, keys[0])


def raw_zip(entries: dict[str, bytes], links: tuple[str, ...] = ()) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, data in entries.items():
            info = zipfile.ZipInfo(name)
            if name in links:
                info.external_attr = 0o120777 << 16
            archive.writestr(info, data)
    return out.getvalue()


@pytest.fixture
def store(tmp_path) -> ContentStore:
    """An empty store whose shipped content is the test content (test-1 of 2026-11-01)."""
    return ContentStore(tmp_path / "data" / "content", shipped=TEST_CONTENT)


def serve(httpserver, name: str, pack: bytes | None, signature: bytes | None) -> str:
    if pack is not None:
        httpserver.expect_request(f"/{name}").respond_with_data(pack, content_type="application/zip")
    if signature is not None:
        httpserver.expect_request(f"/{name}.sig").respond_with_data(signature)
    return httpserver.url_for(f"/{name}")


def install_from(url: str, keys, store: ContentStore, site) -> cp.Installed:
    pack, signature = cp.fetch(url, timeout_s=5, max_bytes=2**20)
    return store.install(pack, signature, keys[1], *site)


def test_good_pack_over_http_is_installed_and_pointed_to(httpserver, keys, store, site, tmp_path):
    pack, signature = signed(keys, content(tmp_path, "2026.12.01"))
    result = install_from(serve(httpserver, "pack.zip", pack, signature), keys, store, site)
    assert result == cp.Installed("2026.12.01", True)
    folder = store.current_folder()
    assert folder == store.root / "2026.12.01" and store.folder() == folder
    assert (folder / "guides" / "demo.en.toml").read_bytes() == (TEST_CONTENT / "guides" / "demo.en.toml").read_bytes()
    assert (store.root / "current").read_text(encoding="utf-8").splitlines()[0] == "2026.12.01"
    assert sorted(p.name for p in store.root.iterdir()) == ["2026.12.01", "current"]
    assert install_from(httpserver.url_for("/pack.zip"), keys, store, site).changed is False


def test_tar_gz_pack(httpserver, keys, store, site, tmp_path):
    pack, signature = signed(keys, content(tmp_path, "t1"), "tar.gz")
    assert install_from(serve(httpserver, "pack.tar.gz", pack, signature), keys, store, site).changed
    assert (store.current_folder() / "guides" / "solo.toml").is_file()


@pytest.mark.logs_problems
@pytest.mark.parametrize("damage", ["tampered", "truncated", "unsigned", "other key", "garbled sig"])
def test_bad_packs_are_refused_and_the_current_content_keeps_working(
        httpserver, keys, store, site, tmp_path, caplog, qtbot, damage):
    good, good_sig = signed(keys, content(tmp_path, "v1"))
    store.install(good, good_sig, keys[1], *site)
    pack, signature = signed(keys, content(tmp_path, "v2", "2026-12-01"))
    if damage == "tampered":
        middle = len(pack) // 2
        pack = pack[:middle] + bytes([pack[middle] ^ 0x01]) + pack[middle + 1:]
    elif damage == "truncated":
        pack = pack[: len(pack) // 2]
    elif damage == "unsigned":
        signature = None
    elif damage == "other key":
        from cryptography.hazmat.primitives import serialization
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
        other = Ed25519PrivateKey.generate().private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
        signature = signing.sign(pack, other)
    else:
        signature = b"not a signature\n"
    worker = HttpWorker()
    updater = ContentUpdater(serve(httpserver, "pack.zip", pack, signature), keys[1], worker, store,
                             allowlist=site[0], languages=site[1], timeout_s=5, max_bytes=2**20)
    try:
        with qtbot.waitSignal(updater.refused, timeout=10_000) as refused:
            assert updater.check()
    finally:
        worker.shutdown()
    reason = refused.args[0]
    expected = {"tampered": "signature does not match", "truncated": "signature does not match",
                "unsigned": "unsigned pack", "other key": "signature does not match",
                "garbled sig": "not an Ed25519 signature"}[damage]
    assert expected in reason
    assert f"content update refused: {reason}" in caplog.text
    assert store.current() == "v1" and store.current_folder() == store.root / "v1"
    assert sorted(p.name for p in store.root.iterdir()) == ["current", "v1"]


def test_updater_installs_and_then_finds_nothing_new(httpserver, keys, store, site, tmp_path, qtbot):
    pack, signature = signed(keys, content(tmp_path, "v5"))
    worker = HttpWorker()
    updater = ContentUpdater(serve(httpserver, "pack.zip", pack, signature), keys[1], worker, store,
                             allowlist=site[0], languages=site[1], timeout_s=5)
    try:
        with qtbot.waitSignal(updater.installed, timeout=10_000) as installed:
            updater.check()
        assert installed.args == ["v5"]
        with qtbot.waitSignal(updater.unchanged, timeout=10_000):
            updater.check()
    finally:
        worker.shutdown()


UNSAFE = {
    "parent": {"content.toml": b"", "../evil.toml": b"x"},
    "nested parent": {"content.toml": b"", "guides/../../evil.toml": b"x"},
    "absolute": {"content.toml": b"", "/tmp/evil.toml": b"x"},
    "windows": {"content.toml": b"", "..\\evil.toml": b"x"},
    "drive": {"content.toml": b"", "C:/evil.toml": b"x"},
    "unexpected": {"content.toml": b"", "run.sh": b"#!/bin/sh"},
}


@pytest.mark.parametrize("case", sorted(UNSAFE))
def test_unsafe_paths_are_refused_even_when_signed(keys, store, site, tmp_path, case):
    pack = raw_zip(UNSAFE[case])
    with pytest.raises(PackRefused, match="unsafe path|unexpected file"):
        store.install(pack, signing.sign(pack, keys[0]), keys[1], *site)
    assert not (tmp_path / "evil.toml").exists() and not (store.root.parent / "evil.toml").exists()
    assert not list(store.root.glob(".incoming-*"))


def test_links_are_refused(keys, store, site):
    pack = raw_zip({"content.toml": b"", "guides/link.toml": b"/etc/passwd"}, links=("guides/link.toml",))
    with pytest.raises(PackRefused, match="link"):
        store.install(pack, signing.sign(pack, keys[0]), keys[1], *site)
    out = io.BytesIO()
    with tarfile.open(fileobj=out, mode="w") as archive:
        info = tarfile.TarInfo("guides/link.toml")
        info.type, info.linkname = tarfile.SYMTYPE, "/etc/passwd"
        archive.addfile(info)
    with pytest.raises(PackRefused, match="link"):
        store.install(out.getvalue(), signing.sign(out.getvalue(), keys[0]), keys[1], *site)


@pytest.mark.logs_problems
def test_content_that_fails_the_check_is_refused(keys, store, site, tmp_path):
    folder = content(tmp_path, "broken")
    (folder / "guides" / "solo.toml").write_text("title = [unclosed", encoding="utf-8")
    pack, signature = signed(keys, folder)
    with pytest.raises(PackRefused, match="content check found"):
        store.install(pack, signature, keys[1], *site)
    assert store.current_folder() is None and not (store.root / "broken").exists()


def test_an_older_pack_is_refused(keys, store, site, tmp_path):
    store.install(*signed(keys, content(tmp_path, "new", "2026-12-01")), keys[1], *site)
    with pytest.raises(PackRefused, match="older"):
        store.install(*signed(keys, content(tmp_path, "old", "2026-10-01")), keys[1], *site)
    assert store.current() == "new"


def test_too_large_is_refused(httpserver, keys, store, site, tmp_path):
    pack, signature = signed(keys, content(tmp_path, "big"))
    url = serve(httpserver, "pack.zip", pack, signature)
    with pytest.raises(PackRefused, match="larger than"):
        cp.fetch(url, timeout_s=5, max_bytes=len(pack) - 1)
    with pytest.raises(PackRefused, match="too large"):
        store.install(pack, signature, keys[1], *site, max_total=100)


@pytest.mark.logs_problems
def test_rollback_and_the_rolled_back_pack_is_not_reinstalled(keys, store, site, tmp_path):
    with pytest.raises(PackRefused):
        store.rollback()
    v1, v2, v3 = (signed(keys, content(tmp_path, v, d)) for v, d in
                  (("v1", "2026-11-05"), ("v2", "2026-11-15"), ("v3", "2026-12-01")))
    store.install(*v1, keys[1], *site)
    store.install(*v2, keys[1], *site)
    assert (store.current(), store.previous()) == ("v2", "v1")
    assert store.rollback() == "v1"
    assert store.current_folder() == store.root / "v1" and store.previous() == "v2"
    assert store.install(*v2, keys[1], *site).changed is False          # still on the server
    assert store.current() == "v1"
    assert store.install(*v3, keys[1], *site).changed
    assert (store.current(), store.previous()) == ("v3", "v1")
    assert sorted(p.name for p in store.root.iterdir()) == ["current", "v1", "v3"]
    assert store.rollback() == "v1"


@pytest.mark.logs_problems
def test_rollback_of_the_first_pack_goes_back_to_the_shipped_content(keys, store, site, tmp_path):
    store.install(*signed(keys, content(tmp_path, "v1")), keys[1], *site)
    assert store.rollback() == ""
    assert store.current_folder() is None
    assert store.folder() == TEST_CONTENT


def test_the_folder_in_use_is_never_pruned(keys, store, site, tmp_path):
    store.install(*signed(keys, content(tmp_path, "a", "2026-11-02")), keys[1], *site)
    store.in_use = store.current_folder()
    (store.root / ".incoming-crashed").mkdir()                     # a crash mid-install
    store.install(*signed(keys, content(tmp_path, "b", "2026-11-03")), keys[1], *site)
    store.install(*signed(keys, content(tmp_path, "c", "2026-11-04")), keys[1], *site)
    assert (store.root / "a" / "content.toml").is_file()
    assert sorted(p.name for p in store.root.iterdir()) == ["a", "b", "c", "current"]


def test_public_key_forms(keys):
    from cryptography.hazmat.primitives import serialization
    raw = cp.parse_public_key(keys[1])
    assert len(raw) == 32
    private = serialization.load_pem_private_key(keys[0], password=None)
    pem = private.public_key().public_bytes(serialization.Encoding.PEM,
                                            serialization.PublicFormat.SubjectPublicKeyInfo).decode()
    assert cp.parse_public_key(pem) == raw
    for bad in ("", "abc", base64.b64encode(b"x" * 31).decode()):
        with pytest.raises(ValueError):
            cp.parse_public_key(bad)


@pytest.mark.logs_problems
def test_make_key_and_sign_pack_commands(tmp_path, store, site, capsys):
    key = tmp_path / "editors.pem"
    assert signing.main_make_key([str(key)]) == 0
    public = capsys.readouterr().out.split('public_key = "')[1].split('"')[0]
    assert signing.main_make_key([str(key)]) == 2                      # never overwritten
    folder = content(tmp_path, "signed-1")
    (folder / "NOTES.txt").write_text("brouillon", encoding="utf-8")
    out = tmp_path / "out" / "pack.zip"
    out.parent.mkdir()
    assert signing.main_sign(["--key", str(key), str(folder), str(out)]) == 0
    printed = capsys.readouterr().out
    assert "left out (not content): NOTES.txt" in printed and public in printed
    pack, signature = out.read_bytes(), (tmp_path / "out" / "pack.zip.sig").read_bytes()
    assert signing.build_pack(folder)[0] == pack                       # the same files, the same bytes
    assert store.install(pack, signature, public, *site).version == "signed-1"

    (folder / "guides" / "demo.toml").write_text("kind = ", encoding="utf-8")
    assert signing.main_sign(["--key", str(key), str(folder), str(tmp_path / "bad.zip")]) == 1
    assert "Not signed" in capsys.readouterr().out
    assert not (tmp_path / "bad.zip").exists()


def test_a_pack_older_than_the_shipped_content_is_refused(keys, site, tmp_path):
    """No pack installed yet: the content that came with the kiosk is the one in use."""
    from kiosk import paths
    from kiosk.guides.content import load_content
    shipped = load_content(paths.content() / "content.toml")[0]
    store = ContentStore(tmp_path / "content")                     # the real shipped content
    older = (shipped.date - dt.timedelta(days=1)).isoformat()
    with pytest.raises(PackRefused, match="older"):
        store.install(*signed(keys, content(tmp_path, "old", older)), keys[1], *site)
    assert store.current() == "" and store.folder() == paths.content()


def test_same_date_but_another_version_is_refused(keys, store, site, tmp_path):
    with pytest.raises(PackRefused, match="another version"):            # than the shipped test-1
        store.install(*signed(keys, content(tmp_path, "other", "2026-11-01")), keys[1], *site)
    assert store.install(*signed(keys, content(tmp_path, "test-1", "2026-11-01")), keys[1],
                         *site).changed is False                       # the shipped one itself
    store.install(*signed(keys, content(tmp_path, "v1", "2026-11-20")), keys[1], *site)
    with pytest.raises(PackRefused, match="another version"):            # than the installed v1
        store.install(*signed(keys, content(tmp_path, "v1b", "2026-11-20")), keys[1], *site)
    assert store.current() == "v1"


def test_an_update_url_must_be_https(tmp_path):
    from kiosk.schema import DataError
    site_file = tmp_path / "site.toml"
    site_file.write_text('[update]\nurl = "http://contenu.example.org/pack.zip"\n', encoding="utf-8")
    with pytest.raises(DataError) as err:
        config_mod.load(site_file)
    assert err.value.problems[0].path == "update.url" and "https://" in err.value.problems[0].message


def test_folder_entries_of_a_tar_pack_count_against_the_limit(keys, store, site):
    out = io.BytesIO()
    with tarfile.open(fileobj=out, mode="w") as archive:
        data = (TEST_CONTENT / "content.toml").read_bytes()
        info = tarfile.TarInfo("content.toml")
        info.size = len(data)
        archive.addfile(info, io.BytesIO(data))
        for index in range(cp.MAX_FILES + 1):
            folder = tarfile.TarInfo(f"guides/d{index}")
            folder.type = tarfile.DIRTYPE
            archive.addfile(folder)
    pack = out.getvalue()
    with pytest.raises(PackRefused, match="too many entries"):
        store.install(pack, signing.sign(pack, keys[0]), keys[1], *site)
