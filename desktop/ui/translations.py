"""Developer tool: refresh `resources/translations/passerelle_en.ts` from the source and report
what still needs an English translation.

    python -m desktop.ui.translations          # update the .ts, list unfinished messages
    python -m desktop.ui.translations --check  # exit 1 if any message lacks a translation
    python -m desktop.ui.translations --merge OTHER.ts  # take finished translations from OTHER.ts
                                                        # (e.g. the other side of a git merge)

Translators edit the .ts with Qt Linguist (`pyside6-linguist`); the app compiles it at start-up.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

import PySide6

from desktop.ui.i18n import ts_file

UI_DIR = Path(__file__).resolve().parent


def run_lupdate(target: Path) -> None:
    lupdate = Path(PySide6.__file__).parent / "lupdate"
    sources = sorted(str(p) for p in UI_DIR.glob("*.py"))
    subprocess.run(
        [
            str(lupdate),
            "-silent",
            "-no-obsolete",
            "-locations",
            "none",
            "-source-language",
            "fr_CA",
            "-target-language",
            "en_CA",
            *sources,
            "-ts",
            str(target),
        ],
        check=True,
        capture_output=True,
    )


def unfinished(ts: Path) -> list[tuple[str, str]]:
    """(context, source) of every message without a finished translation."""
    root = ET.parse(ts).getroot()
    missing = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if (
                translation is None
                or translation.get("type") in {"unfinished", "vanished", "obsolete"}
                or not (translation.text or "").strip()
            ):
                missing.append((name, message.findtext("source") or ""))
    return missing


def check_current_source() -> list[tuple[str, str]]:
    """Messages of the current source with no translation, without touching the committed .ts."""
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / "check.ts"
        shutil.copy(ts_file("en"), copy)
        run_lupdate(copy)
        return unfinished(copy)


def merge_from(target: Path, other: Path) -> int:
    """Copy finished translations of `other` into unfinished messages of `target`; return how many."""
    known: dict[tuple[str, str], str] = {}
    for context in ET.parse(other).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and not translation.get("type") and translation.text:
                known[(name, message.findtext("source") or "")] = translation.text
    tree = ET.parse(target)
    filled = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            key = (name, message.findtext("source") or "")
            if translation is not None and translation.get("type") and key in known:
                translation.text = known[key]
                del translation.attrib["type"]
                filled += 1
    tree.write(target, encoding="utf-8", xml_declaration=True)
    return filled


def main() -> int:
    if "--merge" in sys.argv:
        others = sys.argv[sys.argv.index("--merge") + 1 :]
        run_lupdate(ts_file("en"))
        for other in others:
            print(f"{merge_from(ts_file('en'), Path(other))} translation(s) taken from {other}")
    if "--check" in sys.argv:
        missing = check_current_source()
    else:
        run_lupdate(ts_file("en"))
        missing = unfinished(ts_file("en"))
    for context, source in missing:
        print(f"{context}: {source!r}")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
