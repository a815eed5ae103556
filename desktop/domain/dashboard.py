"""The programme's figures for funders (issue 7): what each one is, and its labels in FR and EN.

Pure data. The SQL that counts lives in `desktop.storage.dashboard_queries`; the service, the
spreadsheet and PDF exports, the command line and the dashboard tab all present one
`ProgrammeFigures` so that every output shows the same numbers. The definitions are written out
for people in docs/DASHBOARD.md; the comments here say how they are computed.

Calendar days are the programme's (Montreal time): a candidate registered at 21 h on 31 March,
Montreal time, belongs to March even though it is already April in UTC.
"""

from __future__ import annotations

import calendar
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

RETENTION_MONTHS = (6, 12)


def programme_timezone() -> tzinfo:
    """Montreal time (America/Toronto in the tz database), else this computer's time zone."""
    try:
        return ZoneInfo("America/Toronto")
    except ZoneInfoNotFoundError:  # pragma: no cover - a system without the tz database
        local = datetime.now().astimezone().tzinfo
        return local if local is not None else UTC


def programme_today() -> date:
    """Today in Montreal, whatever this computer's time zone (a central server may run in UTC)."""
    return datetime.now(programme_timezone()).date()


def add_months(day: date, months: int) -> date:
    """The same day `months` later, on the month's last day when it is shorter (31 Aug + 6 → 28/29 Feb).

    PostgreSQL's `date + interval 'n months'` clamps the same way; the SQLite query does too.
    """
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def local_day(instant: datetime) -> date:
    """The programme's calendar day of a UTC instant."""
    return instant.astimezone(programme_timezone()).date()


def day_start(day: date) -> datetime:
    """The UTC instant at which a programme calendar day begins."""
    return datetime.combine(day, time.min, programme_timezone()).astimezone(UTC)


@dataclass(frozen=True)
class DashboardFilter:
    """Period (both days included; None = open-ended) and event (None = every event)."""

    date_from: date | None = None
    date_to: date | None = None
    event_id: str | None = None

    def check(self) -> str | None:
        """A message code when the filter makes no sense, else None."""
        if self.date_from and self.date_to and self.date_from > self.date_to:
            return "dashboard.period_reversed"
        return None

    @property
    def registered_from(self) -> datetime | None:
        return day_start(self.date_from) if self.date_from else None

    @property
    def registered_before(self) -> datetime | None:
        return day_start(self.date_to + timedelta(days=1)) if self.date_to else None


@dataclass(frozen=True)
class Funnel:
    """The cohort of people registered in the period (and at the event) and how far they went.

    Each later stage counts members of the same cohort, as of `as_of`. The stages are not nested:
    staff may admit a person the rules put in "review", so `admitted` may exceed `eligible`.
    """

    registered: int = 0
    eligible: int = 0  # rules suggested "pass"
    review: int = 0  # rules suggested "review" (for information)
    admitted: int = 0  # staff decision "admitted"
    introduced: int = 0  # at least one introduction on or before as_of
    employed: int = 0  # at least one placement started on or before as_of
    # Per month mark M: members with a placement that started at least M months before as_of
    # (reached), and those of them with a placement that lasted at least M months (retained).
    reached: dict[int, int] = field(default_factory=dict)
    retained: dict[int, int] = field(default_factory=dict)


@dataclass(frozen=True)
class CompaniesSupported:
    """Distinct employers served in the period (an employer counts once in `total`)."""

    total: int = 0
    with_introduction: int = 0
    with_placement: int = 0
    # supported_since in the period; None with an event filter (a company's own support date
    # belongs to no event).
    marked_supported: int | None = 0


@dataclass(frozen=True)
class NocPlacements:
    broad: str | None  # first digit of the NOC code, None when the placement has no code
    placements: int


@dataclass(frozen=True)
class EventPlacements:
    event_id: str | None  # None: people registered outside any event
    code: str | None
    name: str | None
    placements: int


