"""Staff sign-in and unlocking (the first run is the wizard of desktop.ui.first_run).

Signing in *is* unlocking: the password unwraps the person's key slot, which opens the encrypted
store (`Application.unlock`). A wrong password and a damaged store get different messages.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QEventLoop, Qt
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


class Unlocker(Protocol):
    """What signs in: the `Application`, or at start the `StoreLoader` (desktop.ui.launch) that
    waits for the application loading behind the window if the user is faster than it."""

    def unlock(
        self, username: str | None, password: str, upgrading: Callable[[], None] | None = None
    ) -> Actor: ...


def _refusal(exc: Exception) -> bool:
    """A sign-in refused with a message for the user (wrong password, damaged store…).

    Its classes are imported only once the unlock has raised: at start, importing them before
    the unlock would load the whole database layer on this thread, serially, before anything else
    (desktop.ui.launch loads it behind the window)."""
    from desktop.services.accounts import AccountError
    from desktop.storage.engine import StoreError

    return isinstance(exc, (AccountError, StoreError))


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
        self.notice = QLabel(self)
        self.notice.setObjectName("signInNotice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.layout_.addWidget(self.notice)
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


class LoginDialog(_Form):
    """Sign in at start; with `locked=True`, the lock screen's unlock dialog (the same person, or
    another staff member signing in as themselves)."""

    def __init__(
        self,
        app: Unlocker,
        lang: str,
        username: str = "",
        parent: QWidget | None = None,
        locked: bool = False,
    ) -> None:
        super().__init__(lang, parent)
        self.app = app
        self.actor: Actor | None = None
        self.locked = locked
        if locked:
            self.setObjectName("lockScreen")
            self.setWindowTitle(self.tr("Passerelle est verrouillée"))
            self.intro.setText(
                self.tr(
                    "Passerelle s'est verrouillée pour protéger les renseignements personnels. "
                    "Entrez votre mot de passe pour reprendre où vous étiez; une autre personne "
                    "peut se connecter avec son propre compte."
                )
            )
        else:
            self.setWindowTitle(self.tr("Connexion — Passerelle"))
            self.intro.setText(self.tr("Connectez-vous avec votre compte du personnel."))
        self.username = self._edit("loginUser", self.tr("Nom d'utilisateur"))
        self.username.setText(username)
        self.password = self._edit("loginPassword", self.tr("Mot de passe"), password=True)
        if locked:
            ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
            ok.setText(self.tr("Déverrouiller"))
            cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
            cancel.setText(self.tr("Quitter Passerelle"))
        (self.password if username else self.username).setFocus()

    def submit(self) -> None:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.actor = self.app.unlock(
                self.username.text(), self.password.text(), upgrading=self._upgrading
            )
        except Exception as exc:
            if not _refusal(exc):
                raise
            self.error.setText(_error_text(exc, self.lang))
            self.password.clear()
            self.password.setFocus()
            return
        finally:
            QApplication.restoreOverrideCursor()
            self.notice.hide()
        self.accept()

    def _upgrading(self) -> None:
        """This version of Passerelle updates the store: say why the window waits, then paint."""
        self.notice.setText(
            self.tr(
                "Passerelle a été mise à jour\u00a0: vos données sont copiées en lieu sûr, "
                "puis adaptées à la nouvelle version. Cela peut prendre jusqu'à une minute\u202f; "
                "n'éteignez pas l'ordinateur."
            )
        )
        self.notice.show()
        self.adjustSize()  # room for the wrapped lines
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
