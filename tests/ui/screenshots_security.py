"""Render the sign-in and lock screens of docs/screenshots/ (French and English).

QT_QPA_PLATFORM=offscreen python -m tests.ui.screenshots_security
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

OUT = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


def main() -> None:
    qt = QApplication.instance() or QApplication([])
    from desktop.app import open_application
    from desktop.services.accounts import create_staff
    from desktop.ui import i18n
    from desktop.ui.main_window import MainWindow
    from desktop.ui.sign_in import LoginDialog

    OUT.mkdir(parents=True, exist_ok=True)
    home = Path(tempfile.mkdtemp(prefix="passerelle-shots-"))
    app = open_application(home / "a")
    admin = app.initialise("Portable kiosque 1", "admin", "mot-de-passe-sûr-2026")
    create_staff(app.ctx, admin, "عبد الله.الحسيني", "intake", "Accueil-du-salon-2026")
    app.lock()
    for lang in ("fr", "en"):
        i18n.set_language(lang)
        login = LoginDialog(app, lang, "عبد الله.الحسيني")
        login.password.setText("mauvais mot de passe")
        login.submit()
        login.show()
        qt.processEvents()
        login.grab().save(str(OUT / f"login-wrong-password-{lang}.png"))
        login.close()
        upgrading = LoginDialog(app, lang, "admin")
        upgrading.password.setText("mot-de-passe-sûr-2026")
        upgrading.show()
        upgrading._upgrading()  # the first sign-in after an update migrates the store
        qt.processEvents()
        upgrading.grab().save(str(OUT / f"login-upgrading-{lang}.png"))
        upgrading.close()
    admin = app.unlock("admin", "mot-de-passe-sûr-2026")
    for lang in ("fr", "en"):
        i18n.set_language(lang)
        window = MainWindow(app, admin)
        window.resize(1366, 768)
        window.show()
        window.capture.notice.start.click()
        window.capture.form.given_names.setText("Marie-Ève Nguyễn Thị")
        qt.processEvents()
        window.lock("manual")
        qt.processEvents()
        dialog = window.lock_controller.dialog
        assert dialog is not None
        qt.processEvents()
        window.grab().save(str(OUT / f"lock-window-{lang}.png"))
        dialog.grab().save(str(OUT / f"lock-dialog-{lang}.png"))
        dialog.password.setText("mot-de-passe-sûr-2026")
        dialog.submit()
        qt.processEvents()
        window.capture.new_registration(keep_draft=False)
        for draft in window.drafts.list():
            window.drafts.discard(draft.draft_id)
        window.close()
    app.lock()
    app.close()
    print(f"screenshots written to {OUT}", flush=True)
    os._exit(0)


if __name__ == "__main__":
    main()
