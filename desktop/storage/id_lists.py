"""`column IN (ids)` for many ids: one `= ANY(array)` on PostgreSQL, lists of 400 on SQLite.

The central import looks rows up by thousands of ids at once. An expanded IN list is a new
statement text for every length (compiled and parsed again each time) and SQLite caps the number
of parameters; PostgreSQL takes the whole list as one array parameter of one cached statement.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from sqlalchemy import ColumnElement, any_, bindparam
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import QueryableAttribute, Session

SQLITE_LIST = 400  # ids per IN list (well under SQLite's parameter limit)


def id_clauses(
    session: Session,
    column: ColumnElement[Any] | QueryableAttribute[Any],
    ids: Iterable[str],
) -> Iterator[ColumnElement[bool]]:
    """Conditions that together select the rows whose `column` is one of `ids` (none if empty)."""
    items = sorted(set(ids))
    if not items:
        return
    if session.get_bind().dialect.name == "postgresql":
        yield column == any_(bindparam(None, items, type_=ARRAY(column.type)))
        return
    for start in range(0, len(items), SQLITE_LIST):
        yield column.in_(items[start : start + SQLITE_LIST])
