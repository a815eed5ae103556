"""Nothing typed is lost when the process dies; the language switches without a restart."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from PySide6.QtCore import Qt

from desktop.app import Application
from desktop.services.actor import Actor
from desktop.ui import i18n
from desktop.ui.candidate_list_model import CandidateListModel
from desktop.ui.main_window import MainWindow, recover_drafts
from tests.conftest import ADMIN_PASSWORD

CHILD = textwrap.dedent(
    """
    import os, signal, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication
    from PySide6.QtTest import QTest
    qt = QApplication([])
    from desktop.app import open_application
    from desktop.ui.main_window import MainWindow
    app = open_application(sys.argv[1])
    window = MainWindow(app, app.unlock("admin", sys.argv[2]))
    window.show()
    window.capture.notice.start.click()
    form = window.capture.form
    QTest.keyClicks(form.given_names, "Rola")
    QTest.keyClicks(form.family_name, "Saleh")
    QTest.keyClicks(form.email, "rola.saleh@exemple.ca")
    form.notes.setPlainText("Ingénieure civile, disponible en janvier")
    drafts = app.paths.drafts
    for _ in range(200):  # the autosave timer writes the draft shortly after typing stops
        QTest.qWait(20)
        if list(drafts.glob("*.draft")):
            break
    print("draft written", flush=True)
    os.kill(os.getpid(), signal.SIGKILL)
    """
)


def test_a_draft_survives_a_killed_process_and_is_offered_at_the_next_start(
    qtbot, app: Application, admin: Actor, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    app.close()
    child = subprocess.run(
        [sys.executable, "-c", CHILD, str(app.paths.home), ADMIN_PASSWORD],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert child.returncode == -signal.SIGKILL, child.stderr
    assert "draft written" in child.stdout
    from desktop.app import open_application

    reopened = open_application(app.paths.home)
    try:
        window = MainWindow(reopened, reopened.unlock("admin", ADMIN_PASSWORD))
        qtbot.addWidget(window)
        offered = []
        assert (
            recover_drafts(window, ask=lambda _w, draft: offered.append(draft.display_name) or True)
            == 1
        )
        assert offered == ["Rola Saleh"]
        form = window.capture.form
        assert (form.given_names.text(), form.family_name.text(), form.email.text()) == (
            "Rola",
            "Saleh",
            "rola.saleh@exemple.ca",
        )
        assert form.notes.toPlainText() == "Ingénieure civile, disponible en janvier"
        form.consent.boxes["intake"].setChecked(True)
        result = window.capture.save()
        assert result is not None and result.saved
        assert window.drafts.list() == [], "a saved registration leaves no draft behind"
        window.close()
    finally:
        reopened.close()


def test_switching_language_retranslates_the_open_window(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    assert window.tabs.tabText(0) == "Inscription"
    assert window.capture.form.labels["family_name"].text() == "Nom de famille"
    window.toggle_language()
    qtbot.waitUntil(lambda: window.tabs.tabText(0) == "Registration", timeout=3000)
    assert window.capture.form.labels["family_name"].text() == "Family name"
    assert window.capture.notice.title.text().startswith("How we protect")
    assert window.capture.save_button.text() == "Save (Enter)"
    assert window.list.model.headerData(0, Qt.Orientation.Horizontal) == "Name"
    window.toggle_language()
    qtbot.waitUntil(lambda: window.tabs.tabText(0) == "Inscription", timeout=3000)
    assert i18n.current_language() == "fr"


def test_the_candidate_list_model_passes_the_qt_model_tester(
    qtmodeltester, app: Application, admin: Actor
) -> None:  # type: ignore[no-untyped-def]
    from desktop.services.demo import fill_demo

    fill_demo(app.ctx, admin, 30)
    model = CandidateListModel(app.ctx, admin)
    from desktop.services.listing import list_ids

    model.set_ids(list_ids(app.ctx, admin))
    assert model.rowCount() == 30
    qtmodeltester.check(model)


def test_every_interface_string_has_an_english_translation() -> None:
    from desktop.ui.translations import check_current_source

    assert check_current_source() == []
