"""Start the GUI: one instance per data folder, language, first-run setup, sign-in, drafts."""

from __future__ import annotations

import argparse
import sys

from PySide6.QtCore import QLockFile
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop import __version__
from desktop.app import open_application
from desktop.domain.messages import translate
from desktop.paths import Paths
from desktop.services.accounts import sole_username
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


def launch_gui(args: argparse.Namespace) -> int:
    qt_app = QApplication.instance() or QApplication(sys.argv[:1])
    qt_app.setApplicationName("Passerelle")
    qt_app.setApplicationVersion(__version__)
    qt_app.setOrganizationName("Passerelle")
    explicit_lang = "--lang" in sys.argv or any(a.startswith("--lang=") for a in sys.argv)
    i18n.set_language(args.lang)
    paths = Paths.at(args.home)
    lock = acquire_instance_lock(paths)
    if lock is None:
        QMessageBox.warning(None, "Passerelle", translate("store.locked", i18n.current_language()))
        return 3
    try:
        application = open_application(args.home, args.lang)
    except StoreError as exc:
        QMessageBox.critical(
            None, "Passerelle", translate(exc.code, i18n.current_language(), **exc.params)
        )
        return 2
    try:
        if not explicit_lang:
            i18n.set_language(str(get_setting(application.ctx, "language") or "fr"))
        lang = i18n.current_language()
        if application.device is None and not SetupDialog(application.ctx, lang).exec():
            return 0
        login = LoginDialog(
            application.ctx, lang, args.user or sole_username(application.ctx) or ""
        )
        if not login.exec() or login.actor is None:
            return 0
        window = MainWindow(application, login.actor)
        window.show()
        recover_drafts(window)
        return int(qt_app.exec())
    finally:
        application.close()
        lock.unlock()
