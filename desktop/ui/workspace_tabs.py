"""Install the coordinator workspace in the main window: « Entreprises » and « Placements et
suivis » tabs, shown to coordinators and admins only (the services enforce the same rule).

`install_workspace(window)` is the one call the main window makes. Both pages refresh when a
service reports a workspace or candidate change (a new introduction, a hire, a consent withdrawn).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QTabWidget

from desktop.services.changes import Changed, ChangeHub
from desktop.services.workspace_common import WORKSPACE
from desktop.ui import i18n
from desktop.ui.workspace_employers_page import EmployersPage
from desktop.ui.workspace_placements_page import PlacementsPage


class WorkspaceTabs(QObject):
    """Keeps the two pages' tab titles translated and their lists fresh."""

    def __init__(
        self, tabs: QTabWidget, employers: EmployersPage, placements: PlacementsPage
    ) -> None:
        super().__init__(tabs)
        self.tabs, self.employers, self.placements = tabs, employers, placements
        self.stale: set[QObject] = set()
        tabs.installEventFilter(self)
        tabs.currentChanged.connect(lambda _index: self._refresh_if_stale())
        self.retranslate()

    def retranslate(self) -> None:
        self.tabs.setTabText(self.tabs.indexOf(self.employers), self.tr("Entreprises"))
        self.tabs.setTabText(self.tabs.indexOf(self.placements), self.tr("Placements et suivis"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def on_change(self, change: Changed) -> None:
        """Reload the page on screen now; the other one when it is next shown."""
        if change.kind not in (WORKSPACE, "candidate"):
            return
        self.stale = {self.employers, self.placements}
        self._refresh_if_stale()

    def _refresh_if_stale(self) -> None:
        shown = self.tabs.currentWidget()
        if shown in self.stale:
            self.stale.discard(shown)
            shown.reload()  # type: ignore[attr-defined]


def install_workspace(window: Any) -> WorkspaceTabs | None:
    """Add the workspace tabs to `window.tabs` if the signed-in actor may use them."""
    if not window.actor.may("workspace.read"):
        return None
    lang = i18n.current_language()
    employers = EmployersPage(window.ctx, window.actor, lang, window)
    placements = PlacementsPage(window.ctx, window.actor, lang, window)
    window.tabs.addTab(employers, "")
    window.tabs.addTab(placements, "")
    workspace = WorkspaceTabs(window.tabs, employers, placements)
    hub: ChangeHub = window.ctx.changes
    listener = workspace.on_change
    hub.subscribe(listener)
    # Stop listening when the window goes (the hub outlives it in tests and on sign-out).
    window.destroyed.connect(lambda *_: hub.unsubscribe(listener))
    window.workspace = workspace
    return workspace
