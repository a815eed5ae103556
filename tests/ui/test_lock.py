"""Auto-lock and the lock screen (X11): idle time and a wall-clock jump lock the window, leave no
open connection, empty every widget holding personal data and the clipboard; unlocking — by the same
person or another staff member — puts back the booth form from its encrypted draft."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from desktop.app import Application
from desktop.domain.enums import Role
from desktop.services.accounts import create_staff
from desktop.storage.store import LockedStore
from desktop.ui.main_window import MainWindow
from desktop.ui.sign_in import LoginDialog
from tests.conftest import ADMIN_PASSWORD

MARK = "Zqxmarqueur"


@dataclass
class FakeClock:
    mono: float = 1000.0
    wall: float = 1_800_000_000.0

    def monotonic(self) -> float:
        return self.mono

    def wall_time(self) -> float:
        return self.wall

    def advance(self, seconds: float) -> None:
        """Time passing normally: both clocks move together."""
        self.mono += seconds
        self.wall += seconds


def _drive(window: MainWindow) -> FakeClock:
    from desktop.ui.auto_lock import Clock

    fake = FakeClock()
    window.lock_controller.idle.clock = Clock(monotonic=fake.monotonic, wall=fake.wall_time)
    window.lock_controller.idle.restart()
    return fake


def _type_a_registration(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.capture.notice.start.click()
    form = window.capture.form
    form.given_names.setText(f"Thị Ngọc {MARK}")  # QTest types ASCII only
    form.family_name.setText("Nguyễn-Abdallah")
    QTest.keyClicks(form.email, "ngoc.zqx@exemple.ca")


def _store_files_open(app: Application) -> set[str]:
    names = {str(app.paths.database) + s for s in ("", "-wal", "-shm")}
    fds = {os.path.realpath(f"/proc/self/fd/{fd}") for fd in os.listdir("/proc/self/fd")}
    return fds & names


def _personal_text_on_screen(window: MainWindow) -> list[str]:
    from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit

    found = []
    for edit in window.findChildren(QLineEdit):
        if MARK in edit.text() or "exemple.ca" in edit.text():
            found.append(edit.objectName())
    for text in window.findChildren(QPlainTextEdit):
        if MARK in text.toPlainText():
            found.append(text.objectName())
    for label in window.findChildren(QLabel):
        if MARK in label.text():
            found.append(label.objectName())
    return found


def _unlock(qtbot, window: MainWindow, user: str, password: str) -> None:  # type: ignore[no-untyped-def]
    dialog = window.lock_controller.dialog
    assert isinstance(dialog, LoginDialog) and dialog.isVisible()
    dialog.username.setText(user)
    dialog.password.setText(password)
    dialog.submit()
    qtbot.waitUntil(lambda: not window.lock_controller.is_locked, timeout=5000)


def test_five_idle_minutes_lock_and_clear_everything_then_unlock_restores_the_draft(
    qtbot, window: MainWindow, app: Application
) -> None:  # type: ignore[no-untyped-def]
    clock = _drive(window)
    _type_a_registration(qtbot, window)
    QApplication.clipboard().setText(f"{MARK} ngoc.zqx@exemple.ca")
    window.list.reload()
    clock.advance(4 * 60)
    window.lock_controller.idle.check()
    assert not window.lock_controller.is_locked, "four minutes: still open"
    QTest.mouseMove(window.capture.form.given_names)  # input resets the idle time
    QTest.keyClick(window.capture.form.email, Qt.Key.Key_End)
    clock.advance(4 * 60)
    window.lock_controller.idle.check()
    assert not window.lock_controller.is_locked
    clock.advance(5 * 60 + 1)
    window.lock_controller.idle.check()
    assert window.lock_controller.is_locked
    assert not app.unlocked and isinstance(app.ctx.store, LockedStore)
    assert _store_files_open(app) == set(), "no connection to the store stays open"
    assert _personal_text_on_screen(window) == []
    assert window.list.model.rowCount() == 0
    assert QApplication.clipboard().text() == "", "text copied from the app is cleared"
    assert not window.tabs.isVisible()
    drafts = list(app.paths.drafts.glob("*.draft"))
    assert len(drafts) == 1 and MARK.encode() not in drafts[0].read_bytes()
    _unlock(qtbot, window, "admin", ADMIN_PASSWORD)
    form = window.capture.form
    assert form.given_names.text() == f"Thị Ngọc {MARK}"
    assert form.family_name.text() == "Nguyễn-Abdallah"
    assert form.email.text() == "ngoc.zqx@exemple.ca"
    assert window.capture.pages.currentIndex() == 1 and window.tabs.isVisible()


def test_a_two_hour_clock_jump_locks_as_a_suspend(
    qtbot, window: MainWindow, app: Application
) -> None:  # type: ignore[no-untyped-def]
    clock = _drive(window)
    _type_a_registration(qtbot, window)
    clock.wall += 2 * 3600  # the lid was closed: the wall clock moved, the monotonic one did not
    clock.advance(5)
    window.lock_controller.idle.check()
    assert window.lock_controller.is_locked
    assert _store_files_open(app) == set()
    assert _personal_text_on_screen(window) == []
    _unlock(qtbot, window, "admin", ADMIN_PASSWORD)
    from desktop.storage.models import AuditEventRow

    with app.ctx.store.read() as session:
        reasons = [
            (r.details or {}).get("reason")
            for r in session.query(AuditEventRow).filter_by(action="auth.lock")
        ]
    assert reasons == ["suspend"]
    assert window.capture.form.family_name.text() == "Nguyễn-Abdallah"


def test_ctrl_l_locks_and_a_wrong_password_keeps_it_locked(
    qtbot, window: MainWindow, app: Application
) -> None:  # type: ignore[no-untyped-def]
    QTest.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.lock_controller.is_locked, timeout=3000)
    dialog = window.lock_controller.dialog
    assert dialog is not None and dialog.username.text() == "admin"
    dialog.password.setText("pas le bon mot de passe")
    dialog.submit()
    assert window.lock_controller.is_locked and not app.unlocked
    assert dialog.error.text() == "Nom d'utilisateur ou mot de passe incorrect."
    assert dialog.password.text() == ""
    _unlock(qtbot, window, "admin", ADMIN_PASSWORD)
    assert app.unlocked


def test_another_staff_member_unlocks_as_themselves(
    qtbot, window: MainWindow, app: Application, admin
) -> None:  # type: ignore[no-untyped-def]
    create_staff(app.ctx, admin, "accueil2", Role.INTAKE, "Accueil-du-salon-2026")
    assert window.staff.staff_action.isVisible()
    window.lock("manual")
    _unlock(qtbot, window, "accueil2", "Accueil-du-salon-2026")
    assert window.actor.username == "accueil2"
    assert window.capture.actor.role == Role.INTAKE
    assert window.list.model.actor.username == "accueil2"
    assert not window.demo_action.isVisible()
    assert not window.staff.staff_action.isVisible() and not window.staff.audit_action.isVisible()
    assert not window.staff.admin_menu.menuAction().isVisible()
    # The coordinator tabs go too (the services refuse them anyway).
    for page in (window.dashboard, window.workspace.employers, window.workspace.placements):
        assert not window.tabs.isTabVisible(window.tabs.indexOf(page))
    # A refresh started for the admin before the lock may still be running on a loaded machine:
    # let it end, then a refresh asked now does not query the figures as intake staff.
    qtbot.waitUntil(lambda: window.dashboard.task is None, timeout=15000)
    window.dashboard.refresh()
    assert window.dashboard.task is None
    window.lock("manual")
    _unlock(qtbot, window, "admin", ADMIN_PASSWORD)  # the admin comes back: the tabs come back
    for page in (window.dashboard, window.workspace.employers, window.workspace.placements):
        assert window.tabs.isTabVisible(window.tabs.indexOf(page))


def test_the_login_dialog_refuses_a_wrong_password_and_accepts_the_right_one(
    qtbot, app: Application, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    app.lock()
    dialog = LoginDialog(app, "en", "admin")
    qtbot.addWidget(dialog)
    dialog.password.setText("wrong password")
    dialog.submit()
    assert dialog.actor is None and not app.unlocked
    assert dialog.error.text() == "Wrong user name or password."
    dialog.password.setText(ADMIN_PASSWORD)
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        dialog.submit()
    assert dialog.actor is not None and dialog.actor.username == "admin" and app.unlocked
