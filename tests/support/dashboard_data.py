"""A random but reproducible programme history for the dashboard tests, kept as plain lists.

Candidates are saved through `save_candidate` and decided through `record_decision` (the real
services); their registration and decision instants are then moved into the past, and employers,
introductions, placements and follow-ups are written as rows of the real store. The generated
lists are returned so that a test can compute every expected figure on its own, without the
code under test. Edge cases are planted on purpose: registrations just before midnight in
Montreal (already the next day in UTC), jobs starting on the 31st (the 6-month mark falls on the
last day of a shorter month), deleted introductions and placements, hires before the decision,
follow-ups reporting that the person left, placements without a NOC code, people without an event.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from desktop.domain.candidate import EventRef, new_id
from desktop.services.actor import Actor
from desktop.services.candidates import record_decision, save_candidate
from desktop.services.context import ServiceContext
from desktop.services.demo_data import demo_candidates
from desktop.storage.models import CandidateRow, EligibilityRow, EventRow
from desktop.storage.models.workspace import (
    EmployerRow,
    FollowUpRow,
    IntroductionRow,
    PlacementRow,
)

MONTREAL = ZoneInfo("America/Toronto")
AS_OF = date(2026, 11, 20)
EVENTS = (
    EventRef(code="SIIQ-2025", name="Salon de l'immigration 2025"),
    EventRef(code="LAVAL-2026", name="Journée emploi Laval 2026"),
    None,
)
NOCS = ("21231", "13110", "31301", "72310", "64100", "41200", None)


@dataclass
class Person:
    id: str
    event_code: str | None
    registered_at: datetime  # UTC
    suggested: str
    decision: str | None = None
    decided_at: datetime | None = None  # UTC
    deleted: bool = False


@dataclass
class Employer:
    id: str
    supported_since: date | None
    deleted: bool = False


@dataclass
class Intro:
    id: str
    candidate_id: str
    employer_id: str
    on: date
    deleted: bool = False


@dataclass
class Job:
    id: str
    candidate_id: str
    employer_id: str
    start: date
    end: date | None
    noc: str | None
    deleted: bool = False


@dataclass
class FollowUp:
    placement_id: str
    due_on: date
    done_on: date | None
    still_employed: bool | None


@dataclass
class History:
    people: list[Person] = field(default_factory=list)
    employers: list[Employer] = field(default_factory=list)
    intros: list[Intro] = field(default_factory=list)
    jobs: list[Job] = field(default_factory=list)
    followups: list[FollowUp] = field(default_factory=list)
    event_ids: dict[str, str] = field(default_factory=dict)  # code → id


def _montreal(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), MONTREAL).astimezone(UTC)


def _random_day(rng: random.Random, start: date, end: date) -> date:
    return start + timedelta(days=rng.randint(0, (end - start).days))


def generate(ctx: ServiceContext, actor: Actor, count: int = 90, seed: int = 7) -> History:
    rng = random.Random(seed)
    history = History()
    for index, event in enumerate(EVENTS):
        share = count // len(EVENTS) + (1 if index < count % len(EVENTS) else 0)
        for candidate in demo_candidates(share, seed=seed + index, event=event, today=AS_OF):
            result = save_candidate(ctx, actor, candidate, today=AS_OF)
            assert result.saved, result.issues
            assert result.eligibility is not None
            day = _random_day(rng, date(2024, 6, 1), date(2026, 10, 31))
            # One in five registered late in the evening: the next day already in UTC.
            hour = 22 if rng.random() < 0.2 else rng.randint(9, 17)
            history.people.append(
                Person(
                    candidate.id,
                    event.code if event else None,
                    _montreal(day, hour, 30),
                    result.eligibility.suggested,
                )
            )
    for person in history.people:
        roll = rng.random()
        if roll < 0.6:
            person.decision = "admitted"
        elif roll < 0.7:
            person.decision = "refused"
        if person.decision:
            record_decision(ctx, actor, person.id, person.decision)
            decided = person.registered_at.astimezone(MONTREAL).date() + timedelta(
                days=rng.randint(0, 60)
            )
            person.decided_at = _montreal(decided, rng.choice([10, 23]), 15)
    history.people[-1].deleted = True  # a deleted person never counts
    history.employers = [
        Employer(
            new_id(),
            _random_day(rng, date(2024, 1, 1), date(2026, 11, 30)) if rng.random() < 0.5 else None,
            deleted=rng.random() < 0.1,
        )
        for _ in range(14)
    ]
    for person in history.people:
        if person.decision != "admitted" and rng.random() > 0.15:
            continue
        registered = person.registered_at.astimezone(MONTREAL).date()
        hired = False
        for _ in range(rng.randint(1, 3)):
            employer = rng.choice(history.employers)
            intro = Intro(
                new_id(),
                person.id,
                employer.id,
                registered + timedelta(days=rng.randint(5, 400)),
                deleted=rng.random() < 0.08,
            )
            history.intros.append(intro)
            if hired or rng.random() > 0.55:
                continue
            hired = True
            start = intro.on + timedelta(days=rng.randint(7, 60))
            if rng.random() < 0.15:
                start = date(start.year, 8, 31) if start.month < 8 else date(start.year, 12, 31)
            if person.decided_at and rng.random() < 0.1:
                start = person.decided_at.astimezone(MONTREAL).date() - timedelta(days=3)
            end = start + timedelta(days=rng.randint(30, 500)) if rng.random() < 0.35 else None
            job = Job(
                new_id(),
                person.id,
                employer.id,
                start,
                end,
                rng.choice(NOCS),
                deleted=rng.random() < 0.05,
            )
            history.jobs.append(job)
            for months in (1, 3, 6, 12):
                due = _plus_months(start, months)
                if due > AS_OF:
                    break
                roll = rng.random()
                if roll < 0.5:
                    history.followups.append(FollowUp(job.id, due, due, True))
                elif roll < 0.65:
                    history.followups.append(FollowUp(job.id, due, due, False))
                else:
                    history.followups.append(FollowUp(job.id, due, None, None))
            if rng.random() < 0.3:  # a second job for some
                second = start + timedelta(days=rng.randint(100, 300))
                history.jobs.append(
                    Job(
                        new_id(), person.id, rng.choice(history.employers).id, second, None, "21231"
                    )
                )
    _write(ctx, history)
    return history


def _plus_months(day: date, months: int) -> date:
    """Follow-up due dates as a coordinator's calendar gives them (31 Aug + 6 → 28 Feb)."""
    from dateutil.relativedelta import relativedelta

    result: date = day + relativedelta(months=months)
    return result


