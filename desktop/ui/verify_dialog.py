"""Registrations typed at the kiosk, waiting for staff: each one beside its likely duplicates;
confirm it, merge it into the existing record, or open it to correct it first."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.enums import ConsentPurpose, label
from desktop.domain.formatting import format_datetime
from desktop.domain.messages import translate
from desktop.domain.phones import format_phone
from desktop.services import kiosk
from desktop.services.actor import Actor, PermissionDenied
from desktop.services.context import ServiceContext
from desktop.services.duplicates import reason_text
from desktop.services.listing import summaries


class VerifyDialog(QDialog):
    open_requested = Signal(str)  # a candidate to open in the profile editor

    def __init__(
        self,
        ctx: ServiceContext,
        actor: Actor,
        lang: str,
        parent: QWidget | None = None,
        select_id: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("verifyDialog")
        self.ctx, self.actor, self._lang = ctx, actor, lang
        self.review: kiosk.SelfEntryReview | None = None
        self.entries = QListWidget(self)
        self.entries.setObjectName("toVerifyList")
        self.entries.currentItemChanged.connect(lambda *_a: self._show_current())
        self.details = QLabel(self)
        self.details.setObjectName("selfEntryDetails")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.duplicates = QTableWidget(0, 4, self)
        self.duplicates.setObjectName("selfEntryDuplicates")
        self.duplicates.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.duplicates.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.duplicates.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.duplicates.verticalHeader().hide()
        self.duplicates.horizontalHeader().setStretchLastSection(True)
        self.duplicates_title = QLabel(self)
        self.confirm_button = QPushButton(self)
        self.confirm_button.setObjectName("confirmSelfEntry")
        self.confirm_button.clicked.connect(self.confirm)
        self.merge_button = QPushButton(self)
        self.merge_button.setObjectName("mergeSelfEntry")
        self.merge_button.clicked.connect(self.merge)
        self.open_button = QPushButton(self)
        self.open_button.setObjectName("openSelfEntry")
        self.open_button.clicked.connect(self._open)
        self.message = QLabel(self)
        self.message.setObjectName("verifyMessage")
        self.message.setWordWrap(True)
        actions = QHBoxLayout()
        actions.addWidget(self.open_button)
        actions.addStretch(1)
        actions.addWidget(self.merge_button)
        actions.addWidget(self.confirm_button)
        right = QVBoxLayout()
        right.addWidget(self.details, 1)
        right.addWidget(self.duplicates_title)
        right.addWidget(self.duplicates, 1)
        right.addWidget(self.message)
        right.addLayout(actions)
        body = QHBoxLayout()
        self.entries.setFixedWidth(320)
        body.addWidget(self.entries)
        body.addLayout(right, 1)
        self.empty = QLabel(self)
        self.empty.setObjectName("verifyEmpty")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        layout.addLayout(body, 1)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        self.resize(1180, 640)
        self.retranslate()
        self.reload(select_id)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Inscriptions de la borne à vérifier"))
        self.intro.setText(
            self.tr(
                "Ces inscriptions ont été tapées par les personnes elles-mêmes. Vérifiez-les avec "
                "la personne (pièce d'identité au besoin), puis confirmez-les, ou fusionnez-les "
                "avec la fiche existante si la personne était déjà inscrite."
            )
        )
        self.duplicates_title.setText(
            self.tr("Fiches existantes qui pourraient être la même personne")
        )
        self.duplicates.setHorizontalHeaderLabels(
            [self.tr("Nom"), self.tr("Courriel"), self.tr("Téléphone"), self.tr("Pourquoi")]
        )
        self.confirm_button.setText(self.tr("Confirmer l'inscription"))
        self.merge_button.setText(self.tr("Fusionner avec la fiche choisie"))
        self.open_button.setText(self.tr("Ouvrir pour corriger…"))
        self.empty.setText(self.tr("Aucune inscription à vérifier."))

    # Data ---------------------------------------------------------------------------------------

    def reload(self, select_id: str | None = None) -> None:
        ids = kiosk.to_verify_ids(self.ctx, self.actor)
        rows = summaries(self.ctx, self.actor, ids)
        self.entries.blockSignals(True)
        self.entries.clear()
        for row in rows:
            when = format_datetime(row.created_at.astimezone(), self._lang)
            item = QListWidgetItem(f"{row.display_name or '—'}\n{when}")
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.entries.addItem(item)
        self.entries.blockSignals(False)
        target = 0
        for index in range(self.entries.count()):
            if self.entries.item(index).data(Qt.ItemDataRole.UserRole) == select_id:
                target = index
        self.empty.setVisible(not rows)
        if rows:
            self.entries.setCurrentRow(target)
        self._show_current()

    def current_id(self) -> str | None:
        item = self.entries.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else None

    def _show_current(self) -> None:
        entry_id = self.current_id()
        has = entry_id is not None
        for widget in (self.confirm_button, self.open_button, self.details, self.duplicates):
            widget.setEnabled(has)
        if not has:
            self.review = None
            self.details.clear()
            self.duplicates.setRowCount(0)
            self.merge_button.setEnabled(False)
            return
        self.review = kiosk.review(self.ctx, self.actor, entry_id)
        c = self.review.candidate
        consents = ", ".join(
            label(ConsentPurpose(k.purpose), self._lang) for k in c.consents if k.granted
        )
        rows = [
            (self.tr("Nom"), c.display_name),
            (self.tr("Courriel"), c.email or "—"),
            (self.tr("Téléphone"), format_phone(c.phone) if c.phone else "—"),
            (self.tr("Date de naissance"), c.date_of_birth or "—"),
            (self.tr("Événement"), c.event.code if c.event else "—"),
            (self.tr("Consentements donnés"), consents or "—"),
        ]
        self.details.setText(
            "<table>"
            + "".join(
                f"<tr><td style='padding-right:12px'><b>{_e(k)}</b></td><td>{_e(v)}</td></tr>"
                for k, v in rows
            )
            + "</table>"
        )
        matches = self.review.duplicates
        self.duplicates.setRowCount(len(matches))
        for row, match in enumerate(matches):
            s = match.summary
            why = ", ".join(reason_text(r, self._lang) for r in match.reasons)
            phone = format_phone(s.phone) if s.phone else ""
            for column, value in enumerate([s.display_name, s.email or "", phone, why]):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, s.id)
                self.duplicates.setItem(row, column, item)
        self.duplicates.resizeColumnsToContents()
        if matches:
            self.duplicates.selectRow(0)
        self.merge_button.setEnabled(bool(matches))
        self.duplicates.setVisible(bool(matches))
        self.duplicates_title.setText(
            self.tr("Fiches existantes qui pourraient être la même personne")
            if matches
            else self.tr("Aucune fiche existante ne ressemble à cette inscription.")
        )

    def _chosen_duplicate(self) -> str | None:
        rows = self.duplicates.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.duplicates.item(rows[0].row(), 0)
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else None

    # Actions ------------------------------------------------------------------------------------

    def confirm(self) -> None:
        entry_id = self.current_id()
        if entry_id is None:
            return
        try:
            kiosk.confirm(self.ctx, self.actor, entry_id)
        except (kiosk.KioskError, PermissionDenied) as exc:
            self.message.setText(translate(exc.code, self._lang, **exc.params))
            return
        self.message.setText(self.tr("Inscription confirmée."))
        self.reload()

    def merge(self) -> None:
        entry_id, into = self.current_id(), self._chosen_duplicate()
        if entry_id is None or into is None:
            return
        try:
            kiosk.merge_into(self.ctx, self.actor, entry_id, into)
        except (kiosk.KioskError, PermissionDenied) as exc:
            self.message.setText(translate(exc.code, self._lang, **exc.params))
            return
        self.message.setText(self.tr("Inscription fusionnée avec la fiche existante."))
        self.reload()

    def _open(self) -> None:
        entry_id = self.current_id()
        if entry_id:
            self.open_requested.emit(entry_id)


def _e(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
