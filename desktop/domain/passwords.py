"""Strength rules for staff passwords (sync-security.md §2.3: "≥ 12 characters / 4 words").

A stolen laptop is attacked offline, where no sign-in delay helps: only the key-derivation cost
and the password's own entropy protect it. The rules stay few and explainable at a booth — a long
passphrase of ordinary words passes; a short or obvious one is refused with the reason.
"""

from __future__ import annotations

import unicodedata

MIN_STAFF_PASSWORD_LENGTH = 12
MIN_DISTINCT_CHARACTERS = 6

# Passwords people reach for first; compared without accents, case or separators.
_COMMON = frozenset(
    {
        "motdepasse",
        "motdepasse123",
        "password",
        "password123",
        "passerelle",
        "passerelle123",
        "bienvenue",
        "bienvenue123",
        "welcome",
        "welcome123",
        "azertyuiop",
        "qwertyuiop",
        "123456789012",
        "abcdefghijkl",
        "changemoi",
        "changeme",
        "admin",
        "administrateur",
        "administrator",
    }
)


def _folded(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if ch.isalnum() and not unicodedata.combining(ch))


def password_problems(password: str, username: str = "") -> list[tuple[str, dict[str, object]]]:
    """The rules this password breaks, as (message code, params); empty when it is acceptable."""
    problems: list[tuple[str, dict[str, object]]] = []
    if len(password) < MIN_STAFF_PASSWORD_LENGTH:
        problems.append(("password.too_short", {"min": MIN_STAFF_PASSWORD_LENGTH}))
    if len(set(password)) < MIN_DISTINCT_CHARACTERS:
        problems.append(("password.repetitive", {"min": MIN_DISTINCT_CHARACTERS}))
    folded = _folded(password)
    name = _folded(username)
    if len(name) >= 3 and name in folded:
        problems.append(("password.contains_username", {}))
    if folded in _COMMON or folded.rstrip("0123456789") in _COMMON:
        problems.append(("password.common", {}))
    return problems
