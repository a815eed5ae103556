"""Central admin window: duplicate pairs side by side, a survivor and a value chosen per field,
merge; and the current merges, each of which can be undone. Never automatic."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.candidate import Candidate
from desktop.domain.field_values import value_text
from desktop.domain.fields import field_label
from desktop.domain.messages import translate
from desktop.services import central_admin
from desktop.services.candidates import get_candidate
from desktop.services.central_admin import CentralAdmin
from desktop.services.context import ServiceContext
from desktop.sync.errors import SyncError
from desktop.ui import i18n

# Candidate fields an admin chooses between (values of the candidate record itself).
FIELDS = (
    "given_names",
    "family_name",
    "preferred_name",
    "name_original_script",
    "date_of_birth",
    "gender",
    "email",
    "phone",
    "street",
    "unit",
    "city",
    "province",
    "postal_code",
    "preferred_language",
    "employment_status",
    "notes",
)
_ADDRESS = {"street", "unit", "city", "province", "postal_code"}


def field_value(c: Candidate, name: str) -> Any:
    return getattr(c.address, name) if name in _ADDRESS else getattr(c, name)


def _label(name: str, lang: str) -> str:
    return field_label(f"address.{name}" if name in _ADDRESS else name, lang)


def display_name(c: Candidate | None) -> str:
    if c is None:
        return "?"
    return " ".join(p for p in (c.given_names, c.family_name) if p) or c.id[:8]


class DuplicatesPage(QWidget):
    merged = Signal()

    def __init__(self, ctx: ServiceContext, admin: CentralAdmin, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.admin = ctx, admin
        self.pairs: list[central_admin.review.DuplicatePair] = []
        self.records: tuple[Candidate, Candidate] | None = None
        self.groups: dict[str, QButtonGroup] = {}
        self.pair_list = QListWidget(self)
        self.pair_list.setObjectName("duplicatePairs")
        self.pair_list.setWordWrap(True)
        self.pair_list.currentRowChanged.connect(self._show_pair)
        self.pairs_title = QLabel(self)
        self.survivor_title = QLabel(self)
        self.keep_a = QRadioButton(self)
        self.keep_b = QRadioButton(self)
        self.keep_a.setChecked(True)
        self.survivor_group = QButtonGroup(self)
        self.survivor_group.addButton(self.keep_a, 0)
        self.survivor_group.addButton(self.keep_b, 1)
        self.compare = QTableWidget(0, 3, self)
        self.compare.setObjectName("duplicateComparison")
        self.compare.verticalHeader().setVisible(False)
        self.compare.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.compare.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        self.merge_button = QPushButton(self)
        self.merge_button.setObjectName("mergePair")
        self.merge_button.clicked.connect(self.merge_selected)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.merges_title = QLabel(self)
        self.merge_list = QListWidget(self)
        self.merge_list.setObjectName("currentMerges")
        self.unmerge_button = QPushButton(self)
        self.unmerge_button.setObjectName("unmerge")
        self.unmerge_button.clicked.connect(self.unmerge_selected)
        self.empty = QLabel(self)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.pairs_title)
        left_layout.addWidget(self.pair_list, 2)
        left_layout.addWidget(self.empty)
        left_layout.addWidget(self.merges_title)
        left_layout.addWidget(self.merge_list, 1)
        left_layout.addWidget(self.unmerge_button)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        survivor_row = QHBoxLayout()
        survivor_row.addWidget(self.survivor_title)
        survivor_row.addWidget(self.keep_a)
        survivor_row.addWidget(self.keep_b)
        survivor_row.addStretch(1)
        right_layout.addLayout(survivor_row)
        right_layout.addWidget(self.compare, 1)
        right_layout.addWidget(self.message)
        right_layout.addWidget(self.merge_button)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([420, 900])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.retranslate()
        self.reload()

    def retranslate(self) -> None:
        self.pairs_title.setText(self.tr("Doublons probables (jamais fusionnés automatiquement)"))
        self.survivor_title.setText(self.tr("Fiche conservée :"))
        self.keep_a.setText(self.tr("fiche A"))
        self.keep_b.setText(self.tr("fiche B"))
        self.merge_button.setText(self.tr("Fusionner avec les valeurs cochées"))
        self.merges_title.setText(self.tr("Fusions en vigueur"))
        self.unmerge_button.setText(self.tr("Défaire la fusion sélectionnée"))
        self.empty.setText(self.tr("Aucun doublon probable."))
        self.compare.setHorizontalHeaderLabels(
            [self.tr("Champ"), self.tr("Fiche A"), self.tr("Fiche B")]
        )
        if self.records is not None:
            self._fill_comparison()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.reload()
        super().changeEvent(event)

    def _reason_text(self, reason: str) -> str:
        return {
            "same_email": self.tr("même courriel"),
            "same_phone": self.tr("même téléphone"),
            "similar_name_same_birth_date": self.tr("nom semblable, même date de naissance"),
        }.get(reason, reason)

    def reload(self) -> None:
        self.pairs = central_admin.duplicates(self.ctx, self.admin)
        self.pair_list.blockSignals(True)
        self.pair_list.clear()
        for pair in self.pairs:
            a = get_candidate(self.ctx, self.admin.actor, pair.first)
            b = get_candidate(self.ctx, self.admin.actor, pair.second)
            reasons = ", ".join(self._reason_text(r) for r in pair.reasons)
            self.pair_list.addItem(f"{display_name(a)}\n↔ {display_name(b)}\n({reasons})")
        self.pair_list.blockSignals(False)
        self.empty.setVisible(not self.pairs)
        self.merge_list.clear()
        for loser, survivor in central_admin.merged_ids(self.ctx, self.admin).items():
            kept = get_candidate(self.ctx, self.admin.actor, survivor)
            item = QListWidgetItem(
                self.tr("{loser} fusionnée dans {survivor}").format(
                    loser=loser[:8], survivor=display_name(kept)
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, loser)
            self.merge_list.addItem(item)
        self.unmerge_button.setEnabled(self.merge_list.count() > 0)
        if self.pairs:
            self.pair_list.setCurrentRow(0)
            self._show_pair(0)
        else:
            self.records = None
            self.compare.setRowCount(0)
        self.merge_button.setEnabled(bool(self.pairs))

    def _show_pair(self, row: int) -> None:
        if not 0 <= row < len(self.pairs):
            return
        pair = self.pairs[row]
        a = get_candidate(self.ctx, self.admin.actor, pair.first)
        b = get_candidate(self.ctx, self.admin.actor, pair.second)
        if a is None or b is None:
            return
        self.records = (a, b)
        self.keep_a.setChecked(True)
        self._fill_comparison()

    def _fill_comparison(self) -> None:
        assert self.records is not None
        a, b = self.records
        lang = i18n.current_language()
        self.groups = {}
        self.compare.setRowCount(0)  # hides the previous radio buttons (deleted later by Qt)
        self.compare.setRowCount(len(FIELDS))
        for row, name in enumerate(FIELDS):
            self.compare.setItem(row, 0, QTableWidgetItem(_label(name, lang)))
            va, vb = field_value(a, name), field_value(b, name)
            group = QButtonGroup(self.compare)
            for column, value in ((1, va), (2, vb)):
                path = f"address.{name}" if name in _ADDRESS else name
                radio = QRadioButton(value_text(path, value, lang))
                radio.setObjectName(f"{name}_{'a' if column == 1 else 'b'}")
                group.addButton(radio, column - 1)
                self.compare.setCellWidget(row, column, radio)
            # Default: the surviving record's value, else the one that is filled in.
            group.button(1 if va in (None, "") and vb not in (None, "") else 0).setChecked(True)
            self.groups[name] = group
        self.compare.resizeRowsToContents()

    def choose(self, name: str, side: str) -> None:
        """Pick side "a" or "b" for a field (what a click on its radio button does)."""
        self.groups[name].button(0 if side == "a" else 1).setChecked(True)

    def merge_selected(self) -> None:
        if self.records is None:
            return
        a, b = self.records
        survivor, loser = (a, b) if self.keep_a.isChecked() else (b, a)
        chosen: dict[str, Any] = {}
        for name, group in self.groups.items():
            # Every field where the records differ is written with the ticked value: a merged
            # record otherwise takes, field by field, the most recent value of either record.
            if field_value(a, name) != field_value(b, name):
                chosen[name] = field_value(a if group.checkedId() == 0 else b, name)
        try:
            central_admin.merge(self.ctx, self.admin, survivor.id, loser.id, chosen)
        except SyncError as exc:
            self.message.setText(translate(exc.code, i18n.current_language(), **exc.params))
            return
        self.message.setText(
            self.tr("Fiches fusionnées : {name} est conservée.").format(name=display_name(survivor))
        )
        self.reload()
        self.merged.emit()

    def unmerge_selected(self) -> None:
        item = self.merge_list.currentItem() or self.merge_list.item(0)
        if item is None:
            return
        loser = str(item.data(Qt.ItemDataRole.UserRole))
        try:
            central_admin.unmerge(self.ctx, self.admin, loser)
        except SyncError as exc:
            self.message.setText(translate(exc.code, i18n.current_language(), **exc.params))
            return
        self.message.setText(self.tr("Fusion défaite : les deux fiches sont de nouveau séparées."))
        self.reload()
        self.merged.emit()
