"""Wage-subsidy amounts and retention follow-up dates of a placement.

The maximum hourly subsidy is min(70 % × wage, minimum wage in force on the start date), from the
dated schedule of `desktop.domain.priime` (the minimum wage changes each 1 May); the file's total
ceiling is that rate × weekly hours × planned weeks (≤ 52). Follow-ups fall a whole number of
months after the start date, clamped to the end of shorter months (31 January + 1 month = 28 or
29 February), like `dateutil.relativedelta`.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

from desktop.domain.priime import (
    MINIMUM_WAGE_SCHEDULE,
    PRIIME_MAX_WEEKS,
    SUBSIDY_RATE,
    max_hourly_subsidy,
    minimum_wage,
)

__all__ = [
    "PRIIME_MAX_WEEKS",
    "SUBSIDY_RATE",
    "SubsidyAmounts",
    "add_months",
    "followup_dates",
    "subsidy_amounts",
    "week_bounds",
]


@dataclass(frozen=True)
class SubsidyAmounts:
    """What a subsidy file may claim, in cents; `capped` when the minimum wage was the limit."""

    minimum_wage_cents: int
    max_hourly_cents: int
    weekly_cents: int
    total_cents: int
    capped: bool


def _cents(amount: Decimal) -> int:
    return int((amount * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def subsidy_amounts(
    hourly_wage_cents: int,
    hours_per_week: Decimal,
    planned_weeks: int,
    start_date: date,
    schedule: tuple[tuple[date, Decimal], ...] = MINIMUM_WAGE_SCHEDULE,
) -> SubsidyAmounts:
    """The ceiling of a subsidy file; ValueError if no minimum wage is known on `start_date`."""
    wage = Decimal(hourly_wage_cents) / 100
    floor_wage = minimum_wage(start_date, schedule)
    hourly = max_hourly_subsidy(wage, start_date, schedule)
    weekly = hourly * hours_per_week
    weeks = max(0, min(planned_weeks, PRIIME_MAX_WEEKS))
    return SubsidyAmounts(
        minimum_wage_cents=_cents(floor_wage),
        max_hourly_cents=_cents(hourly),
        weekly_cents=_cents(weekly),
        total_cents=_cents(weekly * weeks),
        capped=wage * SUBSIDY_RATE > floor_wage,
    )


def add_months(day: date, months: int) -> date:
    """`day` moved by whole months, the day clamped to the last of the target month."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def followup_dates(start: date, months: Iterable[int]) -> list[date]:
    """One due date per interval (sorted, duplicates dropped): `months` after the start date."""
    return sorted({add_months(start, m) for m in months if m > 0})


def week_bounds(today: date) -> tuple[date, date]:
    """Monday and Sunday of the week holding `today` (the Quebec work week)."""
    monday = today - timedelta(days=today.weekday())
    return monday, monday + timedelta(days=6)