@dataclass(frozen=True)
class TimeToHire:
    """Days from the admission decision to the start of the person's first job."""

    hires: int = 0  # first jobs counted
    median_days: float | None = None
    mean_days: float | None = None
    before_admission: int = 0  # first jobs that started before the decision (not counted)


@dataclass(frozen=True)
class ProgrammeFigures:
    filter: DashboardFilter
    as_of: date
    funnel: Funnel
    companies: CompaniesSupported
    placements: int  # placements that started in the period
    by_noc: list[NocPlacements]
    by_event: list[EventPlacements]
    time_to_hire: TimeToHire
    event_code: str | None = None  # of the filter's event, for titles
    event_name: str | None = None

    def to_json(self) -> dict[str, Any]:
        """Plain JSON for `central report --json` ("programme" key); codes, not labels."""
        funnel = asdict(self.funnel)
        for key in ("reached", "retained"):
            funnel[key] = {str(m): n for m, n in sorted(funnel[key].items())}
        return {
            "period": {
                "from": self.filter.date_from.isoformat() if self.filter.date_from else None,
                "to": self.filter.date_to.isoformat() if self.filter.date_to else None,
            },
            "event": self.event_code,
            "as_of": self.as_of.isoformat(),
            "funnel": funnel,
            "companies_supported": asdict(self.companies),
            "placements": self.placements,
            "placements_by_noc": {(n.broad or "-"): n.placements for n in self.by_noc},
            "placements_by_event": {(e.code or "-"): e.placements for e in self.by_event},
            "time_to_hire_days": asdict(self.time_to_hire),
        }


# NOC 2021 broad occupational categories (the first digit), as Statistics Canada names them.
NOC_BROAD: dict[str, tuple[str, str]] = {
    "0": (
        "Membres des corps législatifs et cadres supérieurs",
        "Legislative and senior management occupations",
    ),
    "1": (
        "Affaires, finance et administration",
        "Business, finance and administration occupations",
    ),
    "2": (
        "Sciences naturelles et appliquées et domaines apparentés",
        "Natural and applied sciences and related occupations",
    ),
    "3": ("Secteur de la santé", "Health occupations"),
    "4": (
        "Enseignement, droit et services sociaux, communautaires et gouvernementaux",
        "Occupations in education, law and social, community and government services",
    ),
    "5": ("Arts, culture, sports et loisirs", "Occupations in art, culture, recreation and sport"),
    "6": ("Vente et services", "Sales and service occupations"),
    "7": (
        "Métiers, transport, machinerie et domaines apparentés",
        "Trades, transport and equipment operators and related occupations",
    ),
    "8": (
        "Ressources naturelles, agriculture et production connexe",
        "Natural resources, agriculture and related production occupations",
    ),
    "9": (
        "Fabrication et services d'utilité publique",
        "Occupations in manufacturing and utilities",
    ),
}


def noc_broad_label(broad: str | None, lang: str = "fr") -> str:
    if broad is None or broad not in NOC_BROAD:
        return "Code CNP non indiqué" if lang != "en" else "No NOC code given"
    pair = NOC_BROAD[broad]
    return pair[1] if lang == "en" else pair[0]


PERIOD_PRESETS = ("all", "fiscal_year", "previous_fiscal_year", "calendar_year", "last_12_months")


def preset_period(preset: str, today: date) -> tuple[date | None, date | None]:
    """The days of a named period. Quebec's (and its funders') fiscal year runs 1 April–31 March."""
    if preset == "all":
        return None, None
    if preset in ("fiscal_year", "previous_fiscal_year"):
        start_year = today.year if today.month >= 4 else today.year - 1
        if preset == "previous_fiscal_year":
            start_year -= 1
        return date(start_year, 4, 1), date(start_year + 1, 3, 31)
    if preset == "calendar_year":
        return date(today.year, 1, 1), date(today.year, 12, 31)
    if preset == "last_12_months":
        return add_months(today, -12) + timedelta(days=1), today
    raise ValueError(preset)
