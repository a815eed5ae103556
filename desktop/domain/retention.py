"""Retention rules (Law 25 s. 3.2, 23; domain.md C2, C17): how long each category of personal
information is kept, and what happens then (erase, or anonymise: direct identifiers removed).

Durations are months, counted from the event that starts each category's clock (last activity of
a prospect, the admission decision, a consent's withdrawal, an incident's closure…). The defaults
are a starting point the admin adjusts to the programme's funding agreements.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from desktop.domain.issues import Issue


class RetentionCategory(StrEnum):
    PROSPECT = "prospect"  # registered, never admitted (no decision, or refused)
    ADMITTED = "admitted"
    PLACEMENT = "placement"
    CONSENT = "consent"  # withdrawn or refused consent records
    ACCESS_REQUEST = "access_request"
    INCIDENT = "incident"
    AUDIT = "audit"
    LAPTOP_COPY = "laptop_copy"  # a laptop's copy of what central acknowledged


class RetentionAction(StrEnum):
    ERASE = "erase"
    ANONYMISE = "anonymise"


# Which actions make sense per category (records about the programme itself are only erased).
ALLOWED_ACTIONS: dict[RetentionCategory, tuple[RetentionAction, ...]] = {
    RetentionCategory.PROSPECT: (RetentionAction.ERASE, RetentionAction.ANONYMISE),
    RetentionCategory.ADMITTED: (RetentionAction.ERASE, RetentionAction.ANONYMISE),
    RetentionCategory.PLACEMENT: (RetentionAction.ERASE, RetentionAction.ANONYMISE),
    RetentionCategory.CONSENT: (RetentionAction.ERASE,),
    RetentionCategory.ACCESS_REQUEST: (RetentionAction.ERASE,),
    RetentionCategory.INCIDENT: (RetentionAction.ERASE,),
    RetentionCategory.AUDIT: (RetentionAction.ERASE,),
    RetentionCategory.LAPTOP_COPY: (RetentionAction.ERASE,),
}

MINIMUM_MONTHS: dict[RetentionCategory, int] = {RetentionCategory.INCIDENT: 60}
"""The register of confidentiality incidents is kept at least 5 years (Regulation, s. 7)."""


@dataclass(frozen=True)
class RetentionRule:
    category: RetentionCategory
    months: int
    action: RetentionAction = RetentionAction.ERASE

    def to_json(self) -> dict[str, Any]:
        return {"category": self.category.value, "months": self.months, "action": self.action.value}


DEFAULT_RULES: tuple[RetentionRule, ...] = (
    RetentionRule(RetentionCategory.PROSPECT, 24),
    RetentionRule(RetentionCategory.ADMITTED, 60),
    RetentionRule(RetentionCategory.PLACEMENT, 60),
    RetentionRule(RetentionCategory.CONSENT, 36),
    RetentionRule(RetentionCategory.ACCESS_REQUEST, 24),
    RetentionRule(RetentionCategory.INCIDENT, 60),
    RetentionRule(RetentionCategory.AUDIT, 84),
    RetentionRule(RetentionCategory.LAPTOP_COPY, 1),
)


def rules_from_json(data: object) -> list[RetentionRule]:
    """The stored rules over the defaults (a category never stored keeps its default)."""
    by_category = {r.category: r for r in DEFAULT_RULES}
    if isinstance(data, list):
        for item in data:
            try:
                rule = RetentionRule(
                    RetentionCategory(item["category"]),
                    int(item["months"]),
                    RetentionAction(item.get("action", "erase")),
                )
            except (KeyError, TypeError, ValueError):
                continue
            by_category[rule.category] = rule
    return [by_category[c] for c in RetentionCategory]


def validate_rule(rule: RetentionRule) -> list[Issue]:
    where = f"retention.{rule.category.value}"
    issues: list[Issue] = []
    minimum = MINIMUM_MONTHS.get(rule.category, 0)
    if rule.months < max(minimum, 0) or rule.months > 1200:
        issues.append(Issue("retention.months_range", where, {"minimum": minimum}))
    if rule.action not in ALLOWED_ACTIONS[rule.category]:
        issues.append(Issue("retention.action_not_allowed", where))
    return issues


def add_months(start: date, months: int) -> date:
    """`start` + `months`, on the last day of the month when that day does not exist."""
    total = start.year * 12 + start.month - 1 + months
    year, month = divmod(total, 12)
    month += 1
    for day in (start.day, 30, 29, 28):
        try:
            return date(year, month, day)
        except ValueError:
            continue
    raise ValueError(start)  # pragma: no cover - day 28 always exists


def due_on(start: date | datetime, months: int) -> date:
    day = start.date() if isinstance(start, datetime) else start
    return add_months(day, months)


@dataclass(frozen=True)
class DueItem:
    """One thing past its retention period, with why (codes and ids only: never a name)."""

    category: RetentionCategory
    action: RetentionAction
    subject: str  # "candidate", "consent", "access_request", "incident", "audit"
    subject_id: str
    candidate_id: str | None
    since: date  # when its clock started
    due: date
    reason: str  # message code, e.g. "retention.reason.prospect"
