"""Name folding, search terms and fuzzy name matching for candidate search and duplicate checks.

Staff type names as they hear them at a booth: without accents, with the family name first, with
a hyphen or without, with one surname out of two. Everything here works on a *folded* form (ASCII,
lowercase, words separated by single spaces; Arabic, Cyrillic, Vietnamese, Chinese... are
transliterated by Unidecode) so that « Marie-Ève Côté », "marie eve cote" and "COTE, Marie Eve"
meet. `name_similarity` scores two people's names from 0 to 100; at or above
`SIMILAR_NAME_THRESHOLD` they are shown as a possible duplicate for a person to confirm.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from rapidfuzz import fuzz
from unidecode import unidecode

# At or above this score two names are offered as a possible duplicate. Measured in
# tests/domain/test_names.py: accent, hyphen, order, transliteration and missing-middle-name
# variants and one-letter typos in names of 5+ letters score 90-100; people who share a family
# name and differ in a close given name score 85-87.5 at most (Marie / Maria Gagnon, Amina /
# Aminata Diallo), and Mohamed Ali / Mohamed Salah or Nguyen Van Anh / Van Binh score below 80.
SIMILAR_NAME_THRESHOLD: Final = 88.0

# Each token of the longer name left unmatched costs this much: "Julio Huamani" stays a likely
# match for "Julio Daniel Huamani Vallejos" but ranks below an exact one.
_EXTRA_TOKEN_PENALTY: Final = 2.0

_NON_ALNUM = re.compile(r"[^a-z0-9]+")
# Unidecode warns on lone surrogates, and the test suite turns warnings into errors.
_SURROGATES = re.compile("[\ud800-\udfff]")


def fold(text: str | None) -> str:
    """ASCII, lowercase, punctuation (hyphens, apostrophes, commas...) as single spaces."""
    if not text:
        return ""
    ascii_text = unidecode(_SURROGATES.sub("", text)).lower()
    return _NON_ALNUM.sub(" ", ascii_text).strip()


def search_terms(text: str | None) -> list[str]:
    """The folded words of a search-as-you-type query, duplicates removed, order kept."""
    return list(dict.fromkeys(fold(text).split()))


def name_tokens(given: str | None, family: str | None) -> list[str]:
    """The folded words of a person's name, given names first."""
    return fold(given).split() + fold(family).split()


def name_key(given: str | None, family: str | None) -> str:
    """A key equal for the same words in any order and either field ("Vallejos Huamani, Julio")."""
    return " ".join(sorted(name_tokens(given, family)))


def email_key(email: str | None) -> str:
    """The form of an e-mail address used to compare two of them."""
    return (email or "").strip().lower()


def match_rank(
    terms: Sequence[str],
    words: Sequence[str],
    folded: str,
    words_by_length: Sequence[str] | None = None,
) -> tuple[int, int] | None:
    """How well folded query `terms` match a folded text (`folded`, split into `words`).

    A sortable (tier, slack), lower is better, or None for no match. Tier 0: the text starts
    with the terms, in order, each a prefix of the next word; 1: each term is the prefix of some
    word; 2: each term occurs somewhere. Slack counts the letters the matched words have beyond
    the terms, so "civil engineer" puts "Civil engineers" before "Civil engineering technologists".
    Lists searched on every keystroke pass `words_by_length` (the words, shortest first),
    computed once.
    """
    # Plain loops: this runs for every row of a list on every keystroke (twice as fast as all()).
    if not terms:
        return None
    for term in terms:
        if term not in folded:
            return None
    if len(terms) <= len(words):
        slack = 0
        for term, word in zip(terms, words, strict=False):
            if not word.startswith(term):
                break
            slack += len(word) - len(term)
        else:
            return 0, slack
    if words_by_length is None:
        words_by_length = sorted(words, key=len)
    slack = 0
    for term in terms:
        # The first word it begins, shortest first, is the closest one.
        for word in words_by_length:
            if word.startswith(term):
                slack += len(word) - len(term)
                break
        else:
            return 2, 0
    return 1, slack


def _pair_score(shorter: list[str], longer: list[str]) -> float:
    """Pair each word of the shorter name with its closest word in the longer (one to one).

    The mean and the worst pair count equally: one different given name among three equal words
    ("Nguyen Thi Minh Khai" / "Nguyen Thi Minh Anh") must sink the score, which a plain average
    (or rapidfuzz's token_set_ratio, which ignores what is not shared) would hide.
    """
    pairs = sorted(
        ((fuzz.ratio(a, b), i, j) for i, a in enumerate(shorter) for j, b in enumerate(longer)),
        reverse=True,
    )
    used_short: set[int] = set()
    used_long: set[int] = set()
    scores: list[float] = []
    for score, i, j in pairs:
        if i not in used_short and j not in used_long:
            used_short.add(i)
            used_long.add(j)
            scores.append(score)
    mean = sum(scores) / len(scores)
    combined = (mean + min(scores)) / 2
    return combined - _EXTRA_TOKEN_PENALTY * (len(longer) - len(shorter))


def _compact(text: str | None) -> str:
    return fold(text).replace(" ", "")


def _field_score(given_a: str, family_a: str, given_b: str, family_b: str) -> float:
    """Given against given and family against family, spaces ignored: "Abdelaziz" = "Abdel Aziz".

    Also tried with one name's fields swapped, a frequent data-entry slip.
    """
    ga, fa, gb, fb = (_compact(x) for x in (given_a, family_a, given_b, family_b))
    if not (ga and fa and gb and fb):
        return 0.0
    straight = min(fuzz.ratio(ga, gb), fuzz.ratio(fa, fb))
    swapped = min(fuzz.ratio(ga, fb), fuzz.ratio(fa, gb))
    return max(straight, swapped)


def name_similarity(
    given_a: str | None, family_a: str | None, given_b: str | None, family_b: str | None
) -> float:
    """0-100 likelihood that two names are the same person's, robust to order and spelling.

    Every word of the shorter name must find a close word in the longer one, so missing middle
    names or a second surname cost little; a name of one word is compared as a whole string, so
    "Mohamed" alone is not taken for every Mohamed.
    """
    tokens_a = name_tokens(given_a, family_a)
    tokens_b = name_tokens(given_b, family_b)
    if not tokens_a or not tokens_b:
        return 0.0
    if sorted(tokens_a) == sorted(tokens_b):
        return 100.0
    shorter, longer = sorted((tokens_a, tokens_b), key=len)
    if len(shorter) == 1:
        words = fuzz.token_sort_ratio(" ".join(tokens_a), " ".join(tokens_b))
    else:
        words = _pair_score(shorter, longer)
    fields = _field_score(given_a or "", family_a or "", given_b or "", family_b or "")
    return round(max(0.0, min(100.0, max(words, fields))), 1)


def is_similar_name(
    given_a: str | None, family_a: str | None, given_b: str | None, family_b: str | None
) -> bool:
    """Whether two names should be offered to staff as a possible duplicate."""
    return name_similarity(given_a, family_a, given_b, family_b) >= SIMILAR_NAME_THRESHOLD
