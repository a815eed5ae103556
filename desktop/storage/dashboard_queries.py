"""The SQL behind the programme dashboard: counts over candidates and the coordinator workspace.

Every figure is an aggregate computed by the database (COUNT, COUNT DISTINCT, GROUP BY, UNION);
only the time from admission to hire reads one narrow row per person hired in the period, because
a median is not portable SQL. The same statements run on a laptop's SQLite store and on the central
PostgreSQL store. Definitions: `desktop.domain.dashboard` and docs/DASHBOARD.md.
"""

from __future__ import annotations

import statistics
from datetime import date
from typing import Any

from sqlalchemy import (
    Date,
    Select,
    and_,
    case,
    exists,
    func,
    literal_column,
    or_,
    select,
    union,
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


def _in_period(column: Any, flt: DashboardFilter, as_of: date) -> list[ColumnElement[bool]]:
    """A calendar date inside the period, and never after the as-of date."""
    end = min(flt.date_to, as_of) if flt.date_to else as_of
    conditions: list[ColumnElement[bool]] = [column <= end]
    if flt.date_from is not None:
        conditions.append(column >= flt.date_from)
    return conditions


def _count(session: Session, stmt: Select[Any]) -> int:
    return int(session.scalar(stmt) or 0)


def funnel(session: Session, flt: DashboardFilter, as_of: date) -> Funnel:
    cohort = _cohort(flt)
    registered, eligible, review, admitted = session.execute(
        select(
            func.count(CandidateRow.id),
            func.count(case((EligibilityRow.suggested == "pass", 1))),
            func.count(case((EligibilityRow.suggested == "review", 1))),
            func.count(case((EligibilityRow.decision == "admitted", 1))),
        )
        .select_from(CandidateRow)
        .outerjoin(EligibilityRow, EligibilityRow.candidate_id == CandidateRow.id)
        .where(*cohort)
    ).one()
    introduced = _count(
        session,
        select(func.count(func.distinct(IntroductionRow.candidate_id)))
        .join(CandidateRow, CandidateRow.id == IntroductionRow.candidate_id)
        .where(
            *cohort, IntroductionRow.deleted_at.is_(None), IntroductionRow.introduced_on <= as_of
        ),
    )
    hired = [*cohort, PlacementRow.deleted_at.is_(None), PlacementRow.start_date <= as_of]
    employed = _count(
        session,
        select(func.count(func.distinct(PlacementRow.candidate_id)))
        .join(CandidateRow, CandidateRow.id == PlacementRow.candidate_id)
        .where(*hired),
    )
    reached: dict[int, int] = {}
    retained: dict[int, int] = {}
    for months in RETENTION_MONTHS:
        mark = add_months(PlacementRow.start_date, months)
        base = (
            select(func.count(func.distinct(PlacementRow.candidate_id)))
            .join(CandidateRow, CandidateRow.id == PlacementRow.candidate_id)
            .where(*hired, mark <= as_of)
        )
        reached[months] = _count(session, base)
        left_before_mark = exists().where(
            FollowUpRow.placement_id == PlacementRow.id,
            FollowUpRow.done_on.is_not(None),
            FollowUpRow.still_employed.is_(False),
            FollowUpRow.due_on <= mark,
        )
        retained[months] = _count(
            session,
            base.where(
                or_(PlacementRow.end_date.is_(None), PlacementRow.end_date >= mark),
                ~left_before_mark,
            ),
        )
    return Funnel(
        registered=int(registered),
        eligible=int(eligible),
        review=int(review),
        admitted=int(admitted),
        introduced=introduced,
        employed=employed,
        reached=reached,
        retained=retained,
    )


def companies_supported(session: Session, flt: DashboardFilter, as_of: date) -> CompaniesSupported:
    people = _live_candidates(flt)
    introduced = (
        select(IntroductionRow.employer_id.label("employer_id"))
        .join(CandidateRow, CandidateRow.id == IntroductionRow.candidate_id)
        .where(
            *people,
            IntroductionRow.deleted_at.is_(None),
            *_in_period(IntroductionRow.introduced_on, flt, as_of),
        )
    )
    placed = (
        select(PlacementRow.employer_id.label("employer_id"))
        .join(CandidateRow, CandidateRow.id == PlacementRow.candidate_id)
        .where(
            *people,
            PlacementRow.deleted_at.is_(None),
            *_in_period(PlacementRow.start_date, flt, as_of),
        )
    )
    parts = [introduced, placed]
    marked_count: int | None = None
    if flt.event_id is None:  # a company's own support date belongs to no event
        marked = select(EmployerRow.id.label("employer_id")).where(
            EmployerRow.deleted_at.is_(None),
            *_in_period(EmployerRow.supported_since, flt, as_of),
        )
        parts.append(marked)
        marked_count = _count(session, select(func.count()).select_from(marked.subquery()))
    every = union(*parts).subquery()

    def distinct(stmt: Select[Any]) -> int:
        sub = stmt.subquery()
        return _count(session, select(func.count(func.distinct(sub.c.employer_id))))

    return CompaniesSupported(
        total=_count(session, select(func.count()).select_from(every)),
        with_introduction=distinct(introduced),
        with_placement=distinct(placed),
        marked_supported=marked_count,
    )


def _placements_in_period(flt: DashboardFilter, as_of: date) -> list[ColumnElement[bool]]:
    return [
        *_live_candidates(flt),
        PlacementRow.deleted_at.is_(None),
        *_in_period(PlacementRow.start_date, flt, as_of),
    ]


def placements(
    session: Session, flt: DashboardFilter, as_of: date
) -> tuple[int, list[NocPlacements], list[EventPlacements]]:
    where = _placements_in_period(flt, as_of)
    joined = (
        select()
        .select_from(PlacementRow)
        .join(CandidateRow, CandidateRow.id == PlacementRow.candidate_id)
    )
    total = _count(session, joined.add_columns(func.count(PlacementRow.id)).where(*where))
    broad = func.substr(PlacementRow.noc_code, 1, 1)
    by_noc = [
        NocPlacements(code or None, int(n))
        for code, n in session.execute(
            joined.add_columns(broad, func.count(PlacementRow.id))
            .where(*where)
            .group_by(broad)
            .order_by(func.count(PlacementRow.id).desc(), broad)
        )
    ]
    by_event = [
        EventPlacements(event_id, code, name, int(n))
        for event_id, code, name, n in session.execute(
            joined.outerjoin(EventRow, EventRow.id == CandidateRow.event_id)
            .add_columns(
                CandidateRow.event_id, EventRow.code, EventRow.name, func.count(PlacementRow.id)
            )
            .where(*where)
            .group_by(CandidateRow.event_id, EventRow.code, EventRow.name)
            .order_by(func.count(PlacementRow.id).desc(), EventRow.code)
        )
    ]
    return total, by_noc, by_event


def time_to_hire(session: Session, flt: DashboardFilter, as_of: date) -> TimeToHire:
    """Admission decision → first job, for people whose first job started in the period."""
    first = (
        select(
            PlacementRow.candidate_id.label("candidate_id"),
            func.min(PlacementRow.start_date).label("first_start"),
        )
        .join(CandidateRow, CandidateRow.id == PlacementRow.candidate_id)
        .where(*_live_candidates(flt), PlacementRow.deleted_at.is_(None))
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
