"""Screenshots of the sync screens (docs/screenshots/sync-*.png), French and English, offscreen.

QT_QPA_PLATFORM=offscreen python -m tests.ui.shots_sync [OUT_DIR]

Fictional people with long, accented, Arabic-script and Vietnamese names on two laptops; the same
person registered on both (a duplicate pair) and a phone changed on both (a conflict).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

OUT = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


def _wait(qt: QApplication, done) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + 60
    while not done() and time.monotonic() < deadline:
        qt.processEvents()
        time.sleep(0.02)


def main(out: Path = OUT) -> None:
    qt = QApplication.instance() or QApplication([])
    from desktop.domain.candidate import Candidate, Consent
    from desktop.services import central_admin
    from desktop.sync.outbox import write_ops
    from desktop.ui import i18n
    from desktop.ui.central_window import CentralWindow
    from desktop.ui.sync_dialog import SyncDialog
    from tests.sync.sync_helpers import PASSPHRASE, make_central, make_laptop

    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="passerelle-shots-sync-"))
    central = make_central(f"sqlite:///{tmp / 'central.db'}")
    a = make_laptop(tmp, "Salon Laval", central)
    b = make_laptop(tmp, "Perspective Carrière", central)

    def person(given: str, family: str, email: str, phone: str, **kw: object) -> Candidate:
        c = Candidate(
            given_names=given,
            family_name=family,
            email=email,
            phone=phone,
            date_of_birth="1987-02-14",
            consents=[Consent(purpose="intake", granted=True)],
        )
        for key, value in kw.items():
            setattr(c, key, value)
        return c

    a.save(
        person(
            "Marie-Ève-Geneviève",
            "Bouchard-Lefèbvre de la Côte-Saint-Luc",
            "marie-eve@exemple.ca",
            "+15145550101",
            notes="Ingénieure civile",
        )
    )
    b.save(
        person(
            "Marie-Eve", "Bouchard-Lefebvre", "MARIE-EVE@exemple.ca", "+15145550199", city="Laval"
        )
    )
    shared = person(
        "Nguyễn Thị", "Hương", "huong@exemple.ca", "+15145550303", name_original_script="阮氏香"
    )
    cid = a.save(shared)
    a.save(
        person(
            "محمد",
            "الأمين",
            "m.alamin@exemple.ca",
            "+15145550404",
            name_original_script="محمد الأمين",
        )
    )
    with b.app.ctx.store.unit_of_work() as session:
        write_ops(session, cid, [("candidate", cid, "phone", "+15145550999", False)], None)
    a.export(tmp / "salon-laval.zip")
    b.export(tmp / "perspective.zip")

    for lang in ("fr", "en"):
        i18n.set_language(lang)
        dialog = SyncDialog(a.app.ctx, a.actor)
        dialog.resize(760, 460)
        a.save(person("Aïcha", "Benali", f"aicha.{lang}@exemple.ca", "+15145550505"))
        dialog.refresh()
        dialog.show()
        qt.processEvents()
        dialog.grab().save(str(out / f"sync-laptop-before-{lang}.png"))
        dialog.export_to(tmp / f"usb-{lang}.zip")
        _wait(qt, lambda d=dialog: d.task is None)  # type: ignore[misc]
        qt.processEvents()
        dialog.grab().save(str(out / f"sync-laptop-exported-{lang}.png"))
        dialog.close()

    empty_central = make_central(f"sqlite:///{tmp / 'empty.db'}")
    for lang in ("fr", "en"):
        i18n.set_language(lang)
        ctx = central_admin.open_context(empty_central.url)
        win = CentralWindow(ctx, central_admin.unlock(ctx, PASSPHRASE))
        win.resize(1366, 768)
        win.show()
        qt.processEvents()
        win.tabs.setCurrentIndex(1)
        qt.processEvents()
        win.grab().save(str(out / f"sync-central-empty-{lang}.png"))
        win.close()
        ctx.store.close()

    ctx = central_admin.open_context(central.url)
    admin = central_admin.unlock(ctx, PASSPHRASE)
    i18n.set_language("fr")
    win = CentralWindow(ctx, admin)
    win.resize(1366, 768)
    win.show()
    win.imports.import_files(
        [tmp / "salon-laval.zip", tmp / "perspective.zip", tmp / "salon-laval.zip"], tmp / "accuses"
    )
    _wait(qt, lambda: win.imports.task is None)
    win.devices.enrol("Salon-Perspective-3", tmp / "inscription.json")
    win.devices.revoke(win.devices.devices[0])  # a lost laptop: the incident note is shown
    for lang in ("fr", "en"):
        i18n.set_language(lang)
        qt.processEvents()
        for index, name in enumerate(("import", "duplicates", "conflicts", "devices")):
            win.tabs.setCurrentIndex(index)
            qt.processEvents()
            win.grab().save(str(out / f"sync-central-{name}-{lang}.png"))
    i18n.set_language("fr")
    win.close()
    ctx.store.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT)
