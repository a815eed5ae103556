"""Privacy operations: notice versions, access requests, incidents, erasures.

Revision ID: 0007
Revises: 0006
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | Sequence[str] | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _stamps() -> list[sa.Column]:  # type: ignore[type-arg]
    return [
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "notice_versions",
        sa.Column("version", sa.String(length=40), nullable=False),
        sa.Column("text_fr", sa.JSON(), nullable=False),
        sa.Column("text_en", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=36), nullable=True),
        sa.PrimaryKeyConstraint("version", name=op.f("pk_notice_versions")),
    )
    op.create_table(
        "access_requests",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("candidate_id", sa.String(length=36), nullable=True),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("requester", sa.String(length=200), nullable=False),
        sa.Column("identity_verified", sa.Boolean(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_by", sa.String(length=36), nullable=True),
        *_stamps(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_access_requests")),
    )
    with op.batch_alter_table("access_requests", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_access_requests_candidate_id"), ["candidate_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_access_requests_received_on"), ["received_on"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_access_requests_status"), ["status"], unique=False)
    op.create_table(
        "privacy_incidents",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("occurred_from", sa.Date(), nullable=True),
        sa.Column("occurred_to", sa.Date(), nullable=True),
        sa.Column("known_on", sa.Date(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("information_concerned", sa.Text(), nullable=False),
        sa.Column("persons_count", sa.Integer(), nullable=True),
        sa.Column("risk_level", sa.String(length=20), nullable=False),
        sa.Column("risk_assessment", sa.Text(), nullable=False),
        sa.Column("cai_notified_on", sa.Date(), nullable=True),
        sa.Column("persons_notified_on", sa.Date(), nullable=True),
        sa.Column("measures", sa.Text(), nullable=False),
        sa.Column("affected_ids", sa.JSON(), nullable=False),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("created_by", sa.String(length=36), nullable=True),
        *_stamps(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_privacy_incidents")),
    )
    with op.batch_alter_table("privacy_incidents", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_privacy_incidents_known_on"), ["known_on"], unique=False
        )
    op.create_table(
        "erasures",
        sa.Column("id_hash", sa.String(length=64), nullable=False),
        sa.Column("erased_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("reason", sa.String(length=20), nullable=False),
        sa.PrimaryKeyConstraint("id_hash", name=op.f("pk_erasures")),
    )


def downgrade() -> None:
    op.drop_table("erasures")
    with op.batch_alter_table("privacy_incidents", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_privacy_incidents_known_on"))
    op.drop_table("privacy_incidents")
    with op.batch_alter_table("access_requests", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_access_requests_status"))
        batch_op.drop_index(batch_op.f("ix_access_requests_received_on"))
        batch_op.drop_index(batch_op.f("ix_access_requests_candidate_id"))
    op.drop_table("access_requests")
    op.drop_table("notice_versions")
