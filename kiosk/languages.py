"""The kiosk's languages and text sizes, declared once (Picard's ``UI_LANGUAGES``).

Everything that knows a language reads ``LANGUAGES``: the configuration (which codes a site may
offer), the welcome screen (own name, « Bienvenue », « Commencer en … », « Touchez votre
langue. »), the direction of a label, of a summary and of the whole layout, the read-aloud voice
(its locale), the interface catalogue (``translations/kiosk_<code>.ts``), the guides' translation
files (``content.<code>.toml``, ``<guide>.<code>.toml``), the bundle (kiosk.spec) and ``make
lupdate``. Adding a language is one row here plus its files (tests/test_languages.py makes one up).

Plain data, no Qt: the command-line tools and kiosk.spec read it too.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Language:
    code: str                 # ISO 639-1, as in file names
    name: str                 # its own name, in its own script
    welcome: str              # « Bienvenue » (French is the page's own title)
    start: str                # « Commencer en français »
    by_ear: str               # « Touchez votre langue. », said in listen mode
    voice: str                # the read-aloud voice's locale
    right_to_left: bool = False

    @property
    def interface_file(self) -> str:
        """Its Qt Linguist catalogue, under translations/ (French: the plural forms only)."""
        return f"kiosk_{self.code}.ts"


LANGUAGES: tuple[Language, ...] = (
    Language("fr", "Français", "Bienvenue", "Commencer en français", "Touchez votre langue.", "fr_FR"),
    Language("en", "English", "Welcome", "Start in English", "Touch your language.", "en_GB"),
    Language("ar", "العربية", "أهلًا وسهلًا", "ابدأ باللغة العربية", "المسوا لغتكم.", "ar_EG",
             right_to_left=True),
    Language("pt", "Português", "Bem-vindo", "Começar em português", "Toque na sua língua.", "pt_PT"),
    Language("es", "Español", "Bienvenido", "Empezar en español", "Toque su idioma.", "es_ES"),
    Language("tr", "Türkçe", "Hoş geldiniz", "Türkçe başla", "Dilinize dokunun.", "tr_TR"),
)
CODES: tuple[str, ...] = tuple(lang.code for lang in LANGUAGES)
BY_CODE = {lang.code: lang for lang in LANGUAGES}
RIGHT_TO_LEFT = frozenset(lang.code for lang in LANGUAGES if lang.right_to_left)

# The text sizes, smallest first: the header's « A A A » goes round them; pixels of body text.
TEXT_SIZES: dict[str, int] = {"normal": 24, "large": 30, "xlarge": 36}


def translation_name(stem: str, code: str) -> str:
    """The file of a content or guide file's translation: ``content.en.toml``, ``caf-dtr.ar.toml``
    (French is the source: the file itself)."""
    return f"{stem}.toml" if code == "fr" else f"{stem}.{code}.toml"


def own_name(code: str) -> str:
    return BY_CODE[code].name if code in BY_CODE else code


def is_right_to_left(code: str) -> bool:
    return code in RIGHT_TO_LEFT
