"""GUI fixtures: the real main window on a real store, offscreen."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from desktop.app import Application
from desktop.services.actor import Actor
from desktop.ui import i18n
from desktop.ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def _qt_application(qapp):  # type: ignore[no-untyped-def]
    """Every GUI test runs with the application object made first.

    Qt aborts the whole process when a pixmap or an icon is made before it; which test comes first
    in a pytest-xdist worker is a matter of chance, so no test may rely on another to have made it.
    """
    return qapp


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
