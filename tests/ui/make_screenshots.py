"""Render the GUI screenshots of docs/screenshots/ (1366×768, French and English), offscreen.

QT_QPA_PLATFORM=offscreen python -m tests.ui.make_screenshots
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
    from desktop.domain.candidate import Candidate, Consent
    from desktop.services.candidates import save_candidate
    from desktop.services.demo import set_up_demo
    from desktop.services.events import create_event
    from desktop.services.settings import set_setting
    from desktop.ui import i18n
    from desktop.ui.main_window import MainWindow

    OUT.mkdir(parents=True, exist_ok=True)
    home = tempfile.mkdtemp(prefix="passerelle-shots-")
    app = open_application(home)
    actor = set_up_demo(app, 80)
    event = create_event(
        app.ctx,
        actor,
        "SIIQ-2026-LAVAL",
        "Salon de l'immigration — Laval",
        "2026-11-24",
        "Cosmodôme",
    )
    set_setting(app.ctx, actor, "current_event_id", event.id)
    known = Candidate(
        given_names="Hélène",
        family_name="Tremblay-Nguyễn",
        email="helene.tn@exemple.ca",
        date_of_birth="1988-04-02",
        consents=[Consent(purpose="intake", granted=True)],
    )
    save_candidate(app.ctx, actor, known)
    for lang in ("fr", "en"):
        i18n.set_language(lang)
        window = MainWindow(app, actor)
        window.resize(1366, 768)
        window.show()
        qt.processEvents()
        window.grab().save(str(OUT / f"main-notice-{lang}.png"))
        window.tabs.setCurrentIndex(1)
        qt.processEvents()
        window.grab().save(str(OUT / f"main-list-{lang}.png"))
        window.tabs.setCurrentIndex(0)
        window.capture.notice.start.click()
        form = window.capture.form
        form.given_names.setText("Helene")
        form.family_name.setText("Tremblay-Nguyen")
        form.date_of_birth.setText("1988-04-02")
        form.email.setText("h.tremblay@exemple.ca")
        form.phone.setText("514 555-0177")
        form.country_of_birth.set_code("VN")
        form.arrival_date.setText("2023-05")
        form.immigration_status.set_code("wp_pgwp")
        form.work_authorization.set_code("permit")
        form.permit_expiry.setText("2027-08-31")
        form.diploma_level.set_code("master")
        form.diploma_field.setText("Génie civil")
        form.diploma_country.set_code("VN")
        form.target_1.set_code("21300")
        form.french.set_code("intermediate")
        form.english.set_code("advanced")
        form.consent.boxes["intake"].setChecked(True)
        form.consent.boxes["share_employers"].setChecked(True)
        window.capture._refresh_checks()
        qt.processEvents()
        window.grab().save(str(OUT / f"quick-capture-duplicate-{lang}.png"))
        window.capture.new_registration(keep_draft=False)
        window.open_candidate(known.id)
        qt.processEvents()
        editor = window.profile_editor
        editor.resize(1100, 700)
        editor.grab().save(str(OUT / f"profile-editor-{lang}.png"))
        editor.close()
        window.open_candidate(window.list.model.id_at(1) or known.id)
        editor = window.profile_editor
        editor.resize(1100, 700)
        editor.tabs.setCurrentIndex(3)
        qt.processEvents()
        editor.grab().save(str(OUT / f"profile-editor-experience-{lang}.png"))
        editor.close()
        window.close()
    from tests.ui.staff_screenshots import staff_shots

    staff_shots(qt, app, actor, OUT)
    app.close()
    from tests.ui.shots_durability import shoot_durability

    shoot_durability(OUT)  # backups dialog and recovery screen
    from tests.ui.screenshots_release import release_screens, run_hidpi_in_subprocess

    for lang in ("fr", "en"):
        release_screens(qt, lang)
    run_hidpi_in_subprocess()
    print(f"screenshots written to {OUT}", flush=True)
    os._exit(0)  # skip Qt's teardown order at interpreter exit: nothing is left to save


if __name__ == "__main__":
    main()
