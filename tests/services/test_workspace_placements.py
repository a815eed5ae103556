"""Introductions, hires, subsidy files and follow-ups through the real services and store."""

from __future__ import annotations

import io
from datetime import date
from decimal import Decimal

import pytest
from pypdf import PdfReader

from desktop.app import Application
from desktop.domain.formatting import format_money
from desktop.domain.messages import issue_text
from desktop.domain.subsidy import subsidy_amounts
from desktop.domain.workspace import Introduction, Placement, SubsidyFile
from desktop.services.actor import Actor
from desktop.services.employers import get_employer, get_opening
from desktop.services.followups import due_followups, placement_followups, record_followup
from desktop.services.introductions import (
    default_variant,
    draft_placement,
    get_introduction,
    introduce,
    introduction_dossier,
    list_introductions,
    record_outcome,
)
from desktop.services.placements import get_subsidy, record_placement, save_subsidy
from desktop.services.workspace_common import FOLLOWUP_MONTHS_KEY, WorkspaceError
from tests.support.workspace_data import company, opening, person


def _hire(ctx, actor, candidate_id, employer_id, start, wage=3000, hours="35") -> str:  # type: ignore[no-untyped-def]
    placement = Placement(
        candidate_id=candidate_id,
        employer_id=employer_id,
        job_title="Technicienne en génie civil",
        noc_code="22300",
        start_date=start,
        hours_per_week=Decimal(hours),
        hourly_wage_cents=wage,
    )
    saved = record_placement(ctx, actor, placement)
    assert saved.saved, saved.issues
    return saved.id


def test_a_first_introduction_sends_the_anonymised_profile_then_the_full_dossier(
    app: Application, admin: Actor
) -> None:
    ctx = app.ctx
    employer_id = company(ctx, admin)
    candidate = person(ctx, admin, "Nguyễn", "Thị Mai")
    assert default_variant(ctx, admin, candidate, employer_id) == "anonymized"
    first = introduce(
        ctx, admin, Introduction(candidate_id=candidate, employer_id=employer_id), date(2026, 5, 4)
    )
    assert first.saved
    assert default_variant(ctx, admin, candidate, employer_id) == "full"
    assert get_introduction(ctx, admin, first.id).dossier_variant == "anonymized"
    employer = get_employer(ctx, admin, employer_id)
    assert employer is not None and employer.supported_since == date(2026, 5, 4)
    pdf = introduction_dossier(ctx, admin, first.id, "fr")
    assert pdf is not None
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert "Mai" not in text and "Nguy" not in text  # anonymised: no name


def test_a_candidate_without_consent_cannot_be_introduced(app: Application, admin: Actor) -> None:
    ctx = app.ctx
    employer_id = company(ctx, admin)
    candidate = person(ctx, admin, "Sans", "Consentement", share=False)
    with pytest.raises(WorkspaceError) as refused:
        introduce(ctx, admin, Introduction(candidate_id=candidate, employer_id=employer_id))
    assert refused.value.code == "workspace.candidate_not_shareable"
    assert list_introductions(ctx, admin) == []


def test_a_declined_outcome_needs_a_reason_and_hired_offers_a_prefilled_hire(
    app: Application, admin: Actor
) -> None:
    ctx = app.ctx
    employer_id = company(ctx, admin)
    job = opening(ctx, admin, employer_id, wage_cents=2650, hours="37.5")
    candidate = person(ctx, admin, "محمد", "العلي")
    intro = introduce(
        ctx,
        admin,
        Introduction(candidate_id=candidate, employer_id=employer_id, opening_id=job),
        date(2026, 5, 4),
    ).id
    declined = record_outcome(ctx, admin, intro, "declined", date(2026, 5, 10))
    assert not declined.saved
    assert (
        issue_text(declined.issues[0], "en")
        == "Reason declined: Choose the reason it was declined."
    )
    assert record_outcome(ctx, admin, intro, "interview", date(2026, 5, 8)).offer_placement is False
    hired = record_outcome(ctx, admin, intro, "hired", date(2026, 5, 15))
    assert hired.saved and hired.offer_placement
    draft = draft_placement(ctx, admin, intro)
    assert (draft.job_title, draft.noc_code, draft.hourly_wage_cents) == (
        "Technicien·ne en génie civil",
        "22300",
        2650,
    )
    assert draft.hours_per_week == Decimal("37.50") and draft.start_date == date(2026, 5, 15)
    draft.start_date = date(2026, 6, 1)
    assert record_placement(ctx, admin, draft, mark_opening_filled=True).saved
    assert record_outcome(ctx, admin, intro, "hired", date(2026, 5, 15)).offer_placement is False
    opening_now = get_opening(ctx, admin, job)
    assert opening_now is not None and opening_now.status == "filled"


