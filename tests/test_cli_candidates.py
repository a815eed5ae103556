"""The `passerelle` command line as outside checks use it: init, import, export, list, show."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

FIXTURE = Path(__file__).parent / "fixtures" / "candidates_50.jsonl"
PASSWORD = "Secret-de-salon-2026"


def passerelle(home: Path, *args: str, lang: str = "fr") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PASSERELLE_PASSWORD": PASSWORD}
    return subprocess.run(
        [sys.executable, "-m", "desktop", "--home", str(home), "--lang", lang, *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("cli") / "home"
    done = passerelle(folder, "init", "--device-name", "Portable 1", "--admin", "admin")
    assert done.returncode == 0, done.stderr
    return folder


@pytest.fixture(scope="module")
def imported(home: Path) -> subprocess.CompletedProcess[str]:
    return passerelle(home, "--user", "admin", "candidates", "import", str(FIXTURE))


def test_init_twice_is_refused_and_changes_nothing(home: Path) -> None:
    again = passerelle(home, "init", "--device-name", "Autre", "--admin", "root")
    assert again.returncode != 0
    assert "déjà initialisé" in again.stderr


def test_importing_fifty_varied_candidates_stores_them_all(
    imported: subprocess.CompletedProcess[str], home: Path
) -> None:
    assert imported.returncode == 0, imported.stderr
    listed = json.loads(passerelle(home, "candidates", "list", "--json").stdout)
    assert len(listed) == 50


def test_export_gives_back_every_field(
    imported: subprocess.CompletedProcess[str], home: Path, tmp_path: Path
) -> None:
    out = tmp_path / "export.jsonl"
    done = passerelle(home, "candidates", "export", "--out", str(out))
    assert done.returncode == 0, done.stderr
    exported = {
        obj["id"]: obj for obj in map(json.loads, out.read_text(encoding="utf-8").splitlines())
    }
    assert len(exported) == 50
    originals = [json.loads(line) for line in FIXTURE.read_text(encoding="utf-8").splitlines()]
    by_name = {(o["given_names"], o["family_name"]): o for o in exported.values()}
    for original in originals:
        got = (
            exported[original["id"]]
            if "id" in original
            else by_name[(original["given_names"], original["family_name"])]
        )
        for key in (
            "given_names",
            "family_name",
            "date_of_birth",
            "gender",
            "email",
            "country_of_birth",
            "arrival_date_canada",
            "immigration_status",
            "work_authorization",
            "employment_status",
            "languages_spoken",
            "citizenships",
            "available_from",
            "work_regime",
            "driving_licences",
            "referral_source",
            "notes",
            "name_original_script",
            "preferred_language",
            "permit_expiry",
        ):
            assert got.get(key) == original.get(key), (key, original["given_names"])
        assert (got["phone"] or "").startswith("+") == ("phone" in original)
        assert got["address"]["postal_code"] in {"H7N 1A1", "H7G 4S2"}
        assert [d["level"] for d in got["diplomas"]] == [d["level"] for d in original["diplomas"]]
        assert [e["job_title"] for e in got["experiences"]] == [
            e["job_title"] for e in original["experiences"]
        ]
        assert [e["end"] for e in got["experiences"]] == [e["end"] for e in original["experiences"]]
        assert [t["noc_code"] for t in got["target_occupations"]] == [
            t["noc_code"] for t in original["target_occupations"]
        ]
        assert [(lv["language"], lv["level"], lv["stage"]) for lv in got["language_levels"]] == [
            (lv["language"], lv["level"], lv["stage"]) for lv in original["language_levels"]
        ]
        assert {(k["purpose"], k["granted"]) for k in got["consents"]} == {
            (k["purpose"], k["granted"]) for k in original["consents"]
        }
        assert got["event"]["code"] == "SIIQ-2026"
        assert got["eligibility"]["suggested"] in {"pass", "review", "fail"}
        assert got["created_at"] and got["updated_at"]


def test_a_second_import_of_the_same_file_changes_nothing(
    imported: subprocess.CompletedProcess[str], home: Path, tmp_path: Path
) -> None:
    before = tmp_path / "before.jsonl"
    passerelle(home, "candidates", "export", "--out", str(before))
    again = passerelle(home, "candidates", "import", str(FIXTURE))
    assert again.returncode == 0, again.stderr
    assert "0 personne(s) importée(s), 50 inchangée(s)" in again.stdout
    after = tmp_path / "after.jsonl"
    passerelle(home, "candidates", "export", "--out", str(after))
    assert sorted(before.read_text(encoding="utf-8").splitlines()) == sorted(
        after.read_text(encoding="utf-8").splitlines()
    )


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("helene", "Hélène"),
        ("vallejos julio", "Julio Daniel"),
        ("nguyen", "Nguyễn Thị Minh Khai"),
        ("COTE-LEV", "Marie-Ève"),
    ],
)
def test_search_is_accent_insensitive_and_any_word_order(
    imported: subprocess.CompletedProcess[str], home: Path, query: str, expected: str
) -> None:
    done = passerelle(home, "candidates", "list", "--search", query, "--json")
    names = [r["given_names"] for r in json.loads(done.stdout)]
    assert expected in names


def test_show_prints_one_candidate_as_json_and_text(
    imported: subprocess.CompletedProcess[str], home: Path
) -> None:
    cid = "00000000-0000-4000-8000-000000000000"
    shown = json.loads(passerelle(home, "candidates", "show", cid, "--json").stdout)
    assert shown["given_names"] == "Hélène"
    text = passerelle(home, "--lang", "en", "candidates", "show", cid).stdout
    assert "Hélène Tremblay" in text and "Date of birth" in text
    missing = passerelle(home, "candidates", "show", "ffffffff-0000-4000-8000-000000000000")
    assert missing.returncode != 0 and "Aucune personne candidate" in missing.stderr


def _line(**overrides: object) -> str:
    base = {
        "given_names": "Awa",
        "family_name": "Traoré",
        "email": "awa@exemple.ca",
        "target_occupations": [{"noc_code": "21300"}],
    }
    base.update(overrides)
    return json.dumps({k: v for k, v in base.items() if v is not None}, ensure_ascii=False)


def test_bad_lines_are_rejected_with_line_field_and_reason_and_the_others_land(
    home: Path, tmp_path: Path
) -> None:
    bad = tmp_path / "mixed.jsonl"
    lines = [
        _line(email="ok1@exemple.ca", family_name="Valide"),
        _line(email="bad-date@exemple.ca", date_of_birth="1990-02-30"),
        _line(email="bad-enum@exemple.ca", immigration_status="tourist"),
        _line(email="bad-noc@exemple.ca", target_occupations=[{"noc_code": "99999"}]),
        _line(email="sans-arobase.exemple.ca"),
        _line(email=None),
        _line(email="ok2@exemple.ca", family_name="Aussi-Valide"),
    ]
    bad.write_text("\n".join(lines) + "\n", encoding="utf-8")
    done = passerelle(home, "candidates", "import", str(bad))
    assert done.returncode == 1
    err = done.stderr.splitlines()
    assert any(
        e.startswith("Ligne 2") and "Date de naissance" in e and "1990-02-30" in e for e in err
    )
    assert any(e.startswith("Ligne 3") and "Statut au Canada" in e and "tourist" in e for e in err)
    assert any(e.startswith("Ligne 4") and "CNP" in e and "99999" in e for e in err)
    assert any(e.startswith("Ligne 5") and "Courriel" in e for e in err)
    assert any(e.startswith("Ligne 6") and "téléphone" in e for e in err)
    assert "2 personne(s) importée(s)" in done.stdout
    found = json.loads(
        passerelle(home, "candidates", "list", "--search", "valide", "--json").stdout
    )
    assert {r["family_name"] for r in found} == {"Valide", "Aussi-Valide"}


def test_errors_are_in_english_with_lang_en(home: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text(_line(email="x@exemple.ca", date_of_birth="1990-13-01") + "\n", encoding="utf-8")
    done = passerelle(home, "candidates", "import", str(bad), lang="en")
    assert done.returncode == 1
    assert "Line 1 — Date of birth" in done.stderr and "YYYY-MM-DD" in done.stderr


def test_wrong_password_is_refused(home: Path) -> None:
    env = {**os.environ, "PASSERELLE_PASSWORD": "pas-le-bon"}
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "desktop",
            "--home",
            str(home),
            "--user",
            "admin",
            "candidates",
            "list",
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert done.returncode != 0 and "incorrect" in done.stderr


def test_csv_with_french_headers_is_imported(home: Path, tmp_path: Path) -> None:
    sheet = tmp_path / "preinscriptions.csv"
    sheet.write_text(
        "Prénom;Nom de famille;Courriel;Téléphone;Statut au Canada;Code CNP;Consentement\n"
        "Inès;Benali;ines.benali@exemple.ca;514 555-0142;Résident·e permanent·e;21300;oui\n"
        "Karim;;karim@exemple;;pr;21300;oui\n",
        encoding="utf-8",
    )
    done = passerelle(home, "candidates", "import", str(sheet))
    assert done.returncode == 1
    assert "Ligne 3" in done.stderr and "Courriel" in done.stderr
    found = json.loads(
        passerelle(home, "candidates", "list", "--search", "ines benali", "--json").stdout
    )
    assert found and found[0]["phone"] == "+15145550142"
