"""Backups of a laptop store: `VACUUM INTO` a hidden temporary file, fsync, verify, then publish.

A backup is a consistent copy taken by SQLite itself (never a file copy of a live database). On an
encrypted store the copy is encrypted with the same key: `VACUUM INTO` and `ATTACH` both use the
main database's key when none is given, so the code below is the same before and after SQLCipher.
Each copy is verified through `ATTACH` on the source connection (integrity check, schema revision,
counts, and the audit trail and outbox at least as far as they were when the copy started) before
it gets its final name with `os.link`, which fails rather than replace an existing file: a backup is
never overwritten. A JSON sidecar beside each copy records what the verification found.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import sqlite3
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

PREFIX = "passerelle-"
SUFFIX = ".db"
SIDECAR = ".json"
PARTIAL = ".partial"

# Dbapi connection factory: opens a store file of this laptop (plain SQLite, or SQLCipher with the key).
Opener = Callable[[Path], Any]


class BackupError(Exception):
    """A backup could not be written or did not verify; `code` is translated for the user."""

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(code)
        self.code = code
        self.params = params


@dataclass(frozen=True)
class StoreFacts:
    """What a store holds, read in one go: used to verify a copy against its source."""

    revision: str | None
    candidates: int
    outbox_ops: int
    audit_events: int
    audit_seq: int
    device_id: str | None
    incarnation: int | None


@dataclass(frozen=True)
class BackupInfo:
    """One backup file and what its verification found (`verified` false when never verified)."""

    backup_id: str
    path: Path
    created_at: datetime
    kind: str
    size: int
    verified: bool
    integrity: str
    facts: StoreFacts | None
    fingerprint: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


def plain_opener(path: Path) -> Any:
    """Open a plain SQLite file (before encryption at rest, and in tests of plain stores)."""
    conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
    return conn


def _one(conn: Any, sql: str, params: tuple[Any, ...] = ()) -> Any:
    row = conn.execute(sql, params).fetchone()
    return None if row is None else row[0]


def _tables(conn: Any, schema: str) -> set[str]:
    rows = conn.execute(f"SELECT name FROM {schema}.sqlite_master WHERE type = 'table'").fetchall()
    return {str(r[0]) for r in rows}


def read_facts(conn: Any, schema: str = "main") -> StoreFacts:
    """Counts and identities of the store attached as `schema` on a dbapi connection."""
    tables = _tables(conn, schema)

    def count(table: str) -> int:
        return (
            int(_one(conn, f"SELECT count(*) FROM {schema}.{table}") or 0) if table in tables else 0
        )

    revision = (
        _one(conn, f"SELECT version_num FROM {schema}.alembic_version")
        if "alembic_version" in tables
        else None
    )
    device = (
        conn.execute(f"SELECT id, incarnation FROM {schema}.device LIMIT 1").fetchone()
        if "device" in tables
        else None
    )
    audit_seq = (
        int(_one(conn, f"SELECT max(seq) FROM {schema}.audit_events") or 0)
        if "audit_events" in tables
        else 0
    )
    return StoreFacts(
        revision=None if revision is None else str(revision),
        candidates=count("candidates"),
        outbox_ops=count("outbox_ops"),
        audit_events=count("audit_events"),
        audit_seq=audit_seq,
        device_id=None if device is None else str(device[0]),
        incarnation=None if device is None else int(device[1]),
    )


def fingerprint(conn: Any, schema: str = "main") -> str:
    """A cheap summary that changes whenever the store's data changes (decides "changed since")."""
    tables = _tables(conn, schema)
    parts: list[str] = [str(_one(conn, f"PRAGMA {schema}.schema_version"))]
    if "audit_events" in tables:
        # Signing in and locking are audited but change no data: they do not call for a copy.
        parts.append(
            repr(
                conn.execute(
                    f"SELECT max(seq), count(*) FROM {schema}.audit_events "
                    "WHERE action NOT LIKE 'auth.%'"
                ).fetchone()
            )
        )
    if "outbox_ops" in tables:
        parts.append(
            repr(conn.execute(f"SELECT count(*), max(rowid) FROM {schema}.outbox_ops").fetchone())
        )
    for table in ("candidates", "settings", "staff", "events", "eligibility_assessments"):
        if table in tables:
            parts.append(
                repr(conn.execute(f"SELECT count(*), max(rowid) FROM {schema}.{table}").fetchone())
            )
    if "candidates" in tables:
        parts.append(str(_one(conn, f"SELECT max(updated_at) FROM {schema}.candidates")))
    return "|".join(parts)


