"""PRIIME pre-screen P1–P4 and the maximum hourly wage subsidy (domain.md §b.3)."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.domain.candidate import Candidate, Experience, RuleResult
from desktop.domain.eligibility import reason_text
from desktop.domain.eligibility_messages import MESSAGES
from desktop.domain.priime import (
    DEFAULT_PRIIME_PARAMS,
    MINIMUM_WAGE_SCHEDULE,
    PRIIME_MAX_WEEKS,
    PriimeParams,
    max_hourly_subsidy,
    minimum_wage,
    priime_prescreen,
    priime_summary,
)

INTAKE = date(2025, 6, 1)


def candidate(**overrides: Any) -> Candidate:
    """Someone who passes P1–P4 at INTAKE."""
    values: dict[str, Any] = {
        "country_of_birth": "CO",
        "immigration_status": "pr",
        "employment_status": "unemployed",
        "experiences": [],
    }
    values.update(overrides)
    return Candidate(**values)


def job(country: str | None, start: str, end: str | None, **kw: Any) -> Experience:
    values: dict[str, Any] = {"job_title": "Ingénieure", "country": country, "in_field": True}
    values.update(start=start, end=end, **kw)
    return Experience(**values)


def result(c: Candidate, name: str, on: date = INTAKE, **kw: Any) -> RuleResult:
    return next(r for r in priime_prescreen(c, on, **kw).results if r.rule == name)


# --- The screen as a whole ------------------------------------------------------------------------


def test_candidate_meeting_every_criterion_is_potentially_eligible() -> None:
    screen = priime_prescreen(candidate(), INTAKE)
    assert [r.rule for r in screen.results] == ["P1", "P2", "P3", "P4"]
    assert {r.result for r in screen.results} == {"pass"}
    assert screen.potentially_eligible and screen.outcome == "pass"
    assert screen.params_version == DEFAULT_PRIIME_PARAMS.version
    assert priime_summary(screen) == (
        "Potentiellement admissible au PRIIME — à confirmer par Services Québec."
    )
    assert "Services Québec" in priime_summary(screen, "en")


def test_a_criterion_to_verify_keeps_the_person_potentially_eligible() -> None:
    screen = priime_prescreen(candidate(employment_status=None), INTAKE)
    assert screen.potentially_eligible and screen.outcome == "review"
    assert "à compléter ou à vérifier" in priime_summary(screen, "fr")


def test_a_failed_criterion_is_never_shown_as_a_decision() -> None:
    screen = priime_prescreen(candidate(employment_status="employed_in_field"), INTAKE)
    assert not screen.potentially_eligible and screen.outcome == "fail"
    assert "seul Services Québec peut se prononcer" in priime_summary(screen, "fr")
    assert "only Services Québec can decide" in priime_summary(screen, "en")


# --- P1 immigrant ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("country", "outcome", "code"),
    [
        ("CO", "pass", "p1.born_abroad"),
        ("ca", "review", "p1.born_in_canada"),  # may still qualify as a visible minority
        (None, "review", "p1.birth_country_missing"),
    ],
)
def test_p1_immigrant(country: str | None, outcome: str, code: str) -> None:
    r = result(candidate(country_of_birth=country), "P1")
    assert (r.result, r.code) == (outcome, code)


# --- P2 unemployed or underemployed -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "outcome", "code"),
    [
        ("unemployed", "pass", "p2.unemployed"),
        ("underemployed", "pass", "p2.underemployed"),
        ("employed_in_field", "fail", "p2.employed_in_field"),
        ("studying", "review", "p2.to_confirm"),
        ("in_francization", "review", "p2.to_confirm"),
        (None, "review", "p2.status_missing"),
        ("chômeur", "review", "p2.status_invalid"),
    ],
)
def test_p2_unemployed_or_underemployed(status: str | None, outcome: str, code: str) -> None:
    r = result(candidate(employment_status=status), "P2")
    assert (r.result, r.code) == (outcome, code)


def test_p2_statuses_added_to_the_parameters_get_a_generic_reason() -> None:
    params = PriimeParams(eligible_employment_statuses=frozenset({"unemployed", "studying"}))
    r = result(candidate(employment_status="studying"), "P2", params=params)
    assert (r.result, r.code) == ("pass", "p2.eligible_status")
    assert "Aux études" in reason_text(r, "fr") and "Studying" in reason_text(r, "en")


# --- P3 no significant North-American experience in field -----------------------------------------


def test_p3_us_and_canadian_experience_both_count_and_overlaps_count_once() -> None:
    jobs = [
        job("US", "2022-01-01", "2022-08-31"),
        job("CA", "2022-06-01", "2022-12-31", province="ON"),
    ]
    r = result(candidate(experiences=jobs), "P3")
    assert (r.result, r.code) == ("pass", "p3.under_threshold")
    assert r.params["months"] == 11.99  # all of 2022 once: 365 days / 30.4375
    more = [*jobs, job("US", "2023-01-01", "2023-01-31")]
    r = result(candidate(experiences=more), "P3")
    assert (r.result, r.code) == ("fail", "p3.threshold_reached")


def test_p3_experience_elsewhere_out_of_field_or_volunteer_does_not_count() -> None:
    jobs = [
        job("FR", "2010-01-01", "2020-12-31"),
        job("US", "2010-01-01", "2020-12-31", in_field=False),
        job("CA", "2010-01-01", "2020-12-31", province="QC", employment_type="volunteer"),
    ]
    r = result(candidate(experiences=jobs), "P3")
    assert (r.result, r.params["months"]) == ("pass", 0.0)


def test_p3_threshold_is_a_parameter_to_confirm() -> None:
    jobs = [job("US", "2023-01-01", "2024-06-30")]  # 18 months
    assert result(candidate(experiences=jobs), "P3").result == "fail"
    params = replace(DEFAULT_PRIIME_PARAMS, na_significant_months=24)
    r = result(candidate(experiences=jobs), "P3", params=params)
    assert (r.result, r.params["threshold"]) == ("pass", 24)
    assert "à confirmer" in reason_text(r, "fr") and "to confirm" in reason_text(r, "en")


@pytest.mark.parametrize(
    ("experience", "code"),
    [
        (job("US", "2024-01-01", None, in_field=None), "p3.in_field_unknown"),
        (job(None, "2024-01-01", None), "p3.location_unknown"),
        (job("CA", "pas sûr", None), "p3.dates_invalid"),
    ],
)
def test_p3_incomplete_experience_needs_review(experience: Experience, code: str) -> None:
    r = result(candidate(experiences=[experience]), "P3")
    assert (r.result, r.code) == ("review", code)


# --- P4 access to public employment services --------------------------------------------------------


@pytest.mark.parametrize("status", ["wp_closed", "wp_open", "wp_spouse"])
def test_p4_restricted_work_permits_fail(status: str) -> None:
    r = result(candidate(immigration_status=status), "P4")
    assert (r.result, r.code, r.params["effective"]) == (
        "fail",
        "p4.restricted_status",
        "2025-02-01",
    )


def test_p4_already_registered_with_services_quebec_lifts_the_restriction() -> None:
    c = candidate(immigration_status="wp_open")
    r = result(c, "P4", already_registered_with_services_quebec=True)
    assert (r.result, r.code) == ("pass", "p4.registered_exception")


@pytest.mark.parametrize("status", ["wp_pgwp", "pr", "citizen", "student"])
def test_p4_other_statuses_and_the_post_graduation_permit_pass(status: str) -> None:
    r = result(candidate(immigration_status=status), "P4")
    assert (r.result, r.code) == ("pass", "p4.not_restricted")


def test_p4_restriction_applies_from_1_february_2025() -> None:
    c = candidate(immigration_status="wp_spouse")
    assert result(c, "P4", date(2025, 1, 31)).code == "p4.before_effective"
    assert result(c, "P4", date(2025, 2, 1)).result == "fail"


@pytest.mark.parametrize(
    ("status", "code"),
    [
        ("asylum_claimant", "p4.asylum_to_confirm"),
        (None, "p4.status_missing"),
        ("unknown", "p4.status_unknown"),
        ("réfugié", "p4.status_invalid"),
    ],
)
def test_p4_unclear_status_needs_review(status: str | None, code: str) -> None:
    r = result(candidate(immigration_status=status), "P4")
    assert (r.result, r.code) == ("review", code)


def test_priime_reasons_read_in_both_languages() -> None:
    c = candidate(immigration_status="wp_closed", employment_status="underemployed")
    for r in priime_prescreen(c, INTAKE).results:
        fr, en = reason_text(r, "fr"), reason_text(r, "en")
        assert fr and en and fr != en and "{" not in fr + en
    p4 = result(c, "P4")
    assert "Permis de travail fermé" in reason_text(p4, "fr")
    assert "Employer-specific work permit" in reason_text(p4, "en")


# --- Maximum hourly subsidy -------------------------------------------------------------------------


def test_subsidy_is_capped_at_the_minimum_wage_in_force_that_day() -> None:
    wage = Decimal("30.00")  # 70 % = 21.00, above any minimum wage
    assert max_hourly_subsidy(wage, date(2025, 4, 30)) == Decimal("15.75")
    assert max_hourly_subsidy(wage, date(2025, 5, 1)) == Decimal("16.10")
    assert max_hourly_subsidy(wage, date(2026, 5, 1)) == Decimal("16.60")


def test_subsidy_is_seventy_percent_of_a_lower_wage() -> None:
    assert max_hourly_subsidy(Decimal("20.00"), date(2025, 5, 1)) == Decimal("14.00")
    assert max_hourly_subsidy(Decimal("23.00"), date(2025, 5, 1)) == Decimal("16.10")  # 16.10 = cap


def test_subsidy_rounds_half_up_to_the_cent() -> None:
    # 0.70 x 20.15 = 14.105: half-up gives 14.11 where banker's rounding would give 14.10.
    assert max_hourly_subsidy(Decimal("20.15"), date(2025, 5, 1)) == Decimal("14.11")
    assert max_hourly_subsidy(Decimal("20.15"), date(2025, 5, 1)).as_tuple().exponent == -2


def test_minimum_wage_schedule_and_its_limits() -> None:
    assert minimum_wage(date(2023, 5, 1)) == Decimal("15.25")
    assert minimum_wage(date(2024, 4, 30)) == Decimal("15.25")
    assert [start.month for start, _ in MINIMUM_WAGE_SCHEDULE] == [5] * len(MINIMUM_WAGE_SCHEDULE)
    with pytest.raises(ValueError):
        minimum_wage(date(2023, 4, 30))
    with pytest.raises(ValueError):
        max_hourly_subsidy(Decimal("-1"), date(2025, 5, 1))
    custom = ((date(2030, 5, 1), Decimal("20.00")),)
    assert max_hourly_subsidy(Decimal("40"), date(2031, 1, 1), custom) == Decimal("20.00")
    assert PRIIME_MAX_WEEKS == 52


# --- Property: never raises on arbitrary drafts ---------------------------------------------------

_text_or_code = st.one_of(
    st.none(), st.text(max_size=10), st.sampled_from(["CA", "US", "QC", "wp_open"])
)
_date_text = st.one_of(
    st.none(),
    st.text(max_size=12),
    st.dates().map(date.isoformat),
    st.from_regex(r"\A\d{4}-\d{2}\Z"),
)
_candidate = st.builds(
    Candidate,
    country_of_birth=_text_or_code,
    immigration_status=st.one_of(
        _text_or_code, st.sampled_from(["wp_spouse", "asylum_claimant", "unknown"])
    ),
    employment_status=st.one_of(_text_or_code, st.sampled_from(["unemployed", "studying"])),
    experiences=st.lists(
        st.builds(
            Experience,
            country=_text_or_code,
            province=_text_or_code,
            start=_date_text,
            end=_date_text,
            hours_per_week=st.one_of(st.none(), st.floats()),
            in_field=st.sampled_from([None, True, False]),
        ),
        max_size=4,
    ),
)


@settings(max_examples=300, deadline=None, database=None)
@given(c=_candidate, on=st.dates(), registered=st.booleans(), fte=st.booleans())
def test_prescreen_never_raises(c: Candidate, on: date, registered: bool, fte: bool) -> None:
    screen = priime_prescreen(
        c, on, PriimeParams(fte_weighting=fte), already_registered_with_services_quebec=registered
    )
    assert screen.potentially_eligible == (screen.outcome != "fail")
    for r in screen.results:
        assert r.code != "rule.error" and r.code in MESSAGES, r
        json.dumps(r.params)
        assert reason_text(r, "fr") and reason_text(r, "en")
