"""editors: moderation, pending changes, not-a-duplicate pairs, reminders sent, searches without
results, import runs; a note and who handled it on feedback

Revision ID: 0004
Revises: 0001
"""
from alembic import op
import sqlalchemy as sa

import sociale_kaart.db  # noqa: F401 - custom column types

revision = '0004'
down_revision = '0001'
branch_labels = None
depends_on = None

UTC = sociale_kaart.db.UTCDateTime(timezone=True)


def upgrade() -> None:
    op.create_table('moderated_organization',
    sa.Column('organization_id', sa.String(length=36), nullable=False),
    sa.Column('since', UTC, nullable=False),
    sa.Column('by', sa.String(length=200), nullable=False),
    sa.ForeignKeyConstraint(['organization_id'], ['organization.id'], name=op.f('fk_moderated_organization_organization_id_organization'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('organization_id', name=op.f('pk_moderated_organization'))
    )
    op.create_table('pending_change',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('resource_type', sa.String(length=50), nullable=False),
    sa.Column('resource_id', sa.String(length=36), nullable=False),
    sa.Column('organization_id', sa.String(length=36), nullable=False),
    sa.Column('action', sa.String(length=20), nullable=False),
    sa.Column('payload', sa.Text(), nullable=False),
    sa.Column('fields', sa.Text(), nullable=False),
    sa.Column('base_modified', UTC, nullable=True),
    sa.Column('author', sa.String(length=200), nullable=False),
    sa.Column('created', UTC, nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('decided_by', sa.String(length=200), nullable=True),
    sa.Column('decided_at', UTC, nullable=True),
    sa.Column('message', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['organization_id'], ['organization.id'], name=op.f('fk_pending_change_organization_id_organization'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_pending_change'))
    )
    with op.batch_alter_table('pending_change') as batch:
        batch.create_index(batch.f('ix_pending_change_resource_id'), ['resource_id'], unique=False)
        batch.create_index(batch.f('ix_pending_change_organization_id'), ['organization_id'], unique=False)
        batch.create_index(batch.f('ix_pending_change_created'), ['created'], unique=False)
        batch.create_index(batch.f('ix_pending_change_status'), ['status'], unique=False)
    op.create_table('not_duplicate',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('first_id', sa.String(length=36), nullable=False),
    sa.Column('second_id', sa.String(length=36), nullable=False),
    sa.Column('by', sa.String(length=200), nullable=False),
    sa.Column('created', UTC, nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_not_duplicate')),
    sa.UniqueConstraint('first_id', 'second_id', name='uq_not_duplicate_pair')
    )
    op.create_table('reminder_sent',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('subject_id', sa.String(length=36), nullable=False),
    sa.Column('recipient', sa.String(length=320), nullable=False),
    sa.Column('sent_at', UTC, nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_reminder_sent'))
    )
    with op.batch_alter_table('reminder_sent') as batch:
        batch.create_index(batch.f('ix_reminder_sent_subject_id'), ['subject_id'], unique=False)
        batch.create_index(batch.f('ix_reminder_sent_sent_at'), ['sent_at'], unique=False)
    op.create_table('search_miss',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('week', sa.String(length=8), nullable=False),
    sa.Column('query', sa.String(length=200), nullable=False),
    sa.Column('count', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_search_miss')),
    sa.UniqueConstraint('week', 'query', name='uq_search_miss_week_query')
    )
    with op.batch_alter_table('search_miss') as batch:
        batch.create_index(batch.f('ix_search_miss_week'), ['week'], unique=False)
    op.create_table('import_run',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('source', sa.String(length=2000), nullable=False),
    sa.Column('started', UTC, nullable=False),
    sa.Column('created', sa.Integer(), nullable=False),
    sa.Column('updated', sa.Integer(), nullable=False),
    sa.Column('unchanged', sa.Integer(), nullable=False),
    sa.Column('rejected', sa.Integer(), nullable=False),
    sa.Column('not_geocoded', sa.Integer(), nullable=False),
    sa.Column('unusable', sa.Text(), nullable=True),
    sa.Column('report', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_import_run'))
    )
    with op.batch_alter_table('import_run') as batch:
        batch.create_index(batch.f('ix_import_run_started'), ['started'], unique=False)
    with op.batch_alter_table('feedback') as batch:
        batch.add_column(sa.Column('note', sa.Text(), nullable=True))
        batch.add_column(sa.Column('handled_at', UTC, nullable=True))
        batch.add_column(sa.Column('handled_by', sa.String(length=200), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('feedback') as batch:
        batch.drop_column('handled_by')
        batch.drop_column('handled_at')
        batch.drop_column('note')
    for table in ('import_run', 'search_miss', 'reminder_sent', 'not_duplicate', 'pending_change', 'moderated_organization'):
        op.drop_table(table)
