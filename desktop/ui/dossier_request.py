"""Ask for a dossier (variant, language), render it in the background with progress and cancel,
then preview the exact PDF bytes before printing or saving.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QProgressBar,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.messages import translate
from desktop.services.actor import Actor, PermissionDenied
from desktop.services.context import ServiceContext
from desktop.services.dossiers import DossierError, render_dossiers
from desktop.ui.dossier_preview import DossierPreview
from desktop.ui.worker import BackgroundTask

VARIANTS = ("anonymized", "full", "candidate")


class DossierRequest(QDialog):
    def __init__(
        self,
        ctx: ServiceContext,
        actor: Actor,
        ids: list[str],
        lang: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.actor, self.ids, self.lang = ctx, actor, ids, lang
        self.task: BackgroundTask | None = None
        self.preview: DossierPreview | None = None
        self.setWindowTitle(self.tr("Dossier PDF"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(self.tr("{n} personne(s) sélectionnée(s)").format(n=len(ids)), self)
        )
        self.variants = QButtonGroup(self)
        texts = {
            "anonymized": self.tr("Anonymisé, pour une entreprise (consentement requis)"),
            "full": self.tr("Complet, pour la coordination"),
            "candidate": self.tr("Copie pour la personne candidate"),
        }
        employer = actor.may("dossier.print_employer")
        for position, variant in enumerate(VARIANTS):
            radio = QRadioButton(texts[variant], self)
            radio.setObjectName(f"variant_{variant}")
            # The anonymised dossier is the default for employers; intake staff never send it.
            radio.setChecked(position == (0 if employer else 1))
            radio.setVisible(employer or variant != "anonymized")
            self.variants.addButton(radio, position)
            layout.addWidget(radio)
        form = QFormLayout()
        self.language = QComboBox(self)
        self.language.addItem("Français", "fr")
        self.language.addItem("English", "en")
        form.addRow(self.tr("Langue du dossier"), self.language)
        layout.addLayout(form)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, max(1, len(ids)))
        self.progress.setValue(0)
        layout.addWidget(self.progress)
        self.error = QLabel(self)
        self.error.setObjectName("dossierError")
        self.error.setStyleSheet("color: #a4262c;")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Créer l'aperçu"))
        self.buttons.accepted.connect(self.generate)
        self.buttons.rejected.connect(self.cancel)
        layout.addWidget(self.buttons)

    def variant(self) -> str:
        return VARIANTS[self.variants.checkedId()]

    def generate(self) -> None:
        variant, lang, ids = self.variant(), str(self.language.currentData()), list(self.ids)
        self.error.setText("")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        task = BackgroundTask(
            lambda progress, cancel: render_dossiers(
                self.ctx, self.actor, ids, variant, lang, None, progress, cancel
            )
        )
        task.signals.progress.connect(lambda done, _total: self.progress.setValue(done))
        task.signals.done.connect(self._show)
        task.signals.failed.connect(self._failed)
        self.task = task
        task.start()

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel.set()
        self.reject()

    def _failed(self, exc: object) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)
        if isinstance(exc, DossierError | PermissionDenied):
            self.error.setText(translate(exc.code, self.lang, **exc.params))
        else:
            self.error.setText(self.tr("Le dossier n'a pas pu être créé."))

    def _show(self, pdf: object) -> None:
        self.progress.setValue(self.progress.maximum())
        name = f"dossier-{self.variant()}.pdf"
        self.preview = DossierPreview(bytes(pdf), self.lang, name, self)  # type: ignore[arg-type]
        self.preview.finished.connect(self.accept)
        self.preview.open()
