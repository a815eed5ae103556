"""Coordinator workspace: companies, openings, introductions, placements, subsidies, follow-ups.

The tables of `desktop.storage.models.workspace` (see docs/COORDINATORS.md). Written in batch mode
so that SQLite and PostgreSQL build the same schema.

Revision ID: 0006
Revises: 0005
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | Sequence[str] | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('employers',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('legal_name', sa.String(length=300), nullable=False),
    sa.Column('name_key', sa.String(length=300), nullable=False),
    sa.Column('neq', sa.String(length=10), nullable=True),
    sa.Column('sector', sa.String(length=10), nullable=True),
    sa.Column('size', sa.String(length=10), nullable=True),
    sa.Column('address', sa.String(length=300), nullable=True),
    sa.Column('city', sa.String(length=120), nullable=True),
    sa.Column('postal_code', sa.String(length=12), nullable=True),
    sa.Column('website', sa.String(length=300), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('diversity_training_on', sa.Date(), nullable=True),
    sa.Column('hr_support', sa.String(length=20), nullable=True),
    sa.Column('supported_since', sa.Date(), nullable=True),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_employers')),
    sa.UniqueConstraint('neq', name=op.f('uq_employers_neq'))
    )
    with op.batch_alter_table('employers', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_employers_deleted_at'), ['deleted_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_employers_name_key'), ['name_key'], unique=False)
        batch_op.create_index(batch_op.f('ix_employers_sector'), ['sector'], unique=False)
        batch_op.create_index(batch_op.f('ix_employers_supported_since'), ['supported_since'], unique=False)

    op.create_table('employer_contacts',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('employer_id', sa.String(length=36), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=True),
    sa.Column('email', sa.String(length=254), nullable=True),
    sa.Column('phone', sa.String(length=40), nullable=True),
    sa.Column('is_primary', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['employer_id'], ['employers.id'], name=op.f('fk_employer_contacts_employer_id_employers'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_employer_contacts'))
    )
    with op.batch_alter_table('employer_contacts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_employer_contacts_employer_id'), ['employer_id'], unique=False)

    op.create_table('job_openings',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('employer_id', sa.String(length=36), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('noc_code', sa.String(length=5), nullable=True),
    sa.Column('education_level', sa.String(length=20), nullable=True),
    sa.Column('requirements', sa.Text(), nullable=True),
    sa.Column('french_level_required', sa.String(length=20), nullable=False),
    sa.Column('english_level_required', sa.String(length=20), nullable=False),
    sa.Column('non_french_justification', sa.Text(), nullable=True),
    sa.Column('driving_licence_required', sa.Boolean(), nullable=False),
    sa.Column('hours_per_week', sa.Numeric(precision=5, scale=2), nullable=True),
    sa.Column('hourly_wage_cents', sa.Integer(), nullable=True),
    sa.Column('priime_eligible', sa.Boolean(), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('opened_on', sa.Date(), nullable=True),
    sa.Column('closes_on', sa.Date(), nullable=True),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['employer_id'], ['employers.id'], name=op.f('fk_job_openings_employer_id_employers')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_job_openings'))
    )
    with op.batch_alter_table('job_openings', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_job_openings_deleted_at'), ['deleted_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_job_openings_employer_id'), ['employer_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_job_openings_noc_code'), ['noc_code'], unique=False)
        batch_op.create_index(batch_op.f('ix_job_openings_status'), ['status'], unique=False)

    op.create_table('introductions',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('candidate_id', sa.String(length=36), nullable=False),
    sa.Column('employer_id', sa.String(length=36), nullable=False),
    sa.Column('opening_id', sa.String(length=36), nullable=True),
    sa.Column('introduced_on', sa.Date(), nullable=False),
    sa.Column('dossier_variant', sa.String(length=20), nullable=False),
    sa.Column('outcome', sa.String(length=20), nullable=False),
    sa.Column('outcome_on', sa.Date(), nullable=True),
    sa.Column('decline_reason', sa.String(length=30), nullable=True),
    sa.Column('decline_details', sa.Text(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('staff_id', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['candidate_id'], ['candidates.id'], name=op.f('fk_introductions_candidate_id_candidates')),
    sa.ForeignKeyConstraint(['employer_id'], ['employers.id'], name=op.f('fk_introductions_employer_id_employers')),
    sa.ForeignKeyConstraint(['opening_id'], ['job_openings.id'], name=op.f('fk_introductions_opening_id_job_openings')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_introductions'))
    )
    with op.batch_alter_table('introductions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_introductions_candidate_id'), ['candidate_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_introductions_deleted_at'), ['deleted_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_introductions_employer_id'), ['employer_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_introductions_introduced_on'), ['introduced_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_introductions_opening_id'), ['opening_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_introductions_outcome'), ['outcome'], unique=False)

    op.create_table('placements',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('candidate_id', sa.String(length=36), nullable=False),
    sa.Column('employer_id', sa.String(length=36), nullable=False),
    sa.Column('opening_id', sa.String(length=36), nullable=True),
    sa.Column('introduction_id', sa.String(length=36), nullable=True),
    sa.Column('job_title', sa.String(length=300), nullable=False),
    sa.Column('noc_code', sa.String(length=5), nullable=True),
    sa.Column('start_date', sa.Date(), nullable=False),
    sa.Column('end_date', sa.Date(), nullable=True),
    sa.Column('hours_per_week', sa.Numeric(precision=5, scale=2), nullable=False),
    sa.Column('hourly_wage_cents', sa.Integer(), nullable=False),
    sa.Column('in_field', sa.Boolean(), nullable=False),
    sa.Column('francization_at_work', sa.Boolean(), nullable=False),
    sa.Column('francization_notes', sa.Text(), nullable=True),
    sa.Column('staff_id', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['candidate_id'], ['candidates.id'], name=op.f('fk_placements_candidate_id_candidates')),
    sa.ForeignKeyConstraint(['employer_id'], ['employers.id'], name=op.f('fk_placements_employer_id_employers')),
    sa.ForeignKeyConstraint(['introduction_id'], ['introductions.id'], name=op.f('fk_placements_introduction_id_introductions')),
    sa.ForeignKeyConstraint(['opening_id'], ['job_openings.id'], name=op.f('fk_placements_opening_id_job_openings')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_placements'))
    )
    with op.batch_alter_table('placements', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_placements_candidate_id'), ['candidate_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_placements_deleted_at'), ['deleted_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_placements_employer_id'), ['employer_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_placements_introduction_id'), ['introduction_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_placements_noc_code'), ['noc_code'], unique=False)
        batch_op.create_index(batch_op.f('ix_placements_opening_id'), ['opening_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_placements_start_date'), ['start_date'], unique=False)

    op.create_table('followups',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('placement_id', sa.String(length=36), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=False),
    sa.Column('done_on', sa.Date(), nullable=True),
    sa.Column('still_employed', sa.Boolean(), nullable=True),
    sa.Column('francization_ok', sa.Boolean(), nullable=True),
    sa.Column('outcome_notes', sa.Text(), nullable=True),
    sa.Column('staff_id', sa.String(length=36), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['placement_id'], ['placements.id'], name=op.f('fk_followups_placement_id_placements'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_followups'))
    )
    with op.batch_alter_table('followups', schema=None) as batch_op:
        batch_op.create_index('ix_followups_open_due', ['done_on', 'due_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_followups_placement_id'), ['placement_id'], unique=False)

    op.create_table('subsidy_files',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('placement_id', sa.String(length=36), nullable=False),
    sa.Column('programme', sa.String(length=10), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('letter_reference', sa.String(length=100), nullable=True),
    sa.Column('letter_date', sa.Date(), nullable=True),
    sa.Column('sq_office', sa.String(length=200), nullable=True),
    sa.Column('planned_weeks', sa.Integer(), nullable=False),
    sa.Column('max_hourly_subsidy_cents', sa.Integer(), nullable=False),
    sa.Column('support_measures', sa.JSON(), nullable=False),
    sa.Column('mentor_name', sa.String(length=200), nullable=True),
    sa.Column('submitted_on', sa.Date(), nullable=True),
    sa.Column('decided_on', sa.Date(), nullable=True),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['placement_id'], ['placements.id'], name=op.f('fk_subsidy_files_placement_id_placements'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_subsidy_files'))
    )
    with op.batch_alter_table('subsidy_files', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_subsidy_files_deleted_at'), ['deleted_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_subsidy_files_placement_id'), ['placement_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_subsidy_files_status'), ['status'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('subsidy_files', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_subsidy_files_status'))
        batch_op.drop_index(batch_op.f('ix_subsidy_files_placement_id'))
        batch_op.drop_index(batch_op.f('ix_subsidy_files_deleted_at'))

    op.drop_table('subsidy_files')
    with op.batch_alter_table('followups', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_followups_placement_id'))
        batch_op.drop_index('ix_followups_open_due')

    op.drop_table('followups')
    with op.batch_alter_table('placements', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_placements_start_date'))
        batch_op.drop_index(batch_op.f('ix_placements_opening_id'))
        batch_op.drop_index(batch_op.f('ix_placements_noc_code'))
        batch_op.drop_index(batch_op.f('ix_placements_introduction_id'))
        batch_op.drop_index(batch_op.f('ix_placements_employer_id'))
        batch_op.drop_index(batch_op.f('ix_placements_deleted_at'))
        batch_op.drop_index(batch_op.f('ix_placements_candidate_id'))

    op.drop_table('placements')
    with op.batch_alter_table('introductions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_introductions_outcome'))
        batch_op.drop_index(batch_op.f('ix_introductions_opening_id'))
        batch_op.drop_index(batch_op.f('ix_introductions_introduced_on'))
        batch_op.drop_index(batch_op.f('ix_introductions_employer_id'))
        batch_op.drop_index(batch_op.f('ix_introductions_deleted_at'))
        batch_op.drop_index(batch_op.f('ix_introductions_candidate_id'))

    op.drop_table('introductions')
    with op.batch_alter_table('job_openings', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_job_openings_status'))
        batch_op.drop_index(batch_op.f('ix_job_openings_noc_code'))
        batch_op.drop_index(batch_op.f('ix_job_openings_employer_id'))
        batch_op.drop_index(batch_op.f('ix_job_openings_deleted_at'))

    op.drop_table('job_openings')
    with op.batch_alter_table('employer_contacts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_employer_contacts_employer_id'))

    op.drop_table('employer_contacts')
    with op.batch_alter_table('employers', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_employers_supported_since'))
        batch_op.drop_index(batch_op.f('ix_employers_sector'))
        batch_op.drop_index(batch_op.f('ix_employers_name_key'))
        batch_op.drop_index(batch_op.f('ix_employers_deleted_at'))

    op.drop_table('employers')
