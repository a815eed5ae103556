"""Pure workspace rules: amounts and hours as typed in Quebec, month arithmetic, language scales."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from desktop.domain.matching import LanguageEntry, entry_rank, language_rank
from desktop.domain.subsidy import add_months, followup_dates, subsidy_amounts, week_bounds
from desktop.domain.workspace import LanguageRequirement
from desktop.domain.workspace_validation import parse_hours, parse_money


@pytest.mark.parametrize(
    ("text", "cents"),
    [("24,50", 2450), ("24.5", 2450), ("1 234,56 $", 123456), ("18", 1800), ("0,99", 99)],
)
def test_amounts_are_read_as_quebec_staff_type_them(text: str, cents: int) -> None:
    assert parse_money(text) == cents


@pytest.mark.parametrize("text", ["vingt", "24,505", "1.2.3", ""])
def test_what_is_not_an_amount_is_refused(text: str) -> None:
    with pytest.raises(ValueError):
        parse_money(text)


def test_hours_accept_a_decimal_comma() -> None:
    assert parse_hours("37,5") == Decimal("37.50")
    assert parse_hours("35 h") == Decimal("35.00")
    with pytest.raises(ValueError):
        parse_hours("trente")


def test_month_arithmetic_clamps_to_the_end_of_shorter_months() -> None:
    assert add_months(date(2027, 1, 31), 1) == date(2027, 2, 28)
    assert add_months(date(2028, 1, 31), 1) == date(2028, 2, 29)
    assert add_months(date(2026, 11, 30), 3) == date(2027, 2, 28)
    assert add_months(date(2026, 3, 31), -1) == date(2026, 2, 28)
    assert followup_dates(date(2026, 8, 31), [1, 3, 6, 12, 6]) == [
        date(2026, 9, 30),
        date(2026, 11, 30),
        date(2027, 2, 28),
        date(2027, 8, 31),
    ]


def test_the_week_runs_monday_to_sunday() -> None:
    assert week_bounds(date(2026, 11, 29)) == (date(2026, 11, 23), date(2026, 11, 29))
    assert week_bounds(date(2026, 11, 30)) == (date(2026, 11, 30), date(2026, 12, 6))


def test_the_ceiling_uses_the_minimum_wage_in_force_on_the_start_date() -> None:
    april = subsidy_amounts(3000, Decimal(35), 52, date(2026, 4, 30))
    may = subsidy_amounts(3000, Decimal(35), 52, date(2026, 5, 1))
    assert (april.minimum_wage_cents, april.max_hourly_cents, april.capped) == (1610, 1610, True)
    assert (may.max_hourly_cents, may.weekly_cents, may.total_cents) == (1660, 58100, 3021200)
    low = subsidy_amounts(2000, Decimal("37.5"), 10, date(2026, 5, 1))
    assert (low.max_hourly_cents, low.capped, low.total_cents) == (1400, False, 525000)
    with pytest.raises(ValueError):
        subsidy_amounts(3000, Decimal(35), 52, date(2020, 1, 1))  # before the first dated rate


def test_language_levels_read_on_their_own_scale() -> None:
    def entry(level: int | None, scale: str = "nclc", stage: str | None = None) -> LanguageEntry:
        return LanguageEntry("fr", "overall", level, stage, scale)

    assert entry_rank(entry(4)) is LanguageRequirement.BASIC
    assert entry_rank(entry(5)) is LanguageRequirement.INTERMEDIATE
    assert entry_rank(entry(9)) is LanguageRequirement.ADVANCED
    assert entry_rank(entry(3, "cefr")) is LanguageRequirement.INTERMEDIATE  # B1
    assert entry_rank(entry(None, "self", "native")) is LanguageRequirement.ADVANCED
    skills = [
        LanguageEntry("fr", "speaking", 9, None, "nclc"),
        LanguageEntry("fr", "writing", 5, None, "nclc"),
    ]
    assert language_rank(skills, "fr") is LanguageRequirement.INTERMEDIATE  # the weakest skill
    assert language_rank([*skills, entry(10)], "fr") is LanguageRequirement.ADVANCED  # overall
    assert language_rank(skills, "en") is None
