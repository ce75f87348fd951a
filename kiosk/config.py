"""The site configuration: one TOML file, defaults embedded, every value validated.

Each key is declared once in kiosk/config_keys.py (type, default, bounds, meaning): the
dataclasses below take their defaults from it, and ``_parse`` reads a file by it.

Order of precedence: the built-in defaults, then ``assets/site/default.toml`` (the
Asnières / Gennevilliers pôle social), then the file given by ``--config`` or the
``PASAPAS_CONFIG`` environment variable. A site file only needs the keys it changes.
"""
from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

from kiosk import paths
from kiosk.config_keys import SECTIONS, Key, default, section
from kiosk.languages import CODES
from kiosk.languages import TEXT_SIZES as SIZES
from kiosk.schema import DataError, LineFinder, Problem, Reader, load_toml

ENV_VAR = "PASAPAS_CONFIG"
LANGUAGES = CODES                       # kiosk/languages.py, the one table
TEXT_SIZES = tuple(SIZES)


@dataclass(frozen=True)
class Site:
    name: str = default("site.name")
    address: str = default("site.address")
    transport: str = default("site.transport")
    hours: str = default("site.hours")
    phone: str = default("site.phone")
    services: tuple[str, ...] = default("site.services")


@dataclass(frozen=True)
class KioskSettings:
    mode: str = default("kiosk.mode")
    post: str = default("kiosk.post")
    idle_timeout_s: int = default("kiosk.idle_timeout_s")
    idle_countdown_s: int = default("kiosk.idle_countdown_s")
    languages: tuple[str, ...] = default("kiosk.languages")
    text_size: str = default("kiosk.text_size")


@dataclass(frozen=True)
class MediatorSettings:
    pin_hash: str = default("mediator.pin_hash")
    free_attempts: int = default("mediator.free_attempts")
    lockout_s: int = default("mediator.lockout_s")
    long_press_s: int = default("mediator.long_press_s")


@dataclass(frozen=True)
class PrintingSettings:
    printer: str = default("printing.printer")
    job_timeout_s: int = default("printing.job_timeout_s")


@dataclass(frozen=True)
class ScannerSettings:
    device: str = default("scanner.device")
    resolution: int = default("scanner.resolution")
    timeout_s: int = default("scanner.timeout_s")
    gray_mode: str = default("scanner.gray_mode")
    color_mode: str = default("scanner.color_mode")
    options: tuple[str, ...] = default("scanner.options")


@dataclass(frozen=True)
class Webmail:
    name: str                          # what the visitor recognises: « Orange », « Gmail »
    url: str                           # its sign-in page
    domains: tuple[str, ...]           # what its pages and sign-in need
    refused: tuple[str, ...] = ()      # host/path patterns of its page refusing the kiosk's browser


@dataclass(frozen=True)
class HelpSettings:
    endpoint: str = default("help.endpoint")
    timeout_s: int = default("help.timeout_s")
    attempts: int = default("help.attempts")


@dataclass(frozen=True)
class HandoffSettings:
    endpoint: str = default("handoff.endpoint")
    timeout_s: int = default("handoff.timeout_s")
    keep_days: int = default("handoff.keep_days")
    retry_first_s: int = default("handoff.retry_first_s")
    retry_max_s: int = default("handoff.retry_max_s")


@dataclass(frozen=True)
class UpdateSettings:
    url: str = default("update.url")
    public_key: str = default("update.public_key")
    timeout_s: int = default("update.timeout_s")
    max_mb: int = default("update.max_mb")
    check_every_h: int = default("update.check_every_h")


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


def _read(r: Reader, key: Key):
    """A text, integer, choice or list of texts, as kiosk/config_keys.py declares it."""
    if key.kind == "integer":
        return r.integer(key.name, key.default, key.low, key.high, key.unit)
    if key.kind == "choice":
        return r.choice(key.name, key.default, key.choices)
    if key.kind == "texts":
        return r.texts(key.name, key.default)
    text = r.text(key.name, key.default)
    return (text or key.default) if key.blank_is_default else text


def _parse(data: dict, file: str, lines: LineFinder | None) -> Config:
    problems: list[Problem] = []
    root = Reader(data, file, problems, lines)
    root.unknown_keys(set(SECTIONS))
    readers = {
        "languages": _languages, "pin_hash": _pin_hash, "domains": lambda r, key: _domains(r, key.name),
        "proxy": lambda r, _key: _proxy(r), "endpoint": lambda r, key: _endpoint(r, False, key.name),
        "https": lambda r, key: _endpoint(r, True, key.name), "public_key": lambda r, key: r.text(key.name),
        "megabytes": lambda r, key: _limits(r.table(key.name)),
        "webmail": lambda r, _key: _webmail(r, values["web"]["allowlist"]),    # after [web]
    }
    values: dict[str, dict] = {}
    for name in SECTIONS:
        r = root.table(name)
        keys = section(name)
        r.unknown_keys({key.name for key in keys})
        values[name] = {key.name: readers.get(key.kind, _read)(r, key) for key in keys}
    update = UpdateSettings(**values["update"])
    if update.url:
        from kiosk.services.pack_key import parse_public_key
        try:
            parse_public_key(update.public_key)
        except ValueError:
            root.table("update").problem("public_key", "expected the Ed25519 public key printed by "
                                         "`kiosk make-key`")
    if problems:
        raise DataError(problems)
    return Config(Site(**values["site"]), KioskSettings(**values["kiosk"]),
                  MediatorSettings(**values["mediator"]), PrintingSettings(**values["printing"]),
                  HelpSettings(**values["help"]), HandoffSettings(**values["handoff"]), update,
                  values["web"]["allowlist"], ScannerSettings(**values["scanner"]),
                  values["documents"]["max_mb"], values["webmail"]["providers"], file,
                  values["web"]["proxy"])


def _languages(k: Reader, key: Key) -> tuple[str, ...]:
    languages = k.texts(key.name, key.default)
    bad = [lang for lang in languages if lang not in LANGUAGES]
    if bad or "fr" not in languages:
        k.problem(key.name, f"expected a list among {', '.join(LANGUAGES)} that includes \"fr\", "
                  f"got {list(languages)!r}")
        return LANGUAGES
    return languages


def _pin_hash(m: Reader, key: Key) -> str:
    pin_hash = m.text(key.name)
    if pin_hash and not pin_hash.startswith("scrypt$"):
        m.problem(key.name, "expected a hash made by `kiosk hash-pin` (it starts with scrypt$), "
                  "never the PIN itself")
        return ""
    if pin_hash:
        from kiosk.session.pin import pin_hash_problem
        problem = pin_hash_problem(pin_hash)
        if problem:
            m.problem(key.name, problem)
            return ""
    return pin_hash


def _limits(table: Reader) -> tuple[tuple[str, float], ...]:
    limits = []
    for domain, value in table.data.items():
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 < value <= 100:
            table.problem(domain, f"expected a number of megabytes above 0, up to 100, got {value!r}")
            continue
        limits.append((domain.lower().strip("."), float(value)))
    return tuple(limits)


def _webmail(r: Reader, allowlist: tuple[str, ...]) -> tuple[Webmail, ...]:
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


def default_file_problems() -> list[str]:
    """The embedded default must set every declared key, and no other: it is the reference
    IT copies from (kiosk/config_keys.py)."""
    from kiosk.config_keys import undeclared_or_missing
    data, _ = load_toml(default_file())
    return [f"{default_file()}: {problem}" for problem in undeclared_or_missing(data)]


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
