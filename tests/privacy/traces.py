"""Search a store, a backup or a bundle for a person's name or e-mail, byte by byte."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import inspect, text

from desktop.storage.store import Store
from desktop.sync import bundle_format as fmt


def markers(*values: str) -> list[bytes]:
    found: list[bytes] = []
    for value in values:
        found += [value.encode("utf-8"), value.lower().encode("utf-8")]
    return found


def tables_containing(store: Store, needles: list[str]) -> list[str]:
    """Tables with any of `needles` in any column (as text), through SQL: works on PostgreSQL."""
    hits: list[str] = []
    with store.read() as session:
        bind = session.get_bind()
        for table in inspect(bind).get_table_names():
            columns = [c["name"] for c in inspect(bind).get_columns(table)]
            for row in session.execute(text(f'SELECT * FROM "{table}"')):
                blob = " ".join(str(v) for v in row).lower()
                if any(n.lower() in blob for n in needles):
                    hits.append(table)
                    break
            del columns
    return hits


def file_contains(path: Path, needles: list[bytes]) -> bool:
    data = path.read_bytes()
    return any(n in data for n in needles)


def backup_of(store: Store, target: Path) -> Path:
    """A new backup the way the laptop makes them: `VACUUM INTO` on the open (encrypted) store,
    which writes a copy encrypted with the same key."""
    raw = store.engine.raw_connection()  # autocommit: VACUUM runs outside a transaction
    try:
        raw.cursor().execute("VACUUM INTO ?", (str(target),))
    finally:
        raw.close()
    return target


def open_backup(target: Path, key: bytearray) -> Store:
    """The backup opened with the store's key, to search what it really holds."""
    from desktop.storage.cipher import laptop_engine

    return Store(laptop_engine(target, key))


def bundle_plaintext(data: bytes, enc_private: object) -> bytes:
    """Every op of a bundle, decrypted with central's key, as bytes."""
    ops = fmt.open_payload(fmt.parse(data), enc_private)  # type: ignore[arg-type]
    return "\n".join(op.body() for op in ops).encode("utf-8")
