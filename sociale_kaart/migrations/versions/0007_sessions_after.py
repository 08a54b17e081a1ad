"""partner_account.sessions_after: sign-out and a password change end every session of the account

Revision ID: 0007
Revises: 0006
"""
from alembic import op
import sqlalchemy as sa

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('partner_account') as batch:
        batch.add_column(sa.Column('sessions_after', sa.BigInteger(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('partner_account') as batch:
        batch.drop_column('sessions_after')
