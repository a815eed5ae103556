"""Screenshots of the Tableau de bord tab (1366×768, French and English, filled and empty store).

QT_QPA_PLATFORM=offscreen python -m tests.ui.dashboard_screenshots  → docs/screenshots/dashboard_*.png
The filled store is the tests' generated programme history (fictional people, events with
accented names); the empty store shows what a new central store looks like.
"""

from __future__ import annotations

import os
import tempfile
import time
from datetime import date

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from tests.ui.make_screenshots import OUT


def shoot(qt: QApplication, filled: bool, lang: str, name: str, by_event: bool = False) -> None:
    from desktop.app import open_application
    from desktop.services.accounts import authenticate, initialise
    from desktop.ui import i18n
    from desktop.ui.main_window import MainWindow
    from tests.services.test_dashboard_figures import COORDINATOR
    from tests.support.dashboard_data import AS_OF, generate

    app = open_application(tempfile.mkdtemp(prefix="passerelle-dashboard-"))
    initialise(app.ctx, "Magasin central", "admin", "mot-de-passe-sûr")
    actor = authenticate(app.ctx, "admin", "mot-de-passe-sûr")
    if filled:
        generate(app.ctx, COORDINATOR, count=150)
    i18n.set_language(lang)
    window = MainWindow(app, actor)
    window.resize(1366, 768)
    window.show()
    tab = window.dashboard
    window.tabs.setCurrentWidget(tab)
    tab.as_of = AS_OF
    if by_event:  # one event over a fiscal year, the hires-by-event table open
        event_id = tab.event_choice.itemData(1)
        tab.set_filter(date(2025, 4, 1), date(2026, 3, 31), event_id)
        tab.tables.setCurrentIndex(4)
    else:
        tab.set_filter(None, None, None)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and (tab.task is not None or tab.figures is None):
        qt.processEvents()
        time.sleep(0.02)
    for _ in range(10):
        qt.processEvents()
    window.grab().save(str(OUT / f"{name}.png"))
    window.close()
    app.close()


def main() -> None:
    qt = QApplication.instance() or QApplication([])
    OUT.mkdir(parents=True, exist_ok=True)
    for lang in ("fr", "en"):
        shoot(qt, True, lang, f"dashboard_{lang}")  # type: ignore[arg-type]
        shoot(qt, False, lang, f"dashboard_empty_{lang}")  # type: ignore[arg-type]
    shoot(qt, True, "fr", "dashboard_event_fr", by_event=True)  # type: ignore[arg-type]
    print(f"dashboard screenshots written to {OUT}", flush=True)
    os._exit(0)


if __name__ == "__main__":
    main()