def test_follow_ups_fall_whole_months_after_the_start_clamped_to_month_end(
    app: Application, admin: Actor
) -> None:
    ctx = app.ctx
    placement = _hire(
        ctx, admin, person(ctx, admin, "Ana", "Lima"), company(ctx, admin), date(2027, 1, 31)
    )
    due = [f.due_on for f in placement_followups(ctx, admin, placement)]
    assert due == [date(2027, 2, 28), date(2027, 4, 30), date(2027, 7, 31), date(2028, 1, 31)]
    leap = _hire(
        ctx, admin, person(ctx, admin, "Bo", "Wu"), company(ctx, admin, "B"), date(2027, 8, 31)
    )
    assert [f.due_on for f in placement_followups(ctx, admin, leap)][2] == date(2028, 2, 29)


def test_the_follow_up_intervals_come_from_the_setting(app: Application, admin: Actor) -> None:
    app.ctx.settings[FOLLOWUP_MONTHS_KEY] = [2, 24]
    placement = _hire(
        app.ctx,
        admin,
        person(app.ctx, admin, "Ana", "Lima"),
        company(app.ctx, admin),
        date(2026, 3, 15),
    )
    assert [f.due_on for f in placement_followups(app.ctx, admin, placement)] == [
        date(2026, 5, 15),
        date(2028, 3, 15),
    ]


def test_moving_the_start_date_reschedules_pending_follow_ups_only(
    app: Application, admin: Actor
) -> None:
    ctx = app.ctx
    placement_id = _hire(
        ctx, admin, person(ctx, admin, "Ana", "Lima"), company(ctx, admin), date(2026, 1, 10)
    )
    first = placement_followups(ctx, admin, placement_id)[0]
    record_followup(ctx, admin, first.id, done_on=date(2026, 2, 12), still_employed=True)
    from desktop.services.placements import get_placement

    placement = get_placement(ctx, admin, placement_id)
    placement.start_date = date(2026, 1, 20)
    assert record_placement(ctx, admin, placement).saved
    dates = [(f.due_on, f.done_on) for f in placement_followups(ctx, admin, placement_id)]
    assert dates == [
        (date(2026, 2, 10), date(2026, 2, 12)),
        (date(2026, 2, 20), None),
        (date(2026, 4, 20), None),
        (date(2026, 7, 20), None),
        (date(2027, 1, 20), None),
    ]


def test_due_this_week_lists_overdue_first_and_recorded_ones_leave_the_list(
    app: Application, admin: Actor
) -> None:
    ctx = app.ctx
    employer_id = company(ctx, admin)
    overdue = _hire(
        ctx, admin, person(ctx, admin, "Ana", "Lima"), employer_id, date(2026, 9, 1)
    )  # 1 month: Oct 1
    this_week = _hire(
        ctx, admin, person(ctx, admin, "Bo", "Wu"), employer_id, date(2026, 9, 11)
    )  # Oct 11 (Sunday)
    _hire(
        ctx, admin, person(ctx, admin, "Chi", "Tran"), employer_id, date(2026, 9, 12)
    )  # Oct 12: next week
    today = date(2026, 10, 7)  # a Wednesday
    due = due_followups(ctx, admin, today)
    assert (due.week_start, due.week_end) == (date(2026, 10, 5), date(2026, 10, 11))
    assert [f.placement_id for f in due.overdue] == [overdue]
    assert [f.placement_id for f in due.this_week] == [this_week]
    assert due.overdue[0].candidate_name == "Ana Lima"
    saved = record_followup(
        ctx,
        admin,
        due.overdue[0].id,
        done_on=today,
        still_employed=True,
        francization_ok=True,
        notes="Très bien",
    )
    assert saved.saved
    assert due_followups(ctx, admin, today).overdue == []
    missing = record_followup(ctx, admin, due.this_week[0].id, done_on=None, still_employed=True)
    assert not missing.saved and missing.issues[0].field == "followup.done_on"


