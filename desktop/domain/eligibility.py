"""Suggested programme eligibility (domain.md §b.2): rules R1 to R4 applied to a candidate record.

`assess` turns a candidate — often a half-typed draft — into a suggested outcome with one explained
result per rule; staff makes the decision (no decision rests solely on automated processing, Law 25).
Parameters live in a versioned `RuleSet` stored with every assessment, reasons are stable codes whose
French and English texts are in `eligibility_messages`, and the experience tally is shared with the
PRIIME pre-screen. Pure standard library plus python-dateutil, so the CLI, UI and tests all agree.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_DOWN, Decimal

from dateutil.relativedelta import relativedelta

from desktop.domain.candidate import Candidate, Diploma, Eligibility, Experience, RuleResult
from desktop.domain.dates import PartialDate, parse_partial
from desktop.domain.eligibility_messages import MESSAGES
from desktop.domain.enums import (
    DiplomaLevel,
    EmploymentStatus,
    ImmigrationStatus,
    Outcome,
    WorkAuthorization,
    label,
)

PASS, REVIEW, FAIL = Outcome.PASS.value, Outcome.REVIEW.value, Outcome.FAIL.value
DIPLOMA_ORIGINS = frozenset({"abroad", "quebec", "other_province"})
PERMANENT_STATUSES = frozenset({"citizen", "pr", "protected_person"})
PERMIT_STATUSES = frozenset(
    {"wp_open", "wp_closed", "wp_pgwp", "wp_spouse", "student", "asylum_claimant"}
)


@dataclass(frozen=True)
class RuleSet:
    """The configurable parameters of domain.md §b.1; change `version` whenever a value changes."""

    version: str = "2025.1"
    max_years_in_canada: int = 5  # strictly less than
    min_diploma_level: str = DiplomaLevel.DEP.value
    accepted_diploma_origins: frozenset[str] = frozenset({"abroad", "quebec"})
    max_qc_infield_experience_months: float = 12  # strictly less than
    fte_weighting: bool = False
    full_time_hours: float = 35.0
    arrival_date_field: str = "arrival_date_canada"
    require_work_authorization: bool = True
    days_per_month: float = 30.4375

    def __post_init__(self) -> None:
        # A bad rule set is a configuration error: fail loudly at start-up, not on a candidate.
        DiplomaLevel(self.min_diploma_level)
        if not self.accepted_diploma_origins <= DIPLOMA_ORIGINS:
            raise ValueError(f"unknown diploma origin in {sorted(self.accepted_diploma_origins)}")
        if self.max_years_in_canada < 1 or self.days_per_month <= 0 or self.full_time_hours <= 0:
            raise ValueError("rule set parameters must be positive")
        if not 0 < len(self.version) <= 20:  # eligibility_assessments.rule_set_version is 20 chars
            raise ValueError("version must be 1 to 20 characters")


DEFAULT_RULE_SET = RuleSet()


# --- Tolerant reading of draft values -----------------------------------------------------------


def shown(value: object) -> str:
    """A draft value as typed, without surrounding spaces; "" when missing."""
    return "" if value is None else str(value).strip()


def code_of(value: object, *, upper: bool = False) -> str:
    """A typed code in canonical case: `" QC "` → "qc" (or "QC" with `upper`); "" when blank."""
    text = shown(value)
    return text.upper() if upper else text.lower()


def parse_date(value: object) -> PartialDate | None:
    """None when blank; ValueError for anything that is not a usable `YYYY-MM-DD` or `YYYY-MM`."""
    parsed = parse_partial(None if value is None else str(value))
    if parsed is not None:
        parsed.earliest()  # year 0 passes the pattern but is no `date`: surface it here
    return parsed


def _rank(level: object) -> int | None:
    try:
        return DiplomaLevel(code_of(level)).rank
    except ValueError:
        return None


def rule_result(rule: str, outcome: str, code: str, /, **params: object) -> RuleResult:
    return RuleResult(rule=rule, result=outcome, code=code, params=params)


_result = rule_result


# --- Experience tally (R3, PRIIME P3) -----------------------------------------------------------


def months_below(
    rule: str,
    prefix: str,
    tally: ExperienceTally,
    limit: float,
    limit_name: str,
    codes: tuple[str, str],
    *,
    fte_weighting: bool,
) -> RuleResult:
    """Pass when the tallied in-field months stay under `limit` (R3 and PRIIME P3 alike)."""
    if tally.problem is not None:
        return rule_result(rule, REVIEW, f"{prefix}.{tally.problem}", **tally.params)
    params: dict[str, object] = {
        "months": round(tally.months, 2),
        limit_name: limit,
        "fte_weighting": fte_weighting,
    }
    under, reached = codes
    return rule_result(
        rule,
        PASS if tally.months < limit else FAIL,
        under if tally.months < limit else reached,
        **params,
    )


@dataclass(frozen=True)
class ExperienceTally:
    """In-field months, or the first reason they cannot be counted yet (`problem` then names it)."""

    months: float = 0.0
    # in_field_unknown | location_unknown | dates_invalid | hours_missing
    problem: str | None = None
    params: dict[str, object] = field(default_factory=dict)


def tally_in_field_months(
    experiences: Iterable[Experience],
    intake_date: date,
    located: Callable[[Experience], bool | None],
    *,
    fte_weighting: bool = False,
    full_time_hours: float = 35.0,
    days_per_month: float = 30.4375,
) -> ExperienceTally:
    """Months of in-field work where `located` says True, overlaps counted once.

    `located` returns None when the record cannot tell (no country): that needs review unless the
    job is known to be out of field. Volunteering is not work experience. Month-precision dates
    count from the first day of the start month to the last day of the end month (a job typed
    2023-01 → 2023-03 is three full months); ongoing or later ends stop at the intake date.
    """
    jobs = [e for e in experiences if code_of(e.employment_type) != "volunteer"]
    unknown_field = [e for e in jobs if located(e) is True and e.in_field is None]
    if unknown_field:
        return ExperienceTally(
            problem="in_field_unknown",
            params={"count": len(unknown_field), "job": _job(unknown_field[0])},
        )
    for e in jobs:
        if located(e) is None and e.in_field is not False:
            return ExperienceTally(problem="location_unknown", params={"job": _job(e)})
    # Each in-field job adds its FTE factor on the days it covers; a day counts min(1, total), so
    # overlapping jobs are counted once (domain.md "merge_overlaps") and, with FTE weighting, two
    # overlapping half-time jobs make one full-time day.
    # Day numbers (ordinals) rather than dates: the day after an interval may be past date.max.
    deltas: dict[int, tuple[float, int]] = {}  # day -> (change of FTE total, change of job count)
    for e in jobs:
        if located(e) is not True or e.in_field is not True:
            continue
        try:
            start = parse_date(e.start)
            end = parse_date(e.end)
        except ValueError:
            return _dates_problem(e)
        if start is None or (end is not None and end.latest() < start.earliest()):
            return _dates_problem(e)
        factor = 1.0
        if fte_weighting:
            hours = e.hours_per_week
            if not isinstance(hours, int | float) or not math.isfinite(hours) or hours <= 0:
                return ExperienceTally(problem="hours_missing", params={"job": _job(e)})
            factor = min(1.0, float(hours) / full_time_hours)
        first = start.earliest().toordinal()
        last = min(end.latest() if end else intake_date, intake_date).toordinal()
        if first > last:  # starts after the intake: no experience yet
            continue
        for day, sign in ((first, 1), (last + 1, -1)):
            change, jobs_on = deltas.get(day, (0.0, 0))
            deltas[day] = (change + sign * factor, jobs_on + sign)
    days = 0.0
    weight, active, previous = 0.0, 0, 0
    for day in sorted(deltas):
        if active > 0:  # count, not weight, says whether a job is on: float sums leave dust
            days += (day - previous) * min(1.0, weight)
        weight += deltas[day][0]
        active += deltas[day][1]
        previous = day
    return ExperienceTally(months=days / days_per_month)


def _job(e: Experience) -> str:
    return shown(e.job_title) or "?"


def _dates_problem(e: Experience) -> ExperienceTally:
    value = f"{shown(e.start) or '?'} → {shown(e.end) or '…'}"
    return ExperienceTally(problem="dates_invalid", params={"job": _job(e), "value": value})


def in_quebec(e: Experience) -> bool | None:
    """True in Quebec, False elsewhere, None when the record cannot tell (Canada without province)."""
    country = code_of(e.country, upper=True)
    province = code_of(e.province, upper=True)
    if province == "QC" and country in ("CA", ""):
        return True
    if (country == "CA" and not province) or (not country and not province):
        return None
    return False


# --- The rules ------------------------------------------------------------------------------------


def rule_r1(c: Candidate, intake_date: date, rules: RuleSet) -> RuleResult:
    """Newcomer: in Canada for less than `max_years_in_canada` years. First matching line wins."""
    years = rules.max_years_in_canada
    if code_of(c.country_of_birth, upper=True) == "CA":
        return _result("R1", REVIEW, "r1.born_in_canada")
    raw = getattr(c, rules.arrival_date_field, None)
    try:
        arrival = parse_date(raw)
    except ValueError:
        return _result("R1", REVIEW, "r1.arrival_invalid", value=shown(raw))
    if arrival is None:
        return _result("R1", REVIEW, "r1.arrival_missing", years=years)
    # A month-only arrival is "future" only if even its first day is after the intake.
    if arrival.earliest() > intake_date:
        return _result(
            "R1", FAIL, "r1.arrival_future", arrival=str(arrival), intake=intake_date.isoformat()
        )
    # Benefit of the doubt: a month-only arrival is taken as the last day of that month.
    counted_from = arrival.latest()
    params: dict[str, object] = {
        "arrival": str(arrival),
        "years": years,
        "month_precision": arrival.month_precision,
    }
    try:
        limit = counted_from + relativedelta(years=years)  # 29 Feb → 28 Feb
    except (ValueError, OverflowError):  # beyond year 9999: necessarily after the intake
        return _result("R1", PASS, "r1.under_5_years", limit="9999-12-31", **params)
    params["limit"] = limit.isoformat()
    if intake_date < limit:
        return _result("R1", PASS, "r1.under_5_years", **params)
    return _result("R1", FAIL, "r1.five_years_or_more", **params)


def diploma_origin(d: Diploma) -> str | None:
    """abroad, quebec or other_province; None when country (or the Canadian province) is missing."""
    country = code_of(d.country, upper=True)
    province = code_of(d.province, upper=True)
    if not country:
        return "quebec" if province == "QC" else None
    if country != "CA":
        return "abroad"
    if not province:
        return None
    return "quebec" if province == "QC" else "other_province"


def rule_r2(c: Candidate, rules: RuleSet) -> RuleResult:
    """Diploma obtained abroad or in Quebec, completed, at least `min_diploma_level`."""
    minimum = DiplomaLevel(rules.min_diploma_level).rank
    min_level = rules.min_diploma_level
    high_enough = [d for d in c.diplomas if (_rank(d.level) or 0) >= minimum]
    completed = [d for d in high_enough if d.completed]
    for d in completed:
        origin = diploma_origin(d)
        if origin in rules.accepted_diploma_origins:
            return _result("R2", PASS, f"r2.accepted_{origin}", level=code_of(d.level))
    if any(diploma_origin(d) == "other_province" for d in completed):
        return _result("R2", REVIEW, "r2.other_province", min_level=min_level)
    if any(diploma_origin(d) is None for d in completed):
        return _result("R2", REVIEW, "r2.origin_unknown", min_level=min_level)
    # A diploma without a recognisable level could be the qualifying one.
    unknown = [d for d in c.diplomas if _rank(d.level) is None]
    if any(d.completed for d in unknown):
        return _result("R2", REVIEW, "r2.level_unknown", min_level=min_level)
    # Only a diploma in progress that could qualify once obtained deserves a review (a DES in
    # progress never will): a refinement of domain.md's "any(not d.completed)".
    if any(not d.completed for d in [*high_enough, *unknown]):
        return _result("R2", REVIEW, "r2.in_progress", min_level=min_level)
    return _result("R2", FAIL, "r2.no_eligible_diploma", min_level=min_level)


def rule_r3(c: Candidate, intake_date: date, rules: RuleSet) -> RuleResult:
    """Less than `max_qc_infield_experience_months` of in-field work experience in Quebec."""
    tally = tally_in_field_months(
        c.experiences,
        intake_date,
        in_quebec,
        fte_weighting=rules.fte_weighting,
        full_time_hours=rules.full_time_hours,
        days_per_month=rules.days_per_month,
    )
    return months_below(
        "R3",
        "r3",
        tally,
        rules.max_qc_infield_experience_months,
        "limit",
        ("r3.under_limit", "r3.limit_reached"),
        fte_weighting=rules.fte_weighting,
    )


def rule_r4(c: Candidate, intake_date: date, rules: RuleSet) -> RuleResult:
    """Authorised to work in Canada (needed to place the person in a job)."""
    if not rules.require_work_authorization:
        return _result("R4", PASS, "r4.not_required")
    status = code_of(c.immigration_status)
    if status in PERMANENT_STATUSES:
        return _result("R4", PASS, "r4.permanent_status", status=status)
    if not status:
        return _result("R4", REVIEW, "r4.status_missing")
    if status == ImmigrationStatus.UNKNOWN:
        return _result("R4", REVIEW, "r4.status_unknown")
    if status not in PERMIT_STATUSES and status != ImmigrationStatus.VISITOR_OTHER:
        return _result("R4", REVIEW, "r4.status_invalid", value=shown(c.immigration_status))
    auth = code_of(c.work_authorization)
    if auth and auth not in {w.value for w in WorkAuthorization}:
        value = shown(c.work_authorization)
        return _result("R4", REVIEW, "r4.authorization_invalid", value=value)
    if auth == WorkAuthorization.NO:
        return _result("R4", FAIL, "r4.not_authorized", status=status)
    if status == ImmigrationStatus.VISITOR_OTHER:  # not a work status: staff checks the papers
        return _result("R4", REVIEW, "r4.status_other", status=status)
    # Pending comes before "expired": a renewal applied for in time keeps the right to work
    # (maintained status), which only staff can check.
    if auth == WorkAuthorization.PENDING:
        return _result("R4", REVIEW, "r4.authorization_pending", status=status)
    try:
        expiry = parse_date(c.permit_expiry)
    except ValueError:
        return _result("R4", REVIEW, "r4.expiry_invalid", value=shown(c.permit_expiry))
    if expiry is None:
        return _result("R4", PASS, "r4.permit_no_expiry", status=status)
    # A month-only expiry is read as the end of that month, like any benefit of the doubt.
    if expiry.latest() <= intake_date:
        return _result("R4", FAIL, "r4.permit_expired", status=status, expiry=str(expiry))
    return _result("R4", PASS, "r4.permit_valid", status=status, expiry=str(expiry))


def guarded(rule: str, check: Callable[[], RuleResult]) -> RuleResult:
    """Run one rule; an unexpected error becomes a review instead of blocking a save.

    Assessment runs on every save of drafts that may hold anything; the property tests assert
    that this fallback never actually fires.
    """
    try:
        return check()
    except Exception:
        return _result(rule, REVIEW, "rule.error", rule=rule)


def combine(results: Iterable[RuleResult]) -> str:
    """fail if any rule fails, else review if any needs review, else pass."""
    outcomes = {r.result for r in results}
    return FAIL if FAIL in outcomes else REVIEW if REVIEW in outcomes else PASS


def assess(
    candidate: Candidate, intake_date: date, rules: RuleSet = DEFAULT_RULE_SET
) -> Eligibility:
    """The suggested outcome and one reason per rule R1–R4; never raises, never decides."""
    reasons = [
        guarded("R1", lambda: rule_r1(candidate, intake_date, rules)),
        guarded("R2", lambda: rule_r2(candidate, rules)),
        guarded("R3", lambda: rule_r3(candidate, intake_date, rules)),
        guarded("R4", lambda: rule_r4(candidate, intake_date, rules)),
    ]
    return Eligibility(suggested=combine(reasons), reasons=reasons, rule_set_version=rules.version)


# --- Texts ----------------------------------------------------------------------------------------

# Notes appended to a reason when a boolean parameter is set.
_NOTES = {"month_precision": "note.month_precision", "fte_weighting": "note.fte_weighting"}
_ENUM_PARAMS: dict[str, type[DiplomaLevel | ImmigrationStatus | EmploymentStatus]] = {
    "level": DiplomaLevel,
    "min_level": DiplomaLevel,
    "status": ImmigrationStatus,
    "employment_status": EmploymentStatus,
}


class _Params(dict[str, str]):
    def __missing__(self, key: str) -> str:
        # Reasons read back from the interchange format have no params: keep the sentence.
        return "?"


def _display(key: str, value: object, lang: str) -> str:
    enum = _ENUM_PARAMS.get(key)
    if enum is not None:
        try:
            return label(enum(str(value)), lang)
        except ValueError:
            return str(value)
    if isinstance(value, float) and math.isfinite(value):
        # Truncate, never round up: 11.99 months must not read "12.0 months, less than 12".
        text = str(Decimal(str(value)).quantize(Decimal("0.1"), ROUND_DOWN)).removesuffix(".0")
        return text if lang == "en" else text.replace(".", ",")
    return str(value)


def reason_text(result: RuleResult, lang: str = "fr") -> str:
    """The reason in French (default) or English; the bare code if no text is defined."""
    index = 1 if lang == "en" else 0
    pair = MESSAGES.get(result.code)
    if pair is None:
        return result.code
    params = _Params({k: _display(k, v, lang) for k, v in result.params.items()})
    text = pair[index].format_map(params)
    for flag, note in _NOTES.items():
        if result.params.get(flag) is True:
            text += " " + MESSAGES[note][index].format_map(params)
    return text


def outcome_label(code: str, lang: str = "fr") -> str:
    """« Admissible (suggéré) » / "Suggested eligible", etc.; the code itself if unknown."""
    try:
        return label(Outcome(code), lang)
    except ValueError:
        return code
