"""Suggest candidates for a job opening (and openings for a candidate), with the reasons why.

Suggestions only: the coordinator decides. The order is deterministic: first the occupation tier
(same NOC unit group, 5 digits > same minor group, first 3 digits > same major group, first 2
digits > none), then within a tier an additive score where every point comes with a translated
sentence:

- occupation (NOC 2021): unit group 40, minor group 25, major group 10 — from a target
  occupation, or else from an experience;
- education: the highest completed diploma at or above the level required 20, below 0;
- French and English, for each level the opening requires: met 10, unknown 0, below −10
  (a language that is not required is never counted: French-only candidates are not penalised);
- available now 5; driver's licence when required: held 5, missing −10.

Who may be suggested at all (decided "admitted", `share_employers` consent granted and not
withdrawn) is filtered before scoring by the service: the others are excluded, not ranked low.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

from desktop.domain import workspace_messages  # noqa: F401  (registers the reason sentences)
from desktop.domain.enums import DiplomaLevel, DrivingLicence, Language, label
from desktop.domain.formatting import format_date
from desktop.domain.messages import translate
from desktop.domain.workspace import LanguageRequirement

NOC_UNIT, NOC_MINOR, NOC_MAJOR = 40, 25, 10
TIER_UNIT, TIER_MINOR, TIER_MAJOR, TIER_NONE = 0, 1, 2, 3
_TIERS = {"match.noc_unit": TIER_UNIT, "match.noc_minor": TIER_MINOR, "match.noc_major": TIER_MAJOR}
_DIPLOMA_RANK = {level.value: level.rank for level in DiplomaLevel}
_REQUIREMENT = {r.value: r for r in LanguageRequirement}
_LANGUAGES = {language.value for language in Language}
_LEVEL_RANK = {r: i for i, r in enumerate(LanguageRequirement)}
_BASIC, _INTERMEDIATE, _ADVANCED = (
    LanguageRequirement.BASIC,
    LanguageRequirement.INTERMEDIATE,
    LanguageRequirement.ADVANCED,
)
_STAGES = {"beginner": _BASIC, "intermediate": _INTERMEDIATE, "advanced": _ADVANCED}
_STAGES["native"] = _ADVANCED
EDUCATION_OK = 20
LANGUAGE_OK, LANGUAGE_BELOW = 10, -10
AVAILABLE_NOW = 5
LICENCE_OK, LICENCE_MISSING = 5, -10
_NO_LICENCE = {DrivingLicence.NONE.value, DrivingLicence.LEARNER.value}


@dataclass(frozen=True)
class LanguageEntry:
    """One language level of a candidate, as stored (see `desktop.domain.candidate.LanguageLevel`)."""

    language: str
    skill: str
    level: int | None
    stage: str | None
    scale: str


@dataclass
class CandidateFacts:
    """What matching needs to know about a candidate (read in bulk by the service)."""

    candidate_id: str
    display_name: str = ""
    target_nocs: tuple[str, ...] = ()
    experience_nocs: tuple[str, ...] = ()
    diploma_levels: tuple[str, ...] = ()  # levels of completed diplomas
    languages: tuple[LanguageEntry, ...] = ()
    available_from: str | None = None  # ISO date or "immediately"
    driving_licences: tuple[str, ...] = ()
    introduced_on: date | None = None  # last introduction to the opening's company


@dataclass(frozen=True)
class OpeningFacts:
    opening_id: str
    employer_id: str
    noc_code: str | None = None
    education_level: str | None = None
    french_required: str = LanguageRequirement.NONE.value
    english_required: str = LanguageRequirement.NONE.value
    driving_licence_required: bool = False


@dataclass(frozen=True)
class Reason:
    """A sentence code with its parameters; `points` > 0 is shown as a strength, < 0 a concern."""

    code: str
    points: int
    params: dict[str, str] = field(default_factory=dict)

    def text(self, lang: str = "fr") -> str:
        return translate(self.code, lang, **_shown_params(self.params, lang))


@dataclass
class Match:
    candidate_id: str
    opening_id: str
    score: int
    reasons: list[Reason]
    display_name: str = ""
    tier: int = TIER_NONE  # occupation proximity: sorted on before the score

    def sort_key(self, tie: str) -> tuple[int, int, str]:
        return (self.tier, -self.score, tie.casefold())


def _shown_params(params: dict[str, str], lang: str) -> dict[str, str]:
    shown = dict(params)
    if "source" in shown:
        shown["source"] = translate(f"match.source_{shown['source']}", lang)
    for key in ("level", "required"):
        value = shown.get(key)
        if value in _REQUIREMENT:
            shown[key] = label(_REQUIREMENT[value], lang).lower()
        elif value in _DIPLOMA_RANK:
            shown[key] = label(DiplomaLevel(value), lang)
    if shown.get("language") in _LANGUAGES:
        shown["language"] = label(Language(shown["language"]), lang)
    if "date" in shown:
        with contextlib.suppress(ValueError):
            shown["date"] = format_date(date.fromisoformat(shown["date"]), lang, long=True)
    return shown


def entry_rank(entry: LanguageEntry) -> LanguageRequirement | None:
    """A level on any scale as basic / intermediate / advanced (NCLC 1–4, 5–8, 9–12; CEFR A, B, C)."""
    level = entry.level
    if level is not None:
        basic, intermediate = (2, 4) if entry.scale == "cefr" else (4, 8)
        if level <= basic:
            return _BASIC
        return _INTERMEDIATE if level <= intermediate else _ADVANCED
    return _STAGES.get(entry.stage or "")


def language_rank(entries: Iterable[LanguageEntry], language: str) -> LanguageRequirement | None:
    """The candidate's level in `language`: the overall one, else the weakest skill recorded."""
    ranks = [(e.skill, entry_rank(e)) for e in entries if e.language == language]
    overall = [r for skill, r in ranks if skill == "overall" and r is not None]
    if overall:
        return max(overall, key=_LEVEL_RANK.__getitem__)
    skills = [r for _, r in ranks if r is not None]
    return min(skills, key=_LEVEL_RANK.__getitem__) if skills else None