def integrity(conn: Any, schema: str = "main", *, quick: bool = False) -> str:
    """ "ok", or SQLite's first complaint (no data in it: page numbers and index names only)."""
    pragma = "quick_check" if quick else "integrity_check"
    try:
        rows = conn.execute(f"PRAGMA {schema}.{pragma}(20)").fetchall()
    except Exception as exc:  # a damaged file may fail the check itself
        return f"error: {type(exc).__name__}: {exc}"
    messages = [str(r[0]) for r in rows]
    return "ok" if messages == ["ok"] else "; ".join(messages[:5])


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_folder(folder: Path) -> None:
    if not hasattr(os, "O_DIRECTORY"):
        return
    fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _new_name(kind: str, now: datetime) -> str:
    return f"{PREFIX}{now.strftime('%Y%m%dT%H%M%S%fZ')}-{kind}-{secrets.token_hex(3)}"


def _publish(partial: Path, final: Path) -> None:
    """Give the verified copy its final name without ever replacing an existing file."""
    try:
        os.link(partial, final)
    except FileExistsError:
        raise
    except OSError:  # a file system without hard links: rename only if the name is free
        if final.exists():
            raise FileExistsError(final) from None
        os.rename(partial, final)
    else:
        partial.unlink()
    fsync_folder(final.parent)


def _is_disk_full(exc: BaseException) -> bool:
    text = str(exc).lower()
    return "disk is full" in text or "no space" in text or getattr(exc, "errno", None) == 28


def verify_attached(
    conn: Any, path: Path, minimum: StoreFacts | None = None
) -> tuple[str, StoreFacts | None]:
    """Attach `path` on `conn` (same key as the main database) and check it; returns (verdict, facts)."""
    alias = "verify_" + secrets.token_hex(4)
    try:
        conn.execute(f"ATTACH DATABASE ? AS {alias}", (str(path),))
    except Exception as exc:
        return f"error: {type(exc).__name__}: {exc}", None
    try:
        verdict = integrity(conn, alias)
        facts = None
        if verdict == "ok":
            try:
                facts = read_facts(conn, alias)
            except Exception as exc:
                return f"error: {type(exc).__name__}: {exc}", None
            if minimum is not None and (
                facts.audit_seq < minimum.audit_seq
                or facts.outbox_ops < minimum.outbox_ops
                or facts.revision != minimum.revision
            ):
                verdict = "incomplete"
        return verdict, facts
    finally:
        with contextlib.suppress(Exception):
            conn.execute(f"DETACH DATABASE {alias}")


def write_backup(engine: Engine, folder: Path, kind: str) -> BackupInfo:
    """Copy the store to a new verified backup in `folder`; raise BackupError, leaving nothing behind."""
    folder.mkdir(parents=True, exist_ok=True)
    now = datetime.now(UTC)
    name = _new_name(kind, now)
    partial = folder / f".{name}{SUFFIX}{PARTIAL}"
    final = folder / f"{name}{SUFFIX}"
    raw = engine.raw_connection()
    try:
        conn: Any = raw.driver_connection
        before = read_facts(conn)
        stamp = fingerprint(conn)
        try:
            conn.execute("VACUUM INTO ?", (str(partial),))
            _fsync_file(partial)
        except (sqlite3.Error, OSError) as exc:
            partial.unlink(missing_ok=True)
            if _is_disk_full(exc):
                raise BackupError("backup.disk_full", folder=str(folder)) from None
            if "malformed" in str(exc).lower() or "not a database" in str(exc).lower():
                raise BackupError("backup.source_damaged") from None
            raise BackupError("backup.failed", reason=type(exc).__name__) from None
        except Exception as exc:  # the SQLCipher driver raises its own exception classes
            partial.unlink(missing_ok=True)
            if _is_disk_full(exc):
                raise BackupError("backup.disk_full", folder=str(folder)) from None
            raise BackupError("backup.failed", reason=type(exc).__name__) from None
        verdict, facts = verify_attached(conn, partial, before)
    finally:
        raw.close()
    if verdict != "ok":
        partial.unlink(missing_ok=True)
        raise BackupError("backup.verify_failed", verdict=verdict)
    _publish(partial, final)
    info = BackupInfo(
        backup_id=name,
        path=final,
        created_at=now,
        kind=kind,
        size=final.stat().st_size,
        verified=True,
        integrity=verdict,
        facts=facts,
        fingerprint=stamp,
    )
    write_sidecar(info)
    return info


