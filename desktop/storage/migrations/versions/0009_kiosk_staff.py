"""Kiosk self-entry: candidates a person typed themselves wait for staff to verify them.

`candidates.to_verify` is set on a record saved from the kiosk and cleared when a staff member
confirms it (or merges it into the record it duplicates). It is a synced candidate field, so a
record still waiting travels to the central store marked as such. The index keeps the
"to verify" list instant on a store of 100 000 candidates.

Revision ID: 0009
Revises: 0008
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | Sequence[str] | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("candidates") as batch:
        batch.add_column(
            sa.Column("to_verify", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch.create_index("ix_candidates_to_verify", ["to_verify"])


def downgrade() -> None:
    with op.batch_alter_table("candidates") as batch:
        batch.drop_index("ix_candidates_to_verify")
        batch.drop_column("to_verify")
