"""one head again: the cases (0002, 0005), partners (0003) and editors (0004) branches joined

Revision ID: 0006
Revises: 0003, 0004, 0005
"""

revision = '0006'
down_revision = ('0003', '0004', '0005')
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
