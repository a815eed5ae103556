"""Locking the main window: by Ctrl+L, after idle time, or when the laptop wakes from sleep.

Locking (in this order): the booth form is saved as an encrypted draft; open dialogs are closed
(a profile being edited is kept in memory, not in widgets, and reopened); every widget holding
personal data is emptied (form, candidate list, search box); the clipboard is cleared if it holds
text copied from Passerelle; then the application closes its store and wipes the key
(`Application.lock`). The window shows nothing but the unlock dialog, which asks the signed-in
person's password — or lets another staff member sign in as themselves. Unlocking puts back the
tab, the booth form (from its draft) and the open profile, so work continues where it stopped.
"""

from __future__ import annotations

import contextlib
import hashlib
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QClipboard
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QWidget

from desktop.services.actor import Actor
from desktop.ui import i18n
from desktop.ui.auto_lock import STAFF_IDLE_SECONDS, Clock, IdleWatch
from desktop.ui.sign_in import LoginDialog

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class LockController(QObject):
    """Owns the auto-lock of one main window; `lock(reason)` locks at once."""

    locked = Signal(str)  # reason: "manual", "idle", "suspend"
    unlocked = Signal(object)  # the Actor now signed in

    def __init__(self, window: MainWindow, clock: Clock | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.is_locked = False
        self.dialog: LoginDialog | None = None
        self._copied: set[str] = set()
        self._state: dict[str, Any] = {}
        self._shut_down = False
        self.idle = IdleWatch(self, _idle_seconds(window), clock)
        self.idle.expired.connect(self.lock)
        clipboard = QApplication.clipboard()
        clipboard.dataChanged.connect(self._clipboard_changed)

    # Clipboard ----------------------------------------------------------------------------

    def _clipboard_changed(self) -> None:
        """Remember (as a hash) text that Passerelle put on the clipboard, to clear it at lock."""
        clipboard = QApplication.clipboard()
        if clipboard.ownsClipboard() or QApplication.activeWindow() is not None:
            text = clipboard.text()
            if text:
                self._copied.add(_digest(text))

    def _clear_clipboard(self) -> None:
        clipboard = QApplication.clipboard()
        text = clipboard.text()
        if text and (clipboard.ownsClipboard() or _digest(text) in self._copied):
            clipboard.clear(QClipboard.Mode.Clipboard)
            if clipboard.supportsSelection():
                clipboard.clear(QClipboard.Mode.Selection)
        self._copied.clear()

    # Lock ---------------------------------------------------------------------------------

    def lock(self, reason: str = "manual") -> None:
        if self.is_locked or not self.window.application.unlocked:
            return
        kiosk = getattr(getattr(self.window, "staff", None), "kiosk_window", None)
        if reason == "idle" and kiosk is not None and kiosk.isVisible():
            # The kiosk already shows nothing of anyone else and resets itself after 2 minutes;
            # it needs a staff password to leave. Locking under it would break the person's form.
            # A suspend (clock jump) still locks: the kiosk closes (desktop.ui.staff_menu).
            self.idle.restart()
            return
        self.is_locked = True
        self.idle.stop()
        w = self.window
        self._state = {
            "tab": w.tabs.currentIndex(),
            "actor": w.actor,
            "draft_id": None,
            "profile": None,
        }
        with contextlib.suppress(Exception):  # a draft that cannot be written is not worth a crash
            w.capture.write_draft()
            if w.capture.pages.currentIndex() == 1 and w.capture._has_input():
                self._state["draft_id"] = w.capture.candidate().id
        w.capture.stop_timers()
        self._close_dialogs()
        self._clear_widgets()
        self._clear_clipboard()
        w.application.lock(reason=reason)
        self._cover()
        w.menuBar().setEnabled(False)
        for toolbar in w.findChildren(QWidget, "mainToolbar"):
            toolbar.setEnabled(False)
        w.counts_label.clear()
        self.locked.emit(reason)
        self._ask()

    def _cover(self) -> None:
        """The window shows only that Passerelle is locked (the tabs are kept, out of sight)."""
        w = self.window
        tabs = w.takeCentralWidget()
        tabs.hide()
        tabs.setParent(w)
        cover = QLabel(w)
        cover.setObjectName("lockCover")
        cover.setAlignment(Qt.AlignmentFlag.AlignCenter)
        cover.setWordWrap(True)
        cover.setStyleSheet("font-size: 20px; color: #444;")
        cover.setText(
            self.tr("🔒 Passerelle est verrouillée.\nEntrez votre mot de passe pour reprendre.")
        )
        w.setCentralWidget(cover)

    def _uncover(self) -> None:
        w = self.window
        cover = w.takeCentralWidget()
        if cover is not None and cover is not w.tabs:
            cover.deleteLater()
        w.setCentralWidget(w.tabs)
        w.tabs.show()

    def _close_dialogs(self) -> None:
        from desktop.ui.profile_editor import ProfileEditor

        for widget in QApplication.topLevelWidgets():
            if not isinstance(widget, QDialog) or not widget.isVisible():
                continue
            if widget is self.dialog:
                continue
            if isinstance(widget, ProfileEditor):
                # Unsaved edits live on in memory only while locked, never in a widget.
                self._state["profile"] = (widget.candidate.id, widget.current())
            widget.reject()
            widget.close()

    def _clear_widgets(self) -> None:
        w = self.window
        w.capture._loading = True  # clearing is not typing: no autosave, no checks
        try:
            w.capture.new_registration(keep_draft=False)
        finally:
            w.capture._loading = False
        w.capture.stop_timers()
        search = w.list.search
        search.blockSignals(True)
        search.clear()
        search.blockSignals(False)
        w.list.clear()

    # Unlock -------------------------------------------------------------------------------

    def _ask(self) -> None:
        previous: Actor | None = self._state.get("actor")
        dialog = LoginDialog(
            self.window.application,
            i18n.current_language(),
            previous.username if previous else "",
            self.window,
            locked=True,
        )
        self.dialog = dialog
        dialog.accepted.connect(self._after_unlock)
        dialog.rejected.connect(self._refused)
        dialog.open()

    def _refused(self) -> None:
        """Cancel on the lock screen quits Passerelle (the store stays closed)."""
        self.dialog = None
        self.window.close()

    def _after_unlock(self) -> None:
        dialog, self.dialog = self.dialog, None
        actor = dialog.actor if dialog else None
        if actor is None:
            return
        if dialog is not None:
            dialog.deleteLater()
        w = self.window
        self.is_locked = False
        if actor != self._state.get("actor"):
            _switch_actor(w, actor)
        self._uncover()
        w.menuBar().setEnabled(True)
        for toolbar in w.findChildren(QWidget, "mainToolbar"):
            toolbar.setEnabled(True)
        tab = int(self._state.get("tab", 0))
        w.tabs.setCurrentIndex(tab if w.tabs.isTabVisible(tab) else 0)
        draft_id = self._state.get("draft_id")
        if draft_id:
            draft = w.drafts.load(draft_id)
            if draft is not None:
                w.capture.load_draft(draft.payload)
        w.list.refresh()  # now if its tab is the one shown, else when it is
        w._update_status()
        profile = self._state.get("profile")
        self._state = {}
        if profile is not None:
            candidate_id, edited = profile
            w.open_candidate(candidate_id)
            editor = getattr(w, "profile_editor", None)
            if editor is not None:
                editor._fill(edited)
        self.idle.set_timeout(_idle_seconds(w))
        self.idle.restart()
        self.unlocked.emit(actor)

    def shutdown(self) -> None:
        """The window closes: stop watching (safe to call more than once)."""
        if self._shut_down:
            return
        self._shut_down = True
        self.idle.shutdown()
        QApplication.clipboard().dataChanged.disconnect(self._clipboard_changed)


def _idle_seconds(window: MainWindow) -> float:
    from desktop.services.settings import get_setting

    try:
        minutes = float(get_setting(window.ctx, "auto_lock_minutes") or 0)
    except Exception:
        return STAFF_IDLE_SECONDS
    return minutes * 60 if minutes > 0 else STAFF_IDLE_SECONDS


def _switch_actor(window: MainWindow, actor: Actor) -> None:
    """Another staff member unlocked: every widget now acts as them, with their role's actions."""
    for obj in [window, *window.findChildren(QObject)]:
        if isinstance(getattr(obj, "actor", None), Actor):
            obj.actor = actor  # type: ignore[attr-defined]
    window.list.set_actor(actor)
    window.dossier_action.setVisible(actor.may("dossier.print"))
    window.demo_action.setVisible(actor.may("settings.manage"))
    staff = getattr(window, "staff", None)  # desktop.ui.staff_menu: role-gated actions
    for name, action in (
        ("kiosk_action", "kiosk.run"),
        ("verify_action", "candidate.verify"),
        ("staff_action", "staff.manage"),
        ("audit_action", "audit.read"),
    ):
        widget = getattr(staff, name, None)
        if widget is not None:
            widget.setVisible(actor.may(action))
    menu = getattr(staff, "admin_menu", None)
    if menu is not None:
        menu.menuAction().setVisible(actor.may("staff.manage") or actor.may("audit.read"))
    # Role-gated tabs: a coordinator's figures and workspace are hidden from intake staff, and
    # added when a coordinator unlocks a window an intake member opened.
    from desktop.ui.dashboard import install_dashboard
    from desktop.ui.workspace_tabs import install_workspace

    if getattr(window, "workspace", None) is None:
        install_workspace(window)
    if getattr(window, "dashboard", None) is None:
        install_dashboard(window)
    workspace = getattr(window, "workspace", None)
    gated = [(getattr(window, "dashboard", None), "programme.figures")]
    if workspace is not None:
        gated += [(workspace.employers, "workspace.read"), (workspace.placements, "workspace.read")]
    for page, action in gated:
        index = window.tabs.indexOf(page) if page is not None else -1
        if index >= 0:
            window.tabs.setTabVisible(index, actor.may(action))
