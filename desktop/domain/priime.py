"""PRIIME (Quebec wage subsidy for immigrants and visible minorities) pre-screen and subsidy cap.

Only a Services Québec employment-assistance officer can declare a person eligible and issue the
eligibility letter (domain.md §b.3); this module pre-screens criteria P1–P4 so staff know whether
a referral is worth preparing, and computes the maximum hourly subsidy of a `SubsidyFile`
(70 % of the wage, capped at the general minimum wage in force, for up to 52 weeks). Reason codes
share `eligibility_messages` and `eligibility.reason_text` with the programme rules.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from desktop.domain.candidate import Candidate, Experience, RuleResult
from desktop.domain.eligibility import (
    FAIL,
    PASS,
    REVIEW,
    code_of,
    combine,
    guarded,
    months_below,
    reason_text,
    rule_result,
    shown,
    tally_in_field_months,
)
from desktop.domain.eligibility_messages import MESSAGES
from desktop.domain.enums import EmploymentStatus, ImmigrationStatus

PRIIME_MAX_WEEKS = 52
SUBSIDY_RATE = Decimal("0.70")
CENT = Decimal("0.01")

MINIMUM_WAGE_SCHEDULE: tuple[tuple[date, Decimal], ...] = (
    # Quebec general minimum wage, in force from each 1 May (Regulation respecting labour standards).
    (date(2023, 5, 1), Decimal("15.25")),
    (date(2024, 5, 1), Decimal("15.75")),
    (date(2025, 5, 1), Decimal("16.10")),
    (
        date(2026, 5, 1),
        Decimal("16.60"),
    ),  # to confirm: announced rate, check the Gazette officielle
)


@dataclass(frozen=True)
class PriimeParams:
    """Pre-screen parameters; thresholds marked "to confirm" await the MTESS guide 5.10 check."""

    version: str = "2025.1"
    # Guide §1.3.6 defines "significant" North-American experience; 12 months is to confirm.
    na_significant_months: float = 12
    na_countries: frozenset[str] = frozenset({"CA", "US"})
    eligible_employment_statuses: frozenset[str] = frozenset(
        {EmploymentStatus.UNEMPLOYED.value, EmploymentStatus.UNDEREMPLOYED.value}
    )
    # Since 2025-02-01 these temporary workers have no access to public employment services
    # (the post-graduation permit is exempt); asylum claimants are to confirm with MTESS.
    restricted_statuses: frozenset[str] = frozenset(
        {
            ImmigrationStatus.WP_CLOSED.value,
            ImmigrationStatus.WP_OPEN.value,
            ImmigrationStatus.WP_SPOUSE.value,
        }
    )
    restriction_effective: date = date(2025, 2, 1)
    fte_weighting: bool = False
    full_time_hours: float = 35.0
    days_per_month: float = 30.4375


DEFAULT_PRIIME_PARAMS = PriimeParams()


@dataclass
class PriimeScreen:
    """P1–P4 results; `potentially_eligible` means no criterion fails (reviews are to verify)."""

    potentially_eligible: bool
    results: list[RuleResult] = field(default_factory=list)
    params_version: str = ""

    @property
    def outcome(self) -> str:
        """pass, review or fail, combined like the programme rules."""
        return combine(self.results)


_result = rule_result


def rule_p1(c: Candidate) -> RuleResult:
    """Immigrant: born outside Canada. A person born in Canada may qualify as a visible minority,
    which this app does not record, so that case goes to review rather than failing."""
    country = code_of(c.country_of_birth, upper=True)
    if not country:
        return _result("P1", REVIEW, "p1.birth_country_missing")
    if country == "CA":
        return _result("P1", REVIEW, "p1.born_in_canada")
    return _result("P1", PASS, "p1.born_abroad")


def rule_p2(c: Candidate, params: PriimeParams) -> RuleResult:
    """Unemployed or underemployed (our `underemployed` = employed outside one's field)."""
    status = code_of(c.employment_status)
    if not status:
        return _result("P2", REVIEW, "p2.status_missing")
    if status in params.eligible_employment_statuses:
        # A status added to the parameters has no sentence of its own: use the generic one.
        code = f"p2.{status}" if f"p2.{status}" in MESSAGES else "p2.eligible_status"
        return _result("P2", PASS, code, employment_status=status)
    if status == EmploymentStatus.EMPLOYED_IN_FIELD:
        return _result("P2", FAIL, "p2.employed_in_field", employment_status=status)
    if status in {s.value for s in EmploymentStatus}:
        # Studying or in French courses: without a job, but whether that is "unemployed" for
        # PRIIME is the officer's call.
        return _result("P2", REVIEW, "p2.to_confirm", employment_status=status)
    return _result("P2", REVIEW, "p2.status_invalid", value=shown(c.employment_status))


def _north_american(params: PriimeParams) -> Callable[[Experience], bool | None]:
    def located(e: Experience) -> bool | None:
        country = code_of(e.country, upper=True)
        if country:
            return country in params.na_countries
        # A province code without a country is Canadian; nothing at all cannot be told.
        return True if code_of(e.province) else None

    return located


def rule_p3(c: Candidate, intake_date: date, params: PriimeParams) -> RuleResult:
    """No significant North-American (Canada/US) work experience in the person's field."""
    tally = tally_in_field_months(
        c.experiences,
        intake_date,
        _north_american(params),
        fte_weighting=params.fte_weighting,
        full_time_hours=params.full_time_hours,
        days_per_month=params.days_per_month,
    )
    return months_below(
        "P3",
        "p3",
        tally,
        params.na_significant_months,
        "threshold",
        ("p3.under_threshold", "p3.threshold_reached"),
        fte_weighting=params.fte_weighting,
    )


def rule_p4(
    c: Candidate, intake_date: date, params: PriimeParams, already_registered: bool
) -> RuleResult:
    """Access to public employment services, restricted for some work permits since 2025-02-01."""
    effective = params.restriction_effective.isoformat()
    status = code_of(c.immigration_status)
    if intake_date < params.restriction_effective:
        return _result("P4", PASS, "p4.before_effective", effective=effective)
    if not status:
        return _result("P4", REVIEW, "p4.status_missing")
    if status == ImmigrationStatus.UNKNOWN:
        return _result("P4", REVIEW, "p4.status_unknown")
    if status not in {s.value for s in ImmigrationStatus}:
        return _result("P4", REVIEW, "p4.status_invalid", value=shown(c.immigration_status))
    if status in params.restricted_statuses:
        if already_registered:
            return _result("P4", PASS, "p4.registered_exception", status=status)
        return _result("P4", FAIL, "p4.restricted_status", status=status, effective=effective)
    if status == ImmigrationStatus.ASYLUM_CLAIMANT:
        return _result("P4", REVIEW, "p4.asylum_to_confirm", status=status)
    return _result("P4", PASS, "p4.not_restricted", status=status)


def priime_prescreen(
    candidate: Candidate,
    intake_date: date,
    params: PriimeParams = DEFAULT_PRIIME_PARAMS,
    *,
    already_registered_with_services_quebec: bool = False,
) -> PriimeScreen:
    """Pre-screen P1–P4; never raises, never decides (Services Québec does).

    `already_registered_with_services_quebec` is what staff learn from the person or the office,
    not a candidate field: it lifts the P4 restriction for restricted work-permit holders.
    """
    results = [
        guarded("P1", lambda: rule_p1(candidate)),
        guarded("P2", lambda: rule_p2(candidate, params)),
        guarded("P3", lambda: rule_p3(candidate, intake_date, params)),
        guarded(
            "P4",
            lambda: rule_p4(
                candidate, intake_date, params, already_registered_with_services_quebec
            ),
        ),
    ]
    return PriimeScreen(
        potentially_eligible=combine(results) != FAIL,
        results=results,
        params_version=params.version,
    )


def priime_summary(screen: PriimeScreen, lang: str = "fr") -> str:
    """The headline to show above the reasons, e.g. « Potentiellement admissible au PRIIME — … »."""
    return reason_text(
        RuleResult("PRIIME", screen.outcome, f"priime.summary.{screen.outcome}"), lang
    )


# --- Subsidy amount -------------------------------------------------------------------------------


def minimum_wage(
    on: date, schedule: tuple[tuple[date, Decimal], ...] = MINIMUM_WAGE_SCHEDULE
) -> Decimal:
    """The general minimum wage in force on `on`; ValueError before the first dated rate."""
    in_force = [rate for start, rate in sorted(schedule) if start <= on]
    if not in_force:
        raise ValueError(f"no minimum wage known on {on.isoformat()}")
    return in_force[-1]


def max_hourly_subsidy(
    wage: Decimal, on: date, schedule: tuple[tuple[date, Decimal], ...] = MINIMUM_WAGE_SCHEDULE
) -> Decimal:
    """min(70 % of the hourly wage, minimum wage in force on `on`), rounded half-up to the cent."""
    if wage < 0:
        raise ValueError("wage must not be negative")
    subsidy = min(wage * SUBSIDY_RATE, minimum_wage(on, schedule))
    return subsidy.quantize(CENT, rounding=ROUND_HALF_UP)
