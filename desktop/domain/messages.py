"""Turn message codes (validation issues, eligibility reasons, errors) into French or English text."""

from __future__ import annotations

from desktop.domain import app_messages, eligibility_messages, validation_messages
from desktop.domain.fields import field_label
from desktop.domain.issues import Issue

_NBSP = "\u00a0"
_NNBSP = "\u202f"


def french_typography(text: str) -> str:
    """Quebec typography: no-break space before « : » and inside guillemets, narrow one before ; ! ?"""
    text = text.replace(" :", _NBSP + ":").replace("« ", "«" + _NBSP).replace(" »", _NBSP + "»")
    for mark in ";!?":
        text = text.replace(" " + mark, _NNBSP + mark)
    return text


_CATALOGUES = (validation_messages.MESSAGES, eligibility_messages.MESSAGES, app_messages.MESSAGES)
_extra: dict[str, tuple[str, str]] = {}


def register(messages: dict[str, tuple[str, str]]) -> None:
    """Add the messages of another layer (services, sync); codes must be unique."""
    _extra.update(messages)


def translate(code: str, lang: str = "fr", **params: object) -> str:
    for catalogue in (*_CATALOGUES, _extra):
        pair = catalogue.get(code)
        if pair is not None:
            template = pair[1] if lang == "en" else pair[0]
            try:
                text = template.format(**params)
            except (KeyError, IndexError):
                text = template
            return text if lang == "en" else french_typography(text)
    return code


def issue_text(issue: Issue, lang: str = "fr") -> str:
    """« Courriel : "x" n'est pas une adresse… » — the field first, then the problem and the fix."""
    sep = _NBSP + ": " if lang != "en" else ": "
    return f"{field_label(issue.field, lang)}{sep}{translate(issue.code, lang, **issue.params)}"
