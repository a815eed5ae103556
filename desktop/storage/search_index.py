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


def search_ids(session: Session, query: str, limit: int = 500) -> list[str]:
    """Ids of live candidates matching every word of `query` (best matches first)."""
    terms = search_terms(query)
    if not terms:
        return []
    if _is_sqlite(session):
        # Ranking every match of a one- or two-letter prefix ("d", "ng") costs more than the
        # query itself at 100 000 candidates; such short queries take the first matches as they
        # come, and ranking starts with the third letter.
        order = "ORDER BY bm25(candidate_fts) " if max(len(t) for t in terms) > 2 else ""
        rows = session.execute(
            text(
                "SELECT f.candidate_id FROM candidate_fts f "
                f"WHERE candidate_fts MATCH :q {order}LIMIT :limit"
            ),
            {"q": _fts_query(terms), "limit": limit},
        )
        return [r[0] for r in rows]
    conditions = [func.concat(" ", CandidateRow.search_text).like(f"% {t}%") for t in terms]
    stmt = (
        select(CandidateRow.id)
        .where(and_(*conditions), CandidateRow.deleted_at.is_(None))
        .order_by(CandidateRow.family_name, CandidateRow.given_names)
        .limit(limit)
    )
    return list(session.scalars(stmt))


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
