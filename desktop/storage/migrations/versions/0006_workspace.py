"""Coordinator workspace: companies, openings, introductions, placements, subsidies, follow-ups.

Reserved in the revision chain so parallel work lands in order; filled by the work it names
(a revision that changes nothing is harmless).

Revision ID: 0006
Revises: 0005
"""

from collections.abc import Sequence

revision: str = "0006"
down_revision: str | Sequence[str] | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
