"""throttle: failed sign-ins and sent forms counted in the database, shared by every server process

Revision ID: 0008_throttle
Revises: 0007
"""
from alembic import op
import sqlalchemy as sa

revision = '0008_throttle'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'throttle',
        sa.Column('key', sa.String(length=64), nullable=False),
        sa.Column('count', sa.Integer(), nullable=False),
        sa.Column('last_at', sa.Float(), nullable=False),
        sa.PrimaryKeyConstraint('key', name=op.f('pk_throttle')),
    )
    op.create_index(op.f('ix_throttle_last_at'), 'throttle', ['last_at'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_throttle_last_at'), table_name='throttle')
    op.drop_table('throttle')
