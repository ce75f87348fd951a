"""Which screen the kiosk shows, with what, and which navigation buttons: decided without Qt.

``present()`` turns the session, its journey and the window's few own states (the tile chosen,
« Mon résumé » asked for early, a site open, the « mode accompagné ») into a ``Screen``: plain
data the window applies (Mu's ``logic.Editor`` against a passive view, at the size of a kiosk).
``back()`` says what « Retour » does. Tested in tests/test_presenter.py without a QApplication.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Callable

if TYPE_CHECKING:
    from kiosk.guides.model import Guide, Source, Tile

NAV = ("back", "restart", "home", "summary", "finish", "next")


@dataclass
class ViewState:
    """What only the window knows: not the visitor's answers, but how they are being shown."""
    tile: Tile | None = None          # a tile of several guides, chosen on the home screen
    summary_early: bool = False       # « Mon résumé » touched before the end of the guide
    site_open: bool = False           # the official site is beside the guide
    assisted: bool = False            # « mode accompagné », switched by a mediator

    def forget(self) -> None:
        self.tile, self.summary_early = None, False


@dataclass
class Screen:
    page: str                                    # welcome, home, guide_list, summary, question, …
    nav: dict[str, bool] = field(default_factory=lambda: dict.fromkeys(NAV, False))
    chrome: bool = False                         # header and navigation bar
    listening: bool = False                      # listen mode on: the header's « Répéter »
    tiles: list[Tile] = field(default_factory=list)
    guides: list[Guide] = field(default_factory=list)     # the chosen tile's guides
    listen_button: bool = False                  # « Écouter » on a guide screen
    source: Source | None = None                 # where the screen's statement comes from
    site_notice: bool = False                    # « le site est passé à l'étape … »
    site_open: bool = False
    mediator_layer: tuple[str, str] = ("", "")   # what to read, what to do (in French)
    next_step: tuple[int, int] | None = None     # « Suivant : étape n sur N »


def present(session, library, view: ViewState, can_read: Callable[[str], bool]) -> Screen:
    """The screen for ``session`` (a ``kiosk.session.session.Session``, or None)."""
    if session is None:
        return Screen("welcome")                 # painted first: the guides' model not needed
    from kiosk.guides.model import Checklist, End, Step
    journey, nav = session.journey, dict.fromkeys(NAV, False)
    screen = Screen("home", nav, chrome=True, listening=session.listen)
    if journey is None and view.tile is None:
        screen.tiles = library.tiles(session.language)
        nav.update(finish=True)
    elif journey is None:
        screen.page = "guide_list"
        screen.guides = [library.guide(g, session.language) for g in view.tile.guides]
        nav.update(back=True, finish=True)
    elif journey.finished or view.summary_early:
        screen.page = "summary"
        nav.update(back=view.summary_early, home=True)
    else:
        shown = journey.screen
        screen.page = ("checklist" if isinstance(shown, Checklist) else "step" if isinstance(shown, Step)
                       else "end" if isinstance(shown, End) else "question")
        screen.listen_button = can_read(session.language) and not session.listen
        if screen.page in ("step", "question"):
            screen.source = getattr(shown, "source", None)
        if screen.page == "step":
            screen.site_notice, screen.site_open = session.site_notice, view.site_open
            if view.assisted:
                french = library.guide(journey.place.guide, "fr").screen(journey.place.screen)
                screen.mediator_layer = (french.read_to_user, french.advisor_does)
        nav.update(back=True, restart=True, home=True, finish=not isinstance(shown, End),
                   next=isinstance(shown, (Checklist, Step)), summary=not isinstance(shown, End))
        progress = journey.progress()
        if progress and progress.number < progress.total:
            screen.next_step = (progress.number + 1, progress.total)
    return screen


def back(session, view: ViewState) -> str:
    """What « Retour » does: "summary" (leave the early summary), "screen" (the screen before),
    "guide" (close the guide: back to the tiles) or "tiles" (leave a tile's list of guides)."""
    journey = session.journey if session is not None else None
    if view.summary_early:
        return "summary"
    if journey is not None:
        return "screen" if journey.can_go_back else "guide"
    return "tiles"
