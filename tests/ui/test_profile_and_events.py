"""The full profile editor and the event chooser, on real records."""

from __future__ import annotations

from desktop.domain.candidate import Candidate, Consent, Experience
from desktop.services.candidates import get_candidate, save_candidate
from desktop.services.events import list_events
from desktop.ui.event_dialog import EventDialog
from desktop.ui.main_window import MainWindow


def _saved(window: MainWindow) -> str:
    c = Candidate(
        given_names="Julio Daniel",
        family_name="Huamani Vallejos",
        email="julio@exemple.ca",
        arrival_date_canada="2024-02-01",
        immigration_status="pr",
        country_of_birth="PE",
        consents=[Consent(purpose="intake", granted=True)],
    )
    c.experiences = [
        Experience(
            job_title="Ingénieur", country="PE", start="2015-01", end="2020-06", in_field=True
        )
    ]
    result = save_candidate(window.ctx, window.actor, c)
    assert result.saved
    return result.candidate_id


def test_the_profile_editor_completes_a_record_and_records_a_decision(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    cid = _saved(window)
    window.open_candidate(cid)
    editor = window.profile_editor
    experiences = next(s for s in editor.rows if s.attr == "experiences")
    assert experiences.table.rowCount() == 1
    experiences.add_button.click()
    row = experiences.table.rowCount() - 1
    experiences.table.cellWidget(row, 0).setText("Technicien en génie civil")
    experiences.table.cellWidget(row, 3).set_code("CA")
    experiences.table.cellWidget(row, 4).setCurrentIndex(
        experiences.table.cellWidget(row, 4).findData("QC")
    )
    experiences.table.cellWidget(row, 5).setText("2025-01")
    diplomas = next(s for s in editor.rows if s.attr == "diplomas")
    diplomas.add_button.click()
    diplomas.table.cellWidget(0, 2).set_code("bac")
    diplomas.table.cellWidget(0, 3).set_code("PE")
    editor.identity.city.setText("Laval")
    editor.identity.postal_code.setText("h7n1a1")
    assert editor.save(), editor.issues.text()
    stored = get_candidate(window.ctx, window.actor, cid)
    assert stored is not None
    assert [e.job_title for e in stored.experiences] == ["Ingénieur", "Technicien en génie civil"]
    assert stored.experiences[1].province == "QC"
    assert stored.address.postal_code == "H7N 1A1"
    assert [d.level for d in stored.diplomas] == ["bac"]
    editor.eligibility.decision.setCurrentIndex(editor.eligibility.decision.findData("admitted"))
    editor.eligibility.decide.click()
    decided = get_candidate(window.ctx, window.actor, cid)
    assert decided is not None and decided.eligibility is not None
    assert decided.eligibility.decision == "admitted"
    assert (
        decided.eligibility.decided_by == window.actor.staff_id and decided.eligibility.decided_at
    )
    assert "Admis·e" in editor.eligibility.decided.text()
    editor.close()


def test_a_bad_value_in_the_profile_editor_is_explained_and_nothing_is_saved(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    cid = _saved(window)
    window.open_candidate(cid)
    editor = window.profile_editor
    editor.identity.email.setText("julio-sans-arobase")
    assert not editor.save()
    assert "Courriel" in editor.issues.text()
    stored = get_candidate(window.ctx, window.actor, cid)
    assert stored is not None and stored.email == "julio@exemple.ca"
    editor.close()


def test_an_event_is_created_and_becomes_the_current_one(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    dialog = EventDialog(window.ctx, window.actor, "fr", None, window)
    qtbot.addWidget(dialog)
    dialog.code.setText("siiq-2026")
    dialog.name.setText("Salon de l'immigration")
    dialog._create()
    assert [e.code for e in list_events(window.ctx)] == ["SIIQ-2026"]
    dialog.list.setCurrentRow(0)
    dialog.accept()
    assert dialog.chosen is not None and dialog.chosen.code == "SIIQ-2026"
    window.event_id = dialog.chosen.id
    window._apply_event()
    assert "SIIQ-2026" in window.event_label.text()
    window.capture.notice.start.click()
    form = window.capture.form
    form.given_names.setText("Awa")
    form.email.setText("awa@exemple.ca")
    form.consent.boxes["intake"].setChecked(True)
    result = window.capture.save()
    assert result is not None and result.saved
    saved = get_candidate(window.ctx, window.actor, result.candidate_id)
    assert saved is not None and saved.event is not None and saved.event.code == "SIIQ-2026"


def test_the_status_bar_counts_today_the_event_and_what_central_has_not_received(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    _saved(window)
    window._update_status()
    text = window.counts_label.text()
    assert "Aujourd'hui : 1" in text
    assert "Non exportés : 1" in text