def write_sidecar(info: BackupInfo) -> None:
    body = {
        "backup_id": info.backup_id,
        "created_at": info.created_at.isoformat(),
        "kind": info.kind,
        "size": info.size,
        "verified": info.verified,
        "integrity": info.integrity,
        "facts": asdict(info.facts) if info.facts else None,
        "fingerprint": info.fingerprint,
        "extra": info.extra,
    }
    target = info.path.with_suffix(SIDECAR)
    partial = target.with_name(f".{target.name}{PARTIAL}")
    with open(partial, "w", encoding="utf-8") as handle:
        json.dump(body, handle, ensure_ascii=False, indent=1)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(
        partial, target
    )  # the sidecar (not the backup) may be rewritten after re-verification
    fsync_folder(target.parent)


def _parse_time(stem: str) -> datetime | None:
    try:
        stamp = stem.removeprefix(PREFIX).split("-", 1)[0]
        return datetime.strptime(stamp, "%Y%m%dT%H%M%S%fZ").replace(tzinfo=UTC)
    except ValueError:
        return None


def read_backup(path: Path) -> BackupInfo | None:
    """A backup file and its sidecar (a missing or unreadable sidecar means "not verified")."""
    created = _parse_time(path.stem)
    if created is None or not path.is_file():
        return None
    kind = path.stem.removeprefix(PREFIX).split("-")[1] if path.stem.count("-") >= 2 else "?"
    size = path.stat().st_size
    try:
        body = json.loads(path.with_suffix(SIDECAR).read_text(encoding="utf-8"))
        facts = StoreFacts(**body["facts"]) if body.get("facts") else None
        return BackupInfo(
            backup_id=path.stem,
            path=path,
            created_at=created,
            kind=str(body.get("kind", kind)),
            size=size,
            verified=bool(body.get("verified")) and int(body.get("size", -1)) == size,
            integrity=str(body.get("integrity", "")),
            facts=facts,
            fingerprint=body.get("fingerprint"),
            extra=dict(body.get("extra") or {}),
        )
    except (OSError, ValueError, KeyError, TypeError):
        return BackupInfo(path.stem, path, created, kind, size, False, "", None)


def list_backups(folder: Path) -> list[BackupInfo]:
    """Every backup in `folder`, newest first (temporary files of an unfinished backup are skipped)."""
    if not folder.is_dir():
        return []
    found = [read_backup(p) for p in folder.glob(f"{PREFIX}*{SUFFIX}")]
    return sorted((b for b in found if b is not None), key=lambda b: b.created_at, reverse=True)


def remove_partials(folder: Path) -> int:
    """Delete temporary files left by a backup interrupted by a crash (never a published backup)."""
    removed = 0
    if folder.is_dir():
        for path in folder.glob(f".{PREFIX}*{PARTIAL}"):
            path.unlink(missing_ok=True)
            removed += 1
    return removed


def rotate(folder: Path, keep: int) -> list[Path]:
    """Keep the `keep` newest verified backups; delete older ones (and unverified ones older than
    the newest verified). Never deletes the newest verified backup."""
    backups = list_backups(folder)
    verified = [b for b in backups if b.verified]
    if not verified:
        return []
    keep_ids = {b.backup_id for b in verified[: max(1, keep)]}
    newest = verified[0].created_at
    removed: list[Path] = []
    for b in backups:
        if b.backup_id in keep_ids or (not b.verified and b.created_at >= newest):
            continue
        b.path.unlink(missing_ok=True)
        b.path.with_suffix(SIDECAR).unlink(missing_ok=True)
        removed.append(b.path)
    if removed:
        fsync_folder(folder)
    return removed


def verify_file(opener: Opener, path: Path) -> tuple[str, StoreFacts | None]:
    """Open a backup on its own (the store may be damaged or closed) and check it."""
    try:
        conn = opener(path)
    except Exception as exc:
        return f"error: {type(exc).__name__}: {exc}", None
    try:
        verdict = integrity(conn)
        if verdict != "ok":
            return verdict, None
        return verdict, read_facts(conn)
    except Exception as exc:
        return f"error: {type(exc).__name__}: {exc}", None
    finally:
        conn.close()
