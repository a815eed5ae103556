"""Staff accounts (admins only): the list with role, state and last sign-in; add an account,
change a role, disable or enable, reset a forgotten password — all offline, on this laptop.

The services check the role and the rules (no self-disable, never without an admin); this screen
shows their refusals as translated messages next to the action, and keeps what was typed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.enums import Role
from desktop.domain.formatting import format_datetime
from desktop.domain.messages import translate
from desktop.domain.passwords import MIN_STAFF_PASSWORD_LENGTH
from desktop.services import staff
from desktop.services.accounts import AccountError
from desktop.services.actor import Actor, PermissionDenied
from desktop.services.context import ServiceContext
from desktop.ui.tables import pick_table

_OK = "color: #107c10;"
_ERROR = "color: #a4262c;"


class StaffDialog(QDialog):
    def __init__(
        self, ctx: ServiceContext, actor: Actor, lang: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("staffDialog")
        self.ctx, self.actor, self._lang = ctx, actor, lang
        self._staff: list[staff.StaffInfo] = []

        self.table = pick_table(self, 5, "staffTable", stretch=False)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)

        # The selected account
        self.selected_box = QGroupBox(self)
        self.selected_name = QLabel(self)
        self.selected_name.setObjectName("selectedStaff")
        self.selected_name.setWordWrap(True)
        self.role = self._role_combo()
        self.role.setObjectName("selectedRole")
        self.role_button = QPushButton(self)
        self.role_button.setObjectName("changeRole")
        self.role_button.clicked.connect(self.change_role)
        self.active_button = QPushButton(self)
        self.active_button.setObjectName("toggleActive")
        self.active_button.clicked.connect(self.toggle_active)
        self.reset_password = self._password_edit("resetPassword")
        self.reset_confirm = self._password_edit("resetConfirm")
        self.reset_button = QPushButton(self)
        self.reset_button.setObjectName("resetButton")
        self.reset_button.clicked.connect(self.reset)
        self.selected_message = self._message("selectedMessage")
        role_row = QHBoxLayout()
        role_row.addWidget(self.role, 1)
        role_row.addWidget(self.role_button)
        self.selected_form = QFormLayout()
        self.selected_form.addRow(self.selected_name)
        self.selected_form.addRow("", role_row)
        self.selected_form.addRow("", self.active_button)
        self.selected_form.addRow("", self.reset_password)
        self.selected_form.addRow("", self.reset_confirm)
        self.selected_form.addRow("", self.reset_button)
        self.selected_form.addRow(self.selected_message)
        self.selected_box.setLayout(self.selected_form)

        # A new account
        self.add_box = QGroupBox(self)
        self.new_username = QLineEdit(self)
        self.new_username.setObjectName("newUsername")
        self.new_display = QLineEdit(self)
        self.new_display.setObjectName("newDisplayName")
        self.new_role = self._role_combo()
        self.new_role.setObjectName("newRole")
        self.new_password = self._password_edit("newPassword")
        self.new_confirm = self._password_edit("newConfirm")
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("addStaff")
        self.add_button.clicked.connect(self.add)
        self.add_message = self._message("addMessage")
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #605e5c;")
        self.add_form = QFormLayout()
        for key, widget in (
            ("username", self.new_username),
            ("display", self.new_display),
            ("role", self.new_role),
            ("password", self.new_password),
            ("confirm", self.new_confirm),
        ):
            label = QLabel(self)
            label.setBuddy(widget)
            label.setObjectName(f"label_{key}")
            self.add_form.addRow(label, widget)
        self.add_form.addRow(self.hint)
        self.add_form.addRow("", self.add_button)
        self.add_form.addRow(self.add_message)
        self.add_box.setLayout(self.add_form)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        side = QVBoxLayout()
        side.addWidget(self.selected_box)
        side.addWidget(self.add_box)
        side.addStretch(1)
        side_widget = QWidget(self)
        side_widget.setLayout(side)
        side_widget.setFixedWidth(440)
        body = QHBoxLayout()
        body.addWidget(self.table, 1)
        body.addWidget(side_widget)
        layout = QVBoxLayout(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        layout.addLayout(body, 1)
        layout.addWidget(buttons)
        self.resize(1180, 640)
        self.retranslate(lang)
        self.reload()

    # Construction helpers -----------------------------------------------------------------------

    def _role_combo(self) -> QComboBox:
        combo = QComboBox(self)
        for role in Role:
            combo.addItem("", role.value)
        return combo

    def _password_edit(self, name: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        return edit

    def _message(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setWordWrap(True)
        return label

    def _role_text(self, role: str) -> str:
        return {
            Role.INTAKE.value: self.tr("Accueil (kiosque et inscriptions)"),
            Role.COORDINATOR.value: self.tr("Coordination"),
            Role.ADMIN.value: self.tr("Administration"),
        }[role]

    def retranslate(self, lang: str) -> None:
        self._lang = lang
        self.setWindowTitle(self.tr("Comptes du personnel"))
        self.intro.setText(
            self.tr(
                "Chaque membre du personnel a son propre compte. Un compte désactivé ne peut plus "
                "ouvrir Passerelle sur ce portable ; son historique reste dans le journal d'audit."
            )
        )
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Nom d'utilisateur"),
                self.tr("Nom affiché"),
                self.tr("Rôle"),
                self.tr("État"),
                self.tr("Dernière connexion"),
            ]
        )
        for combo in (self.role, self.new_role):
            for index in range(combo.count()):
                combo.setItemText(index, self._role_text(str(combo.itemData(index))))
        self.selected_box.setTitle(self.tr("Compte sélectionné"))
        self.role_button.setText(self.tr("Changer le rôle"))
        self.reset_password.setPlaceholderText(self.tr("Nouveau mot de passe"))
        self.reset_confirm.setPlaceholderText(self.tr("Nouveau mot de passe (confirmation)"))
        self.reset_button.setText(self.tr("Réinitialiser le mot de passe"))
        self.add_box.setTitle(self.tr("Ajouter un compte"))
        texts = {
            "username": self.tr("Nom d'utilisateur"),
            "display": self.tr("Nom affiché"),
            "role": self.tr("Rôle"),
            "password": self.tr("Mot de passe initial"),
            "confirm": self.tr("Confirmation"),
        }
        for key, text in texts.items():
            label = self.findChild(QLabel, f"label_{key}")
            if label is not None:
                label.setText(text)
        self.hint.setText(
            self.tr(
                "Au moins {n} caractères : une phrase de quelques mots est plus sûre et plus "
                "facile à retenir qu'un mot compliqué."
            ).format(n=MIN_STAFF_PASSWORD_LENGTH)
        )
        self.add_button.setText(self.tr("Créer le compte"))
        self._fill_table()
        self._selection_changed()

    # Data ---------------------------------------------------------------------------------------

    def reload(self, select_id: str | None = None) -> None:
        current = select_id or self.selected_id()
        self._staff = staff.list_staff(self.ctx, self.actor)
        self._fill_table()
        for row, info in enumerate(self._staff):
            if info.id == current:
                self.table.selectRow(row)
        self._selection_changed()

    def _fill_table(self) -> None:
        self.table.setRowCount(len(self._staff))
        for row, info in enumerate(self._staff):
            last = (
                format_datetime(info.last_login.astimezone(), self._lang)
                if info.last_login
                else self.tr("jamais")
            )
            state = self.tr("Actif") if info.active else self.tr("Désactivé")
            values = [
                info.username,
                info.display_name,
                self._role_text(info.role.value),
                state,
                last,
            ]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, info.id)
                if not info.active:
                    item.setForeground(Qt.GlobalColor.gray)
                self.table.setItem(row, column, item)

    def selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        item = self.table.item(rows[0].row(), 0)
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else None

    def selected(self) -> staff.StaffInfo | None:
        chosen = self.selected_id()
        return next((s for s in self._staff if s.id == chosen), None)

    def select_username(self, username: str) -> None:
        for row, info in enumerate(self._staff):
            if info.username == username:
                self.table.selectRow(row)

    def _selection_changed(self) -> None:
        info = self.selected()
        for widget in (
            self.role,
            self.role_button,
            self.active_button,
            self.reset_password,
            self.reset_confirm,
            self.reset_button,
        ):
            widget.setEnabled(info is not None)
        if info is None:
            self.selected_name.setText(self.tr("Choisissez un compte dans la liste."))
            self.active_button.setText(self.tr("Désactiver le compte"))
            return
        is_self = info.id == self.actor.staff_id
        self.selected_name.setText(
            f"<b>{_escape(info.display_name)}</b> ({_escape(info.username)})"
        )
        self.role.setCurrentIndex(self.role.findData(info.role.value))
        self.active_button.setText(
            self.tr("Désactiver le compte") if info.active else self.tr("Réactiver le compte")
        )
        # The service refuses these for oneself anyway; greyed out says so before a click.
        self.role.setEnabled(not is_self)
        self.role_button.setEnabled(not is_self)
        self.active_button.setEnabled(not is_self)
        # A disabled account has no key slot: it comes back with a new password typed here.
        self.reset_button.setEnabled(info.active)
        self.reset_password.setPlaceholderText(
            self.tr("Nouveau mot de passe")
            if info.active
            else self.tr("Nouveau mot de passe (obligatoire pour réactiver)")
        )

    # Actions ------------------------------------------------------------------------------------

    def _show(self, label: QLabel, text: str, ok: bool) -> None:
        label.setStyleSheet(_OK if ok else _ERROR)
        label.setText(text)

    def _failure(self, label: QLabel, exc: Exception) -> None:
        code = getattr(exc, "code", "error")
        params = dict(getattr(exc, "params", {}) or {})
        self._show(label, translate(code, self._lang, **params), ok=False)

    def add(self) -> str | None:
        if self.new_password.text() != self.new_confirm.text():
            self._show(
                self.add_message,
                self.tr("Les deux mots de passe ne sont pas identiques : retapez la confirmation."),
                ok=False,
            )
            self.new_confirm.setFocus()
            return None
        username = self.new_username.text().strip()
        try:
            staff_id = staff.add_staff(
                self.ctx,
                self.actor,
                username,
                self.new_display.text(),
                str(self.new_role.currentData()),
                self.new_password.text(),
            )
        except (AccountError, PermissionDenied) as exc:
            self._failure(self.add_message, exc)
            return None
        for edit in (self.new_username, self.new_display, self.new_password, self.new_confirm):
            edit.clear()
        self._show(
            self.add_message, self.tr("Compte « {name} » créé.").format(name=username), ok=True
        )
        self.reload(select_id=staff_id)
        return staff_id

    def change_role(self) -> None:
        info = self.selected()
        if info is None:
            return
        try:
            staff.change_role(self.ctx, self.actor, info.id, str(self.role.currentData()))
        except (AccountError, PermissionDenied) as exc:
            self._failure(self.selected_message, exc)
            return
        self._show(self.selected_message, self.tr("Rôle changé."), ok=True)
        self.reload()

    def toggle_active(self) -> None:
        """Disable the selected account, or re-enable it with the new password typed below
        (its key slot was removed when it was disabled, so it needs a password again)."""
        info = self.selected()
        if info is None:
            return
        try:
            if info.active:
                staff.disable(self.ctx, self.actor, info.id)
            else:
                if not self._passwords_match():
                    return
                staff.enable(self.ctx, self.actor, info.id, self.reset_password.text())
        except (AccountError, PermissionDenied) as exc:
            self._failure(self.selected_message, exc)
            return
        self.reset_password.clear()
        self.reset_confirm.clear()
        text = self.tr("Compte réactivé.") if not info.active else self.tr("Compte désactivé.")
        self._show(self.selected_message, text, ok=True)
        self.reload()

    def _passwords_match(self) -> bool:
        if self.reset_password.text() == self.reset_confirm.text():
            return True
        self._show(
            self.selected_message,
            self.tr("Les deux mots de passe ne sont pas identiques : retapez la confirmation."),
            ok=False,
        )
        return False

    def reset(self) -> None:
        info = self.selected()
        if info is None:
            return
        if not self._passwords_match():
            return
        try:
            staff.reset_password(self.ctx, self.actor, info.id, self.reset_password.text())
        except (AccountError, PermissionDenied) as exc:
            self._failure(self.selected_message, exc)
            return
        self.reset_password.clear()
        self.reset_confirm.clear()
        self._show(
            self.selected_message,
            self.tr("Mot de passe réinitialisé : transmettez-le en personne à {name}.").format(
                name=info.display_name
            ),
            ok=True,
        )
        self.reload()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
