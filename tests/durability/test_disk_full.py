"""R3 and R4: a full disk under the store, and an export to a target too small for it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from desktop.app import open_application
from desktop.cli.main import run
from desktop.domain.interchange import candidate_to_json
from desktop.services.exporting import export_candidates
from desktop.services.finalize import SaveFailed, finalize_draft
from desktop.storage.models import OutboxOpRow, SyncStateRow
from tests.durability.helpers import integrity, query, reopen
from tests.durability.small_disk import small_disk
from tests.sync.sync_helpers import PASSWORD, Central, make_laptop, person


def test_r3_a_full_disk_refuses_the_save_cleanly_and_the_next_one_succeeds(tmp_path: Path) -> None:
    with small_disk(tmp_path / "disk", "2m") as disk:
        home = disk / "home"
        app = open_application(home)
        try:
            actor = app.initialise("Portable", "admin", PASSWORD)
            drafts = app.drafts()
            ballast = disk / "ballast"
            ballast.write_bytes(b"\0" * 256 * 1024)  # what the user will delete to free space
            acked: list[str] = []
            failure = None
            for index in range(2000):
                c = person(index % 10000)
                try:
                    result = finalize_draft(app.ctx, actor, drafts, c, candidate_to_json(c))
                except SaveFailed as exc:
                    failure = (exc, c)
                    break
                assert result.saved
                acked.append(result.candidate_id)
            assert failure is not None, "the disk never filled up"
            exc, refused = failure
            assert exc.code == "store.disk_full"
            opener = app.file_opener()
            assert integrity(opener, app.paths.database) == "ok"
            stored = {r[0] for r in query(opener, app.paths.database, "SELECT id FROM candidates")}
            partial = query(
                opener,
                app.paths.database,
                "SELECT count(*) FROM outbox_ops WHERE candidate_id = ?",
                refused.id,
            )[0][0]
            assert stored == set(acked)  # all prior saves present, no partial record
            assert partial == 0
            ballast.unlink()
            again = finalize_draft(app.ctx, actor, drafts, refused, candidate_to_json(refused))
            assert again.saved and again.candidate_id == refused.id
            assert drafts.load(refused.id) is None
        finally:
            app.close()


def test_r4_a_bundle_export_to_a_too_small_target_fails_cleanly(
    tmp_path: Path, sqlite_central: Central, capsys: pytest.CaptureFixture[str]
) -> None:
    laptop = make_laptop(tmp_path, "portable", sqlite_central)
    for index in range(60):
        laptop.save(person(index))
    device_id = laptop.device_id
    with laptop.app.ctx.store.read() as session:
        state_before = session.get(SyncStateRow, device_id).last_bundle_id
        pending_before = session.query(OutboxOpRow).filter(OutboxOpRow.acked.is_(False)).count()
    laptop.app.close()
    with small_disk(tmp_path / "usb", "64k") as usb:
        out = usb / "lot.zip"
        os.environ["PASSERELLE_PASSWORD"] = PASSWORD
        try:
            status = run(
                [
                    "--home",
                    str(laptop.home),
                    "--user",
                    "admin",
                    "bundle",
                    "export",
                    "--out",
                    str(out),
                ]
            )
        finally:
            del os.environ["PASSERELLE_PASSWORD"]
        err = capsys.readouterr().err
        assert status != 0
        assert "Le support est plein" in err and str(out) in err
        assert sorted(p.name for p in usb.iterdir()) == []  # no final name, no .partial
    app = reopen(laptop.home, PASSWORD)
    try:
        with app.ctx.store.read() as session:
            assert session.get(SyncStateRow, device_id).last_bundle_id == state_before
            pending = session.query(OutboxOpRow).filter(OutboxOpRow.acked.is_(False)).count()
        assert pending == pending_before  # nothing recorded as exported
    finally:
        app.close()


def test_r4_a_candidate_export_to_a_too_small_target_leaves_no_file(tmp_path: Path) -> None:
    app = open_application(tmp_path / "home")
    try:
        actor = app.initialise("Portable", "admin", PASSWORD)
        from desktop.services.candidates import save_candidate

        for index in range(80):
            assert save_candidate(app.ctx, actor, person(index)).saved
        with small_disk(tmp_path / "usb", "16k") as usb:
            with pytest.raises(OSError):
                export_candidates(app.ctx, actor, usb / "personnes.jsonl")
            assert list(usb.iterdir()) == []
    finally:
        app.close()
