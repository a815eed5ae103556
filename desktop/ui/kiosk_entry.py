"""Before turning the laptop to the public, staff confirm the kiosk with their own password."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.messages import translate
from desktop.services import kiosk
from desktop.services.accounts import AccountError
from desktop.services.actor import Actor, PermissionDenied
from desktop.services.context import ServiceContext


class KioskEntryDialog(QDialog):
    def __init__(
        self, ctx: ServiceContext, actor: Actor, lang: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("kioskEntry")
        self.ctx, self.actor, self._lang = ctx, actor, lang
        self.explain = QLabel(self)
        self.explain.setWordWrap(True)
        self.password = QLineEdit(self)
        self.password.setObjectName("kioskEntryPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel(self)
        self.message.setObjectName("kioskEntryMessage")
        self.message.setStyleSheet("color: #a4262c;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addWidget(self.password)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setWindowTitle(self.tr("Mode borne"))
        self.explain.setText(
            self.tr(
                "La personne candidate remplira elle-même son inscription, en plein écran, sans "
                "accès au reste de Passerelle. Pour revenir, il faudra votre mot de passe.\n\n"
                "Mot de passe de {user} :"
            ).format(user=actor.username)
        )
        self.resize(520, 220)

    def confirm(self) -> bool:
        try:
            kiosk.enter(self.ctx, self.actor, self.password.text())
        except (AccountError, PermissionDenied) as exc:
            self.password.clear()
            self.message.setText(translate(exc.code, self._lang, **exc.params))
            return False
        self.password.clear()
        self.accept()
        return True
