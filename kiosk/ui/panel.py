"""The mediator panel, behind the PIN: the session, help, printer, figures, this post, exit.

Passive: it shows what it is given and says what the mediator chose, by signals.
"""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QWidget

from kiosk.ui.overlay import Overlay
from kiosk.languages import own_name
from kiosk.style.widgets import button, label, scroll_area

SIZES = ("normal", "large", "xlarge")


class MediatorPanel(Overlay):
    end_session = Signal()
    acknowledge_help = Signal()
    assisted_toggled = Signal(bool)
    listen_toggled = Signal(bool)        # listen mode for the visitor now at the kiosk
    check_printer = Signal()
    test_page = Signal()
    export_figures = Signal()
    text_size_chosen = Signal(str)
    languages_chosen = Signal(list)
    quit_kiosk = Signal()

    def __init__(self, parent: QWidget, languages: list[str]):
        super().__init__(parent, width=1100)
        inner = QWidget()
        inner.setObjectName("Dialog")
        self.box = QGridLayout(inner)
        self.box.setSpacing(14)
        area = scroll_area(inner)
        inner.setObjectName("Dialog")
        area.setMinimumHeight(760)
        self.content.addWidget(area)

        self.title = label(name="Title")
        self.status = label()
        self.help_button = button(role="help", icon="aide")
        self.help_button.clicked.connect(self._ack)
        self.end_button = button(role="primary", icon="effacer")
        self.end_button.clicked.connect(self._end)
        self.assisted = button(icon="medecin")
        self.assisted.setCheckable(True)
        self.assisted.toggled.connect(self._assisted)
        self.listen = button(icon="oreille")
        self.listen.setCheckable(True)
        self.listen.toggled.connect(self._listen)
        self.voices_heading, self.voices = label(name="Subtitle"), label()
        self.printer_heading, self.printer_status = label(name="Subtitle"), label()
        self.printer_check = button(icon="imprimer")
        self.printer_check.clicked.connect(self.check_printer)
        self.printer_test = button(icon="imprimer")
        self.printer_test.clicked.connect(self.test_page)
        self.figures_heading, self.figures = label(name="Subtitle"), label()
        self.sources_heading, self.sources_status = label(name="Subtitle"), label()
        self.sources_list = label(name="Muted")
        self.translations_heading, self.translations_status = label(name="Subtitle"), label()
        self.export = button(icon="pdf")
        self.export.clicked.connect(self.export_figures)
        self.export_result = label(name="Muted")
        self.post_heading, self.size_label, self.languages_label = (label(name="Subtitle"), label(),
                                                                   label())
        self.size_buttons = {}
        sizes = QHBoxLayout()
        for size in SIZES:
            b = button(icon="texte")
            b.setCheckable(True)
            b.clicked.connect(lambda _=False, s=size: self._size(s))
            sizes.addWidget(b)
            self.size_buttons[size] = b
        self.language_buttons = {}
        langs = QHBoxLayout()
        for code in languages:
            b = button(own_name(code))
            b.setCheckable(True)
            b.setEnabled(code != "fr")                 # French is always there
            b.clicked.connect(self._languages)
            langs.addWidget(b)
            self.language_buttons[code] = b
        self.close_button = button(icon="retour")
        self.close_button.clicked.connect(self.hide)
        self.quit_button = button(icon="non")
        self.quit_button.clicked.connect(self.quit_kiosk)

        rows = [self.title, self.status, self.help_button, (self.end_button, self.assisted),
                self.listen, self.voices_heading, self.voices, self.printer_heading, self.printer_status, (self.printer_check, self.printer_test),
                self.figures_heading, self.figures, self.export, self.export_result,
                self.sources_heading, self.sources_status, self.sources_list,
                self.translations_heading, self.translations_status,
                self.post_heading, self.size_label, sizes, self.languages_label, langs,
                (self.close_button, self.quit_button)]
        for row, item in enumerate(rows):
            if isinstance(item, tuple):
                self.box.addWidget(item[0], row, 0)
                self.box.addWidget(item[1], row, 1)
            elif isinstance(item, QWidget):
                self.box.addWidget(item, row, 0, 1, 2)
            else:
                self.box.addLayout(item, row, 0, 1, 2)
        self.retranslate()

    # --- what the panel is told -----------------------------------------------------------------
    def show_state(self, status: str, help_waiting: bool, assisted: bool, figures: str,
                   text_size: str, languages: list[str], listen: bool | None = None) -> None:
        self.status.setText(status)
        self.listen.blockSignals(True)
        self.listen.setChecked(bool(listen))
        self.listen.blockSignals(False)
        self.listen.setEnabled(listen is not None)          # no visitor: nothing to switch
        self.help_button.setVisible(help_waiting)
        self.assisted.blockSignals(True)
        self.assisted.setChecked(assisted)
        self.assisted.blockSignals(False)
        self.figures.setText(figures)
        self.export_result.clear()
        for size, b in self.size_buttons.items():
            b.setChecked(size == text_size)
        for code, b in self.language_buttons.items():
            b.setChecked(code in languages)
        self.retranslate()

    def show_pending(self, pending: list, shown: int = 12) -> None:
        """Sources awaiting a check on the live official site, oldest first (verification.Pending)."""
        stale = sum(1 for p in pending if p.stale)
        self.sources_status.setText(
            self.tr("%n page(s) attend(ent) une vérification sur le site officiel", "", len(pending))
            + self.tr(", dont %n depuis plus de 12 mois.", "", stale))
        lines = []
        for p in pending[:shown]:
            when = (self.tr("vérifiée le %1") if p.live else self.tr("copie du %1")).replace(
                "%1", p.as_of.strftime("%d/%m/%Y")) if p.as_of else self.tr("copie non datée")
            flag = self.tr("PLUS DE 12 MOIS") + " · " if p.stale else ""
            lines.append(f"{flag}{when} · {p.url} ({len(p.uses)})")
        if len(pending) > shown:
            lines.append(self.tr("… et %n autre(s) : la liste entière est dans « kiosk check ».", "",
                                 len(pending) - shown))
        self.sources_list.setText("\n".join(lines))
        self.sources_list.setVisible(bool(lines))

    def show_translations(self, statuses: list) -> None:
        """Per offered language: guides complete, reread or not by a human translator
        (translations.LanguageStatus)."""
        lines = []
        for s in statuses:
            lines.append(f"{own_name(s.language)} : "
                         + self.tr("%n guide(s) complet(s) sur %1", "", s.complete).replace("%1", str(s.guides))
                         + " · " + self.tr("relus par un traducteur : %1 · non relus : %2")
                         .replace("%1", str(len(s.reviewed))).replace("%2", str(len(s.unreviewed))))
        self.translations_status.setText("\n".join(lines))
        self.translations_heading.setVisible(bool(lines))
        self.translations_status.setVisible(bool(lines))

    def show_voices(self, found: list[tuple[str, str]]) -> None:
        """The read-aloud voice of each offered language, and plainly those without one."""
        lines = [f"{own_name(code)} : " + (name or self.tr("AUCUNE VOIX : « Écouter » et "
                                                                        "le mode écoute sont muets"))
                 for code, name in found]
        self.voices.setText("\n".join(lines))
        self.voices.setAccessibleName(self.voices_heading.text() + ". " + " ; ".join(lines))

    def show_printer(self, text: str) -> None:
        self.printer_status.setText(text)

    def show_export(self, text: str) -> None:
        self.export_result.setText(text)

    # --- what the mediator chose ----------------------------------------------------------------
    def _end(self) -> None:
        self.hide()
        self.end_session.emit()

    def _ack(self) -> None:
        self.help_button.setVisible(False)
        self.acknowledge_help.emit()

    def _assisted(self, on: bool) -> None:
        self.retranslate()
        self.assisted_toggled.emit(on)

    def _listen(self, on: bool) -> None:
        self.retranslate()
        self.listen_toggled.emit(on)

    def _size(self, size: str) -> None:
        for s, b in self.size_buttons.items():
            b.setChecked(s == size)
        self.text_size_chosen.emit(size)

    def _languages(self) -> None:
        self.languages_chosen.emit([c for c, b in self.language_buttons.items() if b.isChecked()])

    def retranslate(self) -> None:
        self.title.setText(self.tr("Espace médiateur"))
        self.help_button.setText(self.tr("J'ai vu la demande d'aide"))
        self.end_button.setText(self.tr("Terminer la session"))
        self.end_button.setAccessibleName(self.tr("Terminer la session et tout effacer"))
        self.assisted.setText(self.tr("Mode accompagné : activé") if self.assisted.isChecked()
                              else self.tr("Mode accompagné : désactivé"))
        self.assisted.setAccessibleName(self.assisted.text() + ". " +
                                        self.tr("Toucher pour changer, sans terminer la session"))
        self.listen.setText(self.tr("Mode écoute pour ce visiteur : activé") if self.listen.isChecked()
                            else self.tr("Mode écoute pour ce visiteur : désactivé"))
        self.listen.setAccessibleName(self.listen.text() + ". " + self.tr(
            "Chaque écran est lu à voix haute. Toucher pour changer, sans terminer la session"))
        self.voices_heading.setText(self.tr("Voix de lecture"))
        self.printer_heading.setText(self.tr("Imprimante"))
        self.printer_check.setText(self.tr("Vérifier l'imprimante"))
        self.printer_test.setText(self.tr("Imprimer une page de test"))
        self.figures_heading.setText(self.tr("Chiffres du jour (anonymes)"))
        self.export.setText(self.tr("Exporter les chiffres (CSV)"))
        self.sources_heading.setText(self.tr("Sources à vérifier sur le site officiel "
                                             "(les plus anciennes d'abord)"))
        self.translations_heading.setText(self.tr("Traductions des guides (une traduction non relue "
                                                  "peut contenir des erreurs)"))
        self.post_heading.setText(self.tr("Ce poste"))
        self.size_label.setText(self.tr("Taille du texte au début de chaque session :"))
        names = {"normal": self.tr("Normale"), "large": self.tr("Grande"), "xlarge": self.tr("Très grande")}
        for size, b in self.size_buttons.items():
            b.setText(names[size])
            b.setAccessibleName(self.tr("Taille du texte par défaut : %1").replace("%1", names[size]))
        self.languages_label.setText(self.tr("Langues proposées :"))
        for code, b in self.language_buttons.items():
            b.setAccessibleName(self.tr("Proposer la langue %1").replace("%1", own_name(code)))
        self.close_button.setText(self.tr("Revenir à la borne"))
        self.quit_button.setText(self.tr("Quitter le kiosque"))
        self.quit_button.setAccessibleName(self.tr("Quitter le kiosque et revenir au bureau"))
