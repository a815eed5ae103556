"""Candidates for the dossier tests: every field filled, names in three scripts, a very long one."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from desktop.domain.candidate import (
    Address,
    Candidate,
    Consent,
    Diploma,
    Eligibility,
    EventRef,
    Experience,
    LanguageLevel,
    ProfessionalRegulation,
    RuleResult,
    TargetOccupation,
)

PRINTED = datetime(2026, 3, 14, 14, 30, tzinfo=UTC)
VIETNAMESE = "Nguyễn Thị Minh Khai"
ARABIC = "رولا صالح"
MARKUP = "Zoë <O'Brien> & Co"


def consent(purpose: str, granted: bool = True, withdrawn: bool = False) -> Consent:
    return Consent(
        purpose=purpose,
        granted=granted,
        granted_at=datetime(2026, 2, 10, 9, 5, tzinfo=UTC),
        method="signature",
        notice_version="2026-01-fr",
        withdrawn_at=datetime(2026, 3, 1, 16, 0, tzinfo=UTC) if withdrawn else None,
    )


def full_candidate(
    given: str = "Minh Khai",
    family: str = "Nguyễn Thị",
    share: bool = True,
    long: bool = False,
    candidate_id: str = "3f2a9c1e-0b7d-4e2a-9f10-5c8d7e6a4b21",
) -> Candidate:
    """A candidate with every section filled; `long` repeats experiences and notes for pages."""
    experiences = [
        Experience(
            job_title="Ingénieure de projet",
            employer_name="Société & Fils <SA>",
            noc_code="21300",
            country="VN",
            start="2012-03",
            end="2019-08-15",
            hours_per_week=40,
            in_field=True,
            employment_type="employee",
        ),
        Experience(
            job_title="Commis d'entrepôt",
            employer_name="Entrepôt Laval",
            country="CA",
            province="QC",
            start="2024-02",
            hours_per_week=37.5,
            in_field=False,
            employment_type="employee",
        ),
    ]
    if long:
        experiences += [
            Experience(
                job_title=f"Technicienne en génie civil, mandat {n}",
                employer_name=f"Bureau d'études n° {n}",
                noc_code="22300",
                country="VN",
                start=f"{1990 + n % 20}-0{1 + n % 9}",
                end=f"{1991 + n % 20}-0{1 + n % 9}",
                hours_per_week=35,
                in_field=True,
                employment_type="internship" if n % 3 else "employee",
            )
            for n in range(1, 41)
        ]
    notes = "Rencontrée au salon de Laval. Très motivée; suivi < 2 semaines & appel > 10 min."
    if long:
        notes += "\n" + "\n".join(
            f"Suivi n° {n} : appel, courriel et rencontre — tout est consigné."
            for n in range(1, 60)
        )
    return Candidate(
        id=candidate_id,
        given_names=given,
        family_name=family,
        preferred_name="Khai",
        name_original_script=ARABIC if given != "Minh Khai" else None,
        date_of_birth="1988-04-12",
        gender="woman",
        email="minh.khai@exemple.ca",
        phone="+15145550123",
        address=Address("1200 boulevard Chomedey", "302", "Laval", "QC", "H7V 2W3"),
        preferred_language="fr",
        languages_spoken=["vi", "fr", "en"],
        country_of_birth="VN",
        citizenships=["VN"],
        arrival_date_canada="2023-09",
        immigration_status="pr",
        work_authorization="unrestricted",
        permit_expiry="2027-05-31",
        employment_status="underemployed",
        diplomas=[
            Diploma(
                title="Ingénieur en génie civil",
                field_of_study="Génie civil et structures",
                level="bac",
                country="VN",
                year_obtained=2011,
                comparative_evaluation="received",
            ),
            Diploma(
                title="Maîtrise en hydraulique",
                field_of_study="Hydraulique urbaine",
                level="master",
                country="FR",
                year_obtained=2014,
                completed=False,
                comparative_evaluation="requested",
            ),
        ],
        regulations=[
            ProfessionalRegulation(
                is_regulated=True,
                regulator="Ordre des ingénieurs du Québec",
                recognition_status="equivalence_requested",
            )
        ],
        experiences=experiences,
        target_occupations=[
            TargetOccupation(noc_code="21300", free_text="Ingénieure en structures"),
            TargetOccupation(noc_code="22300"),
        ],
        language_levels=[
            LanguageLevel(
                language="fr",
                skill="overall",
                level=7,
                scale="nclc",
                source="test",
                test_name="TEFaQ",
            ),
            LanguageLevel(language="en", skill="speaking", stage="advanced", scale="self"),
        ],
        available_from="2026-04-01",
        work_regime="full_time",
        driving_licences=["qc_5"],
        consents=[
            consent("intake"),
            consent("share_employers", granted=share),
            consent("newsletter", withdrawn=True),
        ],
        referral_source="salon",
        event=EventRef("SALON-2026-03", "Salon de l'emploi de Laval"),
        notes=notes,
        created_at=datetime(2026, 2, 10, 9, 0, tzinfo=UTC),
        updated_at=datetime(2026, 3, 2, 11, 45, tzinfo=UTC),
        eligibility=Eligibility(
            suggested="pass",
            reasons=[
                RuleResult(
                    "R1",
                    "pass",
                    "r1.under_5_years",
                    {"years": 5, "arrival": "2023-09", "limit": "2028-09-01"},
                ),
                RuleResult("R2", "pass", "r2.accepted_abroad", {"level": "bac"}),
                RuleResult("R4", "pass", "r4.permanent_status", {"status": "pr"}),
            ],
            rule_set_version="2026.1",
            decision="admitted",
            decided_by="coord1",
            decided_at=datetime(2026, 3, 2, 11, 45, tzinfo=UTC),
            comment="Dossier complet.",
        ),
    )


@pytest.fixture
def candidate() -> Candidate:
    return full_candidate()
