"""The README's run command: `passerelle --home H --demo` opens the app on a demo store."""

from __future__ import annotations

import argparse
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from desktop.paths import Paths
from desktop.security import kdf
from desktop.services.accounts import AccountError
from desktop.services.demo import DEMO_PASSWORD
from desktop.ui.launch import Session, StoreLoader, acquire_instance_lock, start_gui
from desktop.ui.sign_in import LoginDialog
from tests.conftest import ADMIN_PASSWORD, new_application


def test_demo_start_signs_in_and_shows_the_main_window(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    seen: dict[str, object] = {}

    def sign_in() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, LoginDialog):
            QTimer.singleShot(50, sign_in)
            return
        seen["user"] = dialog.username.text()
        dialog.password.setText(DEMO_PASSWORD)
        dialog.submit()

    QTimer.singleShot(50, sign_in)
    args = argparse.Namespace(home=str(tmp_path / "home"), lang="fr", user=None, demo=True)
    started = start_gui(args)
    assert isinstance(started, Session)
    try:
        assert seen == {"user": "admin"}
        assert started.window.isVisible()
        assert started.window.list.model.rowCount() == 150
        assert started.window.windowTitle() == "Passerelle — inscription des personnes candidates"
        assert acquire_instance_lock(Paths.at(tmp_path / "home")) is None, (
            "a second start is refused"
        )
    finally:
        started.close()


def test_only_one_instance_runs_per_data_folder(tmp_path: Path) -> None:
    paths = Paths.at(tmp_path / "home")
    first = acquire_instance_lock(paths)
    assert first is not None
    assert acquire_instance_lock(paths) is None
    first.unlock()
    again = acquire_instance_lock(paths)
    assert again is not None
    again.unlock()


def test_a_password_submitted_before_the_app_has_loaded_is_derived_once_meanwhile(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Staff faster than the loading: the sign-in derives the key on the GUI thread while the
    loader thread imports, and the unlock uses it (one Argon2id, not two); a wrong password is
    refused the same way."""
    home = tmp_path / "home"
    new_application(home).close()
    derived: list[str] = []
    real = kdf.derive
    monkeypatch.setattr(
        kdf, "derive", lambda *a: derived.append(threading.current_thread().name) or real(*a)
    )
    args = argparse.Namespace(home=str(home), lang="fr", user=None, demo=False)
    loader = StoreLoader(args)
    with pytest.raises(AccountError) as refused:
        loader.unlock("admin", "mot-de-passe-faux")
    assert refused.value.code == "auth.failed"
    assert derived == ["MainThread"]
    actor = loader.unlock("admin", ADMIN_PASSWORD)
    assert actor.username == "admin"
    assert derived == ["MainThread", "MainThread"], "loaded by then: the unlock derives, once"
    loader.application().close()

    fresh = StoreLoader(args)
    derived.clear()
    assert fresh.unlock("admin", ADMIN_PASSWORD).username == "admin"
    assert derived == ["MainThread"]
    fresh.application().close()


def test_the_sign_in_window_says_why_it_waits_while_an_older_store_is_upgraded(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """After an update, the first sign-in backs the store up then migrates it (up to a minute
    for 100 000 candidates): the window says so before it starts, and not on later sign-ins."""
    from alembic import command

    from desktop.services import backups
    from desktop.storage.migrate import _config

    home = tmp_path / "home"
    app = new_application(home)
    config = _config()
    with app.ctx.store.engine.begin() as conn:  # the store as the previous version left it
        config.attributes["connection"] = conn
        command.downgrade(config, "0012")
    app.close()
    seen: list[tuple[bool, str]] = []
    real = backups.files.write_backup

    def write_backup(*args, **kwargs):  # type: ignore[no-untyped-def]
        seen.append((dialog.notice.isVisible(), dialog.notice.text()))
        return real(*args, **kwargs)

    monkeypatch.setattr(backups.files, "write_backup", write_backup)
    loader = StoreLoader(argparse.Namespace(home=str(home), lang="fr", user=None, demo=False))
    dialog = LoginDialog(loader, "fr", "admin")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.password.setText(ADMIN_PASSWORD)
    dialog.submit()
    assert dialog.actor is not None and dialog.actor.username == "admin"
    assert len(seen) == 1 and seen[0][0], "the notice was on screen when the backup started"
    assert "n'éteignez pas l'ordinateur" in seen[0][1]
    assert not dialog.notice.isVisible(), "gone once signed in"
    application = loader.application()
    assert [b.kind for b in application.backups.list()] == ["migration"]
    application.lock()

    again = LoginDialog(application, "fr", "admin")
    qtbot.addWidget(again)
    again.password.setText(ADMIN_PASSWORD)
    again.submit()
    assert again.actor is not None and len(seen) == 1, "an up-to-date store: no backup, no notice"
    application.close()
