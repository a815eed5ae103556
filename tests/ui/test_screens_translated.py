"""Every screen in English shows no French, and in French shows no English.

Each screen (main window with both tabs and the form, and every dialog reachable from it) is built
in each language and every text a user can see is read from its widgets: labels, buttons, tabs,
group titles, placeholders, tooltips, menu and action texts, table headers, short lists. In
English no text may be a French source string of the .ts whose translation differs (a string that
missed the translator) nor contain French function words; in French no text may be an English
translation of the .ts nor contain English function words.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QTextDocumentFragment
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QTableWidget,
    QTabWidget,
    QTextBrowser,
    QTreeView,
    QWidget,
)

from desktop.app import Application
from desktop.domain.candidate import Candidate, Consent
from desktop.services.actor import Actor
from desktop.services.candidates import save_candidate
from desktop.services.settings import get_setting, set_setting
from desktop.ui import i18n
from desktop.ui.i18n import ts_file
from desktop.ui.main_window import MainWindow
from tests.support.language_check import english_words, french_words

# Widgets whose content is not interface text: licence texts are legal texts kept in English.
NOT_INTERFACE = {"aboutLicenceTexts"}
LARGE_LIST = 40  # longer lists are reference data (countries, occupations) from CLDR and NOC


def _plain(text: str) -> str:
    if GuiQt.mightBeRichText(text):
        text = QTextDocumentFragment.fromHtml(text).toPlainText()
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def _item_view_headers(view: QAbstractItemView) -> Iterator[str]:
    header = view.horizontalHeader() if isinstance(view, QTableView) else None
    if isinstance(view, QTreeView):
        header = view.header()
    if header is None or header.isHidden() or view.model() is None:
        return
    for column in range(header.count()):
        text = view.model().headerData(column, Qt.Orientation.Horizontal)
        if isinstance(text, str):
            yield text


def screen_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) of everything a user can read on `root` and its children."""
    found: list[tuple[str, str]] = []

    def add(widget: QWidget | QAction, text: str | None) -> None:
        text = _plain(text or "")
        if text:
            found.append((f"{type(widget).__name__}#{widget.objectName()}", text))

    for widget in [root, *root.findChildren(QWidget)]:
        if widget.objectName() in NOT_INTERFACE or any(
            p.objectName() in NOT_INTERFACE for p in _parents(widget)
        ):
            continue
        if widget.isWindow():
            add(widget, widget.windowTitle())
        add(widget, widget.toolTip())
        if isinstance(widget, (QLabel, QAbstractButton)):
            add(widget, widget.text())
        elif isinstance(widget, QGroupBox):
            add(widget, widget.title())
        elif isinstance(widget, QLineEdit):
            add(widget, widget.placeholderText())
        elif isinstance(widget, QTabWidget):
            for index in range(widget.count()):
                add(widget, widget.tabText(index))
        elif isinstance(widget, QComboBox) and widget.count() <= LARGE_LIST:
            for index in range(widget.count()):
                add(widget, widget.itemText(index))
        elif isinstance(widget, QMenu):
            add(widget, widget.title())
        elif isinstance(widget, QTextBrowser):
            add(widget, widget.toPlainText())
        if isinstance(widget, QAbstractItemView):
            for header in _item_view_headers(widget):
                add(widget, header)
        if isinstance(widget, QTableWidget):
            for row in range(widget.rowCount()):
                for column in range(widget.columnCount()):
                    item = widget.item(row, column)
                    add(widget, item.text() if item is not None else "")
    for action in root.findChildren(QAction):
        add(action, action.text())
    return found


def _parents(widget: QWidget) -> Iterator[QWidget]:
    parent = widget.parentWidget()
    while parent is not None:
        yield parent
        parent = parent.parentWidget()


def _ts_pairs() -> list[tuple[str, str]]:
    pairs = []
    for message in ET.parse(ts_file("en")).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.findtext("translation") or ""
        if source and translation:
            pairs.append((_plain(source), _plain(translation)))
    return pairs


def _lines(text: str) -> set[str]:
    return {line.strip() for line in text.splitlines() if line.strip()}


def problems_in(texts: list[tuple[str, str]], lang: str) -> list[str]:
    pairs = _ts_pairs()
    # The other language's texts from the .ts, placeholders left out (their values vary).
    other = {
        line
        for source, translation in pairs
        if source != translation
        for line in _lines(source if lang == "en" else translation)
        if "{" not in line and len(line) > 3
    }
    # A word spelt the same in both languages ("Administration") is a text of this language too.
    other -= {
        line
        for source, translation in pairs
        for line in _lines(translation if lang == "en" else source)
    }
    problems = []
    for where, text in texts:
        for line in _lines(text):
            if line in other:
                problems.append(
                    f"{where}: {line!r} is a {'French' if lang == 'en' else 'English'} text"
                )
        foreign = french_words(text) if lang == "en" else english_words(text)
        if foreign:
            problems.append(f"{where}: {sorted(foreign)} in {text!r}")
    return sorted(set(problems))


