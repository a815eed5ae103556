"""`passerelle central --db URL report` carries the programme's figures beside its existing keys."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from desktop.central.setup import open_central
from desktop.cli.main import run
from desktop.domain.dashboard import DashboardFilter
from desktop.domain.enums import Role
from desktop.services.actor import Actor
from desktop.services.context import ServiceContext
from desktop.services.dashboard import programme_figures
from tests.support.dashboard_data import generate

COORDINATOR = Actor(staff_id=None, username="coordo", role=Role.COORDINATOR)


@pytest.fixture(scope="module")
def central(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, dict[str, str]]:
    url = f"sqlite:///{tmp_path_factory.mktemp('central') / 'central.db'}"
    store = open_central(url)
    try:
        history = generate(ServiceContext(store=store), COORDINATOR, count=45, seed=3)
    finally:
        store.close()
    return url, history.event_ids


def _report(url: str, capsys: pytest.CaptureFixture[str], *options: str) -> dict:  # type: ignore[type-arg]
    assert run(["central", "--db", url, "report", "--json", *options]) == 0
    return json.loads(capsys.readouterr().out)  # type: ignore[no-any-return]


def _expected(url: str, flt: DashboardFilter) -> dict:  # type: ignore[type-arg]
    store = open_central(url)
    try:
        return programme_figures(ServiceContext(store=store), COORDINATOR, flt).to_json()
    finally:
        store.close()


def test_report_json_keeps_its_keys_and_adds_the_programme(
    central: tuple[str, dict[str, str]], capsys: pytest.CaptureFixture[str]
) -> None:
    url, _events = central
    figures = _report(url, capsys)
    assert figures["candidates"] == 44  # 45 generated, one deleted
    for key in ("per_event", "per_eligibility", "per_decision", "devices", "open_conflicts"):
        assert key in figures
    programme = figures["programme"]
    assert programme == _expected(url, DashboardFilter())
    assert programme["funnel"]["registered"] == figures["candidates"]
    assert programme["period"] == {"from": None, "to": None} and programme["event"] is None
    assert programme["placements"] == sum(programme["placements_by_noc"].values()) > 0


def test_report_takes_a_period_and_an_event(
    central: tuple[str, dict[str, str]], capsys: pytest.CaptureFixture[str]
) -> None:
    url, events = central
    programme = _report(
        url, capsys, "--from", "2025-01-01", "--to", "2025-12-31", "--event", "siiq-2025"
    )["programme"]
    flt = DashboardFilter(date(2025, 1, 1), date(2025, 12, 31), events["SIIQ-2025"])
    assert programme == _expected(url, flt)
    assert programme["event"] == "SIIQ-2025"
    assert set(programme["placements_by_event"]) <= {"SIIQ-2025"}


def test_report_text_lists_the_programme_figures(
    central: tuple[str, dict[str, str]], capsys: pytest.CaptureFixture[str]
) -> None:
    url, _events = central
    assert run(["central", "--db", url, "report"]) == 0
    lines = capsys.readouterr().out.splitlines()
    registered = next(line for line in lines if line.startswith("programme\tfunnel\tregistered"))
    assert registered.split("\t")[-1] == "44"
    assert any(line.startswith("programme\ttime_to_hire\tmedian_days") for line in lines)


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["--from", "2025-13-01"], "« 2025-13-01 » n'est pas une date"),
        (["--event", "NOPE"], "aucun événement n'a le code « NOPE »"),
        (["--from", "2026-05-01", "--to", "2026-04-01"], "la date de début est après"),
    ],
)
def test_report_refuses_a_bad_filter_with_one_clear_line(
    central: tuple[str, dict[str, str]],
    capsys: pytest.CaptureFixture[str],
    options: list[str],
    message: str,
) -> None:
    url, _events = central
    assert run(["central", "--db", url, "report", "--json", *options]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert message in captured.err.replace("\u00a0", " ") and len(captured.err.splitlines()) == 1


def test_report_errors_in_english(
    central: tuple[str, dict[str, str]], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    url, _events = central
    assert run(["--lang", "en", "central", "--db", url, "report", "--to", "soon"]) == 2
    assert '--to: "soon" is not a date. Write it YYYY-MM-DD' in capsys.readouterr().err
    assert run(["--lang", "en", "central", "--db", url, "report", "--event", "NOPE"]) == 2
    assert '--event: no event has the code "NOPE".' in capsys.readouterr().err
