"""Each case's encrypted pseudonym vault; each version's review findings.

A database made by `create_all` after these columns were added already has them, so each is
added only where it is missing.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    have = sa.inspect(op.get_bind())
    if "vault" not in {c["name"] for c in have.get_columns("cases")}:
        op.add_column("cases", sa.Column("vault", sa.LargeBinary))
    if "findings" not in {c["name"] for c in have.get_columns("draft_versions")}:
        # Old versions were never reviewed: an empty list, not NULL, so readers need no special case.
        op.add_column("draft_versions", sa.Column("findings", sa.JSON, nullable=False, server_default="[]"))
