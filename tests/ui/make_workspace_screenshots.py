"""Render the coordinator-workspace screenshots of docs/screenshots/ (1366×768, FR and EN).

QT_QPA_PLATFORM=offscreen python -m tests.ui.make_workspace_screenshots [OUT_DIR]
Fictional data only: long company names, accents, Arabic and Vietnamese candidate names.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget

OUT = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


def _grab(widget: QWidget, path: Path, size: tuple[int, int] | None = None) -> None:
    if size:
        widget.resize(*size)
    widget.show()
    QApplication.processEvents()
    widget.grab().save(str(path))


def fill(ctx, actor) -> None:  # type: ignore[no-untyped-def]
    from desktop.domain.subsidy import add_months
    from desktop.domain.workspace import Introduction, Placement, SubsidyFile
    from desktop.services.followups import due_followups, record_followup
    from desktop.services.introductions import introduce, record_outcome
    from desktop.services.placements import record_placement, save_subsidy
    from tests.support.workspace_data import company, opening, person

    today = date.today()
    big = company(
        ctx, actor, "Technologies Hồ Chí Minh et Associés du Grand Laval, société en commandite"
    )
    bakery = company(ctx, actor, "Boulangerie-Pâtisserie Côté & Frères inc.")
    company(ctx, actor, "Clinique dentaire Saint-Élzéar")
    job = opening(
        ctx,
        actor,
        big,
        title="Technologue en génie civil (chantiers)",
        noc="22300",
        education="dec_tech",
        french="intermediate",
        wage_cents=3150,
        hours="37.5",
    )
    opening(
        ctx,
        actor,
        big,
        title="Analyste-programmeur·euse",
        noc="21231",
        english="intermediate",
        justification="Clients en Ontario",
        wage_cents=3900,
        hours="35",
    )
    opening(ctx, actor, bakery, title="Pâtissier·ère", noc="63200", wage_cents=2100, hours="40")
    people = [
        person(
            ctx,
            actor,
            "محمد",
            "العلي",
            targets=("22300",),
            diploma="bac",
            french=8,
            licences=("qc_5",),
        ),
        person(
            ctx, actor, "Nguyễn", "Thị Hồng Nhung", targets=("22301",), diploma="dec_tech", french=5
        ),
        person(
            ctx,
            actor,
            "Amélie",
            "Desrosiers-Kouamé",
            experiences=("22110",),
            diploma="master",
            french=12,
            available="2027-01-15",
        ),
        person(ctx, actor, "Trần", "Văn Bình", targets=("63200",), diploma="dep", french=4),
        person(
            ctx,
            actor,
            "Fatima-Zahra",
            "Benali",
            targets=("21231",),
            diploma="bac",
            french=9,
            english=8,
        ),
    ]
    intro = introduce(
        ctx,
        actor,
        Introduction(candidate_id=people[0], employer_id=big, opening_id=job),
        today - timedelta(days=40),
    ).id
    record_outcome(ctx, actor, intro, "interview", today - timedelta(days=30))
    second = introduce(
        ctx,
        actor,
        Introduction(candidate_id=people[1], employer_id=big, opening_id=job),
        today - timedelta(days=20),
    ).id
    record_outcome(
        ctx, actor, second, "declined", today - timedelta(days=10), decline_reason="language"
    )
    for who, employer, months_ago, wage in (
        (people[3], bakery, 1, 2100),
        (people[4], big, 3, 3900),
        (people[0], big, 6, 3150),
    ):
        start = add_months(today, -months_ago) - timedelta(days=2)
        placement = Placement(
            candidate_id=who,
            employer_id=employer,
            job_title="Poste",
            noc_code=None,
            start_date=start,
            hours_per_week=Decimal("37.5"),
            hourly_wage_cents=wage,
        )
        record_placement(ctx, actor, placement)
        save_subsidy(ctx, actor, SubsidyFile(placement_id=placement.id, planned_weeks=30))
    due = due_followups(ctx, actor)
    if len(due.overdue) > 1:
        record_followup(ctx, actor, due.overdue[-1].id, done_on=today, still_employed=True)


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else OUT
    out.mkdir(parents=True, exist_ok=True)
    qt = QApplication.instance() or QApplication([])
    from desktop.app import open_application
    from desktop.ui import i18n
    from desktop.ui.main_window import MainWindow

    app = open_application(tempfile.mkdtemp(prefix="passerelle-workspace-"))
    app.initialise("Bureau", "admin", "mot-de-passe-sûr")
    actor = app.actor
    assert actor is not None
    window = MainWindow(app, actor)
    window.resize(1366, 768)
    page, placements = window.workspace.employers, window.workspace.placements
    window.tabs.setCurrentWidget(page)
    _grab(window, out / "workspace-companies-empty-fr.png")
    fill(app.ctx, actor)
    for lang in ("fr", "en"):
        i18n.set_language(lang)
        QApplication.processEvents()
        window.tabs.setCurrentWidget(page)
        page.reload()
        _grab(window, out / f"workspace-companies-{lang}.png")
        window.tabs.setCurrentWidget(placements)
        placements.reload()
        _grab(window, out / f"workspace-placements-{lang}.png")
        window.tabs.setCurrentWidget(page)
        page.employer_table.selectRow(
            next(i for i, e in enumerate(page.employers.rows) if e.legal_name.startswith("Tech"))
        )
        page.opening_table.selectRow(
            next(i for i, o in enumerate(page.openings.rows) if o.noc_code == "22300")
        )
        page.suggest()
        _grab(page.dialog, out / f"workspace-suggestions-{lang}.png", (1100, 640))
        page.dialog.close()
        page.change_opening()
        dialog = page.dialog
        dialog.english.set_code("advanced")
        dialog.justification.clear()
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
        _grab(dialog, out / f"workspace-opening-error-{lang}.png")
        dialog.reject()
        window.tabs.setCurrentWidget(placements)
        placements.placement_table.selectRow(0)
        placements.open_subsidy()
        _grab(placements.dialog, out / f"workspace-subsidy-{lang}.png")
        placements.dialog.reject()
    i18n.set_language("fr")
    window.close()
    app.close()
    del qt


if __name__ == "__main__":
    main()
