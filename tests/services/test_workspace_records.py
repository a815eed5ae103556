"""Companies and openings: validation that names the field, uniqueness, roles, audit with ids only."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from desktop.app import Application
from desktop.domain.enums import Role
from desktop.domain.messages import issue_text
from desktop.domain.workspace import Employer, EmployerContact, JobOpening
from desktop.services.accounts import authenticate, create_staff
from desktop.services.actor import Actor, PermissionDenied
from desktop.services.employers import (
    delete_employer,
    get_employer,
    list_employers,
    list_openings,
    save_employer,
    save_opening,
)
from desktop.services.workspace_common import WorkspaceError
from desktop.storage import audit_log
from tests.support.workspace_data import company, opening


def test_a_bad_neq_is_refused_with_a_sentence_naming_the_field(
    app: Application, admin: Actor
) -> None:
    employer = Employer(legal_name="Métallurgie Côté ltée", neq="12345")
    saved = save_employer(app.ctx, admin, employer)
    assert not saved.saved
    (issue,) = saved.issues
    assert issue.field == "employer.neq"
    french = issue_text(issue, "fr")
    assert french.startswith("Numéro d'entreprise du Québec (NEQ)\u00a0:")
    assert "10 chiffres" in french
    assert "10 digits" in issue_text(issue, "en")
    assert list_employers(app.ctx, admin) == []


def test_a_company_is_saved_normalised_and_found_by_accent_free_search(
    app: Application, admin: Actor
) -> None:
    employer = Employer(
        legal_name="  Café   Dubé  ",
        neq="1143 123 456",
        postal_code="h7n1a1",
        city="Laval",
        contacts=[EmployerContact(name="Amélie Roy", phone="450 555 0199")],
    )
    assert save_employer(app.ctx, admin, employer).saved
    stored = get_employer(app.ctx, admin, employer.id)
    assert stored is not None
    assert (stored.legal_name, stored.neq, stored.postal_code) == (
        "Café Dubé",
        "1143123456",
        "H7N 1A1",
    )
    assert stored.contacts[0].phone == "+14505550199"
    assert stored.contacts[0].is_primary
    assert [e.id for e in list_employers(app.ctx, admin, "cafe dube")] == [employer.id]
    assert [e.id for e in list_employers(app.ctx, admin, "laval")] == [employer.id]
    assert list_employers(app.ctx, admin, "boulangerie") == []


def test_two_companies_cannot_share_a_neq(app: Application, admin: Actor) -> None:
    assert save_employer(app.ctx, admin, Employer(legal_name="A", neq="1143123456")).saved
    second = save_employer(app.ctx, admin, Employer(legal_name="B", neq="1143123456"))
    assert not second.saved
    assert second.issues[0].code == "workspace.neq_taken"


def test_an_opening_requiring_english_needs_a_justification(app: Application, admin: Actor) -> None:
    employer_id = company(app.ctx, admin)
    job = JobOpening(
        employer_id=employer_id, title="Répartiteur·trice", english_level_required="intermediate"
    )
    saved = save_opening(app.ctx, admin, job)
    assert not saved.saved
    (issue,) = saved.issues
    assert issue.field == "opening.non_french_justification"
    assert "Charte de la langue française" in issue_text(issue, "fr")
    job.non_french_justification = (
        "Clientèle en Ontario et aux États-Unis, au téléphone chaque jour."
    )
    assert save_opening(app.ctx, admin, job).saved
    # French alone never needs a justification.
    french_only = JobOpening(
        employer_id=employer_id, title="Commis", french_level_required="advanced"
    )
    assert save_opening(app.ctx, admin, french_only).saved


@pytest.mark.parametrize(
    ("hours", "wage", "field", "code"),
    [
        ("0", 2500, "opening.hours_per_week", "workspace.hours_range"),
        ("60.5", 2500, "opening.hours_per_week", "workspace.hours_range"),
        ("35", 0, "opening.hourly_wage", "workspace.wage_positive"),
    ],
)
def test_hours_and_wage_are_checked(
    app: Application, admin: Actor, hours: str, wage: int, field: str, code: str
) -> None:
    employer_id = company(app.ctx, admin)
    job = JobOpening(
        employer_id=employer_id,
        title="Soudeur",
        hours_per_week=Decimal(hours),
        hourly_wage_cents=wage,
    )
    saved = save_opening(app.ctx, admin, job)
    assert [(i.field, i.code) for i in saved.issues] == [(field, code)]
    assert list_openings(app.ctx, admin) == []


def test_intake_staff_cannot_reach_the_workspace_but_a_coordinator_can(
    app: Application, admin: Actor
) -> None:
    create_staff(app.ctx, admin, "accueil", Role.INTAKE, "Mot-de-passe-accueil-1")
    create_staff(app.ctx, admin, "coordo", Role.COORDINATOR, "Mot-de-passe-coordo-1")
    intake = authenticate(app.ctx, "accueil", "Mot-de-passe-accueil-1")
    coordinator = authenticate(app.ctx, "coordo", "Mot-de-passe-coordo-1")
    with pytest.raises(PermissionDenied):
        list_employers(app.ctx, intake)
    with pytest.raises(PermissionDenied):
        save_employer(app.ctx, intake, Employer(legal_name="X"))
    assert save_employer(app.ctx, coordinator, Employer(legal_name="X")).saved
    assert len(list_employers(app.ctx, coordinator)) == 1


def test_the_audit_trail_holds_ids_and_field_names_never_the_company_name(
    app: Application, admin: Actor
) -> None:
    employer_id = company(app.ctx, admin, "Entreprise Secrète Nguyễn")
    opening(app.ctx, admin, employer_id)
    with app.ctx.store.read() as session:
        created = audit_log.events(session, action="employer.create")
        assert [e.entity_ids for e in created] == [[employer_id]]
        text = json.dumps([(e.details, e.entity_ids) for e in audit_log.events(session)])
        assert audit_log.verify(session).ok
    assert "Secr" not in text and "Nguy" not in text
    assert "legal_name" in text


def test_a_deleted_company_leaves_the_list_and_cannot_be_saved_back(
    app: Application, admin: Actor
) -> None:
    employer_id = company(app.ctx, admin)
    opening(app.ctx, admin, employer_id)
    stale = get_employer(app.ctx, admin, employer_id)
    assert stale is not None
    delete_employer(app.ctx, admin, employer_id)
    assert list_employers(app.ctx, admin) == []
    assert list_openings(app.ctx, admin) == []
    with pytest.raises(WorkspaceError):
        save_employer(app.ctx, admin, stale)
