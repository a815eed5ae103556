"""Country, language and Canadian province names in French and English, from CLDR via Babel.

Countries are the ISO 3166-1 alpha-2 codes (plus Kosovo, XK, which CLDR and most registries
use): CLDR's regions, groupings and private-use codes (001, EU, UN, QO, ZZ...) and its
non-ISO territories (Canary Islands, Ascension...) are left out. Languages are the ISO 639-1
two-letter codes. Lists are sorted the way a French or English reader expects, accents ignored
at first ("Égypte" among the E), and built once per language.
"""

from __future__ import annotations

from functools import cache
from types import MappingProxyType
from typing import Final

from babel import Locale

from desktop.domain.names import fold, match_rank, search_terms

# CLDR territory codes that are not ISO 3166-1 countries: exceptionally reserved ISO codes,
# supranational groupings, pseudo-locales and "unknown". Numeric codes are UN M.49 regions.
_NOT_COUNTRIES: Final = frozenset(
    {"AC", "CP", "CQ", "DG", "EA", "EU", "EZ", "IC", "QO", "TA", "UN", "XA", "XB", "ZZ"}
)
# "sh" (Serbo-Croatian) was withdrawn from ISO 639-1 in 2000; bs, hr and sr replace it.
_NOT_LANGUAGES: Final = frozenset({"sh"})

# Statistics Canada's standard order (east to west, then the territories).
PROVINCES: Final = MappingProxyType(
    {
        "NL": ("Terre-Neuve-et-Labrador", "Newfoundland and Labrador"),
        "PE": ("Île-du-Prince-Édouard", "Prince Edward Island"),
        "NS": ("Nouvelle-Écosse", "Nova Scotia"),
        "NB": ("Nouveau-Brunswick", "New Brunswick"),
        "QC": ("Québec", "Quebec"),
        "ON": ("Ontario", "Ontario"),
        "MB": ("Manitoba", "Manitoba"),
        "SK": ("Saskatchewan", "Saskatchewan"),
        "AB": ("Alberta", "Alberta"),
        "BC": ("Colombie-Britannique", "British Columbia"),
        "YT": ("Yukon", "Yukon"),
        "NT": ("Territoires du Nord-Ouest", "Northwest Territories"),
        "NU": ("Nunavut", "Nunavut"),
    }
)


def _is_english(lang: str) -> bool:
    return str(lang).lower().startswith("en")


def _locale(lang: str) -> Locale:
    return Locale.parse("en_CA" if _is_english(lang) else "fr_CA")


def _sort_key(name: str) -> tuple[str, str]:
    """Accents and case ignored first, then used to break ties (a first-level collation)."""
    return fold(name), name


def _capitalize(name: str) -> str:
    # CLDR writes "îles Cook" for use inside a sentence; a list entry starts with a capital.
    return name[:1].upper() + name[1:]


@cache
def _country_names(lang: str) -> dict[str, str]:
    territories = _locale(lang).territories
    return {
        code: _capitalize(name)
        for code, name in territories.items()
        if len(code) == 2 and code.isalpha() and code not in _NOT_COUNTRIES
    }


@cache
def _countries(english: bool) -> tuple[tuple[str, str], ...]:
    names = _country_names("en" if english else "fr")
    return tuple(sorted(names.items(), key=lambda item: _sort_key(item[1])))


# Former or everyday names that CLDR's display names lack, for search only.
_ALIASES: Final = MappingProxyType(
    {
        "CD": ("République démocratique du Congo", "RDC", "Democratic Republic of the Congo"),
        "CG": ("République du Congo", "Republic of the Congo"),
        "CI": ("Ivory Coast",),
        "CZ": ("République tchèque", "Czech Republic"),
        "GB": ("Grande-Bretagne", "Angleterre", "Great Britain", "England", "UK"),
        "HK": ("Hong Kong",),
        "MK": ("Macédoine", "Macedonia"),
        "MM": ("Birmanie", "Burma"),
        "MO": ("Macao", "Macau"),
        "NL": ("Hollande", "Holland"),
        "PS": ("Palestine",),
        "SZ": ("Swaziland",),
        "TL": ("Timor oriental", "East Timor"),
        "TR": ("Turkey",),
        "US": ("États-Unis d’Amérique", "United States of America", "USA"),
    }
)

