"""Privacy operations: retention, access requests, incidents.

Reserved in the revision chain so parallel work lands in order; filled by the work it names
(a revision that changes nothing is harmless).

Revision ID: 0007
Revises: 0006
"""

from collections.abc import Sequence

revision: str = "0007"
down_revision: str | Sequence[str] | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
