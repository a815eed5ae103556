"""C2/C17: records past their retention period are listed with a reason and purged, the purge is
logged (ids only); a laptop purges its copy only once central acknowledged every change."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from desktop.central.importer import import_bundle
from desktop.domain.retention import RetentionAction, RetentionCategory, RetentionRule
from desktop.services.audit import verify_chain
from desktop.services.candidates import get_candidate, record_decision
from desktop.services.retention import due_for_purge, purge, save_retention_rules
from desktop.storage import audit_log
from desktop.sync.laptop import apply_ack
from tests.privacy.traces import tables_containing
from tests.sync.sync_helpers import Central, make_laptop, person

LATER = date.today() + timedelta(days=3 * 365)


def test_prospects_past_their_period_are_listed_then_erased_and_logged(
    tmp_path: Path, sqlite_central: Central
) -> None:
    laptop = make_laptop(tmp_path, "laptop-a", sqlite_central)
    ctx, actor = laptop.app.ctx, laptop.actor
    prospect = laptop.save(person(1, "Ngọc"))
    admitted = laptop.save(person(2, "Farès"))
    record_decision(ctx, actor, admitted, "admitted")
    assert [i for i in due_for_purge(ctx, actor) if i.subject == "candidate"] == []

    due = due_for_purge(ctx, actor, today=LATER)
    by_id = {i.subject_id: i for i in due}
    assert by_id[prospect].category is RetentionCategory.PROSPECT
    assert by_id[prospect].reason == "retention.reason.prospect"
    assert admitted not in by_id  # admitted: 60 months
    result = purge(ctx, actor, [by_id[prospect]])
    assert result.done == {"prospect": 1} and result.failed == []
    assert get_candidate(ctx, actor, prospect) is None
    assert get_candidate(ctx, actor, admitted) is not None
    assert tables_containing(ctx.store, ["ZénobieNgọc1"]) == []
    with ctx.store.read() as session:
        [event] = audit_log.events(session, action="retention.purge")
        assert event.entity_ids == [prospect] and event.details["category"] == "prospect"
    again = purge(ctx, actor, [by_id[prospect]])  # listed twice: the second one is reported
    assert again.failed == [by_id[prospect]]


def test_anonymising_keeps_the_record_without_its_identifiers(
    tmp_path: Path, sqlite_central: Central
) -> None:
    laptop = make_laptop(tmp_path, "laptop-a", sqlite_central)
    ctx, actor = laptop.app.ctx, laptop.actor
    cid = laptop.save(person(1, "Ngọc"))
    save_retention_rules(
        ctx, actor, [RetentionRule(RetentionCategory.PROSPECT, 12, RetentionAction.ANONYMISE)]
    )
    [item] = [i for i in due_for_purge(ctx, actor, today=LATER) if i.subject_id == cid]
    purge(ctx, actor, [item])
    kept = get_candidate(ctx, actor, cid)
    assert kept is not None
    assert kept.given_names is None and kept.email is None and kept.phone is None
    assert kept.diplomas[0].title == "Baccalauréat en génie"


def test_a_laptop_purges_only_what_central_acknowledged(
    tmp_path: Path, sqlite_central: Central
) -> None:
    laptop = make_laptop(tmp_path, "laptop-a", sqlite_central)
    ctx, actor = laptop.app.ctx, laptop.actor
    sent = laptop.save(person(1, "Ngọc"))
    report = import_bundle(
        sqlite_central.store, sqlite_central.keys, laptop.export(tmp_path / "b1")
    )
    assert report.ack is not None
    apply_ack(ctx.store, report.ack)
    unsent = laptop.save(person(2, "Farès"))
    soon = date.today() + timedelta(days=45)
    copies = [i for i in due_for_purge(ctx, actor, today=soon) if i.subject == "laptop_copy"]
    assert [i.subject_id for i in copies] == [sent]
    purge(ctx, actor, copies)
    assert get_candidate(ctx, actor, sent) is None and get_candidate(ctx, actor, unsent) is not None
    with sqlite_central.store.read() as session:  # central keeps it: a local purge, not an erasure
        from desktop.storage import erasure_store

        assert erasure_store.live_candidate_ids(session, [sent]) == {sent}
    # The next bundle (and one with --all) still imports cleanly.
    assert (
        import_bundle(
            sqlite_central.store, sqlite_central.keys, laptop.export(tmp_path / "b2")
        ).status
        == "imported"
    )
    assert import_bundle(
        sqlite_central.store,
        sqlite_central.keys,
        laptop.export(tmp_path / "b3", include_acked=True),
    ).status in ("imported", "already_imported")


def test_old_audit_events_are_purged_and_the_chain_still_verifies(
    tmp_path: Path, sqlite_central: Central
) -> None:
    laptop = make_laptop(tmp_path, "laptop-a", sqlite_central)
    ctx, actor = laptop.app.ctx, laptop.actor
    laptop.save(person(1))
    far = date.today() + timedelta(days=8 * 366)
    [audit] = [i for i in due_for_purge(ctx, actor, today=far) if i.subject == "audit"]
    purge(ctx, actor, [audit])
    laptop.save(person(2))
    check = verify_chain(ctx, actor)
    assert check.ok and check.events >= 2
