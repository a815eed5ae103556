"""Installs the privacy features into the main window with one call (`install_privacy`): the
« Confidentialité » menu, and « retirer un consentement » / « effacer la personne » on the
selected candidates (menu and the list's context menu). Roles: everyone sees the notice and the
person in charge; coordinators withdraw consents; admins do the rest."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.enums import ConsentPurpose, label
from desktop.services.actor import Actor
from desktop.services.candidates import get_candidate
from desktop.services.context import ServiceContext
from desktop.services.erasure import erase_candidate, withdraw_consent
from desktop.ui import i18n
from desktop.ui import privacy_common as common


class WithdrawDialog(QDialog):
    """Choose the purpose to withdraw among those granted; dated now."""

    def __init__(
        self,
        ctx: ServiceContext,
        actor: Actor,
        candidate_id: str,
        lang: str,
        parent: QWidget | None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.actor, self.candidate_id, self.lang = ctx, actor, candidate_id, lang
        candidate = get_candidate(ctx, actor, candidate_id)
        self.setWindowTitle(self.tr("Retirer un consentement"))
        self.purpose = QComboBox(self)
        self.purpose.setObjectName("withdrawPurpose")
        granted = [
            k.purpose
            for k in (candidate.consents if candidate else [])
            if k.granted and not k.withdrawn_at
        ]
        for purpose in granted:
            self.purpose.addItem(label(ConsentPurpose(purpose), lang), purpose)
        name = QLabel(candidate.display_name if candidate else "", self)
        explain = QLabel(
            self.tr(
                "Le retrait vaut à partir de maintenant. La personne disparaît de ce qui exige ce "
                "consentement (profils transmis aux entreprises, envois aux partenaires) et le "
                "retrait est transmis au magasin central."
            ),
            self,
        )
        explain.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Personne"), name)
        form.addRow(self.tr("Finalité"), self.purpose)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Retirer"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(granted))
        self.buttons.accepted.connect(self.withdraw)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(explain)
        if not granted:
            layout.addWidget(QLabel(self.tr("Aucun consentement accordé à retirer."), self))
        layout.addWidget(self.buttons)

    def withdraw(self) -> None:
        purpose = self.purpose.currentData()
        if not purpose:
            return
        try:
            withdraw_consent(
                self.ctx, self.actor, self.candidate_id, str(purpose), datetime.now(UTC)
            )
        except Exception as exc:  # a translated message; nothing changed
            common.show_message(self, common.error_text(exc, self.lang), True)
            return
        self.accept()


class PrivacyMenu(QObject):
    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.ctx: ServiceContext = window.ctx
        self.actor: Actor = window.actor
        self.menu = window.menuBar().addMenu("")
        self.menu.setObjectName("privacyMenu")
        window.menuBar().insertMenu(window.help_menu.menuAction(), self.menu)

        def action(name: str, slot: Any, visible: bool = True) -> QAction:
            a = QAction(window)
            a.setObjectName(name)
            a.triggered.connect(slot)
            a.setVisible(visible)
            self.menu.addAction(a)
            return a

        admin = self.actor.may("privacy.manage")
        self.notice_action = action("actionPrivacyNotice", lambda: self.open_centre("notice"))
        self.settings_action = action(
            "actionPrivacySettings", lambda: self.open_centre("settings"), admin
        )
        self.retention_action = action(
            "actionRetention", lambda: self.open_centre("retention"), admin
        )
        self.requests_action = action(
            "actionAccessRequests", lambda: self.open_centre("requests"), admin
        )
        self.incidents_action = action(
            "actionIncidents", lambda: self.open_centre("incidents"), admin
        )
        self.menu.addSeparator()
        self.withdraw_action = action(
            "actionWithdraw", self.withdraw_selected, self.actor.may("consent.withdraw")
        )
        self.erase_action = action(
            "actionErase", self.erase_selected, self.actor.may("candidate.erase")
        )
        view = window.list.view
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for a in (self.withdraw_action, self.erase_action):
            if a.isVisible():
                view.addAction(a)
        window.installEventFilter(self)
        self.retranslate()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def retranslate(self) -> None:
        self.menu.setTitle(self.tr("&Confidentialité"))
        self.notice_action.setText(self.tr("Avis et personne responsable…"))
        self.settings_action.setText(self.tr("Paramètres de confidentialité…"))
        self.retention_action.setText(self.tr("Conservation et purge…"))
        self.requests_action.setText(self.tr("Demandes d'accès…"))
        self.incidents_action.setText(self.tr("Registre des incidents…"))
        self.withdraw_action.setText(self.tr("Retirer un consentement…"))
        self.erase_action.setText(self.tr("Effacer la personne…"))

    def open_centre(self, tab: str) -> QDialog:
        from desktop.ui.privacy_centre import PrivacyCentre

        centre = PrivacyCentre(
            self.ctx, self.actor, i18n.current_language(), self.window.drafts, self.window, tab
        )
        centre.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.centre = centre
        centre.open()
        return centre

    def _one_selected(self) -> str | None:
        ids = self.window.list.selected_ids()
        if len(ids) != 1:
            self.window.statusBar().showMessage(
                self.tr("Sélectionnez une seule personne dans la liste."), 6000
            )
            return None
        return str(ids[0])

    def withdraw_selected(self) -> QDialog | None:
        candidate_id = self._one_selected()
        if candidate_id is None:
            return None
        dialog = WithdrawDialog(
            self.ctx, self.actor, candidate_id, i18n.current_language(), self.window
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(
            lambda: self.window.statusBar().showMessage(self.tr("Consentement retiré."), 6000)
        )
        self.withdraw_dialog = dialog
        dialog.open()
        return dialog

    def erase_selected(self) -> bool:
        candidate_id = self._one_selected()
        if candidate_id is None:
            return False
        lang = i18n.current_language()
        candidate = get_candidate(self.ctx, self.actor, candidate_id)
        if candidate is None:
            return False
        if not common.ask_confirm(
            self.window,
            self.tr("Effacer la personne"),
            self.tr(
                "Effacer définitivement {name} ? Toutes ses données sont détruites sur ce poste "
                "(fiche, index de recherche, brouillons) puis, par la synchronisation, au magasin "
                "central. Cette opération est irréversible."
            ).format(name=candidate.display_name or candidate_id),
        ):
            return False
        try:
            erase_candidate(self.ctx, self.actor, candidate_id, drafts=self.window.drafts)
        except Exception as exc:  # translated; nothing was erased
            common.show_message(self.window, common.error_text(exc, lang), True)
            return False
        self.window.statusBar().showMessage(self.tr("Personne effacée."), 6000)
        return True


def install_privacy(window: Any) -> PrivacyMenu:
    """Add the privacy menu and actions to the main window (its one call from main_window)."""
    menu = PrivacyMenu(window)
    window.privacy = menu
    return menu
