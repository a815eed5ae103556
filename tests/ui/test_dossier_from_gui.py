"""From the list to the preview: select people, choose a variant, render in the background."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel

from desktop.domain.candidate import Candidate, Consent
from desktop.services.audit import verify_chain
from desktop.services.candidates import save_candidate
from desktop.ui.main_window import MainWindow


def _two(window: MainWindow) -> None:
    for given, share in (("Amina", True), ("Olena", False)):
        c = Candidate(given_names=given, family_name="Test", email=f"{given.lower()}@exemple.ca")
        c.consents = [
            Consent(purpose="intake", granted=True),
            Consent(purpose="share_employers", granted=share),
        ]
        assert save_candidate(window.ctx, window.actor, c).saved
    window.list.reload()


def _select_all(window: MainWindow) -> None:
    selection = window.list.view.selectionModel()
    for row in range(window.list.model.rowCount()):
        selection.select(
            window.list.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )


def test_a_full_batch_is_rendered_in_the_background_and_previewed(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    _two(window)
    _select_all(window)
    window.dossier_for_selection()
    request = window.dossier_request
    request.variants.button(1).setChecked(True)  # full
    request.generate()
    qtbot.waitUntil(lambda: request.preview is not None, timeout=20000)
    assert request.preview.page_count >= 3  # table of contents + two dossiers
    assert request.progress.value() == 2
    assert verify_chain(window.ctx, window.actor).ok
    request.preview.close()


def test_an_anonymised_batch_without_consent_is_refused_with_a_clear_message(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    _two(window)
    _select_all(window)
    window.dossier_for_selection()
    request = window.dossier_request
    assert request.variant() == "anonymized", "the anonymised dossier is the default"
    request.generate()
    qtbot.waitUntil(lambda: bool(request.error.text()), timeout=20000)
    assert "consentement" in request.error.text().lower()
    assert request.preview is None
    request.close()
