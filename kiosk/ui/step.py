"""A step: one idea, what you will see, what to watch out for, and where it comes from."""
from __future__ import annotations

from urllib.parse import urlsplit

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout

from kiosk.guides.model import Step
from kiosk.session.journey import Journey
from kiosk.ui.guide_page import GuidePage
from kiosk.ui.widgets import button, card, label, pictogram


class StepPage(GuidePage):
    open_site = Signal(str)
    close_site = Signal()
    print_download = Signal(str)
    tool_clicked = Signal(str)            # "scan", "documents", "webmail"

    def __init__(self):
        super().__init__()
        self.progress = label(name="Progress")
        self.title = label(name="Title")
        self.text = label()
        self.screen_card, screen_layout = card()
        self.screen_title = label(name="Subtitle")
        self.screen_text = label()
        screen_layout.addWidget(self.screen_title)
        screen_layout.addWidget(self.screen_text)
        self.watch_out = label(name="Warning")
        self.site = button(role="primary", icon="site-web")
        self.site.clicked.connect(lambda: self.open_site.emit(self._url))
        self.close_button = button(icon="non")
        self.close_button.clicked.connect(self.close_site)
        self.site_row = QVBoxLayout()           # one under the other: fits beside the site too
        self.site_row.addWidget(self.site)
        self.site_row.addWidget(self.close_button)
        self.tools_row = QHBoxLayout()       # what the visitor needs to finish here
        self.tools = {}
        for tool, icon in (("scan", "scanner"), ("documents", "attestation"), ("webmail", "email")):
            b = button(icon=icon)
            b.clicked.connect(lambda _=False, t=tool: self.tool_clicked.emit(t))
            b.hide()
            self.tools_row.addWidget(b)
            self.tools[tool] = b
        self.tools_row.addStretch(1)
        self.has_scanner = False
        self.site_notice = label(name="Warning")
        self.download_card, download_layout = card("Warning")
        self.download_text = label()
        self.download_button = button(role="primary", icon="imprimer")
        self.download_button.clicked.connect(lambda: self.print_download.emit(self._download))
        download_layout.addWidget(self.download_text)
        download_layout.addWidget(self.download_button)
        self._download = ""
        self.source = label(name="Muted")
        self.icon = label()
        self.icon.setFixedSize(96, 96)
        heading = QHBoxLayout()
        heading.setSpacing(24)
        titles = QVBoxLayout()
        titles.addWidget(self.progress)
        titles.addWidget(self.title)
        heading.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        heading.addLayout(titles, 1)
        self.body.addLayout(heading)
        self.mediator_card, mediator_layout = card("Warning")
        self.read_title, self.read_text = label(name="Subtitle"), label()
        self.do_title, self.do_text = label(name="Subtitle"), label()
        for widget in (self.read_title, self.read_text, self.do_title, self.do_text):
            mediator_layout.addWidget(widget)
        self.mediator_card.hide()
        for widget in (self.site_notice, self.text, self.screen_card, self.watch_out,
                       self.mediator_card):
            self.body.addWidget(widget)
        self.body.addLayout(self.site_row)
        self.body.addLayout(self.tools_row)
        for widget in (self.download_card, self.source):
            self.body.addWidget(widget)
        self.site_notice.hide()
        self.download_card.hide()
        self.close_button.hide()
        self.body.addStretch(1)
        self._url = ""

    def reading_labels(self):
        return [self.progress, self.title, self.text, self.screen_text, self.watch_out]

    def narration(self) -> list[str]:
        said = [self.progress.text(), self.title.text()]
        if self.site_notice.isVisibleTo(self):
            said.append(self.site_notice.text())
        said.append(self.text.text())
        if self.screen_card.isVisibleTo(self):
            said += [self.screen_title.text(), self.screen_text.text()]
        if self.watch_out.isVisibleTo(self):
            said.append(self.watch_out.text())
        said += [b.text() for b in (self.site, *self.tools.values()) if b.isVisibleTo(self)]
        return said

    def show_journey(self, journey: Journey) -> None:
        super().show_journey(journey)
        step: Step = journey.screen
        progress = journey.progress()
        self.progress.setText(self.tr("Étape %1 sur %2").replace("%1", str(progress.number))
                              .replace("%2", str(progress.total)))
        self.title.setText(step.title)
        self.title.setAccessibleName(f"{self.progress.text()} : {step.title}")
        self.icon.setPixmap(pictogram(step.pictogram).pixmap(96, 96))
        self.icon.setVisible(bool(step.pictogram))
        self.icon.setAccessibleName(step.title)
        self.text.setText(step.text)
        self.screen_title.setText(self.tr("Ce que vous verrez à l'écran"))
        self.screen_text.setText(step.screen)
        self.screen_card.setVisible(bool(step.screen))
        self.watch_out.setText(self.tr("Attention : %1").replace("%1", step.watch_out))
        self.watch_out.setVisible(bool(step.watch_out))
        self._url = step.url
        host = urlsplit(step.url).hostname or ""
        self.site.setText(self.tr("Ouvrir le site %1").replace("%1", host.removeprefix("www.")))
        self.site.setAccessibleName(self.site.text())
        self.site.setVisible(bool(step.url))
        self.tools["scan"].setVisible("documents" in step.tools and self.has_scanner)
        self.tools["documents"].setVisible("documents" in step.tools)
        self.tools["webmail"].setVisible("webmail" in step.tools)
        self.retranslate_tools()

    def show_source(self, text: str) -> None:
        """« Source : … — relu sur une copie de la page du … » (what was really done)."""
        self.source.setText(text)
        self.source.setAccessibleName(text)

    def retranslate_tools(self, documents: int | None = None) -> None:
        if documents is not None:
            self._documents = documents
        count = getattr(self, "_documents", 0)
        for tool, text, name in (
                ("scan", self.tr("Scanner un papier"), self.tr("Scanner un papier avec le scanner du poste")),
                ("documents", self.tr("Mes documents (%1)").replace("%1", str(count)),
                 self.tr("Mes documents : voir et envoyer vos papiers scannés. Nombre de documents : %1")
                 .replace("%1", str(count))),
                ("webmail", self.tr("Ma messagerie"),
                 self.tr("Ma messagerie : ouvrir mes e-mails à côté, pour lire un code"))):
            self.tools[tool].setText(text)
            self.tools[tool].setAccessibleName(name)

    def set_site_open(self, is_open: bool) -> None:
        self.close_button.setVisible(is_open and bool(self._url))
        self.close_button.setText(self.tr("Fermer le site"))
        self.close_button.setAccessibleName(self.tr("Fermer le site officiel et garder le guide"))

    def show_site_notice(self, shown: bool) -> None:
        """The visitor reached this step's page on the official site by themselves."""
        self.site_notice.setVisible(shown)
        self.site_notice.setText(self.tr("Vous êtes sur la page de cette étape : %1.")
                                 .replace("%1", self.progress.text()))

    def offer_download(self, path: str) -> None:
        """A PDF from the official site: print it now; it is deleted after, or at the wipe."""
        self._download = path
        self.download_text.setText(self.tr("Un document a été téléchargé depuis le site officiel. "
                                           "Il sera effacé à la fin. Imprimez-le maintenant."))
        self.download_button.setText(self.tr("Imprimer le document"))
        self.download_button.setEnabled(True)
        self.download_card.show()

    def show_download_status(self, text: str) -> None:
        self.download_text.setText(text)
        self.download_button.setEnabled(False)

    def show_mediator_layer(self, read_to_user: str, advisor_does: str) -> None:
        """« Mode accompagné »: the texts for the mediator, in French."""
        self.read_title.setText(self.tr("À lire à l'usager"))
        self.read_text.setText(read_to_user)
        self.do_title.setText(self.tr("À faire par le conseiller"))
        self.do_text.setText(advisor_does)
        for widget, text in ((self.read_title, read_to_user), (self.read_text, read_to_user),
                             (self.do_title, advisor_does), (self.do_text, advisor_does)):
            widget.setVisible(bool(text))
        self.mediator_card.setVisible(bool(read_to_user or advisor_does))

    def clear(self) -> None:
        self.show_mediator_layer("", "")
        self._download = ""
        self.download_card.hide()
        self.download_text.clear()
        self.site_notice.hide()
        self.site_notice.clear()
        super().clear()
        for widget in (self.progress, self.title, self.text, self.screen_text, self.watch_out,
                       self.source, self.icon):
            widget.clear()
            widget.setAccessibleName("")
        self.site.setText("")
        self.site.setAccessibleName("")
        self._url = ""
        for tool in self.tools.values():
            tool.hide()
        self.retranslate_tools(0)