def _noc_reason(c: CandidateFacts, code: str | None) -> Reason | None:
    if not code:
        return None
    best: Reason | None = None
    for source, codes in (("target", c.target_nocs), ("experience", c.experience_nocs)):
        for own in codes:
            if own == code:
                found = Reason("match.noc_unit", NOC_UNIT, {"noc": code, "source": source})
            elif own[:3] == code[:3]:
                found = Reason("match.noc_minor", NOC_MINOR, {"prefix": code[:3], "source": source})
            elif own[:2] == code[:2]:
                found = Reason("match.noc_major", NOC_MAJOR, {"prefix": code[:2], "source": source})
            else:
                continue
            if best is None or found.points > best.points:
                best = found
    return best or Reason("match.noc_none", 0, {"noc": code})


def _education_reason(c: CandidateFacts, required: str | None) -> Reason | None:
    if not required or required == DiplomaLevel.NONE or required not in _DIPLOMA_RANK:
        return None
    levels = [v for v in c.diploma_levels if v in _DIPLOMA_RANK]
    if not levels:
        return Reason("match.education_unknown", 0, {"required": required})
    best = max(levels, key=_DIPLOMA_RANK.__getitem__)
    if _DIPLOMA_RANK[best] >= _DIPLOMA_RANK[required]:
        return Reason("match.education_ok", EDUCATION_OK, {"level": best})
    return Reason("match.education_below", 0, {"required": required})


def _language_reason(c: CandidateFacts, language: str, required: str) -> Reason | None:
    needed = _REQUIREMENT.get(required)
    if needed is None or needed is LanguageRequirement.NONE:
        return None
    own = language_rank(c.languages, language)
    params = {"language": language, "required": needed.value}
    if own is None:
        return Reason("match.language_unknown", 0, params)
    params["level"] = own.value
    if _LEVEL_RANK[own] >= _LEVEL_RANK[needed]:
        return Reason("match.language_ok", LANGUAGE_OK, params)
    return Reason("match.language_below", LANGUAGE_BELOW, params)


def _availability_reason(c: CandidateFacts, today: date) -> Reason | None:
    value = c.available_from
    if not value:
        return None
    if value == "immediately":
        return Reason("match.available_now", AVAILABLE_NOW)
    try:
        when = date.fromisoformat(value if len(value) == 10 else f"{value[:7]}-01")
    except ValueError:
        return None
    if when <= today:
        return Reason("match.available_now", AVAILABLE_NOW)
    return Reason("match.available_later", 0, {"date": when.isoformat()})


def _licence_reason(c: CandidateFacts, required: bool) -> Reason | None:
    if not required:
        return None
    if any(code not in _NO_LICENCE for code in c.driving_licences):
        return Reason("match.licence_ok", LICENCE_OK)
    return Reason("match.licence_missing", LICENCE_MISSING)


def score(
    c: CandidateFacts, o: OpeningFacts, today: date, introduced_on: date | None = None
) -> Match:
    """The candidate's score for the opening and its reasons (`introduced_on` overrides c's)."""
    reasons = [
        r
        for r in (
            _noc_reason(c, o.noc_code),
            _education_reason(c, o.education_level),
            _language_reason(c, "fr", o.french_required),
            _language_reason(c, "en", o.english_required),
            _availability_reason(c, today),
            _licence_reason(c, o.driving_licence_required),
        )
        if r is not None
    ]
    introduced = introduced_on or c.introduced_on
    if introduced is not None:
        reasons.append(Reason("match.already_introduced", 0, {"date": introduced.isoformat()}))
    return Match(
        candidate_id=c.candidate_id,
        opening_id=o.opening_id,
        score=sum(r.points for r in reasons),
        reasons=reasons,
        display_name=c.display_name,
        tier=_TIERS.get(reasons[0].code, TIER_NONE) if reasons else TIER_NONE,
    )


def rank_candidates(
    candidates: Iterable[CandidateFacts], opening: OpeningFacts, today: date, limit: int = 50
) -> list[Match]:
    """Best candidates first (occupation tier, then score); ties by name then id, so the order
    never depends on the database."""
    matches = [score(c, opening, today) for c in candidates]
    matches.sort(key=lambda m: (*m.sort_key(m.display_name), m.candidate_id))
    return matches[:limit]


def rank_openings(
    candidate: CandidateFacts,
    openings: Sequence[tuple[OpeningFacts, str]],
    today: date,
    limit: int = 50,
    introduced: dict[str, date] | None = None,
) -> list[Match]:
    """Openings (with their titles, for ties) best first for one candidate.

    `introduced` maps employer ids to the candidate's last introduction to that company.
    """
    known = introduced or {}
    scored = [
        (score(candidate, o, today, known.get(o.employer_id)), title) for o, title in openings
    ]
    scored.sort(key=lambda pair: (*pair[0].sort_key(pair[1]), pair[0].opening_id))
    return [m for m, _ in scored[:limit]]
