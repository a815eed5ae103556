"""Admin screen: the register of access requests (received, due 30 days later, overdue in red)
and, for the chosen request's candidate, the transcript (PDF) and the structured copy (JSON/CSV)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.formatting import format_date
from desktop.domain.privacy_messages import code_label
from desktop.domain.privacy_records import (
    AccessRequest,
    AccessRequestKind,
    AccessRequestStatus,
)
from desktop.services.access import (
    list_access_requests,
    save_access_request,
    write_portable_copy,
    write_transcript,
)
from desktop.services.actor import Actor
from desktop.services.candidates import get_candidate, resolve_id
from desktop.services.context import ServiceContext
from desktop.ui import privacy_common as common
from desktop.ui.privacy_register import RegisterPage, add_save_cancel, refused

OVERDUE = QColor("#a3200f")


class AccessRequestDialog(QDialog):
    """Create or edit one request; nothing typed is lost when a check fails."""

    def __init__(
        self,
        ctx: ServiceContext,
        actor: Actor,
        lang: str,
        request: AccessRequest | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.actor, self.lang = ctx, actor, lang
        self.request = request or AccessRequest("", None, "access", date.today(), "")
        self.setWindowTitle(self.tr("Demande d'accès"))
        self.candidate = QLineEdit(self.request.candidate_id or "", self)
        self.candidate.setObjectName("requestCandidate")
        self.candidate.setPlaceholderText(
            self.tr("Identifiant de la personne (8 caractères ou plus)")
        )
        self.candidate_name = QLabel(self)
        self.candidate.editingFinished.connect(self._typed_candidate)
        self.kind = QComboBox(self)
        for k in AccessRequestKind:
            self.kind.addItem(code_label("AccessRequestKind", k, lang), k.value)
        self.kind.setCurrentIndex(max(0, self.kind.findData(self.request.kind)))
        self.received = common.DateField(self.request.received_on, self)
        self.requester = QLineEdit(self.request.requester, self)
        self.requester.setObjectName("requester")
        self.verified = QCheckBox(
            self.tr("Identité vérifiée (pièce d'identité ou questions)"), self
        )
        self.verified.setChecked(self.request.identity_verified)
        self.status = QComboBox(self)
        self.status.setObjectName("requestStatus")
        for s in AccessRequestStatus:
            self.status.addItem(code_label("AccessRequestStatus", s, lang), s.value)
        self.status.setCurrentIndex(max(0, self.status.findData(self.request.status)))
        self.done_date = common.OptionalDate(self.tr("Répondue le"), self)
        self.done_date.set_value(self.request.done_on)
        self.notes = QPlainTextEdit(self.request.notes, self)
        self.notes.setMaximumHeight(80)
        form = QFormLayout()
        form.addRow(self.tr("Personne concernée"), self.candidate)
        form.addRow("", self.candidate_name)
        form.addRow(self.tr("Type de demande"), self.kind)
        form.addRow(self.tr("Reçue le"), self.received)
        form.addRow(self.tr("Demandeur"), self.requester)
        form.addRow("", self.verified)
        form.addRow(self.tr("État"), self.status)
        form.addRow(self.tr("Réponse"), self.done_date)
        form.addRow(self.tr("Notes (sans renseignement sensible)"), self.notes)
        add_save_cancel(self, form)
        self._show_candidate()

    def _candidate_id(self) -> str | None:
        text = self.candidate.text().strip()
        return resolve_id(self.ctx, self.actor, text) if text else None

    def _typed_candidate(self) -> None:
        if self.isVisible():  # not while closing (or while the app locks): the store may be shut
            self._show_candidate()

    def _show_candidate(self) -> None:
        cid = self._candidate_id()
        c = get_candidate(self.ctx, self.actor, cid) if cid else None
        if c is not None:
            self.candidate_name.setText(c.display_name)
        elif self.candidate.text().strip():
            self.candidate_name.setText(self.tr("Aucune personne avec cet identifiant"))
        else:
            self.candidate_name.setText("")

    def save(self) -> None:
        text = self.candidate.text().strip()
        cid = self._candidate_id()
        if text and cid is None:
            common.show_message(
                self, self.tr("Personne concernée : aucune personne avec cet identifiant."), True
            )
            return
        r = self.request
        r.candidate_id = cid
        r.kind = str(self.kind.currentData())
        r.received_on = self.received.value()
        r.requester = self.requester.text().strip()
        r.identity_verified = self.verified.isChecked()
        r.status = str(self.status.currentData())
        r.done_on = self.done_date.value()
        r.notes = self.notes.toPlainText().strip()
        if refused(self, save_access_request(self.ctx, self.actor, r), self.lang):
            return
        self.accept()


class AccessRequestsPage(RegisterPage):
    def __init__(
        self, ctx: ServiceContext, actor: Actor, lang: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, actor, lang, parent)
        self.today = date.today()
        self.table = self.register_table(
            "accessRequests",
            [
                self.tr("Reçue le"),
                self.tr("Échéance"),
                self.tr("État"),
                self.tr("Type"),
                self.tr("Demandeur"),
                self.tr("Identité vérifiée"),
                self.tr("Personne"),
            ],
        )
        self.summary = QLabel(self)
        self.summary.setObjectName("accessSummary")
        self.new_button = QPushButton(self.tr("Nouvelle demande…"), self)
        self.new_button.setObjectName("newRequest")
        self.new_button.clicked.connect(lambda: self.create())
        self.edit_button = QPushButton(self.tr("Modifier…"), self)
        self.edit_button.clicked.connect(lambda: self.edit())
        self.transcript_button = QPushButton(self.tr("Relevé PDF…"), self)
        self.transcript_button.setObjectName("transcript")
        self.transcript_button.clicked.connect(lambda: self.export("pdf"))
        self.json_button = QPushButton(self.tr("Copie JSON…"), self)
        self.json_button.clicked.connect(lambda: self.export("json"))
        self.csv_button = QPushButton(self.tr("Copie CSV…"), self)
        self.csv_button.clicked.connect(lambda: self.export("csv"))
        buttons = QHBoxLayout()
        for b in (
            self.new_button,
            self.edit_button,
            self.transcript_button,
            self.json_button,
            self.csv_button,
        ):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.reload()

    def reload(self) -> None:
        self.entries = list_access_requests(self.ctx, self.actor)
        rows = []
        for r in self.entries:
            if r.overdue(self.today):
                due = self.tr("{date} — en retard de {n} j").format(
                    date=format_date(r.due_on, self.lang), n=-r.days_left(self.today)
                )
            elif r.open:
                due = self.tr("{date} — {n} j restants").format(
                    date=format_date(r.due_on, self.lang), n=r.days_left(self.today)
                )
            else:
                due = format_date(r.due_on, self.lang)
            rows.append(
                [
                    format_date(r.received_on, self.lang),
                    due,
                    code_label("AccessRequestStatus", r.status, self.lang)
                    + (f" ({format_date(r.done_on, self.lang)})" if r.done_on else ""),
                    code_label("AccessRequestKind", r.kind, self.lang),
                    r.requester,
                    self.tr("Oui") if r.identity_verified else self.tr("Non"),
                    r.candidate_id or "",
                ]
            )
        common.fill_table(self.table, rows, [r.id for r in self.entries])
        overdue = 0
        for row, r in enumerate(self.entries):
            if r.overdue(self.today):
                overdue += 1
                for col in range(self.table.columnCount()):
                    item = self.table.item(row, col)
                    if item is not None:
                        item.setForeground(QBrush(OVERDUE))
        open_count = sum(1 for r in self.entries if r.open)
        self.summary.setText(
            self.tr(
                "{open} demande(s) ouverte(s), dont {late} en retard. Réponse due dans les 30 jours."
            ).format(open=open_count, late=overdue)
        )
        self.summary.setStyleSheet("color: #a3200f; font-weight: 600;" if overdue else "")

    def form(self, entry: AccessRequest | None) -> AccessRequestDialog:
        return AccessRequestDialog(self.ctx, self.actor, self.lang, entry, self)

    def export(self, fmt: str) -> Path | None:
        r = self.current()
        if r is None or not r.candidate_id:
            common.show_message(
                self, self.tr("Choisissez une demande liée à une personne inscrite."), True
            )
            return None
        if not r.identity_verified:
            common.show_message(
                self, self.tr("Vérifiez d'abord l'identité de la personne qui demande."), True
            )
            return None
        names = {
            "pdf": ("releve", "PDF (*.pdf)"),
            "json": ("copie", "JSON Lines (*.jsonl)"),
            "csv": ("copie", "CSV (*.csv)"),
        }
        stem, filters = names[fmt]
        suffix = "jsonl" if fmt == "json" else fmt
        path = common.choose_save_path(
            self, self.tr("Enregistrer sous"), f"{stem}-{r.candidate_id[:8]}.{suffix}", filters
        )
        if not path:
            return None
        try:
            if fmt == "pdf":
                out = write_transcript(
                    self.ctx, self.actor, r.candidate_id, Path(path), self.lang, r.id
                )
            else:
                out = write_portable_copy(
                    self.ctx, self.actor, r.candidate_id, Path(path), fmt, r.id
                )
        except Exception as exc:  # translated; the register is unchanged
            common.show_message(self, common.error_text(exc, self.lang), True)
            return None
        common.show_message(self, self.tr("Écrit dans {path}").format(path=out))
        return out
