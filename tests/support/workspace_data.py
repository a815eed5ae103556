"""Build workspace test records through the real services: candidates, companies, openings."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

from desktop.domain.candidate import (
    Candidate,
    Consent,
    Diploma,
    Experience,
    LanguageLevel,
    TargetOccupation,
)
from desktop.domain.workspace import Employer, EmployerContact, JobOpening
from desktop.services.actor import Actor
from desktop.services.candidates import record_decision, save_candidate
from desktop.services.context import ServiceContext
from desktop.services.employers import save_employer, save_opening


def person(
    ctx: ServiceContext,
    actor: Actor,
    given: str,
    family: str,
    *,
    targets: tuple[str, ...] = (),
    experiences: tuple[str, ...] = (),
    diploma: str | None = "bac",
    french: int | None = 7,
    english: int | None = None,
    available: str | None = "immediately",
    licences: tuple[str, ...] = (),
    share: bool = True,
    withdrawn: bool = False,
    decision: str | None = "admitted",
) -> str:
    consents = [Consent(purpose="intake", granted=True)]
    if share:
        consents.append(
            Consent(
                purpose="share_employers",
                granted=True,
                withdrawn_at=datetime(2026, 3, 1, tzinfo=UTC) if withdrawn else None,
            )
        )
    languages = []
    if french is not None:
        languages.append(LanguageLevel(language="fr", skill="overall", level=french, scale="nclc"))
    if english is not None:
        languages.append(LanguageLevel(language="en", skill="overall", level=english, scale="clb"))
    candidate = Candidate(
        given_names=given,
        family_name=family,
        email=f"{abs(hash((given, family)))}@exemple.ca",
        country_of_birth="VN",
        target_occupations=[TargetOccupation(noc_code=code) for code in targets],
        experiences=[
            Experience(noc_code=code, country="VN", start="2015-01", end="2019-12", in_field=True)
            for code in experiences
        ],
        diplomas=[Diploma(title="Diplôme", level=diploma, country="VN")] if diploma else [],
        language_levels=languages,
        available_from=available,
        driving_licences=list(licences),
        consents=consents,
    )
    result = save_candidate(ctx, actor, candidate)
    assert result.saved, result.issues
    if decision:
        record_decision(ctx, actor, result.candidate_id, decision)
    return result.candidate_id


def company(ctx: ServiceContext, actor: Actor, name: str = "Boulangerie Saint-Martin inc.") -> str:
    employer = Employer(
        legal_name=name,
        neq=None,
        sector="31-33",
        size="10-49",
        city="Laval",
        contacts=[EmployerContact(name="Josée Tremblay", email="rh@exemple.ca")],
    )
    saved = save_employer(ctx, actor, employer)
    assert saved.saved, saved.issues
    return saved.id


def opening(
    ctx: ServiceContext,
    actor: Actor,
    employer_id: str,
    *,
    title: str = "Technicien·ne en génie civil",
    noc: str | None = "22300",
    education: str | None = None,
    french: str = "none",
    english: str = "none",
    justification: str | None = None,
    licence: bool = False,
    wage_cents: int = 2800,
    hours: str = "37.5",
) -> str:
    job = JobOpening(
        employer_id=employer_id,
        title=title,
        noc_code=noc,
        education_level=education,
        french_level_required=french,
        english_level_required=english,
        non_french_justification=justification,
        driving_licence_required=licence,
        hourly_wage_cents=wage_cents,
        hours_per_week=Decimal(hours),
    )
    saved = save_opening(ctx, actor, job)
    assert saved.saved, saved.issues
    return saved.id
