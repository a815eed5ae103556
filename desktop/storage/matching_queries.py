"""Read, in a few bulk queries, what matching needs about the candidates who may be suggested.

Only live candidates decided "admitted" whose `share_employers` consent is granted and not
withdrawn are read at all (the rest are excluded, not ranked low). With a NOC code, only those
with a target occupation or an experience in the same major group (first two digits) are read,
so an opening among 50 000 candidates reads a few thousand rows, never everyone.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date
from typing import Any

from sqlalchemy import Select, and_, exists, func, or_, select
from sqlalchemy.orm import Session

from desktop.domain.matching import CandidateFacts, LanguageEntry, OpeningFacts
from desktop.domain.workspace_lists import person_name
from desktop.storage.models import (
    CandidateRow,
    ConsentRow,
    DiplomaRow,
    EligibilityRow,
    EmployerRow,
    ExperienceRow,
    IntroductionRow,
    JobOpeningRow,
    LanguageLevelRow,
    TargetOccupationRow,
)

SHARE_EMPLOYERS = "share_employers"
ADMITTED = "admitted"


def _suggestable() -> Select[Any]:
    consent = exists().where(
        ConsentRow.candidate_id == CandidateRow.id,
        ConsentRow.purpose == SHARE_EMPLOYERS,
        ConsentRow.granted.is_(True),
        ConsentRow.withdrawn_at.is_(None),
    )
    return (
        select(CandidateRow.id)
        .join(EligibilityRow, EligibilityRow.candidate_id == CandidateRow.id)
        .where(CandidateRow.deleted_at.is_(None), EligibilityRow.decision == ADMITTED, consent)
    )


def is_suggestable(session: Session, candidate_id: str) -> tuple[bool, bool]:
    """(admitted, consents to sharing with employers) for one live candidate."""
    decision = session.scalar(
        select(EligibilityRow.decision).where(EligibilityRow.candidate_id == candidate_id)
    )
    consent = session.scalar(
        select(ConsentRow.id).where(
            ConsentRow.candidate_id == candidate_id,
            ConsentRow.purpose == SHARE_EMPLOYERS,
            ConsentRow.granted.is_(True),
            ConsentRow.withdrawn_at.is_(None),
        )
    )
    return decision == ADMITTED, consent is not None


def _in_major_group(prefix: str) -> object:
    pattern = f"{prefix}%"
    return or_(
        exists().where(
            TargetOccupationRow.candidate_id == CandidateRow.id,
            TargetOccupationRow.noc_code.like(pattern),
        ),
        exists().where(
            ExperienceRow.candidate_id == CandidateRow.id,
            ExperienceRow.noc_code.like(pattern),
        ),
    )


def candidate_facts(
    session: Session,
    *,
    noc_code: str | None = None,
    candidate_ids: Iterable[str] | None = None,
    introduced_to: str | None = None,
) -> list[CandidateFacts]:
    """Facts of suggestable candidates (all, those near `noc_code`, or the given ids)."""
    ids = _suggestable()
    if noc_code and len(noc_code) >= 2:
        ids = ids.where(_in_major_group(noc_code[:2]))  # type: ignore[arg-type]
    if candidate_ids is not None:
        ids = ids.where(CandidateRow.id.in_(list(candidate_ids)))
    chosen = ids.subquery()
    facts: dict[str, CandidateFacts] = {}
    base = select(
        CandidateRow.id,
        CandidateRow.given_names,
        CandidateRow.family_name,
        CandidateRow.available_from,
        CandidateRow.driving_licences,
    ).where(CandidateRow.id.in_(select(chosen.c.id)))
    for cid, given, family, available, licences in session.execute(base):
        facts[cid] = CandidateFacts(
            candidate_id=cid,
            display_name=person_name(given, family),
            available_from=available,
            driving_licences=tuple(licences or ()),
        )
    if not facts:
        return []
    within = select(chosen.c.id)
    targets: dict[str, list[str]] = defaultdict(list)
    row: Any
    for row in session.execute(
        select(TargetOccupationRow.candidate_id, TargetOccupationRow.noc_code).where(
            TargetOccupationRow.candidate_id.in_(within), TargetOccupationRow.noc_code.is_not(None)
        )
    ):
        targets[row[0]].append(row[1])
    experiences: dict[str, list[str]] = defaultdict(list)
    for row in session.execute(
        select(ExperienceRow.candidate_id, ExperienceRow.noc_code).where(
            ExperienceRow.candidate_id.in_(within), ExperienceRow.noc_code.is_not(None)
        )
    ):
        experiences[row[0]].append(row[1])
    diplomas: dict[str, list[str]] = defaultdict(list)
    for row in session.execute(
        select(DiplomaRow.candidate_id, DiplomaRow.level).where(
            DiplomaRow.candidate_id.in_(within),
            DiplomaRow.completed.is_(True),
            DiplomaRow.level.is_not(None),
        )
    ):
        diplomas[row[0]].append(row[1])
    languages: dict[str, list[LanguageEntry]] = defaultdict(list)
    for row in session.execute(
        select(
            LanguageLevelRow.candidate_id,
            LanguageLevelRow.language,
            LanguageLevelRow.skill,
            LanguageLevelRow.level,
            LanguageLevelRow.stage,
            LanguageLevelRow.scale,
        ).where(
            LanguageLevelRow.candidate_id.in_(within), LanguageLevelRow.language.in_(("fr", "en"))
        )
    ):
        languages[row[0]].append(LanguageEntry(*row[1:]))
    introduced: dict[str, date] = {}
    if introduced_to:
        introduced = last_introductions(session, introduced_to, within)
    for cid, fact in facts.items():
        fact.target_nocs = tuple(targets.get(cid, ()))
        fact.experience_nocs = tuple(experiences.get(cid, ()))
        fact.diploma_levels = tuple(diplomas.get(cid, ()))
        fact.languages = tuple(languages.get(cid, ()))
        fact.introduced_on = introduced.get(cid)
    return list(facts.values())


def last_introductions(session: Session, employer_id: str, within: object) -> dict[str, date]:
    stmt = (
        select(IntroductionRow.candidate_id, func.max(IntroductionRow.introduced_on))
        .where(
            IntroductionRow.employer_id == employer_id,
            IntroductionRow.deleted_at.is_(None),
            IntroductionRow.candidate_id.in_(within),  # type: ignore[arg-type]
        )
        .group_by(IntroductionRow.candidate_id)
    )
    return {cid: when for cid, when in session.execute(stmt)}


def introductions_by_employer(session: Session, candidate_id: str) -> dict[str, date]:
    stmt = (
        select(IntroductionRow.employer_id, func.max(IntroductionRow.introduced_on))
        .where(IntroductionRow.candidate_id == candidate_id, IntroductionRow.deleted_at.is_(None))
        .group_by(IntroductionRow.employer_id)
    )
    return {eid: when for eid, when in session.execute(stmt)}


def opening_facts(row: JobOpeningRow) -> OpeningFacts:
    return OpeningFacts(
        opening_id=row.id,
        employer_id=row.employer_id,
        noc_code=row.noc_code,
        education_level=row.education_level,
        french_required=row.french_level_required,
        english_required=row.english_level_required,
        driving_licence_required=row.driving_licence_required,
    )


def open_openings(session: Session) -> list[tuple[OpeningFacts, str, str]]:
    """Open, live openings of live employers: (facts, title, employer name)."""
    stmt = (
        select(JobOpeningRow, EmployerRow.legal_name)
        .join(EmployerRow, EmployerRow.id == JobOpeningRow.employer_id)
        .where(
            and_(
                JobOpeningRow.deleted_at.is_(None),
                JobOpeningRow.status == "open",
                EmployerRow.deleted_at.is_(None),
            )
        )
    )
    return [(opening_facts(row), row.title, name) for row, name in session.execute(stmt)]
