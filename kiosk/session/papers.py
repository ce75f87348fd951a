"""The names a scanned paper may be given: the papers of the visitor's checklists, in their language."""
from __future__ import annotations

from kiosk.session.journey import Journey

# The checklist items that are papers (a scanned page may be one), by their pictogram.
PAPER_PICTOGRAMS = {"piece-identite", "titre-sejour", "justificatif-domicile", "fiche-de-paie", "rib",
                    "avis-impot", "bail", "livret-famille", "attestation", "carnet-sante",
                    "carte-vitale", "pdf"}


def checklist_papers(journey: Journey | None) -> list[str]:
    """The papers of every checklist the visitor went through (and is on), in order, once each."""
    names: list[str] = []
    if journey is not None:
        for place in list(journey.history) + [journey.place]:
            screen = journey.guides(place.guide).screen(place.screen)
            names += [item.label for item in getattr(screen, "items", ())
                      if item.pictogram in PAPER_PICTOGRAMS]
    return list(dict.fromkeys(names))
