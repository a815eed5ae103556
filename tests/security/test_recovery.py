"""X5 (recovery part) end to end: a laptop enrolled with central gets a recovery slot; when every
password is forgotten, central's key makes a one-time recovery file + code, and the laptop opens
with them and gives an account a new password. The file alone, a wrong code, or another laptop's
file open nothing."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from desktop.cli.main import run
from desktop.security.keyslots import KeySlots
from tests.sync.sync_helpers import PASSPHRASE, PASSWORD


def test_all_passwords_forgotten_then_recovered_with_the_central_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("PASSERELLE_PASSWORD", PASSWORD)
    monkeypatch.setenv("PASSERELLE_CENTRAL_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("PASSERELLE_CENTRAL_DB", f"sqlite:///{tmp_path / 'central.db'}")
    home = ["--home", str(tmp_path / "laptop")]
    other = ["--home", str(tmp_path / "other")]
    fixture = Path(__file__).resolve().parents[1] / "fixtures" / "candidates_50.jsonl"
    assert run([*home, "init", "--device-name", "Kiosque", "--admin", "admin"]) == 0
    assert run([*other, "init", "--device-name", "Autre", "--admin", "admin"]) == 0
    assert run([*home, "candidates", "import", str(fixture)]) == 0
    assert run([*home, "central", "init"]) == 0
    enrolment = tmp_path / "enrol.json"
    assert run([*home, "central", "enroll-device", "--name", "K", "--out", str(enrolment)]) == 0
    capsys.readouterr()
    assert run([*home, "enroll", str(enrolment)]) == 0
    assert "Clé de récupération ajoutée" in capsys.readouterr().out
    keyslots = tmp_path / "laptop" / "keyslots.json"
    assert KeySlots.load(keyslots).recovery is not None
    db_before = (tmp_path / "laptop" / "passerelle.db").stat().st_ino

    # Nobody remembers the password any more.
    monkeypatch.setenv("PASSERELLE_PASSWORD", "personne-ne-s-en-souvient")
    assert run([*home, "candidates", "list"]) == 2
    assert "mot de passe incorrect" in capsys.readouterr().err

    # At the office: the recovery file and its code.
    copy = tmp_path / "usb" / "keyslots.json"
    copy.parent.mkdir()
    copy.write_bytes(keyslots.read_bytes())
    recovery = tmp_path / "usb" / "recovery.json"
    assert run([*home, "central", "recover-key", str(copy), "--out", str(recovery)]) == 0
    printed = capsys.readouterr().out
    code = re.search(r"([A-Z2-9]{5}(?:-[A-Z2-9]{5}){3})", printed)
    assert code is not None, printed
    body = recovery.read_text()
    assert code.group(1) not in body and json.loads(body)["format"] == "passerelle-recovery/1"
    key_hex = bytes(KeySlots.load(keyslots).slots[0].wrapped).hex()
    assert key_hex not in body
    # The other laptop has no recovery slot: central has nothing to open.
    assert (
        run(
            [
                *home,
                "central",
                "recover-key",
                str(tmp_path / "other" / "keyslots.json"),
                "--out",
                str(tmp_path / "usb" / "nothing.json"),
            ]
        )
        == 2
    )
    assert "pas de clé de récupération" in capsys.readouterr().err

    # On the laptop: a wrong code, the file on another laptop, then the right code.
    new_password = "Une-phrase-toute-neuve-2026"
    monkeypatch.setenv("PASSERELLE_PASSWORD", new_password)
    monkeypatch.setenv("PASSERELLE_RECOVERY_CODE", "AAAAA-BBBBB-CCCCC-DDDDD")
    assert run([*home, "--user", "admin", "recover", str(recovery)]) == 2
    assert "Code de récupération incorrect" in capsys.readouterr().err
    monkeypatch.setenv("PASSERELLE_RECOVERY_CODE", code.group(1).lower().replace("-", " "))
    assert run([*other, "--user", "admin", "recover", str(recovery)]) == 2
    assert "autre appareil" in capsys.readouterr().err
    assert run([*home, "--user", "admin", "recover", str(recovery)]) == 0
    assert "nouveau mot de passe" in capsys.readouterr().out
    monkeypatch.delenv("PASSERELLE_RECOVERY_CODE")
    assert run([*home, "candidates", "list", "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 50, "every candidate is still there"
    assert (tmp_path / "laptop" / "passerelle.db").stat().st_ino == db_before
