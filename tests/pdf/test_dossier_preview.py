"""The preview dialog shows the real PDF bytes, and saves them unchanged (offscreen Qt)."""

from __future__ import annotations

import io
from pathlib import Path

from conftest import PRINTED, full_candidate
from pypdf import PdfReader

from desktop.pdf.dossier import render_dossiers
from desktop.ui.dossier_preview import DossierPreview


def pdf_bytes() -> bytes:
    out = io.BytesIO()
    render_dossiers([full_candidate(long=True)], out, lang="fr", printed_at=PRINTED, invariant=True)
    return out.getvalue()


def test_preview_shows_every_page_and_saves_the_same_bytes(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    data = pdf_bytes()
    dialog = DossierPreview(data, lang="fr")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    pages = len(PdfReader(io.BytesIO(data)).pages)
    assert dialog.page_count == pages >= 4
    assert dialog.page_label.text() == f"{pages}\u00a0page(s)"
    assert dialog.print_button.text() == "Imprimer…"
    target = tmp_path / "copie"
    dialog.ask_save_path = lambda: str(target)  # type: ignore[method-assign]
    dialog.save_dossier()
    assert (tmp_path / "copie.pdf").read_bytes() == data
