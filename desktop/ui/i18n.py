"""Languages of the interface: French by default, English complete, switched without a restart.

Source strings are French (the default language of every screen); `resources/translations/
passerelle_en.ts` holds the English translation, compiled to `.qm` with Qt's `lrelease` into the
user cache when missing or stale (a `.qm` is never committed). Qt's own dialogs are translated
with the `qtbase_*.qm` shipped by PySide6. Domain texts (field labels, enumeration labels,
validation messages) come from `desktop.domain` with the current language code.
"""

from __future__ import annotations

import hashlib
import logging
import os
import subprocess
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop.paths import resource

log = logging.getLogger(__name__)
LANGUAGES = ("fr", "en")
_state: dict[str, object] = {"lang": "fr", "translators": []}


def current_language() -> str:
    return str(_state["lang"])


def ts_file(lang: str) -> Path:
    return resource("translations", f"passerelle_{lang}.ts")


def _cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "passerelle" / "translations"


def compiled_qm(lang: str) -> Path | None:
    """The compiled `.qm` for `lang` (compiling it if needed), or None if there is none."""
    source = ts_file(lang)
    bundled = source.with_suffix(".qm")
    if not source.exists():
        # A frozen build ships the .qm compiled by build.spec, without the .ts.
        return bundled if bundled.exists() else None
    if bundled.exists() and bundled.stat().st_mtime >= source.stat().st_mtime:
        return bundled
    # Keyed by content, not mtime: an upgrade (or another checkout) with an older file date
    # must never reuse a .qm compiled from different messages.
    digest = hashlib.sha256(source.read_bytes()).hexdigest()[:16]
    target = _cache_dir() / f"passerelle_{lang}_{digest}.qm"
    if target.exists():
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    lrelease = Path(PySide6.__file__).parent / "lrelease"
    partial = target.with_name(f"{target.name}.{os.getpid()}.partial")
    try:
        subprocess.run(
            [str(lrelease), "-silent", str(source), "-qm", str(partial)],
            check=True,
            capture_output=True,
            timeout=60,
        )
        os.replace(partial, target)  # two app instances compiling at once never see half a file
    except (OSError, subprocess.SubprocessError):
        partial.unlink(missing_ok=True)
        log.warning("could not compile the %s translation", lang)
        return None
    return target


def set_language(lang: str) -> None:
    """Install the translators of `lang`; open windows receive a LanguageChange event."""
    app = QCoreApplication.instance()
    if lang not in LANGUAGES:
        lang = "fr"
    translators: list[QTranslator] = _state["translators"]  # type: ignore[assignment]
    for translator in translators:
        QCoreApplication.removeTranslator(translator)
    translators.clear()
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if lang == "fr":
        qt = QTranslator(app)
        if qt.load("qtbase_fr", qt_dir):
            translators.append(qt)
    else:
        qm = compiled_qm(lang)
        ours = QTranslator(app)
        if qm is not None and ours.load(str(qm)):
            translators.append(ours)
        qt = QTranslator(app)
        if qt.load(f"qtbase_{lang}", qt_dir):
            translators.append(qt)
    for translator in translators:
        QCoreApplication.installTranslator(translator)
    QLocale.setDefault(
        QLocale(
            QLocale.Language.French if lang == "fr" else QLocale.Language.English,
            QLocale.Country.Canada,
        )
    )
    _state["lang"] = lang
