"""The booth form driven like staff drive it: keyboard first, consent, validation, suggestion."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.domain.candidate import Candidate, Consent
from desktop.services.candidates import get_candidate, save_candidate
from desktop.services.listing import list_ids
from desktop.ui.main_window import MainWindow


def _start(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    capture = window.capture
    assert capture.pages.currentIndex() == 0, "the privacy notice comes before any data entry"
    qtbot.mouseClick(capture.notice.start, Qt.MouseButton.LeftButton)
    assert capture.pages.currentIndex() == 1


def test_consent_boxes_start_unchecked_and_only_intake_is_needed(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    _start(qtbot, window)
    form = window.capture.form
    assert not any(box.isChecked() for box in form.consent.boxes.values())
    form.given_names.setText("Awa")
    form.family_name.setText("Traoré")
    form.email.setText("awa.traore@exemple.ca")
    result = window.capture.save()
    assert result is not None and not result.saved
    assert "consentement à l'admission" in window.capture.issues.text()
    form.consent.boxes["intake"].setChecked(True)
    result = window.capture.save()
    assert result is not None and result.saved
    saved = get_candidate(window.ctx, window.actor, result.candidate_id)
    assert saved is not None
    granted = {k.purpose for k in saved.consents if k.granted}
    assert granted == {"intake"}
    assert all(k.notice_version and k.notice_version.startswith("2026-01") for k in saved.consents)
    assert window.capture.pages.currentIndex() == 0, "the next person sees the notice again"


def test_a_complete_registration_is_saved_with_the_keyboard_only(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    capture = window.capture
    capture.notice.start.setFocus()
    qtbot.keyClick(capture.notice.start, Qt.Key.Key_Return)
    assert capture.pages.currentIndex() == 1
    form = capture.form
    # QTest can only synthesise Latin-1 keys; Vietnamese and Arabic names are covered elsewhere.
    qtbot.keyClicks(form.given_names, "Minh Khai")
    qtbot.keyClick(form.given_names, Qt.Key.Key_Tab)
    qtbot.keyClicks(form.family_name, "Tran")
    qtbot.keyClicks(form.email, "minh.khai@exemple.ca")
    qtbot.keyClicks(form.phone, "5145550142")
    qtbot.keyClicks(form.arrival_date, "2024-03")
    qtbot.keyClicks(form.target_1, "21300")
    form.immigration_status.setFocus()
    qtbot.keyClicks(
        form.immigration_status, "R"
    )  # keyboard search in the list: Résident·e permanent·e
    box = form.consent.boxes["intake"]
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)
    assert box.isChecked()
    with qtbot.waitSignal(capture.saved, timeout=3000) as saved:
        qtbot.keyClick(form.email, Qt.Key.Key_Return)
    candidate = get_candidate(window.ctx, window.actor, saved.args[0])
    assert candidate is not None
    assert candidate.given_names == "Minh Khai" and candidate.family_name == "Tran"
    assert candidate.phone == "+15145550142"
    assert candidate.arrival_date_canada == "2024-03"
    assert candidate.immigration_status == "pr"
    assert [t.noc_code for t in candidate.target_occupations] == ["21300"]
    # No diploma yet: suggested "not eligible", and the save went through all the same.
    assert candidate.eligibility is not None and candidate.eligibility.suggested == "fail"
    assert [r.code for r in candidate.eligibility.reasons if r.result == "fail"] == [
        "r2.no_eligible_diploma"
    ]


def test_each_invalid_field_gets_a_translated_message_naming_it(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    _start(qtbot, window)
    form = window.capture.form
    form.consent.boxes["intake"].setChecked(True)
    window.capture.save()
    text = window.capture.issues.text()
    assert "Inscrivez au moins un prénom ou un nom de famille" in text
    assert "Courriel ou téléphone" in text
    form.family_name.setText("Saleh")
    form.email.setText("rola-at-exemple.ca")
    window.capture.save()
    assert "n'est pas une adresse courriel valide" in window.capture.issues.text()
    form.email.setText("rola@exemple.ca")
    form.phone.setText("123")
    window.capture.save()
    assert "Téléphone" in window.capture.issues.text()
    form.phone.setText("")
    form.date_of_birth.setText("1990-13")
    window.capture.save()
    assert "Date de naissance" in window.capture.issues.text()
    assert "AAAA-MM-JJ" in window.capture.issues.text()
    form.date_of_birth.setText("1990-12")
    result = window.capture.save()
    assert result is not None and result.saved


def test_the_eligibility_panel_follows_the_arrival_date(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    _start(qtbot, window)
    form = window.capture.form
    form.given_names.setText("Omar")
    form.immigration_status.set_code("pr")
    form.diploma_level.set_code("bac")
    form.diploma_country.set_code("SY")
    form.arrival_date.setText("2024-01-10")
    qtbot.waitUntil(lambda: "Admissible" in window.capture.eligibility.outcome.text(), timeout=5000)
    form.arrival_date.setText("2015-01-10")
    qtbot.waitUntil(
        lambda: "Non admissible" in window.capture.eligibility.outcome.text(), timeout=2000
    )
    assert "5\u00a0ans ou plus" in window.capture.eligibility.reasons.text()


def _known(window: MainWindow, **fields: object) -> str:
    c = Candidate(**fields)  # type: ignore[arg-type]
    c.consents = [Consent(purpose="intake", granted=True)]
    result = save_candidate(window.ctx, window.actor, c)
    assert result.saved, result.issues
    window.list.reload()
    return result.candidate_id


def test_a_known_email_raises_the_duplicate_warning(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    known = _known(window, given_names="Karim", family_name="Boudiaf", email="karim.b@exemple.ca")
    _start(qtbot, window)
    form = window.capture.form
    form.given_names.setText("K.")
    form.family_name.setText("Boudiaf")
    form.email.setText("Karim.B@exemple.ca")
    qtbot.waitUntil(lambda: window.capture.duplicates.isVisible(), timeout=5000)
    item = window.capture.duplicates.list.item(0)
    assert "même courriel" in item.text()
    window.capture.duplicates.open_button.click()
    editor = window.profile_editor
    assert editor.isVisible() and editor.candidate.id == known
    assert editor.identity.email.text() == "karim.b@exemple.ca"
    editor.close()


def test_helene_without_accent_and_same_birth_date_is_a_likely_duplicate(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    _known(
        window,
        given_names="Hélène",
        family_name="Tremblay",
        phone="450 555-0101",
        date_of_birth="1988-04-02",
    )
    _start(qtbot, window)
    form = window.capture.form
    form.given_names.setText("Helene")
    form.family_name.setText("Tremblay")
    form.date_of_birth.setText("1988-04-02")
    qtbot.waitUntil(lambda: window.capture.duplicates.isVisible(), timeout=5000)
    assert (
        "nom semblable et même date de naissance" in window.capture.duplicates.list.item(0).text()
    )
    window.capture.duplicates.continue_button.click()
    assert not window.capture.duplicates.isVisible()
    form.consent.boxes["intake"].setChecked(True)
    form.email.setText("helene.t@exemple.ca")
    result = window.capture.save()
    assert result is not None and result.saved, (
        "continuing after the warning registers a second person"
    )
    assert len(list_ids(window.ctx, window.actor, search="helene tremblay")) == 2
