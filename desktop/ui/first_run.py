"""The first-run wizard: what Passerelle is for, then language, device, administrator and event.

Shown once, on a data folder that was never set up (desktop.ui.launch). Nothing is written
until the last page: the answers are checked page by page (same rules as the services), then
`FirstRunWizard.finish_setup` creates this device and its first administrator, signs them in,
records the interface language and, if one was given, creates the current event. Choosing
English on the first page switches the whole interface at once, wizard included.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from desktop.domain.messages import translate
from desktop.ui import i18n
from desktop.ui.app_icon import application_icon
from desktop.ui.hooks import require_hooks

if TYPE_CHECKING:
    from desktop.app import Application
    from desktop.services.actor import Actor

# The wizard opens before the store is loaded (see desktop.ui.launch): it may receive a function
# that returns the application, waiting for it if the user is faster than the loading.
ApplicationSource = Callable[[], "Application"]
ERROR_STYLE = "color: #a4262c;"


@dataclass(frozen=True)
class SetupAnswers:
    """What the wizard collected (the password is not kept here)."""

    language: str
    device_name: str
    admin_username: str
    event_code: str | None
    event_name: str | None
    event_date: str | None
    event_place: str | None


def _application(source: Application | ApplicationSource) -> Application:
    if not callable(source):
        return source
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        return source()
    finally:
        QApplication.restoreOverrideCursor()


def _error_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setObjectName("firstRunError")
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    return label


class _Page(QWizardPage):
    """A page whose texts are set by `retranslate` (called again on a language change)."""

    def __init_subclass__(cls, **kwargs: object) -> None:
        super().__init_subclass__(**kwargs)
        require_hooks(_Page, cls, ("retranslate",))

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setSpacing(12)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.RichText)
        self.layout_.addWidget(self.intro)

    def retranslate(self) -> None:
        """Each page writes its texts (checked by `require_hooks`)."""


class WelcomePage(_Page):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomePage")
        self.choice = QButtonGroup(self)
        self.french = QRadioButton("Français", self)  # each language named in itself
        self.french.setObjectName("languageFrench")
        self.english = QRadioButton("English", self)
        self.english.setObjectName("languageEnglish")
        for button in (self.french, self.english):
            self.choice.addButton(button)
            button.setMinimumHeight(28)
        (self.english if i18n.current_language() == "en" else self.french).setChecked(True)
        self.language_label = QLabel(self)
        self.language_label.setObjectName("languageLabel")
        self.layout_.addSpacing(8)
        self.layout_.addWidget(self.language_label)
        self.layout_.addWidget(self.french)
        self.layout_.addWidget(self.english)
        self.layout_.addStretch(1)
        self.french.toggled.connect(self._language_chosen)

    def language(self) -> str:
        return "en" if self.english.isChecked() else "fr"

    def _language_chosen(self) -> None:
        if self.language() != i18n.current_language():
            i18n.set_language(self.language())  # every open window receives LanguageChange

    def retranslate(self) -> None:
        self.setTitle(self.tr("Bienvenue dans Passerelle"))
        self.intro.setText(
            "<p>"
            + self.tr(
                "Passerelle sert à inscrire les personnes immigrantes qui cherchent un emploi "
                "dans leur domaine, aux salons de l'emploi comme au bureau, même sans connexion "
                "Internet."
            )
            + "</p><p>"
            + self.tr(
                "Le personnel d'accueil inscrit une personne en moins de deux minutes ; la "
                "coordination complète les profils, décide de l'admissibilité et imprime les "
                "dossiers ; l'administration relie chaque portable au magasin central du "
                "programme par des lots chiffrés."
            )
            + "</p><p>"
            + self.tr(
                "Cet assistant prépare cet ordinateur en quatre étapes : la langue, le nom de "
                "l'appareil, le compte administrateur et l'événement en cours."
            )
            + "</p>"
        )
        self.language_label.setText("<b>" + self.tr("Langue de l'interface") + "</b>")


class DevicePage(_Page):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("devicePage")
        form = QFormLayout()
        self.device_name = QLineEdit(self)
        self.device_name.setObjectName("deviceName")
        self.device_name.setMaxLength(80)
        self.device_label = QLabel(self)
        form.addRow(self.device_label, self.device_name)
        self.layout_.addLayout(form)
        self.error = _error_label(self)
        self.layout_.addWidget(self.error)
        self.layout_.addStretch(1)
        self.registerField("deviceName*", self.device_name)
        self.device_name.textChanged.connect(lambda _t: self.error.clear())

    def retranslate(self) -> None:
        self.setTitle(self.tr("Cet ordinateur"))
        self.intro.setText(
            self.tr(
                "Donnez à cet ordinateur un nom que toute l'équipe reconnaîtra, par exemple "
                "l'étiquette collée dessus. Il paraît dans la barre d'état, dans les lots envoyés "
                "au magasin central et dans le journal d'audit."
            )
        )
        self.device_label.setText(self.tr("Nom de l'appareil"))
        self.device_name.setPlaceholderText(self.tr("Portable kiosque 1"))

    def validatePage(self) -> bool:
        if not self.device_name.text().strip():
            self.error.setText(translate("device.name_missing", i18n.current_language()))
            return False
        return True


class AdminPage(_Page):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("adminPage")
        form = QFormLayout()
        self.username = QLineEdit(self)
        self.username.setObjectName("adminUser")
        self.username.setMaxLength(64)
        self.password = QLineEdit(self)
        self.password.setObjectName("adminPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm = QLineEdit(self)
        self.confirm.setObjectName("adminConfirm")
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.labels = [QLabel(self) for _ in range(3)]
        for label, edit in zip(
            self.labels, (self.username, self.password, self.confirm), strict=True
        ):
            form.addRow(label, edit)
        self.layout_.addLayout(form)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.layout_.addWidget(self.hint)
        self.error = _error_label(self)
        self.layout_.addWidget(self.error)
        self.layout_.addStretch(1)
        self.registerField("adminUser*", self.username)
        self.registerField("adminPassword*", self.password)
        self.registerField("adminConfirm*", self.confirm)
        for edit in (self.username, self.password, self.confirm):
            edit.textChanged.connect(lambda _t: self.error.clear())

    def retranslate(self) -> None:
        from desktop.services.accounts import MIN_PASSWORD_LENGTH

        self.setTitle(self.tr("Compte administrateur"))
        self.intro.setText(
            self.tr(
                "Ce premier compte gère cet ordinateur : comptes du personnel, événements, "
                "lots de synchronisation. Les autres membres du personnel recevront ensuite "
                "leur propre compte."
            )
        )
        for label, text in zip(
            self.labels,
            (
                self.tr("Nom d'utilisateur"),
                self.tr("Mot de passe"),
                self.tr("Confirmer le mot de passe"),
            ),
            strict=True,
        ):
            label.setText(text)
        self.username.setPlaceholderText(self.tr("ex. : admin.laval"))
        self.hint.setText(
            self.tr(
                "Au moins {n} caractères. Une phrase de passe est plus sûre et plus facile à "
                "retenir. Sans ce mot de passe, personne ne peut ouvrir les données : "
                "conservez-le en lieu sûr."
            ).format(n=MIN_PASSWORD_LENGTH)
        )

    def validatePage(self) -> bool:
        from desktop.services.accounts import AccountError, check_password

        lang = i18n.current_language()
        if not self.username.text().strip():
            self.error.setText(translate("username.missing", lang))
            return False
        try:
            check_password(self.password.text())
        except AccountError as exc:
            self.error.setText(translate(exc.code, lang, **exc.params))
            return False
        if self.password.text() != self.confirm.text():
            self.confirm.clear()  # (clears the error too: set it after)
            self.confirm.setFocus()
            self.error.setText(self.tr("Les deux mots de passe ne sont pas identiques."))
            return False
        return True


class EventPage(_Page):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("eventPage")
        self.create = QCheckBox(self)
        self.create.setObjectName("createEvent")
        self.layout_.addWidget(self.create)
        self.fields = QWidget(self)
        form = QFormLayout(self.fields)
        form.setContentsMargins(24, 0, 0, 0)
        self.code = QLineEdit(self.fields)
        self.code.setObjectName("eventCode")
        self.code.setMaxLength(40)
        self.code.setPlaceholderText("SIIQ-2026-LAVAL")
        self.name = QLineEdit(self.fields)
        self.name.setObjectName("eventName")
        self.starts_on = QDateEdit(QDate.currentDate(), self.fields)
        self.starts_on.setObjectName("eventDate")
        self.starts_on.setCalendarPopup(True)
        self.starts_on.setDisplayFormat("yyyy-MM-dd")
        self.place = QLineEdit(self.fields)
        self.place.setObjectName("eventPlace")
        self.labels = [QLabel(self.fields) for _ in range(4)]
        for label, edit in zip(
            self.labels, (self.code, self.name, self.starts_on, self.place), strict=True
        ):
            form.addRow(label, edit)
        self.layout_.addWidget(self.fields)
        self.error = _error_label(self)
        self.layout_.addWidget(self.error)
        self.layout_.addStretch(1)
        self.create.toggled.connect(self._toggled)
        self.create.setChecked(True)
        self.code.textChanged.connect(lambda _t: self.error.clear())

    def _toggled(self, on: bool) -> None:
        self.fields.setEnabled(on)
        self.error.clear()
        if on:
            self.code.setFocus()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Événement en cours"))
        self.intro.setText(
            self.tr(
                "Chaque inscription est rattachée à l'événement où elle a lieu (un salon, une "
                "séance d'information), pour compter les personnes rencontrées. Vous pourrez "
                "en choisir ou en créer un autre à tout moment avec Ctrl+E."
            )
        )
        self.create.setText(self.tr("Créer l'événement maintenant"))
        for label, text in zip(
            self.labels,
            (self.tr("Code"), self.tr("Nom"), self.tr("Date"), self.tr("Lieu")),
            strict=True,
        ):
            label.setText(text)
        self.name.setPlaceholderText(self.tr("Salon de l'immigration et de l'intégration"))
        self.place.setPlaceholderText(self.tr("Laval"))

    def validatePage(self) -> bool:
        if self.create.isChecked() and not self.code.text().strip():
            self.error.setText(translate("event.code_missing", i18n.current_language()))
            self.code.setFocus()
            return False
        return True


class SummaryPage(_Page):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("summaryPage")
        self.summary = QLabel(self)
        self.summary.setObjectName("setupSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.layout_.addWidget(self.summary)
        self.error = _error_label(self)
        self.layout_.addWidget(self.error)
        self.layout_.addStretch(1)

    def initializePage(self) -> None:
        self.error.clear()
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Tout est prêt"))
        self.intro.setText(
            self.tr(
                "Vérifiez ces choix, puis cliquez sur « Commencer » pour préparer cet ordinateur."
            )
        )
        wizard = self.wizard()
        if isinstance(wizard, FirstRunWizard):
            self.summary.setText(wizard.summary_html())

    def validatePage(self) -> bool:
        wizard = self.wizard()
        assert isinstance(wizard, FirstRunWizard)
        message = wizard.finish_setup()
        if message:
            self.error.setText(message)
            return False
        return True


class FirstRunWizard(QWizard):
    """The first-run assistant; after `exec()` returns Accepted, `actor` is the signed-in admin."""

    def __init__(
        self,
        application: Application | ApplicationSource,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.application_source = application
        self.actor: Actor | None = None
        self.setObjectName("firstRunWizard")
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.HaveHelpButton, False)
        logo = application_icon().pixmap(64, 64)
        self.setPixmap(QWizard.WizardPixmap.LogoPixmap, logo)
        self.setWindowIcon(application_icon())
        self.welcome = WelcomePage(self)
        self.device = DevicePage(self)
        self.admin = AdminPage(self)
        self.event = EventPage(self)
        self.summary = SummaryPage(self)
        self.pages_ = [self.welcome, self.device, self.admin, self.event, self.summary]
        for page in self.pages_:
            self.addPage(page)
        self.setMinimumSize(720, 520)
        self.retranslate()

    # Language ------------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Premier démarrage — Passerelle"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Suivant >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< Précédent"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Commencer"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Annuler"))
        for number, page in enumerate(self.pages_, start=1):
            page.retranslate()
            page.setSubTitle(
                self.tr("Étape {n} sur {total}").format(n=number, total=len(self.pages_))
            )

    def language(self) -> str:
        return self.welcome.language()

    # Result --------------------------------------------------------------------------------------

    def answers(self) -> SetupAnswers:
        creating = self.event.create.isChecked()
        day: date = self.event.starts_on.date().toPython()  # type: ignore[assignment]
        return SetupAnswers(
            language=self.language(),
            device_name=self.device.device_name.text().strip(),
            admin_username=self.admin.username.text().strip(),
            event_code=self.event.code.text().strip().upper() if creating else None,
            event_name=self.event.name.text().strip() or None if creating else None,
            event_date=day.isoformat() if creating else None,
            event_place=self.event.place.text().strip() or None if creating else None,
        )

    def summary_html(self) -> str:
        import html

        a = self.answers()
        rows = [
            (self.tr("Langue"), "Français" if a.language == "fr" else "English"),
            (self.tr("Appareil"), a.device_name),
            (self.tr("Administrateur·rice"), a.admin_username),
            (
                self.tr("Événement"),
                " — ".join(
                    p for p in (a.event_code, a.event_name, a.event_date, a.event_place) if p
                )
                if a.event_code
                else self.tr("aucun pour l'instant (Ctrl+E pour le choisir plus tard)"),
            ),
        ]
        return (
            "<table cellspacing='0' cellpadding='4'>"
            + "".join(
                f"<tr><td><b>{html.escape(k, False)}</b>&nbsp;&nbsp;</td>"
                f"<td>{html.escape(v, False)}</td></tr>"
                for k, v in rows
            )
            + "</table>"
        )

    def finish_setup(self) -> str | None:
        """Create everything; None when done, else the translated reason (nothing half-done)."""
        from desktop.services.accounts import AccountError
        from desktop.services.events import EventError, create_event
        from desktop.services.settings import set_setting
        from desktop.storage.engine import StoreError

        lang = i18n.current_language()
        answers = self.answers()
        if self.actor is None:
            try:
                application = _application(self.application_source)
                self.actor = create_device_and_admin(
                    application,
                    answers.device_name,
                    answers.admin_username,
                    self.admin.password.text(),
                )
            except (AccountError, StoreError) as exc:
                return translate(exc.code, lang, **exc.params)
            self.admin.password.clear()
            self.admin.confirm.clear()
        application = _application(self.application_source)
        set_setting(application.ctx, self.actor, "language", answers.language)
        if answers.event_code:
            try:
                event = create_event(
                    application.ctx,
                    self.actor,
                    answers.event_code,
                    answers.event_name,
                    answers.event_date,
                    answers.event_place,
                )
            except EventError as exc:
                return translate(exc.code, lang, **exc.params)
            set_setting(application.ctx, self.actor, "current_event_id", event.id)
        return None


def create_device_and_admin(
    application: Application, device_name: str, username: str, password: str
) -> Actor:
    """The encrypted store, this device and its first administrator (with their key slot), signed
    in: `Application.initialise`, the same as `passerelle init`."""
    return application.initialise(device_name, username, password)
