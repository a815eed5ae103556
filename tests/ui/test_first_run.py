"""The first-run wizard prepares a new data folder: language, device, administrator, event."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWizard

from desktop.app import Application, open_application
from desktop.services.accounts import authenticate, device_info
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
    assert device_info(fresh.ctx) is None  # nothing written before the last page
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.result() == QWizard.DialogCode.Accepted
    assert device_info(fresh.ctx).name == "Portable kiosque 3 — Salon Laval"
    assert wizard.actor is not None and wizard.actor.username == "admin.laval"
    assert authenticate(fresh.ctx, "admin.laval", PASSWORD).role.value == "admin"
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
    assert "au moins 8 caractères" in wizard.admin.error.text()
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
    assert device_info(fresh.ctx) is None


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
    assert device_info(fresh.ctx) is None and wizard.actor is None


def test_going_back_keeps_what_was_typed(qtbot, wizard: FirstRunWizard) -> None:  # type: ignore[no-untyped-def]
    _fill_to_event(wizard, "Portable ملتقى")
    wizard.back()
    wizard.back()
    assert wizard.currentPage() is wizard.device
    assert wizard.device.device_name.text() == "Portable ملتقى"
