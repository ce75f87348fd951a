"""The site configuration: one TOML file, defaults embedded, every value validated.

Order of precedence: the built-in defaults below, then ``assets/site/default.toml`` (the
Asnières / Gennevilliers pôle social), then the file given by ``--config`` or the
``PASAPAS_CONFIG`` environment variable. A site file only needs the keys it changes.
"""
from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

from kiosk import paths
from kiosk.schema import DataError, LineFinder, Problem, Reader, load_toml

ENV_VAR = "PASAPAS_CONFIG"
LANGUAGES = ("fr", "en", "ar", "pt", "es", "tr")
TEXT_SIZES = ("normal", "large", "xlarge")


@dataclass(frozen=True)
class Site:
    name: str = "Pôle social"
    address: str = ""
    transport: str = ""
    hours: str = ""
    phone: str = ""
    services: tuple[str, ...] = ()


@dataclass(frozen=True)
class KioskSettings:
    mode: str = "demo"                 # "demo" (a closable window) or "production" (locked)
    post: str = "Poste 1"              # shown on help calls and summaries
    idle_timeout_s: int = 120          # without a touch, the countdown starts
    idle_countdown_s: int = 30         # WCAG 2.2.1: at least 20 s to answer
    languages: tuple[str, ...] = LANGUAGES
    text_size: str = "normal"


@dataclass(frozen=True)
class MediatorSettings:
    pin_hash: str = ""                 # made by `kiosk hash-pin`; never a clear PIN
    free_attempts: int = 5             # wrong PINs before the first wait
    lockout_s: int = 30                # first wait; doubles after each further wrong PIN
    long_press_s: int = 3              # press on the top-left corner to open the PIN pad


@dataclass(frozen=True)
class PrintingSettings:
    printer: str = ""                  # CUPS queue or Windows printer name; empty: default
    job_timeout_s: int = 60


@dataclass(frozen=True)
class ScannerSettings:
    device: str = ""                   # SANE device (`scanimage -L`); empty: this post has no scanner
    resolution: int = 200              # dots per inch: a form reads well at 200
    timeout_s: int = 60                # a scan that has not ended by then is stopped
    gray_mode: str = "Gray"            # the device's own words for its modes (`scanimage --help -d …`)
    color_mode: str = "Color"
    options: tuple[str, ...] = ()      # more scanimage arguments this device needs


@dataclass(frozen=True)
class Webmail:
    name: str                          # what the visitor recognises: « Orange », « Gmail »
    url: str                           # its sign-in page
    domains: tuple[str, ...]           # what its pages and sign-in need
    refused: tuple[str, ...] = ()      # host/path patterns of its page refusing the kiosk's browser


@dataclass(frozen=True)
class HelpSettings:
    endpoint: str = ""                 # the mediators' desk; empty: the on-screen signal only
    timeout_s: int = 5
    attempts: int = 3


@dataclass(frozen=True)
class HandoffSettings:
    endpoint: str = ""                 # HTTPS; empty: the summary screen offers no hand-off
    timeout_s: int = 10
    keep_days: int = 7
    retry_first_s: int = 30
    retry_max_s: int = 3600


@dataclass(frozen=True)
class UpdateSettings:
    url: str = ""                      # the content pack; its signature at url + ".sig"
    public_key: str = ""               # printed by `kiosk make-key`
    timeout_s: int = 30
    max_mb: int = 50
    check_every_h: int = 24


@dataclass(frozen=True)
class Config:
    site: Site = field(default_factory=Site)
    kiosk: KioskSettings = field(default_factory=KioskSettings)
    mediator: MediatorSettings = field(default_factory=MediatorSettings)
    printing: PrintingSettings = field(default_factory=PrintingSettings)
    help: HelpSettings = field(default_factory=HelpSettings)
    handoff: HandoffSettings = field(default_factory=HandoffSettings)
    update: UpdateSettings = field(default_factory=UpdateSettings)
    allowlist: tuple[str, ...] = ()
    scanner: ScannerSettings = field(default_factory=ScannerSettings)
    upload_limits_mb: tuple[tuple[str, float], ...] = ()   # (domain, megabytes) per destination
    webmail: tuple[Webmail, ...] = ()
    source: str = "built-in defaults"
    proxy: str = ""                    # the centre's HTTP proxy, host:port; empty: none

    def upload_limit(self, host: str) -> int:
        """The size limit in bytes of a file sent to ``host`` (0: the site sets none we know of)."""
        host = host.lower().rstrip(".")
        for domain, mb in self.upload_limits_mb:
            if host == domain or host.endswith("." + domain):
                return int(mb * 1024 * 1024)
        return 0

    @property
    def webmail_domains(self) -> tuple[str, ...]:
        return tuple(d for mail in self.webmail for d in mail.domains)

    @property
    def production(self) -> bool:
        return self.kiosk.mode == "production"


