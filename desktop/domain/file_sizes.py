"""File sizes for people: « 1,4 Mo » in French, "1.4 MB" in English (decimal units, like file managers)."""

from __future__ import annotations

from desktop.domain.formatting import format_number

_UNITS = {"fr": ("octets", "ko", "Mo", "Go"), "en": ("bytes", "kB", "MB", "GB")}


def format_size(size: int, lang: str = "fr") -> str:
    units = _UNITS["en" if lang.startswith("en") else "fr"]
    value = float(size)
    for unit in units[:-1]:
        if value < 1000:
            decimals = 0 if unit == units[0] else 1
            return f"{format_number(value, lang, decimals)}\u00a0{unit}"
        value /= 1000
    return f"{format_number(value, lang, 1)}\u00a0{units[-1]}"
