"""Drafts: what staff are typing, kept on disk as they type so that nothing is ever lost.

A draft is written atomically (temporary file, fsync, rename) so a crash or a dead battery leaves
either the previous draft or the new one, never half of one. At the next start the app offers to
recover every draft left open; a draft is discarded once its candidate is saved.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class DraftInfo:
    draft_id: str
    saved_at: datetime
    display_name: str
    payload: dict[str, Any]


class DraftStore:
    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def _path(self, draft_id: str) -> Path:
        safe = "".join(ch for ch in draft_id if ch.isalnum() or ch == "-")
        return self.folder / f"{safe}.json"

    def save(self, draft_id: str, payload: dict[str, Any]) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        target = self._path(draft_id)
        temporary = target.with_suffix(".json.tmp")
        body = {"draft_id": draft_id, "saved_at": datetime.now(UTC).isoformat(), "payload": payload}
        with temporary.open("w", encoding="utf-8") as handle:
            json.dump(body, handle, ensure_ascii=False)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, target)
        _fsync_folder(self.folder)

    def load(self, draft_id: str) -> DraftInfo | None:
        return self._read(self._path(draft_id))

    def _read(self, path: Path) -> DraftInfo | None:
        try:
            body = json.loads(path.read_text(encoding="utf-8"))
            payload = dict(body["payload"])
            name = " ".join(
                p for p in (payload.get("given_names"), payload.get("family_name")) if p
            )
            return DraftInfo(
                str(body["draft_id"]), datetime.fromisoformat(body["saved_at"]), name, payload
            )
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def list(self) -> list[DraftInfo]:
        if not self.folder.exists():
            return []
        drafts = [
            d for d in (self._read(p) for p in sorted(self.folder.glob("*.json"))) if d is not None
        ]
        return sorted(drafts, key=lambda d: d.saved_at)

    def discard(self, draft_id: str) -> None:
        self._path(draft_id).unlink(missing_ok=True)
        _fsync_folder(self.folder)


def _fsync_folder(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
