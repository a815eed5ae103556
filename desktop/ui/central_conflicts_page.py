"""Central admin window: fields two laptops wrote differently without seeing each other. The
deterministic winner is in place meanwhile; the admin keeps it or takes the other value."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.central.review import ConflictDetail, OpSource
from desktop.domain.enums import Decision, label
from desktop.domain.field_values import field_path, value_text
from desktop.domain.fields import field_label
from desktop.domain.formatting import format_datetime
from desktop.domain.messages import translate
from desktop.services import central_admin
from desktop.services.central_admin import CentralAdmin
from desktop.services.context import ServiceContext
from desktop.sync.errors import SyncError
from desktop.ui import i18n
from desktop.ui.tables import pick_table


class ConflictsPage(QWidget):
    resolved = Signal()

    def __init__(self, ctx: ServiceContext, admin: CentralAdmin, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.admin = ctx, admin
        self.conflicts: list[ConflictDetail] = []
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.table = pick_table(self, 4, "conflictTable")
        self.keep_button = QPushButton(self)
        self.keep_button.setObjectName("keepWinner")
        self.keep_button.clicked.connect(lambda: self.resolve_selected("winner"))
        self.other_button = QPushButton(self)
        self.other_button.setObjectName("takeOther")
        self.other_button.clicked.connect(lambda: self.resolve_selected("loser"))
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.empty = QLabel(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.keep_button)
        buttons.addWidget(self.other_button)
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
                "Deux portables ont modifié le même champ sans voir la modification de l'autre. "
                "La valeur la plus récente est appliquée en attendant; gardez-la ou prenez l'autre."
            )
        )
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Personne"),
                self.tr("Champ"),
                self.tr("Valeur appliquée"),
                self.tr("Autre valeur"),
            ]
        )
        self.keep_button.setText(self.tr("Garder la valeur appliquée"))
        self.other_button.setText(self.tr("Prendre l'autre valeur"))
        self.empty.setText(self.tr("Aucun conflit à examiner."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.reload()
        super().changeEvent(event)

    def _field(self, c: ConflictDetail, lang: str) -> str:
        if c.entity == "decision":
            return self.tr("Décision d'admissibilité")
        return field_label(field_path(c.entity, c.field), lang)

    def _value(self, c: ConflictDetail, value: Any, lang: str) -> str:
        if isinstance(value, dict) and "decision" in value:
            code = value.get("decision")
            text = label(Decision(code), lang) if code in {d.value for d in Decision} else "—"
            comment = value.get("comment")
            return f"{text} — {comment}" if comment else text
        return value_text(field_path(c.entity, c.field), value, lang)

    def _source(self, source: OpSource | None, lang: str) -> str:
        """Second line of a value: which laptop wrote it, and when."""
        if source is None:
            return ""
        who = source.device_name or self.tr("la centrale (choix d'un administrateur)")
        when = format_datetime(source.at.astimezone(), lang)
        return "\n" + self.tr("{who}, {when}").format(who=who, when=when)

    def reload(self) -> None:
        lang = i18n.current_language()
        self.conflicts = central_admin.conflicts(self.ctx, self.admin)
        self.table.setRowCount(len(self.conflicts))
        for row, c in enumerate(self.conflicts):
            for column, text in enumerate(
                [
                    c.candidate_label or c.candidate_id[:8],
                    self._field(c, lang),
                    self._value(c, c.winner_value, lang) + self._source(c.winner_source, lang),
                    self._value(c, c.loser_value, lang) + self._source(c.loser_source, lang),
                ]
            ):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeRowsToContents()
        if self.conflicts:
            self.table.selectRow(0)
        self.empty.setVisible(not self.conflicts)
        self.keep_button.setEnabled(bool(self.conflicts))
        self.other_button.setEnabled(bool(self.conflicts))

    def resolve_selected(self, keep: str) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.conflicts):
            return
        try:
            central_admin.resolve_conflict(self.ctx, self.admin, self.conflicts[row].id, keep)
        except SyncError as exc:
            self.message.setText(translate(exc.code, i18n.current_language(), **exc.params))
            return
        self.message.setText(self.tr("Conflit réglé."))
        self.reload()
        self.resolved.emit()
