"""Suggested candidates for an opening, and suggested openings for a candidate, with reasons.

Suggestions only: the coordinator decides whom to introduce. Candidates who are not decided
"admitted", or whose `share_employers` consent is missing or withdrawn, are excluded in SQL
before anything is scored (`desktop.storage.matching_queries`); the score and its reasons come
from `desktop.domain.matching`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from desktop.domain.matching import CandidateFacts, Match, rank_candidates, rank_openings
from desktop.services.actor import Actor
from desktop.services.context import ServiceContext
from desktop.services.workspace_common import WorkspaceError, today_in
from desktop.storage import employer_store, matching_queries


def suggest_candidates(
    ctx: ServiceContext,
    actor: Actor,
    opening_id: str,
    today: date | None = None,
    limit: int = 50,
) -> list[Match]:
    """The best candidates for the opening, best first, each with its reasons.

    Candidates are read one occupation tier at a time — same unit group, then same minor group,
    then same major group — and reading stops once `limit` are found: every candidate of a later
    tier ranks below them. An opening without a NOC code gets no suggestions (matching starts
    from the occupation); the window says so.
    """
    actor.require("workspace.read")
    facts: list[CandidateFacts] = []
    with ctx.store.read() as session:
        row = employer_store.live_opening(session, opening_id)
        if row is None:
            raise WorkspaceError("workspace.not_found")
        opening = matching_queries.opening_facts(row)
        code = opening.noc_code or ""
        seen: set[str] = set()
        for prefix in (code, code[:3], code[:2]) if len(code) == 5 else ():
            found = matching_queries.candidate_facts(
                session, noc_prefix=prefix, introduced_to=opening.employer_id, exclude=seen
            )
            facts += found
            seen.update(f.candidate_id for f in found)
            if len(facts) >= limit:
                break
    return rank_candidates(facts, opening, today_in(ctx, today), limit)


@dataclass
class OpeningSuggestion:
    match: Match
    title: str
    employer_name: str
    employer_id: str


@dataclass
class OpeningSuggestions:
    """Openings for one candidate; `blocked` names why there are none (not admitted, no consent)."""

    candidate_id: str
    suggestions: list[OpeningSuggestion] = field(default_factory=list)
    blocked: str | None = None


def suggest_openings(
    ctx: ServiceContext,
    actor: Actor,
    candidate_id: str,
    today: date | None = None,
    limit: int = 30,
) -> OpeningSuggestions:
    actor.require("workspace.read")
    result = OpeningSuggestions(candidate_id)
    with ctx.store.read() as session:
        admitted, consent = matching_queries.is_suggestable(session, candidate_id)
        if not consent:
            result.blocked = "match.blocked_consent"
            return result
        if not admitted:
            result.blocked = "match.blocked_not_admitted"
            return result
        facts = matching_queries.candidate_facts(session, candidate_ids=[candidate_id])
        if not facts:
            result.blocked = "workspace.not_found"
            return result
        openings = matching_queries.open_openings(session)
        introduced = matching_queries.introductions_by_employer(session, candidate_id)
    names = {o.opening_id: (title, name, o.employer_id) for o, title, name in openings}
    ranked = rank_openings(
        facts[0],
        [(o, title) for o, title, _ in openings],
        today_in(ctx, today),
        limit,
        introduced,
    )
    result.suggestions = [OpeningSuggestion(m, *names[m.opening_id]) for m in ranked]
    return result
