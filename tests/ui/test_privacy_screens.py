"""The privacy screens, offscreen on a real store: settings, retention with purge, access
requests with the transcript, the incident register, and withdraw / erase from the list."""

from __future__ import annotations

import os
import tempfile
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from desktop.domain.candidate import Candidate, Consent
from desktop.domain.enums import Role
from desktop.domain.privacy_records import AccessRequest, Incident
from desktop.services.access import list_access_requests, save_access_request
from desktop.services.actor import Actor
from desktop.services.candidates import get_candidate, save_candidate
from desktop.services.incidents import list_incidents, save_incident
from desktop.services.privacy_settings import read_privacy_settings
from desktop.ui import privacy_common
from desktop.ui.main_window import MainWindow
from desktop.ui.privacy_centre import PrivacyCentre

# Grabs go to a scratch folder (or PASSERELLE_SHOTS); the reviewed ones are kept in docs/.
SHOTS = Path(os.environ.get("PASSERELLE_SHOTS", tempfile.gettempdir())) / "passerelle-privacy"


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> dict[str, object]:
    """Dialogs answered by the test: confirmations, save paths; messages collected."""
    state: dict[str, object] = {"confirm": True, "path": None, "messages": []}
    monkeypatch.setattr(privacy_common, "ask_confirm", lambda *_a: state["confirm"])
    monkeypatch.setattr(privacy_common, "choose_save_path", lambda *_a: state["path"])
    monkeypatch.setattr(
        privacy_common,
        "show_message",
        lambda _p, text, warning=False: state["messages"].append(text),  # type: ignore[union-attr]
    )
    return state


def _person(window: MainWindow, given: str, family: str, *purposes: str) -> str:
    c = Candidate(
        given_names=given,
        family_name=family,
        email=f"{family.lower()}@exemple.ca",
        consents=[Consent(purpose=p, granted=True) for p in ("intake", *purposes)],
    )
    result = save_candidate(window.ctx, window.actor, c, intake=True)
    assert result.saved
    return result.candidate_id


def _centre(qtbot, window: MainWindow, tab: str) -> PrivacyCentre:  # type: ignore[no-untyped-def]
    centre = window.privacy.open_centre(tab)
    qtbot.waitExposed(centre)
    return centre  # type: ignore[return-value]


def _shot(widget, name: str) -> None:  # type: ignore[no-untyped-def]
    widget.resize(1366, 768)
    SHOTS.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(SHOTS / f"{name}.png"))


def test_admin_saves_the_officer_and_an_outside_host_blocks_sending(
    qtbot,
    window: MainWindow,
    answers: dict[str, object],  # type: ignore[no-untyped-def]
) -> None:
    centre = _centre(qtbot, window, "settings")
    page = centre.settings_page
    page.officer_name.setText("Aïcha Benali")
    page.officer_email.setText("pas-une-adresse")
    assert not page.save()
    assert "Courriel de la personne responsable" in str(answers["messages"])
    assert page.officer_name.text() == "Aïcha Benali"  # nothing typed is lost
    page.officer_email.setText("aicha.benali@ccilaval.qc.ca")
    page.hosting.setCurrentIndex(page.hosting.findData("outside_quebec"))
    assert page.save()
    assert "bloqué" in page.transfer_state.text()
    saved = read_privacy_settings(window.ctx)
    assert saved.officer_name == "Aïcha Benali"
    assert saved.notice_fr == [] and saved.notice_version == "2026-01"  # built-in text kept
    page.notice_fr.setPlainText("Un avis réécrit en langage simple.")
    assert page.save()
    assert read_privacy_settings(window.ctx).notice_version != "2026-01"
    assert "Un avis réécrit" in centre.summary.body.text()
    assert "Aïcha Benali" in centre.summary.body.text()
    _shot(centre, "privacy-settings-fr")


def test_a_coordinator_sees_the_notice_but_not_the_admin_tabs(
    qtbot,
    app,
    window: MainWindow,  # type: ignore[no-untyped-def]
) -> None:
    coordinator = Actor("c-1", "coord", Role.COORDINATOR)
    centre = PrivacyCentre(window.ctx, coordinator, "fr", None, window)
    qtbot.addWidget(centre)
    assert centre.tabs.count() == 1
    win = MainWindow(app, coordinator)
    qtbot.addWidget(win)
    assert win.privacy.withdraw_action.isVisible() and not win.privacy.erase_action.isVisible()
    assert not win.privacy.settings_action.isVisible()
    win.close()


def test_retention_lists_what_is_due_and_purges_after_confirmation(
    qtbot,
    window: MainWindow,
    answers: dict[str, object],  # type: ignore[no-untyped-def]
) -> None:
    kept = _person(window, "Farès", "Haddad")
    due = _person(window, "Thị Hồng", "Nguyễn")
    centre = _centre(qtbot, window, "retention")
    page = centre.retention
    assert page.due.rowCount() == 0
    page.today = date.today() + timedelta(days=3 * 365)
    page.reload()
    ids = [page.items[r].subject_id for r in range(page.due.rowCount())]
    assert due in ids and kept in ids
    _shot(centre, "privacy-retention-fr")
    answers["confirm"] = False
    page.purge_items(page.items)
    assert get_candidate(window.ctx, window.actor, due) is not None  # refused: nothing purged
    answers["confirm"] = True
    page.due.selectRow(ids.index(due))
    page.purge_selected()
    assert get_candidate(window.ctx, window.actor, due) is None
    assert get_candidate(window.ctx, window.actor, kept) is not None
    assert window.list.model.rowCount() == 1


