"""Consent, one box per purpose, all unchecked at the start (Law 25 s. 14; domain.md C5).

Only `intake` is needed to register; refusing any other purpose never blocks the registration.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)

from desktop.domain.candidate import Consent
from desktop.domain.enums import ConsentMethod, ConsentPurpose, label
from desktop.ui.fields import EnumCombo

PURPOSES = [p for p in ConsentPurpose if p is not ConsentPurpose.SENSITIVE_SELF_ID]


class ConsentPanel(QGroupBox):
    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QGridLayout(self)
        layout.setVerticalSpacing(2)
        self.boxes: dict[str, QCheckBox] = {}
        for position, purpose in enumerate(PURPOSES):
            box = QCheckBox(self)
            box.setObjectName(f"consent_{purpose.value}")
            self.boxes[purpose.value] = box
            layout.addWidget(box, position % 4, position // 4)
        self.method = EnumCombo(ConsentMethod, lang, self, empty=False)
        self.method.setMinimumContentsLength(30)
        self.method_label = QLabel(self)
        self.help_button = QPushButton(self)
        self.help_button.setFlat(True)
        self.help_button.clicked.connect(self._explain)
        bottom = QHBoxLayout()
        bottom.addWidget(self.method_label)
        bottom.addWidget(self.method)
        bottom.addStretch(1)
        bottom.addWidget(self.help_button)
        layout.addLayout(bottom, 4, 0, 1, 2)
        self._stored: dict[str, Consent] = {}
        self.retranslate(lang)

    def retranslate(self, lang: str) -> None:
        self._lang = lang
        self.setTitle(self.tr("Consentements (cochez seulement ce que la personne accepte)"))
        for code, box in self.boxes.items():
            text = label(ConsentPurpose(code), lang)
            box.setText(text + (" *" if code == ConsentPurpose.INTAKE else ""))
        self.method_label.setText(self.tr("Mode de consentement"))
        self.method.retranslate(lang)
        self.help_button.setText(self.tr("Besoin d'aide pour comprendre ?"))

    def _explain(self) -> None:
        QMessageBox.information(
            self,
            self.tr("Les consentements"),
            self.tr(
                "Chaque case est un choix distinct. Seule la première est nécessaire pour s'inscrire. "
                "La personne peut retirer un consentement en tout temps en écrivant au programme."
            ),
        )

    def reset(self) -> None:
        self._stored = {}
        for box in self.boxes.values():
            box.setChecked(False)
        self.method.set_code(ConsentMethod.TICKED.value)

    def load(self, consents: list[Consent]) -> None:
        self.reset()
        self._stored = {c.purpose: c for c in consents}
        for consent in consents:
            if consent.purpose in self.boxes:
                self.boxes[consent.purpose].setChecked(
                    consent.granted and consent.withdrawn_at is None
                )

    def consents(self, notice_version: str | None) -> list[Consent]:
        """One record per purpose shown, granted or not, with the notice version."""
        now = datetime.now(UTC)
        out: list[Consent] = []
        for code, box in self.boxes.items():
            old = self._stored.get(code)
            granted = box.isChecked()
            unchanged = old is not None and old.granted == granted
            out.append(
                Consent(
                    id=old.id if old else "",
                    purpose=code,
                    granted=granted,
                    granted_at=(
                        old.granted_at if unchanged and old else (now if granted else None)
                    ),
                    method=self.method.code() if not unchanged or old is None else old.method,
                    notice_version=(old.notice_version if unchanged and old else notice_version),
                    withdrawn_at=old.withdrawn_at if unchanged and old else None,
                )
            )
        return out
