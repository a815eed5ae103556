"""Duplicates across laptops and their merge (S8, S9), erasure (S10) and conflicts (S12)."""

from __future__ import annotations

import copy
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import select

from desktop.central import review
from desktop.central.importer import import_bundle
from desktop.central.report import summary
from desktop.services.actor import SYSTEM
from desktop.services.candidates import get_candidate
from desktop.services.context import ServiceContext
from desktop.services.listing import list_ids
from desktop.storage.models import FieldHeadRow, OpLogRow, SyncConflictRow
from desktop.sync.laptop import apply_ack
from desktop.sync.outbox import write_ops
from tests.sync.sync_helpers import Central, Laptop, make_laptop, person


def _import(central: Central, laptop: Laptop, path: Path) -> None:
    report = import_bundle(central.store, central.keys, laptop.export(path))
    assert report.status == "imported", report.reason
    apply_ack(laptop.app.ctx.store, report.ack or b"")


def _ctx(central: Central) -> ServiceContext:
    return ServiceContext(store=central.store)


def test_same_person_on_two_laptops_is_proposed_merged_and_follows_the_survivor(
    tmp_path: Path, central: Central
) -> None:
    a = make_laptop(tmp_path, "a", central)
    b = make_laptop(tmp_path, "b", central)
    survivor = a.save(person(1, email="meme@exemple.ca"))
    twin = person(2, email="MEME@exemple.ca", given_names="Zenobie", family_name="Kowalczyk")
    loser = b.save(twin)
    _import(central, a, tmp_path / "a1.zip")
    _import(central, b, tmp_path / "b1.zip")
    pairs = review.duplicate_pairs(central.store)
    assert [(p.first, p.second) for p in pairs] == [tuple(sorted((survivor, loser)))]
    assert "same_email" in pairs[0].reasons
    assert summary(central.store)["candidates"] == 2  # never merged automatically
    review.merge(central.store, survivor, loser, {"phone": "+15145550002"})
    assert list_ids(_ctx(central), SYSTEM) == [survivor]
    # S8: a later B bundle edits the loser's phone: it lands on the survivor.
    twin.phone = "+15145559999"
    b.save(twin)
    _import(central, b, tmp_path / "b2.zip")
    assert list_ids(_ctx(central), SYSTEM) == [survivor]
    merged = get_candidate(_ctx(central), SYSTEM, survivor)
    assert merged is not None and merged.phone == "+15145559999"
    assert summary(central.store)["candidates"] == 1
    review.unmerge(central.store, loser)
    assert sorted(list_ids(_ctx(central), SYSTEM)) == sorted([survivor, loser])


def test_merge_imported_before_older_loser_edits_gives_the_merge_values(
    tmp_path: Path, central: Central
) -> None:
    a = make_laptop(tmp_path, "a", central)
    b = make_laptop(tmp_path, "b", central)
    survivor = a.save(person(1, email="meme@exemple.ca"))
    twin = person(2, email="meme@exemple.ca")
    loser = b.save(twin)
    first_b = b.export(tmp_path / "b1.zip")
    twin.phone = "+15145558888"  # older than the merge, arrives after it (S9)
    b.save(twin)
    _import(central, a, tmp_path / "a1.zip")
    assert import_bundle(central.store, central.keys, first_b).status == "imported"
    review.merge(central.store, survivor, loser, {"phone": "+15145550001"})
    assert (
        import_bundle(central.store, central.keys, b.export(tmp_path / "b2.zip")).status
        == "imported"
    )
    assert list_ids(_ctx(central), SYSTEM) == [survivor]
    merged = get_candidate(_ctx(central), SYSTEM, survivor)
    assert merged is not None and merged.phone == "+15145550001"


def test_an_erased_candidate_is_never_resurrected_and_its_values_are_gone(
    tmp_path: Path, central: Central
) -> None:
    a = make_laptop(tmp_path, "a", central)
    c = person(1, marker="Efface")
    cid = a.save(c)
    _import(central, a, tmp_path / "a1.zip")
    review.erase(central.store, cid)
    c.notes = "EffaceNote"
    a.save(c)  # a later update of the erased person
    report = import_bundle(central.store, central.keys, a.export(tmp_path / "a2.zip"))
    assert report.status == "imported" and report.dropped >= 1 and report.applied == 0
    assert list_ids(_ctx(central), SYSTEM) == []
    with central.store.read() as session:
        bodies = [b for b in session.scalars(select(OpLogRow.body)) if b]
        values = [v for v in session.scalars(select(FieldHeadRow.value))]
        values += [v for v in session.scalars(select(SyncConflictRow.winner_value))]
    assert not any("Efface" in text for text in bodies + values)
    assert summary(central.store)["candidates"] == 0


def test_concurrent_edits_of_one_field_are_a_conflict_other_fields_are_not(
    tmp_path: Path, central: Central
) -> None:
    a = make_laptop(tmp_path, "a", central)
    b = make_laptop(tmp_path, "b", central)
    c = person(1)
    cid = a.save(c)
    _import(central, a, tmp_path / "a1.zip")
    with b.app.ctx.store.unit_of_work() as session:  # an edit of the phone that never saw A's
        write_ops(session, cid, [("candidate", cid, "phone", "+15145550777", False)], None)
    updated = copy.deepcopy(c)
    updated.phone = "+15145550888"
    a.save(updated)
    _import(central, a, tmp_path / "a2.zip")
    updated.address.city = "Laval"
    a.save(updated)
    _import(central, b, tmp_path / "b1.zip")
    _import(central, a, tmp_path / "a3.zip")
    conflicts = review.open_conflicts(central.store)
    assert [(x.candidate_id, x.entity, x.field) for x in conflicts] == [(cid, "candidate", "phone")]
    final = get_candidate(_ctx(central), SYSTEM, cid)
    assert final is not None and final.phone == "+15145550888" and final.address.city == "Laval"
    # The review screen says which laptop wrote each value and when.
    (detail,) = review.conflict_details(central.store)
    assert detail.winner_source is not None and detail.loser_source is not None
    assert (detail.winner_source.device_name, detail.loser_source.device_name) == ("a", "b")
    assert detail.winner_source.at >= detail.loser_source.at - timedelta(minutes=1)
    assert detail.winner_source.at.date() == datetime.now(UTC).date()
    # Once an admin settles it, a later laptop edit that conflicts names central as the writer.
    review.resolve_conflict(central.store, detail.id, "loser")
    with a.app.ctx.store.unit_of_work() as session:  # A never saw the admin's choice
        write_ops(session, cid, [("candidate", cid, "phone", "+15145550666", False)], None)
    _import(central, a, tmp_path / "a4.zip")
    sources = {
        (d.winner_source.device_name if d.winner_source else "?", d.loser_source.device_name)
        for d in review.conflict_details(central.store)
        if d.loser_source is not None
    }
    assert ("a", None) in sources  # (A's value also differs from B's older one, still shown)
