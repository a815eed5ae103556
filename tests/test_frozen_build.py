"""The frozen one-folder build (build.spec) runs the real workflow on a throw-away home.

Opt-in: `PASSERELLE_FROZEN=1 python -m pytest -q tests/test_frozen_build.py`. The bundle in
`dist/` is reused when its recorded source fingerprint equals the sources' (desktop/build_info.py),
else it is built with PyInstaller first (about a minute here; see docs/BUILD.md). The frozen
program gets no PYTHONPATH and a HOME of its own, so nothing comes from the source tree or the
developer's profile.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop import __version__
from desktop.build_info import read_build_info, source_fingerprint

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "dist" / f"passerelle-{__version__}"
FIXTURE = ROOT / "tests" / "fixtures" / "candidates_50.jsonl"
PASSWORD = "mot-de-passe-sûr"
PASSPHRASE = "phrase-de-passe-longue"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        os.environ.get("PASSERELLE_FROZEN") != "1",
        reason="builds the PyInstaller bundle: set PASSERELLE_FROZEN=1 (docs/BUILD.md)",
    ),
]


def bundle_is_current() -> bool:
    info = read_build_info(BUNDLE / "_internal")
    return (
        info is not None
        and not info.get("debug")
        and info.get("source_fingerprint") == source_fingerprint(ROOT)
        and (BUNDLE / "passerelle").exists()
    )


def build_bundle() -> float:
    """Run PyInstaller on build.spec; the seconds it took."""
    started = time.monotonic()
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "PASSERELLE_DEBUG_BUILD"}}
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN", "build.spec"],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        timeout=1800,
    )
    return time.monotonic() - started


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


@pytest.fixture(scope="module")
def bundle() -> Iterator[Path]:
    if not bundle_is_current():
        seconds = build_bundle()
        print(f"\nbuilt {BUNDLE.name} in {seconds:.0f} s")
    assert bundle_is_current(), "the build did not record the current sources"
    print(f"\n{BUNDLE.name}: {folder_size(BUNDLE) / 1e6:.0f} MB")
    yield BUNDLE


class Frozen:
    """Runs the frozen `passerelle` with a clean environment and a home of its own."""

    def __init__(self, bundle: Path, tmp: Path) -> None:
        self.program = bundle / "passerelle"
        self.home = tmp / "laptop"
        self.env = {
            "PATH": "/usr/bin:/bin",
            "HOME": str(tmp / "user"),
            "LANG": "C.UTF-8",
            "QT_QPA_PLATFORM": "offscreen",
            "PASSERELLE_PASSWORD": PASSWORD,
            "PASSERELLE_CENTRAL_PASSPHRASE": PASSPHRASE,
        }
        self.cwd = tmp

    def run(
        self, *args: str, ok: bool = True, home: bool = True
    ) -> subprocess.CompletedProcess[str]:
        command = [str(self.program), *(["--home", str(self.home)] if home else []), *args]
        done = subprocess.run(
            command, env=self.env, cwd=self.cwd, capture_output=True, text=True, timeout=180
        )
        if ok:
            assert done.returncode == 0, f"{args}: {done.returncode}\n{done.stdout}\n{done.stderr}"
        assert "Traceback" not in done.stderr, done.stderr
        return done


@pytest.fixture
def frozen(bundle: Path, tmp_path: Path) -> Frozen:
    return Frozen(bundle, tmp_path)


def test_frozen_version_and_bundled_resources(frozen: Frozen, bundle: Path) -> None:
    assert frozen.run("--version", home=False).stdout.strip() == f"passerelle {__version__}"
    internal = bundle / "_internal"
    assert (internal / "resources" / "translations" / "passerelle_en.qm").stat().st_size > 1000
    assert not (internal / "resources" / "translations" / "passerelle_en.ts").exists()
    assert (internal / "resources" / "data" / "noc_2021.csv").exists()
    assert (internal / "resources" / "fonts" / "Noto-LICENSE-OFL.txt").exists()
    assert (internal / "resources" / "icons" / "passerelle-256.png").exists()
    assert (internal / "desktop" / "storage" / "migrations" / "env.py").exists()
    assert not list(internal.rglob("*tkinter*")) and not (internal / "tests").exists()
    assert not list(internal.rglob("libQt6WebEngine*")) and not list(internal.rglob("libQt6Quick*"))
    assert (bundle / "passerelle-gui").exists()


def test_frozen_app_runs_the_field_to_central_workflow(
    frozen: Frozen, tmp_path: Path, postgres_url: str
) -> None:
    frozen.run("init", "--device-name", "Portable kiosque 1", "--admin", "admin")
    imported = frozen.run("candidates", "import", str(FIXTURE))
    assert "50" in imported.stdout
    listed = json.loads(frozen.run("candidates", "list", "--json").stdout)
    assert len(listed) == 50
    first = listed[0]

    dossier = tmp_path / "dossier.pdf"
    frozen.run("--lang", "en", "dossier", first["id"], "--out", str(dossier))
    text = "".join(page.extract_text() for page in PdfReader(dossier).pages)
    assert first["family_name"] in text

    central = ["central", "--db", postgres_url]  # psycopg and the PostgreSQL dialect, frozen
    frozen.run(*central, "init")
    enrolment = tmp_path / "enrolment.json"
    frozen.run(*central, "enroll-device", "--name", "Portable kiosque 1", "--out", str(enrolment))
    frozen.run("enroll", str(enrolment))
    bundle_file = tmp_path / "laptop.bundle"
    frozen.run("bundle", "export", "--out", str(bundle_file))
    inspected = frozen.run("bundle", "inspect", str(bundle_file)).stdout
    assert "@" not in inspected  # no e-mail (no personal data) in the manifest
    acks = tmp_path / "acks"
    frozen.run(*central, "import", str(bundle_file), "--ack-dir", str(acks))
    report = json.loads(frozen.run(*central, "report", "--json").stdout)
    assert report["candidates"] == 50
    (ack,) = acks.iterdir()
    frozen.run("bundle", "apply-ack", str(ack))


def test_frozen_errors_are_translated_one_liners(frozen: Frozen) -> None:
    frozen.run("init", "--device-name", "Portable", "--admin", "admin")
    missing = frozen.run("--lang", "en", "candidates", "import", "/nonexistent.jsonl", ok=False)
    assert missing.returncode != 0 and len(missing.stderr.strip().splitlines()) == 1
    french = frozen.run("candidates", "show", "00000000-0000-0000-0000-000000000000", ok=False)
    assert french.returncode != 0 and len(french.stderr.strip().splitlines()) == 1


def test_frozen_gui_starts_and_waits_for_sign_in(frozen: Frozen) -> None:
    """The windowed program starts Qt from the bundle (plug-ins, fonts, translations) and stays up."""
    for lang in ("fr", "en"):
        home = frozen.home.parent / f"gui-{lang}"
        process = subprocess.Popen(
            [str(frozen.program.parent / "passerelle-gui"), "--home", str(home), "--lang", lang],
            env=frozen.env,
            cwd=frozen.cwd,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            deadline = time.monotonic() + 60
            # The data folder's lock is taken once Qt and the translations are loaded, just before
            # the first window: after that the program must stay up, waiting for the user.
            while time.monotonic() < deadline and not (home / "passerelle.lock").exists():
                assert process.poll() is None, process.communicate()[1]
                time.sleep(0.2)
            time.sleep(3.0)
            assert process.poll() is None, process.communicate()[1]
        finally:
            process.terminate()
            _out, err = process.communicate(timeout=30)
        assert "Traceback" not in err and "could not load the Qt platform plugin" not in err, err


def test_bundle_size_stays_reasonable(bundle: Path) -> None:
    # About 220 MB today (Qt is most of it); a jump means something unwanted was collected.
    assert folder_size(bundle) < 300e6
