"""Dossiers drawn by desktop.pdf and read back with pypdf: content, privacy, scripts, determinism."""

from __future__ import annotations

import io
import unicodedata

import pytest
from conftest import ARABIC, MARKUP, PRINTED, VIETNAMESE, full_candidate
from pypdf import PdfReader

from desktop.domain.candidate import Candidate
from desktop.pdf.dossier import Cancelled, render_dossiers
from desktop.pdf.values import reference

SETTINGS = {
    "programme_name": "Interconnexion Laval",
    "privacy_officer_name": "Responsable de la protection des renseignements personnels",
    "privacy_officer_title": "Chambre de commerce et d'industrie de Laval",
    "privacy_officer_email": "confidentialite@exemple.ca",
    "privacy_officer_phone": "450 555-0100",
}


def draw(
    candidates: list[Candidate], variant: str = "full", lang: str = "fr", **kw: object
) -> bytes:
    out = io.BytesIO()
    render_dossiers(
        candidates,
        out,
        variant=variant,
        lang=lang,
        settings=SETTINGS,
        printed_at=PRINTED,
        count=len(candidates),
        invariant=True,
        **kw,  # type: ignore[arg-type]
    )
    return out.getvalue()


def text_of(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return "\n".join(page.extract_text() for page in reader.pages)


def flat(text: str) -> str:
    """Line breaks and no-break spaces as plain spaces: values may wrap inside table cells."""
    return " ".join(text.replace("\u00a0", " ").split())


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_full_dossier_shows_every_section_and_value(candidate: Candidate, lang: str) -> None:
    text = flat(text_of(draw([candidate], "full", lang)))
    french = lang == "fr"
    expected = [
        "Minh Khai",
        "Nguyễn Thị",
        "Khai",
        "12 avril 1988" if french else "April 12, 1988",
        "Femme" if french else "Woman",
        "minh.khai@exemple.ca",
        "514 555-0123",
        "1200 boulevard Chomedey",
        "H7V 2W3",
        "Vietnam",
        "septembre 2023" if french else "September 2023",
        "Résident·e permanent·e" if french else "Permanent resident",
        "21300 — Ingénieurs civils/ingénieures civiles" if french else "21300 — Civil engineers",
        "Ingénieure en structures",
        "Génie civil et structures",
        "Reçue" if french else "Received",
        "Ordre des ingénieurs du Québec",
        "Société & Fils <SA>",
        "37,5" if french else "37.5",
        "TEFaQ",
        "NCLC",
        "1er avril 2026" if french else "April 1, 2026",
        "Québec classe 5" if french else "Quebec class 5",
        "2026-01-fr",
        "Signature",
        "Admissible (suggéré)" if french else "Suggested eligible",
        "Admis·e" if french else "Admitted",
        "coord1",
        "Dossier complet.",
        "SALON-2026-03",
        "Salon de l'emploi de Laval",
        "suivi < 2 semaines & appel > 10 min",
        "Confidentiel" if french else "Confidential",
        "Page 1 de 3" if french else "Page 1 of 3",
        "14 mars 2026" if french else "March 14, 2026",
        candidate.id,
    ]
    missing = [value for value in expected if value not in text]
    assert missing == []


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_anonymized_profile_leaves_out_everything_that_identifies(
    candidate: Candidate, lang: str
) -> None:
    text = flat(text_of(draw([candidate], "anonymized", lang)))
    for identifying in (
        "Minh Khai",
        "Nguyễn",
        "minh.khai@exemple.ca",
        "514 555-0123",
        "5145550123",
        "1988",
        "avril 1988",
        "April 12",
        "Vietnam",
        "Viet Nam",
        "vietnamien",
        "Vietnamese",
        "Femme",
        "Woman",
        "Chomedey",
        "Résident",
        "resident",
        "Société & Fils",
        "2023",
    ):
        assert identifying not in text, identifying
    assert reference(candidate.id) == "P-3F2A9C1E"
    for kept in ("P-3F2A9C1E", "21300", "Génie civil et structures", "NCLC", "TEFaQ"):
        assert kept in text


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_candidate_copy_has_consents_withdrawal_and_privacy_contact(
    candidate: Candidate, lang: str
) -> None:
    text = flat(text_of(draw([candidate], "candidate", lang)))
    assert "Minh Khai" in text and "minh.khai@exemple.ca" in text
    assert ("Retiré le 1er mars 2026" if lang == "fr" else "Withdrawn March 1, 2026") in text
    assert ("retirer un consentement" if lang == "fr" else "withdraw a consent") in text
    assert "Chambre de commerce et d'industrie de Laval" in text
    assert "confidentialite@exemple.ca" in text and "450 555-0100" in text
    assert "coord1" not in text  # staff decisions are not part of the candidate's copy


@pytest.mark.parametrize("name", [VIETNAMESE, MARKUP])
def test_latin_names_are_extracted_exactly(name: str) -> None:
    c = full_candidate(given=name, family="Test")
    for variant in ("full", "candidate"):
        assert name in text_of(draw([c], variant))


def test_arabic_name_is_shaped_and_right_to_left() -> None:
    # The PDF holds Arabic in its joined presentation forms (U+FExx), as every PDF without
    # ActualText does; pypdf gives them back in reading order. NFKC folds each form back to its
    # letter, so the name must come back exactly; unjoined letters would not be presentation
    # forms, and left-to-right order would read « حلاص الور ».
    c = full_candidate(given="رولا", family="صالح")
    extracted = text_of(draw([c]))
    assert any(0xFE70 <= ord(ch) <= 0xFEFF for ch in extracted)  # shaped
    assert ARABIC in unicodedata.normalize("NFKC", extracted)


def test_markup_in_user_text_is_printed_not_interpreted() -> None:
    c = full_candidate(given='<b>Al</b> & "Bo"', family="<font size=40>X</font>")
    text = text_of(draw([c]))
    assert '<b>Al</b> & "Bo"' in text and "<font size=40>X</font>" in text


def test_identical_input_gives_identical_bytes(candidate: Candidate) -> None:
    assert draw([candidate]) == draw([candidate])
    assert draw([candidate], "anonymized", "en") == draw([candidate], "anonymized", "en")


def test_long_dossier_flows_over_pages_with_header_and_page_numbers() -> None:
    c = full_candidate(long=True)
    reader = PdfReader(io.BytesIO(draw([c], lang="en")))
    total = len(reader.pages)
    assert total >= 4
    for number, page in enumerate(reader.pages, start=1):
        text = flat(page.extract_text())
        assert f"Page {number} of {total}" in text
        assert "Confidential" in text and "Printed March 14, 2026" in text
        assert "P-3F2A9C1E" in text  # the header names the dossier on every page


def test_batch_has_a_table_of_contents_and_one_bookmark_per_dossier() -> None:
    people = [
        full_candidate(
            given=name, family="Test", candidate_id=f"00000000-0000-4000-8000-00000000000{i}"
        )
        for i, name in enumerate([VIETNAMESE, MARKUP, "Ivan Петров"])
    ]
    seen: list[tuple[int, int]] = []
    reader = PdfReader(io.BytesIO(draw(people, progress=lambda d, t: seen.append((d, t)))))
    titles = [item.title for item in reader.outline]
    assert titles == [
        f"{VIETNAMESE} Test (P-00000000)",
        f"{MARKUP} Test (P-00000000)",
        "Ivan Петров Test (P-00000000)",
    ]
    cover = flat(reader.pages[0].extract_text())
    assert "Table des matières — 3 dossiers" in cover
    assert MARKUP in cover and "Ivan Петров" in cover
    first_pages = [reader.get_destination_page_number(item) + 1 for item in reader.outline]
    assert first_pages[0] == 2 and first_pages == sorted(first_pages)
    assert seen == [(1, 3), (2, 3), (3, 3)]


def test_a_cancelled_batch_stops_before_the_next_dossier(candidate: Candidate) -> None:
    with pytest.raises(Cancelled):
        draw([candidate, candidate], cancel=lambda: True)
