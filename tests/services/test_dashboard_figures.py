"""The programme's figures on a generated history, checked against counts made here independently.

The same history is written to a laptop's SQLite store and to the central PostgreSQL store; the
expected figures are computed in plain Python from the generated lists (with dateutil's month
arithmetic, not the code under test), for several periods and events.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from datetime import date
from statistics import fmean, median

import pytest
from dateutil.relativedelta import relativedelta

from desktop.app import Application
from desktop.central.setup import open_central
from desktop.domain.dashboard import DashboardFilter, ProgrammeFigures
from desktop.domain.enums import Role
from desktop.services.actor import Actor, PermissionDenied
from desktop.services.context import ServiceContext
from desktop.services.dashboard import DashboardError, programme_figures
from tests.support.dashboard_data import AS_OF, MONTREAL, History, generate

COORDINATOR = Actor(staff_id=None, username="coordo", role=Role.COORDINATOR)

FILTERS = [
    (None, None, None),
    (date(2025, 1, 1), date(2025, 12, 31), None),
    (date(2025, 4, 1), date(2026, 3, 31), "SIIQ-2025"),
    (None, date(2025, 9, 30), "LAVAL-2026"),
    (date(2026, 1, 1), None, None),
]


def expected(h: History, start: date | None, end: date | None, event: str | None) -> dict:
    """Every figure, computed from the generated lists alone."""
    people = {
        p.id: p for p in h.people if not p.deleted and (event is None or p.event_code == event)
    }

    def registered_in(p) -> bool:  # type: ignore[no-untyped-def]
        day = p.registered_at.astimezone(MONTREAL).date()
        return (start is None or day >= start) and (end is None or day <= end)

    last = min(end, AS_OF) if end else AS_OF

    def in_period(day: date | None) -> bool:
        return day is not None and (start is None or day >= start) and day <= last

    cohort = {pid for pid, p in people.items() if registered_in(p)}
    intros = [i for i in h.intros if not i.deleted and i.candidate_id in people]
    jobs = [j for j in h.jobs if not j.deleted and j.candidate_id in people]
    started = [j for j in jobs if j.start <= AS_OF and j.candidate_id in cohort]
    reached, retained = {}, {}
    for months in (6, 12):
        ok_reached, ok_retained = set(), set()
        for j in started:
            mark = j.start + relativedelta(months=months)
            if mark > AS_OF:
                continue
            ok_reached.add(j.candidate_id)
            left = any(
                f.placement_id == j.id
                and f.done_on is not None
                and f.still_employed is False
                and f.due_on <= mark
                for f in h.followups
            )
            if (j.end is None or j.end >= mark) and not left:
                ok_retained.add(j.candidate_id)
        reached[months], retained[months] = len(ok_reached), len(ok_retained)
    intro_employers = {i.employer_id for i in intros if in_period(i.on)}
    job_employers = {j.employer_id for j in jobs if in_period(j.start)}
    marked = (
        {e.id for e in h.employers if not e.deleted and in_period(e.supported_since)}
        if event is None
        else set()
    )
    hires = [j for j in jobs if in_period(j.start)]
    days, before = [], 0
    for pid, p in people.items():
        starts = [j.start for j in jobs if j.candidate_id == pid]
        if not starts or not in_period(min(starts)):
            continue
        if p.decision != "admitted" or p.decided_at is None:
            continue
        elapsed = (min(starts) - p.decided_at.astimezone(MONTREAL).date()).days
        if elapsed < 0:
            before += 1
        else:
            days.append(elapsed)
    return {
        "registered": len(cohort),
        "eligible": sum(people[p].suggested == "pass" for p in cohort),
        "review": sum(people[p].suggested == "review" for p in cohort),
        "admitted": sum(people[p].decision == "admitted" for p in cohort),
        "introduced": len({i.candidate_id for i in intros if i.on <= AS_OF} & cohort),
        "employed": len({j.candidate_id for j in started}),
        "reached": reached,
        "retained": retained,
        "companies": len(intro_employers | job_employers | marked),
        "with_introduction": len(intro_employers),
        "with_placement": len(job_employers),
        "marked": len(marked) if event is None else None,
        "placements": len(hires),
        "by_noc": Counter(j.noc[0] if j.noc else None for j in hires),
        "by_event": Counter(people[j.candidate_id].event_code for j in hires),
        "tth": (len(days), median(days) if days else None, before),
        "mean": round(fmean(days), 1) if days else None,
    }


def observed(figures: ProgrammeFigures) -> dict:
    f, c, t = figures.funnel, figures.companies, figures.time_to_hire
    return {
        "registered": f.registered,
        "eligible": f.eligible,
        "review": f.review,
        "admitted": f.admitted,
        "introduced": f.introduced,
        "employed": f.employed,
        "reached": f.reached,
        "retained": f.retained,
        "companies": c.total,
        "with_introduction": c.with_introduction,
        "with_placement": c.with_placement,
        "marked": c.marked_supported,
        "placements": figures.placements,
        "by_noc": Counter({n.broad: n.placements for n in figures.by_noc}),
        "by_event": Counter({e.code: e.placements for e in figures.by_event}),
        "tth": (t.hires, t.median_days, t.before_admission),
        "mean": t.mean_days,
    }


def check_every_filter(ctx: ServiceContext, history: History) -> None:
    for start, end, event in FILTERS:
        flt = DashboardFilter(start, end, history.event_ids[event] if event else None)
        figures = programme_figures(ctx, COORDINATOR, flt, as_of=AS_OF)
        assert observed(figures) == expected(history, start, end, event), (start, end, event)
        assert figures.event_code == event


@pytest.fixture
def sqlite_history(app: Application) -> Iterator[tuple[ServiceContext, History]]:
    yield app.ctx, generate(app.ctx, COORDINATOR)


def test_the_history_has_the_cases_the_figures_must_handle(sqlite_history) -> None:  # type: ignore[no-untyped-def]
    _ctx, h = sqlite_history
    assert any(p.registered_at.astimezone(MONTREAL).hour == 22 for p in h.people)
    assert any(j.start.day == 31 and j.start.month == 8 for j in h.jobs)
    assert any(i.deleted for i in h.intros) and any(j.deleted for j in h.jobs)
    assert any(f.still_employed is False for f in h.followups)
    assert any(j.noc is None for j in h.jobs) and any(p.event_code is None for p in h.people)
    figures = expected(h, None, None, None)
    assert figures["employed"] > 10 and figures["retained"][6] > 0 and figures["tth"][2] > 0
    assert figures["retained"][6] < figures["reached"][6]


def test_figures_on_a_laptop_store_match_an_independent_count(sqlite_history) -> None:  # type: ignore[no-untyped-def]
    check_every_filter(*sqlite_history)


@pytest.mark.postgres
def test_figures_on_the_central_postgresql_store_match_an_independent_count(
    postgres_url: str,
) -> None:
    store = open_central(postgres_url)
    try:
        ctx = ServiceContext(store=store)
        check_every_filter(ctx, generate(ctx, COORDINATOR))
    finally:
        store.close()


def test_an_empty_store_gives_zeros_not_errors(app: Application) -> None:
    figures = programme_figures(app.ctx, COORDINATOR, DashboardFilter())
    assert figures.funnel.registered == 0 and figures.placements == 0
    assert figures.by_noc == [] and figures.time_to_hire.median_days is None


def test_intake_staff_may_not_see_the_figures(app: Application) -> None:
    intake = Actor(staff_id=None, username="booth", role=Role.INTAKE)
    with pytest.raises(PermissionDenied):
        programme_figures(app.ctx, intake, DashboardFilter())


def test_a_reversed_period_is_refused_with_a_message(app: Application) -> None:
    with pytest.raises(DashboardError) as caught:
        programme_figures(app.ctx, COORDINATOR, DashboardFilter(date(2026, 5, 1), date(2026, 4, 1)))
    assert caught.value.code == "dashboard.period_reversed"


MONTH_ENDS = [date(2025, 8, 31), date(2024, 8, 31), date(2025, 1, 31), date(2025, 3, 15)]


def _sql_marks(ctx: ServiceContext) -> list[date]:
    from sqlalchemy import literal, select

    from desktop.storage.dashboard_queries import add_months as sql_add_months

    with ctx.store.read() as session:
        return [
            session.scalar(select(sql_add_months(literal(day), months)))
            for day in MONTH_ENDS
            for months in (1, 6, 12)
        ]


def _python_marks() -> list[date]:
    return [day + relativedelta(months=m) for day in MONTH_ENDS for m in (1, 6, 12)]


def test_month_marks_end_on_the_last_day_of_a_shorter_month_in_sqlite(app: Application) -> None:
    assert [str(d) for d in _sql_marks(app.ctx)] == [str(d) for d in _python_marks()]


@pytest.mark.postgres
def test_month_marks_end_on_the_last_day_of_a_shorter_month_in_postgresql(
    postgres_url: str,
) -> None:
    store = open_central(postgres_url)
    try:
        assert _sql_marks(ServiceContext(store=store)) == _python_marks()
    finally:
        store.close()


def test_the_last_start_date_reaching_a_mark_is_exact_around_month_ends() -> None:
    from datetime import timedelta

    from desktop.storage.dashboard_queries import latest_start

    day = date(2023, 12, 1)
    while day < date(2025, 4, 1):
        for months in (6, 12):
            last = latest_start(day, months)
            assert last + relativedelta(months=months) <= day
            assert last + timedelta(days=1) + relativedelta(months=months) > day
        day += timedelta(days=1)
