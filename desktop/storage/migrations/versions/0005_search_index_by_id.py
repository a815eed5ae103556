"""Search index rows found by candidate id through the index, not by a scan.

With `candidate_id UNINDEXED`, rewriting one candidate's row scanned the whole index: at 100 000
candidates that cost more than the rest of a save. The id is now an indexed column (deleted with
`candidate_id : "…"`), and searches are limited to the `body` column.

Revision ID: 0005
Revises: 0004
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0005"
down_revision: str | Sequence[str] | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_FILL = (
    "INSERT INTO candidate_fts (candidate_id, body) "
    "SELECT id, coalesce(search_text, '') FROM candidates WHERE deleted_at IS NULL"
)


def _create(id_column: str) -> None:
    op.execute("DROP TABLE IF EXISTS candidate_fts")
    op.execute(
        f"CREATE VIRTUAL TABLE candidate_fts USING fts5({id_column}, body, "
        "tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3')"
    )
    op.execute(_FILL)


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        _create("candidate_id")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        _create("candidate_id UNINDEXED")
