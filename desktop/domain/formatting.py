"""Dates, times, numbers and money written the Quebec way (domain.md §c.2 F6), from CLDR via Babel.

French uses the fr_CA locale: `2025-03-14` or `14 mars 2025`, `14 h 30`, `1 234,56 $`, « … »;
English uses en_CA: `2025-03-14` or `March 14, 2025`, `2:30 p.m.`, `$1,234.56`. Every space that
must not break a line (thousands separator, before `$` and `%`, inside « », before a.m./p.m.) is
U+00A0 NO-BREAK SPACE: it is what CLDR's fr_CA uses for both separators, so one character is
used throughout and the fonts embedded in the PDFs need no U+202F glyph.
"""

from __future__ import annotations

from datetime import date, datetime, time
from decimal import Decimal
from typing import Final, TypeAlias

from babel import Locale, dates, numbers

from desktop.domain.dates import PartialDate, parse_partial

NBSP: Final = "\u00a0"
_NARROW_NBSP: Final = "\u202f"

Number: TypeAlias = int | float | Decimal


def _is_english(lang: str) -> bool:
    return str(lang).lower().startswith("en")


def _locale(lang: str) -> Locale:
    return Locale.parse("en_CA" if _is_english(lang) else "fr_CA")


def _nbsp(text: str) -> str:
    # CLDR has moved some spaces to U+202F (English times, French group separator in fr_FR);
    # keep one no-break character everywhere.
    return text.replace(_NARROW_NBSP, NBSP)


def format_date(value: date, lang: str = "fr", long: bool = False) -> str:
    """`2025-03-14` in both languages; long: `14 mars 2025` or `March 14, 2025`."""
    if isinstance(value, datetime):
        value = value.date()
    if not long:
        return value.isoformat()
    written = _nbsp(dates.format_date(value, "long", locale=_locale(lang)))
    if value.day == 1 and not _is_english(lang) and written.startswith("1 "):
        written = "1er" + written[1:]  # French writes the first of the month as an ordinal
    return written


def format_partial_date(
    value: str | PartialDate | None, lang: str = "fr", long: bool = True
) -> str:
    """A date that may be known only to the month: `2023-05` gives `mai 2023` or `May 2023`.

    A full date is written as `format_date` does; short form keeps ISO (`2023-05`). Empty input
    gives ""; malformed input raises ValueError.
    """
    partial = value if isinstance(value, PartialDate) else parse_partial(value)
    if partial is None:
        return ""
    if not partial.month_precision:
        return format_date(partial.earliest(), lang, long)
    if not long:
        return partial.isoformat()
    return _nbsp(dates.format_skeleton("yMMMM", partial.earliest(), locale=_locale(lang)))


def format_time(value: time | datetime, lang: str = "fr") -> str:
    """French `14 h 30`, `9 h 05`, `14 h` on the hour (OQLF); English `2:30 p.m.` (en_CA)."""
    if not _is_english(lang):
        # The OQLF writes the hour without a leading zero and drops ":00" on the hour.
        hour = f"{value.hour}{NBSP}h"
        return hour if value.minute == 0 else f"{hour}{NBSP}{value.minute:02d}"
    return _nbsp(dates.format_time(value, "short", locale=_locale(lang)))


def format_datetime(value: datetime, lang: str = "fr", long: bool = False) -> str:
    """`2025-03-14 14 h 30`; long: `14 mars 2025 à 14 h 30`, `March 14, 2025 at 2:30 p.m.`.

    The wall-clock time of `value` is written as given: converting to local time is the
    caller's business.
    """
    day = format_date(value.date(), lang, long)
    clock = format_time(value, lang)
    if not long:
        return f"{day} {clock}"
    return f"{day} at {clock}" if _is_english(lang) else f"{day} à {clock}"


def format_money(amount: Number, lang: str = "fr", currency: str = "CAD") -> str:
    """`1 234,56 $` or `$1,234.56` (Canadian dollars unless told otherwise)."""
    return _nbsp(numbers.format_currency(amount, currency, locale=_locale(lang)))


def _fixed(pattern: str, decimals: int) -> str:
    """A CLDR number pattern with exactly `decimals` fraction digits ("#,##0 %" -> "#,##0.0 %")."""
    pattern = pattern.split(";")[0]  # the positive subpattern; CLDR derives the negative one
    integer_end = max(pattern.rfind("0"), pattern.rfind("#")) + 1
    head = pattern[:integer_end].split(".")[0]
    fraction = "." + "0" * decimals if decimals > 0 else ""
    return head + fraction + pattern[integer_end:]


def format_number(value: Number, lang: str = "fr", decimals: int | None = None) -> str:
    """`1 234,5` or `1,234.5`; up to three decimals, or exactly `decimals` of them."""
    locale = _locale(lang)
    if decimals is None:
        return _nbsp(numbers.format_decimal(value, locale=locale))
    pattern = _fixed(locale.decimal_formats[None].pattern, decimals)
    return _nbsp(numbers.format_decimal(value, format=pattern, locale=locale))


def format_percent(value: Number, lang: str = "fr", decimals: int = 0) -> str:
    """A fraction as a percentage: 0.256 gives `26 %` in French, `26%` in English."""
    locale = _locale(lang)
    pattern = _fixed(locale.percent_formats[None].pattern, decimals)
    return _nbsp(numbers.format_percent(value, format=pattern, locale=locale))


def french_quotes(text: str) -> str:
    """« text », with no-break spaces inside the guillemets as French typography requires."""
    return f"«{NBSP}{text.strip()}{NBSP}»"
