"""Which addresses may open inside the kiosk. Pure functions on strings, no Qt.

``decide(url, allowlist)`` is the whole policy; the request interceptor and the web page only
adapt it (``kiosk/web/interceptor.py``, ``kiosk/web/panel.py``). Its answers:

- ``ALLOW``: an official site of the allowlist (or one of its sub-domains), over https.
  A plain ``http://`` address of an official site is **upgraded** to ``https://`` rather than
  blocked: every allowlisted domain serves https, an old link or guide should not strand the
  visitor on a « blocked » page, and plain http on a public PC would let anyone on the centre's
  network read or change what the visitor types. ``Decision.url`` is then the https address.
- ``OFFER_ON_PHONE``: an ordinary web page (http or https) that is not on the allowlist. The
  kiosk does not open it, and shows its address as a QR code so that the visitor can open it on
  their own phone. Never a white page.
- ``BLOCK``: nothing to offer, because the address is not a web page (``file:``, ``data:``,
  ``javascript:``, ``about:``, ``chrome:``, ``mailto:``…), because it is made to deceive (a
  look-alike of an official domain such as ``caf.fr.evil.example``, an international / punycode
  host that can imitate Latin letters, a user name before the host as in
  ``https://caf.fr@evil.example``), because it names a machine by its IP address (local services
  of the kiosk or of the centre's network, never an official site), or because it is malformed.
  The kiosk still shows a readable page saying why.

The allowlist is a list of domains (``Config.allowlist``). Tests may also name hosts of their
own HTTP servers in ``Allowlist.test_hosts``: loopback addresses (127.0.0.x) or names under
the reserved ``.test`` domain (RFC 6761, mapped to loopback by the tests). Those match exactly
and keep plain http. The site configuration cannot fill ``test_hosts``, and an IP address
written among the domains never matches, so production stays strict.
"""
from __future__ import annotations

import fnmatch
import ipaddress
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import Enum
from urllib.parse import urlsplit, urlunsplit


class Verdict(str, Enum):
    ALLOW = "allow"
    BLOCK = "block"
    OFFER_ON_PHONE = "offer-on-phone"


class Reason(str, Enum):
    ALLOWED = "allowed"              # an official site over https
    UPGRADED = "upgraded"            # http:// of an official site, opened as https://
    PAGE_CONTENT = "page-content"    # data:, blob:, about: inside a page (images, frames)
    KIOSK_PAGE = "kiosk-page"        # the kiosk's own notice page, set with setHtml()
    OTHER_SITE = "other-site"        # a web page off the allowlist
    NOT_WEB = "not-web"              # file:, data:, javascript:, mailto:… as a navigation
    LOOK_ALIKE = "look-alike"        # caf.fr.evil.example, evilcaf.fr, caf-fr.example
    INTERNATIONAL = "international"  # IDN / punycode host: can imitate Latin letters
    USERINFO = "userinfo"            # https://caf.fr@evil.example
    IP_ADDRESS = "ip-address"        # 127.0.0.1, 192.168.1.1, 2130706433, [::1]
    MALFORMED = "malformed"          # backslashes, spaces, bad port, empty host…


@dataclass(frozen=True)
class Decision:
    verdict: Verdict
    reason: Reason
    url: str = ""       # the address to open (the https one when upgraded), or the refused one
    host: str = ""      # lower-case ASCII host, "" when there is none or it is unreadable

    @property
    def allowed(self) -> bool:
        return self.verdict is Verdict.ALLOW

    @property
    def domain(self) -> str:
        """What may be reported or counted about a refused address: its host, nothing more."""
        return self.host.removeprefix("www.")


@dataclass(frozen=True)
class Allowlist:
    domains: tuple[str, ...] = ()
    test_hosts: tuple[str, ...] = ()   # the tests' own servers: 127.0.0.x or *.test, plain http

    def __post_init__(self):
        object.__setattr__(self, "domains", tuple(d.lower().strip().strip(".") for d in self.domains
                                                  if d.strip().strip(".")))
        object.__setattr__(self, "test_hosts", tuple(h.lower() for h in self.test_hosts))
        for host in self.test_hosts:
            loopback = _is_ip(host) and ipaddress.ip_address(host).is_loopback
            reserved = host.endswith(".test") and bool(_HOST_CHARS.match(host))
            if not (loopback or reserved):
                raise ValueError(f"test_hosts takes loopback addresses or *.test names, got {host!r}")

    @classmethod
    def of(cls, allowlist: Allowlist | Iterable[str]) -> Allowlist:
        return allowlist if isinstance(allowlist, Allowlist) else cls(tuple(allowlist))


WEB_SCHEMES = {"http", "https"}
SOCKET_SCHEMES = {"ws": "http", "wss": "https"}       # web sockets follow the page's rules
PAGE_CONTENT_SCHEMES = {"data", "blob", "about"}      # content a page makes for itself
_HOST_CHARS = re.compile(r"^[a-z0-9.-]+$")
_NUMERIC_LABEL = re.compile(r"^(0x[0-9a-f]*|[0-9]+)$")  # WHATWG reads such a last label as IPv4
_UNSAFE = re.compile(r"[\x00-\x20\x7f\\]")


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


