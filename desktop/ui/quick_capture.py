"""The booth registration: notice first, then the form; live eligibility and duplicate warnings;
autosaved drafts; Enter saves.

Every edit restarts two short timers: one refreshes the suggestion and the duplicate check, the
other writes the draft to disk, so a crash or a dead battery loses nothing that was typed.
"""

from __future__ import annotations

from copy import deepcopy
from datetime import date

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.candidate import Candidate, EventRef, new_id
from desktop.domain.interchange import candidate_from_json, candidate_to_json
from desktop.domain.issues import Issue, errors
from desktop.domain.messages import issue_text, translate
from desktop.services.actor import Actor
from desktop.services.candidates import SaveResult
from desktop.services.context import ServiceContext
from desktop.services.drafts import DraftStore
from desktop.services.duplicates import DuplicateProbe, find_duplicates
from desktop.services.finalize import SaveFailed, finalize_draft
from desktop.ui.duplicate_panel import DuplicatePanel
from desktop.ui.eligibility_panel import EligibilityPanel
from desktop.ui.notice_page import NoticePage
from desktop.ui.quick_capture_form import QuickCaptureForm

CHECK_DELAY_MS = 150
DRAFT_DELAY_MS = 600


class QuickCapture(QWidget):
    saved = Signal(str)  # candidate id
    open_requested = Signal(str)  # an existing candidate to open instead
    status = Signal(str)

    def __init__(
        self,
        ctx: ServiceContext,
        actor: Actor,
        drafts: DraftStore,
        lang: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.actor, self.drafts, self._lang = ctx, actor, drafts, lang
        self.current_event: EventRef | None = None
        self._candidate = Candidate(id=new_id())
        self._notice_version: str | None = None
        self._dismissed: set[str] = set()
        self._loading = False

        self.pages = QStackedWidget(self)
        self.notice = NoticePage(lang, ctx.settings.get("privacy"), self)
        self.notice.accepted.connect(self._start)
        self.form = QuickCaptureForm(lang, self)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.form)
        self.eligibility = EligibilityPanel(lang, self)
        self.eligibility.set_decision_allowed(False)
        self.duplicates = DuplicatePanel(lang, self)
        self.duplicates.open_requested.connect(self.open_requested)
        self.duplicates.dismissed.connect(self._dismiss_duplicates)
        self.issues = QLabel(self)
        self.issues.setObjectName("captureIssues")
        self.issues.setWordWrap(True)
        self.issues.setStyleSheet("color: #a4262c;")
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("saveCandidate")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.clear_button = QPushButton(self)
        self.clear_button.setObjectName("newCandidate")
        self.clear_button.clicked.connect(lambda: self.new_registration())

        entry = QWidget(self)
        entry_layout = QHBoxLayout(entry)
        entry_layout.setContentsMargins(0, 0, 0, 0)
        entry_layout.addWidget(scroll, 3)
        side = QVBoxLayout()
        side.addWidget(self.duplicates)
        side.addWidget(self.eligibility)
        side.addWidget(self.issues)
        side.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.clear_button)
        buttons.addWidget(self.save_button, 1)
        side.addLayout(buttons)
        side_box = QWidget(self)
        side_box.setLayout(side)
        side_box.setFixedWidth(380)
        entry_layout.addWidget(side_box)
        self.pages.addWidget(self.notice)
        self.pages.addWidget(entry)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)

        self._check_timer = _single_shot(self, CHECK_DELAY_MS, self._refresh_checks)
        self._draft_timer = _single_shot(self, DRAFT_DELAY_MS, self.write_draft)
        self._watch(self.form)
        for keys in ("Return", "Enter", "Ctrl+S"):
            shortcut = QShortcut(QKeySequence(keys), entry)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.save)
        self.retranslate(lang)

    # Wiring ------------------------------------------------------------------------------------

    def _watch(self, root: QWidget) -> None:
        for edit in root.findChildren(QLineEdit):
            edit.textChanged.connect(self._edited)
        for combo in root.findChildren(QComboBox):
            combo.currentIndexChanged.connect(self._edited)
        for box in root.findChildren(QCheckBox):
            box.toggled.connect(self._edited)
        for text in root.findChildren(QPlainTextEdit):
            text.textChanged.connect(self._edited)
        for widget in root.findChildren(QWidget):
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.FocusOut
            and self.pages.currentIndex() == 1
            and self._has_input()
        ):
            self.write_draft()  # changing field writes at once, not only after the pause
        return False

    def stop_timers(self) -> None:
        """No pending check or autosave (the window closes or the app locks: store closed)."""
        self._check_timer.stop()
        self._draft_timer.stop()

    def _edited(self, *_args: object) -> None:
        if self._loading:
            return
        self._check_timer.start()
        self._draft_timer.start()

    def retranslate(self, lang: str) -> None:
        self._lang = lang
        self.notice.retranslate(lang)
        self.form.retranslate(lang)
        self.eligibility.retranslate(lang)
        self.duplicates.retranslate(lang)
        self.save_button.setText(self.tr("Enregistrer (Entrée)"))
        self.clear_button.setText(self.tr("Nouvelle inscription"))
        self._show_issues(getattr(self, "_issues", []))

    # State -------------------------------------------------------------------------------------

    def _start(self, notice_version: str) -> None:
        self._notice_version = notice_version
        self.pages.setCurrentIndex(1)
        self.form.given_names.setFocus()

    def set_event(self, event: EventRef | None) -> None:
        self.current_event = event

    def candidate(self) -> Candidate:
        """The registration as typed so far (a copy: the form stays the source of truth)."""
        c = self.form.read_into(deepcopy(self._candidate), self._notice_version)
        c.event = self.current_event if self._candidate.event is None else self._candidate.event
        return c

    def _has_input(self) -> bool:
        f = self.form
        return any(w.text().strip() for w in (f.given_names, f.family_name, f.email, f.phone))

    def new_registration(self, keep_draft: bool = True) -> None:
        """Clear the form for the next person; the notice is shown again before data entry.

        An unfinished registration stays as a draft (offered again at the next start).
        """
        if keep_draft and self._has_input():
            self.write_draft()
        self._loading = True
        self._candidate = Candidate(id=new_id())
        self._notice_version = None
        self._dismissed.clear()
        self.form.fill(Candidate(id=self._candidate.id))
        self.form.consent.reset()
        self._loading = False
        self.eligibility.clear()
        self.duplicates.show_matches([])
        self._show_issues([])
        self.pages.setCurrentIndex(0)
        self.notice.start.setFocus()

    def load_draft(self, payload: dict[str, object]) -> None:
        """Continue a draft recovered after a crash, exactly as it was typed."""
        candidate, _ = candidate_from_json(payload)
        candidate.id = str(payload.get("id") or new_id())
        self._loading = True
        self._candidate = candidate
        self._notice_version = str(payload.get("_notice_version") or "") or None
        self.form.fill(candidate)
        self._loading = False
        self.pages.setCurrentIndex(1)
        self._refresh_checks()

    def write_draft(self) -> None:
        if self.pages.currentIndex() != 1 or not self._has_input() or not self.ctx.store.is_open:
            return
        payload = candidate_to_json(self.candidate())
        payload["_notice_version"] = self._notice_version
        self.drafts.save(self._candidate.id, payload)

    # Checks ------------------------------------------------------------------------------------

    def _refresh_checks(self) -> None:
        if not self.ctx.store.is_open:  # locked: checks run again after unlocking
            return
        c = self.candidate()
        self.eligibility.update_for(c)
        probe = DuplicateProbe(
            given_names=c.given_names,
            family_name=c.family_name,
            email=c.email,
            phone=c.phone,
            date_of_birth=c.date_of_birth,
            exclude_id=c.id,
        )
        matches = [
            m
            for m in find_duplicates(self.ctx, self.actor, probe)
            if m.summary.id not in self._dismissed
        ]
        self.duplicates.show_matches(matches)

    def _dismiss_duplicates(self) -> None:
        self._dismissed.update(m.summary.id for m in self.duplicates.matches)

    def _show_issues(self, issues: list[Issue]) -> None:
        self._issues = issues
        self.issues.setText("\n".join("• " + issue_text(i, self._lang) for i in errors(issues)))
        for name in self.form.labels:
            widget = self.form.labels[name].buddy()
            bad = any(i.field.split("[")[0] == name.split(".")[0] and i.is_error for i in issues)
            if widget is not None:
                widget.setProperty("invalid", bad)
                widget.setStyleSheet("border: 1px solid #a4262c;" if bad else "")

    # Save --------------------------------------------------------------------------------------

    def save(self) -> SaveResult | None:
        if self.pages.currentIndex() != 1:
            return None
        self._check_timer.stop()
        self._draft_timer.stop()
        candidate = self.candidate()
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
        payload = candidate_to_json(candidate)
        payload["_notice_version"] = self._notice_version
        try:
            result = finalize_draft(
                self.ctx, self.actor, self.drafts, candidate, payload, today=date.today()
            )
        except SaveFailed as exc:  # full disk, I/O error: the draft is kept, nothing half-saved
            text = translate(exc.code, self._lang)
            self.issues.setText("• " + text)
            self.status.emit(text)
            return None
        if not result.saved:
            self._show_issues(result.issues)
            return result
        self.status.emit(
            self.tr("Inscription enregistrée : {name}").format(name=candidate.display_name)
        )
        self.saved.emit(result.candidate_id)
        self.new_registration(keep_draft=False)
        return result


def _single_shot(parent: QObject, delay: int, slot: object) -> QTimer:
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(delay)
    timer.timeout.connect(slot)
    return timer
