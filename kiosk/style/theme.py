"""Fonts, colours and sizes: one stylesheet for the whole window.

Two themes (normal, high contrast) and three text sizes. Every colour pair used for text is
checked by tests/test_accessibility.py for its contrast ratio (≥ 4.5:1 normal, ≥ 7:1 high).
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QFont, QFontDatabase

from kiosk import paths
from kiosk.languages import TEXT_SIZES

FONT_FAMILIES = ["Noto Sans", "Noto Sans Arabic", "DejaVu Sans"]
FONT_FILES = ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoSansArabic-Regular.ttf",
              "NotoSansArabic-Bold.ttf", "DejaVuSans.ttf", "DejaVuSans-Bold.ttf")
TEXT_PX = TEXT_SIZES            # kiosk/languages.py: the one table of text sizes


@dataclass(frozen=True)
class Palette:
    window: str
    text: str
    muted: str
    card: str
    primary: str          # main action buttons
    on_primary: str
    secondary: str        # other buttons
    on_secondary: str
    border: str
    focus: str
    help: str             # « J'ai besoin d'aide »
    on_help: str
    warning_bg: str
    warning_text: str
    header: str
    on_header: str


NORMAL = Palette(window="#f4f6f9", text="#14202e", muted="#3d4b5c", card="#ffffff",
                 primary="#1f4e8c", on_primary="#ffffff", secondary="#ffffff",
                 on_secondary="#14202e", border="#5b6b7f", focus="#c25400", help="#9a3d00",
                 on_help="#ffffff", warning_bg="#fff4e0", warning_text="#5a2e00",
                 header="#1f3a5f", on_header="#ffffff")
HIGH_CONTRAST = Palette(window="#000000", text="#ffffff", muted="#ffffff", card="#000000",
                        primary="#ffff00", on_primary="#000000", secondary="#000000",
                        on_secondary="#ffffff", border="#ffffff", focus="#00ffff", help="#ffff00",
                        on_help="#000000", warning_bg="#000000", warning_text="#ffff00",
                        header="#000000", on_header="#ffffff")


# The answers look the same in every guide: a green tick for « Oui », a red cross for « Non », a
# blue question mark for « Je ne sais pas » (pictogram and border; listen mode says them).
ANSWER_INK = {"oui": "#1b7a3a", "non": "#b3261e", "nsp": "#1f3a5f"}


def text_pairs(p: Palette) -> list[tuple[str, str, str]]:
    """(what, foreground, background) for every text the kiosk draws."""
    return [("text", p.text, p.window), ("muted", p.muted, p.window), ("card", p.text, p.card),
            ("muted on card", p.muted, p.card), ("primary", p.on_primary, p.primary),
            ("secondary", p.on_secondary, p.secondary), ("help", p.on_help, p.help),
            ("warning", p.warning_text, p.warning_bg), ("header", p.on_header, p.header)]


def load_fonts(first: bool = True) -> None:
    """The welcome screen's fonts (Noto Sans, Noto Sans Arabic) before its first paint
    (``first``), DejaVu Sans, the last resort of FONT_FAMILIES, just after."""
    for name in FONT_FILES:
        if name.startswith("DejaVu") != first:
            QFontDatabase.addApplicationFont(str(paths.assets() / "fonts" / name))


def app_font(size: str = "normal") -> QFont:
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setPixelSize(TEXT_PX[size])
    return font


def stylesheet(size: str = "normal", high_contrast: bool = False) -> str:
    p = HIGH_CONTRAST if high_contrast else NORMAL
    px = TEXT_PX[size]
    return f"""
    QWidget {{ color: {p.text}; font-size: {px}px; }}
    #KioskRoot, #Page {{ background: {p.window}; }}
    #Header {{ background: {p.header}; }}
    #Header QLabel {{ color: {p.on_header}; }}
    QLabel#Title {{ font-size: {int(px * 1.6)}px; font-weight: bold; }}
    QLabel#Subtitle {{ font-size: {int(px * 1.15)}px; font-weight: bold; }}
    QLabel#Muted {{ color: {p.muted}; font-size: {int(px * 0.8)}px; }}
    QLabel#Progress {{ color: {p.muted}; font-weight: bold; }}
    QLabel#Warning, QFrame#Warning {{ background: {p.warning_bg}; color: {p.warning_text};
        border: 2px solid {p.warning_text}; border-radius: 8px; padding: 12px; }}
    QFrame#Card {{ background: {p.card}; border: 2px solid {p.border}; border-radius: 12px; }}
    QPushButton {{ background: {p.secondary}; color: {p.on_secondary}; border: 2px solid {p.border};
        border-radius: 12px; padding: 10px 22px; min-height: 64px; min-width: 64px; }}
    QPushButton:focus {{ border: 5px solid {p.focus}; }}
    QPushButton:pressed {{ background: {p.border}; color: {p.card}; }}
    QPushButton:disabled {{ color: {p.muted}; border-style: dashed; }}
    QPushButton[role="primary"] {{ background: {p.primary}; color: {p.on_primary};
        border-color: {p.primary}; font-weight: bold; }}
    QPushButton[role="primary"]:focus {{ border: 5px solid {p.focus}; }}
    QPushButton[role="help"] {{ background: {p.help}; color: {p.on_help}; border-color: {p.on_header};
        font-weight: bold; }}
    QPushButton[role="tile"] {{ font-size: {int(px * 1.1)}px; font-weight: bold; text-align: left;
        padding: 18px; }}
    QPushButton[role="help"] QLabel, QPushButton[role="help"] QLabel#Muted {{ color: {p.on_help}; }}
    QPushButton[answer="oui"] {{ border: 5px solid {ANSWER_INK["oui"]}; }}
    QPushButton[answer="non"] {{ border: 5px solid {ANSWER_INK["non"]}; }}
    QPushButton[answer="nsp"] {{ border: 5px solid {p.border}; }}
    QPushButton[answer]:focus {{ border: 5px solid {p.focus}; }}
    QPushButton[role="check"], QPushButton[role="checked"] {{ text-align: left; padding: 14px; }}
    QPushButton[role="checked"] {{ background: {p.primary}; color: {p.on_primary};
        border-color: {p.primary}; }}
    QPushButton[role="checked"]:focus {{ border: 5px solid {p.focus}; }}
    QPushButton[role="checked"] QLabel, QPushButton[role="checked"] QLabel#Muted {{
        color: {p.on_primary}; }}
    QLabel#State {{ font-weight: bold; }}
    QPushButton[role="tab"]:checked {{ background: {p.primary}; color: {p.on_primary};
        border-color: {p.primary}; font-weight: bold; }}
    QLabel#Thumbnail {{ background: #ffffff; border: 2px solid {p.border}; }}
    QPushButton[role="header"] {{ background: {p.header}; color: {p.on_header};
        border-color: {p.on_header}; }}
    #HelpBanner {{ background: {p.warning_bg}; border-bottom: 6px solid {p.help}; }}
    QLabel#HelpBannerText {{ color: {p.warning_text}; font-size: {int(px * 2.2)}px; font-weight: bold; }}
    QLabel#Assisted {{ background: {p.warning_bg}; color: {p.warning_text}; font-weight: bold;
        border-radius: 8px; padding: 6px 14px; }}
    #Overlay {{ background: rgba(0, 0, 0, 170); }}
    QFrame#Dialog {{ background: {p.card}; border: 4px solid {p.border}; border-radius: 16px; }}
    QLabel#Countdown {{ font-size: {int(px * 3)}px; font-weight: bold; }}
    """
