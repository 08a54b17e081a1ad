"""partners: one-time password links, access requests for new organisations, reopening date

Revision ID: 0003
Revises: 0001
"""
from alembic import op
import sqlalchemy as sa

import sociale_kaart.db  # noqa: F401 - custom column types

revision = '0003'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('service') as batch:
        batch.add_column(sa.Column('reopens_on', sa.String(length=10), nullable=True))
    op.create_table('password_token',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('account_id', sa.String(length=36), nullable=False),
    sa.Column('token_hash', sa.String(length=64), nullable=False),
    sa.Column('expires_at', sociale_kaart.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('used_at', sociale_kaart.db.UTCDateTime(timezone=True), nullable=True),
    sa.Column('created_at', sociale_kaart.db.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['account_id'], ['partner_account.id'], name=op.f('fk_password_token_account_id_partner_account'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_password_token')),
    sa.UniqueConstraint('token_hash', name=op.f('uq_password_token_token_hash'))
    )
    with op.batch_alter_table('password_token') as batch:
        batch.create_index(batch.f('ix_password_token_account_id'), ['account_id'], unique=False)
    op.create_table('access_request',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('organization_name', sa.String(length=300), nullable=False),
    sa.Column('email', sa.String(length=320), nullable=False),
    sa.Column('contact_name', sa.String(length=200), nullable=False),
    sa.Column('phone', sa.String(length=50), nullable=True),
    sa.Column('website', sa.String(length=2000), nullable=True),
    sa.Column('kvk', sa.String(length=20), nullable=True),
    sa.Column('message', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('created_at', sociale_kaart.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('decided_at', sociale_kaart.db.UTCDateTime(timezone=True), nullable=True),
    sa.Column('decided_by', sa.String(length=200), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('organization_id', sa.String(length=36), nullable=True),
    sa.ForeignKeyConstraint(['organization_id'], ['organization.id'], name=op.f('fk_access_request_organization_id_organization')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_access_request'))
    )
    with op.batch_alter_table('access_request') as batch:
        batch.create_index(batch.f('ix_access_request_email'), ['email'], unique=False)
        batch.create_index(batch.f('ix_access_request_status'), ['status'], unique=False)


def downgrade() -> None:
    op.drop_table('access_request')
    op.drop_table('password_token')
    with op.batch_alter_table('service') as batch:
        batch.drop_column('reopens_on')
