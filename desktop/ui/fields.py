"""Input widgets for candidate fields: enumerations, month-or-day dates, phones, NOC and countries.

Each widget shows labels in the current language and hands back the interchange code
(`code()` / `value()`); `retranslate(lang)` refreshes the labels when the language changes.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QRegularExpression, QStringListModel, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QComboBox, QCompleter, QLineEdit, QWidget

from desktop.domain.countries import countries, search_countries
from desktop.domain.dates import PartialDate
from desktop.domain.enums import choices
from desktop.domain.noc import NocCatalogue
from desktop.domain.phones import format_as_you_type


class EnumCombo(QComboBox):
    """A choice among an enumeration's codes, shown with their labels; empty means unknown."""

    def __init__(
        self, enum: type[StrEnum], lang: str, parent: QWidget | None = None, empty: bool = True
    ) -> None:
        super().__init__(parent)
        _compact(self)
        self._enum = enum
        self._empty = empty
        self.retranslate(lang)

    def retranslate(self, lang: str) -> None:
        current = self.code()
        self.blockSignals(True)
        self.clear()
        if self._empty:
            self.addItem("—", None)
        for code, text in choices(self._enum, lang):
            self.addItem(text, code)
        self.set_code(current)
        self.blockSignals(False)

    def code(self) -> str | None:
        data = self.currentData()
        return str(data) if data else None

    def set_code(self, code: str | None) -> None:
        index = self.findData(code) if code else (0 if self._empty else -1)
        self.setCurrentIndex(max(index, 0))


class PartialDateEdit(QLineEdit):
    """A date typed as `2023-05-14`, or `2023-05` when only the month is known."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        pattern = QRegularExpression(r"^\d{0,4}(-\d{0,2}(-\d{0,2})?)?$")
        self.setValidator(QRegularExpressionValidator(pattern, self))
        self.setMaxLength(10)
        self.setPlaceholderText("AAAA-MM-JJ")

    def value(self) -> str | None:
        return self.text().strip() or None

    def is_valid(self) -> bool:
        text = self.value()
        if text is None:
            return True
        try:
            PartialDate.parse(text)
        except ValueError:
            return False
        return True

    def set_value(self, value: str | None) -> None:
        self.setText(value or "")


class PhoneEdit(QLineEdit):
    """A phone number formatted as it is typed (514 555-0199); stored later as E.164."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText("514 555-0199")
        self.textEdited.connect(self._format)

    def _format(self, text: str) -> None:
        if not text or self.cursorPosition() != len(text):
            return  # editing in the middle: leave the user's characters alone
        formatted = format_as_you_type(text)
        if formatted and formatted != text:
            self.setText(formatted)

    def value(self) -> str | None:
        return self.text().strip() or None


class NocPicker(QLineEdit):
    """Pick a NOC 2021 occupation by typing a code or words of its French or English title."""

    picked = Signal(str)  # the chosen 5-digit code

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self._code: str | None = None
        self._catalogue = NocCatalogue.load()
        self._model = QStringListModel(self)
        self._completer = QCompleter(self._model, self)
        self._completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self._completer.setMaxVisibleItems(12)
        self.setCompleter(self._completer)
        self._completer.activated.connect(self._choose)
        self.textEdited.connect(self._search)
        self.retranslate(lang)

    def retranslate(self, lang: str) -> None:
        self._lang = lang
        self.setPlaceholderText(
            "Code ou titre (ex. ingénieur civil)"
            if lang == "fr"
            else "Code or title (e.g. civil engineer)"
        )
        if self._code:
            self._show(self._code)

    def _search(self, text: str) -> None:
        self._code = None
        found = self._catalogue.search(text, self._lang, limit=15) if text.strip() else []
        self._model.setStringList([f"{o.code} — {o.title(self._lang)}" for o in found])

    def _choose(self, text: str) -> None:
        code = text.split(" ", 1)[0]
        if self._catalogue.is_valid(code):
            self._code = code
            self._show(code)
            self.picked.emit(code)

    def _show(self, code: str) -> None:
        occupation = self._catalogue.get(code)
        self.setText(f"{code} — {occupation.title(self._lang)}" if occupation else code)
        self.setCursorPosition(0)

    def code(self) -> str | None:
        if self._code:
            return self._code
        text = self.text().strip()
        head = text.split(" ", 1)[0]
        return head if self._catalogue.is_valid(head) else None

    def free_text(self) -> str | None:
        """What was typed when it is not a code: kept as the candidate's own words."""
        if self.code():
            return None
        return self.text().strip() or None

    def set_code(self, code: str | None, free_text: str | None = None) -> None:
        self._code = code if code and self._catalogue.is_valid(code) else None
        if self._code:
            self._show(self._code)
        else:
            self.setText(free_text or "")


class CountryPicker(QComboBox):
    """A country chosen by typing its French or English name (accent-insensitive)."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        _compact(self)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self.retranslate(lang)

    def retranslate(self, lang: str) -> None:
        current = self.code()
        self._lang = lang
        self.blockSignals(True)
        self.clear()
        self.addItem("", None)
        for code, name in countries(lang):
            self.addItem(name, code)
        self.set_code(current)
        self.blockSignals(False)

    def code(self) -> str | None:
        text = self.currentText().strip()
        if not text:
            return None
        index = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if index > 0:
            return str(self.itemData(index))
        found = search_countries(text, getattr(self, "_lang", "fr"), limit=1)
        return found[0][0] if found else None

    def set_code(self, code: str | None) -> None:
        index = self.findData(code) if code else 0
        self.setCurrentIndex(max(index, 0))
        if index <= 0:
            self.setEditText("")


def _compact(combo: QComboBox) -> None:
    # Long labels (« Personne protégée (réfugié·e reconnu·e) ») must not widen the form past a
    # 1366-pixel screen: the popup still shows them whole.
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(12)
