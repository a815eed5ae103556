"""Realistic, entirely fictional candidates for demos, screenshots and benchmarks.

Names come from the countries Laval's recent immigrants come from (Maghreb, Latin America, Haiti,
West and Central Africa, Middle East, South and East Asia, Eastern Europe, France), including
Arabic-script and Vietnamese names; phones are in the fictional 555-01xx range.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta

from desktop.domain.candidate import (
    Candidate,
    Consent,
    Diploma,
    EventRef,
    Experience,
    LanguageLevel,
    TargetOccupation,
)
from desktop.domain.names import fold

# (country, given names, family names, original-script names or None, languages)
_ORIGINS: list[tuple[str, list[str], list[str], list[tuple[str, str, str]] | None, list[str]]] = [
    (
        "MA",
        ["Youssef", "Fatima Zahra", "Mehdi", "Salma", "Amine", "Khadija"],
        ["El Amrani", "Benali", "Tazi", "Ouazzani", "Alaoui"],
        None,
        ["ar", "fr"],
    ),
    (
        "DZ",
        ["Karim", "Amel", "Sofiane", "Nadia", "Yacine"],
        ["Boudiaf", "Haddad", "Belkacem", "Zerrouki"],
        None,
        ["ar", "fr"],
    ),
    (
        "SY",
        ["Rola", "Omar", "Lina"],
        ["Saleh", "Haddad", "Khoury"],
        [
            ("Rola", "Saleh", "رولا صالح"),
            ("Omar", "Haddad", "عمر حداد"),
            ("Lina", "Khoury", "لينا خوري"),
        ],
        ["ar", "en"],
    ),
    ("LB", ["Georges", "Maya", "Rami"], ["Khalil", "Nassar", "Haddad"], None, ["ar", "fr", "en"]),
    (
        "CO",
        ["Julio Daniel", "María José", "Andrés Felipe", "Valentina"],
        ["Huamani Vallejos", "García López", "Rodríguez", "Muñoz"],
        None,
        ["es"],
    ),
    ("PE", ["Julio", "Rosa", "Luis Alberto"], ["Quispe", "Huamaní", "Vallejos"], None, ["es"]),
    (
        "MX",
        ["Alejandro", "Guadalupe", "Diego"],
        ["Hernández", "Martínez", "Sánchez"],
        None,
        ["es", "en"],
    ),
    (
        "HT",
        ["Jean-Robert", "Marie-Ange", "Wideline", "Ricardo"],
        ["Pierre-Louis", "Joseph", "Saint-Fleur", "Dorvil"],
        None,
        ["fr", "ht"],
    ),
    ("CM", ["Arlette", "Serge", "Blaise"], ["Mbarga", "Nkoulou", "Tchoumi"], None, ["fr", "en"]),
    ("CI", ["Awa", "Koffi", "Mariam"], ["Kouassi", "Traoré", "Bamba"], None, ["fr"]),
    ("SN", ["Aminata", "Cheikh", "Ousmane"], ["Diop", "Ndiaye", "Fall"], None, ["fr", "wo"]),
    (
        "VN",
        ["Minh Khai", "Thu Trang", "Quốc Bảo"],
        ["Nguyễn Thị", "Trần", "Phạm"],
        [("Thị Minh Khai", "Nguyễn", "Nguyễn Thị Minh Khai")],
        ["vi", "en"],
    ),
    (
        "CN",
        ["Wei", "Xiaoling", "Jun"],
        ["Zhang", "Wang", "Li"],
        [("Wei", "Zhang", "张伟"), ("Xiaoling", "Wang", "王晓玲")],
        ["zh", "en"],
    ),
    ("IN", ["Priya", "Arjun", "Ananya"], ["Sharma", "Patel", "Iyer"], None, ["hi", "en"]),
    (
        "PH",
        ["Maria Cristina", "Jose", "Angelica"],
        ["Santos", "Reyes", "Dela Cruz"],
        None,
        ["tl", "en"],
    ),
    ("IR", ["Reza", "Shirin", "Navid"], ["Hosseini", "Karimi", "Ahmadi"], None, ["fa", "en"]),
    (
        "UA",
        ["Olena", "Dmytro", "Iryna"],
        ["Kovalenko", "Shevchenko", "Bondarenko"],
        [("Olena", "Kovalenko", "Олена Коваленко")],
        ["uk", "en"],
    ),
    (
        "FR",
        ["Hélène", "Théo", "Zoë", "Maëlle"],
        ["Lefèvre", "Côté", "Dubois", "Girard"],
        None,
        ["fr"],
    ),
    ("TN", ["Hichem", "Imen", "Wassim"], ["Ben Salah", "Trabelsi", "Jaziri"], None, ["ar", "fr"]),
    ("BR", ["João Pedro", "Ana Clara"], ["Silva", "Oliveira"], None, ["pt", "en"]),
]
_TARGETS = [
    "21300",
    "21231",
    "21232",
    "21211",
    "22310",
    "31301",
    "11100",
    "12200",
    "13110",
    "41200",
    "72200",
    "21321",
    "41301",
    "22220",
    "33102",
    "62100",
    "21223",
    "11102",
]
_DIPLOMA_TITLES = {
    "bac": "Licence",
    "master": "Master",
    "dec_tech": "Diplôme technique",
    "phd": "Doctorat",
    "dep": "Diplôme professionnel",
}
_FIELDS = [
    "Génie civil",
    "Informatique",
    "Comptabilité",
    "Soins infirmiers",
    "Gestion",
    "Génie électrique",
    "Chimie",
    "Marketing",
    "Administration",
]
_STATUSES = ["pr"] * 6 + [
    "protected_person",
    "wp_open",
    "wp_pgwp",
    "asylum_claimant",
    "citizen",
    "wp_closed",
    "student",
]
NOTICE_VERSION = "2026-01-fr"


def demo_candidates(
    count: int, seed: int = 2026, event: EventRef | None = None, today: date | None = None
) -> list[Candidate]:
    rng = random.Random(seed)
    today = today or date.today()
    out: list[Candidate] = []
    for n in range(count):
        country, givens, families, scripts, langs = rng.choice(_ORIGINS)
        if scripts and rng.random() < 0.5:
            given, family, original = rng.choice(scripts)
        else:
            given, family, original = rng.choice(givens), rng.choice(families), None
        birth = date(rng.randint(1972, 2002), rng.randint(1, 12), rng.randint(1, 28))
        arrival = today - timedelta(days=rng.randint(30, 7 * 365))
        level = rng.choice(["bac", "bac", "master", "dec_tech", "phd", "dep"])
        ascii_slug = ".".join(fold(f"{given.split()[0]} {family.split()[0]}").split()) or "candidat"
        c = Candidate(
            given_names=given,
            family_name=family,
            name_original_script=original,
            date_of_birth=birth.isoformat(),
            gender=rng.choice(["woman", "man", "woman", "man", "undisclosed"]),
            email=f"{ascii_slug}{n}@exemple.ca" if rng.random() < 0.9 else None,
            phone=f"+1514555{n % 100:04d}" if rng.random() < 0.8 else f"+1450555{n % 100:04d}",
            preferred_language=rng.choice(["fr", "fr", "en"]),
            languages_spoken=list(langs),
            country_of_birth=country,
            citizenships=[country],
            arrival_date_canada=arrival.isoformat()
            if rng.random() < 0.8
            else arrival.isoformat()[:7],
            immigration_status=rng.choice(_STATUSES),
            work_authorization=rng.choice(["unrestricted", "unrestricted", "permit", "pending"]),
            employment_status=rng.choice(
                ["unemployed", "underemployed", "underemployed", "in_francization", "studying"]
            ),
            available_from=rng.choice(["immediately", (today + timedelta(days=30)).isoformat()]),
            work_regime=rng.choice(["full_time", "full_time", "part_time"]),
            driving_licences=rng.choice([["qc_5"], ["foreign"], ["none"], []]),
            referral_source=rng.choice(
                ["salon", "mifi", "services_quebec", "word_of_mouth", "social_media"]
            ),
            event=event,
        )
        c.address.city = rng.choice(["Laval", "Laval", "Montréal", "Longueuil"])
        c.address.province = "QC"
        c.diplomas = [
            Diploma(
                title=_DIPLOMA_TITLES.get(level, "Diplôme"),
                field_of_study=rng.choice(_FIELDS),
                level=level,
                country=country if rng.random() < 0.85 else "CA",
                province=None,
                year_obtained=rng.randint(1995, today.year - 1),
                completed=rng.random() < 0.92,
                comparative_evaluation=rng.choice(["not_requested", "requested", "received"]),
            )
        ]
        if c.diplomas[0].country == "CA":
            c.diplomas[0].province = rng.choice(["QC", "QC", "ON"])
        targets = rng.sample(_TARGETS, rng.randint(1, 2))
        c.target_occupations = [TargetOccupation(noc_code=code) for code in targets]
        c.experiences = [
            Experience(
                job_title="Ingénieur·e" if targets[0].startswith("213") else "Analyste",
                employer_name="Entreprise d'origine",
                noc_code=targets[0],
                country=country,
                start=f"{rng.randint(2008, 2016)}-{rng.randint(1, 12):02d}",
                end=f"{rng.randint(2017, 2020)}-{rng.randint(1, 12):02d}",
                hours_per_week=40,
                in_field=True,
                employment_type="employee",
            )
        ]
        if rng.random() < 0.3:
            c.experiences.append(
                Experience(
                    job_title="Préposé·e",
                    employer_name="Entrepôt Laval",
                    country="CA",
                    province="QC",
                    start=(today - timedelta(days=rng.randint(60, 500))).isoformat()[:7],
                    end=None,
                    hours_per_week=rng.choice([20, 35, 40]),
                    in_field=rng.choice([False, False, True, None]),
                    employment_type="employee",
                )
            )
        c.language_levels = [
            LanguageLevel(
                language="fr",
                skill="overall",
                stage=rng.choice(["beginner", "intermediate", "advanced", "native"]),
            ),
            LanguageLevel(
                language="en",
                skill="overall",
                stage=rng.choice(["beginner", "intermediate", "advanced"]),
            ),
        ]
        granted_at = datetime.combine(today, datetime.min.time(), UTC) - timedelta(
            days=rng.randint(0, 60)
        )
        c.consents = [
            Consent(
                purpose="intake",
                granted=True,
                granted_at=granted_at,
                method="ticked",
                notice_version=NOTICE_VERSION,
            ),
            Consent(
                purpose="share_employers",
                granted=rng.random() < 0.7,
                granted_at=granted_at,
                method="ticked",
                notice_version=NOTICE_VERSION,
            ),
            Consent(
                purpose="newsletter",
                granted=rng.random() < 0.3,
                granted_at=granted_at,
                method="ticked",
                notice_version=NOTICE_VERSION,
            ),
        ]
        for k in c.consents:
            if not k.granted:
                k.granted_at = None
        out.append(c)
    return out
