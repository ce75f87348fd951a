"""Every shipped guide can be completed through the interface, by touch, to the wipe."""
from __future__ import annotations

import pytest

from driver import click, start, visible_texts
from kiosk import paths
from kiosk.guides.library import Library
from walker import walk

LIBRARY = Library(paths.content())


def open_from_home(qtbot, kiosk, guide_id: str) -> None:
    tile = next(t for t in kiosk.library.tiles() if guide_id in t.guides)
    click(qtbot, kiosk.window, tile.title)
    if len(tile.guides) > 1:
        click(qtbot, kiosk.window, kiosk.library.guide(guide_id).title)
    assert kiosk.desk.journey.guide.id == guide_id


@pytest.mark.parametrize("guide_id", ["caf-compte", "rsa-demande", "pmi-premier-contact"])
def test_the_foundation_guides_are_accurate_to_the_reference(guide_id):
    """The facts the foundation issue names are in the guides."""
    text = LIBRARY.file(guide_id).read_text(encoding="utf-8")
    expected = {
        "caf-compte": ["15 minutes", "nouvel onglet", "Envoyer le code", "6 chiffres"],
        "rsa-demande": ["France Travail", "conjoint", "25 ans"],
        "pmi-premier-contact": ["gratuit", "6 ans", "carnet de santé"],
    }[guide_id]
    for fact in expected:
        assert fact.lower() in text.lower(), fact


NEW_GUIDE_FACTS = {     # issue 15, part 7: what each new guide read on its sources must say
    "c2s": ["Mes démarches", "4 derniers mois", "2 mois", "cerfa 12504"],
    "ameli-compte": ["7 ou 8", "attestation de droits"],
    "france-travail": ["S'inscrire, se réinscrire", "15 jours", "3949", "automatique"],
    "titre-sejour": ["entre 4 mois et 2 mois", "attestation de dépôt", "gratuite", "0806 001 620"],
    "impots-declaration": ["8 heures", "avis de non-imposition", "numéro fiscal"],
    "caf-prime-naissance": ["3e mois", "6 mois", "6e mois"],
    "mdph": ["cerfa 15692", "cerfa 15695", "moins d'un an", "4 mois"],
}


@pytest.mark.parametrize("guide_id", sorted(NEW_GUIDE_FACTS))
def test_the_new_guides_say_what_their_sources_say(guide_id):
    text = LIBRARY.file(guide_id).read_text(encoding="utf-8")
    for fact in NEW_GUIDE_FACTS[guide_id]:
        assert fact in text, fact
    for language in ("en", "ar"):
        assert LIBRARY.missing(guide_id, language) == [], (guide_id, language)


@pytest.mark.parametrize("guide_id", LIBRARY.ids)
def test_each_guide_completes_through_the_interface(qtbot, real_kiosk, guide_id):
    start(qtbot, real_kiosk)
    reachable = any(guide_id in t.guides for t in real_kiosk.library.tiles())
    if reachable:
        open_from_home(qtbot, real_kiosk, guide_id)
    else:
        real_kiosk.desk.open_guide(guide_id)             # a prerequisite reached by detours
    walk(qtbot, real_kiosk, guide_id, real_kiosk.window.question.standard_label)
    with qtbot.waitSignal(real_kiosk.desk.wiped):
        click(qtbot, real_kiosk.window, "Terminer et effacer")
    assert "Bienvenue" in visible_texts(real_kiosk.window)
