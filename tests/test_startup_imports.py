"""Sign-in stays quick: the window and an up-to-date store need neither Alembic (with Mako and
Pygments), nor reportlab, nor the central store's code, which are loaded only to migrate a store,
to draw a PDF or to work on the central store."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from desktop.storage.migrate import _head_from_files, _scripts

ROOT = Path(__file__).resolve().parents[1]


def _modules_after(code: str) -> set[str]:
    script = textwrap.dedent(code) + "\nimport sys\nprint(' '.join(sorted(sys.modules)))\n"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=120
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return set(done.stdout.split())


def _heavy(modules: set[str]) -> set[str]:
    return {m for m in modules if m.split(".")[0] in {"alembic", "mako", "reportlab"}}


def test_the_window_modules_load_without_alembic_or_reportlab() -> None:
    loaded = _modules_after("import desktop.app, desktop.ui.main_window, desktop.ui.launch")
    assert not _heavy(loaded)
    assert not {m for m in loaded if m.startswith(("desktop.pdf", "desktop.central"))}


def test_signing_in_to_an_up_to_date_store_does_not_load_alembic(tmp_path: Path) -> None:
    from tests.conftest import ADMIN_PASSWORD, new_application

    new_application(tmp_path / "home").close()
    loaded = _modules_after(
        f"""
        import os
        from desktop.app import open_application
        app = open_application({str(tmp_path / "home")!r})
        app.unlock("admin", {ADMIN_PASSWORD!r})
        app.close()
        """
    )
    assert not _heavy(loaded)


def test_the_head_read_from_the_scripts_is_alembics() -> None:
    assert _head_from_files() == _scripts().get_current_head()


def test_the_sign_in_window_asks_for_the_unlock_before_loading_the_database_layer() -> None:
    """The database layer loads behind the sign-in window (desktop.ui.launch); a password
    submitted before it is ready must not load it again, serially, on the GUI thread before the
    key derivation that overlaps the loading can start."""
    loaded = _modules_after(
        """
        import sys
        from PySide6.QtWidgets import QApplication
        from desktop.ui.launch import StoreLoader
        from desktop.ui.sign_in import LoginDialog

        class Unlocker:
            def unlock(self, username, password, upgrading=None):
                print("at-unlock", "sqlalchemy" in sys.modules, flush=True)
                raise KeyboardInterrupt

        qt = QApplication([])
        dialog = LoginDialog(Unlocker(), "fr", "admin")
        dialog.password.setText("mot de passe")
        try:
            dialog.submit()
        except KeyboardInterrupt:
            pass
        """
    )
    assert "at-unlock" in loaded and "False" in loaded, "submitted with the database layer unloaded"
    assert "sqlalchemy" not in loaded
