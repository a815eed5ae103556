"""C17: erasing a person removes them from every table, new backup and new bundle of the laptop,
travels to central as a tombstone, and no late bundle brings them back (real central import)."""

from __future__ import annotations

from pathlib import Path

from desktop.central.importer import import_bundle
from desktop.domain.names import fold
from desktop.services.candidates import get_candidate
from desktop.services.erasure import erase_candidate
from desktop.storage import erasure_store
from desktop.sync.laptop import apply_ack
from tests.privacy.traces import (
    backup_of,
    bundle_plaintext,
    file_contains,
    markers,
    open_backup,
    tables_containing,
)
from tests.sync.sync_helpers import Central, make_laptop, person


def test_an_erased_person_leaves_no_trace_in_the_laptop_its_backups_or_bundles(
    tmp_path: Path, sqlite_central: Central
) -> None:
    laptop = make_laptop(tmp_path, "laptop-a", sqlite_central)
    target = person(1, "Ngọc")
    keep = person(2, "Farès")
    target_id, keep_id = laptop.save(target), laptop.save(keep)
    drafts = laptop.app.drafts()
    drafts.save(target_id, {"id": target_id, "given_names": target.given_names})
    needles = [target.given_names or "", target.email or "", fold(target.given_names or "")]

    result = erase_candidate(laptop.app.ctx, laptop.actor, target_id, drafts=drafts)

    assert result.erased_ids == [target_id] and result.redacted_ops > 0
    assert get_candidate(laptop.app.ctx, laptop.actor, target_id) is None
    assert get_candidate(laptop.app.ctx, laptop.actor, keep_id) is not None
    assert tables_containing(laptop.app.ctx.store, needles) == []
    assert drafts.list() == []
    backup = backup_of(laptop.app.ctx.store, tmp_path / "backup.db")
    assert not file_contains(backup, markers(*needles))  # encrypted, and…
    key = laptop.app.database_key()
    assert key is not None
    copy = open_backup(backup, key)
    try:  # …decrypted, it holds no trace either, while the other person is there
        assert tables_containing(copy, needles) == []
        assert tables_containing(copy, [keep.given_names or ""]) != []
    finally:
        copy.close()
    bundle = laptop.export(tmp_path / "after.bundle")
    plain = bundle_plaintext(bundle, sqlite_central.keys.enc_private)
    assert not any(m in plain for m in markers(*needles))
    assert keep.email and keep.email.encode() in plain
    with laptop.app.ctx.store.read() as session:
        assert erasure_store.was_erased(session, target_id)


def test_a_late_bundle_never_resurrects_a_person_erased_on_the_laptop(
    tmp_path: Path, sqlite_central: Central
) -> None:
    laptop = make_laptop(tmp_path, "laptop-a", sqlite_central)
    target = person(1, "Ngọc")
    target_id = laptop.save(target)
    laptop.save(person(2, "Farès"))
    early = laptop.export(tmp_path / "early.bundle")  # still on a USB key somewhere
    erase_candidate(laptop.app.ctx, laptop.actor, target_id)
    late = laptop.export(tmp_path / "late.bundle")

    first = import_bundle(sqlite_central.store, sqlite_central.keys, late)
    second = import_bundle(sqlite_central.store, sqlite_central.keys, early)

    assert first.status == "imported", first.reason
    assert second.status == "imported", second.reason
    needles = [target.given_names or "", target.email or ""]
    assert tables_containing(sqlite_central.store, needles) == []
    with sqlite_central.store.read() as session:
        assert erasure_store.live_candidate_ids(session, [target_id]) == set()


def test_the_early_bundle_first_then_the_erasure_leaves_nothing_at_central(
    tmp_path: Path, central: Central
) -> None:
    laptop = make_laptop(tmp_path, "laptop-a", central)
    target = person(1, "Ngọc")
    target_id = laptop.save(target)
    early = laptop.export(tmp_path / "early.bundle")
    report = import_bundle(central.store, central.keys, early)
    assert report.ack is not None
    apply_ack(laptop.app.ctx.store, report.ack)
    erase_candidate(laptop.app.ctx, laptop.actor, target_id)
    late = laptop.export(tmp_path / "late.bundle")
    again = import_bundle(central.store, central.keys, late)
    assert again.status == "imported", again.reason
    import_bundle(central.store, central.keys, early)  # replayed: already imported, no change
    assert tables_containing(central.store, [target.given_names or "", target.email or ""]) == []


def test_an_erasure_at_central_is_final_even_for_a_later_laptop_edit(
    tmp_path: Path, sqlite_central: Central
) -> None:
    from desktop.services.context import ServiceContext

    laptop = make_laptop(tmp_path, "laptop-a", sqlite_central)
    target = person(1, "Ngọc")
    target_id = laptop.save(target)
    import_bundle(sqlite_central.store, sqlite_central.keys, laptop.export(tmp_path / "b1.bundle"))
    ctx = ServiceContext(store=sqlite_central.store)
    erase_candidate(ctx, laptop.actor, target_id)
    edited = get_candidate(laptop.app.ctx, laptop.actor, target_id)
    assert edited is not None
    edited.notes = "Revenue au kiosque"
    laptop.save(edited)
    late = import_bundle(
        sqlite_central.store, sqlite_central.keys, laptop.export(tmp_path / "b2.bundle")
    )
    assert late.status == "imported" and late.dropped > 0
    assert tables_containing(sqlite_central.store, [target.given_names or "", "Revenue"]) == []


def test_an_erased_person_cannot_be_imported_again_with_the_same_id(
    tmp_path: Path, sqlite_central: Central
) -> None:
    import json

    from desktop.domain.interchange import candidate_to_json
    from desktop.domain.messages import translate
    from desktop.services.importing import import_file

    laptop = make_laptop(tmp_path, "laptop-a", sqlite_central)
    target_id = laptop.save(person(1, "Ngọc"))
    saved = get_candidate(laptop.app.ctx, laptop.actor, target_id)
    assert saved is not None
    line = json.dumps(candidate_to_json(saved), ensure_ascii=False)
    erase_candidate(laptop.app.ctx, laptop.actor, target_id)
    source = tmp_path / "old-export.jsonl"
    source.write_text(line + "\n", encoding="utf-8")
    report = import_file(laptop.app.ctx, laptop.actor, source)
    assert report.created == 0 and [i.code for i in report.rejected[0].issues] == ["import.erased"]
    assert "effacée" in translate("import.erased", "fr")
    assert get_candidate(laptop.app.ctx, laptop.actor, target_id) is None
