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
