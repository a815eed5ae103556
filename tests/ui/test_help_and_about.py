"""Help menu: the shortcuts screen lists the window's real shortcuts, the About box tells the
version and the licences of what is bundled; the icon and the bundled translation load."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from desktop import __version__
from desktop.app import Application
from desktop.domain.enums import Role
from desktop.services.actor import Actor
from desktop.ui import i18n
from desktop.ui.about import AboutDialog
from desktop.ui.app_icon import SIZES, application_icon
from desktop.ui.main_window import MainWindow
from desktop.ui.shortcuts_help import ShortcutsDialog, action_label


def _open_dialog(window: MainWindow, attribute: str):  # type: ignore[no-untyped-def]
    QApplication.processEvents()
    return getattr(window.help, attribute)


def test_f1_lists_every_shortcut_of_the_window(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(window, Qt.Key.Key_F1)
    dialog = _open_dialog(window, "shortcuts_dialog")
    assert dialog.isVisible()
    rows = dict(dialog.rows())
    for keys in ("F1", "Ctrl+N", "Ctrl+F", "Ctrl+E", "Ctrl+P", "Ctrl+Q"):
        assert keys in rows, keys
    assert rows["Ctrl+E"] == "Choisir ou créer l'événement en cours"
    assert rows["Entrée ou Ctrl+S"] == "Enregistrer l'inscription (formulaire)"
    # Every action of the window with a shortcut is there, even one added later by another screen.
    assert len([k for k, _ in dialog.rows() if k.startswith(("Ctrl", "F"))]) >= 7
    assert rows["Ctrl+L"].startswith("Verrouiller") and "langue" in rows["Ctrl+Maj+L"]
    # The whole list is in view at once, within a laptop screen: no scrolling to find a key.
    assert not dialog.table.verticalScrollBar().isVisible()
    assert dialog.height() <= 700
    dialog.close()


def test_a_shortcut_the_role_cannot_use_is_not_listed(qtbot, app: Application) -> None:  # type: ignore[no-untyped-def]
    intake = Actor(staff_id=None, username="accueil", role=Role.INTAKE)
    window = MainWindow(app, intake)
    qtbot.addWidget(window)
    assert "Ctrl+N" in dict(ShortcutsDialog(window).rows())
    window.dossier_action.setVisible(False)  # what role gating does to an action
    rows = dict(ShortcutsDialog(window).rows())
    assert "Ctrl+P" not in rows and "Ctrl+N" in rows
    window.close()


def test_the_shortcuts_screen_is_in_english_after_switching(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.toggle_language()
    try:
        qtbot.waitUntil(lambda: window.help_menu.title() == "&Help", timeout=3000)
        rows = dict(ShortcutsDialog(window).rows())
        assert rows["Ctrl+F"] == "Search for a registered person"
        assert rows["Enter or Ctrl+S"] == "Save the registration (form)"
    finally:
        window.toggle_language()
    qtbot.waitUntil(lambda: window.help_menu.title() == "&Aide", timeout=3000)


def test_about_shows_version_device_and_licences(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.help.about_action.trigger()
    dialog = _open_dialog(window, "about_dialog")
    assert dialog.isVisible() and dialog.windowTitle() == "À propos de Passerelle"
    summary = dialog.findChild(QLabel, "aboutSummary")
    text = summary.text()
    assert f"Version {__version__}" in text
    assert "Portable test" in text  # this device's name
    assert str(window.application.paths.home) in text
    components = dialog.components_html()
    for expected in (
        "SIL Open Font License 1.1",
        "Licence du gouvernement ouvert – Canada",
        "Statistique Canada",
        "GNU LGPL v3",
        "SQLAlchemy",
        "ReportLab",
    ):
        assert expected in components, expected
    licences = dialog.tabs.widget(2).toPlainText()
    assert "licensed under the SIL Open Font License" in licences
    assert "Bitstream" in licences
    dialog.close()


def test_about_in_english_names_the_open_government_licence(qtbot) -> None:  # type: ignore[no-untyped-def]
    i18n.set_language("en")
    try:
        dialog = AboutDialog("en", "LVL-07", Path("/data"))
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() == "About Passerelle"
        assert "Open Government Licence – Canada" in dialog.components_html()
        assert "Statistics Canada" in dialog.components_html()
    finally:
        i18n.set_language("fr")


def test_the_application_icon_has_every_size() -> None:
    icon = application_icon()
    assert not icon.isNull()
    sizes = {size.width() for size in icon.availableSizes()}
    assert sizes == set(SIZES)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Nouvelle inscription (Ctrl+N)", "Nouvelle inscription"),
        ("Événement… (Ctrl+E)", "Événement"),
        ("&Fichier", "Fichier"),
        ("Santé && sécurité", "Santé & sécurité"),
    ],
)
def test_action_labels_drop_the_shortcut_and_accelerator(text: str, label: str) -> None:
    assert action_label(text) == label


def test_a_frozen_build_uses_its_bundled_translation(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The bundle ships passerelle_en.qm without the .ts (build.spec): it is used as is."""
    from desktop.ui import i18n as i18n_module

    folder = tmp_path / "translations"
    folder.mkdir()
    qm = i18n_module.compiled_qm("en")
    assert qm is not None
    (folder / "passerelle_en.qm").write_bytes(qm.read_bytes())
    monkeypatch.setattr(i18n_module, "ts_file", lambda lang: folder / f"passerelle_{lang}.ts")
    assert i18n_module.compiled_qm("en") == folder / "passerelle_en.qm"
    assert i18n_module.compiled_qm("de") is None
