"""The bundled NOC 2021 catalogue: loading, lookup and the bilingual search."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.domain.names import fold, match_rank, search_terms
from desktop.domain.noc import VERSION, NocCatalogue, NocOccupation
from desktop.paths import resource


@pytest.fixture(scope="module")
def noc() -> NocCatalogue:
    return NocCatalogue.load()


def test_loads_every_unit_group_once(noc: NocCatalogue) -> None:
    assert len(noc) == 516
    assert len(noc.all()) == 516
    assert [o.code for o in noc] == sorted(o.code for o in noc)
    assert NocCatalogue.load() is noc
    assert NocCatalogue.load(resource("data", "noc_2021.csv")) is noc
    assert noc.version == VERSION == "NOC 2021 v1.0"


def test_occupation_fields(noc: NocCatalogue) -> None:
    civil = noc.get("21300")
    assert civil == NocOccupation(
        code="21300",
        title_fr="Ingénieurs civils/ingénieures civiles",
        title_en="Civil engineers",
        teer=1,
        broad_category="Natural and applied sciences and related occupations",
        major_group="21",
    )
    assert civil.minor_group == "2130"
    assert civil.broad == "2"
    assert civil.title("fr") == "Ingénieurs civils/ingénieures civiles"
    assert civil.title("en") == "Civil engineers"
    assert civil.title("en_CA") == "Civil engineers"


def test_leading_zeros_are_kept(noc: NocCatalogue) -> None:
    legislators = noc.get("00010")
    assert legislators is not None
    assert legislators.code == "00010"
    assert legislators.teer == 0
    assert legislators.broad == "0"
    assert noc.get("10") is None


def test_teer_is_the_second_digit(noc: NocCatalogue) -> None:
    assert all(o.teer == int(o.code[1]) for o in noc)
    assert all(o.major_group == o.code[:2] for o in noc)


@pytest.mark.parametrize("code", ["99999", "2130", "213000", "", None, "abcde"])
def test_unknown_codes_are_invalid(noc: NocCatalogue, code: str | None) -> None:
    assert not noc.is_valid(code)
    assert noc.get(code) is None


def test_valid_code_with_spaces(noc: NocCatalogue) -> None:
    assert noc.is_valid(" 21300 ")


def test_french_search_finds_civil_engineers_first(noc: NocCatalogue) -> None:
    assert noc.search("ingénieur civil")[0].code == "21300"
    assert noc.search("INGENIEUR civil")[0].code == "21300"
    assert noc.search("civil ingénieur")[0].code == "21300"  # any order


def test_english_search_finds_civil_engineers_first(noc: NocCatalogue) -> None:
    results = noc.search("civil engineer", lang="en")
    # "engineers" is a closer word than "engineering" (22300, technologists).
    assert [o.code for o in results[:2]] == ["21300", "22300"]


def test_search_uses_both_languages_whatever_the_interface(noc: NocCatalogue) -> None:
    assert noc.search("civil engineer", lang="fr")[0].code == "21300"
    assert noc.search("ingénieur civil", lang="en")[0].code == "21300"


def test_code_prefix_search(noc: NocCatalogue) -> None:
    results = noc.search("213")
    assert results
    assert results[0].code == "21300"
    assert all(o.code.startswith("213") for o in results)
    assert [o.code for o in results] == sorted(o.code for o in results)
    legislative = noc.search("0001")
    assert legislative[0].code == "00010"
    assert all(o.code.startswith("0001") for o in legislative)
    assert noc.search("2 1 3")[0].code == "21300"  # spaces inside a code are ignored
    assert noc.search("21300") == [noc.get("21300")]
    assert noc.search("98765") == []


def test_infirm_finds_nurses(noc: NocCatalogue) -> None:
    codes = [o.code for o in noc.search("infirm")]
    assert {"31301", "31302", "32101", "33102"} <= set(codes)
    assert all("infirm" in fold(noc.get(code).title_fr) for code in codes)  # type: ignore[union-attr]
    # Titles that begin with the word come before titles that merely contain it.
    assert codes.index("31301") < codes.index("31300")


def _tier(occupation: NocOccupation, query: str) -> int:
    terms = search_terms(query)
    ranks = [
        match_rank(terms, fold(title).split(), fold(title))
        for title in (occupation.title_fr, occupation.title_en)
    ]
    return min(rank[0] for rank in ranks if rank is not None)


@pytest.mark.parametrize("query", ["mecanicien", "aide", "technicien", "operat", "agent"])
def test_results_go_from_title_prefix_to_word_prefix_to_substring(
    noc: NocCatalogue, query: str
) -> None:
    tiers = [_tier(o, query) for o in noc.search(query, limit=600)]
    assert tiers
    assert tiers == sorted(tiers)
    if query == "mecanicien":  # all three tiers occur
        assert set(tiers) == {0, 1, 2}


def test_substring_matches_are_found(noc: NocCatalogue) -> None:
    assert "21300" in [o.code for o in noc.search("genieur", limit=50)]  # inside "ingénieurs"


def test_ties_follow_the_requested_language_title(noc: NocCatalogue) -> None:
    results = noc.search("ingenieurs", lang="fr", limit=50)
    first_tier = [o for o in results if fold(o.title_fr).startswith("ingenieurs ")]
    slack_free = [fold(o.title_fr) for o in first_tier]
    assert slack_free == sorted(slack_free)


def test_limit_and_empty_queries(noc: NocCatalogue) -> None:
    assert len(noc.search("a", limit=5)) == 5
    assert noc.search("a", limit=0) == []
    assert noc.search("") == []
    assert noc.search("   ") == []
    assert noc.search("--") == []
    assert noc.search(None) == []
    assert noc.search("xyzzy") == []


def test_every_step_of_a_typing_session_finds_occupations(noc: NocCatalogue) -> None:
    # Speed lives in tests/benchmarks/bench_noc.py (these queries, timed); here, what they find.
    for query in ["a", "e", "ingénieur civil", "ma", "conducteur camion", "213", "nurse"]:
        for lang in ("fr", "en"):
            found = noc.search(query, lang)
            assert 0 < len(found) <= 20, (query, lang)
    assert all(o.code.startswith("213") for o in noc.search("213"))


def test_malformed_file_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "noc.csv"
    bad.write_text(
        "code,title_en,title_fr,teer,broad_category,major_group\n10,Legislators,Membres,0,x,00\n",
        encoding="utf-8",
    )
    with pytest.raises(ValueError, match="bad NOC code"):
        NocCatalogue.load(bad)
    bad.write_text("code,title_en\n00010,Legislators\n", encoding="utf-8")
    with pytest.raises(ValueError, match="missing columns"):
        NocCatalogue.load(bad)


def test_small_catalogue_from_another_file(tmp_path: Path) -> None:
    path = tmp_path / "noc.csv"
    path.write_text(
        "code,title_en,title_fr,teer,broad_category,major_group\n"
        "00010,Legislators,Membres des corps législatifs,0,Legislative,00\n",
        encoding="utf-8",
    )
    small = NocCatalogue.load(path)
    assert len(small) == 1
    assert small.search("legis")[0].code == "00010"
    assert small is not NocCatalogue.load()
