"""The list of registered people is listed when staff look at it, not at sign-in nor after every
save at the booth (listing 100 000 ids takes a fifth of a second): what they see is always
current, and a selection never points at rows that changed since."""

from __future__ import annotations

from desktop.services.listing import list_ids
from desktop.ui.main_window import MainWindow
from tests.durability.helpers import save_people


def _rows_listed(window: MainWindow) -> int:
    return window.list._model.rowCount()  # what the table holds, without asking it to list


def test_the_list_is_listed_when_its_tab_is_first_shown(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    save_people(window.application, window.actor, 0, 2)
    window.ctx.changes.emit_candidates()
    assert window.tabs.currentWidget() is window.capture
    assert _rows_listed(window) == 0, "nothing listed while the booth form is on screen"
    window.tabs.setCurrentWidget(window.list)
    qtbot.waitUntil(lambda: _rows_listed(window) == 2)
    assert window.list.count.text() == "2 personne(s) inscrite(s)"


def test_a_save_while_the_list_is_shown_lists_at_once_and_while_hidden_when_shown_again(
    qtbot,
    window: MainWindow,  # type: ignore[no-untyped-def]
) -> None:
    window.tabs.setCurrentWidget(window.list)
    first = save_people(window.application, window.actor, 0, 1)
    window.ctx.changes.emit_candidates(*first)
    assert _rows_listed(window) == 1
    window.tabs.setCurrentWidget(window.capture)
    later = save_people(window.application, window.actor, 5, 2)
    window.ctx.changes.emit_candidates(*later)
    assert _rows_listed(window) == 1, "not listed again behind the booth form"
    window.tabs.setCurrentWidget(window.list)
    assert _rows_listed(window) == 3
    ids = [window.list.model.id_at(row) for row in range(3)]
    assert ids == list_ids(window.ctx, window.actor)


def test_reading_a_hidden_list_gives_current_rows_and_drops_an_old_selection(
    qtbot,
    window: MainWindow,  # type: ignore[no-untyped-def]
) -> None:
    window.tabs.setCurrentWidget(window.list)
    save_people(window.application, window.actor, 0, 2)
    window.list.reload()
    window.list.view.selectRow(0)
    assert len(window.list.selected_ids()) == 1
    window.tabs.setCurrentWidget(window.capture)
    save_people(window.application, window.actor, 5, 1)
    window.ctx.changes.emit_candidates()
    assert window.list.selected_ids() == [], "rows changed since: the selection is gone"
    assert window.list.model.rowCount() == 3


def test_locking_clears_the_list_and_unlocking_lists_it_when_shown(
    qtbot,
    window: MainWindow,  # type: ignore[no-untyped-def]
) -> None:
    save_people(window.application, window.actor, 0, 2)
    window.tabs.setCurrentWidget(window.list)
    assert _rows_listed(window) == 2
    window.lock_controller.lock("manual")
    assert _rows_listed(window) == 0 and window.list.count.text() == ""
    assert not window.application.unlocked
