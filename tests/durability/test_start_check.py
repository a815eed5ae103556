"""The start check in the GUI runs behind the open window (quick_check reads every page: seconds
at 100 000 candidates). Damage it finds is noted, the window says so and closes, and the next
sign-in checks first and goes to recovery mode; unlocking after a lock does not re-check."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop.app import Application, open_application
from desktop.services.actor import Actor
from desktop.storage.engine import StoreError
from tests.conftest import ADMIN_PASSWORD
from tests.durability.helpers import damage_page, save_people, table_pages


def _damage_candidates(app: Application, admin: Actor) -> None:
    save_people(app, admin, 0, 40)
    opener = app.file_opener()
    app.close()
    damage_page(app.paths.database, table_pages(opener, app.paths.database, "candidates")[1])


def test_damage_found_behind_the_window_sends_the_next_sign_in_to_recovery(
    app: Application, admin: Actor
) -> None:
    _damage_candidates(app, admin)
    home = app.paths.home
    gui = open_application(home)
    gui.defer_start_check = True
    gui.unlock("admin", ADMIN_PASSWORD)  # the window opens at once: the check comes after
    verdict = gui.start_check()
    assert verdict != "ok" and gui.damage_marker.exists()
    assert "Zénobie" not in gui.damage_marker.read_text(encoding="utf-8")  # page numbers only
    gui.lock(reason="exit")
    gui.close()

    again = open_application(home)
    again.defer_start_check = True
    with pytest.raises(StoreError) as raised:
        again.unlock("admin", ADMIN_PASSWORD)  # the marker makes this sign-in check first
    assert raised.value.code == "store.damaged" and again.damaged


def test_an_intact_store_passes_and_unlocking_after_a_lock_does_not_check_again(
    app: Application, admin: Actor
) -> None:
    app.defer_start_check = True
    assert app.start_check() == "ok" and not app.damage_marker.exists()
    app.lock(reason="manual")
    app.unlock("admin", ADMIN_PASSWORD)
    assert app.unlocked


def test_the_window_says_so_and_closes_when_the_check_finds_damage(
    qtbot, app: Application, admin: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui.main_window import MainWindow
    from desktop.ui.start_check import check_behind

    save_people(app, admin, 0, 40)
    opener = app.file_opener()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: shown.append(text))
    window = MainWindow(app, admin)
    qtbot.addWidget(window)
    window.show()
    # The disk goes bad under the open window (the window's own reads may still be cached).
    damage_page(app.paths.database, table_pages(opener, app.paths.database, "candidates")[1])
    check_behind(window, app)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=20000)
    assert shown and "mode de récupération" in shown[0]
    assert app.damage_marker.exists()
