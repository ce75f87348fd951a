"""Home: one big tile per need, then the guides of that tile."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QVBoxLayout, QWidget

from kiosk.guides.model import Guide, Tile
from kiosk.ui.widgets import Page, WrapButton, discard


class HomePage(Page):
    tile_chosen = Signal(object)    # Tile

    def __init__(self):
        super().__init__()
        inner = QWidget()
        self.grid = QGridLayout(inner)
        self.grid.setSpacing(20)
        self.title = self.titled(inner)
        self.tiles: list[tuple[Tile, WrapButton]] = []
        self.retranslate()

    def show_tiles(self, tiles: list[Tile]) -> None:
        discard([b for _, b in self.tiles])
        self.tiles = []
        columns = 3 if len(tiles) > 8 else 2     # a dozen tiles still fit on one 1080p screen
        for column in range(3):
            self.grid.setColumnStretch(column, 1 if column < columns else 0)
        for index, tile in enumerate(tiles):
            b = WrapButton(tile.title, icon=tile.pictogram, role="help" if tile.action else "tile",
                           icon_px=96)
            b.setMinimumHeight(150)
            b.clicked.connect(lambda _=False, t=tile: self.tile_chosen.emit(t))
            self.grid.addWidget(b, index // columns, index % columns)
            b.show()
            self.tiles.append((tile, b))

    def spoken(self) -> list[str]:
        return [self.title.text()] + [b.text_content() for _, b in self.tiles]

    def retranslate(self) -> None:
        self.title.setText(self.tr("Pour quelle démarche venez-vous ?"))


class GuideListPage(Page):
    guide_chosen = Signal(str)

    def __init__(self):
        super().__init__()
        inner = QWidget()
        self.list = QVBoxLayout(inner)
        self.list.setSpacing(16)
        self.list.addStretch(1)
        self.title = self.titled(inner)
        self.buttons: list[WrapButton] = []

    def show_guides(self, tile: Tile, guides: list[Guide]) -> None:
        self.title.setText(tile.title)
        discard(self.buttons)
        for guide in guides:
            b = WrapButton(guide.title, guide.intro, guide.pictogram)
            b.clicked.connect(lambda _=False, g=guide.id: self.guide_chosen.emit(g))
            self.list.insertWidget(self.list.count() - 1, b)
            b.show()
            self.buttons.append(b)

    def spoken(self) -> list[str]:
        return [self.title.text()] + [". ".join(t for t in (b.text_content(), b.hint_label.text()) if t)
                                      for b in self.buttons]

    def clear(self) -> None:
        self.title.clear()
        discard(self.buttons)
