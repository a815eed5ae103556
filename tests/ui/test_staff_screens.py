"""Staff management, role gating and the audit viewer, through the real widgets offscreen."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import update

from desktop.app import Application
from desktop.domain.candidate import Candidate, Consent
from desktop.services.accounts import AccountError, authenticate
from desktop.services.actor import Actor
from desktop.services.candidates import save_candidate
from desktop.services.staff import add_staff
from desktop.storage.models import AuditEventRow
from desktop.ui import i18n
from desktop.ui.audit_viewer import AuditViewer
from desktop.ui.dossier_request import DossierRequest
from desktop.ui.main_window import MainWindow
from desktop.ui.staff_dialog import StaffDialog

PASSWORD = "trois petits chats gris"


def _signed_in(app: Application, admin: Actor, username: str, role: str) -> Actor:
    add_staff(app.ctx, admin, username, username.title(), role, PASSWORD)
    return authenticate(app.ctx, username, PASSWORD)


def _menu_titles(win: MainWindow) -> list[str]:
    return [a.text() for a in win.menuBar().actions() if a.isVisible()]


def test_admin_adds_disables_and_resets_a_staff_member(
    qtbot, app: Application, admin: Actor
) -> None:  # type: ignore[no-untyped-def]
    dialog = StaffDialog(app.ctx, admin, "fr")
    qtbot.addWidget(dialog)
    dialog.new_username.setText("nguyen")
    dialog.new_display.setText("Nguyễn Thị Minh Khai")
    dialog.new_role.setCurrentIndex(dialog.new_role.findData("intake"))
    dialog.new_password.setText("court")
    dialog.new_confirm.setText("court")
    assert dialog.add() is None
    assert "12" in dialog.add_message.text()  # the rule, with its number
    assert dialog.new_username.text() == "nguyen"  # nothing typed is lost
    dialog.new_password.setText(PASSWORD)
    dialog.new_confirm.setText(PASSWORD)
    staff_id = dialog.add()
    assert staff_id and dialog.new_username.text() == ""
    assert authenticate(app.ctx, "nguyen", PASSWORD).staff_id == staff_id
    assert dialog.selected_id() == staff_id
    names = [dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())]
    assert "Nguyễn Thị Minh Khai" in names

    dialog.toggle_active()
    assert "désactivé" in dialog.selected_message.text()
    with pytest.raises(AccountError):
        authenticate(app.ctx, "nguyen", PASSWORD)
    assert not dialog.reset_button.isEnabled()  # a disabled account comes back with a password
    dialog.toggle_active()
    assert "identiques" not in dialog.selected_message.text()
    assert "12" in dialog.selected_message.text()  # empty new password: refused, with the rule
    dialog.reset_password.setText("une autre phrase de passe")
    dialog.reset_confirm.setText("une autre phrase de passe")
    dialog.toggle_active()
    assert authenticate(app.ctx, "nguyen", "une autre phrase de passe").staff_id == staff_id
    dialog.reset_password.setText("encore une autre phrase")
    dialog.reset_confirm.setText("encore une autre phrase")
    dialog.reset()
    assert "Nguyễn" in dialog.selected_message.text()
    assert authenticate(app.ctx, "nguyen", "encore une autre phrase").staff_id == staff_id


def test_the_admin_cannot_disable_their_own_account_from_the_screen(
    qtbot, app: Application, admin: Actor
) -> None:  # type: ignore[no-untyped-def]
    dialog = StaffDialog(app.ctx, admin, "en")
    qtbot.addWidget(dialog)
    dialog.select_username("admin")
    assert not dialog.active_button.isEnabled() and not dialog.role_button.isEnabled()


@pytest.mark.parametrize("role", ["intake", "coordinator"])
def test_staff_below_admin_see_no_admin_menu(
    qtbot, app: Application, admin: Actor, role: str
) -> None:  # type: ignore[no-untyped-def]
    i18n.set_language("fr")
    actor = _signed_in(app, admin, "personne", role)
    win = MainWindow(app, actor)
    qtbot.addWidget(win)
    assert not win.staff.admin_menu.menuAction().isVisible()
    assert "&Administration" not in _menu_titles(win)
    assert not win.staff.staff_action.isVisible() and not win.staff.audit_action.isVisible()
    assert not win.demo_action.isVisible()
    assert win.staff.kiosk_action.isVisible() and win.staff.verify_action.isVisible()
    win.close()


def test_admin_sees_the_administration_menu(window: MainWindow) -> None:
    assert "&Administration" in _menu_titles(window)
    assert window.staff.staff_action.isVisible() and window.staff.audit_action.isVisible()
    assert window.demo_action.isVisible()


def test_intake_staff_are_not_offered_the_employer_dossier(
    qtbot, app: Application, admin: Actor
) -> None:  # type: ignore[no-untyped-def]
    intake = _signed_in(app, admin, "accueil", "intake")
    request = DossierRequest(app.ctx, intake, ["x"], "fr")
    qtbot.addWidget(request)
    assert not request.findChild(object, "variant_anonymized").isVisibleTo(request)  # type: ignore[union-attr]
    assert request.variant() == "full"
    coordinator = _signed_in(app, admin, "coordo", "coordinator")
    other = DossierRequest(app.ctx, coordinator, ["x"], "fr")
    qtbot.addWidget(other)
    assert other.variant() == "anonymized"


def test_audit_viewer_shows_events_and_detects_a_tampered_row(
    qtbot, app: Application, admin: Actor, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    c = Candidate(
        given_names="Ngọc Ánh",
        family_name="Trần",
        email="anh@example.ca",
        consents=[Consent(purpose="intake", granted=True)],
    )
    save_candidate(app.ctx, admin, c)
    c.phone = "514 555 0101"
    save_candidate(app.ctx, admin, c)
    add_staff(app.ctx, admin, "ali", "Ali", "intake", PASSWORD)
    saved: list[str] = []

    def ask(_parent: object, suggested: str, _pattern: str) -> str:
        saved.append(suggested)
        return str(tmp_path / suggested)

    viewer = AuditViewer(app.ctx, admin, "fr", ask_path=ask)
    qtbot.addWidget(viewer)
    actions = [viewer.table.item(r, 3).text() for r in range(viewer.table.rowCount())]
    assert {"Inscription créée", "Fiche modifiée", "Compte créé"} <= set(actions)
    shown = " ".join(
        viewer.table.item(r, c).text()
        for r in range(viewer.table.rowCount())
        for c in range(viewer.table.columnCount())
    )
    assert "Trần" not in shown and "anh@example.ca" not in shown  # ids only
    assert "intacte" in viewer.chain_status.text()

    viewer.action.setCurrentIndex(viewer.action.findData("staff."))
    assert {viewer.table.item(r, 3).text() for r in range(viewer.table.rowCount())} == {
        "Compte créé"
    }
    path = viewer.export_chain()
    assert path is not None and path.exists() and "relue" in viewer.export_status.text()
    assert viewer.export_csv() is not None and len(saved) == 2

    with app.ctx.store.unit_of_work() as session:
        session.execute(update(AuditEventRow).where(AuditEventRow.seq == 2).values(actor_id=None))
    check = viewer.verify()
    assert not check.ok and check.broken_at == 2
    assert "n° 2" in viewer.chain_status.text()
