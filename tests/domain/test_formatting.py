"""Quebec conventions (domain.md §c.2 F6), asserted to the exact character.

U+00A0 NO-BREAK SPACE is written `NB` below: thousands separator, before `$` and `%`, inside
« », around the `h` of French times and before a.m./p.m.
"""

from __future__ import annotations

from datetime import date, datetime, time
from decimal import Decimal

import pytest

from desktop.domain.dates import PartialDate
from desktop.domain.formatting import (
    NBSP,
    format_date,
    format_datetime,
    format_money,
    format_number,
    format_partial_date,
    format_percent,
    format_time,
    french_quotes,
)

NB = "\u00a0"


def test_one_no_break_character() -> None:
    assert NBSP == NB
    outputs = [
        format_money(1234567.5, "fr"),
        format_number(1234567.5, "fr"),
        format_percent(0.5, "fr"),
        format_time(time(14, 30), "en"),
        format_time(time(14, 30), "fr"),
    ]
    assert all("\u202f" not in text for text in outputs)


def test_format_date() -> None:
    day = date(2025, 3, 14)
    assert format_date(day, "fr") == "2025-03-14"
    assert format_date(day, "en") == "2025-03-14"
    assert format_date(day, "fr", long=True) == "14 mars 2025"
    assert format_date(day, "en", long=True) == "March 14, 2025"
    assert format_date(date(2025, 1, 1), "fr", long=True) == "1er janvier 2025"
    assert format_date(datetime(2025, 3, 14, 23, 59), "fr") == "2025-03-14"


def test_format_partial_date() -> None:
    assert format_partial_date("2023-05", "fr") == "mai 2023"
    assert format_partial_date("2023-05", "en") == "May 2023"
    assert format_partial_date("2023-08", "fr") == "août 2023"
    assert format_partial_date("2023-05", "fr", long=False) == "2023-05"
    assert format_partial_date("2023-05-14", "fr") == "14 mai 2023"
    assert format_partial_date("2023-05-14", "en", long=False) == "2023-05-14"
    assert format_partial_date(PartialDate(2024, 12), "en") == "December 2024"
    assert format_partial_date("", "fr") == ""
    assert format_partial_date(None, "fr") == ""
    with pytest.raises(ValueError):
        format_partial_date("05/2023", "fr")


@pytest.mark.parametrize(
    ("clock", "french", "english"),
    [
        (time(14, 30), f"14{NB}h{NB}30", f"2:30{NB}p.m."),
        (time(9, 5), f"9{NB}h{NB}05", f"9:05{NB}a.m."),
        (time(14, 0), f"14{NB}h", f"2:00{NB}p.m."),
        (time(0, 15), f"0{NB}h{NB}15", f"12:15{NB}a.m."),
        (time(12, 0), f"12{NB}h", f"12:00{NB}p.m."),
    ],
)
def test_format_time(clock: time, french: str, english: str) -> None:
    assert format_time(clock, "fr") == french
    assert format_time(clock, "en") == english


def test_format_datetime() -> None:
    moment = datetime(2025, 3, 14, 14, 30)
    assert format_datetime(moment, "fr") == f"2025-03-14 14{NB}h{NB}30"
    assert format_datetime(moment, "en") == f"2025-03-14 2:30{NB}p.m."
    assert format_datetime(moment, "fr", long=True) == f"14 mars 2025 à 14{NB}h{NB}30"
    assert format_datetime(moment, "en", long=True) == f"March 14, 2025 at 2:30{NB}p.m."


@pytest.mark.parametrize(
    ("amount", "french", "english"),
    [
        (1234.56, f"1{NB}234,56{NB}$", "$1,234.56"),
        (Decimal("1234.5"), f"1{NB}234,50{NB}$", "$1,234.50"),
        (0, f"0,00{NB}$", "$0.00"),
        (1234567, f"1{NB}234{NB}567,00{NB}$", "$1,234,567.00"),
        (Decimal("-12.3"), f"-12,30{NB}$", "-$12.30"),
    ],
)
def test_format_money(amount: int | float | Decimal, french: str, english: str) -> None:
    assert format_money(amount, "fr") == french
    assert format_money(amount, "en") == english


def test_format_money_other_currency() -> None:
    assert format_money(10, "fr", currency="EUR") == f"10,00{NB}€"
    assert format_money(10, "en", currency="USD") == "US$10.00"


def test_format_number() -> None:
    assert format_number(1234.56, "fr") == f"1{NB}234,56"
    assert format_number(1234.56, "en") == "1,234.56"
    assert format_number(1234567.891, "fr") == f"1{NB}234{NB}567,891"
    assert format_number(1234.5, "fr", decimals=2) == f"1{NB}234,50"
    assert format_number(1234.5, "en", decimals=2) == "1,234.50"
    assert format_number(Decimal("1234.4"), "fr", decimals=0) == f"1{NB}234"
    assert format_number(42, "fr") == "42"
    assert format_number(-1234.5, "fr", decimals=1) == f"-1{NB}234,5"


def test_format_percent() -> None:
    assert format_percent(0.256, "fr") == f"26{NB}%"
    assert format_percent(0.256, "en") == "26%"
    assert format_percent(0.2567, "fr", decimals=1) == f"25,7{NB}%"
    assert format_percent(0.2567, "en", decimals=2) == "25.67%"
    assert format_percent(1, "fr") == f"100{NB}%"


def test_french_quotes() -> None:
    assert french_quotes("courriel") == f"«{NB}courriel{NB}»"
    assert french_quotes("  personne candidate ") == f"«{NB}personne candidate{NB}»"


def test_locale_variants_are_accepted() -> None:
    assert format_money(1, "en_CA") == "$1.00"
    assert format_money(1, "fr_CA") == f"1,00{NB}$"


def test_the_first_of_the_month_is_an_ordinal_in_french() -> None:
    from datetime import date

    from desktop.domain.formatting import format_date

    assert format_date(date(2026, 4, 1), "fr", long=True) == "1er avril 2026"
    assert format_date(date(2026, 4, 2), "fr", long=True) == "2 avril 2026"
    assert format_date(date(2026, 4, 1), "en", long=True) == "April 1, 2026"
