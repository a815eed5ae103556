"""A subprocess for the crash tests: saves candidates and says "ack" only after each commit.

`python -m tests.durability.worker saves HOME START` saves until killed, printing `try ID` before
and `ack ID` after each save. `… fsize HOME POINTS STEP` injects a write failure (RLIMIT_FSIZE:
writes past the limit fail with EFBIG) at growing offsets and prints one JSON line per save.
`… open HOME` opens the application (migrating it) and prints `opened`.
"""

from __future__ import annotations

import json
import resource
import signal
import sqlite3
import sys
import uuid
from pathlib import Path

from desktop.app import open_application
from desktop.domain.enums import Role
from desktop.domain.interchange import candidate_to_json
from desktop.services.actor import Actor
from desktop.services.drafts import DraftStore
from desktop.services.finalize import SaveFailed, finalize_draft
from tests.sync.sync_helpers import person

ACTOR = Actor(staff_id=None, username="crash-test", role=Role.ADMIN)


def _candidate(index: int):  # type: ignore[no-untyped-def]
    c = person(index % 10000, "Crash")
    c.id = str(uuid.uuid4())
    return c


def saves(home: Path, start: int) -> None:
    app = open_application(home)
    drafts = DraftStore(app.paths.drafts)
    index = start
    while True:
        c = _candidate(index)
        print(f"try {c.id}", flush=True)
        result = finalize_draft(app.ctx, ACTOR, drafts, c, candidate_to_json(c), intake=False)
        assert result.saved, result.issues
        print(f"ack {c.id}", flush=True)
        index += 1


def _present(database: Path, candidate_id: str) -> tuple[bool, str]:
    conn = sqlite3.connect(database)
    try:
        verdict = conn.execute("PRAGMA integrity_check").fetchone()[0]
        found = conn.execute("SELECT 1 FROM candidates WHERE id = ?", (candidate_id,)).fetchone()
        return found is not None, str(verdict)
    finally:
        conn.close()


def fsize(home: Path, points: int, step: int) -> None:
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails, not the process
    app = open_application(home)
    drafts = DraftStore(app.paths.drafts)
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    for point in range(points):
        with sqlite3.connect(app.paths.database) as conn:  # the WAL starts empty each time
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        c = _candidate(point)
        limit = step * (point + 1)
        error = None
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, hard))
        try:
            result = finalize_draft(app.ctx, ACTOR, drafts, c, candidate_to_json(c), intake=False)
            acked = result.saved
        except SaveFailed as exc:
            acked, error = False, exc.code
        finally:
            resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        present, verdict = _present(app.paths.database, c.id)
        line = {"limit": limit, "id": c.id, "acked": acked, "error": error}
        line |= {"present": present, "integrity": verdict}
        line["draft"] = drafts.load(c.id) is not None
        print(json.dumps(line), flush=True)
    app.close()


def main(argv: list[str]) -> None:
    mode, home = argv[0], Path(argv[1])
    if mode == "saves":
        saves(home, int(argv[2]))
    elif mode == "fsize":
        fsize(home, int(argv[2]), int(argv[3]))
    elif mode == "open":
        open_application(home).close()
        print("opened", flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
