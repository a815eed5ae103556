"""The « Confidentialité » window: the notice and the person in charge for everyone; settings,
retention, access requests and the incident register for admins."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.notice import notice
from desktop.domain.privacy_messages import code_label
from desktop.services.actor import Actor
from desktop.services.context import ServiceContext
from desktop.services.drafts import DraftStore
from desktop.services.privacy_settings import read_privacy_settings


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class NoticeSummaryPage(QWidget):
    """What a candidate is told and whom to contact (C1, C4), as configured now."""

    def __init__(self, ctx: ServiceContext, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.lang = ctx, lang
        self.body = QLabel(self)
        self.body.setObjectName("privacySummary")
        self.body.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.body)
        layout.addStretch(1)
        self.reload()

    def reload(self) -> None:
        settings = read_privacy_settings(self.ctx)
        shown = notice(self.lang, settings.notice_context())
        items = "".join(f"<li>{_escape(line)}</li>" for line in shown.summary)
        hosting = code_label("Hosting", settings.hosting, self.lang)
        officer = settings.officer_name or self.tr(
            "non désignée — à inscrire par un administrateur"
        )
        if settings.officer_title:
            officer += f", {settings.officer_title}"
        contact = ", ".join(
            v
            for v in (settings.officer_email, settings.officer_phone, settings.officer_address)
            if v
        )
        if settings.pia_reference:
            hosting += " — " + self.tr("ÉFVP {reference}").format(reference=settings.pia_reference)
        rows = [
            (
                self.tr("Personne responsable"),
                _escape(officer) + (f"<br/>{_escape(contact)}" if contact else ""),
            ),
            (self.tr("Hébergement du magasin central"), _escape(hosting)),
            (self.tr("Version de l'avis"), _escape(shown.version)),
        ]
        colon = ": " if self.lang == "en" else "\u00a0: "
        body = "".join(f"<p><b>{_escape(name)}</b>{colon}{value}</p>" for name, value in rows)
        self.body.setText(f"<h3>{_escape(shown.title)}</h3><ul>{items}</ul>{body}")


class PrivacyCentre(QDialog):
    def __init__(
        self,
        ctx: ServiceContext,
        actor: Actor,
        lang: str,
        drafts: DraftStore | None = None,
        parent: QWidget | None = None,
        tab: str = "notice",
    ) -> None:
        super().__init__(parent)
        self.ctx, self.actor, self.lang = ctx, actor, lang
        self.setWindowTitle(self.tr("Confidentialité — Loi 25"))
        self.resize(1280, 720)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("privacyTabs")
        self.summary = NoticeSummaryPage(ctx, lang, self)
        self.tabs.addTab(self.summary, self.tr("Avis et personne responsable"))
        self.pages: dict[str, QWidget] = {"notice": self.summary}
        if actor.may("privacy.manage"):
            from desktop.ui.access_requests_page import AccessRequestsPage
            from desktop.ui.incidents_page import IncidentsPage
            from desktop.ui.privacy_settings_page import PrivacySettingsPage
            from desktop.ui.retention_page import RetentionPage

            self.settings_page = PrivacySettingsPage(ctx, actor, lang, self)
            self.settings_page.saved.connect(self.summary.reload)
            self.retention = RetentionPage(ctx, actor, lang, drafts, self)
            self.requests = AccessRequestsPage(ctx, actor, lang, self)
            self.incidents = IncidentsPage(ctx, actor, lang, self)
            for key, page, title in (
                ("settings", self.settings_page, self.tr("Paramètres")),
                ("retention", self.retention, self.tr("Conservation")),
                ("requests", self.requests, self.tr("Demandes d'accès")),
                ("incidents", self.incidents, self.tr("Incidents")),
            ):
                self.tabs.addTab(page, title)
                self.pages[key] = page
        if tab in self.pages:
            self.tabs.setCurrentWidget(self.pages[tab])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
