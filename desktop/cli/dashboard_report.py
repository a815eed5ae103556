"""`central report --from --to --event`: the period and event of the programme's figures, and
their lines in the report's text output (the JSON output carries them under "programme")."""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from desktop.central.report import event_id_for_code
from desktop.cli.common import CliError
from desktop.domain.dashboard import DashboardFilter
from desktop.domain.messages import register
from desktop.storage.store import Store

register(
    {
        "dashboard.bad_date": (
            "{option} : « {value} » n'est pas une date. Écrivez-la AAAA-MM-JJ, par exemple 2026-04-01.",
            '{option}: "{value}" is not a date. Write it YYYY-MM-DD, for example 2026-04-01.',
        ),
        "dashboard.unknown_event": (
            "--event : aucun événement n'a le code « {event} ». Vérifiez le code de l'événement.",
            '--event: no event has the code "{event}". Check the event\'s code.',
        ),
    }
)


def _date(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise CliError("dashboard.bad_date", option=option, value=value) from None


def programme_filter(store: Store, args: argparse.Namespace) -> DashboardFilter:
    event_id = None
    if args.event:
        event_id = event_id_for_code(store, args.event)
        if event_id is None:
            raise CliError("dashboard.unknown_event", event=args.event)
    flt = DashboardFilter(_date(args.date_from, "--from"), _date(args.date_to, "--to"), event_id)
    problem = flt.check()
    if problem:
        raise CliError(problem)
    return flt


def print_programme(figures: dict[str, Any]) -> None:
    """Tab-separated lines, one per figure, like the rest of the report's text output."""
    period = figures["period"]
    print(f"programme\tperiod\t{period['from'] or '-'}\t{period['to'] or '-'}")
    print(f"programme\tevent\t{figures['event'] or '-'}")
    print(f"programme\tas_of\t{figures['as_of']}")
    funnel = figures["funnel"]
    for key in ("registered", "eligible", "review", "admitted", "introduced", "employed"):
        print(f"programme\tfunnel\t{key}\t{funnel[key]}")
    for months, reached in funnel["reached"].items():
        print(f"programme\tretention\t{months}\t{reached}\t{funnel['retained'][months]}")
    for key, value in figures["companies_supported"].items():
        print(f"programme\tcompanies\t{key}\t{'-' if value is None else value}")
    print(f"programme\tplacements\t{figures['placements']}")
    for key, value in figures["placements_by_noc"].items():
        print(f"programme\tplacements_by_noc\t{key}\t{value}")
    for key, value in figures["placements_by_event"].items():
        print(f"programme\tplacements_by_event\t{key}\t{value}")
    for key, value in figures["time_to_hire_days"].items():
        print(f"programme\ttime_to_hire\t{key}\t{'-' if value is None else value}")
