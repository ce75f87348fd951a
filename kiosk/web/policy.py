"""Which addresses may open inside the kiosk. Pure functions on strings, no Qt."""
from __future__ import annotations

from urllib.parse import urlsplit


def host_allowed(host: str, domains: tuple[str, ...] | list[str]) -> bool:
    """True for an allowlisted domain or one of its sub-domains (``www.caf.fr`` for ``caf.fr``).

    Look-alikes are refused: ``caf.fr.evil.example``, ``evilcaf.fr``, punycode hosts (``xn--``).
    """
    host = (host or "").lower().rstrip(".")
    if not host or "xn--" in host:
        return False
    return any(host == d or host.endswith("." + d) for d in domains)


def url_allowed(url: str, domains: tuple[str, ...] | list[str]) -> bool:
    parts = urlsplit(url)
    return parts.scheme == "https" and host_allowed(parts.hostname or "", domains)
