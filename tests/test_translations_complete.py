"""Every user-visible text exists in French and English: interface strings in the .ts/.qm, and the
message and label catalogues of the other layers (FR, EN, same placeholders, right language)."""

from __future__ import annotations

import importlib
import pkgutil
import string
import subprocess
from pathlib import Path
from types import ModuleType

import PySide6
import pytest

import desktop
from desktop.ui.i18n import ts_file
from desktop.ui.translations import check_current_source, unfinished
from tests.support.language_check import english_words, french_words

# Packages whose modules hold catalogues: the GUI is covered through the .ts.
CATALOGUE_PACKAGES = ("domain", "services", "sync", "central", "cli", "pdf")
# Texts that are the same in French and English (codes, names, abbreviations).
SAME_IN_BOTH = frozenset(
    {
        "Perspective Carrière",  # organisations keep their name
        "Services Québec",
        "MIFI / Accompagnement Québec",
        "{count} dossiers",  # "dossier" is English too
    }
)


def _modules() -> list[ModuleType]:
    found = []
    for info in pkgutil.walk_packages(desktop.__path__, "desktop."):
        part = info.name.split(".")[1]
        if part in CATALOGUE_PACKAGES and ".migrations" not in info.name:
            found.append(importlib.import_module(info.name))
    return found


def catalogues() -> dict[str, dict[str, tuple[str, str]]]:
    """Every module-level {key: (french, english)} table of the non-GUI layers."""
    tables: dict[str, dict[str, tuple[str, str]]] = {}
    for module in _modules():
        for name, value in vars(module).items():
            if (
                isinstance(value, dict)
                and len(value) >= 2
                and all(
                    isinstance(v, tuple) and len(v) == 2 and all(isinstance(s, str) for s in v)
                    for v in value.values()
                )
            ):
                tables[f"{module.__name__}.{name}"] = value
    return tables


def _placeholders(text: str) -> set[str]:
    return {field for _lit, field, _spec, _conv in string.Formatter().parse(text) if field}


def test_the_catalogues_are_found() -> None:
    tables = catalogues()
    assert "desktop.domain.app_messages.MESSAGES" in tables
    assert "desktop.domain.validation_messages.MESSAGES" in tables
    assert "desktop.domain.fields.FIELD_LABELS" in tables
    assert "desktop.domain.enums._LABELS" in tables
    assert sum(len(t) for t in tables.values()) > 300


def test_every_catalogue_entry_has_french_and_english_with_the_same_placeholders() -> None:
    problems = []
    for table_name, table in catalogues().items():
        for key, (french, english) in table.items():
            where = f"{table_name}[{key!r}]"
            if not french.strip() or not english.strip():
                problems.append(f"{where}: empty text")
            elif _placeholders(french) != _placeholders(english):
                problems.append(
                    f"{where}: placeholders {_placeholders(french)} ≠ {_placeholders(english)}"
                )
    assert not problems, "\n".join(problems)


def test_french_texts_are_french_and_english_texts_are_english() -> None:
    problems = []
    for table_name, table in catalogues().items():
        for key, (french, english) in table.items():
            where = f"{table_name}[{key!r}]"
            if english_words(french):
                problems.append(f"{where}: English words {english_words(french)} in {french!r}")
            if french_words(english):
                problems.append(f"{where}: French words {french_words(english)} in {english!r}")
            if (
                french == english
                and len(french.split()) > 1
                and french not in SAME_IN_BOTH
                and not french[:1].isdigit()
            ):
                problems.append(f"{where}: the same text in both languages: {french!r}")
    assert not problems, "\n".join(problems)


def test_every_interface_string_has_a_finished_english_translation() -> None:
    """lupdate over desktop/ui finds no new or unfinished message (the --check of the tool)."""
    missing = check_current_source()
    assert not missing, (
        "untranslated in passerelle_en.ts (run python -m desktop.ui.translations):\n"
        + "\n".join(f"{context}: {source!r}" for context, source in missing)
    )


def test_the_committed_ts_has_no_unfinished_message_and_compiles(tmp_path: Path) -> None:
    assert unfinished(ts_file("en")) == []
    lrelease = Path(PySide6.__file__).parent / "lrelease"
    done = subprocess.run(
        [str(lrelease), str(ts_file("en")), "-qm", str(tmp_path / "en.qm")],
        capture_output=True,
        text=True,
        check=True,
    )
    assert " 0 unfinished" in done.stdout, done.stdout
    assert (tmp_path / "en.qm").stat().st_size > 1000


@pytest.mark.parametrize(
    ("text", "french", "english"),
    [
        ("Enregistrer la personne", {"la"}, set()),
        ("Save the person", set(), {"the"}),
        ("Chambre de commerce et d'industrie de Laval — privacy@example.ca", set(), set()),
        ("Run « passerelle init --device-name NOM »", set(), set()),
    ],
)
def test_the_language_check_tells_french_from_english(
    text: str, french: set[str], english: set[str]
) -> None:
    assert french_words(text) == french and english_words(text) == english
