"""A subprocess for the crash tests: saves candidates and says "ack" only after each commit.

`python -m tests.durability.worker saves HOME START` saves until killed, printing `try ID` before
and `ack ID` after each save. `… fsize HOME POINTS STEP` injects a write failure (RLIMIT_FSIZE:
writes past the limit fail with EFBIG) at growing offsets and prints one JSON line per save.
`… open HOME` opens the application (migrating it) and prints `opened`.
"""

from __future__ import annotations

import json
import os
import resource
import signal
import sys
import uuid
from pathlib import Path
from typing import Any

from desktop.app import Application, open_application
from desktop.domain.interchange import candidate_to_json
from desktop.services.finalize import SaveFailed, finalize_draft
from tests.sync.sync_helpers import person

PASSWORD = os.environ.get("DURABILITY_PASSWORD", "mot-de-passe-sûr")


def _unlocked(home: Path) -> Application:
    app = open_application(home)
    app.unlock("admin", PASSWORD)
    return app


def _candidate(index: int):  # type: ignore[no-untyped-def]
    c = person(index % 10000, "Crash")
    c.id = str(uuid.uuid4())
    return c


def saves(home: Path, start: int) -> None:
    app = _unlocked(home)
    actor, drafts = app.actor, app.drafts()
    assert actor is not None
    index = start
    while True:
        c = _candidate(index)
        print(f"try {c.id}", flush=True)
        result = finalize_draft(app.ctx, actor, drafts, c, candidate_to_json(c), intake=False)
        assert result.saved, result.issues
        print(f"ack {c.id}", flush=True)
        index += 1


def _present(opener: Any, database: Path, candidate_id: str) -> tuple[bool, str]:
    conn = opener(database)
    try:
        verdict = conn.execute("PRAGMA integrity_check").fetchone()[0]
        found = conn.execute("SELECT 1 FROM candidates WHERE id = ?", (candidate_id,)).fetchone()
        return found is not None, str(verdict)
    finally:
        conn.close()


def fsize(home: Path, points: int, step: int) -> None:
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails, not the process
    app = _unlocked(home)
    actor, drafts, opener = app.actor, app.drafts(), app.file_opener()
    assert actor is not None
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    for point in range(points):
        conn = opener(app.paths.database)  # the WAL starts empty each time
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.close()
        c = _candidate(point)
        limit = step * (point + 1)
        error = None
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, hard))
        try:
            result = finalize_draft(app.ctx, actor, drafts, c, candidate_to_json(c), intake=False)
            acked = result.saved
        except SaveFailed as exc:
            acked, error = False, exc.code
        finally:
            resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        present, verdict = _present(opener, app.paths.database, c.id)
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
        _unlocked(home).close()
        print("opened", flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
