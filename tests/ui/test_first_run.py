"""The first-run wizard prepares a new data folder: language, device, administrator, event."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWizard

from desktop.app import Application, open_application
from desktop.services.accounts import MIN_PASSWORD_LENGTH, authenticate, device_info
from desktop.services.events import list_events
from desktop.services.settings import get_setting
from desktop.ui import i18n
from desktop.ui.first_run import FirstRunWizard

PASSWORD = "une phrase de passe"


@pytest.fixture
def fresh(tmp_path: Path) -> Iterator[Application]:
    """A data folder that was never set up."""
    application = open_application(tmp_path / "new-home")
    yield application
    application.close()
    i18n.set_language("fr")


@pytest.fixture
def wizard(qtbot, fresh: Application) -> FirstRunWizard:  # type: ignore[no-untyped-def]
    i18n.set_language("fr")
    wiz = FirstRunWizard(lambda: fresh)  # the store may still be loading: a source, as at start
    qtbot.addWidget(wiz)
    wiz.show()
    qtbot.waitExposed(wiz)
    return wiz


def _next(wizard: FirstRunWizard) -> None:
    wizard.button(QWizard.WizardButton.NextButton).click()


def _fill_to_event(wizard: FirstRunWizard, device: str = "Portable kiosque 3") -> None:
    _next(wizard)
    wizard.device.device_name.setText(device)
    _next(wizard)
    wizard.admin.username.setText("admin.laval")
    wizard.admin.password.setText(PASSWORD)
    wizard.admin.confirm.setText(PASSWORD)
    _next(wizard)
    assert wizard.currentPage() is wizard.event


def test_the_wizard_sets_up_device_admin_event_and_language(
    qtbot, wizard: FirstRunWizard, fresh: Application
) -> None:  # type: ignore[no-untyped-def]
    assert wizard.currentPage() is wizard.welcome
    assert "emploi dans leur domaine" in wizard.welcome.intro.text()
    wizard.welcome.english.click()
    qtbot.waitUntil(lambda: wizard.windowTitle() == "First start — Passerelle", timeout=3000)
    assert i18n.current_language() == "en"
    assert wizard.welcome.title() == "Welcome to Passerelle"
    _fill_to_event(wizard, "Portable kiosque 3 — Salon Laval")
    wizard.event.code.setText("siiq-2026-laval")
    wizard.event.name.setText("Salon de l'immigration — Laval")
    wizard.event.place.setText("Cosmodôme")
    _next(wizard)
    assert wizard.currentPage() is wizard.summary
    summary = wizard.summary.summary.text()
    assert "Portable kiosque 3 — Salon Laval" in summary and "SIIQ-2026-LAVAL" in summary
    assert not fresh.initialised  # nothing written before the last page
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.result() == QWizard.DialogCode.Accepted
    assert fresh.unlocked  # the administrator is signed in: no second password prompt
    assert device_info(fresh.ctx).name == "Portable kiosque 3 — Salon Laval"
    assert wizard.actor is not None and wizard.actor.username == "admin.laval"
    assert authenticate(fresh.ctx, "admin.laval", PASSWORD).role.value == "admin"
    fresh.lock()
    assert fresh.unlock("admin.laval", PASSWORD).username == "admin.laval"  # the key slot works
    (event,) = list_events(fresh.ctx)
    assert (event.code, event.name, event.location) == (
        "SIIQ-2026-LAVAL",
        "Salon de l'immigration — Laval",
        "Cosmodôme",
    )
    assert get_setting(fresh.ctx, "current_event_id") == event.id
    assert get_setting(fresh.ctx, "language") == "en"
    assert wizard.admin.password.text() == ""  # the password does not linger in the widget


def test_each_page_refuses_what_the_services_would_refuse(
    qtbot, wizard: FirstRunWizard, fresh: Application
) -> None:  # type: ignore[no-untyped-def]
    _next(wizard)
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()  # no device name yet
    wizard.device.device_name.setText("   ")
    _next(wizard)
    assert wizard.currentPage() is wizard.device
    assert wizard.device.error.text() == "Donnez un nom à cet appareil."
    wizard.device.device_name.setText("Portable 2")
    _next(wizard)
    wizard.admin.username.setText("admin")
    wizard.admin.password.setText("court")
    wizard.admin.confirm.setText("court")
    _next(wizard)
    assert wizard.currentPage() is wizard.admin
    assert f"au moins {MIN_PASSWORD_LENGTH} caractères" in wizard.admin.error.text()
    wizard.admin.password.setText(PASSWORD)
    wizard.admin.confirm.setText(PASSWORD + "x")
    _next(wizard)
    assert wizard.currentPage() is wizard.admin
    assert wizard.admin.error.text() == "Les deux mots de passe ne sont pas identiques."
    assert wizard.admin.confirm.text() == "" and wizard.admin.password.text() == PASSWORD
    wizard.admin.confirm.setText(PASSWORD)
    _next(wizard)
    wizard.event.code.setText("")
    _next(wizard)
    assert wizard.currentPage() is wizard.event
    assert "code" in wizard.event.error.text().lower()
    assert not fresh.initialised


def test_the_event_can_be_left_for_later(qtbot, wizard: FirstRunWizard, fresh: Application) -> None:  # type: ignore[no-untyped-def]
    _fill_to_event(wizard)
    wizard.event.create.setChecked(False)
    assert not wizard.event.fields.isEnabled()
    _next(wizard)
    assert "aucun pour l'instant" in wizard.summary.summary.text()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.result() == QWizard.DialogCode.Accepted
    assert list_events(fresh.ctx) == []
    assert get_setting(fresh.ctx, "current_event_id") is None
    assert get_setting(fresh.ctx, "language") == "fr"


def test_cancelling_leaves_the_folder_unset(
    qtbot, wizard: FirstRunWizard, fresh: Application
) -> None:  # type: ignore[no-untyped-def]
    _fill_to_event(wizard)
    wizard.button(QWizard.WizardButton.CancelButton).click()
    assert wizard.result() == QWizard.DialogCode.Rejected
    assert not fresh.initialised and wizard.actor is None
    assert not (fresh.paths.database.exists() or fresh.paths.keyslots.exists())


def test_going_back_keeps_what_was_typed(qtbot, wizard: FirstRunWizard) -> None:  # type: ignore[no-untyped-def]
    _fill_to_event(wizard, "Portable ملتقى")
    wizard.back()
    wizard.back()
    assert wizard.currentPage() is wizard.device
    assert wizard.device.device_name.text() == "Portable ملتقى"


def test_a_new_data_folder_starts_with_the_wizard_then_the_main_window(
    qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    import argparse

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from desktop.ui.launch import Session, start_gui

    seen: list[str] = []

    def drive() -> None:
        wizard = QApplication.activeModalWidget()
        if not isinstance(wizard, FirstRunWizard):
            QTimer.singleShot(50, drive)
            return
        seen.append(wizard.windowTitle())
        _fill_to_event(wizard, "Portable 12")
        wizard.event.code.setText("SIIQ-2026")
        _next(wizard)
        wizard.button(QWizard.WizardButton.FinishButton).click()

    QTimer.singleShot(50, drive)
    args = argparse.Namespace(home=str(tmp_path / "home"), lang="fr", user=None, demo=False)
    started = start_gui(args)
    assert isinstance(started, Session)
    try:
        assert seen == ["Premier démarrage — Passerelle"]
        assert started.window.isVisible()
        assert started.window.actor.username == "admin.laval"  # signed in by the wizard
        assert started.window.event_label.text() == "Événement : SIIQ-2026"
    finally:
        started.close()