def _merge(base: dict, override: dict) -> dict:
    out = dict(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = _merge(out[key], value)
        else:
            out[key] = value
    return out


def _parse(data: dict, file: str, lines: LineFinder | None) -> Config:
    problems: list[Problem] = []
    root = Reader(data, file, problems, lines)
    root.unknown_keys({"site", "kiosk", "mediator", "printing", "web", "help", "handoff", "update",
                       "scanner", "documents", "webmail"})

    s = root.table("site")
    s.unknown_keys({"name", "address", "transport", "hours", "phone", "services"})
    site = Site(s.text("name", Site.name), s.text("address"), s.text("transport"),
                s.text("hours"), s.text("phone"), s.texts("services"))

    k = root.table("kiosk")
    k.unknown_keys({"mode", "post", "idle_timeout_s", "idle_countdown_s", "languages", "text_size"})
    languages = k.texts("languages", LANGUAGES)
    bad = [lang for lang in languages if lang not in LANGUAGES]
    if bad or "fr" not in languages:
        k.problem("languages", f"expected a list among {', '.join(LANGUAGES)} that includes \"fr\", "
                  f"got {list(languages)!r}")
        languages = LANGUAGES
    kiosk = KioskSettings(
        mode=k.choice("mode", "demo", ("demo", "production")),
        post=k.text("post", KioskSettings.post) or KioskSettings.post,
        idle_timeout_s=k.integer("idle_timeout_s", 120, 5, 3600, " of seconds"),
        idle_countdown_s=k.integer("idle_countdown_s", 30, 20, 600, " of seconds"),
        languages=languages,
        text_size=k.choice("text_size", "normal", TEXT_SIZES),
    )

    m = root.table("mediator")
    m.unknown_keys({"pin_hash", "free_attempts", "lockout_s", "long_press_s"})
    pin_hash = m.text("pin_hash")
    if pin_hash and not pin_hash.startswith("scrypt$"):
        m.problem("pin_hash", "expected a hash made by `kiosk hash-pin` (it starts with scrypt$), "
                  "never the PIN itself")
        pin_hash = ""
    elif pin_hash:
        from kiosk.session.pin import pin_hash_problem
        problem = pin_hash_problem(pin_hash)
        if problem:
            m.problem("pin_hash", problem)
            pin_hash = ""
    mediator = MediatorSettings(
        pin_hash=pin_hash,
        free_attempts=m.integer("free_attempts", 5, 1, 20),
        lockout_s=m.integer("lockout_s", 30, 1, 3600, " of seconds"),
        long_press_s=m.integer("long_press_s", 3, 1, 10, " of seconds"),
    )

    p = root.table("printing")
    p.unknown_keys({"printer", "job_timeout_s"})
    printing = PrintingSettings(p.text("printer"), p.integer("job_timeout_s", 60, 5, 600, " of seconds"))

    w = root.table("web")
    w.unknown_keys({"allowlist", "proxy"})
    allowlist = _domains(w, "allowlist")
    proxy = _proxy(w)

    h = root.table("help")
    h.unknown_keys({"endpoint", "timeout_s", "attempts"})
    help_ = HelpSettings(_endpoint(h, https_only=False), h.integer("timeout_s", 5, 1, 60, " of seconds"),
                         h.integer("attempts", 3, 1, 10))

    o = root.table("handoff")
    o.unknown_keys({"endpoint", "timeout_s", "keep_days", "retry_first_s", "retry_max_s"})
    handoff = HandoffSettings(_endpoint(o, https_only=True),
                              o.integer("timeout_s", 10, 2, 120, " of seconds"),
                              o.integer("keep_days", 7, 1, 30, " of days"),
                              o.integer("retry_first_s", 30, 5, 3600, " of seconds"),
                              o.integer("retry_max_s", 3600, 60, 86400, " of seconds"))

    u = root.table("update")
    u.unknown_keys({"url", "public_key", "timeout_s", "max_mb", "check_every_h"})
    update = UpdateSettings(_endpoint(u, https_only=True, key="url"), u.text("public_key"),
                            u.integer("timeout_s", 30, 5, 600, " of seconds"),
                            u.integer("max_mb", 50, 1, 500, " of megabytes"),
                            u.integer("check_every_h", 24, 1, 168, " of hours"))
    if update.url:
        from kiosk.services.content_pack import parse_public_key
        try:
            parse_public_key(update.public_key)
        except ValueError:
            u.problem("public_key", "expected the Ed25519 public key printed by `kiosk make-key`")

    scanner = _scanner(root.table("scanner"))
    limits = _limits(root.table("documents"))
    webmail = _webmail(root.table("webmail"), allowlist)
    if problems:
        raise DataError(problems)
    return Config(site, kiosk, mediator, printing, help_, handoff, update, allowlist,
                  scanner, limits, webmail, file, proxy)


def _scanner(r: Reader) -> ScannerSettings:
    r.unknown_keys({"device", "resolution", "timeout_s", "gray_mode", "color_mode", "options"})
    return ScannerSettings(r.text("device"), r.integer("resolution", 200, 75, 600, " of dots per inch"),
                           r.integer("timeout_s", 60, 5, 600, " of seconds"),
                           r.text("gray_mode", "Gray") or "Gray", r.text("color_mode", "Color") or "Color",
                           r.texts("options"))


def _limits(r: Reader) -> tuple[tuple[str, float], ...]:
    r.unknown_keys({"max_mb"})
    table = r.table("max_mb")
    limits = []
    for domain, value in table.data.items():
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 < value <= 100:
            table.problem(domain, f"expected a number of megabytes above 0, up to 100, got {value!r}")
            continue
        limits.append((domain.lower().strip("."), float(value)))
    return tuple(limits)


def _webmail(r: Reader, allowlist: tuple[str, ...]) -> tuple[Webmail, ...]:
    r.unknown_keys({"providers"})
    providers = []
    for p in r.tables("providers"):
        p.unknown_keys({"name", "url", "domains", "refused"})
        name, url = p.text("name", required=True), p.text("url", required=True)
        domains = _domains(p, "domains")
        if not domains:
            p.problem("domains", "expected the domains its pages need, like [\"orange.fr\"]")
        if url and not url.startswith("https://"):
            p.problem("url", f"expected an https:// address, got {url!r}")
        official = [d for d in domains if d in allowlist]
        if official:
            p.problem("domains", f"{', '.join(official)} is an official site of web.allowlist: "
                      "a webmail is kept apart from them")
        providers.append(Webmail(name, url, domains, p.texts("refused")))
    return tuple(providers)


def _domains(r: Reader, key: str) -> tuple[str, ...]:
    """Each entry one registrable domain: no public suffix alone, scheme, path, wildcard or IP."""
    from kiosk.web.suffixes import entry_problem, normalised
    entries = []
    for index, entry in enumerate(r.texts(key)):
        problem = entry_problem(entry)
        if problem:
            r.problem(f"{key}[{index}]", problem)
        else:
            entries.append(normalised(entry))
    return tuple(entries)


def _proxy(w: Reader) -> str:
    """``http://host:port`` of the centre's proxy, kept as ``host:port``."""
    from urllib.parse import urlsplit
    text = w.text("proxy")
    if not text:
        return ""
    try:
        parts = urlsplit(text if "://" in text else "http://" + text)
        port = parts.port
    except ValueError:
        port = None
        parts = None
    if (parts is None or parts.scheme != "http" or not parts.hostname or not port or parts.username
            or parts.path not in ("", "/") or parts.query):
        w.problem("proxy", f"expected the centre's HTTP proxy like http://proxy.example.fr:3128, got {text!r}")
        return ""
    host = f"[{parts.hostname}]" if ":" in parts.hostname else parts.hostname
    return f"{host}:{port}"


def _endpoint(r: Reader, https_only: bool, key: str = "endpoint") -> str:
    url = r.text(key)
    if not url:
        return ""
    from kiosk.services.http_worker import endpoint_problem
    problem = endpoint_problem(url, https_only)
    if problem:
        r.problem(key, problem)
        return ""
    return url


def system_file() -> Path:
    """Where IT puts the site file of a kiosk PC (docs/DEPLOYMENT.md)."""
    if sys.platform == "win32":
        return Path(os.environ.get("PROGRAMDATA") or r"C:\ProgramData") / "PasAPas" / "site.toml"
    return Path("/etc/pas-a-pas/site.toml")


def default_file() -> Path:
    return paths.assets() / "site" / "default.toml"


def load(path: str | os.PathLike | None = None) -> Config:
    """Load the embedded default site, then the site file named by ``path`` or ``PASAPAS_CONFIG``,
    else the system's (``system_file()``) when there is one. ``PASAPAS_CONFIG=""`` means the
    embedded default only.

    Raises DataError naming the key and the expected form.
    """
    data, _ = load_toml(default_file())
    chosen = path or os.environ.get(ENV_VAR)
    if not chosen and ENV_VAR not in os.environ and system_file().is_file():
        chosen = system_file()
    if not chosen:
        return _parse(data, str(default_file()), None)
    site_path = Path(chosen)
    override, text = load_toml(site_path)
    return _parse(_merge(data, override), str(site_path), LineFinder(text))
