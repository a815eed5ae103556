"""The full profile, completed later by a coordinator: every section of the candidate model."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.candidate import Candidate
from desktop.domain.issues import errors
from desktop.domain.messages import issue_text, translate
from desktop.services.actor import Actor, PermissionDenied
from desktop.services.candidates import get_candidate, record_decision, save_candidate
from desktop.services.context import ServiceContext
from desktop.ui.eligibility_panel import EligibilityPanel
from desktop.ui.profile_sections import (
    AvailabilitySection,
    ConsentSection,
    IdentitySection,
    JourneySection,
    RowSection,
    row_sections,
)


class ProfileEditor(QDialog):
    def __init__(
        self,
        ctx: ServiceContext,
        actor: Actor,
        candidate_id: str,
        lang: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.actor, self.lang = ctx, actor, lang
        candidate = get_candidate(ctx, actor, candidate_id)
        if candidate is None:
            raise LookupError(candidate_id)
        self.candidate: Candidate = candidate
        self.setWindowTitle(self.tr("Profil complet — {name}").format(name=candidate.display_name))
        self.resize(1100, 700)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("profileTabs")
        self.identity = IdentitySection(lang, self)
        self.journey = JourneySection(lang, self)
        self.rows: list[RowSection] = row_sections(lang, self)
        self.availability = AvailabilitySection(lang, self)
        self.consents = ConsentSection(lang, self)
        self.eligibility = EligibilityPanel(lang, self)
        may_decide = actor.may("candidate.decide")
        self.eligibility.set_decision_allowed(
            may_decide, "" if may_decide else self.tr("Réservé à la coordination")
        )
        self.eligibility.decision_requested.connect(self._decide)
        self.tabs.addTab(self.identity, self.tr("Identité"))
        self.tabs.addTab(self.journey, self.tr("Parcours"))
        for section in self.rows:
            self.tabs.addTab(section, section.title)
        self.tabs.addTab(self.availability, self.tr("Disponibilité"))
        self.tabs.addTab(self.consents, self.tr("Consentements"))
        self.tabs.addTab(self.eligibility, self.tr("Admissibilité"))
        self.issues = QLabel(self)
        self.issues.setObjectName("profileIssues")
        self.issues.setStyleSheet("color: #a4262c;")
        self.issues.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        if actor.may("dossier.print"):
            dossier = buttons.addButton(
                self.tr("Dossier PDF…"), QDialogButtonBox.ButtonRole.ActionRole
            )
            dossier.setObjectName("profileDossier")
            dossier.clicked.connect(self._dossier)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.issues)
        layout.addWidget(buttons)
        self._fill(candidate)

    def _fill(self, c: Candidate) -> None:
        self.identity.fill(c)
        self.journey.fill(c)
        for section in self.rows:
            section.fill(c)
        self.availability.fill(c)
        self.consents.fill(c)
        self.eligibility.update_for(c)
        self.eligibility.show_decision(c.eligibility)

    def current(self) -> Candidate:
        from copy import deepcopy

        c = deepcopy(self.candidate)
        self.identity.read_into(c)
        self.journey.read_into(c)
        for section in self.rows:
            section.read_into(c)
        self.availability.read_into(c)
        self.consents.read_into(c)
        return c

    def save(self) -> bool:
        c = self.current()
        try:
            result = save_candidate(self.ctx, self.actor, c)
        except PermissionDenied as exc:
            QMessageBox.warning(self, "Passerelle", translate(exc.code, self.lang, **exc.params))
            return False
        if not result.saved:
            self.issues.setText(
                "\n".join("• " + issue_text(i, self.lang) for i in errors(result.issues))
            )
            return False
        self.issues.setText("")
        reloaded = get_candidate(self.ctx, self.actor, c.id)
        if reloaded is not None:
            self.candidate = reloaded
            self._fill(reloaded)
        return True

    def _dossier(self) -> None:
        from desktop.ui.dossier_request import DossierRequest

        if self.save():
            request = DossierRequest(self.ctx, self.actor, [self.candidate.id], self.lang, self)
            self.dossier_request = request
            request.open()

    def _decide(self, decision: object) -> None:
        if not self.save():
            return
        try:
            result = record_decision(
                self.ctx, self.actor, self.candidate.id, decision if decision else None
            )
        except PermissionDenied as exc:
            QMessageBox.warning(self, "Passerelle", translate(exc.code, self.lang, **exc.params))
            return
        self.eligibility.show_decision(result, decided_by_name=self.actor.username)