_Entry = tuple[str, tuple[str, ...], str]  # folded name, its words, "fr", "en" or "alias"


@cache
def _search_index() -> tuple[tuple[str, tuple[_Entry, ...]], ...]:
    french, english = _country_names("fr"), _country_names("en")
    index = []
    for code in french:
        named = [(french[code], "fr"), (english.get(code, ""), "en")]
        named += [(alias, "alias") for alias in _ALIASES.get(code, ())]
        entries = tuple((fold(name), tuple(fold(name).split()), source) for name, source in named)
        index.append((code, entries))
    return tuple(index)


def is_country(code: str | None) -> bool:
    return (code or "").strip().upper() in _country_names("fr")


def country_name(code: str | None, lang: str = "fr") -> str:
    """The country's name; an unknown code is returned as it is, so a bad value stays visible."""
    normalized = (code or "").strip().upper()
    return _country_names("en" if _is_english(lang) else "fr").get(normalized, code or "")


def countries(lang: str = "fr") -> list[tuple[str, str]]:
    """(code, name) for every country, in the alphabetical order of `lang`."""
    return list(_countries(_is_english(lang)))


def search_countries(
    text: str | None, lang: str = "fr", limit: int | None = None
) -> list[tuple[str, str]]:
    """(code, name in `lang`) of the countries whose French or English name matches `text`.

    Accents and case are ignored and each word must begin a word of the name ("coree sud",
    "egypte"); a few everyday names also match ("Ivory Coast", "RDC", "Birmanie"); names that begin with the query come first, then alphabetical order
    (a list of countries is scanned alphabetically, unlike occupations).
    """
    terms = search_terms(text)
    if not terms:
        return []
    english = _is_english(lang)
    own_source = "en" if english else "fr"
    names = _country_names(own_source)
    found: list[tuple[tuple[int, int], tuple[str, str], str]] = []
    for code, entries in _search_index():
        keys = []
        for folded, words, source in entries:
            rank = match_rank(terms, words, folded)
            if rank is not None and rank[0] < 2:
                keys.append((rank[0], 0 if source == own_source else 1))
        if keys:
            found.append((min(keys), _sort_key(names[code]), code))
    found.sort()
    return [(code, names[code]) for _, _, code in found[:limit]]


@cache
def _language_names(lang: str) -> dict[str, str]:
    languages = _locale(lang).languages
    return {
        code: name
        for code, name in languages.items()
        if len(code) == 2 and code.isalpha() and code not in _NOT_LANGUAGES
    }


@cache
def _languages(english: bool) -> tuple[tuple[str, str], ...]:
    names = _language_names("en" if english else "fr")
    return tuple(sorted(names.items(), key=lambda item: _sort_key(item[1])))


def is_language(code: str | None) -> bool:
    return (code or "").strip().lower() in _language_names("fr")


def language_name(code: str | None, lang: str = "fr") -> str:
    """The language's name as CLDR writes it (lowercase in French: "arabe", "vietnamien")."""
    normalized = (code or "").strip().lower()
    return _language_names("en" if _is_english(lang) else "fr").get(normalized, code or "")


def languages(lang: str = "fr") -> list[tuple[str, str]]:
    """(code, name) for every ISO 639-1 language, in the alphabetical order of `lang`."""
    return list(_languages(_is_english(lang)))


def is_province(code: str | None) -> bool:
    return (code or "").strip().upper() in PROVINCES


def province_name(code: str | None, lang: str = "fr") -> str:
    """The province's or territory's name; an unknown code is returned as it is."""
    names = PROVINCES.get((code or "").strip().upper())
    if names is None:
        return code or ""
    return names[1] if _is_english(lang) else names[0]


def provinces(lang: str = "fr") -> list[tuple[str, str]]:
    """(code, name) for the 13 provinces and territories, in Statistics Canada's order."""
    return [(code, province_name(code, lang)) for code in PROVINCES]
