"""Telling French from English in short interface texts, for the translation-completeness tests.

A text "looks English" when it holds an English function word that is not also a French word
(the, and, of, your…), and "looks French" when it holds a French function word that is not an
English one (le, les, des, pour, avec…). Proper names of the programme that stay French in
English (« Chambre de commerce et d'industrie de Laval ») are removed first, as are
placeholders, e-mail addresses, and command lines.
"""

from __future__ import annotations

import re

ENGLISH_ONLY = frozenset(
    [
        "the",
        "and",
        "of",
        "your",
        "please",
        "with",
        "this",
        "from",
        "for",
        "is",
        "are",
        "to",
        "you",
        "not",
        "be",
        "by",
        "it",
        "its",
        "these",
        "those",
        "which",
        "will",
        "can",
        "cannot",
        "must",
        "should",
        "there",
        "their",
        "here",
    ]
)
FRENCH_ONLY = frozenset(
    [
        "le",
        "la",
        "les",
        "des",
        "du",
        "et",
        "pour",
        "avec",
        "vous",
        "votre",
        "vos",
        "une",
        "dans",
        "est",
        "sont",
        "sur",
        "aux",
        "au",
        "qui",
        "que",
        "pas",
        "ne",
        "cette",
        "ces",
        "nous",
        "leur",
        "leurs",
        "être",
        "été",
        "cet",
        "où",
    ]
)
# Names that are the same in both languages (organisations, programmes, places, products).
PROPER_NAMES = (
    "Chambre de commerce et d'industrie de Laval",
    "Interconnexion Laval",
    "Salon de l'immigration",
    "Perspective Carrière",
    "Services Québec",
    "Ministère de l'Immigration, de la Francisation et de l'Intégration",
    "SIL Open Font License",
    "Unicode CLDR (via Babel)",
    "Noto Sans",
    "DejaVu Sans",
)
_NOISE = re.compile(
    r"\{[^}]*\}"  # placeholders
    r"|\S+@\S+"  # e-mail addresses
    r"|«[^»]*passerelle[^»]*»|“[^”]*passerelle[^”]*”"  # quoted command lines
    r"|\b[A-Z_]{3,}\b"  # environment variables, codes
    r"|<[^>]+>"  # markup
    r"|\b(?=\w*\d)(?=\w*[^\W\d_])\w+\b"  # ids mixing letters and digits ("aa6be7e9"): data
)
_WORD = re.compile(r"[^\W\d_]+")


def words(text: str) -> set[str]:
    for name in PROPER_NAMES:
        text = text.replace(name, " ")
    text = _NOISE.sub(" ", text.replace("’", "'"))
    return {w.lower() for w in _WORD.findall(text)}


def english_words(text: str) -> set[str]:
    return words(text) & ENGLISH_ONLY


def french_words(text: str) -> set[str]:
    return words(text) & FRENCH_ONLY
