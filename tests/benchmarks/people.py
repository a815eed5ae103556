"""Many realistic, fictional candidates for benchmarks: the demo generator with a far larger pool.

`desktop.services.demo_data.demo_candidates` draws from about 80 given and 70 family names, which
at 100 000 candidates would make every name a thousand-fold duplicate and make phones (100 of them)
meaningless. Here each candidate keeps the demo's profile (diplomas, experiences, consents...) but
gets a name from a pool of 30 countries, an e-mail derived from it and a phone in Quebec area codes
(555 exchange, fictional) or, for recent arrivals, the country of origin.
"""

from __future__ import annotations

import random
from datetime import date

from desktop.domain.candidate import Candidate, EventRef
from desktop.domain.names import fold
from desktop.domain.phones import normalize_phone
from desktop.services.demo_data import demo_candidates

TODAY = date(2026, 11, 24)

# country: (languages, given names, family names)
EXTRA: dict[str, tuple[list[str], list[str], list[str]]] = {
    "MA": (
        ["ar", "fr"],
        ["Hamza", "Imane", "Othmane", "Meryem", "Zakaria", "Hajar", "Ayoub"],
        ["Bennani", "Chraibi", "El Idrissi", "Berrada", "Fassi Fihri", "Lahlou", "Naciri"],
    ),
    "DZ": (
        ["ar", "fr"],
        ["Rachid", "Lynda", "Walid", "Souad", "Riad", "Meriem"],
        ["Mansouri", "Bouzid", "Hamidi", "Benmoussa", "Ait Ahmed", "Cherif"],
    ),
    "TN": (
        ["ar", "fr"],
        ["Sami", "Rim", "Anis", "Ines", "Mourad"],
        ["Gharbi", "Mejri", "Ayari", "Ben Youssef", "Chaabane"],
    ),
    "LB": (
        ["ar", "fr"],
        ["Elie", "Nour", "Karim", "Rita", "Joëlle"],
        ["Abi Nader", "Haddad", "Frem", "Sfeir", "Aoun"],
    ),
    "SY": (
        ["ar"],
        ["Ahmad", "Rana", "Bassel", "Dima", "Majd"],
        ["Al-Hussein", "Darwish", "Kassab", "Mahmoud", "Shami"],
    ),
    "CO": (
        ["es"],
        ["Camilo", "Daniela", "Santiago", "Natalia", "Juan Sebastián", "Laura"],
        ["Gómez Ríos", "Cárdenas", "Ospina", "Vargas Peña", "Restrepo", "Zuluaga"],
    ),
    "PE": (
        ["es"],
        ["Héctor", "Milagros", "César Augusto", "Yesenia"],
        ["Mamani", "Condori", "Flores Huamán", "Chávez"],
    ),
    "MX": (
        ["es"],
        ["Ximena", "Emiliano", "Itzel", "Jesús", "Fernanda"],
        ["Ramírez", "Cruz Ortega", "Domínguez", "Navarro", "Gutiérrez"],
    ),
    "VE": (
        ["es"],
        ["Yorman", "Mariángel", "Luis Eduardo", "Génesis"],
        ["Pérez Briceño", "Rondón", "Guzmán", "Colmenares"],
    ),
    "HT": (
        ["fr", "ht"],
        ["Jean-Baptiste", "Roselaure", "Wilner", "Nadège", "Fritz", "Mirlande"],
        ["Jean-Louis", "Desrosiers", "Étienne", "Charles", "Augustin", "Lafontant"],
    ),
    "CM": (
        ["fr", "en"],
        ["Brice", "Christelle", "Hervé", "Sandrine"],
        ["Ngono", "Fotso", "Kamga", "Essomba"],
    ),
    "CI": (
        ["fr"],
        ["Yao", "Adjoua", "Sékou", "Fatoumata"],
        ["Konan", "Ouattara", "Coulibaly", "N'Guessan"],
    ),
    "SN": (
        ["fr", "wo"],
        ["Mamadou", "Fatou", "Ibrahima", "Ndeye Awa"],
        ["Sow", "Ba", "Gueye", "Mbaye"],
    ),
    "CD": (
        ["fr", "ln"],
        ["Patrick", "Grâce", "Christian", "Benedicte"],
        ["Mukendi", "Kabila Mbuyi", "Tshibangu", "Ilunga"],
    ),
    "GN": (["fr"], ["Alpha Oumar", "Mariama", "Thierno"], ["Diallo", "Barry", "Camara"]),
    "VN": (
        ["vi", "en"],
        ["Thị Hương", "Văn Long", "Ngọc Anh", "Đức Minh"],
        ["Lê", "Hoàng", "Võ", "Đặng"],
    ),
    "CN": (
        ["zh", "en"],
        ["Yifan", "Mei", "Hao", "Lijuan", "Tao"],
        ["Liu", "Chen", "Yang", "Huang", "Zhao"],
    ),
    "IN": (
        ["hi", "en"],
        ["Rahul", "Sneha", "Vikram", "Deepika", "Harpreet"],
        ["Singh", "Gupta", "Reddy", "Nair", "Kaur"],
    ),
    "PK": (
        ["ur", "en"],
        ["Usman", "Ayesha", "Bilal", "Sana"],
        ["Khan", "Qureshi", "Malik", "Chaudhry"],
    ),
    "BD": (["bn", "en"], ["Tanvir", "Nusrat", "Rafiq"], ["Rahman", "Hossain", "Islam"]),
    "PH": (
        ["tl", "en"],
        ["Mark Anthony", "Jasmine", "Rodel", "Kristine"],
        ["Bautista", "Villanueva", "Mendoza", "Garcia"],
    ),
    "IR": (
        ["fa", "en"],
        ["Ali", "Maryam", "Mehdi", "Parisa", "Arash"],
        ["Rezaei", "Moradi", "Jafari", "Tehrani", "Sadeghi"],
    ),
    "AF": (["fa", "ps"], ["Mohammad Nabi", "Zahra", "Farid"], ["Rahimi", "Sultani", "Popal"]),
    "TR": (["tr", "en"], ["Emre", "Elif", "Burak", "Zeynep"], ["Yılmaz", "Kaya", "Demir", "Şahin"]),
    "UA": (
        ["uk", "en"],
        ["Andriy", "Oksana", "Yuliia", "Serhiy"],
        ["Melnyk", "Tkachenko", "Kravchenko", "Oliinyk"],
    ),
    "RO": (
        ["ro", "fr"],
        ["Andrei", "Ioana", "Mihai", "Cristina"],
        ["Popescu", "Ionescu", "Dumitrescu", "Stănescu"],
    ),
    "RU": (["ru", "en"], ["Alexeï", "Ekaterina", "Dmitri"], ["Ivanov", "Smirnova", "Kuznetsov"]),
    "FR": (
        ["fr"],
        ["Chloé", "Benoît", "Anaïs", "Jérôme", "Léa", "François"],
        ["Lefebvre", "Moreau", "Fournier", "Lemaître", "Bérubé", "Mercier"],
    ),
    "BR": (
        ["pt", "en"],
        ["Luana", "Thiago", "Gabriela", "Rafael"],
        ["Souza", "Pereira", "Costa", "Almeida"],
    ),
    "BI": (["fr", "rn"], ["Aimé", "Claudine", "Eric"], ["Ndayishimiye", "Niyonzima", "Hakizimana"]),
}
EVENTS = [
    EventRef(code="SALON-2025", name="Salon de l'immigration 2025"),
    EventRef(code="SALON-2026", name="Salon de l'immigration 2026"),
    EventRef(code="LAVAL-EMPLOI-2026", name="Journée emploi Laval 2026"),
    None,
]
_AREA_CODES = ["514", "438", "450", "579", "418", "581", "819", "873", "367", "263", "354"]
# country: (mobile prefix, random digits after it)
_FOREIGN = {
    "MA": ("+2126", 8),
    "DZ": ("+2136", 8),
    "FR": ("+336", 8),
    "CO": ("+573", 9),
    "TN": ("+2162", 7),
}


