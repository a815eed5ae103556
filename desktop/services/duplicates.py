"""Likely duplicates of a candidate being typed or saved: same e-mail, same phone, or a similar name
with the same birth date. A suggestion only: staff open the existing record or continue.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop.domain.names import SIMILAR_NAME_THRESHOLD, email_key, name_similarity
from desktop.domain.phones import normalize_phone
from desktop.services.actor import Actor
from desktop.services.context import ServiceContext
from desktop.services.listing import CandidateSummary
from desktop.storage.queries import duplicate_candidates, summary_rows

REASON_SAME_EMAIL = "same_email"
REASON_SAME_PHONE = "same_phone"
REASON_SIMILAR_NAME_DOB = "similar_name_same_birth_date"

REASON_TEXT = {
    REASON_SAME_EMAIL: ("même courriel", "same email"),
    REASON_SAME_PHONE: ("même téléphone", "same phone"),
    REASON_SIMILAR_NAME_DOB: (
        "nom semblable et même date de naissance",
        "similar name + same birth date",
    ),
}


@dataclass
class DuplicateMatch:
    summary: CandidateSummary
    reasons: list[str] = field(default_factory=list)
    name_score: float = 0.0


@dataclass(frozen=True)
class DuplicateProbe:
    """What has been typed so far (raw text is fine: it is normalised here)."""

    given_names: str | None = None
    family_name: str | None = None
    email: str | None = None
    phone: str | None = None
    date_of_birth: str | None = None
    exclude_id: str | None = None


def _dob_matches(a: str, b: str) -> bool:
    # "1990-05" typed at the booth matches a stored "1990-05-12" and vice versa.
    return a.startswith(b) or b.startswith(a)


def find_in_session(session: object, probe: DuplicateProbe, limit: int = 5) -> list[DuplicateMatch]:
    has_name = bool((probe.given_names or "").strip() or (probe.family_name or "").strip())
    if not has_name:
        return []
    mail = email_key(probe.email) if probe.email and "@" in probe.email else None
    phone = None
    if probe.phone:
        try:
            phone = normalize_phone(probe.phone)
        except ValueError:
            phone = None
    dob = (probe.date_of_birth or "").strip()
    rows = duplicate_candidates(
        session,  # type: ignore[arg-type]
        email_key=mail,
        phone=phone,
        birth_date=dob if len(dob) in (7, 10) else None,  # a full date, or a month
        exclude_id=probe.exclude_id,
    )
    matches: dict[str, tuple[list[str], float]] = {}
    for row in rows:
        reasons: list[str] = []
        if mail and row.email_key == mail:
            reasons.append(REASON_SAME_EMAIL)
        if phone and row.phone == phone:
            reasons.append(REASON_SAME_PHONE)
        score = name_similarity(
            probe.given_names, probe.family_name, row.given_names, row.family_name
        )
        if (
            dob
            and row.date_of_birth
            and _dob_matches(dob, row.date_of_birth)
            and score >= SIMILAR_NAME_THRESHOLD
        ):
            reasons.append(REASON_SIMILAR_NAME_DOB)
        if reasons:
            matches[row.id] = (reasons, score)
    ranked = sorted(matches.items(), key=lambda kv: (-len(kv[1][0]), -kv[1][1]))[:limit]
    summaries = {s.id: s for s in summary_rows(session, [cid for cid, _ in ranked])}  # type: ignore[arg-type]
    return [
        DuplicateMatch(summaries[cid], reasons, score)
        for cid, (reasons, score) in ranked
        if cid in summaries
    ]


def find_duplicates(
    ctx: ServiceContext, actor: Actor, probe: DuplicateProbe, limit: int = 5
) -> list[DuplicateMatch]:
    actor.require("candidate.read")
    with ctx.store.read() as session:
        return find_in_session(session, probe, limit)


def reason_text(code: str, lang: str = "fr") -> str:
    pair = REASON_TEXT.get(code)
    if pair is None:
        return code
    return pair[1] if lang == "en" else pair[0]
