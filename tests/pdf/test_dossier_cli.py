"""`passerelle dossier` end to end, in a subprocess, on the 50 varied fixture candidates."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

FIXTURE = Path(__file__).parent.parent / "fixtures" / "candidates_50.jsonl"
PASSWORD = "Secret-de-salon-2026"


def passerelle(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PASSERELLE_PASSWORD": PASSWORD}
    return subprocess.run(
        [sys.executable, "-m", "desktop", "--home", str(home), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=180,
    )


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("dossier-cli") / "home"
    done = passerelle(folder, "init", "--device-name", "Portable 1", "--admin", "admin")
    assert done.returncode == 0, done.stderr
    done = passerelle(folder, "--user", "admin", "candidates", "import", str(FIXTURE))
    assert done.returncode == 0, done.stderr
    return folder


@pytest.fixture(scope="module")
def listed(home: Path) -> list[dict[str, str]]:
    return list(json.loads(passerelle(home, "candidates", "list", "--json").stdout))


def test_batch_of_every_fixture_candidate_in_english(
    home: Path, listed: list[dict[str, str]], tmp_path: Path
) -> None:
    out = tmp_path / "all.pdf"
    ids = [row["id"] for row in listed]
    done = passerelle(home, "dossier", *ids, "--out", str(out), "--lang", "en")
    assert done.returncode == 0, done.stderr
    reader = PdfReader(out)
    assert len(reader.outline) == 50
    assert "Contents — 50 dossiers" in reader.pages[0].extract_text().replace("\u00a0", " ")


def test_unique_prefix_and_candidate_copy(
    home: Path, listed: list[dict[str, str]], tmp_path: Path
) -> None:
    row = next(r for r in listed if not r["id"].startswith("00000000"))
    out = tmp_path / "copie.pdf"
    done = passerelle(home, "dossier", row["id"][:8], "--out", str(out), "--variant", "candidate")
    assert done.returncode == 0, done.stderr
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert row["family_name"] in text and "Copie de vos renseignements" in text


def test_unknown_id_is_one_clear_line_and_no_file(home: Path, tmp_path: Path) -> None:
    out = tmp_path / "x.pdf"
    done = passerelle(home, "dossier", "ffffffff-ffff-4fff-8fff-ffffffffffff", "--out", str(out))
    assert done.returncode != 0 and len(done.stderr.strip().splitlines()) == 1
    assert not out.exists()