def test_the_subsidy_ceiling_follows_the_minimum_wage_in_force_on_the_start_date(
    app: Application, admin: Actor
) -> None:
    ctx = app.ctx
    employer_id = company(ctx, admin)
    april = _hire(ctx, admin, person(ctx, admin, "Ana", "Avril"), employer_id, date(2026, 4, 30))
    may = _hire(ctx, admin, person(ctx, admin, "Bo", "Mai"), employer_id, date(2026, 5, 1))
    for placement_id in (april, may):
        assert save_subsidy(
            ctx, admin, SubsidyFile(placement_id=placement_id, planned_weeks=52)
        ).saved
    april_file, may_file = get_subsidy(ctx, admin, april), get_subsidy(ctx, admin, may)
    assert april_file is not None and may_file is not None
    # 70 % of 30,00 $ = 21,00 $, capped at the minimum wage: 16,10 $ until 30 April, 16,60 $ from 1 May.
    assert (april_file.max_hourly_subsidy_cents, may_file.max_hourly_subsidy_cents) == (1610, 1660)
    total = subsidy_amounts(3000, Decimal(35), 52, date(2026, 5, 1)).total_cents
    assert total == 1660 * 35 * 52
    assert format_money(Decimal(total) / 100, "fr") == "30\u00a0212,00\u00a0$"
    assert format_money(Decimal(total) / 100, "en") == "$30,212.00"


def test_a_wage_below_the_cap_is_subsidised_at_seventy_percent(
    app: Application, admin: Actor
) -> None:
    ctx = app.ctx
    placement_id = _hire(
        ctx,
        admin,
        person(ctx, admin, "Ana", "Lima"),
        company(ctx, admin),
        date(2026, 6, 1),
        wage=2000,
    )
    assert save_subsidy(ctx, admin, SubsidyFile(placement_id=placement_id, planned_weeks=26)).saved
    subsidy = get_subsidy(ctx, admin, placement_id)
    assert subsidy is not None and subsidy.max_hourly_subsidy_cents == 1400


def test_subsidy_weeks_and_status_workflow_are_enforced(app: Application, admin: Actor) -> None:
    ctx = app.ctx
    placement_id = _hire(
        ctx, admin, person(ctx, admin, "Ana", "Lima"), company(ctx, admin), date(2026, 6, 1)
    )
    too_long = save_subsidy(ctx, admin, SubsidyFile(placement_id=placement_id, planned_weeks=53))
    assert not too_long.saved
    assert "entre 1 et 52 semaines" in issue_text(too_long.issues[0], "fr")
    assert save_subsidy(ctx, admin, SubsidyFile(placement_id=placement_id, planned_weeks=52)).saved
    jump = save_subsidy(
        ctx, admin, SubsidyFile(placement_id=placement_id, planned_weeks=52, status="approved")
    )
    assert not jump.saved and jump.issues[0].code == "workspace.status_transition"
    submitted = SubsidyFile(
        placement_id=placement_id,
        planned_weeks=52,
        status="submitted",
        support_measures=["hr_tools", "accompaniment"],
    )
    assert save_subsidy(ctx, admin, submitted, today=date(2026, 6, 10)).saved
    stored = get_subsidy(ctx, admin, placement_id)
    assert stored is not None
    assert (stored.status, stored.submitted_on) == ("submitted", date(2026, 6, 10))
    assert stored.support_measures == ["accompaniment", "hr_tools"]
