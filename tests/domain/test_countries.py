"""Country, language and province names from CLDR, their lists, order and search."""

from __future__ import annotations

import pytest

from desktop.domain.countries import (
    PROVINCES,
    countries,
    country_name,
    is_country,
    is_language,
    is_province,
    language_name,
    languages,
    province_name,
    provinces,
    search_countries,
)
from desktop.domain.names import fold


def test_country_names() -> None:
    assert country_name("MA", "fr") == "Maroc"
    assert country_name("MA", "en") == "Morocco"
    assert country_name("ma") == "Maroc"
    assert country_name("EG") == "Égypte"
    assert country_name("CA", "en") == "Canada"
    assert country_name("CK") == "Îles Cook"  # CLDR's "îles Cook" capitalised for a list
    assert country_name("XX") == "XX"
    assert country_name(None) == ""


@pytest.mark.parametrize("code", ["ZZ", "EU", "UN", "QO", "EZ", "001", "150", "XA", "IC", "AC", ""])
def test_regions_and_groupings_are_not_countries(code: str) -> None:
    assert not is_country(code)
    assert code not in {c for c, _ in countries("fr")}


def test_country_list() -> None:
    french = countries("fr")
    english = countries("en")
    # The 249 ISO 3166-1 codes, and Kosovo.
    assert len(french) == len(english) == 250
    assert {c for c, _ in french} == {c for c, _ in english}
    assert ("XK", "Kosovo") in french
    assert all(is_country(code) for code, _ in french)
    assert is_country("fr")


def test_french_order_ignores_accents() -> None:
    names = [name for _, name in countries("fr")]
    assert names.index("Égypte") < names.index("Équateur") < names.index("Espagne")
    assert names.index("Espagne") < names.index("États-Unis") < names.index("Éthiopie")
    assert names.index("Éthiopie") < names.index("Fidji")
    assert names.index("Îles Cook") < names.index("Inde") < names.index("Irlande")
    assert names.index("Dominique") < names.index("Égypte")
    assert [fold(n) for n in names] == sorted(fold(n) for n in names)


def test_english_order() -> None:
    names = [name for _, name in countries("en")]
    assert names.index("Côte d’Ivoire") < names.index("Croatia")
    assert names.index("Morocco") < names.index("Mozambique")


def test_lists_are_cached_but_not_shared() -> None:
    first = countries("fr")
    first.clear()
    assert len(countries("fr")) == 250


@pytest.mark.parametrize(
    ("text", "lang", "code"),
    [
        ("egypte", "fr", "EG"),
        ("EGYPTE", "en", "EG"),
        ("egypt", "fr", "EG"),  # the English name matches in French too
        ("maroc", "en", "MA"),
        ("cote ivoire", "fr", "CI"),
        ("ivory", "en", "CI"),
        ("sud coree", "fr", "KR"),
        ("etats", "fr", "US"),
    ],
)
def test_search_countries(text: str, lang: str, code: str) -> None:
    results = search_countries(text, lang)
    assert results[0][0] == code
    assert results[0][1] == country_name(code, lang)


def test_search_countries_ranking_and_limit() -> None:
    codes = [code for code, _ in search_countries("etats unis")]
    assert (
        codes[0] == "US"
    )  # begins with the words, before "Îles mineures éloignées des États-Unis"
    assert "UM" in codes
    assert len(search_countries("ma", limit=3)) == 3
    assert search_countries("") == []
    assert search_countries("zzzz") == []
    assert search_countries("gypt") == []  # words must begin a word of the name


def test_language_names() -> None:
    assert language_name("vi", "fr") == "vietnamien"
    assert language_name("vi", "en") == "Vietnamese"
    assert language_name("ar", "fr") == "arabe"
    assert language_name("ar", "en") == "Arabic"
    assert language_name("ES") == "espagnol"
    assert language_name("zzz") == "zzz"


def test_language_list() -> None:
    french = languages("fr")
    codes = {code for code, _ in french}
    # ISO 639-1 has 184 codes; "sh" was withdrawn and is left out.
    assert len(french) == len(languages("en")) == 183
    assert all(len(code) == 2 for code in codes)
    assert {"fr", "en", "ar", "es", "vi", "zh", "ht", "ln", "ti", "wo"} <= codes
    assert "sh" not in codes
    assert not is_language("yue")  # three-letter ISO 639-3 codes are not in the list
    assert is_language("FR")
    names = [name for _, name in french]
    assert names.index("espagnol") < names.index("éwé") < names.index("féroïen")


def test_provinces() -> None:
    assert len(PROVINCES) == 13
    assert province_name("QC") == "Québec"
    assert province_name("qc", "en") == "Quebec"
    assert province_name("PE") == "Île-du-Prince-Édouard"
    assert province_name("NL", "en") == "Newfoundland and Labrador"
    assert province_name("NT") == "Territoires du Nord-Ouest"
    assert province_name("ZZ") == "ZZ"
    assert is_province("BC")
    assert not is_province("QB")
    assert provinces("en")[0] == ("NL", "Newfoundland and Labrador")
    assert [code for code, _ in provinces("fr")][-3:] == ["YT", "NT", "NU"]


@pytest.mark.parametrize(
    ("text", "code"),
    [("rdc", "CD"), ("birmanie", "MM"), ("angleterre", "GB"), ("usa", "US"), ("hong kong", "HK")],
)
def test_search_countries_knows_everyday_names(text: str, code: str) -> None:
    assert search_countries(text)[0] == (code, country_name(code))
