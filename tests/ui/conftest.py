"""GUI fixtures: the real main window on a real store, offscreen."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from desktop.app import Application
from desktop.services.actor import Actor
from desktop.ui import i18n
from desktop.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, app: Application, admin: Actor) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    i18n.set_language("fr")
    win = MainWindow(app, admin)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()
    i18n.set_language("fr")
