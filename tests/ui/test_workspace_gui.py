"""The coordinator workspace driven like a coordinator: keyboard and clicks on real widgets."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox, QMainWindow, QTabWidget

from desktop.app import Application
from desktop.domain.enums import Role
from desktop.domain.subsidy import add_months
from desktop.domain.workspace import Placement
from desktop.services.accounts import authenticate, create_staff
from desktop.services.actor import Actor
from desktop.services.followups import placement_followups
from desktop.services.placements import get_subsidy, list_placements, record_placement
from desktop.ui import i18n
from desktop.ui.main_window import MainWindow
from desktop.ui.workspace_employers_page import EmployersPage
from desktop.ui.workspace_placements_page import PlacementsPage
from desktop.ui.workspace_tabs import install_workspace
from tests.support.workspace_data import company, opening, person


def _save(dialog) -> None:  # type: ignore[no-untyped-def]
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def _pages(window: MainWindow) -> tuple[EmployersPage, PlacementsPage]:
    return window.workspace.employers, window.workspace.placements


def test_the_workspace_tabs_show_for_coordinators_and_not_for_intake_staff(
    qtbot, app: Application, admin: Actor, window: MainWindow, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    # A private translation cache: the compiled .qm must come from this checkout's .ts.
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert "Entreprises" in titles and "Placements et suivis" in titles
    i18n.set_language("en")
    qtbot.waitUntil(
        lambda: "Companies" in [window.tabs.tabText(i) for i in range(window.tabs.count())]
    )
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert "Placements and follow-up" in titles
    assert window.workspace.employers.new_button.text() == "New company…"
    i18n.set_language("fr")
    qtbot.waitUntil(
        lambda: "Entreprises" in [window.tabs.tabText(i) for i in range(window.tabs.count())]
    )
    create_staff(app.ctx, admin, "accueil", Role.INTAKE, "Mot-de-passe-accueil-1")
    intake = authenticate(app.ctx, "accueil", "Mot-de-passe-accueil-1")
    # The installer on a bare window signed in as intake staff: no tab added.
    host = QMainWindow()
    qtbot.addWidget(host)
    host.actor, host.ctx, host.tabs = intake, app.ctx, QTabWidget(host)  # type: ignore[attr-defined]
    assert install_workspace(host) is None
    assert host.tabs.count() == 0  # type: ignore[attr-defined]


def test_a_company_and_an_opening_are_created_with_errors_explained_on_the_way(
    qtbot, window: MainWindow, qtmodeltester
) -> None:  # type: ignore[no-untyped-def]
    page, _ = _pages(window)
    window.tabs.setCurrentWidget(page)
    assert page.empty.isVisible()
    page.new_button.click()
    dialog = page.dialog
    dialog.legal_name.setText("Technologies Hồ Chí Minh et Associés du Grand Laval inc.")
    QTest.keyClicks(dialog.neq, "12345")
    QTest.keyClicks(dialog.city, "Laval")
    dialog.add_contact.click()
    dialog.contacts.item(0, 0).setText("Élodie Bélanger")
    dialog.contacts.item(0, 2).setText("elodie@exemple.ca")
    _save(dialog)
    assert dialog.isVisible()
    assert "10 chiffres" in dialog.issues.text()
    dialog.neq.setText("1143 123 456")
    _save(dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert [e.legal_name for e in page.employers.rows] == [
        "Technologies Hồ Chí Minh et Associés du Grand Laval inc."
    ]
    assert "Élodie Bélanger" in page.card.text()
    qtmodeltester.check(page.employers)

    page.new_opening.click()
    job = page.dialog
    QTest.keyClicks(job.title, "Analyste-programmeur·euse")
    job.noc.set_code("21231")
    job.english.set_code("intermediate")
    QTest.keyClicks(job.hours, "37,5")
    QTest.keyClicks(job.wage, "32,75")
    _save(job)
    assert job.isVisible()
    assert "Charte de la langue française" in job.issues.text()
    assert job.justification.isEnabled()
    job.justification.setPlainText("Soutien aux clients de l'Ontario, au téléphone.")
    _save(job)
    qtbot.waitUntil(lambda: not job.isVisible())
    (row,) = page.openings.rows
    assert (row.title, row.hourly_wage_cents, row.hours_per_week) == (
        "Analyste-programmeur·euse",
        3275,
        37.5,
    )
    assert page.openings.data(page.openings.index(0, 2)) == "32,75\u00a0$"
    qtmodeltester.check(page.openings)


def test_a_candidate_is_suggested_introduced_and_hired_from_the_company_page(
    qtbot, app: Application, admin: Actor, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    ctx = app.ctx
    employer_id = company(ctx, admin, "Génie-Conseil Lavallois")
    opening(
        ctx, admin, employer_id, title="Technicienne en génie civil", noc="22300", wage_cents=2900
    )
    candidate = person(ctx, admin, "Nguyễn", "Thị Hồng", targets=("22300",))
    person(ctx, admin, "Sans", "Consentement", targets=("22300",), share=False)
    page, placements = _pages(window)
    window.tabs.setCurrentWidget(page)
    page.reload()
    page.suggest_button.click()
    suggestions = page.dialog
    assert [m.display_name for m in suggestions.model.rows] == ["Nguyễn Thị Hồng"]
    assert "Même profession (CNP 22300)" in suggestions.view.reasons.toPlainText()
    suggestions.present_button.click()
    introduce = suggestions.introduce_dialog
    assert introduce.variant.code() == "anonymized"
    assert "Première présentation" in introduce.variant_hint.text()
    _save(introduce)
    qtbot.waitUntil(lambda: not introduce.isVisible())
    suggestions.reject()
    qtbot.waitUntil(lambda: len(page.intros.rows) == 1)
    assert page.intros.rows[0].candidate_id == candidate

    page.ask_record_hire = lambda name: True  # type: ignore[method-assign]
    page.intro_table.selectRow(0)
    page.outcome_button.click()
    outcome = page.dialog
    outcome.outcome.set_code("hired")
    outcome.outcome_on.set_value(date.today())
    _save(outcome)
    qtbot.waitUntil(lambda: page.dialog is not outcome and page.dialog is not None)
    hire = page.dialog
    assert hire.job_title.text() == "Technicienne en génie civil"
    # Who is hired where reads as one block beside its label, not lost in a gap above the fields.
    qtbot.waitExposed(hire)
    lines = hire.heading.fontMetrics().lineSpacing()
    assert hire.heading.height() <= 3 * lines
    assert hire.job_title.y() - hire.heading.geometry().bottom() <= 2 * lines
    assert hire.wage.text() == "29,00"
    hire.start.setDate(QDate(2026, 6, 1))
    hire.mark_filled.setChecked(True)
    _save(hire)
    qtbot.waitUntil(lambda: not hire.isVisible())
    (placement,) = list_placements(ctx, admin)
    assert placement.start_date == date(2026, 6, 1)
    assert [f.due_on for f in placement_followups(ctx, admin, placement.id)] == [
        date(2026, 7, 1),
        date(2026, 9, 1),
        date(2026, 12, 1),
        date(2027, 6, 1),
    ]
    assert page.intros.data(page.intros.index(0, 4)) == "Embauchée"
    window.tabs.setCurrentWidget(placements)
    assert [p.candidate_name for p in placements.placements.rows] == ["Nguyễn Thị Hồng"]


def test_the_subsidy_file_shows_the_ceiling_and_moves_to_submitted(
    qtbot, app: Application, admin: Actor, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    ctx = app.ctx
    placement = Placement(
        candidate_id=person(ctx, admin, "محمد", "العلي"),
        employer_id=company(ctx, admin),
        job_title="Soudeur",
        start_date=date(2026, 5, 1),
        hours_per_week=Decimal(35),
        hourly_wage_cents=3000,
    )
    assert record_placement(ctx, admin, placement).saved
    _, page = _pages(window)
    window.tabs.setCurrentWidget(page)
    page.reload()
    page.subsidy_button.click()
    dialog = page.dialog
    dialog.weeks.setValue(52)
    text = dialog.amounts.text()
    assert "Subvention horaire maximale : 16,60\u00a0$ (plafonnée au salaire minimum)" in text
    assert "Total maximal sur 52 semaines : 30\u00a0212,00\u00a0$" in text
    dialog.status.set_code("submitted")
    dialog.measures["workplace_francization"].setChecked(True)
    _save(dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    subsidy = get_subsidy(ctx, admin, placement.id)
    assert subsidy is not None and subsidy.max_hourly_subsidy_cents == 1660
    assert subsidy.support_measures == ["workplace_francization"]
    qtbot.waitUntil(lambda: page.placements.data(page.placements.index(0, 7)) == "Déposé")


def test_follow_ups_due_this_week_are_listed_overdue_first_and_recorded(
    qtbot, app: Application, admin: Actor, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    ctx = app.ctx
    today = date.today()
    monday = today - timedelta(days=today.weekday())
    employer = company(ctx, admin)
    for given, start in (
        ("Trần", add_months(monday - timedelta(days=3), -1)),  # due last Friday: overdue
        ("Ana", add_months(monday + timedelta(days=6), -1)),  # due Sunday: this week
        ("Zoé", add_months(monday + timedelta(days=9), -1)),  # next week: not listed
    ):
        record_placement(
            ctx,
            admin,
            Placement(
                candidate_id=person(ctx, admin, given, "Test"),
                employer_id=employer,
                job_title="Commis",
                start_date=start,
                hours_per_week=Decimal(30),
                hourly_wage_cents=1900,
            ),
        )
    _, page = _pages(window)
    window.tabs.setCurrentWidget(page)
    page.fixed_today = monday + timedelta(days=2) if today < monday + timedelta(days=2) else today
    page.reload()
    names = [f.candidate_name for f in page.due.rows]
    assert names[-1] == "Ana Test" and "Zoé Test" not in names
    assert page.due.data(page.due.index(0, 1)) == "En retard"
    assert page.due.data(page.due.index(0, 0), Qt.ItemDataRole.ForegroundRole) is not None
    page.due_table.selectRow(0)
    page.record_due.click()
    dialog = page.dialog
    dialog.still_employed.set_value(True)
    dialog.notes.setPlainText("Bonne intégration, cours de français le mardi.")
    _save(dialog)
    qtbot.waitUntil(lambda: len(page.due.rows) == len(names) - 1)
