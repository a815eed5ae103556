"""Read, in a few bulk queries, what matching needs about the candidates who may be suggested.

Only live candidates decided "admitted" whose `share_employers` consent is granted and not
withdrawn are read at all (the rest are excluded, not ranked low). Candidates are read by NOC
prefix, one occupation tier at a time (`desktop.services.matching`), so an opening among 50 000
candidates reads a few hundred of them, never everyone.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable
from datetime import date
from typing import Any

from sqlalchemy import and_, exists, func, select
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


def _near(prefix: str) -> Any:
    """Ids of candidates with a target occupation or an experience whose NOC starts with `prefix`.

    A range on the code (`>= "21"` and `< "22"`) rather than LIKE, so SQLite uses the index.
    """
    upper = prefix[:-1] + chr(ord(prefix[-1]) + 1)
    targets = select(TargetOccupationRow.candidate_id).where(
        TargetOccupationRow.noc_code >= prefix, TargetOccupationRow.noc_code < upper
    )
    experiences = select(ExperienceRow.candidate_id).where(
        ExperienceRow.noc_code >= prefix, ExperienceRow.noc_code < upper
    )
    return targets.union(experiences)


CHUNK = 900  # ids per IN (...) list: below SQLite's and psycopg's parameter limits


def _chunks(ids: list[str]) -> Iterable[list[str]]:
    for start in range(0, len(ids), CHUNK):
        yield ids[start : start + CHUNK]


def candidate_facts(
    session: Session,
    *,
    noc_prefix: str | None = None,
    candidate_ids: Iterable[str] | None = None,
    introduced_to: str | None = None,
    exclude: Collection[str] = (),
) -> list[CandidateFacts]:
    """Facts of suggestable candidates: all, those with a NOC code starting with `noc_prefix`
    (in a target occupation or an experience), or the given ids; never those in `exclude`.

    The suggestable ids are found in one query; their child rows are then read by id lists, each
    through the child table's `candidate_id` index.
    """
    consent = exists().where(
        ConsentRow.candidate_id == CandidateRow.id,
        ConsentRow.purpose == SHARE_EMPLOYERS,
        ConsentRow.granted.is_(True),
        ConsentRow.withdrawn_at.is_(None),
    )
    base = (
        select(
            CandidateRow.id,
            CandidateRow.given_names,
            CandidateRow.family_name,
            CandidateRow.available_from,
            CandidateRow.driving_licences,
        )
        .join(EligibilityRow, EligibilityRow.candidate_id == CandidateRow.id)
        .where(CandidateRow.deleted_at.is_(None), EligibilityRow.decision == ADMITTED, consent)
    )
    if noc_prefix:
        base = base.where(CandidateRow.id.in_(_near(noc_prefix)))
    if candidate_ids is not None:
        base = base.where(CandidateRow.id.in_(list(candidate_ids)))
    facts: dict[str, CandidateFacts] = {}
    for cid, given, family, available, licences in session.execute(base):
        if cid in exclude:
            continue
        facts[cid] = CandidateFacts(
            candidate_id=cid,
            display_name=person_name(given, family),
            available_from=available,
            driving_licences=tuple(licences or ()),
        )
    if not facts:
        return []
    targets: dict[str, list[str]] = defaultdict(list)
    experiences: dict[str, list[str]] = defaultdict(list)
    diplomas: dict[str, list[str]] = defaultdict(list)
    languages: dict[str, list[LanguageEntry]] = defaultdict(list)
    row: Any
    for chunk in _chunks(list(facts)):
        for row in session.execute(
            select(TargetOccupationRow.candidate_id, TargetOccupationRow.noc_code).where(
                TargetOccupationRow.candidate_id.in_(chunk),
                TargetOccupationRow.noc_code.is_not(None),
            )
        ):
            targets[row[0]].append(row[1])
        for row in session.execute(
            select(ExperienceRow.candidate_id, ExperienceRow.noc_code).where(
                ExperienceRow.candidate_id.in_(chunk), ExperienceRow.noc_code.is_not(None)
            )
        ):
            experiences[row[0]].append(row[1])
        for row in session.execute(
            select(DiplomaRow.candidate_id, DiplomaRow.level).where(
                DiplomaRow.candidate_id.in_(chunk),
                DiplomaRow.completed.is_(True),
                DiplomaRow.level.is_not(None),
            )
        ):
            diplomas[row[0]].append(row[1])
        for row in session.execute(
            select(
                LanguageLevelRow.candidate_id,
                LanguageLevelRow.language,
                LanguageLevelRow.skill,
                LanguageLevelRow.level,
                LanguageLevelRow.stage,
                LanguageLevelRow.scale,
            ).where(
                LanguageLevelRow.candidate_id.in_(chunk),
                LanguageLevelRow.language.in_(("fr", "en")),
            )
        ):
            languages[row[0]].append(LanguageEntry(*row[1:]))
    introduced = last_introductions(session, introduced_to) if introduced_to else {}
    for cid, fact in facts.items():
        fact.target_nocs = tuple(targets.get(cid, ()))
        fact.experience_nocs = tuple(experiences.get(cid, ()))
        fact.diploma_levels = tuple(diplomas.get(cid, ()))
        fact.languages = tuple(languages.get(cid, ()))
        fact.introduced_on = introduced.get(cid)
    return list(facts.values())


def last_introductions(session: Session, employer_id: str) -> dict[str, date]:
    """Each candidate's last introduction to this company (a company has few: read them all)."""
    stmt = (
        select(IntroductionRow.candidate_id, func.max(IntroductionRow.introduced_on))
        .where(IntroductionRow.employer_id == employer_id, IntroductionRow.deleted_at.is_(None))
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
    """Open, live openings of live employers: (facts, title, employer name), read as plain rows."""
    stmt = (
        select(
            JobOpeningRow.id,
            JobOpeningRow.employer_id,
            JobOpeningRow.noc_code,
            JobOpeningRow.education_level,
            JobOpeningRow.french_level_required,
            JobOpeningRow.english_level_required,
            JobOpeningRow.driving_licence_required,
            JobOpeningRow.title,
            EmployerRow.legal_name,
        )
        .join(EmployerRow, EmployerRow.id == JobOpeningRow.employer_id)
        .where(
            and_(
                JobOpeningRow.deleted_at.is_(None),
                JobOpeningRow.status == "open",
                EmployerRow.deleted_at.is_(None),
            )
        )
    )
    return [(OpeningFacts(*row[:7]), row[7], row[8]) for row in session.execute(stmt)]
