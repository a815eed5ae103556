"""What the main window gains from staff management, installed in one call from `MainWindow`:
an Administration menu (staff accounts, audit trail) for admins, the kiosk mode for staff, the
"to verify" review of kiosk registrations, and role gating of the existing actions.

The GUI only hides what a role cannot do; the services refuse it anyway (`Actor.require`).
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QCheckBox, QMenu, QToolBar

from desktop.services import kiosk
from desktop.services.accounts import AccountError
from desktop.services.actor import Actor, PermissionDenied
from desktop.services.changes import Changed
from desktop.ui import i18n

if TYPE_CHECKING:
    from desktop.ui.kiosk import KioskWindow
    from desktop.ui.main_window import MainWindow


class StaffFeatures(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.ctx, self.actor = window.ctx, window.actor
        self.kiosk_window: KioskWindow | None = None

        self.kiosk_action = self._action("actionKiosk", "Ctrl+K", self.enter_kiosk)
        self.verify_action = self._action("actionVerify", None, self.open_verify)
        toolbar = window.findChild(QToolBar, "mainToolbar")
        if toolbar is not None:
            toolbar.addAction(self.verify_action)
            toolbar.addAction(self.kiosk_action)
        window.file_menu.insertAction(window.demo_action, self.kiosk_action)

        self.staff_action = self._action("actionStaff", None, self.open_staff)
        self.audit_action = self._action("actionAudit", None, self.open_audit)
        self.admin_menu = QMenu(window)
        self.admin_menu.setObjectName("adminMenu")
        self.admin_menu.addAction(self.staff_action)
        self.admin_menu.addAction(self.audit_action)
        window.menuBar().insertMenu(window.help_menu.menuAction(), self.admin_menu)

        self.to_verify_filter = QCheckBox(window.list)
        self.to_verify_filter.setObjectName("toVerifyFilter")
        self.to_verify_filter.toggled.connect(self._filter_toggled)
        window.list.layout().insertWidget(1, self.to_verify_filter)

        window.ctx.changes.subscribe(self._on_change)
        window.installEventFilter(self)
        self.apply_role(self.actor)
        self.retranslate()

    def apply_role(self, actor: Actor) -> None:
        """Show only what `actor`'s role may use (again after another person unlocks)."""
        self.actor = actor
        self.kiosk_action.setVisible(actor.may("kiosk.run"))
        self.verify_action.setVisible(actor.may("candidate.verify"))
        self.staff_action.setVisible(actor.may("staff.manage"))
        self.audit_action.setVisible(actor.may("audit.read"))
        self.admin_menu.menuAction().setVisible(
            actor.may("staff.manage") or actor.may("audit.read")
        )
        # Demonstration data writes a hundred fictional people into the real store: admins only.
        self.window.demo_action.setVisible(actor.may("settings.manage"))
        self.update_count()

    def _action(self, name: str, shortcut: str | None, slot: object) -> QAction:
        action = QAction(self.window)
        action.setObjectName(name)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.window.addAction(action)
        return action

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.ctx.changes.unsubscribe(self._on_change)
        return False

    def retranslate(self) -> None:
        self.kiosk_action.setText(self.tr("Mode borne (Ctrl+K)"))
        self.staff_action.setText(self.tr("Comptes du personnel…"))
        self.audit_action.setText(self.tr("Journal d'audit…"))
        self.admin_menu.setTitle(self.tr("&Administration"))
        self.to_verify_filter.setText(self.tr("Seulement les inscriptions de la borne à vérifier"))
        self.update_count()

    def update_count(self) -> int:
        if not self.actor.may("candidate.verify"):
            return 0
        if not self.ctx.store.is_open:
            return 0  # locked: the store is closed until someone unlocks
        n = kiosk.count_to_verify(self.ctx, self.actor)
        self.verify_action.setText(self.tr("À vérifier ({n})").format(n=n))
        self.verify_action.setEnabled(n > 0)
        return n

    def _on_change(self, change: Changed) -> None:
        if change.kind == "candidate":
            self.update_count()

    def _filter_toggled(self, checked: bool) -> None:
        self.window.list.only_ids = (
            (lambda: kiosk.to_verify_ids(self.ctx, self.actor)) if checked else None
        )
        self.window.list.reload()

    # Screens ------------------------------------------------------------------------------------

    def open_staff(self) -> object:
        from desktop.ui.staff_dialog import StaffDialog

        dialog = StaffDialog(self.ctx, self.actor, i18n.current_language(), self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.staff_dialog = dialog
        dialog.open()
        return dialog

    def open_audit(self) -> object:
        from desktop.ui.audit_viewer import AuditViewer

        viewer = AuditViewer(self.ctx, self.actor, i18n.current_language(), self.window)
        viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.audit_viewer = viewer
        viewer.open()
        return viewer

    def open_verify(self, select_id: str | None = None) -> object:
        from desktop.ui.verify_dialog import VerifyDialog

        dialog = VerifyDialog(
            self.ctx, self.actor, i18n.current_language(), self.window, select_id or None
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open_requested.connect(self.window.open_candidate)
        dialog.finished.connect(lambda _r: self.window.list.reload())
        self.verify_dialog = dialog
        dialog.open()
        return dialog

    # Kiosk --------------------------------------------------------------------------------------

    def enter_kiosk(self, password: str | None = None) -> KioskWindow | None:
        """Ask the staff password (or take it, for tests), then hand the screen to the public."""
        if password is None:
            from desktop.ui.kiosk_entry import KioskEntryDialog

            dialog = KioskEntryDialog(self.ctx, self.actor, i18n.current_language(), self.window)
            if not dialog.exec():
                return None
        else:
            try:
                kiosk.enter(self.ctx, self.actor, password)
            except (AccountError, PermissionDenied):
                return None
        return self._show_kiosk()

    def _show_kiosk(self) -> KioskWindow:
        from desktop.ui.kiosk import KioskWindow

        self.window.capture.write_draft()
        window = KioskWindow(
            self.ctx, self.actor, i18n.current_language(), self.window.capture.current_event
        )
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.left.connect(self._kiosk_left)
        self.kiosk_window = window
        lock = getattr(self.window, "lock_controller", None)
        if lock is not None:
            # The kiosk clears itself after 2 minutes and needs a staff password to leave, so
            # the staff idle lock waits; a suspend (clock jump) still locks, closing the kiosk.
            self._staff_timeout = lock.idle.timeout
            lock.idle.set_timeout(float("inf"))
            lock.locked.connect(self._locked_during_kiosk)
        self.window.hide()
        window.start()
        return window

    def _locked_during_kiosk(self, _reason: str) -> None:
        if self.kiosk_window is not None:
            self.kiosk_window.shutdown()
            self._restore_window()

    def _restore_window(self) -> None:
        self.kiosk_window = None
        lock = getattr(self.window, "lock_controller", None)
        if lock is not None:
            lock.idle.set_timeout(getattr(self, "_staff_timeout", lock.idle.timeout))
            with contextlib.suppress(RuntimeError, TypeError):
                lock.locked.disconnect(self._locked_during_kiosk)
        self.window.show()

    def _kiosk_left(self, who: Actor) -> None:
        self._restore_window()
        self.window.list.reload()
        n = self.update_count()
        self.window.statusBar().showMessage(
            self.tr("Mode borne fermé : {n} inscription(s) à vérifier.").format(n=n), 8000
        )


def install(window: MainWindow) -> StaffFeatures:
    return StaffFeatures(window)
