"""Kiosk mode: the laptop turned towards the public; a person reads the notice, ticks their own
consents and types their own registration. Full screen, no menu, nothing of anyone else.

Only a staff password leaves it (Escape and Alt+F4 do nothing). After each submit a thank-you
page shows, then the form is rebuilt from scratch (no undo history, no completer memory of the
previous person); the same happens after two minutes without input. Records are saved through
`services.kiosk` as "self-entered, to verify".
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.candidate import Candidate, EventRef, new_id
from desktop.domain.issues import Issue, errors
from desktop.domain.messages import issue_text, translate
from desktop.services import kiosk
from desktop.services.accounts import AccountError
from desktop.services.actor import Actor, PermissionDenied
from desktop.services.context import ServiceContext
from desktop.ui import i18n
from desktop.ui.auto_lock import KIOSK_IDLE_SECONDS
from desktop.ui.notice_page import NoticePage
from desktop.ui.quick_capture_form import QuickCaptureForm

IDLE_MS = int(KIOSK_IDLE_SECONDS * 1000)  # domain.md: a kiosk left alone is cleared after 2 min
THANKS_MS = 8_000
NOTICE, FORM, THANKS, STAFF = range(4)
_INPUT_EVENTS = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class KioskWindow(QWidget):
    left = Signal(object)  # the staff Actor who closed the kiosk
    submitted = Signal(str)  # the new record's id (for the staff side only)

    def __init__(
        self,
        ctx: ServiceContext,
        actor: Actor,
        lang: str,
        event: EventRef | None = None,
        *,
        idle_ms: int = IDLE_MS,
        thanks_ms: int = THANKS_MS,
    ) -> None:
        super().__init__(None)
        self.setObjectName("kioskWindow")
        self.setWindowFlags(
            Qt.WindowType.Window
            | Qt.WindowType.FramelessWindowHint
            | Qt.WindowType.WindowStaysOnTopHint
        )
        self.ctx, self.actor, self.event = ctx, actor, event
        self._lang = lang
        self._staff_lang = lang
        self._may_close = False
        self._notice_version: str | None = None
        self._failures = 0

        self.title = QLabel(self)
        self.title.setObjectName("kioskTitle")
        self.title.setStyleSheet("font-size: 18pt; font-weight: 600;")
        self.french_button = QPushButton("Français", self)
        self.french_button.setObjectName("kioskFrench")
        self.french_button.clicked.connect(lambda: self.set_language("fr"))
        self.english_button = QPushButton("English", self)
        self.english_button.setObjectName("kioskEnglish")
        self.english_button.clicked.connect(lambda: self.set_language("en"))
        self.staff_button = QPushButton(self)
        self.staff_button.setObjectName("kioskStaff")
        self.staff_button.setFlat(True)
        self.staff_button.clicked.connect(self.show_staff_page)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.french_button)
        top.addWidget(self.english_button)
        top.addSpacing(24)
        top.addWidget(self.staff_button)

        self.pages = QStackedWidget(self)
        self.notice = NoticePage(lang, ctx.settings.get("privacy"), self)
        self.notice.accepted.connect(self._start)
        self.pages.addWidget(self.notice)
        self.pages.addWidget(self._form_page())
        self.pages.addWidget(self._thanks_page())
        self.pages.addWidget(self._staff_page())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 20, 32, 20)
        layout.addLayout(top)
        layout.addWidget(self.pages, 1)

        self.idle_timer = _single_shot(self, idle_ms, self.reset)
        self.thanks_timer = _single_shot(self, thanks_ms, self.reset)
        self._build_form()
        self.retranslate()
        self.pages.setCurrentIndex(NOTICE)

    # Pages --------------------------------------------------------------------------------------

    def _form_page(self) -> QWidget:
        page = QWidget(self)
        self.scroll = QScrollArea(page)
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.issues = QLabel(page)
        self.issues.setObjectName("kioskIssues")
        self.issues.setWordWrap(True)
        self.issues.setStyleSheet("color: #a4262c; font-size: 11pt;")
        self.submit_button = QPushButton(page)
        self.submit_button.setObjectName("kioskSubmit")
        self.submit_button.setMinimumHeight(44)
        self.submit_button.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.submit_button.clicked.connect(self.submit)
        self.cancel_button = QPushButton(page)
        self.cancel_button.setObjectName("kioskCancel")
        self.cancel_button.setMinimumHeight(44)
        self.cancel_button.clicked.connect(self.reset)
        buttons = QHBoxLayout()
        buttons.addWidget(self.issues, 1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.submit_button)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll, 1)
        layout.addLayout(buttons)
        return page

    def _thanks_page(self) -> QWidget:
        page = QWidget(self)
        self.thanks = QLabel(page)
        self.thanks.setObjectName("kioskThanks")
        self.thanks.setWordWrap(True)
        self.thanks.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thanks.setStyleSheet("font-size: 20pt;")
        self.next_button = QPushButton(page)
        self.next_button.setObjectName("kioskNext")
        self.next_button.setMinimumHeight(44)
        self.next_button.clicked.connect(self.reset)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(self.thanks)
        layout.addSpacing(24)
        layout.addWidget(self.next_button, alignment=Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(2)
        return page

    def _staff_page(self) -> QWidget:
        page = QWidget(self)
        self.staff_title = QLabel(page)
        self.staff_title.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self.staff_user = QLineEdit(page)
        self.staff_user.setObjectName("kioskStaffUser")
        self.staff_password = QLineEdit(page)
        self.staff_password.setObjectName("kioskStaffPassword")
        self.staff_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.staff_password.returnPressed.connect(self.try_leave)
        self.staff_message = QLabel(page)
        self.staff_message.setObjectName("kioskStaffMessage")
        self.staff_message.setStyleSheet("color: #a4262c;")
        self.leave_button = QPushButton(page)
        self.leave_button.setObjectName("kioskLeave")
        self.leave_button.clicked.connect(self.try_leave)
        self.back_button = QPushButton(page)
        self.back_button.setObjectName("kioskBack")
        self.back_button.clicked.connect(self.reset)
        self.user_label, self.password_label = QLabel(page), QLabel(page)
        form = QFormLayout()
        form.addRow(self.user_label, self.staff_user)
        form.addRow(self.password_label, self.staff_password)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.leave_button)
        box = QWidget(page)
        box.setMaximumWidth(520)
        inner = QVBoxLayout(box)
        inner.addWidget(self.staff_title)
        inner.addLayout(form)
        inner.addWidget(self.staff_message)
        inner.addLayout(buttons)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(box, alignment=Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(2)
        return page

    def _build_form(self) -> None:
        """A brand-new form: nothing typed by the previous person survives, not even undo."""
        old = self.scroll.takeWidget()
        if old is not None:
            old.deleteLater()
        self.form = QuickCaptureForm(self._lang, self)
        self.form.setObjectName("kioskForm")
        # Staff-only parts of the booth form: the internal note and how consent was collected
        # (here the person always ticks the boxes themselves).
        for name in ("notes",):
            self.form.labels[name].hide()
            self.form.notes.hide()
        self.form.consent.method.hide()
        self.form.consent.method_label.hide()
        self.scroll.setWidget(self.form)
        self._kiosk_texts()

    # Texts --------------------------------------------------------------------------------------

    def _kiosk_texts(self) -> None:
        self.form.consent.setTitle(
            self.tr("Vos consentements : cochez seulement ce que vous acceptez")
        )
        self.notice.start.setText(self.tr("J'ai lu cet avis — commencer mon inscription"))

    def retranslate(self) -> None:
        self.title.setText(self.tr("Inscrivez-vous au programme"))
        self.staff_button.setText(self.tr("Personnel"))
        self.notice.retranslate(self._lang)
        self.form.retranslate(self._lang)
        self._kiosk_texts()
        self.submit_button.setText(self.tr("Envoyer mon inscription"))
        self.cancel_button.setText(self.tr("Tout effacer"))
        self.thanks.setText(
            self.tr(
                "Merci ! Votre inscription a bien été reçue.\n"
                "Une personne de l'équipe la vérifiera avec vous."
            )
        )
        self.next_button.setText(self.tr("Terminer"))
        self.staff_title.setText(self.tr("Réservé au personnel : quitter le mode borne"))
        self.user_label.setText(self.tr("Nom d'utilisateur"))
        self.password_label.setText(self.tr("Mot de passe"))
        self.leave_button.setText(self.tr("Quitter le mode borne"))
        self.back_button.setText(self.tr("Retour à l'inscription"))
        self.french_button.setEnabled(self._lang != "fr")
        self.english_button.setEnabled(self._lang != "en")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._lang = i18n.current_language()
            self.retranslate()
        super().changeEvent(event)

    def set_language(self, lang: str) -> None:
        """The person chooses the language of the kiosk (the staff's is restored on leaving)."""
        i18n.set_language(lang)
        self._lang = lang
        self.retranslate()

    # Showing and leaving ------------------------------------------------------------------------

    def start(self) -> None:
        """Cover the screen and watch for input (the idle timer restarts on every key or click)."""
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.showFullScreen()
        self.idle_timer.start()
        self.notice.start.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in _INPUT_EVENTS and self.isVisible():
            self.idle_timer.start()
        if kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and self.isVisible():
            alt_f4 = (
                event.key() == Qt.Key.Key_F4 and event.modifiers() & Qt.KeyboardModifier.AltModifier
            )
            if event.key() == Qt.Key.Key_Escape or alt_f4:
                return True  # never leaves the kiosk, never closes a popup into the app
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            event.accept()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._may_close:
            event.ignore()  # Alt+F4, a window manager's close button: only staff may leave
            return
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.idle_timer.stop()
        self.thanks_timer.stop()
        super().closeEvent(event)

    def shutdown(self) -> None:
        """Close from code (the app quitting or locking), never from the keyboard or mouse."""
        self._may_close = True
        i18n.set_language(self._staff_lang)
        self.close()

    def show_staff_page(self) -> None:
        self.staff_user.setText(self.actor.username)
        self.staff_password.clear()
        self.staff_message.clear()
        self.pages.setCurrentIndex(STAFF)
        self.staff_password.setFocus()

    def try_leave(self) -> Actor | None:
        try:
            who = kiosk.leave(self.ctx, self.staff_user.text().strip(), self.staff_password.text())
        except (AccountError, PermissionDenied) as exc:
            self._failures += 1
            self.staff_password.clear()
            code = getattr(exc, "code", "auth.failed")
            self.staff_message.setText(translate(code, self._lang, **getattr(exc, "params", {})))
            # Slow down guessing at a public screen: each failure locks the button a bit longer.
            self.leave_button.setEnabled(False)
            QTimer.singleShot(min(1000 * self._failures, 30_000), self._enable_leave)
            return None
        self._failures = 0
        self.staff_password.clear()
        self._may_close = True
        i18n.set_language(self._staff_lang)
        self.close()
        self.left.emit(who)
        return who

    def _enable_leave(self) -> None:
        if self.isVisible() or not self._may_close:
            self.leave_button.setEnabled(True)

    # The person's registration ------------------------------------------------------------------

    def _start(self, notice_version: str) -> None:
        self._notice_version = notice_version
        self.pages.setCurrentIndex(FORM)
        self.form.given_names.setFocus()

    def reset(self) -> None:
        """Back to the notice with an empty form (after submit, on "clear", or when idle)."""
        self.thanks_timer.stop()
        self._notice_version = None
        self.issues.clear()
        self.staff_password.clear()
        self.staff_message.clear()
        self._build_form()
        self.form.retranslate(self._lang)
        self._kiosk_texts()
        self.pages.setCurrentIndex(NOTICE)
        self.notice.start.setFocus()
        if self.isVisible():
            self.idle_timer.start()

    def candidate(self) -> Candidate:
        c = self.form.read_into(Candidate(id=new_id()), self._notice_version)
        c.event = self.event
        return c

    def submit(self) -> str | None:
        if self.pages.currentIndex() != FORM:
            return None
        date_issues = [
            Issue("date.invalid", name, {"value": edit.text()})
            for name, edit in (
                ("date_of_birth", self.form.date_of_birth),
                ("arrival_date_canada", self.form.arrival_date),
                ("permit_expiry", self.form.permit_expiry),
            )
            if not edit.is_valid()
        ]
        if date_issues:
            self._show_issues(date_issues)
            return None
        result = kiosk.save_self_entry(self.ctx, self.actor, self.candidate(), date.today())
        if not result.saved or result.candidate_id is None:
            self._show_issues(result.issues)
            return None
        self._build_form()  # the person's data leaves the screen at once
        self.form.retranslate(self._lang)
        self._kiosk_texts()
        self.issues.clear()
        self.pages.setCurrentIndex(THANKS)
        self.thanks_timer.start()
        self.submitted.emit(result.candidate_id)
        return result.candidate_id

    def _show_issues(self, issues: list[Issue]) -> None:
        self.issues.setText("\n".join("• " + issue_text(i, self._lang) for i in errors(issues)))


def _single_shot(parent: QObject, delay: int, slot: object) -> QTimer:
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(delay)
    timer.timeout.connect(slot)
    return timer
