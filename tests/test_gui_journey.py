"""A visitor goes through a guide on the screen, from the welcome screen to the wipe."""
from __future__ import annotations

import gc
import weakref

from PySide6.QtGui import QGuiApplication

from driver import all_texts, click, find_button, start, visible_texts


def test_welcome_shows_the_site_and_the_language_choice(kiosk):
    texts = visible_texts(kiosk.window)
    assert "Bienvenue" in texts and "Français" in texts
    assert any("Teddy Riner" in t and "8 h 30" in t for t in texts)
    assert not kiosk.window.header.isVisible()       # nothing but the welcome


def test_home_shows_a_tile_per_need_and_the_help_tile(qtbot, kiosk):
    start(qtbot, kiosk)
    texts = visible_texts(kiosk.window)
    assert {"Démarches de test", "Un seul guide", "J'ai besoin d'aide"} <= set(texts)
    assert kiosk.window.header.isVisible()


def test_a_tile_with_one_guide_opens_it(qtbot, kiosk):
    start(qtbot, kiosk)
    click(qtbot, kiosk.window, "Un seul guide")
    assert "Première étape" in visible_texts(kiosk.window)
    assert "Étape 1 sur 2" in visible_texts(kiosk.window)


def test_a_whole_journey_with_a_detour(qtbot, kiosk):
    w = kiosk.window
    start(qtbot, kiosk)
    click(qtbot, w, "Démarches de test")
    click(qtbot, w, "Guide de démonstration")
    assert "Avez-vous un compte ?" in visible_texts(w)
    click(qtbot, w, "Non")                                  # no account: the prerequisite first
    texts = visible_texts(w)
    assert "Créer une adresse" in texts
    assert any("Guide de démonstration" in t and "Vous y reviendrez" in t for t in texts)
    click(qtbot, w, "Suivant")
    click(qtbot, w, "Reprendre « Guide de démonstration »")  # back where the visitor left
    assert "Préparez vos papiers" in visible_texts(w)
    click(qtbot, w, "RIB")                                   # ticks the RIB
    assert kiosk.desk.journey.is_ticked("rib")
    click(qtbot, w, "Suivant")
    texts = visible_texts(w)
    assert "Étape 1 sur 3" in texts and "Ouvrir le site" in texts
    assert "Attention : Ne fermez pas la page." in texts
    assert "Source : caf.fr — relu sur une copie de la page du 01/11/2026" in texts
    click(qtbot, w, "Suivant")
    assert "Étape 2 sur 3" in visible_texts(w)
    click(qtbot, w, "Retour")
    assert "Étape 1 sur 3" in visible_texts(w)
    click(qtbot, w, "Suivant")
    click(qtbot, w, "Suivant")
    click(qtbot, w, "Suivant")
    assert "Démarche terminée. Votre démarche est faite." in visible_texts(w)   # the summary
    with qtbot.waitSignal(kiosk.desk.wiped):
        click(qtbot, w, "Terminer et effacer")
    assert kiosk.desk.session is None and "Bienvenue" in visible_texts(w)


def test_recommencer_goes_back_to_the_first_question(qtbot, kiosk):
    w = kiosk.window
    start(qtbot, kiosk)
    click(qtbot, w, "Un seul guide")
    click(qtbot, w, "Suivant")
    click(qtbot, w, "Recommencer")
    assert "Étape 1 sur 2" in visible_texts(w)


def test_back_from_the_first_screen_returns_to_the_home_tiles(qtbot, kiosk):
    w = kiosk.window
    start(qtbot, kiosk)
    click(qtbot, w, "Un seul guide")
    click(qtbot, w, "Retour")
    assert "Pour quelle démarche venez-vous ?" in visible_texts(w)


def test_terminer_et_effacer_asks_first_then_forgets_everything(qtbot, kiosk):
    w = kiosk.window
    start(qtbot, kiosk)
    click(qtbot, w, "Démarches de test")
    click(qtbot, w, "Guide de démonstration")
    click(qtbot, w, "Oui")
    click(qtbot, w, "Carte Vitale")
    click(qtbot, w, "Suivant")
    QGuiApplication.clipboard().setText("Ne fermez pas la page.")
    session = weakref.ref(kiosk.desk.session)
    journey = weakref.ref(kiosk.desk.journey)
    click(qtbot, w, "Terminer et effacer")
    click(qtbot, w, "Non, continuer")                        # a slip of the finger costs nothing
    assert kiosk.desk.session is not None and "Ouvrir le site" in visible_texts(w)
    click(qtbot, w, "Terminer et effacer")
    with qtbot.waitSignal(kiosk.desk.wiped):
        click(qtbot, w, "Oui, tout effacer")
    gc.collect()
    assert session() is None and journey() is None           # the session objects are gone
    remains = all_texts(w)
    for trace in ("Ouvrir le site", "Ne fermez pas la page", "Carte Vitale", "Guide de démonstration",
                  "Une page bleue", "Étape 1 sur 3"):
        assert trace not in remains, trace
    assert QGuiApplication.clipboard().text() == ""
    assert "Bienvenue" in visible_texts(w)


def test_help_can_be_called_from_the_home_tile_and_the_header(qtbot, kiosk):
    w = kiosk.window
    start(qtbot, kiosk)
    click(qtbot, w, "J'ai besoin d'aide")                    # the tile
    assert "Un médiateur va venir vous aider" in visible_texts(w)
    click(qtbot, w, "D'accord")
    assert "Un médiateur va venir" in visible_texts(w)       # stays in the header
    assert find_button(w.header, "J'ai besoin d'aide")
