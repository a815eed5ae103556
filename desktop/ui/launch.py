"""Start the GUI: the sign-in window at once, the application loaded behind it, then the main window.

Importing the database layer and loading the reference lists take most of a second; they run in a
background thread while the sign-in (or first-run) window is already on screen and staff type
their password (DESIGN.md §7 cold start). The store itself is encrypted: it opens only when the
password unwraps its key (sign-in = unlock). One instance per data folder.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop import __version__
from desktop.paths import Paths
from desktop.ui import i18n
from desktop.ui.app_icon import application_icon
from desktop.ui.damage_watch import DamageWatch, is_damage, recover
from desktop.ui.prefs import InterfacePrefs
from desktop.ui.sign_in import LoginDialog

if TYPE_CHECKING:
    from desktop.app import Application
    from desktop.services.actor import Actor
    from desktop.ui.main_window import MainWindow


def acquire_instance_lock(paths: Paths) -> QLockFile | None:
    """The data folder's lock, or None when another Passerelle has it (a stale lock is taken over)."""
    paths.home.mkdir(parents=True, exist_ok=True)
    lock = QLockFile(str(paths.lock_file))
    lock.setStaleLockTime(0)
    return lock if lock.tryLock(200) else None


class StoreLoader:
    """Opens the application in a background thread; `application()` waits for it."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self._app: Application | None = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._load, name="store-loader", daemon=True)

    def start(self) -> None:
        if self._thread.ident is None:  # once only: by the timer or by a fast sign-in
            self._thread.start()

    def _load(self) -> None:
        try:
            from desktop.app import open_application
            from desktop.domain.countries import countries
            from desktop.domain.noc import NocCatalogue

            app = open_application(self.args.home, self.args.lang)
            app.defer_start_check = True  # checked behind the window (desktop.ui.start_check)
            if getattr(self.args, "demo", False) and not app.initialised:
                from desktop.services.demo import set_up_demo

                set_up_demo(app, 150)
                app.lock(reason="demo")
            NocCatalogue.load()
            countries("fr"), countries("en")
            import desktop.ui.main_window  # noqa: F401  (its modules, ready for after sign-in)
            from desktop.storage.models import configure_models

            configure_models()

            self._app = app
        except BaseException as exc:  # shown to the user on the GUI thread
            self._error = exc

    def application(self) -> Application:
        self.start()
        self._thread.join()
        if self._error is not None:
            raise self._error
        assert self._app is not None
        return self._app

    def unlock(
        self, username: str | None, password: str, upgrading: Callable[[], None] | None = None
    ) -> Actor:
        """Sign in (the LoginDialog's `unlock`). A password submitted while the application still
        loads has its key derived meanwhile, on this thread: Argon2id lets go of the interpreter,
        so the derivation and the loading share the two cores instead of taking turns."""
        checked = None
        if self._app is None and self._error is None:  # still loading, or not started yet
            from desktop.security.keyslots import check_password

            self.start()
            checked = check_password(Paths.at(self.args.home).keyslots, username, password)
        try:
            application = self.application()
        except BaseException:
            if checked is not None:
                checked.forget()
            raise
        return application.unlock(username, password, checked=checked, upgrading=upgrading)

    def damage(self) -> BaseException | None:
        """`store.damaged` once a sign-in proved the key but found the store damaged."""
        app = self._app
        if app is not None and getattr(app, "damaged", None):
            from desktop.storage.engine import StoreError

            return StoreError("store.damaged", detail=app.damaged)
        return None


@dataclass
class Session:
    """A started GUI: its window, store and lock, released by `close()`."""

    window: MainWindow
    application: Application
    lock: QLockFile

    def close(self) -> None:
        self.window.close()
        self.window.deleteLater()
        self.application.lock(reason="exit")
        self.application.close()
        self.lock.unlock()


def _show_store_error(exc: BaseException) -> None:
    from desktop.domain.messages import translate

    code = getattr(exc, "code", "store.damaged")
    QMessageBox.critical(
        None, "Passerelle", translate(code, i18n.current_language(), **getattr(exc, "params", {}))
    )


def start_gui(args: argparse.Namespace) -> Session | int:
    """Everything before the event loop; an exit status when the user stops before the window."""
    qt_app = QApplication.instance() or QApplication(sys.argv[:1])
    qt_app.setApplicationName("Passerelle")
    qt_app.setApplicationVersion(__version__)
    qt_app.setWindowIcon(application_icon())
    paths = Paths.at(args.home)
    from desktop.security.logs import setup_logging

    setup_logging(paths.logs)  # ids only (desktop.security.logs)
    prefs = InterfacePrefs(paths)
    remembered = prefs.read()
    explicit = getattr(args, "lang_explicit", True)
    i18n.set_language(args.lang if explicit else str(remembered.get("language", args.lang)))
    lock = acquire_instance_lock(paths)
    if lock is None:
        from desktop.domain.messages import translate

        QMessageBox.warning(None, "Passerelle", translate("store.locked", i18n.current_language()))
        return 3
    first_run = (
        not paths.database.exists()
        and not paths.keyslots.exists()
        and not getattr(args, "demo", False)
    )
    loader = StoreLoader(args)
    # Load once the first window is painted: an import running beside the painting would slow it.
    QTimer.singleShot(60, loader.start)
    lang = i18n.current_language()
    actor = None
    if first_run:
        from desktop.ui.first_run import FirstRunWizard

        setup = FirstRunWizard(loader.application)
        if not setup.exec() or setup.actor is None:
            return _stop(loader, lock)
        actor = setup.actor  # the first admin is signed in: no second password prompt
        setup.deleteLater()
    else:
        user = (
            args.user
            or remembered.get("last_user")
            or ("admin" if getattr(args, "demo", False) else "")
        )
        login = LoginDialog(loader, lang, str(user))
        watch = DamageWatch(loader.damage, login)  # damaged store: recovery mode, not sign-in
        signed_in = login.exec()
        actor = login.actor
        login.deleteLater()
        if watch.damaged():
            detail = getattr(loader.damage(), "params", {}).get("detail")
            return recover(paths, lock, lambda: start_gui(args), detail)  # type: ignore[no-any-return]
        if not signed_in or actor is None:
            return _stop(loader, lock)
    try:
        application = loader.application()
    except Exception as exc:
        if is_damage(exc):
            return recover(paths, lock, lambda: start_gui(args))  # type: ignore[no-any-return]
        _show_store_error(exc)
        lock.unlock()
        return 2
    prefs.update(last_user=actor.username, language=i18n.current_language())
    from desktop.ui.main_window import MainWindow, recover_drafts

    try:
        window = MainWindow(application, actor)
    except Exception:
        # Damage the check behind the window would have found, met while filling it first.
        if not application.defer_start_check or application.start_check() == "ok":
            raise
        detail = application.damage_marker.read_text(encoding="utf-8").strip()
        application.lock(reason="exit")
        application.close()
        return recover(paths, lock, lambda: start_gui(args), detail)  # type: ignore[no-any-return]
    window.show()
    if application.defer_start_check and not first_run:
        from desktop.ui.start_check import check_behind

        check_behind(window, application)
    recover_drafts(window)
    return Session(window, application, lock)


def _stop(loader: StoreLoader, lock: QLockFile) -> int:
    with contextlib.suppress(Exception):  # close whatever the loader opened
        application = loader.application()
        application.lock(reason="exit")
        application.close()
    lock.unlock()
    return 0


def launch_gui(args: argparse.Namespace) -> int:
    from desktop.security.logs import install_excepthook

    install_excepthook()  # a crash report holds no personal data
    started = start_gui(args)
    if isinstance(started, int):
        return started
    try:
        return int(QApplication.instance().exec())  # type: ignore[union-attr]
    finally:
        started.close()
