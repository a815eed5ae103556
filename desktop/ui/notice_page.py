"""The privacy notice, shown before any data entry of a new registration (domain.md C4)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.domain.notice import Notice, notice


class NoticePage(QWidget):
    accepted = Signal(str)  # the notice version shown

    def __init__(
        self, lang: str, settings: dict[str, str] | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        self.title = QLabel(self)
        self.title.setObjectName("noticeTitle")
        self.title.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.title.setWordWrap(True)
        self.body = QLabel(self)
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.contact = QLabel(self)
        self.contact.setWordWrap(True)
        self.start = QPushButton(self)
        self.start.setObjectName("startIntake")
        self.start.setDefault(True)
        self.start.setAutoDefault(True)
        self.start.setMinimumHeight(36)
        self.start.clicked.connect(lambda: self.accepted.emit(self.notice.version))
        for widget in (self.title, self.body, self.contact):
            layout.addWidget(widget)
        layout.addSpacing(12)
        layout.addWidget(self.start, alignment=Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        self.retranslate(lang)

    def retranslate(self, lang: str) -> None:
        self.notice: Notice = notice(lang, self._settings)
        self.title.setText(self.notice.title)
        items = "".join(
            f"<li style='margin-bottom:6px'>{_escape(line)}</li>" for line in self.notice.summary
        )
        self.body.setText(f"<ul>{items}</ul>")
        self.contact.setText(self.notice.contact)
        self.start.setText(
            self.tr("J'ai lu l'avis à la personne — commencer l'inscription (Entrée)")
        )


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