def _write(ctx: ServiceContext, history: History) -> None:
    now = datetime.now(UTC)
    with ctx.store.unit_of_work() as session:
        for row in session.query(EventRow):
            history.event_ids[row.code] = row.id
        for person in history.people:
            candidate = session.get(CandidateRow, person.id)
            assert candidate is not None
            candidate.created_at = person.registered_at
            if person.deleted:
                candidate.deleted_at = now
            if person.decided_at:
                assessment = session.query(EligibilityRow).filter_by(candidate_id=person.id).one()
                assessment.decided_at = person.decided_at
        for employer in history.employers:
            session.add(
                EmployerRow(
                    id=employer.id,
                    legal_name=f"Entreprise {employer.id[:6]}",
                    name_key=f"entreprise {employer.id[:6]}",
                    supported_since=employer.supported_since,
                    deleted_at=now if employer.deleted else None,
                )
            )
        session.flush()
        for intro in history.intros:
            session.add(
                IntroductionRow(
                    id=intro.id,
                    candidate_id=intro.candidate_id,
                    employer_id=intro.employer_id,
                    introduced_on=intro.on,
                    deleted_at=now if intro.deleted else None,
                )
            )
        session.flush()
        for job in history.jobs:
            session.add(
                PlacementRow(
                    id=job.id,
                    candidate_id=job.candidate_id,
                    employer_id=job.employer_id,
                    job_title="Poste",
                    noc_code=job.noc,
                    start_date=job.start,
                    end_date=job.end,
                    hours_per_week=35.0,
                    hourly_wage_cents=2500,
                    deleted_at=now if job.deleted else None,
                )
            )
        session.flush()
        for f in history.followups:
            session.add(
                FollowUpRow(
                    id=new_id(),
                    placement_id=f.placement_id,
                    due_on=f.due_on,
                    done_on=f.done_on,
                    still_employed=f.still_employed,
                )
            )
