"""Kiosk mode through the real widgets: enter with the staff password, a person fills and submits,
the screen resets (after submit and when idle), nothing of others is shown, and only a staff
password leaves it — Escape and Alt+F4 do not."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from desktop.app import Application
from desktop.domain.candidate import Candidate, Consent, EventRef
from desktop.services import kiosk as kiosk_service
from desktop.services.actor import Actor
from desktop.services.candidates import get_candidate, save_candidate
from desktop.ui import i18n
from desktop.ui.kiosk import FORM, NOTICE, STAFF, THANKS, KioskWindow
from desktop.ui.main_window import MainWindow
from tests.conftest import ADMIN_PASSWORD


@pytest.fixture
def kiosk(qtbot, app: Application, admin: Actor) -> Iterator[KioskWindow]:  # type: ignore[no-untyped-def]
    i18n.set_language("fr")
    window = KioskWindow(app.ctx, admin, "fr", EventRef(code="SALON"), idle_ms=300, thanks_ms=200)
    qtbot.addWidget(window)
    window.start()
    qtbot.waitExposed(window)
    yield window
    window.shutdown()
    i18n.set_language("fr")


def _fill(
    window: KioskWindow, qtbot, given: str = "Ngọc Ánh", email: str = "anh@example.ca"
) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(window.notice.start, Qt.MouseButton.LeftButton)
    assert window.pages.currentIndex() == FORM
    qtbot.keyClicks(window.form.email, email)  # typed keys (QTest types ASCII only)
    window.form.given_names.setText(given)
    window.form.family_name.setText("Trần")
    window.form.consent.boxes["intake"].setChecked(True)


def _visible_text(window: QWidget) -> str:
    texts = [w.text() for w in window.findChildren(QLabel) if w.isVisible()]
    texts += [w.text() for w in window.findChildren(QLineEdit)]
    return "\n".join(texts)


def test_staff_enter_the_kiosk_with_their_password(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    assert window.staff.enter_kiosk(password="pas le bon") is None
    assert window.isVisible()
    kiosk = window.staff.enter_kiosk(password=ADMIN_PASSWORD)
    assert kiosk is not None
    qtbot.waitExposed(kiosk)
    assert kiosk.isFullScreen() and not window.isVisible()
    assert kiosk.findChildren(QWidget, "mainToolbar") == []
    kiosk.show_staff_page()
    kiosk.staff_password.setText(ADMIN_PASSWORD)
    with qtbot.waitSignal(kiosk.left):
        kiosk.try_leave()
    assert window.isVisible()


def test_a_submitted_registration_is_stored_as_self_entered_and_the_screen_resets(
    kiosk: KioskWindow,
    app: Application,
    admin: Actor,
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    _fill(kiosk, qtbot)
    old_form = kiosk.form
    with qtbot.waitSignal(kiosk.submitted) as submitted:
        qtbot.mouseClick(kiosk.submit_button, Qt.MouseButton.LeftButton)
    stored = get_candidate(app.ctx, admin, submitted.args[0])
    assert stored is not None and stored.self_entered and stored.to_verify
    assert stored.given_names == "Ngọc Ánh" and stored.event and stored.event.code == "SALON"
    assert stored.consent_granted("intake")
    assert kiosk.pages.currentIndex() == THANKS
    assert kiosk.form is not old_form and kiosk.form.given_names.text() == ""
    assert "Ngọc" not in _visible_text(kiosk)
    qtbot.waitUntil(lambda: kiosk.pages.currentIndex() == NOTICE, timeout=3000)
    assert kiosk_service.to_verify_ids(app.ctx, admin) == [submitted.args[0]]


def test_a_registration_with_a_missing_consent_keeps_what_was_typed(
    kiosk: KioskWindow,
    app: Application,
    admin: Actor,
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    _fill(kiosk, qtbot)
    kiosk.form.consent.boxes["intake"].setChecked(False)
    assert kiosk.submit() is None
    assert kiosk.pages.currentIndex() == FORM and kiosk.issues.text()
    assert kiosk.form.given_names.text() == "Ngọc Ánh"
    assert kiosk_service.to_verify_ids(app.ctx, admin) == []


def test_an_idle_kiosk_clears_itself(kiosk: KioskWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    _fill(kiosk, qtbot)
    qtbot.waitUntil(lambda: kiosk.pages.currentIndex() == NOTICE, timeout=3000)
    assert kiosk.form.given_names.text() == "" and kiosk.form.email.text() == ""
    kiosk.show_staff_page()
    kiosk.staff_password.setText("à moitié tapé")
    qtbot.waitUntil(lambda: kiosk.pages.currentIndex() == NOTICE, timeout=3000)
    assert kiosk.staff_password.text() == ""


def test_nothing_of_another_candidate_is_shown_even_for_the_same_person(
    kiosk: KioskWindow,
    app: Application,
    admin: Actor,
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    save_candidate(
        app.ctx,
        admin,
        Candidate(
            given_names="Ngọc Ánh",
            family_name="Trần",
            email="anh@example.ca",
            phone="514 555 0177",
            notes="Note interne confidentielle",
            consents=[Consent(purpose="intake", granted=True)],
        ),
    )
    _fill(kiosk, qtbot)
    qtbot.wait(50)
    text = _visible_text(kiosk)
    assert "0177" not in text and "confidentielle" not in text, text
    assert kiosk.submit() is not None
    assert "Trần" not in _visible_text(kiosk)


def test_escape_and_alt_f4_do_not_leave_only_a_staff_password_does(
    kiosk: KioskWindow,
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    qtbot.keyClick(kiosk, Qt.Key.Key_Escape)
    qtbot.keyClick(kiosk.notice.start, Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier)
    assert not kiosk.close()
    assert kiosk.isVisible()
    qtbot.mouseClick(kiosk.staff_button, Qt.MouseButton.LeftButton)
    assert kiosk.pages.currentIndex() == STAFF
    kiosk.staff_password.setText("devinette")
    assert kiosk.try_leave() is None
    assert kiosk.isVisible() and kiosk.staff_message.text()
    assert not kiosk.leave_button.isEnabled()  # slowed down after a wrong guess
    kiosk.staff_password.setText(ADMIN_PASSWORD)
    with qtbot.waitSignal(kiosk.left):
        assert kiosk.try_leave() is not None
    assert not kiosk.isVisible()


def test_the_person_can_switch_the_kiosk_to_english(kiosk: KioskWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(kiosk.english_button, Qt.MouseButton.LeftButton)
    assert kiosk.submit_button.text() == "Send my registration"
    assert "I have read" in kiosk.notice.start.text()


def test_the_staff_idle_lock_waits_during_the_kiosk_but_a_suspend_closes_it(
    window: MainWindow,
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    lock = window.lock_controller
    staff_timeout = lock.idle.timeout
    kiosk = window.staff.enter_kiosk(password=ADMIN_PASSWORD)
    assert kiosk is not None
    assert lock.idle.timeout == float("inf")  # the kiosk clears itself after 2 minutes instead
    lock.lock("suspend")
    assert not kiosk.isVisible() and window.isVisible()
    assert window.staff.kiosk_window is None
    assert lock.idle.timeout == staff_timeout


def test_the_entry_dialog_asks_the_staff_password(
    qtbot,
    app: Application,
    admin: Actor,  # type: ignore[no-untyped-def]
) -> None:
    from desktop.ui.kiosk_entry import KioskEntryDialog

    dialog = KioskEntryDialog(app.ctx, admin, "fr")
    qtbot.addWidget(dialog)
    dialog.password.setText("pas le bon")
    assert not dialog.confirm()
    assert dialog.message.text() and dialog.password.text() == ""
    dialog.password.setText(ADMIN_PASSWORD)
    with qtbot.waitSignal(dialog.accepted):
        assert dialog.confirm()
