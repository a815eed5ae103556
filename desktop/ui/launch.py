"""Start the GUI: one instance per data folder, language, first-run setup, sign-in, drafts."""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass

from PySide6.QtCore import QLockFile
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop import __version__
from desktop.app import Application, open_application
from desktop.domain.messages import translate
from desktop.paths import Paths
from desktop.services.accounts import sole_username
from desktop.services.demo import fill_demo
from desktop.services.settings import get_setting
from desktop.storage.engine import StoreError
from desktop.ui import i18n
from desktop.ui.main_window import MainWindow, recover_drafts
from desktop.ui.sign_in import LoginDialog, SetupDialog


def acquire_instance_lock(paths: Paths) -> QLockFile | None:
    """The data folder's lock, or None when another Passerelle has it (a stale lock is taken over)."""
    paths.home.mkdir(parents=True, exist_ok=True)
    lock = QLockFile(str(paths.lock_file))
    lock.setStaleLockTime(0)
    return lock if lock.tryLock(200) else None


@dataclass
class Session:
    """A started GUI: its window, store and lock, released by `close()`."""

    window: MainWindow
    application: Application
    lock: QLockFile

    def close(self) -> None:
        self.window.close()
        self.window.deleteLater()
        self.application.close()
        self.lock.unlock()


def start_gui(args: argparse.Namespace) -> Session | int:
    """Everything before the event loop; an exit status when the user stops before the window."""
    qt_app = QApplication.instance() or QApplication(sys.argv[:1])
    qt_app.setApplicationName("Passerelle")
    qt_app.setApplicationVersion(__version__)
    qt_app.setOrganizationName("Passerelle")
    explicit_lang = any(a == "--lang" or a.startswith("--lang=") for a in sys.argv)
    i18n.set_language(args.lang)
    lock = acquire_instance_lock(Paths.at(args.home))
    if lock is None:
        QMessageBox.warning(None, "Passerelle", translate("store.locked", i18n.current_language()))
        return 3
    try:
        application = open_application(args.home, args.lang)
    except StoreError as exc:
        lock.unlock()
        QMessageBox.critical(
            None, "Passerelle", translate(exc.code, i18n.current_language(), **exc.params)
        )
        return 2
    if not explicit_lang:
        i18n.set_language(str(get_setting(application.ctx, "language") or "fr"))
    lang = i18n.current_language()
    if application.device is None and getattr(args, "demo", False):
        fill_demo(application.ctx, 150)
    window = None
    if application.device is not None or SetupDialog(application.ctx, lang).exec():
        login = LoginDialog(
            application.ctx, lang, args.user or sole_username(application.ctx) or ""
        )
        if login.exec() and login.actor is not None:
            window = MainWindow(application, login.actor)
        login.deleteLater()
    if window is None:
        application.close()
        lock.unlock()
        return 0
    window.show()
    recover_drafts(window)
    return Session(window, application, lock)


def launch_gui(args: argparse.Namespace) -> int:
    started = start_gui(args)
    if isinstance(started, int):
        return started
    try:
        return int(QApplication.instance().exec())  # type: ignore[union-attr]
    finally:
        started.close()
