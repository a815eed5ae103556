"""R10, R11, R13: a save is the record or its draft (never both, never neither), once only."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

import desktop.services.candidates as candidates_service
from desktop.app import Application
from desktop.domain.interchange import candidate_to_json
from desktop.services.actor import Actor
from desktop.services.candidates import save_candidate
from desktop.services.drafts import DraftStore
from desktop.services.finalize import SaveFailed, finalize_draft, reconcile_drafts
from desktop.services.listing import list_ids
from desktop.services.recovery import instance_running
from tests.sync.sync_helpers import person

ROOT = Path(__file__).resolve().parents[2]


class Boom(RuntimeError):
    """The injected failure."""


def _raise(*_args: object, **_kwargs: object) -> None:
    raise Boom()


def _hook_at(index: int) -> Callable[[Application, pytest.MonkeyPatch], None]:
    def inject(app: Application, monkeypatch: pytest.MonkeyPatch) -> None:
        hooks = list(app.ctx.save_hooks)
        hooks.insert(index, lambda *_a: _raise())
        monkeypatch.setattr(app.ctx, "save_hooks", hooks)

    return inject


def _patch(target: object, name: str) -> Callable[[Application, pytest.MonkeyPatch], None]:
    return lambda _app, monkeypatch: monkeypatch.setattr(target, name, _raise)


STEPS_BEFORE_COMMIT = {
    "adopt ids": _patch(candidates_service, "_adopt_ids"),
    "write rows": _patch(candidates_service, "upsert_candidate"),
    "search index": _patch(candidates_service, "index_candidate"),
    "eligibility": _patch(candidates_service, "_store_assessment"),
    "sync outbox": _hook_at(0),
    "audit trail": _hook_at(1),
    "last hook": _hook_at(2),
}
STEPS_AFTER_COMMIT = {
    "change event": lambda app, monkeypatch: monkeypatch.setattr(
        app.ctx.changes, "emit_candidates", _raise
    ),
    "draft discard": _patch(DraftStore, "discard"),
}


def _state(app: Application, drafts_folder: Path, candidate_id: str) -> tuple[bool, bool]:
    """(record exists, draft exists) as the next start sees them, after reconciliation."""
    left = reconcile_drafts(app.ctx, app.drafts())
    with app.ctx.store.read() as session:
        from desktop.storage import queries

        record = queries.candidate_row(session, candidate_id) is not None
    return record, any(d.draft_id == candidate_id for d in left)


@pytest.mark.parametrize("step", [*STEPS_BEFORE_COMMIT, *STEPS_AFTER_COMMIT])
def test_r11_a_failure_at_any_step_of_finalising_leaves_the_draft_or_the_record(
    step: str, app: Application, admin: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    drafts = app.drafts()
    c = person(7)
    c.id = "0b7c2f4e-8d6a-4c39-9a51-6f3e2d1c0b7a"
    inject = {**STEPS_BEFORE_COMMIT, **STEPS_AFTER_COMMIT}[step]
    with monkeypatch.context() as patch:
        inject(app, patch)
        with pytest.raises(Boom):
            finalize_draft(app.ctx, admin, drafts, c, candidate_to_json(c), intake=False)
    record, draft = _state(app, app.paths.drafts, c.id)
    assert record != draft, f"after {step}: record={record} draft={draft}"
    assert record == (step in STEPS_AFTER_COMMIT)
    # The retry (the draft offered again, saved again) makes exactly one record.
    again = finalize_draft(app.ctx, admin, drafts, c, candidate_to_json(c), intake=False)
    assert again.saved and list_ids(app.ctx, admin).count(c.id) == 1
    assert _state(app, app.paths.drafts, c.id) == (True, False)


def test_r11_a_draft_written_after_the_last_save_is_kept(app: Application, admin: Actor) -> None:
    drafts = app.drafts()
    c = person(8)
    saved = save_candidate(app.ctx, admin, c)
    assert saved.saved
    c.notes = "Ajout après l'enregistrement"
    drafts.save(saved.candidate_id, candidate_to_json(c))
    assert [d.draft_id for d in reconcile_drafts(app.ctx, drafts)] == [saved.candidate_id]


def test_r10_saving_twice_or_retrying_after_an_error_makes_one_record(
    app: Application, admin: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sqlite3

    drafts = app.drafts()
    c = person(9)
    c.id = "5d0e8a2b-3f1c-4b7d-8e6a-2c9f0b1d3e5a"
    failing = [*app.ctx.save_hooks]

    def disk_full(*_args: object) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(app.ctx, "save_hooks", [*failing, disk_full])
    with pytest.raises(SaveFailed) as exc:
        finalize_draft(app.ctx, admin, drafts, c, candidate_to_json(c), intake=False)
    assert exc.value.code == "store.disk_full"
    assert drafts.load(c.id) is not None and c.id not in list_ids(app.ctx, admin)
    monkeypatch.setattr(app.ctx, "save_hooks", failing)
    for _ in range(2):  # the retry, then a double click
        assert finalize_draft(app.ctx, admin, drafts, c, candidate_to_json(c), intake=False).saved
    assert list_ids(app.ctx, admin).count(c.id) == 1
    with app.ctx.store.read() as session:
        from desktop.storage import queries

        assert queries.count_live(session) == 1


HOLD_LOCK = """
import sys
from desktop.paths import Paths
from desktop.ui.launch import acquire_instance_lock
lock = acquire_instance_lock(Paths.at(sys.argv[1]))
print("locked" if lock else "refused", flush=True)
sys.stdin.read()
"""


def test_r13_a_second_instance_on_the_same_data_folder_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import argparse

    from PySide6.QtWidgets import QMessageBox

    from desktop.paths import Paths
    from desktop.ui.launch import start_gui

    home = tmp_path / "home"
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    first = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(home)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert first.stdout is not None and first.stdout.readline().strip() == "locked"
        assert instance_running(Paths.at(home))  # the CLI's restore checks this too
        warned: list[str] = []
        monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warned.append(text))
        args = argparse.Namespace(home=str(home), lang="fr", user=None, demo=False)
        assert start_gui(args) == 3
        assert warned == ["Passerelle est déjà ouverte sur ce dossier de données."]
        assert not (home / "passerelle.db").exists()  # the second one opened nothing
    finally:
        first.send_signal(signal.SIGKILL)
        first.wait()
    # A lock left by a killed instance is stale: the next start takes it over.
    assert not instance_running(Paths.at(home))
