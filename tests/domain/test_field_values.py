"""Raw stored values shown to a person (central conflicts, duplicate comparison) read like the rest
of the app: labels, names, Quebec dates, formatted phones, in French and in English."""

from __future__ import annotations

import pytest

from desktop.domain.field_values import EMPTY, field_path, value_text


@pytest.mark.parametrize(
    ("path", "value", "fr", "en"),
    [
        ("phone", "+15145550999", "514 555-0999", "514 555-0999"),
        ("date_of_birth", "1990-05-12", "12 mai 1990", "May 12, 1990"),
        ("arrival_date_canada", "2023-05", "mai 2023", "May 2023"),
        ("gender", "woman", "Femme", "Woman"),
        ("citizenships", ["MA", "VN"], "Maroc, Vietnam", "Morocco, Vietnam"),
        ("address.province", "QC", "Québec", "Quebec"),
        ("languages_spoken", ["ar", "vi"], "arabe, vietnamien", "Arabic, Vietnamese"),
        ("target_occupations.noc_code", "21300", "21300 — Ingénieurs", "21300 — Civil engineers"),
        ("consents.granted_at", "2026-03-01T14:30:00.000000+00:00", "1er mars 2026", "2026"),
        ("experiences.hours_per_week", 37.5, "37,5", "37.5"),
        ("regulations.is_regulated", True, "Oui", "Yes"),
        ("family_name", "Nguyễn Thị Hương", "Nguyễn Thị Hương", "Nguyễn Thị Hương"),
    ],
)
def test_values_read_like_the_rest_of_the_app(path: str, value: object, fr: str, en: str) -> None:
    assert value_text(path, value, "fr").startswith(fr)
    assert en in value_text(path, value, "en")


@pytest.mark.parametrize("value", [None, "", []])
def test_an_empty_value_is_a_dash(value: object) -> None:
    assert value_text("email", value, "fr") == EMPTY


@pytest.mark.parametrize(
    ("path", "value"), [("gender", "zzz-new-code"), ("date_of_birth", "vers 1990")]
)
def test_what_this_version_does_not_know_is_shown_as_it_is(path: str, value: str) -> None:
    assert value_text(path, value, "fr") == value


def test_op_entities_and_fields_map_to_the_labelled_paths() -> None:
    assert field_path("candidate", "city") == "address.city"
    assert field_path("candidate", "phone") == "phone"
    assert field_path("immigration", "arrival_date_canada") == "arrival_date_canada"
    assert field_path("language_level", "skill") == "language_levels.skill"
    assert field_path("target_occupation", "noc_code") == "target_occupations.noc_code"
