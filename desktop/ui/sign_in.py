"""First-run setup (this device and its first administrator) and staff sign-in."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from desktop.services.actor import Actor
    from desktop.services.context import ServiceContext

# The dialogs open before the store is loaded (see desktop.ui.launch): they receive a function
# that returns the services, waiting for them if the user is faster than the loading.
ContextSource = Callable[[], "ServiceContext"]


def _context(source: ServiceContext | ContextSource) -> ServiceContext:
    if not callable(source):
        return source
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        return source()
    finally:
        QApplication.restoreOverrideCursor()


def _error_text(exc: Any, lang: str) -> str:
    from desktop.domain.messages import translate

    return translate(exc.code, lang, **exc.params)


class _Form(QDialog):
    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.layout_ = QVBoxLayout(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.layout_.addWidget(self.intro)
        self.form = QFormLayout()
        self.layout_.addLayout(self.form)
        self.error = QLabel(self)
        self.error.setObjectName("signInError")
        self.error.setStyleSheet("color: #a4262c;")
        self.error.setWordWrap(True)
        self.layout_.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.layout_.addWidget(self.buttons)
        self.setMinimumWidth(460)

    def _edit(self, name: str, label: str, password: bool = False) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        if password:
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.form.addRow(label, edit)
        return edit

    def submit(self) -> None:
        raise AssertionError("subclasses handle submit")


class SetupDialog(_Form):
    """Shown once, on a data folder that was never set up."""

    def __init__(
        self, ctx: ServiceContext | ContextSource, lang: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(lang, parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Bienvenue dans Passerelle"))
        self.intro.setText(
            self.tr(
                "Passerelle inscrit les personnes candidates aux salons et suit leur parcours vers "
                "l'emploi. Nommez cet ordinateur et créez le compte administrateur."
            )
        )
        self.device = self._edit("deviceName", self.tr("Nom de l'appareil"))
        self.device.setPlaceholderText(self.tr("Portable kiosque 1"))
        self.username = self._edit("adminUser", self.tr("Administrateur·rice"))
        self.password = self._edit("adminPassword", self.tr("Mot de passe"), password=True)
        self.confirm = self._edit(
            "adminConfirm", self.tr("Confirmer le mot de passe"), password=True
        )

    def submit(self) -> None:
        if self.password.text() != self.confirm.text():
            self.error.setText(self.tr("Les deux mots de passe ne sont pas identiques."))
            return
        from desktop.services.accounts import AccountError, initialise
        from desktop.storage.engine import StoreError

        try:
            initialise(
                _context(self.ctx), self.device.text(), self.username.text(), self.password.text()
            )
        except (AccountError, StoreError) as exc:
            self.error.setText(_error_text(exc, self.lang))
            return
        self.accept()


class LoginDialog(_Form):
    def __init__(
        self,
        ctx: ServiceContext | ContextSource,
        lang: str,
        username: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(lang, parent)
        self.ctx = ctx
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Connexion — Passerelle"))
        self.intro.setText(self.tr("Connectez-vous avec votre compte du personnel."))
        self.username = self._edit("loginUser", self.tr("Nom d'utilisateur"))
        self.username.setText(username)
        self.password = self._edit("loginPassword", self.tr("Mot de passe"), password=True)
        (self.password if username else self.username).setFocus()

    def submit(self) -> None:
        from desktop.services.accounts import AccountError, authenticate
        from desktop.storage.engine import StoreError

        try:
            self.actor = authenticate(
                _context(self.ctx), self.username.text(), self.password.text()
            )
        except (AccountError, StoreError) as exc:
            self.error.setText(_error_text(exc, self.lang))
            self.password.clear()
            self.password.setFocus()
            return
        self.accept()
