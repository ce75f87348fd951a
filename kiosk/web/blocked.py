"""The kiosk's own notice pages in the web panel: a refused link, no internet, a page that failed.

Plain HTML built from words the panel translated (``WebPanel`` marks them with ``self.tr`` so
that pyside6-lupdate collects them). The page has the visitor's language and direction; each
paragraph is ``dir="auto"``, so a line still in French (untranslated) reads left to right on an
Arabic page. The QR code of a refused address is embedded as a
``data:image/png`` URL; the panel sets the page with ``setHtml`` (the policy lets only the
kiosk itself show a ``data:`` page, never a site). No Qt here.
"""
from __future__ import annotations

import base64
from dataclasses import dataclass
from html import escape
from urllib.parse import urlsplit, urlunsplit

from kiosk.qr import qr_png

QR_MAX_CHARS = 1200   # a longer address is cut to scheme://host/path (then to the host)


@dataclass(frozen=True)
class Colours:
    window: str = "#f4f6f9"
    text: str = "#14202e"
    muted: str = "#3d4b5c"
    card: str = "#ffffff"
    border: str = "#5b6b7f"
    warning_bg: str = "#fff4e0"
    warning_text: str = "#5a2e00"

    @classmethod
    def of(cls, palette) -> Colours:
        """From a ``kiosk.style.theme.Palette`` (or anything with the same attributes)."""
        return cls(**{name: getattr(palette, name) for name in cls.__dataclass_fields__})


@dataclass(frozen=True)
class Notice:
    """One notice, already in the visitor's language."""
    title: str
    lines: tuple[str, ...]
    warning: bool = False        # drawn as a warning (a deceptive address)
    qr_caption: str = ""         # shown under the QR code
    qr_url: str = ""             # the address to open on a phone; "" for no QR code
    address: str = ""            # the address shown as text (for the QR or the look-alike)


def qr_payload(url: str) -> str:
    """The address the phone gets: whole if short enough for a QR code, else shortened."""
    if len(url) <= QR_MAX_CHARS:
        return url
    parts = urlsplit(url)
    shorter = urlunsplit((parts.scheme, parts.netloc, parts.path, "", ""))
    return shorter if len(shorter) <= QR_MAX_CHARS else urlunsplit((parts.scheme, parts.netloc, "/", "", ""))


def qr_data_url(url: str) -> str:
    png = qr_png(qr_payload(url), scale=8, border=4)
    return "data:image/png;base64," + base64.b64encode(png).decode("ascii")


def _typography(text: str) -> str:
    """French spacing that does not break: « mot », « : », « ? »."""
    return (text.replace("« ", "«\u00a0").replace(" »", "\u00a0»").replace(" :", "\u00a0:")
            .replace(" ?", "\u00a0?").replace(" !", "\u00a0!").replace(" ;", "\u00a0;"))


def render(notice: Notice, language: str = "fr", right_to_left: bool = False,
           colours: Colours = Colours(), text_px: int = 24) -> str:
    """A complete HTML page for ``notice``."""
    c = colours
    lines = "\n".join(f'<p dir="auto">{escape(_typography(line))}</p>' for line in notice.lines if line)
    address = (f'<p class="address" dir="ltr">{escape(notice.address)}</p>'
               if notice.address else "")
    qr = ""
    if notice.qr_url:
        qr = (f'<figure><img src="{qr_data_url(notice.qr_url)}" width="300" height="300" '
              f'alt="{escape(notice.qr_caption)}">'
              f'<figcaption dir="auto">{escape(_typography(notice.qr_caption))}</figcaption></figure>')
    card_class = "card warning" if notice.warning else "card"
    return f"""<!DOCTYPE html>
<html lang="{escape(language)}" dir="{'rtl' if right_to_left else 'ltr'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(_typography(notice.title))}</title>
<style>
  html {{ background: {c.window}; color: {c.text};
         font-family: "Noto Sans", "Noto Sans Arabic", "DejaVu Sans", sans-serif;
         font-size: {text_px}px; line-height: 1.45; }}
  body {{ margin: 0; padding: 32px; }}
  .card {{ background: {c.card}; border: 2px solid {c.border}; border-radius: 12px;
          padding: 24px 32px; max-width: 44em; margin: 0 auto; }}
  .warning {{ background: {c.warning_bg}; color: {c.warning_text}; border-color: {c.warning_text}; }}
  h1 {{ font-size: 1.5em; margin: 0 0 0.6em 0; }}
  p {{ margin: 0 0 0.8em 0; }}
  .address {{ font-family: "DejaVu Sans Mono", monospace; font-size: 0.8em; color: {c.muted};
             overflow-wrap: anywhere; text-align: left; }}
  figure {{ margin: 1em 0 0 0; text-align: center; }}
  figure img {{ width: 300px; height: 300px; image-rendering: pixelated;
               border: 2px solid {c.border}; background: #ffffff; }}
  figcaption {{ margin-top: 0.4em; font-weight: bold; }}
</style>
</head>
<body>
<main class="{card_class}" role="main">
<h1 dir="auto">{escape(_typography(notice.title))}</h1>
{lines}
{address}
{qr}
</main>
</body>
</html>
"""
