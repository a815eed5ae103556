"""Central admin window: the enrolled laptops — enrol a new one, revoke a lost or stolen one (X10).

Enrolling writes the file the laptop imports (Fichier ▸ Synchronisation ▸ Inscrire ce portable).
Revoking asks for confirmation, then shows the incident note: what is still accepted from the
laptop (bundles already on a USB key) and how many persons' data it held, to be reported
(Law 25 confidentiality incident); the note can be saved as JSON for the incident register.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.central.devices import DeviceSummary, Incident
from desktop.domain.formatting import format_datetime, format_number
from desktop.domain.messages import translate
from desktop.services import central_admin
from desktop.services.central_admin import CentralAdmin
from desktop.services.context import ServiceContext
from desktop.sync.errors import SyncError
from desktop.ui import i18n
from desktop.ui.tables import pick_table


class DevicesPage(QWidget):
    changed = Signal()

    def __init__(self, ctx: ServiceContext, admin: CentralAdmin, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.admin = ctx, admin
        self.devices: list[DeviceSummary] = []
        self.incident: Incident | None = None
        self._said: tuple[str, dict[str, Any]] | None = None
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.table = pick_table(self, 5, "deviceTable")
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.enrol_button = QPushButton(self)
        self.enrol_button.setObjectName("enrolDevice")
        self.enrol_button.clicked.connect(self.ask_enrol)
        self.revoke_button = QPushButton(self)
        self.revoke_button.setObjectName("revokeDevice")
        self.revoke_button.clicked.connect(self.ask_revoke)
        self.save_note_button = QPushButton(self)
        self.save_note_button.setObjectName("saveIncident")
        self.save_note_button.clicked.connect(self.ask_save_note)
        self.save_note_button.setVisible(False)
        self.message = QLabel(self)
        self.message.setObjectName("deviceMessage")
        self.message.setWordWrap(True)
        self.empty = QLabel(self)
        buttons = QHBoxLayout()
        for button in (self.enrol_button, self.revoke_button, self.save_note_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.retranslate()
        self.reload()

    def retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "Les portables inscrits auprès de ce magasin. Révoquez sans attendre un portable "
                "perdu ou volé : ses paquets déjà reçus restent, les opérations qu'il écrirait "
                "ensuite sont mises en quarantaine."
            )
        )
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Portable"),
                self.tr("Inscrit le"),
                self.tr("État"),
                self.tr("Opérations reçues"),
                self.tr("Identifiant"),
            ]
        )
        self.enrol_button.setText(self.tr("Inscrire un portable…"))
        self.revoke_button.setText(self.tr("Révoquer ce portable…"))
        self.save_note_button.setText(self.tr("Enregistrer la note d'incident…"))
        self.empty.setText(self.tr("Aucun portable inscrit pour le moment."))
        self._render_message()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.reload()
        super().changeEvent(event)

    def _state(self, d: DeviceSummary, lang: str) -> str:
        if d.revoked_at is not None:
            return self.tr("Révoqué le {date}").format(date=format_datetime(d.revoked_at, lang))
        if d.bound_at is not None:
            return self.tr("Actif")
        return self.tr("En attente de son premier paquet")

    def reload(self) -> None:
        lang = i18n.current_language()
        self.devices = central_admin.list_devices(self.ctx, self.admin)
        self.table.setRowCount(len(self.devices))
        for row, d in enumerate(self.devices):
            cells = [
                d.name,
                format_datetime(d.enrolled_at, lang),
                self._state(d, lang),
                format_number(d.ops, lang),
                (d.device_id or d.enrolment_id)[:8],
            ]
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.empty.setVisible(not self.devices)
        self._update_buttons()

    def _selected(self) -> DeviceSummary | None:
        row = self.table.currentRow()
        selected = self.table.selectionModel().hasSelection()
        return self.devices[row] if selected and 0 <= row < len(self.devices) else None

    def _update_buttons(self) -> None:
        device = self._selected()
        self.revoke_button.setEnabled(device is not None and device.revoked_at is None)

    # Enrolment ------------------------------------------------------------------------------

    def ask_enrol(self) -> None:
        name, ok = QInputDialog.getText(
            self, self.tr("Inscrire un portable"), self.tr("Nom du portable (ex. Salon-3) :")
        )
        if not ok or not name.strip():
            return
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Enregistrer le fichier d'inscription"),
            f"inscription-{name.strip()}.json",
            self.tr("Fichier d'inscription (*.json)"),
        )
        if path:
            self.enrol(name.strip(), Path(path))

    def enrol(self, name: str, out: Path) -> bool:
        try:
            data = central_admin.enrol_device(self.ctx, self.admin, name)
            out.write_bytes(data)
        except SyncError as exc:
            self._say("error", code=exc.code, params=exc.params)
            return False
        except OSError:
            self._say("unwritable", path=out.name)
            return False
        self._say("enrolled", name=name, file=out.name)
        self.reload()
        self.changed.emit()
        return True

    # Revocation -----------------------------------------------------------------------------

    def ask_revoke(self) -> None:
        device = self._selected()
        if device is None:
            return
        answer = QMessageBox.warning(
            self,
            self.tr("Révoquer un portable"),
            self.tr(
                "Révoquer « {name} » ? Ses paquets déjà exportés seront encore acceptés; ce qu'il "
                "écrirait ensuite sera mis en quarantaine. Cette décision est définitive."
            ).format(name=device.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.revoke(device)

    def revoke(self, device: DeviceSummary) -> Incident | None:
        try:
            incident = central_admin.revoke_device(
                self.ctx, self.admin, device.device_id or device.enrolment_id
            )
        except SyncError as exc:
            self._say("error", code=exc.code, params=exc.params)
            return None
        self.incident = incident
        self._say(
            "revoked",
            name=incident.device_name,
            seq=incident.last_legit_seq,
            inc=incident.last_legit_incarnation,
            count=len(incident.affected) + incident.erased,
        )
        self.save_note_button.setVisible(True)
        self.reload()
        self.changed.emit()
        return incident

    def ask_save_note(self) -> None:
        if self.incident is None:
            return
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Enregistrer la note d'incident"),
            f"incident-{self.incident.device_name}.json",
            self.tr("Note d'incident (*.json)"),
        )
        if path:
            self.save_note(Path(path))

    def save_note(self, out: Path) -> bool:
        if self.incident is None:
            return False
        try:
            text = json.dumps(self.incident.to_json(), indent=2, ensure_ascii=False) + "\n"
            out.write_text(text, encoding="utf-8")
        except OSError:
            self._say("unwritable", path=out.name)
            return False
        self._say("note", file=out.name)
        return True

    # Messages (kept as what happened, so a language switch retranslates them) ----------------

    def _say(self, kind: str, **params: Any) -> None:
        self._said = (kind, params)
        self._render_message()

    def _render_message(self) -> None:
        if self._said is None:
            self.message.setText("")
            return
        kind, p = self._said
        if kind == "error":
            text = translate(p["code"], i18n.current_language(), **p["params"])
        elif kind == "unwritable":
            text = self.tr("Impossible d'écrire {path} : choisissez un autre dossier.").format(**p)
        elif kind == "enrolled":
            text = self.tr(
                "Portable « {name} » inscrit. Importez {file} sur ce portable "
                "(Fichier ▸ Synchronisation)."
            ).format(**p)
        elif kind == "revoked":
            text = self.tr(
                "« {name} » est révoqué. Accepté jusqu'à l'opération {seq} (incarnation "
                "{inc}). Ce portable contenait les données de {count} personne(s) : consignez "
                "l'incident au registre et évaluez le risque (Loi 25)."
            ).format(**p)
        else:
            text = self.tr("Note d'incident enregistrée : {file}").format(**p)
        self.message.setText(text)
