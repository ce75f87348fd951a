"""Every key of the site configuration, declared once: its type, default, bounds and meaning.

qutebrowser's ``configdata.yml`` is the model. kiosk/config.py reads this table to parse a site
file (the same checks, the same messages), to give the dataclasses their defaults, and to check
that ``assets/site/default.toml`` sets every key and no other (``kiosk check``). A key with a
``kind`` other than text, integer, choice or texts has its own reader in kiosk/config.py.
"""
from __future__ import annotations

from dataclasses import dataclass

from kiosk.languages import CODES, TEXT_SIZES


@dataclass(frozen=True)
class Key:
    path: str                         # "section.name"
    kind: str                         # text, integer, choice, texts, or a reader of config.py
    default: object
    meaning: str
    low: int = 0                      # integer bounds, with their unit in messages
    high: int = 0
    unit: str = ""
    choices: tuple[str, ...] = ()
    blank_is_default: bool = False    # an empty text means the default (a post needs a name)

    @property
    def section(self) -> str:
        return self.path.split(".")[0]

    @property
    def name(self) -> str:
        return self.path.split(".")[1]


def _seconds(path: str, default: int, low: int, high: int, meaning: str) -> Key:
    return Key(path, "integer", default, meaning, low, high, " of seconds")


KEYS: tuple[Key, ...] = (
    Key("site.name", "text", "Pôle social", "the pôle's name, on the welcome screen and the summary"),
    Key("site.address", "text", "", "its address, on the summary"),
    Key("site.transport", "text", "", "how to get there"),
    Key("site.hours", "text", "", "its opening hours"),
    Key("site.phone", "text", "", "its telephone number"),
    Key("site.services", "texts", (), "what the pôle offers, on the welcome screen"),

    Key("kiosk.mode", "choice", "demo", "demo (a closable window) or production (locked)",
        choices=("demo", "production")),
    Key("kiosk.post", "text", "Poste 1", "this post's name, on help calls and summaries",
        blank_is_default=True),
    _seconds("kiosk.idle_timeout_s", 120, 5, 3600, "without a touch, the countdown starts"),
    _seconds("kiosk.idle_countdown_s", 30, 20, 600, "the countdown (WCAG 2.2.1: at least 20 s)"),
    Key("kiosk.languages", "languages", CODES, "the languages offered (French always)"),
    Key("kiosk.text_size", "choice", "normal", "the default text size", choices=tuple(TEXT_SIZES)),

    Key("mediator.pin_hash", "pin_hash", "", "made by `kiosk hash-pin`; never a clear PIN"),
    Key("mediator.free_attempts", "integer", 5, "wrong PINs before the first wait", 1, 20),
    _seconds("mediator.lockout_s", 30, 1, 3600, "the first wait; doubles after each wrong PIN"),
    _seconds("mediator.long_press_s", 3, 1, 10, "press on the top-left corner to open the PIN pad"),

    Key("printing.printer", "text", "", "CUPS queue or Windows printer; empty: the default one"),
    _seconds("printing.job_timeout_s", 60, 5, 600, "the longest a print job is followed"),

    Key("web.allowlist", "domains", (), "the official sites that open beside the guide"),
    Key("web.proxy", "proxy", "", "the centre's HTTP proxy, host:port; empty: none"),

    Key("help.endpoint", "endpoint", "", "the mediators' desk; empty: the on-screen signal only"),
    _seconds("help.timeout_s", 5, 1, 60, "the most one try may last"),
    Key("help.attempts", "integer", 3, "tries before the visitor is told", 1, 10),

    Key("handoff.endpoint", "https", "", "HTTPS; empty: the summary screen offers no hand-off"),
    _seconds("handoff.timeout_s", 10, 2, 120, "the most one delivery try may last"),
    Key("handoff.keep_days", "integer", 7, "an undelivered summary is deleted after", 1, 30, " of days"),
    _seconds("handoff.retry_first_s", 30, 5, 3600, "the first wait before trying again"),
    _seconds("handoff.retry_max_s", 3600, 60, 86400, "the longest wait between tries"),

    Key("update.url", "https", "", "the content pack; its signature at url + \".sig\""),
    Key("update.public_key", "public_key", "", "printed by `kiosk make-key`"),
    _seconds("update.timeout_s", 30, 5, 600, "the longest wait for the server"),
    Key("update.max_mb", "integer", 50, "the largest pack", 1, 500, " of megabytes"),
    Key("update.check_every_h", "integer", 24, "how often to look for a pack", 1, 168, " of hours"),

    Key("scanner.device", "text", "", "SANE device (`scanimage -L`); empty: no scanner here"),
    Key("scanner.resolution", "integer", 200, "dots per inch: a form reads well at 200", 75, 600,
        " of dots per inch"),
    _seconds("scanner.timeout_s", 60, 5, 600, "a scan not ended by then is stopped"),
    Key("scanner.gray_mode", "text", "Gray", "the device's word for grey", blank_is_default=True),
    Key("scanner.color_mode", "text", "Color", "the device's word for colour", blank_is_default=True),
    Key("scanner.options", "texts", (), "more scanimage arguments this device needs"),

    Key("documents.max_mb", "megabytes", (), "a site's own stated file limit, per domain"),
    Key("webmail.providers", "webmail", (), "the visitors' webmails, opened in a second tab"),
)
BY_PATH = {key.path: key for key in KEYS}
SECTIONS: tuple[str, ...] = tuple(dict.fromkeys(key.section for key in KEYS))


def default(path: str):
    """The built-in default of ``section.name`` (for the dataclasses of kiosk/config.py)."""
    return BY_PATH[path].default


def section(name: str) -> tuple[Key, ...]:
    return tuple(key for key in KEYS if key.section == name)


def undeclared_or_missing(data: dict) -> list[str]:
    """What a complete file (the embedded default) lacks or has beyond the declaration."""
    found = {f"{s}.{k}" for s, table in data.items() if isinstance(table, dict) for k in table}
    return ([f"{path}: declared, but not in the file" for path in BY_PATH if path not in found]
            + [f"{path}: not a declared key" for path in sorted(found - set(BY_PATH))]
            + [f"{s}: not a declared section" for s in data if s not in SECTIONS])
