"""Screenshots of the backups dialog and the recovery screen (French and English), offscreen.

QT_QPA_PLATFORM=offscreen python -m tests.ui.shots_durability [OUT_DIR]
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

OUT = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


def shoot_durability(out: Path) -> None:
    qt = QApplication.instance() or QApplication([])
    from desktop.app import open_application
    from desktop.services.demo import fill_demo, set_up_demo
    from desktop.ui import i18n
    from desktop.ui.backups_dialog import BackupsDialog
    from desktop.ui.recovery_dialog import RecoveryDialog
    from tests.durability.helpers import damage_page, table_pages

    out.mkdir(parents=True, exist_ok=True)
    home = Path(tempfile.mkdtemp(prefix="passerelle-shots-"))
    app = open_application(home)
    actor = set_up_demo(app, 60)
    app.backups.back_up_now(actor)
    fill_demo(app.ctx, actor, 40)
    app.backups.back_up_if_changed("exit")
    fill_demo(app.ctx, actor, 30)
    app.backups.back_up_if_changed()
    unverified = app.backups.list()[-1]
    with open(unverified.path, "r+b") as handle:  # one backup damaged since: shown as such
        handle.seek(8192)
        handle.write(b"\xa5" * 64)
    app.backups.verify(unverified.backup_id)
    for lang in ("fr", "en"):
        i18n.set_language(lang)
        dialog = BackupsDialog(app, actor)
        dialog.resize(1000, 560)
        dialog.show()
        dialog.status.setText(
            dialog.tr("Sauvegarde vérifiée : {size}, {path}").format(
                size="1,2 Mo" if lang == "fr" else "1.2 MB", path=str(app.backups.list()[0].path)
            )
        )
        qt.processEvents()
        dialog.grab().save(str(out / f"backups-{lang}.png"))
        dialog.close()
    opener = app.file_opener()
    app.close()
    damage_page(app.paths.database, table_pages(opener, app.paths.database, "candidates")[1])
    from desktop.services.recovery import Diagnosis, diagnose

    # What the check at sign-in reports (SQLCipher: the page's HMAC no longer matches).
    shown = Diagnosis(True, "database disk image is malformed", diagnose(app.paths).backups)
    for lang in ("fr", "en"):
        i18n.set_language(lang)
        dialog = RecoveryDialog(app.paths, shown)
        dialog.resize(1000, 700)
        dialog.username.setText("admin")
        dialog.show()
        qt.processEvents()
        dialog.grab().save(str(out / f"recovery-{lang}.png"))
        dialog.close()
    i18n.set_language("fr")


if __name__ == "__main__":
    shoot_durability(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT)
    print("durability screenshots written", flush=True)
    os._exit(0)
