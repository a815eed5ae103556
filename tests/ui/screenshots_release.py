"""Screenshots of the first-run wizard, the About box and the shortcuts screen (FR and EN), and of
the main window on a high-DPI screen (device pixel ratio 2), into docs/screenshots/.

QT_QPA_PLATFORM=offscreen python -m tests.ui.screenshots_release            # 1× screens
QT_QPA_PLATFORM=offscreen python -m tests.ui.screenshots_release --hidpi    # 2× (QT_SCALE_FACTOR=2)
`python -m tests.ui.make_screenshots` runs both.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

OUT = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


def release_screens(qt: object, lang: str, out: Path = OUT) -> list[Path]:
    """First run (welcome, administrator, summary), About and shortcuts in `lang`."""
    from desktop.app import open_application
    from desktop.ui import i18n
    from desktop.ui.about import AboutDialog
    from desktop.ui.first_run import FirstRunWizard
    from desktop.ui.main_window import MainWindow
    from desktop.ui.shortcuts_help import ShortcutsDialog

    i18n.set_language(lang)
    written = []
    application = open_application(tempfile.mkdtemp(prefix="passerelle-release-shots-"))
    wizard = FirstRunWizard(application)
    wizard.resize(760, 540)
    wizard.show()
    qt.processEvents()  # type: ignore[attr-defined]
    written.append(_save(wizard, out / f"first-run-welcome-{lang}.png"))
    wizard.next()
    wizard.device.device_name.setText("Portable kiosque 3 — Salon Laval")
    wizard.next()
    wizard.admin.username.setText("admin.laval")
    wizard.admin.password.setText("court")
    wizard.admin.confirm.setText("court")
    wizard.next()  # refused: too short, the reason is shown under the fields
    qt.processEvents()  # type: ignore[attr-defined]
    written.append(_save(wizard, out / f"first-run-admin-{lang}.png"))
    wizard.admin.password.setText("une phrase de passe")
    wizard.admin.confirm.setText("une phrase de passe")
    wizard.next()
    wizard.event.code.setText("SIIQ-2026-LAVAL")
    wizard.event.name.setText("Salon de l'immigration et de l'intégration du Québec")
    wizard.event.place.setText("Cosmodôme, Laval")
    wizard.next()
    qt.processEvents()  # type: ignore[attr-defined]
    written.append(_save(wizard, out / f"first-run-summary-{lang}.png"))
    wizard.button(wizard.WizardButton.FinishButton).click()
    qt.processEvents()  # type: ignore[attr-defined]
    i18n.set_language(lang)  # the wizard followed its language choice: back to this run's
    window = MainWindow(application, wizard.actor)  # type: ignore[arg-type]
    window.show()
    about = AboutDialog(
        lang, "Portable kiosque 3 — Salon Laval", Path.home() / ".local/share/Passerelle", window
    )
    about.resize(760, 560)
    about.show()
    qt.processEvents()  # type: ignore[attr-defined]
    written.append(_save(about, out / f"about-{lang}.png"))
    about.tabs.setCurrentIndex(1)
    qt.processEvents()  # type: ignore[attr-defined]
    written.append(_save(about, out / f"about-licences-{lang}.png"))
    about.close()
    shortcuts = ShortcutsDialog(window)
    shortcuts.resize(620, 540)
    shortcuts.show()
    qt.processEvents()  # type: ignore[attr-defined]
    written.append(_save(shortcuts, out / f"shortcuts-{lang}.png"))
    shortcuts.close()
    window.close()
    application.close()
    return written


def hidpi_screens(qt: object, out: Path = OUT) -> list[Path]:
    """The main window at 1366×768 logical pixels on a 2× screen, French."""
    from desktop.app import open_application
    from desktop.services.accounts import authenticate
    from desktop.services.demo import DEMO_PASSWORD, fill_demo
    from desktop.ui import i18n
    from desktop.ui.main_window import MainWindow

    i18n.set_language("fr")
    application = open_application(tempfile.mkdtemp(prefix="passerelle-hidpi-shots-"))
    fill_demo(application.ctx, 40)
    actor = authenticate(application.ctx, "admin", DEMO_PASSWORD)
    window = MainWindow(application, actor)
    window.resize(1366, 768)
    window.show()
    qt.processEvents()  # type: ignore[attr-defined]
    written = [_save(window, out / "main-notice-fr-2x.png")]
    window.capture.notice.start.click()
    qt.processEvents()  # type: ignore[attr-defined]
    written.append(_save(window, out / "quick-capture-fr-2x.png"))
    window.close()
    application.close()
    return written


def _save(widget: object, path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(path))  # type: ignore[attr-defined]
    return path


def run_hidpi_in_subprocess() -> None:
    """QT_SCALE_FACTOR is read when Qt starts: the 2× screens need a process of their own."""
    env = {**os.environ, "QT_SCALE_FACTOR": "2", "QT_QPA_PLATFORM": "offscreen"}
    subprocess.run(
        [sys.executable, "-m", "tests.ui.screenshots_release", "--hidpi"], env=env, check=True
    )


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    hidpi = "--hidpi" in sys.argv
    if hidpi:
        os.environ["QT_SCALE_FACTOR"] = "2"
    from PySide6.QtWidgets import QApplication

    from desktop.ui.app_icon import application_icon

    qt = QApplication.instance() or QApplication([])
    qt.setWindowIcon(application_icon())
    written = (
        hidpi_screens(qt) if hidpi else [*release_screens(qt, "fr"), *release_screens(qt, "en")]
    )
    for path in written:
        print(path, flush=True)
    os._exit(0)  # skip Qt's teardown order at interpreter exit: nothing is left to save


if __name__ == "__main__":
    main()
