"""one head again: the sign-in throttle (0008_throttle) and the index change log (0008_index_log) joined

Revision ID: 0009
Revises: 0008_throttle, 0008_index_log
"""

revision = '0009'
down_revision = ('0008_throttle', '0008_index_log')
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