def test_access_requests_show_overdue_and_produce_the_transcript(
    qtbot,
    window: MainWindow,
    answers: dict[str, object],
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    cid = _person(window, "Thị Hồng", "Nguyễn")
    late = AccessRequest("", cid, "access", date.today() - timedelta(days=40), "La personne", True)
    save_access_request(window.ctx, window.actor, late)
    centre = _centre(qtbot, window, "requests")
    page = centre.requests
    assert "dont 1 en retard" in page.summary.text()
    assert "en retard de 10 j" in page.table.item(0, 1).text()
    _shot(centre, "privacy-requests-fr")
    page.table.selectRow(0)
    answers["path"] = str(tmp_path / "releve.pdf")
    assert page.export("pdf") == tmp_path / "releve.pdf"
    assert (tmp_path / "releve.pdf").read_bytes().startswith(b"%PDF")
    answers["path"] = str(tmp_path / "copie.jsonl")
    assert page.export("json") is not None
    dialog = page.create()
    qtbot.waitExposed(dialog)
    dialog.requester.setText("")
    dialog.save()
    assert dialog.isVisible() and "Demandeur" in str(answers["messages"])
    dialog.requester.setText("Représentant légal")
    dialog.candidate.setText(cid)
    dialog.save()
    assert not dialog.isVisible()
    assert len(list_access_requests(window.ctx, window.actor)) == 2


def test_incident_register_finds_the_persons_of_a_lost_print_batch(
    qtbot,
    window: MainWindow,
    answers: dict[str, object],
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    from desktop.services.dossiers import render_dossiers

    ids = [_person(window, "Farès", f"Haddad{i}") for i in range(3)]
    render_dossiers(window.ctx, window.actor, ids, "full")
    centre = _centre(qtbot, window, "incidents")
    page = centre.incidents
    dialog = page.create()
    qtbot.waitExposed(dialog)
    dialog.source.setCurrentIndex(
        dialog.source.findText("Lot imprimé", flags=Qt.MatchFlag.MatchStartsWith)
    )
    dialog.find_affected()
    assert dialog.count.value() == 3
    dialog.description.setPlainText("Dossiers imprimés oubliés dans un taxi")
    dialog.information.setPlainText("Noms, coordonnées, parcours")
    _shot(dialog, "privacy-incident-form-fr")
    dialog.save()
    [incident] = list_incidents(window.ctx, window.actor)
    assert sorted(incident.affected_ids) == sorted(ids) and incident.persons_count == 3
    assert page.table.rowCount() == 1
    _shot(centre, "privacy-incidents-fr")
    answers["path"] = str(tmp_path / "registre.xlsx")
    assert page.export("xlsx") == tmp_path / "registre.xlsx"


def test_withdraw_and_erase_from_the_list(
    qtbot,
    window: MainWindow,
    answers: dict[str, object],  # type: ignore[no-untyped-def]
) -> None:
    cid = _person(window, "Thị Hồng", "Nguyễn", "share_employers")
    window.list.reload()
    window.list.view.selectRow(0)
    dialog = window.privacy.withdraw_selected()
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert dialog.purpose.count() == 2
    dialog.purpose.setCurrentIndex(dialog.purpose.findData("share_employers"))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    stored = get_candidate(window.ctx, window.actor, cid)
    assert stored is not None and not stored.consent_granted("share_employers")
    window.list.view.selectRow(0)  # the list was refreshed by the withdrawal
    answers["confirm"] = False
    assert not window.privacy.erase_selected()
    answers["confirm"] = True
    assert window.privacy.erase_selected()
    assert get_candidate(window.ctx, window.actor, cid) is None
    assert window.list.model.rowCount() == 0


def test_screens_in_english(qtbot, window: MainWindow, answers: dict[str, object]) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui import i18n

    cid = _person(window, "Thị Hồng", "Nguyễn")
    save_access_request(
        window.ctx,
        window.actor,
        AccessRequest("", cid, "portability", date.today(), "Nguyễn Thị Hồng"),
    )
    save_incident(
        window.ctx,
        window.actor,
        Incident("", date.today(), None, date.today(), "Lost USB key", "Bundle", 12, "low", ""),
    )
    i18n.set_language("en")
    for tab in ("settings", "retention", "requests", "incidents"):
        centre = _centre(qtbot, window, tab)
        _shot(centre, f"privacy-{tab}-en")
        centre.close()
    qtbot.waitUntil(lambda: window.privacy.menu.title() == "&Privacy")
    assert window.privacy.erase_action.text() == "Erase the person…"
