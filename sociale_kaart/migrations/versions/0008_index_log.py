"""index_change: the log of committed changes the search index follows

Revision ID: 0008_index_log
Revises: 0007
"""
from alembic import op
import sqlalchemy as sa

import sociale_kaart.db

revision = '0008_index_log'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('index_change',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), autoincrement=True, nullable=False),
    sa.Column('entity', sa.String(length=40), nullable=False),
    sa.Column('entity_id', sa.String(length=36), nullable=False),
    sa.Column('changed_at', sociale_kaart.db.UTCDateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_index_change')),
    sqlite_autoincrement=True,
    )
    op.create_index(op.f('ix_index_change_changed_at'), 'index_change', ['changed_at'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_index_change_changed_at'), table_name='index_change')
    op.drop_table('index_change')
