"""The « Tableau de bord » tab: the numbers it shows, its filters, background refresh and exports."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop.app import Application
from desktop.domain.dashboard import DashboardFilter
from desktop.domain.enums import Role
from desktop.services.accounts import authenticate, create_staff
from desktop.ui import i18n
from desktop.ui.dashboard import DashboardTab
from desktop.ui.main_window import MainWindow
from tests.conftest import ADMIN_PASSWORD
from tests.services.test_dashboard_figures import COORDINATOR, expected
from tests.support.dashboard_data import AS_OF, History, generate


@pytest.fixture
def history(app: Application) -> History:
    return generate(app.ctx, COORDINATOR, count=60, seed=5)


def _refresh(qtbot, tab: DashboardTab, start=None, end=None, event_id=None) -> None:  # type: ignore[no-untyped-def]
    tab.as_of = AS_OF
    tab.set_filter(start, end, event_id)
    wanted = DashboardFilter(start, end, event_id)
    # A refresh already under way finishes first; the one for these filters follows it.
    qtbot.waitUntil(
        lambda: tab.task is None and tab.figures is not None and tab.figures.filter == wanted,
        timeout=20000,
    )


def _tiles(tab: DashboardTab) -> dict[str, str]:
    return {key: tile.value.text() for key, tile in tab.tiles.items()}


def _column(tab: DashboardTab, key: str, column: int) -> list[object]:
    model = tab.models[key]
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_the_dashboard_shows_the_expected_numbers(
    qtbot, window: MainWindow, history: History, qtmodeltester
) -> None:  # type: ignore[no-untyped-def]
    tab = window.dashboard
    window.tabs.setCurrentWidget(tab)
    assert window.tabs.tabText(window.tabs.indexOf(tab)) == "Tableau de bord"
    _refresh(qtbot, tab)
    want = expected(history, None, None, None)
    assert _tiles(tab)["registered"] == str(want["registered"])
    assert _tiles(tab)["admitted"] == str(want["admitted"])
    assert _tiles(tab)["employed"] == str(want["employed"])
    assert _tiles(tab)["companies"] == str(want["companies"])
    assert _tiles(tab)["placements"] == str(want["placements"])
    assert _tiles(tab)["median"] == f"{want['tth'][1]:g}\u00a0jours".replace(".", ",")
    people = _column(tab, "funnel", 1)
    assert people == [
        str(want[k])
        for k in ("registered", "eligible", "review", "admitted", "introduced", "employed")
    ] + [str(want["retained"][6]), str(want["retained"][12])]
    assert tab.funnel_chart.values == [
        want["registered"],
        want["eligible"],
        want["admitted"],
        want["introduced"],
        want["employed"],
        want["retained"][6],
        want["retained"][12],
    ]
    assert sum(tab.noc_chart.values) == want["placements"]
    assert tab.charts.currentIndex() == 0
    for model in tab.models.values():
        qtmodeltester.check(model)


def test_period_and_event_filters_change_the_numbers(
    qtbot, window: MainWindow, history: History
) -> None:  # type: ignore[no-untyped-def]
    tab = window.dashboard
    window.tabs.setCurrentWidget(tab)
    event_id = history.event_ids["LAVAL-2026"]
    _refresh(qtbot, tab, date(2025, 1, 1), date(2025, 12, 31), event_id)
    want = expected(history, date(2025, 1, 1), date(2025, 12, 31), "LAVAL-2026")
    assert _tiles(tab)["registered"] == str(want["registered"])
    assert _tiles(tab)["placements"] == str(want["placements"])
    assert tab.event_choice.currentData() == event_id
    assert tab.preset.currentData() == "custom" and tab.date_from.isVisible()
    codes = _column(tab, "by_event", 0)
    assert set(codes) <= {"LAVAL-2026", "Total"}


def test_refresh_runs_in_the_background_and_queues_a_second_request(
    qtbot, window: MainWindow, history: History
) -> None:  # type: ignore[no-untyped-def]
    tab = window.dashboard
    window.tabs.setCurrentWidget(tab)
    tab.as_of = AS_OF
    with qtbot.waitSignals([tab.refreshed, tab.refreshed], timeout=20000):
        tab.refresh()
        assert tab.task is not None  # the GUI thread returned at once
        assert tab.status.text() == "Calcul en cours…"
        tab.refresh()  # while the first runs: queued, run once after it
    qtbot.waitUntil(lambda: tab.task is None)
    assert tab.status.text().startswith("Mis à jour à")


def test_a_reversed_period_is_explained_not_computed(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    tab = window.dashboard
    with qtbot.waitSignal(tab.failed, timeout=5000) as blocker:
        tab.set_filter(date(2026, 5, 1), date(2026, 4, 1), None)
    assert "la date de début est après la date de fin" in blocker.args[0]
    assert tab.task is None


def test_an_empty_store_says_so(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    tab = window.dashboard
    window.tabs.setCurrentWidget(tab)
    _refresh(qtbot, tab)
    assert tab.charts.currentIndex() == 1 and "Aucune personne inscrite" in tab.empty.text()
    assert _tiles(tab)["registered"] == "0" and _tiles(tab)["median"] == "—"


def test_export_writes_what_the_tab_shows(
    qtbot, window: MainWindow, history: History, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    tab = window.dashboard
    window.tabs.setCurrentWidget(tab)
    _refresh(qtbot, tab)
    asked: list[str] = []
    tab.ask_path = lambda fmt, suggested: asked.append(suggested) or str(tmp_path / "bilan")
    written = tab.export("xlsx")
    assert written == tmp_path / "bilan.xlsx" and asked == ["bilan-programme.xlsx"]
    sheet = load_workbook(written)["Parcours"]
    assert [row[1] for row in sheet.iter_rows(min_row=2, values_only=True)] == [
        int(v) for v in _column(tab, "funnel", 1)
    ]
    assert tab.status.text() == "Exporté : bilan.xlsx"


def test_the_tab_follows_the_interface_language(
    qtbot, window: MainWindow, history: History
) -> None:  # type: ignore[no-untyped-def]
    tab = window.dashboard
    window.tabs.setCurrentWidget(tab)
    _refresh(qtbot, tab)
    i18n.set_language("en")
    qtbot.waitUntil(lambda: window.tabs.tabText(window.tabs.indexOf(tab)) == "Dashboard")
    assert _column(tab, "funnel", 0)[0] == "Registered"
    assert tab.tables.tabText(0) == "Funnel"
    assert tab.tiles["registered"].caption.text() == "People registered"


def test_intake_staff_have_no_dashboard(qtbot, app: Application) -> None:  # type: ignore[no-untyped-def]
    admin = authenticate(app.ctx, "admin", ADMIN_PASSWORD)
    create_staff(app.ctx, admin, "kiosque", Role.INTAKE.value, "mot-de-passe-kiosque")
    intake = authenticate(app.ctx, "kiosque", "mot-de-passe-kiosque")
    i18n.set_language("fr")
    win = MainWindow(app, intake)
    qtbot.addWidget(win)
    assert not hasattr(win, "dashboard")
    assert all(win.tabs.tabText(i) != "Tableau de bord" for i in range(win.tabs.count()))
    win.close()
