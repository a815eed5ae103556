"""Insert many rows at once: PostgreSQL's COPY, or one `executemany` elsewhere.

The central import writes tens of thousands of rows per bundle (op log, field heads, rebuilt
candidates). On PostgreSQL, `COPY … FROM STDIN` through psycopg streams them in
one statement inside the current transaction; on SQLite a Core `executemany` is already fast.
Each value goes through its column type's bind processing (UTC instants, JSON), and columns a
row leaves out get their scalar default, exactly as an ORM insert would store them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from operator import itemgetter
from typing import TYPE_CHECKING, Any

from sqlalchemy import Boolean, Column, Table, delete, insert
from sqlalchemy.engine import Connection, Dialect
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desktop.storage.id_lists import id_clauses

if TYPE_CHECKING:
    from psycopg import Copy

_COPY_FROM = 32  # fewer rows than this: a plain executemany costs less than setting up COPY


class DuplicateKey(Exception):
    """A bulk insert met a row whose key is already stored (see `insert_rows_or_replace`)."""


def insert_rows_or_replace(
    session: Session, model: Any, rows: Sequence[dict[str, Any]], key: str = "id"
) -> None:
    """Insert these rows; if a key is already stored, those stored rows are replaced.

    The common case is one bulk insert inside a savepoint; only when it meets a stored key are
    the rows with these keys deleted first (one statement) and the insert done again."""
    if not rows:
        return
    try:
        with session.begin_nested():
            insert_rows(session, model, rows)
    except DuplicateKey:
        column = getattr(model, key)
        for where in id_clauses(session, column, (str(row[key]) for row in rows)):
            session.execute(delete(model).where(where))
        insert_rows(session, model, rows)


def insert_rows(session: Session, model: Any, rows: Sequence[dict[str, Any]]) -> None:
    """Insert these rows (dicts of column values, all with the same keys) into `model`'s table."""
    if not rows:
        return
    table: Table = getattr(model, "__table__", model)
    conn = session.connection()
    if conn.dialect.name != "postgresql" or len(rows) < _COPY_FROM:
        try:
            conn.execute(insert(table), list(rows))
        except IntegrityError as exc:
            if not _is_duplicate(exc.orig):
                raise
            raise DuplicateKey(table.name) from None
        return
    _copy(conn, table, rows)


def insert_tuples(
    session: Session, model: Any, columns: Sequence[str], rows: Sequence[tuple[Any, ...]]
) -> None:
    """Insert rows given as tuples in `columns` order, with values the driver takes as they are
    (text, numbers, booleans, None): no per-value conversion, no dict per row."""
    if not rows:
        return
    table: Table = getattr(model, "__table__", model)
    conn = session.connection()
    if conn.dialect.name != "postgresql" or len(rows) < _COPY_FROM:
        conn.execute(insert(table), [dict(zip(columns, row, strict=True)) for row in rows])
        return
    with _copy_into(conn, table, columns) as copy:
        for row in rows:
            copy.write_row(row)


@contextmanager
def _copy_into(conn: Connection, table: Table, columns: Sequence[str]) -> Iterator[Copy]:
    quote = conn.dialect.identifier_preparer.quote
    quoted = ", ".join(quote(name) for name in columns)
    target = conn.dialect.identifier_preparer.format_table(table)
    raw = conn.connection.driver_connection
    assert raw is not None
    try:
        with raw.cursor() as cursor, cursor.copy(f"COPY {target} ({quoted}) FROM STDIN") as copy:
            yield copy
    except Exception as exc:
        if not _is_duplicate(exc):
            raise
        raise DuplicateKey(table.name) from None


def _is_duplicate(exc: BaseException | None) -> bool:
    """A unique or primary key violation (PostgreSQL's SQLSTATE 23505, SQLite's UNIQUE)."""
    state = getattr(exc, "sqlstate", None)
    return state == "23505" or (state is None and "UNIQUE constraint failed" in str(exc))


def _copy(conn: Connection, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """COPY the rows (which all have the keys of the first one) into `table`."""
    names = set(rows[0])
    columns = [c for c in table.columns if c.name in names or _scalar_default(c) is not None]
    converters = [_converter(c, conn.dialect) for c in columns]
    defaults = [_scalar_default(c) for c in columns]
    with _copy_into(conn, table, [c.name for c in columns]) as copy:
        if all(c.name in names for c in columns) and all(f is _same for f in converters):
            pick = itemgetter(*(c.name for c in columns))  # strings and numbers: as they are
            for row in rows:
                copy.write_row(pick(row) if len(columns) > 1 else (pick(row),))
            return
        triples = list(zip((c.name for c in columns), converters, defaults, strict=True))
        for row in rows:
            copy.write_row([convert(row.get(name, default)) for name, convert, default in triples])


def _scalar_default(column: Column[Any]) -> Any:
    default = column.default
    if default is not None and getattr(default, "is_scalar", False):
        return default.arg  # type: ignore[attr-defined]
    return None


def _converter(column: Column[Any], dialect: Dialect) -> Callable[[Any], Any]:
    if isinstance(column.type, Boolean):
        return _same  # psycopg writes Python booleans as PostgreSQL ones
    process = column.type.dialect_impl(dialect).bind_processor(dialect)
    if process is None:
        return _same
    return lambda value: None if value is None else process(value)


def _same(value: Any) -> Any:
    return value
