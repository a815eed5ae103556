"""The CNP/NOC 2021 v1.0 catalogue of 516 unit groups and its search-as-you-type (domain.md §a.7).

The list ships as `resources/data/noc_2021.csv` and is read once per process. Codes are 5-digit
strings whose leading zeros matter (`00010`). Search works on titles in both languages at once,
accents and case ignored, so staff may type "ingenieur civil" or "civil engineer" whatever the
interface language; titles are folded once at load time so a search over every row stays well
under 2 ms.
"""

from __future__ import annotations

import csv
import heapq
import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar, Final

from desktop.domain.names import fold, match_rank, search_terms
from desktop.paths import resource

VERSION: Final = "NOC 2021 v1.0"

_CODE = re.compile(r"[0-9]{5}")
_COLUMNS: Final = ("code", "title_en", "title_fr", "teer", "broad_category", "major_group")


def _is_english(lang: str) -> bool:
    return str(lang).lower().startswith("en")


@dataclass(frozen=True)
class NocOccupation:
    """One NOC 2021 unit group (the 5-digit level)."""

    code: str
    title_fr: str
    title_en: str
    teer: int
    broad_category: str
    major_group: str

    @property
    def minor_group(self) -> str:
        return self.code[:4]

    @property
    def broad(self) -> str:
        """The broad occupational category (first digit, "0" to "9")."""
        return self.code[0]

    def title(self, lang: str = "fr") -> str:
        return self.title_en if _is_english(lang) else self.title_fr


@dataclass(frozen=True)
class _Indexed:
    """An occupation with its titles folded once, so that searches do no string work per row."""

    occupation: NocOccupation
    folded_fr: str
    folded_en: str
    words_fr: tuple[str, ...]
    words_en: tuple[str, ...]
    by_length_fr: tuple[str, ...]
    by_length_en: tuple[str, ...]


class NocCatalogue:
    """All unit groups, by code, with a bilingual search."""

    _cache: ClassVar[dict[Path, NocCatalogue]] = {}
    _lock: ClassVar[threading.Lock] = threading.Lock()

    def __init__(self, occupations: list[NocOccupation], version: str = VERSION) -> None:
        self.version = version
        self._by_code = {occupation.code: occupation for occupation in occupations}
        if len(self._by_code) != len(occupations):
            raise ValueError("duplicate NOC code")
        self._rows = tuple(_index(o) for o in sorted(occupations, key=lambda o: o.code))

    @classmethod
    def load(cls, path: str | Path | None = None) -> NocCatalogue:
        """The catalogue read from `path` (the bundled CSV by default), parsed once per process."""
        resolved = Path(path or resource("data", "noc_2021.csv")).resolve()
        with cls._lock:
            catalogue = cls._cache.get(resolved)
            if catalogue is None:
                catalogue = cls(_read_csv(resolved))
                cls._cache[resolved] = catalogue
        return catalogue

    def __len__(self) -> int:
        return len(self._rows)

    def __iter__(self) -> Iterator[NocOccupation]:
        return (row.occupation for row in self._rows)

    def all(self) -> list[NocOccupation]:
        """Every occupation, by code."""
        return [row.occupation for row in self._rows]

    def get(self, code: str | None) -> NocOccupation | None:
        return self._by_code.get((code or "").strip())

    def is_valid(self, code: str | None) -> bool:
        return self.get(code) is not None

    def search(self, text: str | None, lang: str = "fr", limit: int = 20) -> list[NocOccupation]:
        """Occupations matching `text`, best first; at most `limit`; none for an empty query.

        Digits search code prefixes ("213" gives 21300, 21301...). Words must all be found in
        the French title or all in the English one, accents and case ignored: first titles that
        begin with the words, then titles with a word beginning with each, then titles merely
        containing them. Within a tier, matches in the `lang` title come first, then the closest
        words ("engineer" prefers "engineers" to "engineering"), then the `lang` title's
        alphabetical order.
        """
        query = (text or "").strip()
        if not query or limit <= 0:
            return []
        compact = query.replace(" ", "")
        if compact.isdigit() and compact.isascii():
            return [
                row.occupation for row in self._rows if row.occupation.code.startswith(compact)
            ][:limit]
        terms = search_terms(query)
        if not terms:
            return []
        english = _is_english(lang)
        ranked: list[tuple[int, int, int, str, str]] = []
        for row in self._rows:
            rank_fr = match_rank(terms, row.words_fr, row.folded_fr, row.by_length_fr)
            rank_en = match_rank(terms, row.words_en, row.folded_en, row.by_length_en)
            own, other = (rank_en, rank_fr) if english else (rank_fr, rank_en)
            title = row.folded_en if english else row.folded_fr
            # (tier, language, slack): a match in the interface language outranks one of the
            # same tier in the other language, whatever the slack.
            if own is not None and (other is None or own[0] <= other[0]):
                ranked.append((own[0], 0, own[1], title, row.occupation.code))
            elif other is not None:
                ranked.append((other[0], 1, other[1], title, row.occupation.code))
        return [self._by_code[item[4]] for item in heapq.nsmallest(limit, ranked)]


def _index(occupation: NocOccupation) -> _Indexed:
    folded_fr, folded_en = fold(occupation.title_fr), fold(occupation.title_en)
    words_fr, words_en = tuple(folded_fr.split()), tuple(folded_en.split())
    return _Indexed(
        occupation,
        folded_fr,
        folded_en,
        words_fr,
        words_en,
        tuple(sorted(words_fr, key=len)),
        tuple(sorted(words_en, key=len)),
    )


def _read_csv(path: Path) -> list[NocOccupation]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        missing = set(_COLUMNS) - set(reader.fieldnames or ())
        if missing:
            raise ValueError(f"{path.name}: missing columns {sorted(missing)}")
        occupations = []
        for line, row in enumerate(reader, start=2):
            code = row["code"].strip()
            # A spreadsheet round trip turns 00010 into 10: refuse rather than guess.
            if not _CODE.fullmatch(code):
                raise ValueError(f"{path.name}:{line}: bad NOC code {code!r}")
            occupations.append(
                NocOccupation(
                    code=code,
                    title_fr=row["title_fr"].strip(),
                    title_en=row["title_en"].strip(),
                    teer=int(row["teer"]),
                    broad_category=row["broad_category"].strip(),
                    major_group=row["major_group"].strip(),
                )
            )
    return occupations
