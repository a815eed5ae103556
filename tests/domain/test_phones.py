"""Telephone numbers: E.164 storage, Quebec display, as-you-type formatting."""

from __future__ import annotations

import pytest

from desktop.domain.phones import format_as_you_type, format_phone, is_valid_phone, normalize_phone


@pytest.mark.parametrize(
    ("typed", "e164"),
    [
        ("514 555-0199", "+15145550199"),
        ("(514) 555-0199", "+15145550199"),
        ("1-514-555-0199", "+15145550199"),
        ("514.555.0199", "+15145550199"),
        ("5145550199", "+15145550199"),
        ("+1 514 555 0199", "+15145550199"),
        ("  438 555-0123 ", "+14385550123"),
        ("+33 6 12 34 56 78", "+33612345678"),
        ("011 33 6 12 34 56 78", "+33612345678"),  # North American international prefix
        ("+212 6 12 34 56 78", "+212612345678"),
    ],
)
def test_normalize_phone(typed: str, e164: str) -> None:
    assert normalize_phone(typed) == e164
    assert is_valid_phone(typed)


def test_fictional_555_01xx_numbers_are_accepted() -> None:
    # phonenumbers' strict validation knows 555-0100 to 555-0199 as an assigned range.
    assert normalize_phone("514 555-0100") == "+15145550100"
    assert normalize_phone("819 555-0142") == "+18195550142"


@pytest.mark.parametrize(
    "typed",
    [
        "",
        "   ",
        None,
        "123",
        "555-0199",  # no area code
        "555 555-5555",  # 555 is not an area code
        "514 555 01999",  # one digit too many
        "abc",
        "514 555-0199 poste 12",  # extensions cannot be stored in E.164
        "1 800 FLOWERS",
    ],
)
def test_invalid_numbers_raise(typed: str | None) -> None:
    with pytest.raises(ValueError):
        normalize_phone(typed)
    assert not is_valid_phone(typed)


def test_region_decides_numbers_without_country_code() -> None:
    assert normalize_phone("06 12 34 56 78", region="FR") == "+33612345678"
    assert normalize_phone("06 12 34 56 78", region="fr") == "+33612345678"
    with pytest.raises(ValueError):
        normalize_phone("06 12 34 56 78")


def test_format_phone() -> None:
    assert format_phone("+15145550199") == "514 555-0199"
    assert format_phone("+15145550199", international=True) == "+1 514 555-0199"
    assert format_phone("+33612345678") == "+33 6 12 34 56 78"
    assert format_phone("+33612345678", international=True) == "+33 6 12 34 56 78"
    assert format_phone("") == ""
    assert format_phone(None) == ""
    assert format_phone("not a number") == "not a number"


def test_format_round_trips() -> None:
    for typed in ["514 555-0199", "+33 6 12 34 56 78"]:
        e164 = normalize_phone(typed)
        assert normalize_phone(format_phone(e164)) == e164
        assert normalize_phone(format_phone(e164, international=True)) == e164


@pytest.mark.parametrize(
    ("typed", "shown"),
    [
        ("5", "5"),
        ("514", "514"),
        ("5145550", "514-5550"),  # could still be a 7-digit local number
        ("51455501", "514 555-01"),
        ("5145550199", "514 555-0199"),
        ("(514) 555-0199", "514 555-0199"),
        ("15145550199", "1 514 555-0199"),
        ("+1514", "+1 514"),
        ("+15145550199", "+1 514 555-0199"),
        ("+33612345678", "+33 6 12 34 56 78"),
        ("+33 6 12", "+33 6 12"),
        ("", ""),
        (None, ""),
    ],
)
def test_format_as_you_type(typed: str | None, shown: str) -> None:
    assert format_as_you_type(typed) == shown
