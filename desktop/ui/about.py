"""Help ▸ About Passerelle: version and build, this device, and the licences of what is bundled.

Three tabs: what the app is (version, build, data folder), the bundled components with their
licences (fonts, the NOC 2021 list, Qt and the main libraries), and the full texts of the font
licences that must travel with the fonts (SIL OFL, Bitstream Vera).
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop import __version__
from desktop.build_info import frozen_build_info
from desktop.domain.formatting import format_date
from desktop.paths import resource
from desktop.ui.app_icon import application_icon


@dataclass(frozen=True)
class Component:
    """One bundled piece of work and the licence it is used under."""

    name: str
    role: str  # French source text, translated in the About context
    licence: str  # French source text, translated in the About context
    distribution: str | None = None  # package whose version is shown


def _t(text: str) -> str:
    return QCoreApplication.translate("About", text)


# The French role and licence texts are marked for lupdate by the QT_TRANSLATE_NOOP-style calls in
# `_marked_for_translation` below; they are translated when the dialog is shown.
COMPONENTS: tuple[Component, ...] = (
    Component(
        "Noto Sans, Noto Sans Arabic",
        "Polices des dossiers PDF",
        "SIL Open Font License 1.1",
    ),
    Component(
        "DejaVu Sans",
        "Police de secours des dossiers PDF",
        "Licence Bitstream Vera ; modifications DejaVu dans le domaine public",
    ),
    Component(
        "CNP 2021 (Classification nationale des professions)",
        "Liste des professions — Statistique Canada",
        "Licence du gouvernement ouvert – Canada",
    ),
    Component(
        "Unicode CLDR (via Babel)",
        "Noms des pays et des langues, formats de date et de nombre",
        "Licence Unicode",
    ),
    Component("Qt 6 / PySide6", "Interface", "GNU LGPL v3", "PySide6"),
    Component("Python", "Langage et bibliothèque standard", "Licence PSF"),
    Component("SQLAlchemy, Alembic", "Base de données et migrations", "MIT", "SQLAlchemy"),
    Component("SQLCipher, sqlcipher3", "Chiffrement de la base locale", "BSD, MIT"),
    Component("psycopg", "Connexion au magasin central PostgreSQL", "GNU LGPL v3", "psycopg"),
    Component(
        "cryptography", "Signature et chiffrement des lots", "Apache 2.0 ou BSD", "cryptography"
    ),
    Component("argon2-cffi", "Protection des mots de passe", "MIT", "argon2-cffi"),
    Component("ReportLab", "Dossiers PDF", "BSD", "reportlab"),
    Component("arabic-reshaper, python-bidi", "Écriture arabe dans les PDF", "MIT, GNU LGPL v3"),
    Component("Babel", "Formats du Québec", "BSD", "babel"),
    Component("phonenumbers", "Numéros de téléphone", "Apache 2.0", "phonenumbers"),
    Component("RapidFuzz", "Recherche de doublons", "MIT", "rapidfuzz"),
    Component("Unidecode", "Recherche sans accents", "GNU GPL v2 ou ultérieure", "Unidecode"),
    Component("openpyxl", "Import de fichiers Excel", "MIT", "openpyxl"),
    Component("python-dateutil, psutil", "Dates et mesures du système", "BSD"),
)

FONT_LICENCES = ("Noto-LICENSE-OFL.txt", "DejaVuSans-LICENSE.txt")


def _marked_for_translation() -> None:  # pragma: no cover - read by lupdate, never run
    for text in (
        QCoreApplication.translate("About", "Polices des dossiers PDF"),
        QCoreApplication.translate("About", "Police de secours des dossiers PDF"),
        QCoreApplication.translate(
            "About", "Licence Bitstream Vera ; modifications DejaVu dans le domaine public"
        ),
        QCoreApplication.translate("About", "CNP 2021 (Classification nationale des professions)"),
        QCoreApplication.translate("About", "Liste des professions — Statistique Canada"),
        QCoreApplication.translate("About", "Licence du gouvernement ouvert – Canada"),
        QCoreApplication.translate(
            "About", "Noms des pays et des langues, formats de date et de nombre"
        ),
        QCoreApplication.translate("About", "Licence Unicode"),
        QCoreApplication.translate("About", "Interface"),
        QCoreApplication.translate("About", "Langage et bibliothèque standard"),
        QCoreApplication.translate("About", "Licence PSF"),
        QCoreApplication.translate("About", "Base de données et migrations"),
        QCoreApplication.translate("About", "Chiffrement de la base locale"),
        QCoreApplication.translate("About", "Connexion au magasin central PostgreSQL"),
        QCoreApplication.translate("About", "Signature et chiffrement des lots"),
        QCoreApplication.translate("About", "Apache 2.0 ou BSD"),
        QCoreApplication.translate("About", "Protection des mots de passe"),
        QCoreApplication.translate("About", "Dossiers PDF"),
        QCoreApplication.translate("About", "Écriture arabe dans les PDF"),
        QCoreApplication.translate("About", "Formats du Québec"),
        QCoreApplication.translate("About", "Numéros de téléphone"),
        QCoreApplication.translate("About", "Recherche de doublons"),
        QCoreApplication.translate("About", "Recherche sans accents"),
        QCoreApplication.translate("About", "GNU GPL v2 ou ultérieure"),
        QCoreApplication.translate("About", "Import de fichiers Excel"),
        QCoreApplication.translate("About", "Dates et mesures du système"),
    ):
        del text


def _build_date(value: object, lang: str) -> str:
    try:
        return format_date(date.fromisoformat(str(value)[:10]), lang, long=True)
    except ValueError:
        return "?"


def package_version(distribution: str | None) -> str | None:
    if distribution is None:
        return None
    from importlib import metadata

    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:  # a frozen build may not carry the metadata
        return None


class AboutDialog(QDialog):
    """The About box; `device_name` and `data_folder` describe this installation."""

    def __init__(
        self,
        lang: str,
        device_name: str | None = None,
        data_folder: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.lang = lang
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("À propos de Passerelle"))
        self.setMinimumSize(720, 520)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 20, 20, 16)
        layout.setSpacing(12)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("aboutTabs")
        self.tabs.addTab(self._summary(device_name, data_folder), self.tr("Passerelle"))
        self.tabs.addTab(self._components(), self.tr("Composants et licences"))
        self.tabs.addTab(self._licence_texts(), self.tr("Textes des licences"))
        layout.addWidget(self.tabs)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _summary(self, device_name: str | None, data_folder: Path | None) -> QWidget:
        page = QWidget(self)
        row = QHBoxLayout(page)
        row.setContentsMargins(16, 16, 16, 16)
        row.setSpacing(24)
        logo = QLabel(page)
        logo.setPixmap(application_icon().pixmap(128, 128))
        logo.setAlignment(Qt.AlignmentFlag.AlignTop)
        row.addWidget(logo)
        text = QLabel(page)
        text.setObjectName("aboutSummary")
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        text.setText(self.summary_html(device_name, data_folder))
        row.addWidget(text, 1)
        return page

    def summary_html(self, device_name: str | None, data_folder: Path | None) -> str:
        esc = html.escape
        lines = [
            "<h2 style='margin-bottom:2px'>Passerelle</h2>",
            "<p style='margin-top:0'>"
            + esc(self.tr("Version {version}").format(version=__version__))
            + "</p>",
            "<p>"
            + esc(
                self.tr(
                    "Inscription hors ligne des personnes candidates aux salons de l'emploi, "
                    "suivi de leur parcours vers un emploi dans leur domaine, dossiers PDF et "
                    "synchronisation chiffrée avec le magasin central du programme."
                )
            )
            + "</p>",
        ]
        build = frozen_build_info()
        if build is not None:
            detail = self.tr("Version installée, construite le {date}").format(
                date=_build_date(build.get("built_at"), self.lang)
            )
            if build.get("commit"):
                detail += self.tr(" (révision {commit})").format(commit=build["commit"])
            lines.append("<p>" + esc(detail) + "</p>")
        else:
            lines.append("<p>" + esc(self.tr("Exécutée depuis le code source.")) + "</p>")
        facts = []
        if device_name:
            facts.append((self.tr("Appareil"), device_name))
        if data_folder is not None:
            facts.append((self.tr("Dossier des données"), str(data_folder)))
        if facts:
            lines.append(
                "<table cellspacing='0' cellpadding='2'>"
                + "".join(
                    f"<tr><td><b>{esc(label)}</b>&nbsp;&nbsp;</td><td>{esc(value)}</td></tr>"
                    for label, value in facts
                )
                + "</table>"
            )
        lines.append(
            "<p style='color:#505050'>"
            + esc(
                self.tr(
                    "Données de la CNP 2021 : Statistique Canada, reproduites sous la Licence du "
                    "gouvernement ouvert – Canada. Qt est utilisé sous la licence GNU LGPL v3."
                )
            )
            + "</p>"
        )
        return "".join(lines)

    def _components(self) -> QWidget:
        browser = QTextBrowser(self)
        browser.setObjectName("aboutComponents")
        browser.setOpenExternalLinks(False)
        browser.setHtml(self.components_html())
        return browser

    def components_html(self) -> str:
        esc = html.escape
        titles = (self.tr("Composant"), self.tr("Rôle"), self.tr("Licence"))
        head = "<tr>" + "".join(f"<th align='left'>{esc(t)}</th>" for t in titles) + "</tr>"
        rows = []
        for component in COMPONENTS:
            version = package_version(component.distribution)
            name = esc(_t(component.name)) + (f" <small>{esc(version)}</small>" if version else "")
            rows.append(
                f"<tr><td>{name}</td><td>{esc(_t(component.role))}</td>"
                f"<td>{esc(_t(component.licence))}</td></tr>"
            )
        note = esc(
            self.tr(
                "Les textes des licences des polices sont dans l'onglet suivant et dans le "
                "dossier resources/fonts de l'installation."
            )
        )
        return (
            "<table cellspacing='0' cellpadding='4' width='100%'>"
            + head
            + "".join(rows)
            + f"</table><p>{note}</p>"
        )

    def _licence_texts(self) -> QWidget:
        text = QPlainTextEdit(self)
        text.setObjectName("aboutLicenceTexts")
        text.setReadOnly(True)
        parts = []
        for name in FONT_LICENCES:
            path = resource("fonts", name)
            try:
                parts.append(f"== {name} ==\n\n{path.read_text(encoding='utf-8').strip()}\n")
            except OSError:
                parts.append(f"== {name} ==\n\n" + self.tr("(fichier absent de l'installation)"))
        text.setPlainText("\n\n".join(parts))
        return text
