"""The SQL behind the programme dashboard: counts over candidates and the coordinator workspace.

Every figure is an aggregate computed by the database (COUNT, COUNT DISTINCT, GROUP BY, UNION);
only the time from admission to hire reads one narrow row per person hired in the period, because
a median is not portable SQL. The same statements run on a laptop's SQLite store and on the central
PostgreSQL store. Definitions: `desktop.domain.dashboard` and docs/DASHBOARD.md.
"""

from __future__ import annotations

import statistics
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import (
    Date,
    and_,
    case,
    exists,
    func,
    literal,
    literal_column,
    or_,
    select,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.functions import FunctionElement

from desktop.domain.dashboard import (
    RETENTION_MONTHS,
    CompaniesSupported,
    DashboardFilter,
    EventPlacements,
    Funnel,
    NocPlacements,
    ProgrammeFigures,
    TimeToHire,
    local_day,
)
from desktop.domain.dashboard import add_months as domain_add_months
from desktop.storage.models import CandidateRow, EligibilityRow, EventRow
from desktop.storage.models.workspace import (
    EmployerRow,
    FollowUpRow,
    IntroductionRow,
    PlacementRow,
)


class _AddMonths(FunctionElement[date]):
    """`day + n months`, on the month's last day when it is shorter (as domain `add_months`)."""

    type = Date()
    inherit_cache = True
    name = "add_months"


def add_months(day: Any, months: int) -> ColumnElement[date]:
    return _AddMonths(day, literal_column(str(int(months))))


@compiles(_AddMonths, "sqlite")
def _add_months_sqlite(element: _AddMonths, compiler: SQLCompiler, **kw: Any) -> str:
    day_clause, months_clause = list(element.clauses)
    day = compiler.process(day_clause, **kw)
    months = compiler.process(months_clause, **kw)
    shifted = f"date({day}, '+{months} months')"
    # SQLite rolls 31 Aug + 6 months over to 3 March: step back to the end of February then.
    return (
        f"(CASE WHEN strftime('%d', {shifted}) = strftime('%d', {day}) THEN {shifted} "
        f"ELSE date({shifted}, 'start of month', '-1 day') END)"
    )


@compiles(_AddMonths, "postgresql")
def _add_months_postgresql(element: _AddMonths, compiler: SQLCompiler, **kw: Any) -> str:
    day_clause, months_clause = list(element.clauses)
    day = compiler.process(day_clause, **kw)
    months = compiler.process(months_clause, **kw)
    return f"CAST({day} + INTERVAL '{months} months' AS DATE)"


_EPOCH = datetime(2000, 1, 1, tzinfo=UTC)  # before any deletion the programme can have made


def latest_start(as_of: date, months: int) -> date:
    """The last start date whose `months` mark falls on or before `as_of`.

    The mark (`add_months`) never decreases as the start moves later, so "mark ≤ as_of" is
    "start ≤ this day": a comparison an index serves, instead of date arithmetic on every row.
    """
    day = domain_add_months(as_of, -months)
    while domain_add_months(day + timedelta(days=1), months) <= as_of:
        day += timedelta(days=1)
    return day


def _live_candidates(flt: DashboardFilter) -> list[ColumnElement[bool]]:
    """People of the filter's event (any registration date), not deleted."""
    conditions: list[ColumnElement[bool]] = [CandidateRow.deleted_at.is_(None)]
    if flt.event_id is not None:
        conditions.append(CandidateRow.event_id == flt.event_id)
    return conditions


def _cohort(flt: DashboardFilter) -> list[ColumnElement[bool]]:
    """People registered in the period (Montreal calendar days) at the filter's event."""
    conditions = _live_candidates(flt)
    if flt.registered_from is not None:
        conditions.append(CandidateRow.created_at >= flt.registered_from)
    if flt.registered_before is not None:
        conditions.append(CandidateRow.created_at < flt.registered_before)
    return conditions


# Workspace rows are matched to their person with `candidate_id IN (SELECT id FROM candidates
# WHERE …)` rather than a join: both databases evaluate such a subquery once per statement (from
# the candidates' indexes) and probe the result, where a join looks every row's person up again.


def _people(column: Any, flt: DashboardFilter) -> ColumnElement[bool]:
    """`column` (a candidate id) is a live person of the filter's event."""
    if flt.event_id is None:  # every event: only the (few) deleted people are left out
        # A range, not IS NOT NULL, so that SQLite reads the few deleted from the index.
        deleted = select(CandidateRow.id).where(CandidateRow.deleted_at >= _EPOCH)
        outside: ColumnElement[bool] = column.not_in(deleted)
        return outside
    inside: ColumnElement[bool] = column.in_(select(CandidateRow.id).where(*_live_candidates(flt)))
    return inside


def _in_cohort(column: Any, flt: DashboardFilter) -> ColumnElement[bool]:
    """`column` (a candidate id) is one of the people registered in the period at the event."""
    if flt.registered_from is None and flt.registered_before is None:
        return _people(column, flt)
    inside: ColumnElement[bool] = column.in_(select(CandidateRow.id).where(*_cohort(flt)))
    return inside


def _in_period(column: Any, flt: DashboardFilter, as_of: date) -> list[ColumnElement[bool]]:
    """A calendar date inside the period, and never after the as-of date."""
    end = min(flt.date_to, as_of) if flt.date_to else as_of
    conditions: list[ColumnElement[bool]] = [column <= end]
    if flt.date_from is not None:
        conditions.append(column >= flt.date_from)
    return conditions


def _distinct_when(condition: ColumnElement[bool], column: Any) -> ColumnElement[int]:
    return func.count(func.distinct(case((condition, column))))


def funnel(session: Session, flt: DashboardFilter, as_of: date) -> Funnel:
    registered = int(session.scalar(select(func.count(CandidateRow.id)).where(*_cohort(flt))) or 0)
    eligible, review, admitted = session.execute(
        select(
            func.count(case((EligibilityRow.suggested == "pass", 1))),
            func.count(case((EligibilityRow.suggested == "review", 1))),
            func.count(case((EligibilityRow.decision == "admitted", 1))),
        ).where(_in_cohort(EligibilityRow.candidate_id, flt))
    ).one()
    introduced = int(
        session.scalar(
            select(func.count(func.distinct(IntroductionRow.candidate_id))).where(
                _in_cohort(IntroductionRow.candidate_id, flt),
                IntroductionRow.deleted_at.is_(None),
                IntroductionRow.introduced_on <= as_of,
            )
        )
        or 0
    )
    # One pass over the cohort's jobs: employed, and per month mark reached / retained.
    person = PlacementRow.candidate_id
    columns: list[ColumnElement[int]] = [func.count(func.distinct(person))]
    for months in RETENTION_MONTHS:
        # start + M months ≤ as_of, as a plain comparison on the start date (see latest_start).
        reached = PlacementRow.start_date <= latest_start(as_of, months)
        mark = add_months(PlacementRow.start_date, months)
        left_before_mark = exists().where(
            FollowUpRow.placement_id == PlacementRow.id,
            FollowUpRow.done_on.is_not(None),
            FollowUpRow.still_employed.is_(False),
            FollowUpRow.due_on <= mark,
        )
        lasted = and_(
            reached,
            or_(PlacementRow.end_date.is_(None), PlacementRow.end_date >= mark),
            ~left_before_mark,
        )
        columns += [_distinct_when(reached, person), _distinct_when(lasted, person)]
    employed, *marks = session.execute(
        select(*columns).where(
            _in_cohort(person, flt),
            PlacementRow.deleted_at.is_(None),
            PlacementRow.start_date <= as_of,
        )
    ).one()
    return Funnel(
        registered=registered,
        eligible=int(eligible),
        review=int(review),
        admitted=int(admitted),
        introduced=introduced,
        employed=int(employed),
        reached={m: int(marks[2 * i]) for i, m in enumerate(RETENTION_MONTHS)},
        retained={m: int(marks[2 * i + 1]) for i, m in enumerate(RETENTION_MONTHS)},
    )


def companies_supported(session: Session, flt: DashboardFilter, as_of: date) -> CompaniesSupported:
    introduced = set(
        session.scalars(
            select(IntroductionRow.employer_id)
            .where(
                _people(IntroductionRow.candidate_id, flt),
                IntroductionRow.deleted_at.is_(None),
                *_in_period(IntroductionRow.introduced_on, flt, as_of),
            )
            .distinct()
        )
    )
    placed = set(
        session.scalars(
            select(PlacementRow.employer_id)
            .where(
                _people(PlacementRow.candidate_id, flt),
                PlacementRow.deleted_at.is_(None),
                *_in_period(PlacementRow.start_date, flt, as_of),
            )
            .distinct()
        )
    )
    marked: set[str] | None = None
    if flt.event_id is None:  # a company's own support date belongs to no event
        marked = set(
            session.scalars(
                select(EmployerRow.id).where(
                    EmployerRow.deleted_at.is_(None),
                    *_in_period(EmployerRow.supported_since, flt, as_of),
                )
            )
        )
    return CompaniesSupported(
        total=len(introduced | placed | (marked or set())),
        with_introduction=len(introduced),
        with_placement=len(placed),
        marked_supported=None if marked is None else len(marked),
    )


def placements(
    session: Session, flt: DashboardFilter, as_of: date
) -> tuple[int, list[NocPlacements], list[EventPlacements]]:
    """Jobs that started in the period, in all, by NOC broad category and by event."""
    broad = func.substr(PlacementRow.noc_code, 1, 1)
    event: ColumnElement[Any] = (
        select(CandidateRow.event_id)
        .where(CandidateRow.id == PlacementRow.candidate_id)
        .scalar_subquery()
    )
    if flt.event_id is not None:  # every person is of that event: no lookup per job
        event = literal(flt.event_id)
    cells = session.execute(
        select(broad.label("broad"), event.label("event_id"), func.count().label("n"))
        .where(
            _people(PlacementRow.candidate_id, flt),
            PlacementRow.deleted_at.is_(None),
            *_in_period(PlacementRow.start_date, flt, as_of),
        )
        .group_by(broad, event)
    ).all()
    per_noc: dict[str | None, int] = {}
    per_event: dict[str | None, int] = {}
    for code, event_id, n in cells:
        per_noc[code or None] = per_noc.get(code or None, 0) + int(n)
        per_event[event_id] = per_event.get(event_id, 0) + int(n)
    names = {
        row.id: (row.code, row.name)
        for row in session.scalars(
            select(EventRow).where(EventRow.id.in_([e for e in per_event if e is not None]))
        )
    }
    by_noc = [
        NocPlacements(code, n)
        for code, n in sorted(per_noc.items(), key=lambda item: (-item[1], item[0] or "~"))
    ]

    def sort_key(item: tuple[str | None, int]) -> tuple[int, str]:
        code = names[item[0]][0] if item[0] in names else None
        return -item[1], code or "~"

    by_event = []
    for event_id, n in sorted(per_event.items(), key=sort_key):
        code, name = names.get(event_id, (None, None)) if event_id else (None, None)
        by_event.append(EventPlacements(event_id, code, name, n))
    return sum(per_noc.values()), by_noc, by_event


def time_to_hire(session: Session, flt: DashboardFilter, as_of: date) -> TimeToHire:
    """Admission decision → first job, for people whose first job started in the period."""
    first = (
        select(
            PlacementRow.candidate_id.label("candidate_id"),
            func.min(PlacementRow.start_date).label("first_start"),
        )
        .where(_people(PlacementRow.candidate_id, flt), PlacementRow.deleted_at.is_(None))
        .group_by(PlacementRow.candidate_id)
        .subquery()
    )
    rows = session.execute(
        select(first.c.first_start, EligibilityRow.decided_at)
        .join(EligibilityRow, EligibilityRow.candidate_id == first.c.candidate_id)
        .where(
            and_(
                EligibilityRow.decision == "admitted",
                EligibilityRow.decided_at.is_not(None),
                *_in_period(first.c.first_start, flt, as_of),
            )
        )
    ).all()
    days: list[int] = []
    before = 0
    for first_start, decided_at in rows:
        start = first_start if isinstance(first_start, date) else date.fromisoformat(first_start)
        elapsed = (start - local_day(decided_at)).days
        if elapsed < 0:
            before += 1
        else:
            days.append(elapsed)
    return TimeToHire(
        hires=len(days),
        median_days=float(statistics.median(days)) if days else None,
        mean_days=round(statistics.fmean(days), 1) if days else None,
        before_admission=before,
    )


def programme_figures(session: Session, flt: DashboardFilter, as_of: date) -> ProgrammeFigures:
    total, by_noc, by_event = placements(session, flt, as_of)
    code = name = None
    if flt.event_id is not None:
        event = session.get(EventRow, flt.event_id)
        if event is not None:
            code, name = event.code, event.name
    return ProgrammeFigures(
        filter=flt,
        as_of=as_of,
        funnel=funnel(session, flt, as_of),
        companies=companies_supported(session, flt, as_of),
        placements=total,
        by_noc=by_noc,
        by_event=by_event,
        time_to_hire=time_to_hire(session, flt, as_of),
        event_code=code,
        event_name=name,
    )


def event_choices(session: Session) -> list[tuple[str, str, str | None]]:
    """(id, code, name) of every event, for the filter."""
    return [
        (r.id, r.code, r.name) for r in session.scalars(select(EventRow).order_by(EventRow.code))
    ]
