"""Exports for funders hold the dashboard's figures: XLSX read back with openpyxl, CSV, PDF with pypdf."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from desktop.app import Application
from desktop.domain.dashboard import DashboardFilter, ProgrammeFigures
from desktop.domain.enums import Role
from desktop.services.actor import Actor, PermissionDenied
from desktop.services.dashboard import programme_figures
from desktop.services.dashboard_export import export_figures
from tests.support.dashboard_data import AS_OF, generate

COORDINATOR = Actor(staff_id=None, username="coordo", role=Role.COORDINATOR)
PERIOD = DashboardFilter(date(2025, 1, 1), date(2026, 6, 30))


@pytest.fixture(scope="module")
def figures(tmp_path_factory: pytest.TempPathFactory) -> ProgrammeFigures:
    from tests.conftest import new_application

    app = new_application(tmp_path_factory.mktemp("home"))
    try:
        generate(app.ctx, COORDINATOR, count=60, seed=11)
        return programme_figures(app.ctx, COORDINATOR, PERIOD, as_of=AS_OF)
    finally:
        app.close()


def _sheet(path: Path, name: str) -> list[tuple[object, ...]]:
    book = load_workbook(path)
    return [tuple(row) for row in book[name].iter_rows(values_only=True)]


def test_xlsx_holds_the_same_figures_as_the_dashboard(
    figures: ProgrammeFigures, tmp_path: Path
) -> None:
    out = export_figures(COORDINATOR, figures, tmp_path / "bilan.xlsx", "xlsx")
    book = load_workbook(out)
    assert book.sheetnames == [
        "Résumé",
        "Parcours",
        "Maintien en emploi",
        "Entreprises",
        "Embauches par CNP",
        "Embauches par événement",
        "Délai d'embauche",
    ]
    funnel = _sheet(out, "Parcours")
    assert funnel[0] == ("Étape", "Personnes", "% des personnes inscrites")
    f = figures.funnel
    counts = {row[0]: row[1] for row in funnel[1:]}
    assert counts == {
        "Inscrites": f.registered,
        "Admissibles selon les règles": f.eligible,
        "À examiner selon les règles": f.review,
        "Admises (décision)": f.admitted,
        "Présentées à une entreprise": f.introduced,
        "En emploi": f.employed,
        "Toujours en emploi après 6 mois": f.retained[6],
        "Toujours en emploi après 12 mois": f.retained[12],
    }
    assert all(isinstance(row[1], int) for row in funnel[1:])  # numbers, not text
    assert funnel[2][2] == pytest.approx(f.eligible / f.registered)
    assert book["Parcours"]["C2"].number_format == "0.0%"
    noc = _sheet(out, "Embauches par CNP")
    assert {r[0]: r[2] for r in noc[1:-1]} == {
        (n.broad or "—"): n.placements for n in figures.by_noc
    }
    assert noc[-1][2] == figures.placements == sum(n.placements for n in figures.by_noc)
    companies = _sheet(out, "Entreprises")
    assert companies[1][1] == figures.companies.total
    delay = _sheet(out, "Délai d'embauche")
    assert delay[1][1] == figures.time_to_hire.hires
    assert delay[2][1] == figures.time_to_hire.median_days
    assert delay[3][1] == figures.time_to_hire.mean_days
    summary = _sheet(out, "Résumé")
    assert summary[1] == ("Période", "Du 1er janvier 2025 au 30 juin 2026")
    assert figures.funnel.registered > 0 and figures.placements > 0


def test_xlsx_in_english_has_english_sheets_and_headers(
    figures: ProgrammeFigures, tmp_path: Path
) -> None:
    out = export_figures(COORDINATOR, figures, tmp_path / "figures.xlsx", "xlsx", lang="en")
    funnel = _sheet(out, "Funnel")
    assert funnel[0] == ("Stage", "People", "% of people registered")
    assert funnel[1] == ("Registered", figures.funnel.registered, 1.0)
    assert _sheet(out, "Summary")[1] == ("Period", "From January 1, 2025 to June 30, 2026")


def test_csv_has_one_line_per_figure_with_plain_numbers(
    figures: ProgrammeFigures, tmp_path: Path
) -> None:
    out = export_figures(COORDINATOR, figures, tmp_path / "bilan.csv", "csv")
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel reads the accents
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert rows[0] == ["Tableau", "Ligne", "Colonne", "Valeur"]
    lookup = {(r[0], r[1], r[2]): r[3] for r in rows[1:]}
    journey = "Parcours des personnes inscrites"
    assert lookup[(journey, "Inscrites", "Personnes")] == str(figures.funnel.registered)
    assert lookup[(journey, "En emploi", "Personnes")] == str(figures.funnel.employed)
    share = round(figures.funnel.employed / figures.funnel.registered * 100, 1)
    assert lookup[(journey, "En emploi", "% des personnes inscrites")] == str(share)
    for n in figures.by_noc:
        if n.broad:
            key = next(
                k for k in lookup if k[1].startswith(f"{n.broad} — ") and k[2] == "Embauches"
            )
            assert lookup[key] == str(n.placements)


def test_pdf_summary_reads_back_with_the_figures(figures: ProgrammeFigures, tmp_path: Path) -> None:
    out = export_figures(COORDINATOR, figures, tmp_path / "bilan.pdf", "pdf")
    reader = PdfReader(out)
    body = "\n".join(page.extract_text() for page in reader.pages)
    assert "Tableau de bord du programme" in body
    assert "Du 1er janvier 2025 au 30 juin 2026" in body
    assert "Parcours des personnes inscrites" in body
    assert "Embauches par catégorie professionnelle (CNP 2021)" in body
    assert "Page 1 de" in body
    assert str(figures.funnel.registered) in body and str(figures.companies.total) in body
    english = export_figures(COORDINATOR, figures, tmp_path / "summary.pdf", "pdf", lang="en")
    text = "\n".join(page.extract_text() for page in PdfReader(english).pages)
    assert "Programme dashboard" in text and "Hires by NOC 2021 category" in text


def test_an_export_never_leaves_a_partial_file(figures: ProgrammeFigures, tmp_path: Path) -> None:
    export_figures(COORDINATOR, figures, tmp_path / "bilan.xlsx", "xlsx")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bilan.xlsx"]


def test_intake_staff_may_not_export(
    figures: ProgrammeFigures, tmp_path: Path, app: Application
) -> None:
    intake = Actor(staff_id=None, username="booth", role=Role.INTAKE)
    with pytest.raises(PermissionDenied):
        export_figures(intake, figures, tmp_path / "x.csv", "csv")
    assert not (tmp_path / "x.csv").exists()
