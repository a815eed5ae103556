"""Widgets that rewrite their texts when the application's language changes (Ctrl+Maj+L)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent

from desktop.ui import i18n
from desktop.ui.hooks import require_hooks


class FollowsLanguage:
    """Mixin, placed before the Qt class: a widget with `lang` and `retranslate()` follows the
    language chosen for the whole application, or the one it is given."""

    lang: str

    def __init_subclass__(cls, **kwargs: object) -> None:
        super().__init_subclass__(**kwargs)
        require_hooks(FollowsLanguage, cls, ("retranslate",))

    def retranslate(self) -> None:
        """Each widget writes its own texts (checked by `require_hooks`)."""

    def set_language(self, lang: str) -> None:
        self.lang = lang
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.lang = i18n.current_language()
            self.retranslate()
        parent: Any = super()
        parent.changeEvent(event)
