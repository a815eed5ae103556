"""Dates that may be known only to the month (`2023-05`), as staff often hear them at a booth."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

_PATTERN = re.compile(r"^(\d{4})-(\d{2})(?:-(\d{2}))?$")


@dataclass(frozen=True, order=True)
class PartialDate:
    """A calendar date whose day may be unknown (`day is None` means month precision)."""

    year: int
    month: int
    day: int | None = None

    def __post_init__(self) -> None:
        if not 1 <= self.month <= 12:
            raise ValueError("month")
        if self.day is not None:
            date(self.year, self.month, self.day)  # raises ValueError for 2023-02-30

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Parse `YYYY-MM-DD` or `YYYY-MM`; raise ValueError on anything else."""
        match = _PATTERN.match(text.strip())
        if not match:
            raise ValueError(text)
        year, month, day = match.groups()
        return cls(int(year), int(month), int(day) if day else None)

    @classmethod
    def of(cls, value: date) -> PartialDate:
        return cls(value.year, value.month, value.day)

    @property
    def month_precision(self) -> bool:
        return self.day is None

    def earliest(self) -> date:
        return date(self.year, self.month, self.day or 1)

    def latest(self) -> date:
        """The last day it may stand for: the benefit of the doubt of rule R1."""
        last = calendar.monthrange(self.year, self.month)[1]
        return date(self.year, self.month, self.day or last)

    def isoformat(self) -> str:
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def __str__(self) -> str:
        return self.isoformat()


def parse_partial(text: str | None) -> PartialDate | None:
    """`None` for empty input; ValueError for malformed input."""
    if text is None or not str(text).strip():
        return None
    return PartialDate.parse(str(text))
