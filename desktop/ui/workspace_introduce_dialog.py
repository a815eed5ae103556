"""« Présenter » : introduce a candidate to a company, for one of its openings or spontaneously.

The dossier variant defaults to the anonymised profile for a first introduction to the company
(the service says which); the coordinator may produce the PDF at once. A candidate is chosen by
typing a name (the same accent-insensitive search as the candidate list) unless one was given.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.messages import translate
from desktop.domain.workspace import DossierVariantSent, Introduction
from desktop.services.actor import Actor
from desktop.services.context import ServiceContext
from desktop.services.dossiers import DossierError
from desktop.services.employers import list_openings
from desktop.services.introductions import default_variant, introduce, introduction_dossier
from desktop.services.listing import list_ids, summaries
from desktop.ui.fields import EnumCombo
from desktop.ui.workspace_form import WorkspaceForm
from desktop.ui.workspace_widgets import OptionalDateEdit


class CandidateFinder(QWidget):
    """Type a name, pick the person in the list below (Down arrow, then Enter)."""

    def __init__(self, ctx: ServiceContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.actor = ctx, actor
        self.search = QLineEdit(self)
        self.search.setObjectName("candidateSearch")
        self.results = QListWidget(self)
        self.results.setObjectName("candidateResults")
        self.results.setMaximumHeight(120)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.results)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _text: self._timer.start())
        self.search.returnPressed.connect(self.refresh)

    def refresh(self) -> None:
        self.results.clear()
        text = self.search.text().strip()
        if not text:
            return
        ids = list_ids(self.ctx, self.actor, search=text, limit=30)
        for row in summaries(self.ctx, self.actor, ids):
            label = row.display_name or "—"
            if row.email:
                label += f"  ·  {row.email}"
            item = QListWidgetItem(label)
            item.setData(256, row.id)
            self.results.addItem(item)
        if self.results.count():
            self.results.setCurrentRow(0)

    def candidate_id(self) -> str | None:
        item = self.results.currentItem()
        return str(item.data(256)) if item is not None else None


class IntroduceDialog(WorkspaceForm):
    def __init__(
        self,
        ctx: ServiceContext,
        actor: Actor,
        lang: str,
        *,
        employer_id: str,
        employer_name: str,
        opening_id: str | None = None,
        candidate_id: str | None = None,
        candidate_name: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, actor, lang, "introduceDialog", parent)
        self.employer_id = employer_id
        self.fixed_candidate = candidate_id
        self.saved_id: str | None = None
        self.pdf_path: str | None = None
        self.pdf_error: str | None = None
        self.company = QLabel(employer_name, self)
        self.company.setWordWrap(True)
        self.finder = CandidateFinder(ctx, actor, self)
        self.candidate_label = QLabel(candidate_name or "", self)
        self.finder.setVisible(candidate_id is None)
        self.candidate_label.setVisible(candidate_id is not None)
        self.opening = QComboBox(self)
        self.opening.setObjectName("openingChoice")
        self.introduced_on = OptionalDateEdit(self, date.today())
        self.variant = EnumCombo(DossierVariantSent, lang, self, empty=False)
        self.variant.setObjectName("dossierVariant")
        self.variant_hint = QLabel(self)
        self.variant_hint.setWordWrap(True)
        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(70)
        self.make_pdf = QCheckBox(self)
        self.make_pdf.setObjectName("makePdf")
        self.add_rows(
            [
                ("company", self.company),
                ("candidate", self.finder if candidate_id is None else self.candidate_label),
                ("opening", self.opening),
                ("date", self.introduced_on),
                ("variant", self.variant),
                ("hint", self.variant_hint),
                ("notes", self.notes),
                ("pdf", self.make_pdf),
            ]
        )
        self.finish()
        self._openings = list_openings(ctx, actor, employer_id, "open")
        self._fill_openings(opening_id)
        self.finder.results.currentRowChanged.connect(lambda _row: self._suggest_variant())
        self.retranslate()
        self._suggest_variant()
        self.resize(640, 520)

    def _fill_openings(self, chosen: str | None) -> None:
        self.opening.clear()
        self.opening.addItem("—", None)
        for o in self._openings:
            self.opening.addItem(o.title, o.id)
        index = self.opening.findData(chosen) if chosen else 0
        self.opening.setCurrentIndex(max(index, 0))

    def retranslate(self) -> None:
        self.label_rows(
            {
                "company": self.tr("Entreprise"),
                "candidate": self.tr("Personne candidate"),
                "opening": self.tr("Poste"),
                "date": self.tr("Date de présentation"),
                "variant": self.tr("Dossier transmis"),
                "hint": "",
                "notes": self.tr("Notes"),
                "pdf": "",
            }
        )
        self.setWindowTitle(self.tr("Présenter une personne à l'entreprise"))
        self.finder.search.setPlaceholderText(self.tr("Tapez un nom, un courriel ou un téléphone"))
        self.make_pdf.setText(self.tr("Produire le dossier PDF maintenant"))
        self.opening.setItemText(0, self.tr("(candidature spontanée, sans poste précis)"))
        self.name_buttons(self.tr("Présenter"), self.tr("Annuler"))
        self.variant.retranslate(self.lang)
        self._suggest_variant()

    def candidate_id(self) -> str | None:
        return self.fixed_candidate or self.finder.candidate_id()

    def _suggest_variant(self) -> None:
        candidate = self.candidate_id()
        if candidate is None or not self.ctx.store.is_open:
            self.variant_hint.setText("")
            return
        variant = default_variant(self.ctx, self.actor, candidate, self.employer_id)
        self.variant.set_code(variant)
        self.variant_hint.setText(
            self.tr("Première présentation à cette entreprise : le profil anonymisé est proposé.")
            if variant == DossierVariantSent.ANONYMIZED
            else self.tr("Déjà présentée à cette entreprise : le dossier complet est proposé.")
        )

    def choose_pdf_path(self) -> str:
        """Where to write the dossier (a separate method so tests can answer it)."""
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Enregistrer le dossier"), str(Path.home() / "dossier.pdf"), "PDF (*.pdf)"
        )
        return path

    def save(self) -> None:
        candidate = self.candidate_id()
        intro = Introduction(
            candidate_id=candidate or "",
            employer_id=self.employer_id,
            opening_id=self.opening.currentData(),
            introduced_on=self.introduced_on.value(),
            dossier_variant=self.variant.code() or DossierVariantSent.ANONYMIZED,
            notes=self.notes.toPlainText(),
        )
        result = self.submit(lambda: introduce(self.ctx, self.actor, intro))
        if result is None:
            return
        self.saved_id = result.id
        if self.make_pdf.isChecked():
            path = self.choose_pdf_path()
            if path:
                try:
                    introduction_dossier(self.ctx, self.actor, result.id, self.lang, path)
                except DossierError as error:
                    # The introduction is recorded; the caller shows why the PDF is missing.
                    self.pdf_error = translate(error.code, self.lang, **error.params)
                else:
                    self.pdf_path = path
        self.accept()
