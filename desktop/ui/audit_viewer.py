"""The audit trail for admins: who did what and when, with ids only; filter by period and action,
check the hash chain (OK, or the first event where it breaks), export CSV or the verifiable chain.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.formatting import format_datetime, format_number
from desktop.services import audit_trail
from desktop.services.actor import Actor
from desktop.services.context import ServiceContext

ROW_LIMIT = 1000
AskPath = Callable[[QWidget, str, str], str | None]


def _ask_save_path(parent: QWidget, suggested: str, pattern: str) -> str | None:
    path, _ = QFileDialog.getSaveFileName(parent, "", suggested, pattern)
    return path or None


class AuditViewer(QDialog):
    def __init__(
        self,
        ctx: ServiceContext,
        actor: Actor,
        lang: str,
        parent: QWidget | None = None,
        ask_path: AskPath | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("auditViewer")
        self.ctx, self.actor, self._lang = ctx, actor, lang
        self.ask_path: AskPath = ask_path or _ask_save_path
        self.entries: list[audit_trail.AuditEntry] = []

        self.period = QComboBox(self)
        self.period.setObjectName("auditPeriod")
        for days in (1, 7, 30, 365, 0):
            self.period.addItem("", days)
        self.period.setCurrentIndex(2)
        self.action = QComboBox(self)
        self.action.setObjectName("auditAction")
        self.action.setMinimumContentsLength(28)
        self.period.currentIndexChanged.connect(lambda _i: self.reload())
        self.action.currentIndexChanged.connect(lambda _i: self.reload())
        self.period_label = QLabel(self)
        self.action_label = QLabel(self)
        self.verify_button = QPushButton(self)
        self.verify_button.setObjectName("verifyChain")
        self.verify_button.clicked.connect(self.verify)
        self.csv_button = QPushButton(self)
        self.csv_button.setObjectName("exportCsv")
        self.csv_button.clicked.connect(self.export_csv)
        self.chain_button = QPushButton(self)
        self.chain_button.setObjectName("exportChain")
        self.chain_button.clicked.connect(self.export_chain)
        filters = QHBoxLayout()
        for widget in (self.period_label, self.period, self.action_label, self.action):
            filters.addWidget(widget)
        filters.addStretch(1)
        filters.addWidget(self.verify_button)

        self.table = QTableWidget(0, 6, self)
        self.table.setObjectName("auditTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.chain_status = QLabel(self)
        self.chain_status.setObjectName("chainStatus")
        self.chain_status.setWordWrap(True)
        self.count = QLabel(self)
        self.count.setObjectName("auditCount")
        self.export_status = QLabel(self)
        self.export_status.setObjectName("exportStatus")
        self.export_status.setWordWrap(True)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(self.csv_button)
        bottom.addWidget(self.chain_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.chain_status)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.export_status)
        layout.addWidget(buttons)
        self.resize(1280, 680)
        self.retranslate(lang)
        self._fill_actions()
        self.reload()
        self.verify()

    # Texts --------------------------------------------------------------------------------------

    def action_text(self, code: str) -> str:
        texts = {
            "candidate.": self.tr("Personnes candidates (toutes actions)"),
            "staff.": self.tr("Comptes du personnel (toutes actions)"),
            "auth.": self.tr("Connexions (toutes actions)"),
            "candidate.create": self.tr("Inscription créée"),
            "candidate.update": self.tr("Fiche modifiée"),
            "candidate.delete": self.tr("Fiche supprimée"),
            "candidate.decide": self.tr("Décision d'admissibilité"),
            "candidate.verify": self.tr("Inscription de la borne vérifiée"),
            "candidate.merge": self.tr("Fiches fusionnées"),
            "candidate.import": self.tr("Importation"),
            "candidate.export": self.tr("Exportation des personnes candidates"),
            "dossier.print": self.tr("Dossier imprimé"),
            "event.create": self.tr("Événement créé"),
            "settings.change": self.tr("Réglage modifié"),
            "staff.create": self.tr("Compte créé"),
            "staff.disable": self.tr("Compte désactivé"),
            "staff.enable": self.tr("Compte réactivé"),
            "staff.password_reset": self.tr("Mot de passe réinitialisé"),
            "staff.password_change": self.tr("Mot de passe changé"),
            "keys.recovery_slot": self.tr("Clé de récupération ajoutée"),
            "staff.role_change": self.tr("Rôle changé"),
            "audit.export": self.tr("Journal d'audit exporté"),
            "kiosk.enter": self.tr("Mode borne ouvert"),
            "kiosk.leave": self.tr("Mode borne fermé"),
            "bundle.export": self.tr("Lot de synchronisation exporté"),
            "auth.login": self.tr("Connexion"),
            "auth.failed": self.tr("Échec de connexion"),
            "auth.lock": self.tr("Verrouillage"),
            "auth.unlock": self.tr("Déverrouillage"),
        }
        return texts.get(code, code)

    def object_text(self, kind: str | None) -> str:
        texts = {
            "candidate": self.tr("Personne candidate"),
            "staff": self.tr("Compte"),
            "setting": self.tr("Réglage"),
            "event": self.tr("Événement"),
            "audit": self.tr("Journal"),
        }
        return texts.get(kind or "", kind or "")

    def retranslate(self, lang: str) -> None:
        self._lang = lang
        self.setWindowTitle(self.tr("Journal d'audit"))
        self.period_label.setText(self.tr("Période"))
        self.action_label.setText(self.tr("Action"))
        names = {
            1: self.tr("Dernières 24 heures"),
            7: self.tr("7 derniers jours"),
            30: self.tr("30 derniers jours"),
            365: self.tr("12 derniers mois"),
            0: self.tr("Tout"),
        }
        for index in range(self.period.count()):
            self.period.setItemText(index, names[int(self.period.itemData(index))])
        self.verify_button.setText(self.tr("Vérifier la chaîne"))
        self.csv_button.setText(self.tr("Exporter en CSV…"))
        self.chain_button.setText(self.tr("Exporter la chaîne vérifiable (JSONL)…"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("N°"),
                self.tr("Date et heure"),
                self.tr("Compte"),
                self.tr("Action"),
                self.tr("Objet"),
                self.tr("Détails (identifiants et codes)"),
            ]
        )
        for index in range(self.action.count()):
            code = self.action.itemData(index)
            self.action.setItemText(
                index, self.tr("Toutes") if not code else self.action_text(code)
            )
        self._fill_table()

    # Data ---------------------------------------------------------------------------------------

    def _fill_actions(self) -> None:
        self.action.blockSignals(True)
        current = self.action.currentData()
        self.action.clear()
        self.action.addItem(self.tr("Toutes"), None)
        codes = audit_trail.actions(self.ctx, self.actor)
        families = sorted({c.split(".")[0] + "." for c in codes if "." in c})
        for code in [f for f in families if f in {"candidate.", "staff.", "auth."}] + codes:
            self.action.addItem(self.action_text(code), code)
        index = self.action.findData(current)
        self.action.setCurrentIndex(max(index, 0))
        self.action.blockSignals(False)

    def current_filter(self) -> audit_trail.AuditFilter:
        days = int(self.period.currentData() or 0)
        since = datetime.now(UTC) - timedelta(days=days) if days else None
        return audit_trail.AuditFilter(since=since, action=self.action.currentData() or None)

    def reload(self) -> None:
        self.entries = audit_trail.list_events(
            self.ctx, self.actor, self.current_filter(), limit=ROW_LIMIT
        )
        self._fill_table()

    def _fill_table(self) -> None:
        self.table.setRowCount(len(self.entries))
        sep = ": " if self._lang == "en" else "\u00a0: "
        for row, e in enumerate(self.entries):
            ids = " ".join(i[:8] for i in e.entity_ids)
            obj = f"{self.object_text(e.entity_type)} {ids}".strip()
            details = ", ".join(f"{k}{sep}{_short(v)}" for k, v in sorted(e.details.items()))
            values = [
                str(e.seq),
                format_datetime(e.at.astimezone(), self._lang),
                e.actor if e.actor != "system" else self.tr("(système)"),
                self.action_text(e.action),
                obj,
                details,
            ]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column == 4 and e.entity_ids:
                    item.setToolTip("\n".join(e.entity_ids))
                if column == 0:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
        n = len(self.entries)
        text = self.tr("{n} événement(s) affiché(s)").format(n=format_number(n, self._lang))
        if n >= ROW_LIMIT:
            text += " " + self.tr("(les plus récents ; exportez pour tout voir)")
        self.count.setText(text)

    def verify(self) -> audit_trail.ChainCheck:
        check = audit_trail.verify(self.ctx, self.actor)
        if check.ok:
            self.chain_status.setStyleSheet("color: #107c10; font-weight: 600;")
            self.chain_status.setText(
                self.tr(
                    "Chaîne intacte : {n} événement(s) vérifié(s), aucun modifié ni retiré."
                ).format(n=format_number(check.events, self._lang))
            )
        else:
            self.chain_status.setStyleSheet("color: #a4262c; font-weight: 600;")
            self.chain_status.setText(
                self.tr(
                    "Chaîne rompue à l'événement n° {seq} : cet événement ou un précédent a été "
                    "modifié, retiré ou réordonné. Conservez ce portable tel quel et déclarez "
                    "l'incident au responsable de la protection des renseignements personnels."
                ).format(seq=check.broken_at)
            )
        return check

    # Exports ------------------------------------------------------------------------------------

    def export_csv(self) -> Path | None:
        stamp = datetime.now().strftime("%Y-%m-%d")
        chosen = self.ask_path(self, f"journal-audit-{stamp}.csv", "CSV (*.csv)")
        if not chosen:
            return None
        path = Path(chosen)
        count = audit_trail.export_csv(
            self.ctx, self.actor, path, self.current_filter(), self._lang
        )
        self.export_status.setText(
            self.tr("{n} événement(s) exporté(s) dans {path}").format(
                n=format_number(count, self._lang), path=path
            )
        )
        self._after_export()
        return path

    def export_chain(self) -> Path | None:
        stamp = datetime.now().strftime("%Y-%m-%d")
        chosen = self.ask_path(self, f"journal-audit-{stamp}.jsonl", "JSON Lines (*.jsonl)")
        if not chosen:
            return None
        path = Path(chosen)
        count = audit_trail.export_chain(self.ctx, self.actor, path)
        check = audit_trail.verify_export(path)
        if check.ok:
            self.export_status.setText(
                self.tr("Chaîne complète exportée et relue : {n} événement(s) dans {path}").format(
                    n=format_number(count, self._lang), path=path
                )
            )
        else:
            self.export_status.setText(
                self.tr(
                    "Exporté dans {path}, mais la chaîne y est rompue à l'événement n° {seq}."
                ).format(path=path, seq=check.broken_at)
            )
        self._after_export()
        return path

    def _after_export(self) -> None:
        self._fill_actions()
        self.reload()
        self.verify()


def _short(value: object) -> str:
    if isinstance(value, dict):
        text = "{" + ", ".join(f"{k} {v}" for k, v in sorted(value.items())) + "}"
    elif isinstance(value, list):
        text = "[" + ", ".join(str(v) for v in value) + "]"
    else:
        text = str(value)
    return text if len(text) <= 120 else text[:117] + "…"
