"""referrals: a warm hand-over from a plan item to an organisation, with its status history

Revision ID: 0005
Revises: 0002
"""
from alembic import op
import sqlalchemy as sa

import sociale_kaart.db  # noqa: F401 - custom column types

revision = '0005'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('referral',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('case_id', sa.String(length=36), nullable=False),
    sa.Column('plan_item_id', sa.String(length=36), nullable=False),
    sa.Column('team', sa.String(length=100), nullable=False),
    sa.Column('organization_id', sa.String(length=36), nullable=False),
    sa.Column('service_id', sa.String(length=36), nullable=False),
    sa.Column('service_name', sa.String(length=500), nullable=False),
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('first_name', sa.String(length=60), nullable=False),
    sa.Column('contact', sa.String(length=10), nullable=False),
    sa.Column('message', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('consent_by', sa.String(length=400), nullable=False),
    sa.Column('consent_at', sociale_kaart.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=400), nullable=False),
    sa.Column('created_at', sociale_kaart.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sociale_kaart.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('reminded_at', sociale_kaart.db.UTCDateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['support_case.id'], name=op.f('fk_referral_case_id_support_case'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['plan_item_id'], ['plan_item.id'], name=op.f('fk_referral_plan_item_id_plan_item'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_referral'))
    )
    op.create_index(op.f('ix_referral_case_id'), 'referral', ['case_id'], unique=False)
    op.create_index(op.f('ix_referral_plan_item_id'), 'referral', ['plan_item_id'], unique=False)
    op.create_index(op.f('ix_referral_team'), 'referral', ['team'], unique=False)
    op.create_index(op.f('ix_referral_organization_id'), 'referral', ['organization_id'], unique=False)
    op.create_index(op.f('ix_referral_status'), 'referral', ['status'], unique=False)
    op.create_index(op.f('ix_referral_created_at'), 'referral', ['created_at'], unique=False)
    op.create_table('referral_event',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('referral_id', sa.String(length=36), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('actor', sa.String(length=400), nullable=False),
    sa.Column('party', sa.String(length=20), nullable=False),
    sa.Column('at', sociale_kaart.db.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['referral_id'], ['referral.id'], name=op.f('fk_referral_event_referral_id_referral'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_referral_event'))
    )
    op.create_index(op.f('ix_referral_event_referral_id'), 'referral_event', ['referral_id'], unique=False)


def downgrade() -> None:
    op.drop_table('referral_event')
    op.drop_table('referral')
