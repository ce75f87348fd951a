"""For the content editors: `kiosk make-key` (a key pair) and `kiosk sign-pack` (check a content
folder, pack it, sign it). The kiosk's side — fetch, verify, install, roll back — is
kiosk/services/content_pack.py.
"""
from __future__ import annotations

import base64
import io
import os
import re
import tarfile
import zipfile
from pathlib import Path

from kiosk.services.content_pack import MEMBER
from kiosk.services.handoff import write_atomically

def build_pack(folder: Path, kind: str = "zip") -> tuple[bytes, list[str]]:
    """The pack bytes of a content folder (same files → same bytes) and the files left out."""
    files, left_out = [], []
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        rel = path.relative_to(folder).as_posix()
        (files if MEMBER.fullmatch(rel) and not path.is_symlink() else left_out).append(rel)
    out = io.BytesIO()
    if kind == "zip":
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
            for rel in files:
                info = zipfile.ZipInfo(rel, date_time=(1980, 1, 1, 0, 0, 0))
                info.compress_type, info.external_attr = zipfile.ZIP_DEFLATED, 0o644 << 16
                archive.writestr(info, (folder / rel).read_bytes())
    else:
        with tarfile.open(fileobj=out, mode="w", format=tarfile.PAX_FORMAT) as archive:
            for rel in files:
                data = (folder / rel).read_bytes()
                info = tarfile.TarInfo(rel)
                info.size, info.mode, info.mtime = len(data), 0o644, 0
                archive.addfile(info, io.BytesIO(data))
        if kind == "tar.gz":
            import gzip
            return gzip.compress(out.getvalue(), mtime=0), left_out
    return out.getvalue(), left_out


def sign(pack: bytes, private_pem: bytes) -> bytes:
    """The detached signature file's content: base64 of the Ed25519 signature, one line."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    key = serialization.load_pem_private_key(private_pem, password=None)
    if not isinstance(key, Ed25519PrivateKey):
        raise ValueError("expected an Ed25519 private key made by `kiosk make-key`")
    return base64.b64encode(key.sign(pack)) + b"\n"


def public_key_of(private_pem: bytes) -> str:
    from cryptography.hazmat.primitives import serialization
    key = serialization.load_pem_private_key(private_pem, password=None)
    raw = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return base64.b64encode(raw).decode()


def main_make_key(argv: list[str] | None = None) -> int:
    """`kiosk make-key PRIVATE.pem`: a new key pair; prints the line for the site configuration."""
    import argparse
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    parser = argparse.ArgumentParser(prog="kiosk make-key", description="Make a key pair to sign content packs.")
    parser.add_argument("private", type=Path, help="where to write the private key (kept by the editors only)")
    args = parser.parse_args(argv)
    pem = Ed25519PrivateKey.generate().private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    try:
        fd = os.open(args.private, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        print(f"{args.private} exists already: it is not replaced.")
        return 2
    with os.fdopen(fd, "wb") as stream:
        stream.write(pem)
    print(f"Private key written to {args.private}. Keep it with the content editors, never on a kiosk.")
    print("Put this line in the [update] table of every site configuration:")
    print(f'public_key = "{public_key_of(pem)}"')
    return 0


def main_sign(argv: list[str] | None = None) -> int:
    """`kiosk sign-pack --key PRIVATE.pem FOLDER OUT`: check a content folder, pack it, sign it.

    OUT ends in .zip, .tar or .tar.gz; the signature is written to OUT.sig. Publish both at the
    address of the site's [update] url (the kiosk fetches url and url + ".sig").
    """
    import argparse
    import hashlib

    from kiosk import config as config_mod
    from kiosk.guides.check import check_content
    from kiosk.schema import DataError
    parser = argparse.ArgumentParser(prog="kiosk sign-pack", description="Check, pack and sign a content folder.")
    parser.add_argument("--key", type=Path, required=True, help="the private key made by `kiosk make-key`")
    parser.add_argument("--config", help="site configuration whose allowlist and languages to check against")
    parser.add_argument("folder", type=Path, help="the content folder (content.toml, guides/, pictograms/)")
    parser.add_argument("out", type=Path, help="the pack to write: .zip, .tar or .tar.gz")
    args = parser.parse_args(argv)
    try:
        cfg = config_mod.load(args.config)
        private = args.key.read_bytes()
        sign(b"", private)
    except (DataError, OSError, ValueError, TypeError) as exc:
        print(f"Cannot sign: {exc}")
        return 2
    report = check_content(args.folder, cfg.allowlist, cfg.kiosk.languages)
    for line in report.errors:
        print(f"ERROR {line}")
    if report.errors:
        print(f"Not signed: {len(report.errors)} error(s). Fix them (`kiosk check`) and sign again.")
        return 1
    kind = "zip" if args.out.name.endswith(".zip") else "tar.gz" if args.out.name.endswith(
        (".tar.gz", ".tgz")) else "tar"
    pack, left_out = build_pack(args.folder, kind)
    for rel in left_out:
        print(f"left out (not content): {rel}")
    signature_file = args.out.with_name(args.out.name + ".sig")
    write_atomically(args.out, pack)
    write_atomically(signature_file, sign(pack, private))
    version = re.search(r'(?m)^version\s*=\s*"([^"]*)"', (args.folder / "content.toml").read_text("utf-8"))
    print(f"Signed pack {args.out} (version {version.group(1) if version else '?'}, "
          f"{len(pack)} bytes, sha256 {hashlib.sha256(pack).hexdigest()}) and {signature_file}.")
    print(f'It verifies with public_key = "{public_key_of(private)}"')
    return 0
