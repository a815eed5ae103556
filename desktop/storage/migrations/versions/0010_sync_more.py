"""Sync: revocation, keyed tombstones, audit events received from laptops, audit acknowledgement.

- `central_identity.tombstone_key`: HMAC key of tombstones (an erased person's id is not kept);
- `sync_devices.last_legit_incarnation/last_legit_seq`: what a revoked laptop may still deliver;
- `central_audit_events`: laptops' audit events (ids only), to verify each device's chain;
- `sync_state.audit_acked_up_to`, `sync_state.revoked_at`: the laptop's view of the same.

Revision ID: 0010
Revises: 0009
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = "0010"
down_revision: str | Sequence[str] | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


# Lookups by row id whatever the entity (heads, registers, tombstones, conflicts of a chunk's
# rows): the primary keys start with the entity, so without these every chunk scanned the tables.
_ROW_INDEXES = (
    ("field_heads", "ix_field_heads_row_id"),
    ("field_registers", "ix_field_registers_row_id"),
    ("tombstones", "ix_tombstones_row_id"),
    ("sync_conflicts", "ix_sync_conflicts_row_id"),
)


def upgrade() -> None:
    for table, name in _ROW_INDEXES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.create_index(name, ["row_id"], unique=False)
    op.create_table(
        "central_audit_events",
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("incarnation", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("seq", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("event_id", sa.String(length=36), nullable=False),
        sa.Column("at", sa.String(length=40), nullable=False),
        sa.Column("event_device_id", sa.String(length=36), nullable=True),
        sa.Column("actor_id", sa.String(length=36), nullable=True),
        sa.Column("action", sa.String(length=40), nullable=False),
        sa.Column("entity_type", sa.String(length=40), nullable=True),
        sa.Column("entity_ids", sa.JSON(), nullable=False),
        sa.Column("details", sa.JSON(), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.Column("bundle_id", sa.String(length=36), nullable=True),
        sa.Column("redacted", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint(
            "device_id", "incarnation", "seq", name=op.f("pk_central_audit_events")
        ),
    )
    with op.batch_alter_table("central_identity", schema=None) as batch_op:
        batch_op.add_column(sa.Column("tombstone_key", sa.LargeBinary(), nullable=True))
    with op.batch_alter_table("sync_devices", schema=None) as batch_op:
        batch_op.add_column(sa.Column("last_legit_incarnation", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("last_legit_seq", sa.Integer(), nullable=True))
    with op.batch_alter_table("sync_state", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("audit_acked_up_to", sa.Integer(), nullable=False, server_default="0")
        )
        batch_op.add_column(sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    for table, name in _ROW_INDEXES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_index(name)
    with op.batch_alter_table("sync_state", schema=None) as batch_op:
        batch_op.drop_column("revoked_at")
        batch_op.drop_column("audit_acked_up_to")
    with op.batch_alter_table("sync_devices", schema=None) as batch_op:
        batch_op.drop_column("last_legit_seq")
        batch_op.drop_column("last_legit_incarnation")
    with op.batch_alter_table("central_identity", schema=None) as batch_op:
        batch_op.drop_column("tombstone_key")
    op.drop_table("central_audit_events")
