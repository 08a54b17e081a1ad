"""cases: households, intake per life domain, plan items, access log; teams for consultants

Revision ID: 0002
Revises: 0001
"""
from alembic import op
import sqlalchemy as sa

import sociale_kaart.db  # noqa: F401 - custom column types

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('api_key') as batch:
        batch.add_column(sa.Column('team', sa.String(length=100), nullable=True))
    with op.batch_alter_table('partner_account') as batch:
        batch.add_column(sa.Column('team', sa.String(length=100), nullable=True))
    op.create_table('support_case',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('team', sa.String(length=100), nullable=False),
    sa.Column('coordinator', sa.String(length=400), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('postcode', sa.String(length=7), nullable=True),
    sa.Column('members', sa.JSON(), nullable=False),
    sa.Column('network_available', sa.Boolean(), nullable=False),
    sa.Column('budget', sa.String(length=5), nullable=False),
    sa.Column('languages', sa.JSON(), nullable=False),
    sa.Column('days', sa.JSON(), nullable=False),
    sa.Column('max_distance_km', sa.Float(), nullable=False),
    sa.Column('wheelchair', sa.Boolean(), nullable=False),
    sa.Column('created_at', sociale_kaart.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sociale_kaart.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('closed_at', sociale_kaart.db.UTCDateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_support_case')),
    sa.UniqueConstraint('team', 'code', name=op.f('uq_support_case_team'))
    )
    op.create_index(op.f('ix_support_case_team'), 'support_case', ['team'], unique=False)
    op.create_index(op.f('ix_support_case_closed_at'), 'support_case', ['closed_at'], unique=False)
    op.create_table('case_domain',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('case_id', sa.String(length=36), nullable=False),
    sa.Column('life_domain', sa.String(length=40), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('zrm', sa.Integer(), nullable=True),
    sa.Column('question', sa.Text(), nullable=False),
    sa.Column('own_strength', sa.Text(), nullable=False),
    sa.Column('network', sa.Text(), nullable=False),
    sa.Column('updated_at', sociale_kaart.db.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['support_case.id'], name=op.f('fk_case_domain_case_id_support_case'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_case_domain')),
    sa.UniqueConstraint('case_id', 'life_domain', name=op.f('uq_case_domain_case_id'))
    )
    op.create_index(op.f('ix_case_domain_case_id'), 'case_domain', ['case_id'], unique=False)
    op.create_table('plan_item',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('case_id', sa.String(length=36), nullable=False),
    sa.Column('service_id', sa.String(length=36), nullable=False),
    sa.Column('service_name', sa.String(length=500), nullable=False),
    sa.Column('organization_id', sa.String(length=36), nullable=True),
    sa.Column('life_domain', sa.String(length=40), nullable=False),
    sa.Column('tier', sa.String(length=20), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('who', sa.Text(), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=True),
    sa.Column('review_date', sa.Date(), nullable=True),
    sa.Column('motivation', sa.Text(), nullable=False),
    sa.Column('author', sa.String(length=400), nullable=False),
    sa.Column('created_at', sociale_kaart.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('decided_by', sa.String(length=400), nullable=True),
    sa.Column('decided_at', sociale_kaart.db.UTCDateTime(timezone=True), nullable=True),
    sa.Column('decision_note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['support_case.id'], name=op.f('fk_plan_item_case_id_support_case'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_plan_item'))
    )
    op.create_index(op.f('ix_plan_item_case_id'), 'plan_item', ['case_id'], unique=False)
    op.create_index(op.f('ix_plan_item_service_id'), 'plan_item', ['service_id'], unique=False)
    op.create_index(op.f('ix_plan_item_organization_id'), 'plan_item', ['organization_id'], unique=False)
    op.create_index(op.f('ix_plan_item_status'), 'plan_item', ['status'], unique=False)
    op.create_index(op.f('ix_plan_item_review_date'), 'plan_item', ['review_date'], unique=False)
    op.create_table('case_log',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('case_id', sa.String(length=36), nullable=False),
    sa.Column('team', sa.String(length=100), nullable=False),
    sa.Column('actor', sa.String(length=400), nullable=False),
    sa.Column('action', sa.String(length=40), nullable=False),
    sa.Column('detail', sa.String(length=500), nullable=False),
    sa.Column('at', sociale_kaart.db.UTCDateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_case_log'))
    )
    op.create_index(op.f('ix_case_log_case_id'), 'case_log', ['case_id'], unique=False)
    op.create_index(op.f('ix_case_log_team'), 'case_log', ['team'], unique=False)
    op.create_index(op.f('ix_case_log_at'), 'case_log', ['at'], unique=False)


def downgrade() -> None:
    op.drop_table('case_log')
    op.drop_table('plan_item')
    op.drop_table('case_domain')
    op.drop_table('support_case')
    with op.batch_alter_table('partner_account') as batch:
        batch.drop_column('team')
    with op.batch_alter_table('api_key') as batch:
        batch.drop_column('team')
