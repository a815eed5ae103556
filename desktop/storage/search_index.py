"""Accent-insensitive search over names, e-mail, phone and occupations, fast at 100 000 candidates.

Each save rewrites the candidate's folded `search_text`; on SQLite it is also indexed in the FTS5
table `candidate_fts` and a query is all words in any order, each a word prefix. PostgreSQL (the
central store) matches the same words against `search_text`.
"""

from __future__ import annotations

from sqlalchemy import and_, func, select, text
from sqlalchemy.orm import Session

from desktop.domain.candidate import Candidate
from desktop.domain.names import fold, search_terms
from desktop.domain.noc import NocCatalogue
from desktop.storage.models import CandidateRow


def search_text_for(c: Candidate) -> str:
    """The folded words a candidate can be found by."""
    parts: list[str] = [
        c.given_names or "",
        c.family_name or "",
        c.preferred_name or "",
        c.name_original_script or "",
        c.email or "",
    ]
    if c.phone:
        digits = c.phone.lstrip("+")
        parts.append(digits)
        if digits.startswith("1") and len(digits) == 11:
            parts.append(digits[1:])  # North-American numbers are typed without the 1
    catalogue = NocCatalogue.load()
    for target in c.target_occupations:
        if target.noc_code:
            parts.append(target.noc_code)
            occupation = catalogue.get(target.noc_code)
            if occupation is not None:
                parts.extend((occupation.title_fr, occupation.title_en))
        parts.append(target.free_text or "")
    return fold(" ".join(p for p in parts if p))


def index_candidate(session: Session, row: CandidateRow, body: str) -> None:
    """Keep the search index in step with the row (call inside the saving transaction)."""
    if row.search_text == body:
        return  # unchanged: the index already holds this text
    row.search_text = body
    if _is_sqlite(session):
        unindex_candidate(session, row.id)
        if row.deleted_at is None:
            session.execute(
                text("INSERT INTO candidate_fts (candidate_id, body) VALUES (:id, :body)"),
                {"id": row.id, "body": body},
            )


def id_match(candidate_id: str) -> str:
    # The id column is tokenised (hyphens split it); the phrase of its tokens finds exactly it,
    # through the index (a plain `candidate_id = ?` would scan every row of the FTS table).
    return 'candidate_id : "' + candidate_id.replace('"', '""') + '"'


def unindex_candidate(session: Session, candidate_id: str) -> None:
    if _is_sqlite(session):
        session.execute(
            text("DELETE FROM candidate_fts WHERE candidate_fts MATCH :q"),
            {"q": id_match(candidate_id)},
        )


def _is_sqlite(session: Session) -> bool:
    return session.get_bind().dialect.name == "sqlite"


def _fts_query(terms: list[str]) -> str:
    # Each folded term is [a-z0-9]+ so quoting is safe; the star makes it a prefix query.
    return "body : (" + " AND ".join(f'"{t}"*' for t in terms) + ")"


# Ranking (bm25) reads each match's column sizes: cheap for a few thousand matches, 85 ms for
# the 24 000 people whose occupation starts with "ing" among 100 000. Past this many matches a
# query is listed newest first (the order of the full list) and ranking resumes as it narrows.
RANKED_AT_MOST = 5000


def search_ids(session: Session, query: str, limit: int = 500) -> list[str]:
    """Ids of live candidates matching every word of `query` (best matches first)."""
    terms = search_terms(query)
    if not terms:
        return []
    if _is_sqlite(session):
        match = _fts_query(terms)
        params = {"q": match, "limit": limit}
        # One- and two-letter prefixes ("d", "ng") match too many people for a ranking to help.
        if max(len(t) for t in terms) > 2 and _matches(session, match) <= RANKED_AT_MOST:
            return [r[0] for r in session.execute(_RANKED, params)]
        return [r[0] for r in session.execute(_NEWEST, params)]
    conditions = [func.concat(" ", CandidateRow.search_text).like(f"% {t}%") for t in terms]
    stmt = (
        select(CandidateRow.id)
        .where(and_(*conditions), CandidateRow.deleted_at.is_(None))
        .order_by(CandidateRow.family_name, CandidateRow.given_names)
        .limit(limit)
    )
    return list(session.scalars(stmt))


# The ranking orders rowids only; candidate ids (read from each row's stored text) are fetched
# for the rows kept, not for every match.
_RANKED = text(
    "SELECT f.candidate_id FROM (SELECT rowid AS r, bm25(candidate_fts) AS score "
    "FROM candidate_fts WHERE candidate_fts MATCH :q ORDER BY score LIMIT :limit) AS k "
    "JOIN candidate_fts AS f ON f.rowid = k.r ORDER BY k.score"
)
# Rowids grow with each save of a candidate's searchable text: newest (or newly edited) first.
_NEWEST = text(
    "SELECT candidate_id FROM candidate_fts WHERE candidate_fts MATCH :q "
    "ORDER BY rowid DESC LIMIT :limit"
)


def _matches(session: Session, match: str) -> int:
    """How many people match, counted up to one past `RANKED_AT_MOST`."""
    counted = session.scalar(
        text(
            "SELECT count(*) FROM (SELECT 1 FROM candidate_fts "
            "WHERE candidate_fts MATCH :q LIMIT :cap)"
        ),
        {"q": match, "cap": RANKED_AT_MOST + 1},
    )
    return int(counted or 0)


def rebuild(session: Session) -> int:
    """Re-index every candidate (after a restore, or a change of folding rules)."""
    if not _is_sqlite(session):
        return 0
    session.execute(text("DELETE FROM candidate_fts"))
    session.execute(
        text(
            "INSERT INTO candidate_fts (candidate_id, body) "
            "SELECT id, coalesce(search_text, '') FROM candidates WHERE deleted_at IS NULL"
        )
    )
    return int(session.scalar(text("SELECT count(*) FROM candidate_fts")) or 0)
