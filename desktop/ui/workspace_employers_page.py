"""« Entreprises » : the companies, and for the chosen one its openings and its introductions.

Left, the searchable list of companies; right, the chosen company's card, its openings (with the
suggested candidates and « Présenter… ») and the introductions made to it (with their outcome and
the dossier sent). Keyboard: Ctrl+Maj+N new company, Ctrl+Maj+F search, Enter opens the line.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.enums import label
from desktop.domain.messages import translate
from desktop.domain.workspace import (
    DossierVariantSent,
    Employer,
    IntroductionOutcome,
    JobOpening,
    OpeningStatus,
    Sector,
)
from desktop.domain.workspace_lists import EmployerSummary, IntroductionSummary, OpeningSummary
from desktop.services.actor import Actor
from desktop.services.context import ServiceContext
from desktop.services.dossiers import DossierError
from desktop.services.employers import (
    delete_employer,
    get_employer,
    get_opening,
    list_employers,
    list_openings,
)
from desktop.services.introductions import (
    draft_placement,
    introduction_dossier,
    list_introductions,
)
from desktop.services.workspace_common import WorkspaceError
from desktop.ui.language_aware import FollowsLanguage
from desktop.ui.workspace_employer_dialog import EmployerDialog
from desktop.ui.workspace_hire_dialog import HireDialog
from desktop.ui.workspace_introduce_dialog import IntroduceDialog
from desktop.ui.workspace_matching_view import CandidateSuggestions, OpeningSuggestions
from desktop.ui.workspace_opening_dialog import OpeningDialog
from desktop.ui.workspace_outcome_dialog import OutcomeDialog
from desktop.ui.workspace_widgets import Column, RowsModel, show_date, show_hours, show_money


def table(model: RowsModel, parent: QWidget, name: str) -> QTableView:  # type: ignore[type-arg]
    view = QTableView(parent)
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    header.setDefaultSectionSize(120)
    return view


def current(view: QTableView) -> int:
    index = view.currentIndex()
    return index.row() if index.isValid() else -1


def _sector(code: str | None, lang: str) -> str:
    if code in {m.value for m in Sector}:
        return label(Sector(str(code)), lang)
    return code or ""


class EmployersPage(FollowsLanguage, QWidget):
    def __init__(
        self, ctx: ServiceContext, actor: Actor, lang: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("employersPage")
        self.ctx, self.actor, self.lang = ctx, actor, lang
        self.dialog: QWidget | None = None
        self._employer: Employer | None = None
        self.search = QLineEdit(self)
        self.search.setObjectName("employerSearch")
        self.search.setClearButtonEnabled(True)
        self.new_button = QPushButton(self)
        self.new_button.setObjectName("newEmployer")
        self.for_candidate = QPushButton(self)
        self.for_candidate.setObjectName("openingsForCandidate")
        self.employers: RowsModel[EmployerSummary] = RowsModel(
            [
                Column(lambda: self.tr("Entreprise"), lambda e, _l: e.legal_name),
                Column(lambda: self.tr("Ville"), lambda e, _l: e.city or ""),
                Column(
                    lambda: self.tr("Postes ouverts"),
                    lambda e, _l: str(e.open_openings),
                    align_right=True,
                ),
                Column(
                    lambda: self.tr("Embauches"), lambda e, _l: str(e.placements), align_right=True
                ),
            ],
            lang,
        )
        self.employer_table = table(self.employers, self, "employerTable")
        header = self.employer_table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.card = QLabel(self)
        self.card.setObjectName("employerCard")
        self.card.setWordWrap(True)
        self.card.setTextFormat(Qt.TextFormat.RichText)
        self.edit_button = QPushButton(self)
        self.delete_button = QPushButton(self)
        self.openings: RowsModel[OpeningSummary] = RowsModel(
            [
                Column(lambda: self.tr("Poste"), lambda o, _l: o.title),
                Column(lambda: self.tr("CNP"), lambda o, _l: o.noc_code or ""),
                Column(
                    lambda: self.tr("Salaire"),
                    lambda o, lang: show_money(o.hourly_wage_cents, lang),
                    align_right=True,
                ),
                Column(
                    lambda: self.tr("h/sem."),
                    lambda o, lang: show_hours(o.hours_per_week, lang),
                    align_right=True,
                ),
                Column(
                    lambda: self.tr("État"),
                    lambda o, lang: label(OpeningStatus(o.status), lang),
                ),
            ],
            lang,
        )
        self.opening_table = table(self.openings, self, "openingTable")
        self.opening_table.setColumnWidth(0, 240)
        self.new_opening = QPushButton(self)
        self.new_opening.setObjectName("newOpening")
        self.edit_opening = QPushButton(self)
        self.suggest_button = QPushButton(self)
        self.suggest_button.setObjectName("suggestCandidates")
        self.present_button = QPushButton(self)
        self.present_button.setObjectName("presentCandidate")
        self.intros: RowsModel[IntroductionSummary] = RowsModel(
            [
                Column(lambda: self.tr("Date"), lambda i, lang: show_date(i.introduced_on, lang)),
                Column(lambda: self.tr("Personne"), lambda i, _l: i.candidate_name),
                Column(lambda: self.tr("Poste"), lambda i, _l: i.opening_title or "—"),
                Column(
                    lambda: self.tr("Dossier"),
                    lambda i, lang: label(DossierVariantSent(i.dossier_variant), lang),
                ),
                Column(
                    lambda: self.tr("Résultat"),
                    lambda i, lang: label(IntroductionOutcome(i.outcome), lang),
                ),
            ],
            lang,
        )
        self.intro_table = table(self.intros, self, "introductionTable")
        self.intro_table.setColumnWidth(1, 200)
        self.outcome_button = QPushButton(self)
        self.outcome_button.setObjectName("recordOutcome")
        self.pdf_button = QPushButton(self)
        self.empty = QLabel(self)
        self.empty.setObjectName("emptyEmployers")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._layout()
        self._connect()
        self.retranslate()
        self.reload()

    # Layout ------------------------------------------------------------------------------------

    def _layout(self) -> None:
        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.search, 1)
        row.addWidget(self.new_button)
        column.addLayout(row)
        column.addWidget(self.employer_table, 1)
        column.addWidget(self.for_candidate)
        self.detail = QWidget(self)
        right = QVBoxLayout(self.detail)
        right.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        head.addWidget(self.card, 1)
        buttons = QVBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        head.addLayout(buttons)
        right.addLayout(head)
        self.openings_box = QGroupBox(self.detail)
        box = QVBoxLayout(self.openings_box)
        box.addWidget(self.opening_table)
        row = QHBoxLayout()
        for button in (
            self.new_opening,
            self.edit_opening,
            self.suggest_button,
            self.present_button,
        ):
            row.addWidget(button)
        row.addStretch(1)
        box.addLayout(row)
        right.addWidget(self.openings_box, 1)
        self.intros_box = QGroupBox(self.detail)
        box = QVBoxLayout(self.intros_box)
        box.addWidget(self.intro_table)
        row = QHBoxLayout()
        row.addWidget(self.outcome_button)
        row.addWidget(self.pdf_button)
        row.addStretch(1)
        box.addLayout(row)
        right.addWidget(self.intros_box, 1)
        side = QWidget(self)
        stack = QVBoxLayout(side)
        stack.setContentsMargins(0, 0, 0, 0)
        stack.addWidget(self.empty, 1)
        stack.addWidget(self.detail, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(side)
        splitter.setSizes([520, 820])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def _connect(self) -> None:
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(150)
        self._search_timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.new_button.clicked.connect(self.new_employer)
        self.for_candidate.clicked.connect(self.openings_for_candidate)
        self.edit_button.clicked.connect(self.edit_employer)
        self.delete_button.clicked.connect(self.remove_employer)
        self.new_opening.clicked.connect(self.add_opening)
        self.edit_opening.clicked.connect(self.change_opening)
        self.suggest_button.clicked.connect(self.suggest)
        self.present_button.clicked.connect(self.present)
        self.outcome_button.clicked.connect(self.record_outcome)
        self.pdf_button.clicked.connect(self.dossier_pdf)
        self.employer_table.selectionModel().currentRowChanged.connect(
            lambda *_: self.show_employer()
        )
        self.employer_table.activated.connect(lambda _i: self.edit_employer())
        self.opening_table.activated.connect(lambda _i: self.suggest())
        self.intro_table.activated.connect(lambda _i: self.record_outcome())
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, slot in (
            ("Ctrl+Shift+N", self.new_employer),
            ("Ctrl+Shift+F", self._focus_search),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(context)
            shortcut.activated.connect(slot)

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Rechercher une entreprise (nom, ville, NEQ)…"))
        self.new_button.setText(self.tr("Nouvelle entreprise…"))
        self.new_button.setToolTip(self.tr("Ctrl+Maj+N"))
        self.for_candidate.setText(self.tr("Postes suggérés pour une personne…"))
        self.edit_button.setText(self.tr("Modifier…"))
        self.delete_button.setText(self.tr("Supprimer"))
        self.openings_box.setTitle(self.tr("Postes à pourvoir"))
        self.new_opening.setText(self.tr("Nouveau poste…"))
        self.edit_opening.setText(self.tr("Modifier le poste…"))
        self.suggest_button.setText(self.tr("Personnes suggérées…"))
        self.present_button.setText(self.tr("Présenter une personne…"))
        self.intros_box.setTitle(self.tr("Présentations à cette entreprise"))
        self.outcome_button.setText(self.tr("Résultat / embauche…"))
        self.pdf_button.setText(self.tr("Dossier PDF transmis…"))
        self.empty.setText(
            self.tr(
                "Aucune entreprise pour le moment. Créez la première avec « Nouvelle "
                "entreprise… » (Ctrl+Maj+N) : ses postes, les personnes présentées et les "
                "embauches s'afficheront ici."
            )
        )
        for model in (self.employers, self.openings, self.intros):
            model.set_language(self.lang)
        self._render_card()

    # Data --------------------------------------------------------------------------------------

    def reload(self) -> None:
        if not self.ctx.store.is_open:
            return  # the application is locked: nothing to read until it is unlocked
        chosen = self.employer_id()
        self.employers.set_rows(list_employers(self.ctx, self.actor, self.search.text()))
        rows = [e.id for e in self.employers.rows]
        if rows:
            self.employer_table.selectRow(rows.index(chosen) if chosen in rows else 0)
        self.show_employer()

    def employer_id(self) -> str | None:
        row = self.employers.row_at(current(self.employer_table))
        return row.id if row else None

    def _employer_summary(self) -> EmployerSummary | None:
        return self.employers.row_at(current(self.employer_table))

    def show_employer(self) -> None:
        """Read the chosen company, its openings and introductions, and show them."""
        summary = self._employer_summary()
        has_any = bool(self.employers.rows) or bool(self.search.text())
        self.empty.setVisible(not has_any)
        self.detail.setVisible(summary is not None)
        if summary is None or not self.ctx.store.is_open:
            self._employer = None
            self.openings.set_rows([])
            self.intros.set_rows([])
            return
        self._employer = get_employer(self.ctx, self.actor, summary.id)
        self._render_card()
        self.openings.set_rows(list_openings(self.ctx, self.actor, summary.id))
        if self.openings.rows:
            self.opening_table.selectRow(0)
        self.intros.set_rows(list_introductions(self.ctx, self.actor, employer_id=summary.id))
        if self.intros.rows:
            self.intro_table.selectRow(0)

    def _render_card(self) -> None:
        """The company card from what was read last (a language change reads nothing)."""
        employer = self._employer
        if employer is None:
            self.card.clear()
            return
        primary = next((c for c in employer.contacts if c.is_primary), None)
        lines = [f"<b style='font-size:14pt'>{_html(employer.legal_name or '')}</b>"]
        facts = [
            self.tr("NEQ {neq}").format(neq=employer.neq) if employer.neq else "",
            ", ".join(p for p in (employer.address, employer.city, employer.postal_code) if p),
            _sector(employer.sector, self.lang),
        ]
        lines.append(_html(" · ".join(f for f in facts if f)))
        if employer.supported_since:
            lines.append(
                _html(
                    self.tr("Accompagnée depuis le {date}").format(
                        date=show_date(employer.supported_since, self.lang)
                    )
                )
            )
        if primary is not None:
            contact = " · ".join(
                p for p in (primary.name, primary.title, primary.email, primary.phone) if p
            )
            lines.append(_html(self.tr("Personne-ressource : {contact}").format(contact=contact)))
        self.card.setText("<br>".join(lines))

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _show(self, dialog: QWidget) -> None:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()  # type: ignore[attr-defined]

    def _status(self, text: str) -> None:
        window = self.window()
        bar = getattr(window, "statusBar", None)
        if callable(bar):
            bar().showMessage(text, 8000)

    # Actions -----------------------------------------------------------------------------------

    def new_employer(self) -> None:
        dialog = EmployerDialog(self.ctx, self.actor, None, self.lang, self)
        dialog.accepted.connect(lambda: self._select_after_save(dialog.saved_id))
        self._show(dialog)

    def _select_after_save(self, employer_id: str | None) -> None:
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.reload()
        ids = [e.id for e in self.employers.rows]
        if employer_id in ids:
            self.employer_table.selectRow(ids.index(employer_id))

    def edit_employer(self) -> None:
        employer_id = self.employer_id()
        employer = get_employer(self.ctx, self.actor, employer_id) if employer_id else None
        if employer is None:
            return
        self._show(EmployerDialog(self.ctx, self.actor, employer, self.lang, self))

    def remove_employer(self) -> None:
        summary = self._employer_summary()
        if summary is None or not self.confirm_delete(summary.legal_name):
            return
        try:
            delete_employer(self.ctx, self.actor, summary.id)
        except WorkspaceError as error:
            self._status(translate(error.code, self.lang, **error.params))

    def confirm_delete(self, name: str) -> bool:
        """Ask before deleting (a separate method so tests can answer it)."""
        reply = QMessageBox.question(
            self,
            self.tr("Supprimer l'entreprise"),
            self.tr("Supprimer « {name} » et ses postes des listes ?").format(name=name),
        )
        return reply == QMessageBox.StandardButton.Yes

    def _opening(self) -> OpeningSummary | None:
        return self.openings.row_at(current(self.opening_table))

    def add_opening(self) -> None:
        summary = self._employer_summary()
        if summary is None:
            return
        job = JobOpening(employer_id=summary.id)
        self._show(OpeningDialog(self.ctx, self.actor, job, summary.legal_name, self.lang, self))

    def change_opening(self) -> None:
        opening = self._opening()
        job = get_opening(self.ctx, self.actor, opening.id) if opening else None
        if opening is None or job is None:
            return
        self._show(OpeningDialog(self.ctx, self.actor, job, opening.employer_name, self.lang, self))

    def suggest(self) -> None:
        opening = self._opening()
        if opening is not None:
            self._show(CandidateSuggestions(self.ctx, self.actor, opening, self.lang, self))

    def present(self) -> None:
        summary = self._employer_summary()
        if summary is None:
            return
        opening = self._opening()
        dialog = IntroduceDialog(
            self.ctx,
            self.actor,
            self.lang,
            employer_id=summary.id,
            employer_name=summary.legal_name,
            opening_id=opening.id if opening else None,
            parent=self,
        )
        dialog.accepted.connect(lambda: self._after_introduction(dialog))
        self._show(dialog)

    def _after_introduction(self, dialog: IntroduceDialog) -> None:
        if dialog.pdf_error:
            self._status(dialog.pdf_error)
        elif dialog.pdf_path:
            self._status(self.tr("Dossier écrit dans {path}").format(path=dialog.pdf_path))

    def openings_for_candidate(self) -> None:
        self._show(OpeningSuggestions(self.ctx, self.actor, self.lang, self))

    def _intro(self) -> IntroductionSummary | None:
        return self.intros.row_at(current(self.intro_table))

    def record_outcome(self) -> None:
        intro = self._intro()
        if intro is None:
            return
        dialog = OutcomeDialog(self.ctx, self.actor, intro, self.lang, self)
        dialog.accepted.connect(lambda: self._after_outcome(dialog, intro))
        self._show(dialog)

    def _after_outcome(self, dialog: OutcomeDialog, intro: IntroductionSummary) -> None:
        if dialog.hire_offered and self.ask_record_hire(intro.candidate_name):
            self.open_hire(intro)

    def ask_record_hire(self, name: str) -> bool:
        reply = QMessageBox.question(
            self,
            self.tr("Embauche"),
            self.tr("{name} a été embauché·e. Enregistrer l'embauche maintenant ?").format(
                name=name
            ),
        )
        return reply == QMessageBox.StandardButton.Yes

    def open_hire(self, intro: IntroductionSummary) -> None:
        placement = draft_placement(self.ctx, self.actor, intro.id)
        heading = f"{intro.candidate_name} → {intro.employer_name}"
        self._show(HireDialog(self.ctx, self.actor, placement, heading, self.lang, self))

    def dossier_pdf(self) -> None:
        intro = self._intro()
        if intro is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Enregistrer le dossier"), "dossier.pdf", "PDF (*.pdf)"
        )
        if not path:
            return
        try:
            introduction_dossier(self.ctx, self.actor, intro.id, self.lang, path)
        except DossierError as error:
            self._status(translate(error.code, self.lang, **error.params))
            return
        self._status(self.tr("Dossier écrit dans {path}").format(path=path))


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
