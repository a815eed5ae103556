"""A candidate with a unique marker in every personal field, and a search of files for them."""

from __future__ import annotations

import unicodedata
from pathlib import Path
from typing import Any

# ASCII, accented, Arabic and Vietnamese markers: each is searched for in UTF-8, UTF-16 (both
# byte orders), lower case and without accents (the search index stores folded words).
MARKERS = {
    "given_names": "Qzxgivenmark Éloïse",
    "family_name": "Qzxfamilymark-Nguyễn",
    "preferred_name": "Qzxpreferredmark",
    "name_original_script": "قزكسعلامة",
    "email": "qzx.emailmark@exemple.ca",
    "street": "77 rue Qzxstreetmark",
    "city": "Qzxcitymark",
    "diploma_title": "Qzxdiplomamark génie",
    "field_of_study": "Qzxfieldmark",
    "job_title": "Qzxjobmark ingénieure",
    "employer_name": "Qzxemployermark Ltée",
    "free_text": "Qzxtargetmark",
    "notes": "Qzxnotesmark: réfugiée, ne pas appeler le soir",
}
PHONE_TYPED, PHONE_E164 = "514 555-7319", "+15145557319"


def marked_candidate_json() -> dict[str, Any]:
    m = MARKERS
    return {
        "given_names": m["given_names"],
        "family_name": m["family_name"],
        "preferred_name": m["preferred_name"],
        "name_original_script": m["name_original_script"],
        "email": m["email"],
        "phone": PHONE_TYPED,
        "date_of_birth": "1991-03-17",
        "gender": "woman",
        "address": {
            "street": m["street"],
            "unit": None,
            "city": m["city"],
            "province": "QC",
            "postal_code": "H7G4S2",
        },
        "country_of_birth": "VN",
        "arrival_date_canada": "2024-02",
        "immigration_status": "protected_person",
        "diplomas": [
            {
                "title": m["diploma_title"],
                "field_of_study": m["field_of_study"],
                "level": "bac",
                "country": "VN",
                "year_obtained": 2014,
                "completed": True,
                "comparative_evaluation": "received",
            }
        ],
        "experiences": [
            {
                "job_title": m["job_title"],
                "employer_name": m["employer_name"],
                "country": "VN",
                "start": "2015-01",
                "end": "2023-06",
                "employment_type": "employee",
            }
        ],
        "target_occupations": [{"noc_code": "21300", "free_text": m["free_text"]}],
        "consents": [{"purpose": "intake", "granted": True, "method": "ticked"}],
        "notes": m["notes"],
    }


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def needles() -> dict[str, list[bytes]]:
    """Every byte form each marker could take in a file."""
    found: dict[str, list[bytes]] = {}
    words = {name: value for name, value in MARKERS.items()}
    words["phone"] = PHONE_E164
    words["phone_digits"] = "5145557319"
    for name, value in words.items():
        # The distinctive word of each marker is enough (and catches tokenised copies).
        token = next((w for w in value.replace("-", " ").split() if "zx" in w.lower()), value)
        forms = {token, token.casefold(), _fold(token), unicodedata.normalize("NFD", token)}
        found[name] = [
            f.encode(enc) for f in forms for enc in ("utf-8", "utf-16-le", "utf-16-be") if f
        ]
    return found


def search(paths: list[Path]) -> list[tuple[str, str]]:
    """(file, marker name) for every marker found in any of `paths` (folders searched deeply)."""
    hits = []
    all_needles = needles()
    for root in paths:
        files = [root] if root.is_file() else [p for p in root.rglob("*") if p.is_file()]
        for file in files:
            try:
                data = file.read_bytes()
            except OSError:
                continue
            lower = data.lower()
            for name, forms in all_needles.items():
                if any(form in data or form.lower() in lower for form in forms):
                    hits.append((str(file), name))
    return hits
