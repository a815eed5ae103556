"""Central: the winning value of a field is a flag on its head (`field_heads.wins`).

A field's register was always a copy of one of its heads (the greatest by hlc, device,
incarnation, seq), so every op applied at central was written twice. The copy goes: the head
that wins carries `wins = true`, and `field_registers` is dropped after its winners are marked
(docs/PERFORMANCE.md, "Sync"). Written in batch mode so SQLite and PostgreSQL get the same schema.

Revision ID: 0013
Revises: 0012
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013"
down_revision: str | Sequence[str] | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_SAME_OP = (
    "r.entity = field_heads.entity AND r.row_id = field_heads.row_id"
    " AND r.field = field_heads.field AND r.device_id = field_heads.device_id"
    " AND r.incarnation = field_heads.incarnation AND r.seq = field_heads.seq"
)


def upgrade() -> None:
    with op.batch_alter_table("field_heads", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("wins", sa.Boolean(), server_default=sa.false(), nullable=False)
        )
    op.execute(
        "UPDATE field_heads SET wins = EXISTS "
        f"(SELECT 1 FROM field_registers r WHERE {_SAME_OP})"
    )
    with op.batch_alter_table("field_registers", schema=None) as batch_op:
        batch_op.drop_index("ix_field_registers_row_id")
        batch_op.drop_index("ix_field_registers_candidate_id")
    op.drop_table("field_registers")


def downgrade() -> None:
    op.create_table(
        "field_registers",
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("field", sa.String(length=60), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("incarnation", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("hlc", sa.BigInteger(), nullable=False),
        sa.Column("candidate_id", sa.String(length=36), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("entity", "row_id", "field", name=op.f("pk_field_registers")),
    )
    with op.batch_alter_table("field_registers", schema=None) as batch_op:
        batch_op.create_index("ix_field_registers_candidate_id", ["candidate_id"], unique=False)
        batch_op.create_index("ix_field_registers_row_id", ["row_id"], unique=False)
    op.execute(
        "INSERT INTO field_registers (entity, row_id, field, device_id, incarnation, seq, hlc,"
        " candidate_id, value) SELECT entity, row_id, field, device_id, incarnation, seq, hlc,"
        " candidate_id, value FROM field_heads WHERE wins"
    )
    with op.batch_alter_table("field_heads", schema=None) as batch_op:
        batch_op.drop_column("wins")
