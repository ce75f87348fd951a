"""What a print job answers: ok or not, and what to tell the visitor (in French, the source)."""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP

PRINTING = QT_TRANSLATE_NOOP("Printing", "Impression en cours…")
PRINTED = QT_TRANSLATE_NOOP("Printing", "C'est imprimé. Prenez votre feuille à l'imprimante.")
NO_PRINTER = QT_TRANSLATE_NOOP("Printing", "Aucune imprimante n'est prête sur ce poste. "
                                           "Scannez le code avec votre téléphone ou demandez à "
                                           "un médiateur.")
DISABLED = QT_TRANSLATE_NOOP("Printing", "L'imprimante est arrêtée. Scannez le code avec votre "
                                         "téléphone ou demandez à un médiateur.")
REJECTING = QT_TRANSLATE_NOOP("Printing", "L'imprimante n'accepte pas d'impression pour le "
                                          "moment. Scannez le code avec votre téléphone ou "
                                          "demandez à un médiateur.")
NOT_RESPONDING = QT_TRANSLATE_NOOP("Printing", "L'imprimante ne répond pas. Scannez le code avec "
                                               "votre téléphone ou demandez à un médiateur.")
NO_SERVICE = QT_TRANSLATE_NOOP("Printing", "L'impression ne fonctionne pas sur ce poste. "
                                           "Scannez le code avec votre téléphone ou demandez à "
                                           "un médiateur.")
FAILED = QT_TRANSLATE_NOOP("Printing", "L'impression n'a pas pu partir. Scannez le code avec "
                                       "votre téléphone ou demandez à un médiateur.")
BUSY = QT_TRANSLATE_NOOP("Printing", "Une impression est déjà en cours. Attendez un instant.")


@dataclass(frozen=True)
class Outcome:
    ok: bool
    message: str          # one of the texts above, in French (the source language)
    reason: str           # for the log: no personal data
