"""Covering indexes for the programme dashboard (`desktop/storage/models/dashboard_indexes.py`).

The dashboard reads the people registered in a period (and at an event), the live people of an
event and each person's assessment several times per refresh; these indexes answer those
subqueries from the index alone instead of one table lookup per person (docs/PERFORMANCE.md,
"Programme dashboard"). Written in batch mode so that SQLite and PostgreSQL build the same schema.

Revision ID: 0012
Revises: 0011
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0012"
down_revision: str | Sequence[str] | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("candidates", schema=None) as batch_op:
        batch_op.create_index(
            "ix_candidates_cohort", ["created_at", "event_id", "deleted_at", "id"], unique=False
        )
        batch_op.create_index(
            "ix_candidates_event_live", ["event_id", "deleted_at", "id"], unique=False
        )
    with op.batch_alter_table("eligibility_assessments", schema=None) as batch_op:
        batch_op.create_index(
            "ix_eligibility_assessments_outcome",
            ["candidate_id", "suggested", "decision", "decided_at"],
            unique=False,
        )


def downgrade() -> None:
    with op.batch_alter_table("eligibility_assessments", schema=None) as batch_op:
        batch_op.drop_index("ix_eligibility_assessments_outcome")
    with op.batch_alter_table("candidates", schema=None) as batch_op:
        batch_op.drop_index("ix_candidates_event_live")
        batch_op.drop_index("ix_candidates_cohort")