def _looks_numeric(host: str) -> bool:
    """True for hosts a browser reads as an IP address: 127.0.0.1, ::1, 2130706433, 0x7f.1."""
    return _is_ip(host) or bool(_NUMERIC_LABEL.match(host.rsplit(".", 1)[-1]))


def _matches(host: str, domains: Sequence[str]) -> bool:
    return any(not _is_ip(d) and (host == d or host.endswith("." + d)) for d in domains)


def _imitates(host: str, domains: Sequence[str]) -> bool:
    """caf.fr.evil.example, evilcaf.fr, www.caf.fr-connexion.example, caf-fr.example."""
    return any(d in host or d.replace(".", "-") in host for d in domains if not _is_ip(d))


def host_allowed(host: str, domains: Sequence[str]) -> bool:
    """True for an allowlisted domain or one of its sub-domains (``www.caf.fr`` for ``caf.fr``).

    Look-alikes are refused: ``caf.fr.evil.example``, ``evilcaf.fr``, punycode hosts (``xn--``),
    non-ASCII hosts, and IP addresses (even one written in the list).
    """
    host = (host or "").lower().rstrip(".")
    if not host or not _HOST_CHARS.match(host) or "xn--" in host or _looks_numeric(host):
        return False
    return _matches(host, [d.lower().strip(".") for d in domains])


def url_allowed(url: str, domains: Sequence[str]) -> bool:
    """An https address of an allowlisted domain, as guides must link (no upgrade, no IP)."""
    return decide(url, domains).reason is Reason.ALLOWED


def decide(url: str, allowlist: Allowlist | Iterable[str], *, top_level: bool = True,
           by_kiosk: bool = False) -> Decision:
    """May the kiosk load ``url``?

    ``top_level``: a navigation of the whole page (a link, a redirect, a pop-up), as opposed to
    something a page loads inside itself (image, script, frame, request). ``by_kiosk``: the kiosk
    itself navigates (``setHtml`` of its own notice page); only that may show a ``data:`` page.
    """
    allow = Allowlist.of(allowlist)
    if _UNSAFE.search(url or "") or not url:
        return Decision(Verdict.BLOCK, Reason.MALFORMED, url)
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return Decision(Verdict.BLOCK, Reason.MALFORMED, url)
    scheme = parts.scheme.lower()
    if scheme in PAGE_CONTENT_SCHEMES:
        if scheme == "data" and top_level and by_kiosk:
            return Decision(Verdict.ALLOW, Reason.KIOSK_PAGE, url)
        if not top_level:
            return Decision(Verdict.ALLOW, Reason.PAGE_CONTENT, url)
        return Decision(Verdict.BLOCK, Reason.NOT_WEB, url)
    web_scheme = SOCKET_SCHEMES.get(scheme, scheme)
    if web_scheme not in WEB_SCHEMES:
        return Decision(Verdict.BLOCK, Reason.NOT_WEB, url)
    if "@" in parts.netloc:
        return Decision(Verdict.BLOCK, Reason.USERINFO, url, (parts.hostname or "").lower())
    raw_host = (parts.hostname or "").rstrip(".")
    host = raw_host.lower()
    if not host or ".." in host or host.startswith(".") or host.startswith("-"):
        return Decision(Verdict.BLOCK, Reason.MALFORMED, url)
    if "[" in parts.netloc or _is_ip(host) or (_HOST_CHARS.match(host) and _looks_numeric(host)):
        if host in allow.test_hosts:
            return Decision(Verdict.ALLOW, Reason.ALLOWED, url, host)
        return Decision(Verdict.BLOCK, Reason.IP_ADDRESS, url, host)
    if not host.isascii() or "xn--" in host:
        return Decision(Verdict.BLOCK, Reason.INTERNATIONAL, url, host if host.isascii() else "")
    if not _HOST_CHARS.match(host):
        return Decision(Verdict.BLOCK, Reason.MALFORMED, url)
    if host in allow.test_hosts:
        return Decision(Verdict.ALLOW, Reason.ALLOWED, url, host)
    if _matches(host, allow.domains):
        if web_scheme == "https":
            return Decision(Verdict.ALLOW, Reason.ALLOWED, url, host)
        secure = "wss" if scheme == "ws" else "https"
        netloc = host if port in (None, 80) else f"{host}:{port}"
        upgraded = urlunsplit((secure, netloc, parts.path, parts.query, parts.fragment))
        return Decision(Verdict.ALLOW, Reason.UPGRADED, upgraded, host)
    if _imitates(host, allow.domains):
        return Decision(Verdict.BLOCK, Reason.LOOK_ALIKE, url, host)
    return Decision(Verdict.OFFER_ON_PHONE if top_level else Verdict.BLOCK, Reason.OTHER_SITE, url, host)


