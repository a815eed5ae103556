"""Full-text search index over candidates (SQLite FTS5).

Accent-insensitive because the indexed text is already folded by desktop.domain.names.fold (which
also transliterates Arabic, Vietnamese and Cyrillic names), and the tokenizer removes any
remaining diacritics. Prefix indexes keep search-as-you-type fast at 100 000 candidates.
PostgreSQL (the central store) searches `candidates.search_text` instead.

Revision ID: 0002
Revises: 0001
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0002"
down_revision: str | Sequence[str] | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute(
        "CREATE VIRTUAL TABLE candidate_fts USING fts5("
        "candidate_id UNINDEXED, body, "
        "tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3')"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE candidate_fts")
