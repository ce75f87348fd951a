"""The content packs' public key, as the site configuration gives it (no import of the rest)."""
from __future__ import annotations

import base64


def parse_public_key(text: str) -> bytes:
    """The 32 bytes of an Ed25519 public key given as base64 (what `kiosk make-key` prints) or PEM."""
    text = text.strip()
    if text.startswith("-----BEGIN"):
        from cryptography.hazmat.primitives import serialization
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
        key = serialization.load_pem_public_key(text.encode())
        if not isinstance(key, Ed25519PublicKey):
            raise ValueError("expected an Ed25519 public key")
        return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    try:
        raw = base64.b64decode(text, validate=True)
    except ValueError:
        raw = b""
    if len(raw) != 32:
        raise ValueError("expected the public key printed by `kiosk make-key` (44 characters)")
    return raw
