"""X1 and X13: personal data written through the real services is found nowhere in clear — not in
the database, its WAL and shared memory, the key slots, drafts, logs, temporary files, nor in an
exported bundle — while the app is unlocked and after it closed; the logs and error output of
command-line runs with the same data hold no marker either."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from desktop.app import Application
from desktop.domain.interchange import candidate_from_json
from desktop.security.logs import setup_logging
from desktop.services.candidates import get_candidate, save_candidate
from desktop.services.listing import list_ids, summaries
from desktop.sync.laptop import enrol, export_bundle
from tests.security.markers import MARKERS, PHONE_TYPED, marked_candidate_json, search

ROOT = Path(__file__).resolve().parents[2]


def test_the_search_finds_a_marker_in_a_clear_file(tmp_path: Path) -> None:
    """The harness bites: a plain copy of the data is found in every encoding."""
    for index, encoding in enumerate(("utf-8", "utf-16-le", "utf-16-be")):
        path = tmp_path / f"clear{index}.txt"
        path.write_bytes(json.dumps(marked_candidate_json(), ensure_ascii=False).encode(encoding))
        names = {name for _file, name in search([path])}
        assert set(MARKERS) <= names, encoding


def test_no_marker_anywhere_on_disk_while_unlocked_and_after_exit(
    app: Application, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.sync.sync_helpers import make_central

    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    setup_logging(app.paths.logs)
    logging.getLogger("desktop").setLevel(logging.DEBUG)
    admin = app.actor
    assert admin is not None
    # A reader kept open stops SQLite from folding the WAL back at each commit: the WAL, full of
    # the new rows, is then on disk to be searched.
    reader = app.ctx.store.engine.connect()
    reader.exec_driver_sql("SELECT count(*) FROM staff").all()
    candidate, issues = candidate_from_json(marked_candidate_json())
    assert not issues
    result = save_candidate(app.ctx, admin, candidate)
    assert result.saved, result.issues
    stored = get_candidate(app.ctx, admin, result.candidate_id)
    assert stored is not None and stored.family_name == MARKERS["family_name"]
    assert list_ids(app.ctx, admin, search="qzxfamilymark") == [result.candidate_id]
    assert summaries(app.ctx, admin, [result.candidate_id])[0].display_name
    app.drafts().save("draft-1", marked_candidate_json())
    assert app.drafts().load("draft-1") is not None
    # Code logs ids only; the safety net still catches e-mails, phones and exception messages.
    logging.getLogger("desktop.test").warning(
        "saving failed for <%s> %s", MARKERS["email"], PHONE_TYPED
    )
    try:
        raise ValueError(f"bad value {MARKERS['notes']}")
    except ValueError:
        logging.getLogger("desktop.test").exception("save failed")
    central = make_central(f"sqlite:///{tmp_path / 'central.db'}")
    from desktop.central.setup import enroll_device

    enrol(app.ctx.store, enroll_device(central.store, central.keys, "laptop"))
    bundle = tmp_path / "out" / "bundle.zip"
    bundle.parent.mkdir()
    exported = export_bundle(app.ctx.store, bundle)
    assert exported.op_count > 0
    central.store.close()

    places = [app.paths.home, temp, bundle]
    wal = app.paths.database.with_name("passerelle.db-wal")
    assert wal.exists() and wal.stat().st_size > 10_000, "the WAL is searched too"
    assert search(places) == [], "unlocked"
    key = bytes(app.database_key() or b"").hex()
    reader.close()
    app.lock(reason="exit")
    app.close()
    assert search(places) == [], "after exit"
    for file in [p for p in app.paths.home.rglob("*") if p.is_file()]:
        data = file.read_bytes().lower()
        assert key.encode() not in data and key.encode("utf-16-le") not in data, file
    log_text = (app.paths.logs / "passerelle.log").read_text(encoding="utf-8")
    assert "(message withheld)" in log_text and "[email]" in log_text


def test_command_line_runs_leave_no_marker_in_logs_or_output(tmp_path: Path) -> None:
    home = tmp_path / "home"
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "PASSERELLE_PASSWORD": "Mot-de-passe-du-salon",
        "TMPDIR": str(tmp_path / "tmp"),
    }
    (tmp_path / "tmp").mkdir()
    source = tmp_path / "in" / "people.jsonl"
    source.parent.mkdir()
    # The refused line's report quotes the wrong values to the operator (that is its job); the
    # other personal fields of that line must not be echoed.
    bad = dict(marked_candidate_json(), email="pas-une-adresse", date_of_birth="1991-13-45")
    source.write_text(
        json.dumps(marked_candidate_json(), ensure_ascii=False)
        + "\n"
        + json.dumps(bad, ensure_ascii=False)
        + "\n",
        encoding="utf-8",
    )
    out = []

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        done = subprocess.run(
            [sys.executable, "-m", "desktop", "--home", str(home), *args],
            capture_output=True,
            text=True,
            env=env,
            timeout=300,
        )
        out.append(done)
        return done

    assert run("init", "--device-name", "Portable", "--admin", "admin").returncode == 0
    assert run("candidates", "import", str(source)).returncode != 0  # one line refused
    assert run("candidates", "list").returncode == 0
    assert (
        run(
            "--user", "admin", "candidates", "export", "--out", str(tmp_path / "in" / "x.jsonl")
        ).returncode
        == 0
    )
    wrong = subprocess.run(
        [sys.executable, "-m", "desktop", "--home", str(home), "candidates", "list"],
        capture_output=True,
        text=True,
        env={**env, "PASSERELLE_PASSWORD": "pas-le-bon-mot"},
        timeout=300,
    )
    assert wrong.returncode != 0 and "mot de passe incorrect" in wrong.stderr
    listing = out[2].stdout
    assert "Qzxfamilymark" in listing, "the person is really there (the list shows names)"
    assert "pas-une-adresse" in out[1].stderr, "the refused line is reported"
    for done in [*out, wrong]:
        assert "qzx" not in done.stderr.lower(), done.stderr
        assert "5557319" not in done.stderr
    assert search([home, tmp_path / "tmp"]) == []
    logs = list((home / "logs").glob("passerelle.log*"))
    assert logs and search(logs) == []
