"""R1 and R9: kill -9 during continuous saves, and a write failure injected at growing offsets."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from desktop.app import Application
from desktop.services.finalize import reconcile_drafts
from tests.durability.helpers import ids, integrity, reopen

ROOT = Path(__file__).resolve().parents[2]


def _worker(*args: str) -> subprocess.Popen[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.Popen(
        [sys.executable, "-m", "tests.durability.worker", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    )


def _kill_after_first_ack(proc: subprocess.Popen[str], delay: float) -> list[str]:
    """Read until the first ack, let it run `delay` more seconds, SIGKILL it; all output lines."""
    assert proc.stdout is not None
    lines: list[str] = []
    for line in proc.stdout:
        lines.append(line.strip())
        if line.startswith("ack"):
            break
    time.sleep(delay)
    proc.send_signal(signal.SIGKILL)
    rest = proc.stdout.read()  # the same buffered reader: no line read ahead is lost
    assert proc.stderr is not None
    err = proc.stderr.read()
    proc.wait(timeout=60)
    proc.stdout.close()
    proc.stderr.close()
    assert proc.returncode == -signal.SIGKILL, err
    return lines + rest.splitlines()


def test_r1_every_acknowledged_save_survives_kill_9(app: Application) -> None:
    home = app.paths.home
    opener = app.file_opener()
    app.close()
    rng = random.Random(20261124)
    acked: set[str] = set()
    in_flight: list[str] = []
    kills = 20
    for kill in range(kills):
        proc = _worker("saves", str(home), str(kill * 400))
        lines = _kill_after_first_ack(proc, rng.uniform(0.05, 0.5))
        tried = [line.split()[1] for line in lines if line.startswith("try ")]
        acked |= {line.split()[1] for line in lines if line.startswith("ack ")}
        in_flight.append(tried[-1])  # the save running when the process died
    assert integrity(opener, home / "passerelle.db") == "ok"
    stored = ids(opener, home / "passerelle.db")
    assert acked <= stored, f"{len(acked - stored)} acknowledged saves lost"
    unacknowledged = stored - acked
    assert unacknowledged <= set(in_flight)  # at most the one running at each kill
    assert len(acked) >= kills

    reopened = reopen(home)
    try:
        drafts = reconcile_drafts(reopened.ctx, reopened.drafts())
    finally:
        reopened.close()
    # Each interrupted save is the record or its draft (offered again at start), never both.
    left = {d.draft_id for d in drafts}
    assert not left & stored
    assert left <= set(in_flight)
    assert all(d.payload["given_names"].startswith("ZénobieCrash") for d in drafts)


def test_r9_a_write_failure_at_any_offset_leaves_each_save_whole_or_absent(
    app: Application,
) -> None:
    home = app.paths.home
    app.close()
    proc = _worker("fsize", str(home), "40", "8192")
    out, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err
    results = [json.loads(line) for line in out.splitlines() if line.startswith("{")]
    assert len(results) == 40
    for r in results:
        assert r["integrity"] == "ok", r
        assert r["acked"] == r["present"], r  # whole or absent, never half a save
        if not r["acked"]:
            assert r["error"] in ("store.disk_full", "store.write_failed"), r  # shown to the user
            assert r["draft"] or r["limit"] <= 8192, r  # what was typed is kept as a draft
        else:
            assert not r["draft"], r
    failed = [r for r in results if not r["acked"]]
    saved = [r for r in results if r["acked"]]
    assert failed and saved  # the injection bites at small limits and lets large ones through
    reopened = reopen(home)
    try:
        assert reopened.backups is not None
    finally:
        reopened.close()
