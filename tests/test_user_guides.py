"""The user guides (docs/guide/) say what the product does: every command they show parses with
the real command line, every shortcut they name exists in the main window, every picture and
document they point to exists, both languages have the same sections, and the printable booth
guide fits on one page."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop import __version__
from desktop.cli.main import build_parser
from desktop.cli.options import COMMAND_NAMES
from desktop.pdf.guide import render_guide

ROOT = Path(__file__).resolve().parent.parent
GUIDES = ROOT / "docs" / "guide"
PAIRS = [
    ("fr/kiosque.md", "en/booth.md"),
    ("fr/coordination.md", "en/coordinators.md"),
    ("fr/administration.md", "en/administration.md"),
]
ALL = [GUIDES / name for pair in PAIRS for name in pair]


def _code_lines(text: str) -> list[str]:
    lines, inside = [], False
    for line in text.splitlines():
        if line.strip().startswith("```"):
            inside = not inside
        elif inside:
            lines.append(line.strip())
    return lines


@pytest.mark.parametrize("guide", ALL, ids=lambda p: p.name)
def test_every_command_in_the_guide_parses(guide: Path) -> None:
    parser = build_parser()
    commands = [
        c for c in _code_lines(guide.read_text(encoding="utf-8")) if c.startswith("passerelle ")
    ]
    # Inline `passerelle …` that are commands (not an answer such as `passerelle 0.1.0`).
    commands += [
        c
        for c in re.findall(r"`(passerelle [^`]+)`", guide.read_text(encoding="utf-8"))
        if c.split()[1].startswith("-") or c.split()[1] in COMMAND_NAMES
    ]
    if guide.name in {"administration.md"}:
        assert len(commands) >= 12
    for command in commands:
        words = shlex.split(command.replace("…", "x"))[1:]
        try:
            parser.parse_args(words)
        except SystemExit as exc:  # argparse refuses: the guide is wrong (--version exits with 0)
            if exc.code == 0:
                continue
            raise AssertionError(f"{guide.name}: {command!r} does not parse") from exc


@pytest.mark.parametrize("guide", ALL, ids=lambda p: p.name)
def test_pictures_and_documents_the_guide_points_to_exist(guide: Path) -> None:
    text = guide.read_text(encoding="utf-8")
    for target in re.findall(r"!\[[^\]]*\]\(([^)]+)\)", text):
        assert (guide.parent / target).resolve().exists(), f"{guide.name}: missing {target}"
    for document in set(re.findall(r"`(docs/[^`\s]+\.(?:md|pdf))`", text)):
        assert (ROOT / document).exists(), f"{guide.name}: missing {document}"


@pytest.mark.parametrize(("french", "english"), PAIRS)
def test_both_languages_have_the_same_sections(french: str, english: str) -> None:
    def outline(name: str) -> list[str]:
        text = (GUIDES / name).read_text(encoding="utf-8")
        return [line.split()[0] for line in text.splitlines() if line.startswith("#")]

    assert outline(french) == outline(english)
    fr_text, en_text = ((GUIDES / n).read_text(encoding="utf-8") for n in (french, english))
    assert len(_code_lines(fr_text)) == len(_code_lines(en_text))


def test_every_shortcut_the_booth_guide_names_exists(qtbot, app, admin) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui.main_window import MainWindow
    from desktop.ui.shortcuts_help import ShortcutsDialog

    window = MainWindow(app, admin)
    qtbot.addWidget(window)
    keys = {k.replace("Maj", "Shift") for k, _ in ShortcutsDialog(window).rows()}
    keys |= {"Ctrl+S", "Enter", "Entrée", "Tab"}
    for guide in ("fr/kiosque.md", "en/booth.md", "fr/coordination.md", "en/coordinators.md"):
        named = set(
            re.findall(
                r"\*\*((?:Ctrl\+(?:Maj\+|Shift\+)?[A-Z])|F\d+)\*\*",
                (GUIDES / guide).read_text(encoding="utf-8"),
            )
        )
        assert named, guide
        missing = {k for k in named if k.replace("Maj", "Shift") not in keys}
        assert not missing, f"{guide}: {missing} is not a shortcut of the main window"
    window.close()


@pytest.mark.parametrize(
    ("guide", "heading"),
    [("fr/kiosque.md", "Pour chaque personne"), ("en/booth.md", "For each person")],
)
def test_the_booth_guide_prints_on_one_page(tmp_path: Path, guide: str, heading: str) -> None:
    target = tmp_path / "booth.pdf"
    assert render_guide(GUIDES / guide, target, "Passerelle") == 1
    reader = PdfReader(target)
    assert len(reader.pages) == 1
    text = reader.pages[0].extract_text()
    assert heading in text and "Ctrl+N" in text
    assert reader.pages[0].mediabox.width == pytest.approx(612)  # Letter, as printed in Quebec


@pytest.mark.parametrize("name", ["fr/kiosque.pdf", "en/booth.pdf"])
def test_the_committed_booth_pdf_is_current(tmp_path: Path, name: str) -> None:
    """docs/guide/*/booth PDFs are rendered from the Markdown (python -m desktop.pdf.guide)."""
    committed = GUIDES / name
    fresh = tmp_path / "fresh.pdf"
    render_guide(committed.with_suffix(".md"), fresh, f"Passerelle {__version__}")
    assert PdfReader(committed).pages[0].extract_text() == PdfReader(fresh).pages[0].extract_text()


def test_no_document_gives_ctrl_l_as_the_language_switch() -> None:
    """Ctrl+L locks the window; the language switch is Ctrl+Shift+L (Ctrl+Maj+L in French)."""
    documents = [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]
    wrong = []
    for document in documents:
        for number, line in enumerate(document.read_text(encoding="utf-8").splitlines(), 1):
            if not re.search(r"Ctrl\+L\b", line):
                continue
            about_language = re.search(r"English|French|anglais|français|langu", line, re.I)
            if about_language and not re.search(r"Ctrl\+(?:Shift|Maj)\+L", line):
                wrong.append(f"{document.relative_to(ROOT)}:{number}")
    assert not wrong, wrong