def page_key(url: str) -> str:
    """``host/path`` of a web address, as URL patterns are written: ``connect.caf.fr/connexionappli/x``."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return ""
    if parts.scheme.lower() not in WEB_SCHEMES or not parts.hostname:
        return ""
    return parts.hostname.lower().rstrip(".") + (parts.path or "/")


def matching_steps(url: str, patterns_by_step: Mapping[str, Iterable[str]]) -> list[str]:
    """The steps whose URL patterns (fnmatch-style on host + path, any case) match ``url``."""
    key = page_key(url).lower()
    if not key:
        return []
    return [step for step, patterns in patterns_by_step.items()
            if any(fnmatch.fnmatchcase(key, p.lower().strip()) for p in patterns if p.strip())]


def matched_step(url: str, patterns_by_step: Mapping[str, Iterable[str]]) -> str:
    """The one step this page belongs to, or "" when none or several match.

    Several steps often share one page (a login form spans « numéro », « mot de passe »…): the
    address then says nothing about where the visitor is, and the guide should not jump.
    """
    steps = matching_steps(url, patterns_by_step)
    return steps[0] if len(steps) == 1 else ""


def resolver_rules(allowlist: Allowlist | Iterable[str], also: Iterable[str] = ()) -> str:
    """Chromium ``--host-resolver-rules`` that resolve only the allowlisted hosts.

    A second wall behind the interceptor: Qt forwards a sub-resource redirect to the network
    before it asks the interceptor (``InterceptedRequest::FollowRedirect`` in Qt's
    proxying_url_loader_factory_qt.cpp), so an image of an official site redirected to
    another host reaches that host although its answer is thrown away. With these rules the
    other host's name never resolves, so no request leaves. IP addresses are refused too (the
    rules apply to them), except the tests' hosts. ``also``: other names Chromium itself must
    resolve, such as the centre's HTTP proxy.
    """
    from kiosk.web.suffixes import entry_problem
    allow = Allowlist.of(allowlist)
    # An entry of the wrong shape ("*", "fr", an IP) would open the wall: the configuration
    # refuses them (kiosk.config), and they are left out here too.
    excluded = [x for d in allow.domains if not entry_problem(d) for x in (d, f"*.{d}")]
    excluded += list(allow.test_hosts) + [h.strip().lower() for h in also if h.strip()]
    return ", ".join(["MAP * ~NOTFOUND"] + [f"EXCLUDE {x}" for x in excluded])


def proxy_pac(allowlist: Allowlist | Iterable[str], proxy: str) -> str:
    """A proxy auto-config script: the allowlisted hosts through ``proxy`` (``host:port``),
    everything else ``DIRECT`` — where the resolver rules stop it, since its name never resolves.

    With a plain ``--proxy-server`` the proxy resolves every name itself, so a sub-resource that
    an official site redirects elsewhere (which Qt follows before asking the interceptor) would
    reach the other host through the proxy (measured: tests/test_web_network.py).
    """
    import json
    from kiosk.web.suffixes import entry_problem
    allow = Allowlist.of(allowlist)
    domains = [d for d in allow.domains if not entry_problem(d)]
    return ("function FindProxyForURL(url, host) {\n"
            "  host = host.toLowerCase();\n"
            f"  var domains = {json.dumps(domains)}, hosts = {json.dumps(list(allow.test_hosts))};\n"
            "  for (var i = 0; i < domains.length; i++)\n"
            "    if (host == domains[i] || dnsDomainIs(host, '.' + domains[i]))\n"
            f"      return {json.dumps('PROXY ' + proxy)};\n"
            "  for (var j = 0; j < hosts.length; j++)\n"
            f"    if (host == hosts[j]) return {json.dumps('PROXY ' + proxy)};\n"
            "  return 'DIRECT';\n"
            "}\n")


# WebRTC gathers UDP candidates towards any address a page names (STUN, TURN, peers), around the
# resolver rules: with this policy it may only use a proxy, and there is none for UDP, so no
# packet leaves. QtWebEngine 6.12 honours the "force-" switch; the plain
# --webrtc-ip-handling-policy is ignored (both measured: tests/test_web_network.py).
WEBRTC_OFF = "--force-webrtc-ip-handling-policy=disable_non_proxied_udp"


def chromium_flags(allowlist: Allowlist | Iterable[str], current: str = "",
                   also: Iterable[str] = (), proxy: str = "") -> str:
    """``QTWEBENGINE_CHROMIUM_FLAGS`` with the resolver rules, WebRTC off and, when the centre
    has an HTTP ``proxy`` (``host:port``), the proxy for the allowlisted hosts only.

    Process-wide: set it in the environment before the first web profile is created (the
    composition root, before any ``WebPanel``); later changes are ignored by QtWebEngine.
    """
    import base64
    also = list(also)
    parts = [current.strip()]
    if proxy:
        also.append(proxy.rsplit(":", 1)[0].strip("[]"))
        pac = base64.b64encode(proxy_pac(allowlist, proxy).encode()).decode()
        parts.append(f"--proxy-pac-url=data:application/x-ns-proxy-autoconfig;base64,{pac}")
    parts += [f'--host-resolver-rules="{resolver_rules(allowlist, also)}"', WEBRTC_OFF]
    return " ".join(part for part in parts if part)