def _phone(rng: random.Random, country: str) -> str:
    if country in _FOREIGN and rng.random() < 0.08:
        prefix, digits = _FOREIGN[country]
        for _ in range(20):  # not every random number is in a real mobile range
            number = f"{prefix}{rng.randint(10 ** (digits - 1), 10**digits - 1)}"
            try:
                return normalize_phone(number)
            except ValueError:
                continue
    return f"+1{rng.choice(_AREA_CODES)}555{rng.randint(0, 9999):04d}"


def _rename(rng: random.Random, c: Candidate, n: int) -> None:
    country = c.country_of_birth or "FR"
    if rng.random() < 0.25:  # an origin the demo pool lacks, or more of the same country
        country = rng.choice(sorted(EXTRA))
        langs = EXTRA[country][0]
        old = c.country_of_birth
        c.country_of_birth, c.citizenships, c.languages_spoken = country, [country], list(langs)
        for item in (*c.diplomas, *c.experiences):
            if item.country == old:
                item.country = country
    if c.name_original_script is None and country in EXTRA and rng.random() < 0.7:
        _, givens, families = EXTRA[country]
        c.given_names = rng.choice(givens)
        c.family_name = rng.choice(families)
        if rng.random() < 0.15:  # two family names, as in Latin America or Quebec
            c.family_name = f"{c.family_name} {rng.choice(families)}"
    slug = ".".join(fold(f"{c.given_names} {c.family_name}").split()[:2]) or "candidat"
    c.email = f"{slug}{n}@exemple.ca" if c.email else None
    c.phone = _phone(rng, country) if rng.random() < 0.92 else None
    if c.email is None and c.phone is None:
        c.email = f"{slug}{n}@exemple.ca"


def bench_candidates(count: int, seed: int = 2026, start: int = 0) -> list[Candidate]:
    """`count` candidates; the same seed and start give the same people."""
    rng = random.Random(seed * 1_000_003 + start)
    people = demo_candidates(count, seed=seed + start, today=TODAY)
    for offset, c in enumerate(people):
        _rename(rng, c, start + offset)
        c.event = rng.choice(EVENTS)
    return people
