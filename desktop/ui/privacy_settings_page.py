"""Admin screen: the person in charge of personal information, the central store's hosting and
its impact assessment (C10), and the notice texts in French and English (versioned)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.issues import errors
from desktop.domain.privacy_messages import code_label
from desktop.domain.privacy_settings import HOSTING_OUTSIDE, HOSTINGS, PrivacySettings
from desktop.services.actor import Actor
from desktop.services.context import ServiceContext
from desktop.services.privacy_settings import (
    notice_lines,
    read_privacy_settings,
    save_privacy_settings,
    transfer_issue,
)
from desktop.ui import privacy_common as common


class PrivacySettingsPage(QWidget):
    saved = Signal()

    def __init__(
        self, ctx: ServiceContext, actor: Actor, lang: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx, self.actor, self.lang = ctx, actor, lang
        self.officer_name = QLineEdit(self)
        self.officer_title = QLineEdit(self)
        self.officer_email = QLineEdit(self)
        self.officer_phone = QLineEdit(self)
        self.officer_address = QLineEdit(self)
        self.officer_name.setObjectName("officerName")
        self.officer_email.setObjectName("officerEmail")
        officer = QGroupBox(
            self.tr("Personne responsable de la protection des renseignements personnels"), self
        )
        form = QFormLayout(officer)
        form.addRow(self.tr("Nom"), self.officer_name)
        form.addRow(self.tr("Titre"), self.officer_title)
        form.addRow(self.tr("Courriel"), self.officer_email)
        form.addRow(self.tr("Téléphone"), self.officer_phone)
        form.addRow(self.tr("Adresse"), self.officer_address)

        self.hosting = QComboBox(self)
        self.hosting.setObjectName("hosting")
        for code in HOSTINGS:
            self.hosting.addItem(code_label("Hosting", code, lang), code)
        self.pia_reference = QLineEdit(self)
        self.pia_reference.setObjectName("piaReference")
        self.pia_date = QLineEdit(self)
        self.agreement_date = QLineEdit(self)
        self.agreement_date.setObjectName("agreementDate")
        for edit in (self.pia_date, self.agreement_date):
            edit.setPlaceholderText(self.tr("p. ex. 2026-03-31"))
        self.transfer_state = QLabel(self)
        self.transfer_state.setObjectName("transferState")
        self.transfer_state.setWordWrap(True)
        hosting = QGroupBox(self.tr("Hébergement du magasin central"), self)
        hform = QFormLayout(hosting)
        hform.addRow(self.tr("Le magasin central est hébergé"), self.hosting)
        hform.addRow(self.tr("Référence de l'ÉFVP"), self.pia_reference)
        hform.addRow(self.tr("Date de l'ÉFVP"), self.pia_date)
        hform.addRow(self.tr("Date de l'entente écrite"), self.agreement_date)
        hform.addRow(self.transfer_state)

        self.notice_fr = QPlainTextEdit(self)
        self.notice_en = QPlainTextEdit(self)
        self.notice_fr.setObjectName("noticeFr")
        self.notice_en.setObjectName("noticeEn")
        self.version = QLabel(self)
        self.version.setObjectName("noticeVersion")
        notice = QGroupBox(self.tr("Avis de confidentialité (un paragraphe par ligne)"), self)
        nlayout = QVBoxLayout(notice)
        texts = QHBoxLayout()
        for title, edit in (
            (self.tr("Texte en français"), self.notice_fr),
            (self.tr("Texte en anglais"), self.notice_en),
        ):
            column = QVBoxLayout()
            column.addWidget(QLabel(title, self))
            column.addWidget(edit)
            texts.addLayout(column)
        nlayout.addLayout(texts)
        nlayout.addWidget(self.version)

        self.save_button = QPushButton(self.tr("Enregistrer"), self)
        self.save_button.setObjectName("savePrivacy")
        self.save_button.clicked.connect(lambda: self.save())
        self.save_button.setEnabled(actor.may("settings.manage"))
        top = QHBoxLayout()
        top.addWidget(officer, 1)
        top.addWidget(hosting, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(notice, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.save_button)
        layout.addLayout(row)
        self.hosting.currentIndexChanged.connect(lambda _i: self._show_transfer_state())
        self.load()

    def load(self) -> None:
        s = read_privacy_settings(self.ctx)
        for name in (
            "officer_name",
            "officer_title",
            "officer_email",
            "officer_phone",
            "officer_address",
            "pia_reference",
            "pia_date",
            "agreement_date",
        ):
            getattr(self, name).setText(getattr(s, name))
        self.hosting.setCurrentIndex(max(0, self.hosting.findData(s.hosting)))
        self.notice_fr.setPlainText("\n".join(notice_lines(s, "fr")))
        self.notice_en.setPlainText("\n".join(notice_lines(s, "en")))
        self._loaded = s
        self.version.setText(
            self.tr("Version de l'avis : {version}").format(version=s.notice_version)
        )
        self._show_transfer_state()

    def _show_transfer_state(self) -> None:
        outside = self.hosting.currentData() == HOSTING_OUTSIDE
        issue = transfer_issue(self.ctx)
        if outside and (issue is not None or not self.pia_reference.text().strip()):
            self.transfer_state.setText(
                self.tr(
                    "Envoi des paquets bloqué tant que la référence de l'ÉFVP et la date de l'entente ne sont pas inscrites."
                )
            )
            self.transfer_state.setStyleSheet("color: #a3200f; font-weight: 600;")
        else:
            self.transfer_state.setText(self.tr("Envoi des paquets permis."))
            self.transfer_state.setStyleSheet("color: #1d6b2f;")

    def _lines(self, edit: QPlainTextEdit, lang: str, hosting: str) -> list[str]:
        """The admin's own text, or [] when it is the built-in text (for either hosting)."""
        lines = [line.strip() for line in edit.toPlainText().splitlines() if line.strip()]
        for choice in (self._loaded.hosting, hosting):
            builtin = replace(self._loaded, hosting=choice, notice_fr=[], notice_en=[])
            if lines == notice_lines(builtin, lang):
                return []
        return lines

    def settings(self) -> PrivacySettings:
        s = read_privacy_settings(self.ctx)
        for name in (
            "officer_name",
            "officer_title",
            "officer_email",
            "officer_phone",
            "officer_address",
            "pia_reference",
            "pia_date",
            "agreement_date",
        ):
            setattr(s, name, getattr(self, name).text().strip())
        s.hosting = str(self.hosting.currentData())
        s.notice_fr = self._lines(self.notice_fr, "fr", s.hosting)
        s.notice_en = self._lines(self.notice_en, "en", s.hosting)
        return s

    def save(self, today: date | None = None) -> bool:
        issues = save_privacy_settings(self.ctx, self.actor, self.settings(), today)
        if errors(issues):
            common.show_message(self, common.issues_text(errors(issues), self.lang), warning=True)
            return False
        self.load()
        if issues:
            common.show_message(self, common.issues_text(issues, self.lang), warning=True)
        self.saved.emit()
        return True
