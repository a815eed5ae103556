"""Indexes the programme dashboard reads through (docs/DASHBOARD.md, docs/PERFORMANCE.md).

Each one covers a dashboard subquery, so that the database answers it from the index alone:
the people registered in a period (and at an event), the live people of an event, and the
assessment of each person (suggestion, decision and its date).

Created by migration 0012 and registered on the metadata by `models/__init__.py` (so that
`tests/test_migrations.py` holds the migration to them); `tests/services/test_dashboard_indexes.py`
checks on SQLite that the dashboard's subqueries are answered from them.
"""

from __future__ import annotations

from sqlalchemy import Index

from desktop.storage.models.candidate import CandidateRow, EligibilityRow

COHORT = Index(
    "ix_candidates_cohort",
    CandidateRow.created_at,
    CandidateRow.event_id,
    CandidateRow.deleted_at,
    CandidateRow.id,
)
EVENT_PEOPLE = Index(
    "ix_candidates_event_live", CandidateRow.event_id, CandidateRow.deleted_at, CandidateRow.id
)
OUTCOME = Index(
    "ix_eligibility_assessments_outcome",
    EligibilityRow.candidate_id,
    EligibilityRow.suggested,
    EligibilityRow.decision,
    EligibilityRow.decided_at,
)
