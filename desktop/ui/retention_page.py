"""Admin screen: retention rules per category, the list of what is due (ids, dates and reasons,
never names) and the purge, after a confirmation that says how many records go for good."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.formatting import format_date
from desktop.domain.messages import translate
from desktop.domain.privacy_messages import code_label
from desktop.domain.retention import (
    ALLOWED_ACTIONS,
    MINIMUM_MONTHS,
    DueItem,
    RetentionAction,
    RetentionRule,
)
from desktop.services.actor import Actor
from desktop.services.context import ServiceContext
from desktop.services.drafts import DraftStore
from desktop.services.retention import (
    due_for_purge,
    purge,
    retention_rules,
    save_retention_rules,
)
from desktop.ui import privacy_common as common


class RetentionPage(QWidget):
    def __init__(
        self,
        ctx: ServiceContext,
        actor: Actor,
        lang: str,
        drafts: DraftStore | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.actor, self.lang, self.drafts = ctx, actor, lang, drafts
        self.today = date.today()
        self.rules = QTableWidget(0, 3, self)
        self.rules.setObjectName("retentionRules")
        self.rules.setHorizontalHeaderLabels(
            [self.tr("Catégorie"), self.tr("Durée (mois)"), self.tr("À l'échéance")]
        )
        self.rules.verticalHeader().hide()
        self.rules.horizontalHeader().setStretchLastSection(True)
        self.save_rules = QPushButton(self.tr("Enregistrer les règles"), self)
        self.save_rules.setObjectName("saveRules")
        self.save_rules.clicked.connect(self._save_rules)
        rules_box = QGroupBox(self.tr("Règles de conservation"), self)
        rl = QVBoxLayout(rules_box)
        rl.addWidget(self.rules)
        rl.addWidget(self.save_rules)

        self.due = QTableWidget(0, 5, self)
        self.due.setObjectName("dueList")
        self.due.setHorizontalHeaderLabels(
            [
                self.tr("Catégorie"),
                self.tr("Identifiant"),
                self.tr("Motif"),
                self.tr("Échue le"),
                self.tr("Action"),
            ]
        )
        self.due.verticalHeader().hide()
        self.due.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.due.horizontalHeader().setStretchLastSection(True)
        self.due_count = QLabel(self)
        self.due_count.setObjectName("dueCount")
        self.purge_button = QPushButton(self.tr("Purger la sélection…"), self)
        self.purge_button.setObjectName("purgeSelected")
        self.purge_button.clicked.connect(lambda: self.purge_selected())
        self.purge_all = QPushButton(self.tr("Tout purger…"), self)
        self.purge_all.setObjectName("purgeAll")
        self.purge_all.clicked.connect(lambda: self.purge_items(self.items))
        self.refresh_button = QPushButton(self.tr("Actualiser"), self)
        self.refresh_button.clicked.connect(self.reload)
        note = QLabel(
            self.tr(
                "La purge détruit les rangées, l'index de recherche et les brouillons. Les copies "
                "de sauvegarde qui contiennent encore ces données sont remplacées par rotation."
            ),
            self,
        )
        note.setWordWrap(True)
        due_box = QGroupBox(self.tr("À purger"), self)
        dl = QVBoxLayout(due_box)
        dl.addWidget(self.due)
        buttons = QHBoxLayout()
        buttons.addWidget(self.due_count, 1)
        buttons.addWidget(self.refresh_button)
        buttons.addWidget(self.purge_button)
        buttons.addWidget(self.purge_all)
        dl.addLayout(buttons)
        dl.addWidget(note)
        layout = QHBoxLayout(self)
        layout.addWidget(rules_box, 2)
        layout.addWidget(due_box, 3)
        self.items: list[DueItem] = []
        self._load_rules()
        self.reload()

    def _load_rules(self) -> None:
        rules = retention_rules(self.ctx)
        self.rules.setRowCount(len(rules))
        self._rule_widgets: list[tuple[RetentionRule, QSpinBox, QComboBox]] = []
        for row, rule in enumerate(rules):
            common.fill_row_label(
                self.rules, row, code_label("RetentionCategory", rule.category, self.lang)
            )
            months = QSpinBox(self.rules)
            months.setRange(MINIMUM_MONTHS.get(rule.category, 0), 1200)
            months.setValue(rule.months)
            months.setSuffix(self.tr(" mois"))
            action = QComboBox(self.rules)
            for choice in ALLOWED_ACTIONS[rule.category]:
                action.addItem(code_label("RetentionAction", choice, self.lang), choice.value)
            action.setCurrentIndex(max(0, action.findData(rule.action.value)))
            self.rules.setCellWidget(row, 1, months)
            self.rules.setCellWidget(row, 2, action)
            self._rule_widgets.append((rule, months, action))
        self.rules.resizeColumnsToContents()

    def _save_rules(self) -> None:
        rules = [
            RetentionRule(rule.category, months.value(), RetentionAction(action.currentData()))
            for rule, months, action in self._rule_widgets
        ]
        issues = save_retention_rules(self.ctx, self.actor, rules)
        if issues:
            common.show_message(self, common.issues_text(issues, self.lang), warning=True)
            return
        self.reload()

    def reload(self) -> None:
        self.items = due_for_purge(self.ctx, self.actor, self.today)
        rows = [
            [
                code_label("RetentionCategory", i.category, self.lang),
                i.subject_id[:8] if i.subject != "audit" else f"≤ {i.subject_id}",
                translate(i.reason, self.lang, since=format_date(i.since, self.lang, long=True)),
                format_date(i.due, self.lang),
                code_label("RetentionAction", i.action, self.lang),
            ]
            for i in self.items
        ]
        common.fill_table(self.due, rows, [str(n) for n in range(len(self.items))])
        for row, item in enumerate(self.items):
            cell = self.due.item(row, 1)
            if cell is not None:
                cell.setToolTip(item.subject_id)
        self.due_count.setText(
            self.tr("{n} élément(s) à purger").format(n=len(self.items))
            if self.items
            else self.tr("Rien à purger aujourd'hui.")
        )
        enabled = bool(self.items)
        self.purge_button.setEnabled(enabled)
        self.purge_all.setEnabled(enabled)

    def purge_selected(self) -> None:
        rows = sorted({index.row() for index in self.due.selectionModel().selectedRows()})
        self.purge_items([self.items[r] for r in rows if r < len(self.items)])

    def purge_items(self, items: list[DueItem]) -> None:
        if not items:
            return
        if not common.ask_confirm(
            self,
            self.tr("Purger"),
            self.tr(
                "{n} élément(s) seront détruits ou anonymisés pour de bon, ici et, par la "
                "synchronisation, au magasin central. Continuer ?"
            ).format(n=len(items)),
        ):
            return
        result = purge(self.ctx, self.actor, items, drafts=self.drafts)
        done = sum(result.done.values())
        text = self.tr("{n} élément(s) purgé(s).").format(n=done)
        if result.failed:
            text += " " + self.tr("{n} déjà disparu(s).").format(n=len(result.failed))
        common.show_message(self, text)
        self.reload()
