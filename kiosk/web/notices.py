"""Which notice a failed or refused page gets, and its words (no network, a page that failed, a refused link…),
in the interface language. Their translation context stays « WebPanel », so the catalogues keep
their translations."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kiosk.web import blocked
from kiosk.web.policy import Decision, Reason, Verdict

DECEPTIVE = {Reason.LOOK_ALIKE, Reason.INTERNATIONAL, Reason.USERINFO}
# Chromium's error codes: which notice a failed page gets.
BLOCKED_ERRORS = {-10, -20}          # ERR_ACCESS_DENIED (what Qt 6.12 reports), ERR_BLOCKED_BY_CLIENT
NETWORK_ERRORS = {
    -7,     # TIMED_OUT
    -21,    # NETWORK_CHANGED
    -100,   # CONNECTION_CLOSED
    -101,   # CONNECTION_RESET
    -102,   # CONNECTION_REFUSED
    -104,   # CONNECTION_FAILED
    -105,   # NAME_NOT_RESOLVED
    -106,   # INTERNET_DISCONNECTED
    -109,   # ADDRESS_UNREACHABLE
    -118,   # CONNECTION_TIMED_OUT
    -130,   # PROXY_CONNECTION_FAILED
    -137,   # NAME_RESOLUTION_FAILED
    -138,   # NETWORK_ACCESS_DENIED
}
ABORTED = -3


def notice_for(kind: str, decision: Decision | None = None) -> blocked.Notice:
    """The words of a notice, in the current interface language."""
    back, reload = QCoreApplication.translate("WebPanel", "Retour"), QCoreApplication.translate("WebPanel", "Recharger")
    if kind == "offline":
        return blocked.Notice(
            QCoreApplication.translate("WebPanel", "Pas de connexion internet pour le moment"),
            (QCoreApplication.translate("WebPanel", "Le site officiel ne répond pas : la borne n'arrive pas à joindre internet."),
             QCoreApplication.translate("WebPanel", "Le guide, à côté, continue de fonctionner : vous pouvez avancer, cocher vos "
                     "documents et imprimer votre résumé."),
             QCoreApplication.translate("WebPanel", "Touchez « %1 » pour réessayer. Si cela dure, prévenez un médiateur.")
             .replace("%1", reload)))
    if kind == "error":
        return blocked.Notice(
            QCoreApplication.translate("WebPanel", "Cette page n'a pas pu s'ouvrir"),
            (QCoreApplication.translate("WebPanel", "Le site officiel a rencontré un problème."),
             QCoreApplication.translate("WebPanel", "Touchez « %1 » pour réessayer, ou « %2 » pour revenir en arrière.")
             .replace("%1", reload).replace("%2", back)))
    if kind == "refusal":
        return blocked.Notice(
            QCoreApplication.translate("WebPanel", "Ce service refuse la borne"),
            (QCoreApplication.translate("WebPanel", "Ce site n'accepte pas que l'on se connecte depuis le navigateur de la "
                     "borne. La borne n'y peut rien."),
             QCoreApplication.translate("WebPanel", "Ouvrez votre messagerie sur votre téléphone pour lire le code. "
                     "Ou demandez à un médiateur."),
             QCoreApplication.translate("WebPanel", "Touchez « %1 » pour revenir en arrière.").replace("%1", back)))
    if kind == "download":
        return blocked.Notice(
            QCoreApplication.translate("WebPanel", "Ce fichier ne peut pas être gardé sur la borne"),
            (QCoreApplication.translate("WebPanel", "La borne garde seulement les documents PDF, pour les imprimer."),
             QCoreApplication.translate("WebPanel", "Demandez à un médiateur si vous avez besoin de ce fichier."),
             QCoreApplication.translate("WebPanel", "Touchez « %1 » pour revenir au site.").replace("%1", back)))
    if kind in ("no-space", "failed"):       # a PDF whose download stopped short
        return blocked.Notice(
            QCoreApplication.translate("WebPanel", "Ce document n'a pas pu être enregistré"),
            (QCoreApplication.translate("WebPanel", "La borne n'a plus de place pour le garder. Prévenez un médiateur.")
             if kind == "no-space" else
             QCoreApplication.translate("WebPanel", "Le téléchargement s'est arrêté avant la fin. Réessayez ; si cela "
                     "recommence, prévenez un médiateur."),
             QCoreApplication.translate("WebPanel", "Touchez « %1 » pour revenir au site.").replace("%1", back)))
    decision = decision or Decision(Verdict.BLOCK, Reason.MALFORMED)
    if decision.verdict is Verdict.OFFER_ON_PHONE:
        return blocked.Notice(
            QCoreApplication.translate("WebPanel", "Ce site ne s'ouvre pas sur la borne"),
            (QCoreApplication.translate("WebPanel", "La borne ouvre seulement les sites officiels utiles à vos démarches. "
                     "« %1 » n'en fait pas partie.").replace("%1", decision.domain),
             QCoreApplication.translate("WebPanel", "Vous pouvez l'ouvrir sur votre téléphone : scannez ce code avec "
                     "l'appareil photo."),
             QCoreApplication.translate("WebPanel", "Touchez « %1 » pour revenir au site officiel.").replace("%1", back)),
            qr_caption=QCoreApplication.translate("WebPanel", "Adresse à ouvrir sur votre téléphone"),
            qr_url=decision.url, address=decision.url)
    if decision.reason in DECEPTIVE:
        return blocked.Notice(
            QCoreApplication.translate("WebPanel", "Attention : cette adresse imite un site officiel"),
            (QCoreApplication.translate("WebPanel", "Elle ressemble au nom d'un site officiel, mais ce n'en est pas un. Par "
                     "prudence, la borne ne l'ouvre pas et ne la propose pas pour votre téléphone."),
             QCoreApplication.translate("WebPanel", "En cas de doute, demandez à un médiateur."),
             QCoreApplication.translate("WebPanel", "Touchez « %1 » pour revenir au site officiel.").replace("%1", back)),
            warning=True, address=decision.domain)
    return blocked.Notice(
        QCoreApplication.translate("WebPanel", "Ce lien ne s'ouvre pas sur la borne"),
        (QCoreApplication.translate("WebPanel", "Il ne mène pas à une page d'un site officiel."),
         QCoreApplication.translate("WebPanel", "Touchez « %1 » pour revenir au site officiel.").replace("%1", back)))
