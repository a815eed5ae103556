"""The programme dashboard's use cases: the figures for a period and event, and the event list.

Coordinators and admins only (`programme.figures`). One read-only unit of work per call, so the
GUI can run it in a background thread; the result is plain data (`ProgrammeFigures`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop.domain.dashboard import DashboardFilter, ProgrammeFigures, programme_today
from desktop.domain.messages import register
from desktop.services.actor import Actor
from desktop.services.context import ServiceContext
from desktop.storage import dashboard_queries

register(
    {
        "dashboard.period_reversed": (
            "Période : la date de début est après la date de fin. Inversez-les ou corrigez l'une d'elles.",
            "Period: the start date is after the end date. Swap them or correct one of them.",
        ),
    }
)


class DashboardError(Exception):
    """A filter that makes no sense; `code` is a translated message (desktop.domain.messages)."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code
        self.params: dict[str, object] = {}


@dataclass(frozen=True)
class EventChoice:
    id: str
    code: str
    name: str | None


def programme_figures(
    ctx: ServiceContext, actor: Actor, flt: DashboardFilter, as_of: date | None = None
) -> ProgrammeFigures:
    """The funnel, companies supported, hires by NOC category and event, and time to hire."""
    actor.require("programme.figures")
    problem = flt.check()
    if problem:
        raise DashboardError(problem)
    with ctx.store.read() as session:
        return dashboard_queries.programme_figures(session, flt, as_of or programme_today())


def event_choices(ctx: ServiceContext, actor: Actor) -> list[EventChoice]:
    actor.require("programme.figures")
    with ctx.store.read() as session:
        return [EventChoice(*row) for row in dashboard_queries.event_choices(session)]