@pytest.fixture
def people(app: Application, admin: Actor) -> list[str]:
    """Registered people with names from several scripts (data, not interface text), on a store
    whose privacy contact is filled in as a programme would (a person's name, not a placeholder)."""
    privacy = dict(get_setting(app.ctx, "privacy"))
    privacy.update(privacy_officer_name="Sophie Lavoie", privacy_officer_title="CCI Laval")
    set_setting(app.ctx, admin, "privacy", privacy)
    app.ctx.settings["privacy"] = privacy  # what the notice page reads today
    ids = []
    for given, family, email in (
        ("Nguyễn Thị", "Minh Khai", "minh.khai@exemple.ca"),
        ("عبد الله", "Haddad", "a.haddad@exemple.ca"),
        ("Marie-Ève", "Tremblay-Ouellet", "meto@exemple.ca"),
    ):
        result = save_candidate(
            app.ctx,
            admin,
            Candidate(
                given_names=given,
                family_name=family,
                email=email,
                arrival_date_canada="2024-03",
                immigration_status="pr",
                consents=[Consent(purpose="intake", granted=True)],
            ),
        )
        ids.append(result.candidate_id)
    return ids


def _screens(window: MainWindow, ids: list[str]) -> Iterator[tuple[str, QWidget]]:
    """Show each screen in turn (main window first), yielding it while it is open."""
    from desktop.ui.about import AboutDialog
    from desktop.ui.event_dialog import EventDialog
    from desktop.ui.first_run import FirstRunWizard
    from desktop.ui.shortcuts_help import ShortcutsDialog
    from desktop.ui.sign_in import LoginDialog

    lang = i18n.current_language()
    qt = QApplication.instance()
    window.tabs.setCurrentIndex(0)
    yield "main window, notice", window
    window.capture.notice.start.click()
    form = window.capture.form
    form.given_names.setText("Minh")
    form.family_name.setText("Khai")
    form.arrival_date.setText("2024-03")
    window.capture._refresh_checks()
    qt.processEvents()
    yield "main window, registration form", window
    window.tabs.setCurrentIndex(1)
    qt.processEvents()
    yield "main window, list", window
    dialogs = [
        ("event chooser", lambda: EventDialog(window.ctx, window.actor, lang, None, window)),
        ("about", lambda: AboutDialog(lang, "LVL-07", Path("/tmp/x"), window)),
        ("shortcuts", lambda: ShortcutsDialog(window)),
        ("first-run wizard", lambda: FirstRunWizard(window.application)),
        ("sign-in", lambda: LoginDialog(window.application, lang, "admin")),
    ]
    from desktop.ui.dossier_request import DossierRequest
    from desktop.ui.profile_editor import ProfileEditor

    dialogs.append(
        ("profile", lambda: ProfileEditor(window.ctx, window.actor, ids[0], lang, window))
    )
    dialogs.append(
        ("dossier request", lambda: DossierRequest(window.ctx, window.actor, ids, lang, window))
    )
    from desktop.ui.audit_viewer import AuditViewer
    from desktop.ui.kiosk import KioskWindow
    from desktop.ui.staff_dialog import StaffDialog
    from desktop.ui.verify_dialog import VerifyDialog

    dialogs += [
        ("staff accounts", lambda: StaffDialog(window.ctx, window.actor, lang, window)),
        ("audit trail", lambda: AuditViewer(window.ctx, window.actor, lang, window)),
        (
            "kiosk registrations to verify",
            lambda: VerifyDialog(window.ctx, window.actor, lang, window),
        ),
        ("kiosk", lambda: KioskWindow(window.ctx, window.actor, lang)),
    ]
    for name, make in dialogs:
        dialog = make()
        dialog.show()
        qt.processEvents()
        if isinstance(getattr(dialog, "tabs", None), QTabWidget):
            for index in range(dialog.tabs.count()):  # every tab's content is built and read
                dialog.tabs.setCurrentIndex(index)
                qt.processEvents()
        yield name, dialog
        dialog.close()
        dialog.deleteLater()


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_no_screen_shows_text_of_the_other_language(
    qtbot, app: Application, admin: Actor, people: list[str], lang: str
) -> None:  # type: ignore[no-untyped-def]
    i18n.set_language(lang)
    window = MainWindow(app, admin)
    qtbot.addWidget(window)
    window.show()
    try:
        problems = []
        screens = 0
        for name, screen in _screens(window, people):
            texts = screen_texts(screen)
            assert len(texts) >= 3, f"{name}: nothing read"
            problems += [f"[{name}] {p}" for p in problems_in(texts, lang)]
            screens += 1
        assert screens >= 10
        assert not problems, "\n".join(problems)
    finally:
        window.close()
        i18n.set_language("fr")


def test_the_check_catches_a_string_that_missed_the_translator(qtbot) -> None:  # type: ignore[no-untyped-def]
    label = QLabel()
    qtbot.addWidget(label)
    label.setText("Personnes inscrites")  # a French source string, shown in an English screen
    assert problems_in(screen_texts(label), "en")
    label.setText("Save the registration before you leave")  # hard-coded English in French
    assert problems_in(screen_texts(label), "fr")
    label.setText("Registered people")
    assert not problems_in(screen_texts(label), "en")
