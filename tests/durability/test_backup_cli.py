"""`passerelle backup …` and `passerelle recovery …` as an admin uses them (one-line errors)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.app import Application
from desktop.cli.main import run
from desktop.services.actor import Actor
from tests.conftest import ADMIN_PASSWORD
from tests.durability.helpers import damage_page, save_people, table_pages


def _run(monkeypatch: pytest.MonkeyPatch, home: Path, *argv: str) -> int:
    monkeypatch.setenv("PASSERELLE_PASSWORD", ADMIN_PASSWORD)
    return run(["--home", str(home), "--user", "admin", *argv])


def test_backup_list_create_restore_and_recovery_from_the_command_line(
    app: Application,
    admin: Actor,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    save_people(app, admin, 0, 40)
    home = app.paths.home
    opener = app.file_opener()
    app.close()
    assert _run(monkeypatch, home, "backup", "list") == 0
    assert "Aucune sauvegarde." in capsys.readouterr().out
    assert _run(monkeypatch, home, "backup", "create") == 0
    assert capsys.readouterr().out.startswith("Sauvegarde vérifiée\u00a0: ")
    assert _run(monkeypatch, home, "backup", "create", "--if-changed") == 0
    assert "Aucune modification" in capsys.readouterr().out
    assert _run(monkeypatch, home, "--lang", "en", "backup", "list", "--json") == 0
    (listed,) = json.loads(capsys.readouterr().out)
    assert listed["verified"] and listed["candidates"] == 40 and listed["kind"] == "manual"
    assert _run(monkeypatch, home, "backup", "verify", listed["id"]) == 0
    assert _run(monkeypatch, home, "recovery", "check") == 0
    capsys.readouterr()

    damage_page(
        home / "passerelle.db", table_pages(opener, home / "passerelle.db", "candidates")[0]
    )
    assert _run(monkeypatch, home, "recovery", "check") == 4
    assert "endommagée" in capsys.readouterr().err
    out = tmp_path / "urgence.jsonl"
    assert _run(monkeypatch, home, "recovery", "export", "--out", str(out)) == 0
    assert "JSON Lines" in capsys.readouterr().out and out.exists()
    monkeypatch.setenv("PASSERELLE_PASSWORD", "mauvais-mot-de-passe")
    assert run(["--home", str(home), "--user", "admin", "backup", "restore", listed["id"]]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "mot de passe incorrect" in err
    assert _run(monkeypatch, home, "backup", "restore", listed["id"]) == 0
    said = capsys.readouterr().out
    assert "Incarnation de l'appareil\u00a0: 2" in said and "set-aside" in said
    assert _run(monkeypatch, home, "recovery", "check") == 0


def test_a_command_on_a_store_left_by_the_previous_version_says_it_upgrades_it_on_stderr(
    app: Application, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from alembic import command

    from desktop.storage.migrate import _config

    config = _config()
    with app.ctx.store.engine.begin() as conn:  # the store as the previous version left it
        config.attributes["connection"] = conn
        command.downgrade(config, "0012")
    home = app.paths.home
    app.close()
    assert _run(monkeypatch, home, "backup", "create") == 0
    said = capsys.readouterr()
    assert "Mise à jour des données pour cette version de Passerelle\u00a0:" in said.err
    assert said.out.startswith("Sauvegarde vérifiée\u00a0: "), "stdout: the command's own output"
    assert _run(monkeypatch, home, "backup", "create") == 0
    assert capsys.readouterr().err == "", "up to date: nothing said"
    assert _run(monkeypatch, home, "backup", "list", "--json") == 0
    kinds = sorted(b["kind"] for b in json.loads(capsys.readouterr().out))
    assert kinds == ["manual", "manual", "migration"]
