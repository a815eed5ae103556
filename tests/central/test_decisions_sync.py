"""Staff eligibility decisions travel as ops: laptop → bundle → central, last writer wins, a
concurrent different decision is a conflict, and a decision taken at central is central's op."""

from __future__ import annotations

from pathlib import Path

from desktop.central import review
from desktop.central.importer import import_bundle
from desktop.central.report import summary
from desktop.services import central_admin
from desktop.services.candidates import get_candidate, record_decision
from desktop.sync import hlc
from desktop.sync.outbox import outbox_decision
from tests.sync.sync_helpers import PASSPHRASE, Central, make_laptop, person


def _decision(central: Central, cid: str) -> tuple[str | None, str | None, str | None]:
    ctx = central_admin.open_context(central.url)
    admin = central_admin.unlock(ctx, PASSPHRASE)
    found = get_candidate(ctx, admin.actor, cid)
    ctx.store.close()
    assert found is not None and found.eligibility is not None
    e = found.eligibility
    return e.decision, e.comment, e.decided_at.isoformat() if e.decided_at else None


def test_a_decision_taken_on_a_laptop_reaches_central_and_the_latest_wins(
    tmp_path: Path, central: Central
) -> None:
    a = make_laptop(tmp_path, "a", central)
    b = make_laptop(tmp_path, "b", central)
    cid = a.save(person(1))
    shared = person(1, id=cid)
    b.save(shared)  # the same record reached laptop b (e.g. re-registered at another booth)
    assert import_bundle(central.store, central.keys, a.export(tmp_path / "a0.zip")).status == (
        "imported"
    )
    decided = record_decision(a.app.ctx, a.actor, cid, "admitted", "dossier complet")
    import_bundle(central.store, central.keys, a.export(tmp_path / "a1.zip"))
    assert _decision(central, cid)[:2] == ("admitted", "dossier complet")
    assert decided.decided_at is not None
    assert _decision(central, cid)[2] == decided.decided_at.isoformat()
    assert summary(central.store)["per_decision"] == {"admitted": 1}

    # Laptop b decides later without having seen a's decision: b's wins, the pair is a conflict.
    b.app.ctx.decision_hooks[:] = [outbox_decision(lambda: hlc.wall_ms() + 60_000)]
    record_decision(b.app.ctx, b.actor, cid, "refused", "hors programme")
    import_bundle(central.store, central.keys, b.export(tmp_path / "b1.zip"))
    assert _decision(central, cid)[:2] == ("refused", "hors programme")
    conflicts = [c for c in review.conflict_details(central.store) if c.entity == "decision"]
    assert len(conflicts) == 1
    assert conflicts[0].winner_value["decision"] == "refused"
    assert conflicts[0].loser_value["decision"] == "admitted"

    # The admin keeps the admission: central's op wins and the conflict is settled for good.
    review.resolve_conflict(central.store, conflicts[0].id, "loser")
    assert _decision(central, cid)[0] == "admitted"
    assert [c for c in review.conflict_details(central.store) if c.entity == "decision"] == []


def test_a_decision_taken_at_central_is_kept_when_laptop_edits_arrive(
    tmp_path: Path, central: Central
) -> None:
    a = make_laptop(tmp_path, "a", central)
    c = person(1)
    cid = a.save(c)
    import_bundle(central.store, central.keys, a.export(tmp_path / "a0.zip"))
    ctx = central_admin.open_context(central.url)
    admin = central_admin.unlock(ctx, PASSPHRASE)
    record_decision(ctx, admin.actor, cid, "admitted", None)
    ctx.store.close()
    c.notes = "appel de suivi"
    a.save(c)
    import_bundle(central.store, central.keys, a.export(tmp_path / "a1.zip"))
    assert _decision(central, cid)[0] == "admitted"
