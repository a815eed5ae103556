"""Screenshots of staff management, the audit trail, kiosk mode and the "to verify" review
(1366×768, French and English), offscreen, with fictional people only.

QT_QPA_PLATFORM=offscreen python -m tests.ui.staff_screenshots
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

OUT = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
PASSWORD = "trois petits chats gris"


def staff_shots(qt: Any, app: Any, admin: Any, out: Path = OUT) -> None:
    from desktop.domain.candidate import Candidate, Consent, EventRef
    from desktop.services import kiosk
    from desktop.services.accounts import authenticate
    from desktop.services.audit import record_now
    from desktop.services.candidates import save_candidate
    from desktop.services.staff import add_staff, disable, list_staff
    from desktop.ui import i18n
    from desktop.ui.audit_viewer import AuditViewer
    from desktop.ui.kiosk import KioskWindow
    from desktop.ui.staff_dialog import StaffDialog
    from desktop.ui.verify_dialog import VerifyDialog

    out.mkdir(parents=True, exist_ok=True)
    names = {s.username for s in list_staff(app.ctx, admin)}
    if "nkhai" not in names:
        add_staff(app.ctx, admin, "nkhai", "Nguyễn Thị Minh Khai", "intake", PASSWORD)
        add_staff(app.ctx, admin, "aelidrissi", "Fatima Zahra El Idrissi", "coordinator", PASSWORD)
        gone = add_staff(
            app.ctx, admin, "mtremblay", "Marie-Ève Tremblay-Bouchard", "intake", PASSWORD
        )
        disable(app.ctx, admin, gone)
        record_now(app.ctx, authenticate(app.ctx, "nkhai", PASSWORD), "auth.login")
        record_now(app.ctx, admin, "auth.login")
        intake = authenticate(app.ctx, "nkhai", PASSWORD)
        save_candidate(
            app.ctx,
            admin,
            Candidate(
                given_names="Hélène",
                family_name="Tremblay-Nguyen",
                email="helene.tn@exemple.ca",
                phone="514 555-0177",
                consents=[Consent(purpose="intake", granted=True)],
            ),
        )
        kiosk.save_self_entry(
            app.ctx,
            intake,
            Candidate(
                given_names="Hélène",
                family_name="Tremblay-Nguyễn",
                email="helene.tn@exemple.ca",
                date_of_birth="1988-04-02",
                event=EventRef(code="SIIQ-2026-LAVAL"),
                consents=[
                    Consent(purpose="intake", granted=True),
                    Consent(purpose="newsletter", granted=True),
                ],
            ),
        )
        kiosk.save_self_entry(
            app.ctx,
            intake,
            Candidate(
                given_names="محمد",
                family_name="Al-Hassan",
                phone="438 555-0142",
                consents=[Consent(purpose="intake", granted=True)],
            ),
        )
    for lang in ("fr", "en"):
        i18n.set_language(lang)
        dialog = StaffDialog(app.ctx, admin, lang)
        dialog.resize(1366, 768)
        dialog.select_username("nkhai")
        dialog.show()
        qt.processEvents()
        dialog.grab().save(str(out / f"staff-accounts-{lang}.png"))
        dialog.new_username.setText("ali")
        dialog.new_password.setText("court")
        dialog.new_confirm.setText("court")
        dialog.add()
        qt.processEvents()
        dialog.grab().save(str(out / f"staff-accounts-error-{lang}.png"))
        dialog.close()

        viewer = AuditViewer(app.ctx, admin, lang)
        viewer.resize(1366, 768)
        viewer.show()
        qt.processEvents()
        viewer.grab().save(str(out / f"audit-trail-{lang}.png"))
        viewer.close()

        verify = VerifyDialog(app.ctx, admin, lang)
        verify.resize(1366, 768)
        verify.show()
        qt.processEvents()
        verify.grab().save(str(out / f"kiosk-to-verify-{lang}.png"))
        verify.close()

        window = KioskWindow(app.ctx, admin, lang, EventRef(code="SIIQ-2026-LAVAL"))
        window.resize(1366, 768)
        window.show()
        qt.processEvents()
        window.grab().save(str(out / f"kiosk-notice-{lang}.png"))
        window.notice.start.click()
        window.form.given_names.setText("Thị Minh")
        window.form.family_name.setText("Nguyễn")
        window.form.email.setText("minh@exemple.ca")
        window.form.consent.boxes["intake"].setChecked(True)
        qt.processEvents()
        window.grab().save(str(out / f"kiosk-form-{lang}.png"))
        window.pages.setCurrentIndex(2)
        qt.processEvents()
        window.grab().save(str(out / f"kiosk-thanks-{lang}.png"))
        window.show_staff_page()
        qt.processEvents()
        window.grab().save(str(out / f"kiosk-staff-{lang}.png"))
        window.shutdown()


def main() -> None:
    qt = QApplication.instance() or QApplication([])
    from desktop.app import open_application
    from desktop.services.demo import set_up_demo
    from desktop.services.events import create_event
    from desktop.services.settings import set_setting

    app = open_application(tempfile.mkdtemp(prefix="passerelle-staff-shots-"))
    admin = set_up_demo(app, 30)
    event = create_event(app.ctx, admin, "SIIQ-2026-LAVAL", "Salon de l'immigration — Laval")
    set_setting(app.ctx, admin, "current_event_id", event.id)
    staff_shots(qt, app, admin)
    app.close()
    print(f"screenshots written to {OUT}", flush=True)
    os._exit(0)


if __name__ == "__main__":
    main()
