"""Drafts: what staff are typing, kept on disk as they type so that nothing is ever lost.

A draft is encrypted (AES-256-GCM under a key derived from the database key, the draft id as
associated data) and written atomically (temporary file, fsync, rename): a crash or a dead battery
leaves either the previous draft or the new one, never half of one, and no file — temporary or
final — ever holds the typed text in clear. Drafts can be read only while the application is
unlocked. At the next start the app offers to recover every draft left open; a draft is discarded
once its candidate is saved.
"""

from __future__ import annotations

import json
import os
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from desktop.security.sealing import SealError, open_sealed, seal, subkey

MAGIC = b"PSDRAFT1"
SUFFIX = ".draft"
# Returns the database key while unlocked, None while locked.
KeySource = Callable[[], "bytes | bytearray | None"]


class DraftsLocked(Exception):
    """Drafts were used while the application is locked."""

    code = "app.locked"
    params: dict[str, object] = {}


@dataclass(frozen=True)
class DraftInfo:
    draft_id: str
    saved_at: datetime
    display_name: str
    payload: dict[str, Any]


class DraftStore:
    def __init__(self, folder: Path, key_source: KeySource) -> None:
        self.folder = folder
        self._key_source = key_source

    def _key(self) -> bytes:
        master = self._key_source()
        if not master:
            raise DraftsLocked("app.locked")
        return subkey(master, "drafts/v1")

    def _path(self, draft_id: str) -> Path:
        return self.folder / f"{_safe(draft_id)}{SUFFIX}"

    def save(self, draft_id: str, payload: dict[str, Any]) -> None:
        key = self._key()
        self.folder.mkdir(parents=True, exist_ok=True)
        target = self._path(draft_id)
        body = {"draft_id": draft_id, "saved_at": datetime.now(UTC).isoformat(), "payload": payload}
        plain = json.dumps(body, ensure_ascii=False).encode("utf-8")
        blob = seal(key, MAGIC, plain, _safe(draft_id).encode("ascii"))
        temporary = target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp")
        try:
            with temporary.open("wb") as handle:
                handle.write(blob)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(temporary, target)
        finally:
            temporary.unlink(missing_ok=True)
        _fsync_folder(self.folder)

    def load(self, draft_id: str) -> DraftInfo | None:
        return self._read(self._path(draft_id), self._key())

    def _read(self, path: Path, key: bytes) -> DraftInfo | None:
        try:
            aad = path.name[: -len(SUFFIX)].encode("ascii")
            body = json.loads(open_sealed(key, MAGIC, path.read_bytes(), aad).decode("utf-8"))
            payload = dict(body["payload"])
            name = " ".join(
                p for p in (payload.get("given_names"), payload.get("family_name")) if p
            )
            return DraftInfo(
                str(body["draft_id"]), datetime.fromisoformat(body["saved_at"]), name, payload
            )
        except (OSError, ValueError, KeyError, TypeError, SealError):
            return None

    def list(self) -> list[DraftInfo]:
        if not self.folder.exists():
            return []
        key = self._key()
        self._encrypt_legacy()
        found = (self._read(p, key) for p in sorted(self.folder.glob(f"*{SUFFIX}")))
        return sorted((d for d in found if d is not None), key=lambda d: d.saved_at)

    def _encrypt_legacy(self) -> None:
        """Drafts written in clear by versions before encryption: encrypt them, remove the clear file."""
        for path in sorted(self.folder.glob("*.json")):
            try:
                body = json.loads(path.read_text(encoding="utf-8"))
                self.save(str(body["draft_id"]), dict(body["payload"]))
            except (OSError, ValueError, KeyError, TypeError):
                continue
            path.unlink(missing_ok=True)

    def discard(self, draft_id: str) -> None:
        self._path(draft_id).unlink(missing_ok=True)
        _fsync_folder(self.folder)


def _safe(draft_id: str) -> str:
    return "".join(ch for ch in draft_id if ch.isalnum() or ch == "-")


def _fsync_folder(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
