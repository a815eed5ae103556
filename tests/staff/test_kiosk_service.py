"""Kiosk self-entry: always a new record marked to verify; staff confirm or merge it."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from desktop.app import Application
from desktop.domain.candidate import Candidate, Consent, Diploma
from desktop.services import kiosk
from desktop.services.actor import Actor
from desktop.services.audit_trail import list_events
from desktop.services.candidates import get_candidate, save_candidate
from desktop.services.listing import list_ids
from desktop.storage.models import OutboxOpRow
from desktop.sync.ops import DELETE, op_from_body


def _typed(**extra: object) -> Candidate:
    base: dict[str, object] = {
        "given_names": "Thị Minh",
        "family_name": "Nguyễn",
        "email": "minh.nguyen@example.ca",
        "consents": [
            Consent(purpose="intake", granted=True),
            Consent(purpose="newsletter", granted=True),
        ],
    }
    base.update(extra)
    return Candidate(**base)  # type: ignore[arg-type]


def test_a_self_entry_is_stored_as_a_new_record_to_verify(app: Application, intake: Actor) -> None:
    result = kiosk.save_self_entry(app.ctx, intake, _typed())
    assert result.saved and result.candidate_id
    stored = get_candidate(app.ctx, intake, result.candidate_id)
    assert stored is not None and stored.self_entered and stored.to_verify
    assert kiosk.to_verify_ids(app.ctx, intake) == [result.candidate_id]


def test_a_self_entry_never_updates_an_existing_record(app: Application, admin: Actor) -> None:
    existing = save_candidate(app.ctx, admin, _typed(phone="514 555 0101")).candidate_id
    attempt = _typed(id=existing, notes="écrasé ?")  # same id, name and e-mail
    result = kiosk.save_self_entry(app.ctx, admin, attempt)
    assert result.candidate_id != existing
    kept = get_candidate(app.ctx, admin, existing)
    assert kept is not None and kept.notes is None and not kept.to_verify


def test_a_self_entry_without_the_intake_consent_is_refused_with_its_own_issues(
    app: Application, intake: Actor
) -> None:
    result = kiosk.save_self_entry(app.ctx, intake, _typed(consents=[]))
    assert not result.saved and result.candidate_id is None
    assert any(i.field.startswith("consents") for i in result.issues)
    assert kiosk.to_verify_ids(app.ctx, intake) == []


def test_review_lists_the_likely_duplicates_and_confirm_clears_the_flag(
    app: Application, admin: Actor, intake: Actor
) -> None:
    existing = save_candidate(app.ctx, admin, _typed()).candidate_id
    entry = kiosk.save_self_entry(app.ctx, intake, _typed()).candidate_id
    assert entry
    review = kiosk.review(app.ctx, intake, entry)
    assert [m.summary.id for m in review.duplicates] == [existing]
    kiosk.confirm(app.ctx, intake, entry)
    confirmed = get_candidate(app.ctx, intake, entry)
    assert confirmed is not None and confirmed.self_entered and not confirmed.to_verify
    assert kiosk.to_verify_ids(app.ctx, intake) == []
    with pytest.raises(kiosk.KioskError):
        kiosk.confirm(app.ctx, intake, entry)
    assert "candidate.verify" in [e.action for e in list_events(app.ctx, admin)]


def test_merge_completes_the_existing_record_and_retires_the_self_entry(
    app: Application, admin: Actor, intake: Actor
) -> None:
    existing = save_candidate(
        app.ctx,
        admin,
        _typed(phone=None, consents=[Consent(purpose="intake", granted=True)]),
    ).candidate_id
    entry = kiosk.save_self_entry(
        app.ctx,
        intake,
        _typed(
            email="autre@example.ca",
            phone="514 555 0199",
            diplomas=[Diploma(title="Ingénierie", level="bac")],
        ),
    ).candidate_id
    assert entry
    assert kiosk.merge_into(app.ctx, intake, entry, existing) == existing
    merged = get_candidate(app.ctx, admin, existing)
    assert merged is not None
    assert merged.email == "minh.nguyen@example.ca"  # a value on file is kept
    assert merged.phone == "+15145550199"  # an empty field takes what the person typed
    assert [d.title for d in merged.diplomas] == ["Ingénierie"]
    assert merged.consent_granted("newsletter")  # the person's latest choice
    assert entry not in list_ids(app.ctx, admin)
    assert not kiosk.is_live(app.ctx, admin, entry)
    assert kiosk.to_verify_ids(app.ctx, admin) == []
    with app.ctx.store.read() as session:
        ops = [op_from_body(r.body) for r in session.scalars(select(OutboxOpRow))]
    assert any(op.candidate == entry and op.kind == DELETE and op.field == "" for op in ops)
    merge = next(e for e in list_events(app.ctx, admin) if e.action == "candidate.merge")
    assert merge.entity_ids == [existing, entry]


def test_merging_a_record_into_itself_is_refused(app: Application, intake: Actor) -> None:
    entry = kiosk.save_self_entry(app.ctx, intake, _typed()).candidate_id
    assert entry
    with pytest.raises(kiosk.KioskError) as caught:
        kiosk.merge_into(app.ctx, intake, entry, entry)
    assert caught.value.code == "kiosk.same_record"
