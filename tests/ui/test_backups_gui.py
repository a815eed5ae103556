"""The backups dialog, the automatic backups, and recovery mode, driven like staff use them."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from desktop.app import Application
from desktop.services.accounts import authenticate, create_staff
from desktop.services.actor import Actor
from desktop.services.listing import list_ids
from desktop.ui.backups_dialog import BackupsDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.recovery_dialog import RecoveryDialog
from tests.conftest import ADMIN_PASSWORD
from tests.durability.helpers import damage_page, save_people, table_pages


def _dialog(qtbot, window: MainWindow) -> BackupsDialog:  # type: ignore[no-untyped-def]
    window.backups_action.trigger()
    dialog = window.backups_dialog
    qtbot.addWidget(dialog)
    return dialog


def test_back_up_now_adds_a_verified_backup_to_the_list(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    assert window.backups_action.text() == "Sauvegardes…"
    dialog = _dialog(qtbot, window)
    assert dialog.table.rowCount() == 0
    with qtbot.waitSignal(dialog.finished_work, timeout=10000):
        qtbot.mouseClick(dialog.back_up, Qt.MouseButton.LeftButton)
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 4).text() == "Oui"
    assert dialog.table.item(0, 1).text() == "manuelle"
    assert dialog.status.text().startswith("Sauvegarde vérifiée")
    assert dialog.back_up.isEnabled()


def test_restore_from_the_dialog_starts_a_new_incarnation(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    app: Application = window.application
    kept = save_people(app, window.actor, 0, 2)
    dialog = _dialog(qtbot, window)
    with qtbot.waitSignal(dialog.finished_work, timeout=10000):
        dialog.back_up_now()
    later = save_people(app, window.actor, 10, 1)
    asked: list[str] = []
    dialog.ask = lambda _parent, _title, text: asked.append(text) or True
    dialog.table.selectRow(0)
    with qtbot.waitSignal(dialog.finished_work, timeout=20000) as done:
        qtbot.mouseClick(dialog.restore, Qt.MouseButton.LeftButton)
    assert "mise de côté" in asked[0]
    result = done.args[0]
    assert result.incarnation == 2 and result.set_aside.exists()
    assert "Incarnation de l'appareil : 2" in dialog.status.text()
    assert set(list_ids(app.ctx, window.actor)) == set(kept) and later[0] not in kept
    assert app.device is not None and app.device.incarnation == 2
    qtbot.waitUntil(lambda: window.list.model.rowCount() == 2)


def test_an_intake_account_backs_up_but_cannot_restore(
    qtbot, app: Application, admin: Actor
) -> None:  # type: ignore[no-untyped-def]
    create_staff(app.ctx, admin, "kiosque", "intake", "mot-de-passe-kiosque")
    intake = authenticate(app.ctx, "kiosque", "mot-de-passe-kiosque")
    dialog = BackupsDialog(app, intake)
    qtbot.addWidget(dialog)
    assert dialog.restore.isHidden() and not dialog.keep.isEnabled()
    assert dialog.back_up.isEnabled()


def test_the_timer_backs_up_in_the_background_only_after_a_change(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    schedule = window.backup_schedule
    assert schedule.timer.isActive() and schedule.timer.interval() == 15 * 60_000
    with qtbot.waitSignal(schedule.backed_up, timeout=10000) as first:
        schedule.tick()
    assert first.args[0] is not None and first.args[0].kind == "scheduled"
    with qtbot.waitSignal(schedule.backed_up, timeout=10000) as second:
        schedule.tick()
    assert second.args[0] is None  # nothing changed: no copy
    save_people(window.application, window.actor, 0, 1)
    with qtbot.waitSignal(schedule.backed_up, timeout=10000) as third:
        schedule.tick()
    assert third.args[0] is not None


def test_closing_the_window_backs_up_what_changed(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    save_people(window.application, window.actor, 0, 1)
    window.close()
    kinds = [b.kind for b in window.application.backups.list()]
    assert kinds == ["exit"]


def test_the_booth_form_reports_a_full_disk_keeps_the_draft_and_saves_once_on_retry(
    qtbot,
    window: MainWindow,
    monkeypatch,  # type: ignore[no-untyped-def]
) -> None:
    import sqlite3

    capture = window.capture
    qtbot.mouseClick(capture.notice.start, Qt.MouseButton.LeftButton)
    form = capture.form
    form.given_names.setText("Thị Mai")
    form.family_name.setText("Nguyễn")
    form.email.setText("mai.nguyen@exemple.ca")
    form.consent.boxes["intake"].setChecked(True)
    hooks = list(window.ctx.save_hooks)

    def disk_full(*_args: object) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(window.ctx, "save_hooks", [*hooks, disk_full])
    assert capture.save() is None
    assert "le disque est plein" in capture.issues.text()
    assert form.given_names.text() == "Thị Mai"  # nothing typed is lost
    assert [d.display_name for d in window.drafts.list()] == ["Thị Mai Nguyễn"]
    monkeypatch.setattr(window.ctx, "save_hooks", hooks)
    with qtbot.waitSignal(capture.saved, timeout=5000):
        qtbot.mouseDClick(form.email, Qt.MouseButton.LeftButton)
        qtbot.keyClick(form.email, Qt.Key.Key_Return)
        qtbot.keyClick(form.email, Qt.Key.Key_Return)  # a second Enter lands on the new form
    assert len(list_ids(window.ctx, window.actor)) == 1
    assert window.drafts.list() == []


def _damaged(app: Application, admin: Actor) -> None:
    save_people(app, admin, 0, 30)
    app.backups.back_up_now(admin)
    save_people(app, admin, 100, 30)
    opener = app.file_opener()
    app.close()
    damage_page(app.paths.database, table_pages(opener, app.paths.database, "candidates")[1])


def test_recovery_screen_exports_readable_candidates(
    qtbot, app: Application, admin: Actor, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    _damaged(app, admin)
    dialog = RecoveryDialog(app.paths)
    qtbot.addWidget(dialog)
    assert "endommagée" in dialog.title.text()
    assert dialog.table.rowCount() == 1 and dialog.restore.isEnabled()
    out = tmp_path / "urgence.jsonl"
    dialog.choose_file = lambda _parent, _suggested: str(out)
    qtbot.mouseClick(dialog.export, Qt.MouseButton.LeftButton)
    assert "Entrez d'abord" in dialog.status.text()  # an administrator signs in first
    dialog.username.setText("admin")
    dialog.password.setText(ADMIN_PASSWORD)
    with qtbot.waitSignal(dialog.finished_work, timeout=20000):
        qtbot.mouseClick(dialog.export, Qt.MouseButton.LeftButton)
    assert "JSON Lines" in dialog.status.text() and "pas chiffré" in dialog.status.text()
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert 0 < len(rows) < 60


def test_a_damaged_store_opens_recovery_mode_then_the_restored_store(
    qtbot, app: Application, admin: Actor
) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui.launch import Session, start_gui
    from desktop.ui.sign_in import LoginDialog

    _damaged(app, admin)
    seen: list[str] = []

    def drive() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, LoginDialog) and seen in ([], ["login", "recovery"]):
            seen.append("login")
            dialog.username.setText("admin")
            dialog.password.setText(ADMIN_PASSWORD)
            dialog.submit()
        elif isinstance(dialog, RecoveryDialog) and seen == ["login"]:
            seen.append("recovery")
            dialog.ask = lambda *_a: True
            dialog.username.setText("admin")
            dialog.password.setText(ADMIN_PASSWORD)
            dialog.restore_chosen()

    timer = QTimer()
    timer.timeout.connect(drive)
    timer.start(100)
    args = argparse.Namespace(home=str(app.paths.home), lang="fr", user="admin", demo=False)
    try:
        started = start_gui(args)
    finally:
        timer.stop()
    assert isinstance(started, Session), started
    try:
        assert seen == ["login", "recovery", "login"]  # damage found at sign-in, then restored
        assert started.application.device is not None
        assert started.application.device.incarnation == 2
        assert started.window.list.model.rowCount() == 30
        assert list((app.paths.home / "set-aside").glob("*-damaged.db"))
    finally:
        started.close()
