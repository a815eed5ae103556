"""The sync commands end to end: enrol, export, inspect, import, report --json, apply-ack, errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.cli.main import run
from tests.sync.sync_helpers import PASSPHRASE, PASSWORD


def test_sync_commands_end_to_end(
    tmp_path: Path,
    central_url: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """On the embedded SQLite central store and on a real PostgreSQL server."""
    monkeypatch.setenv("PASSERELLE_PASSWORD", PASSWORD)
    monkeypatch.setenv("PASSERELLE_CENTRAL_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("PASSERELLE_CENTRAL_DB", central_url)
    home = ["--home", str(tmp_path / "laptop")]
    fixture = Path(__file__).resolve().parent.parent / "fixtures" / "candidates_50.jsonl"
    assert run([*home, "init", "--device-name", "Kiosque", "--admin", "admin"]) == 0
    assert run([*home, "candidates", "import", str(fixture)]) == 0
    assert run([*home, "bundle", "export", "--out", str(tmp_path / "b.zip")]) == 2
    assert "inscrit" in capsys.readouterr().err
    assert run([*home, "central", "init"]) == 0
    enrolment = tmp_path / "enrol.json"
    assert (
        run([*home, "central", "enroll-device", "--name", "Kiosque", "--out", str(enrolment)]) == 0
    )
    assert run([*home, "enroll", str(enrolment)]) == 0
    assert run([*home, "bundle", "export", "--out", str(tmp_path / "b.zip")]) == 0
    capsys.readouterr()
    assert run([*home, "bundle", "inspect", str(tmp_path / "b.zip")]) == 0
    shown = capsys.readouterr().out
    first_line = json.loads(shown.split("\n}\n")[0] + "\n}")
    assert first_line["op_count"] > 0 and "@" not in shown
    acks = tmp_path / "acks"
    assert run([*home, "central", "import", str(tmp_path / "b.zip"), "--ack-dir", str(acks)]) == 0
    capsys.readouterr()
    assert run([*home, "central", "report", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["candidates"] == 50
    assert sum(report["per_eligibility"].values()) == 50
    (ack,) = acks.iterdir()
    assert run([*home, "bundle", "apply-ack", str(ack)]) == 0
    assert run([*home, "--lang", "en", "central", "import", str(enrolment)]) == 1
    assert "rejected" in capsys.readouterr().err
    monkeypatch.setenv("PASSERELLE_CENTRAL_PASSPHRASE", "not-the-right-one")
    assert run([*home, "central", "import", str(tmp_path / "b.zip")]) == 2
    assert capsys.readouterr().err.strip() == "Phrase de passe incorrecte."


def test_central_commands_never_create_a_laptop_data_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PASSERELLE_CENTRAL_PASSPHRASE", PASSPHRASE)
    laptop = tmp_path / "no-laptop-here"
    central_db = tmp_path / "central.db"
    assert run(["--home", str(laptop), "central", "--db", f"sqlite:///{central_db}", "init"]) == 0
    assert central_db.exists()
    assert not laptop.exists()
