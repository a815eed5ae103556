"""Start the central admin window: open the store, ask the passphrase, show `CentralWindow`."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit, QMessageBox

from desktop.domain.messages import translate
from desktop.services import central_admin
from desktop.services.central_admin import CentralAdmin
from desktop.services.context import ServiceContext
from desktop.storage.engine import StoreError
from desktop.sync.errors import SyncError
from desktop.sync.keys import KeyFileError
from desktop.ui import i18n


def ask_passphrase(ctx: ServiceContext, lang: str) -> CentralAdmin | None:
    """Ask until the passphrase unlocks the keys; None if the admin cancels."""
    prompt = translate("central.passphrase_prompt", lang)
    while True:
        text, ok = QInputDialog.getText(None, "Passerelle", prompt, QLineEdit.EchoMode.Password)
        if not ok:
            return None
        try:
            return central_admin.unlock(ctx, text)
        except (KeyFileError, SyncError) as exc:
            prompt = translate(exc.code, lang) + "\n" + translate("central.passphrase_prompt", lang)


def launch_central_gui(url: str, lang: str) -> int:
    from desktop.ui.central_window import CentralWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    i18n.set_language(lang)
    try:
        ctx = central_admin.open_context(url)
    except StoreError as exc:
        QMessageBox.critical(None, "Passerelle", translate(exc.code, lang, **exc.params))
        return 2
    admin = ask_passphrase(ctx, lang)
    if admin is None:
        ctx.store.close()
        return 1
    window = CentralWindow(ctx, admin)
    window.show()
    status = app.exec()
    ctx.store.close()
    return int(status)
