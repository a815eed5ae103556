"""The coordinator workspace as plain data: companies, openings, introductions, hires, subsidies.

These are the programme's outcome entities (domain.md §a.11, §b.3): an employer and its contacts,
its job openings, a candidate introduced to it, the resulting placement, the wage-subsidy file of
that placement and its retention follow-ups. Enumerated values are kept as string codes (like the
candidate model) with French/English labels registered on `desktop.domain.enums.label`. Money is
integer cents; hours are `Decimal` (two decimals); dates are `datetime.date`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum

from desktop.domain.candidate import new_id
from desktop.domain.enums import register_labels


class Sector(StrEnum):
    """NAICS (SCIAN) 2022 sectors, by their two-digit code (ranges as NAICS writes them)."""

    AGRICULTURE = "11"
    MINING = "21"
    UTILITIES = "22"
    CONSTRUCTION = "23"
    MANUFACTURING = "31-33"
    WHOLESALE = "41"
    RETAIL = "44-45"
    TRANSPORTATION = "48-49"
    INFORMATION = "51"
    FINANCE = "52"
    REAL_ESTATE = "53"
    PROFESSIONAL = "54"
    MANAGEMENT = "55"
    ADMINISTRATIVE = "56"
    EDUCATION = "61"
    HEALTH = "62"
    ARTS = "71"
    ACCOMMODATION = "72"
    OTHER_SERVICES = "81"
    PUBLIC_ADMINISTRATION = "91"


class CompanySize(StrEnum):
    S1_9 = "1-9"
    S10_49 = "10-49"
    S50_99 = "50-99"
    S100_499 = "100-499"
    S500_PLUS = "500+"


class HrSupport(StrEnum):
    """Where the programme stands in helping the company with HR tools and practices."""

    NONE = "none"
    OFFERED = "offered"
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"


class LanguageRequirement(StrEnum):
    NONE = "none"
    BASIC = "basic"
    INTERMEDIATE = "intermediate"
    ADVANCED = "advanced"

    @property
    def rank(self) -> int:
        return list(LanguageRequirement).index(self)


class OpeningStatus(StrEnum):
    OPEN = "open"
    FILLED = "filled"
    CLOSED = "closed"


class DossierVariantSent(StrEnum):
    """The dossier variant sent with an introduction (codes of `desktop.pdf.dossier.Variant`)."""

    ANONYMIZED = "anonymized"
    FULL = "full"


class IntroductionOutcome(StrEnum):
    PROPOSED = "proposed"
    INTERVIEW = "interview"
    HIRED = "hired"
    DECLINED = "declined"
    WITHDRAWN = "withdrawn"


class DeclineReason(StrEnum):
    PROFILE_MISMATCH = "profile_mismatch"
    LANGUAGE = "language"
    POSITION_FILLED = "position_filled"
    NO_RESPONSE = "no_response"
    CANDIDATE_DECLINED = "candidate_declined"
    OTHER = "other"


class SubsidyProgramme(StrEnum):
    PRIIME = "priime"
    IPOP = "ipop"
    OTHER = "other"


class SubsidyStatus(StrEnum):
    DRAFTED = "drafted"
    SUBMITTED = "submitted"
    APPROVED = "approved"
    REFUSED = "refused"
    COMPLETED = "completed"


# The status workflow of a subsidy file: a step back is allowed to correct a mistaken click.
SUBSIDY_TRANSITIONS: dict[str, frozenset[str]] = {
    SubsidyStatus.DRAFTED: frozenset({SubsidyStatus.SUBMITTED}),
    SubsidyStatus.SUBMITTED: frozenset(
        {SubsidyStatus.APPROVED, SubsidyStatus.REFUSED, SubsidyStatus.DRAFTED}
    ),
    SubsidyStatus.APPROVED: frozenset({SubsidyStatus.COMPLETED, SubsidyStatus.SUBMITTED}),
    SubsidyStatus.REFUSED: frozenset({SubsidyStatus.SUBMITTED}),
    SubsidyStatus.COMPLETED: frozenset({SubsidyStatus.APPROVED}),
}


class SupportMeasure(StrEnum):
    ACCOMPANIMENT = "accompaniment"
    BRIDGING_TRAINING = "bridging_training"
    WORKPLACE_FRANCIZATION = "workplace_francization"
    HR_TOOLS = "hr_tools"


DEFAULT_FOLLOWUP_MONTHS: tuple[int, ...] = (1, 3, 6, 12)


@dataclass
class EmployerContact:
    id: str = field(default_factory=new_id)
    name: str | None = None
    title: str | None = None
    email: str | None = None
    phone: str | None = None
    is_primary: bool = False


@dataclass
class Employer:
    id: str = field(default_factory=new_id)
    legal_name: str | None = None
    neq: str | None = None  # Quebec enterprise number: 10 digits
    sector: str | None = None  # Sector code
    size: str | None = None  # CompanySize code
    address: str | None = None
    city: str | None = None
    postal_code: str | None = None
    website: str | None = None
    notes: str | None = None
    diversity_training_on: date | None = None
    hr_support: str | None = None  # HrSupport code
    supported_since: date | None = None
    contacts: list[EmployerContact] = field(default_factory=list)
    created_at: datetime | None = None
    updated_at: datetime | None = None


@dataclass
class JobOpening:
    id: str = field(default_factory=new_id)
    employer_id: str = ""
    title: str | None = None
    noc_code: str | None = None
    education_level: str | None = None  # DiplomaLevel code: the minimum required
    requirements: str | None = None
    french_level_required: str = LanguageRequirement.NONE.value
    english_level_required: str = LanguageRequirement.NONE.value
    non_french_justification: str | None = None
    driving_licence_required: bool = False
    hours_per_week: Decimal | None = None
    hourly_wage_cents: int | None = None
    priime_eligible: bool = False
    status: str = OpeningStatus.OPEN.value
    opened_on: date | None = None
    closes_on: date | None = None


@dataclass
class Introduction:
    id: str = field(default_factory=new_id)
    candidate_id: str = ""
    employer_id: str = ""
    opening_id: str | None = None
    introduced_on: date | None = None
    dossier_variant: str = DossierVariantSent.ANONYMIZED.value
    outcome: str = IntroductionOutcome.PROPOSED.value
    outcome_on: date | None = None
    decline_reason: str | None = None  # DeclineReason code
    decline_details: str | None = None
    notes: str | None = None
    staff_id: str | None = None


@dataclass
class Placement:
    id: str = field(default_factory=new_id)
    candidate_id: str = ""
    employer_id: str = ""
    opening_id: str | None = None
    introduction_id: str | None = None
    job_title: str | None = None
    noc_code: str | None = None
    start_date: date | None = None
    end_date: date | None = None
    hours_per_week: Decimal | None = None
    hourly_wage_cents: int | None = None
    in_field: bool = True
    francization_at_work: bool = False
    francization_notes: str | None = None


@dataclass
class SubsidyFile:
    id: str = field(default_factory=new_id)
    placement_id: str = ""
    programme: str = SubsidyProgramme.PRIIME.value
    status: str = SubsidyStatus.DRAFTED.value
    letter_reference: str | None = None
    letter_date: date | None = None
    sq_office: str | None = None
    planned_weeks: int | None = None
    max_hourly_subsidy_cents: int | None = None  # computed by the service, never typed
    support_measures: list[str] = field(default_factory=list)  # SupportMeasure codes
    mentor_name: str | None = None
    submitted_on: date | None = None
    decided_on: date | None = None


@dataclass
class FollowUp:
    id: str = field(default_factory=new_id)
    placement_id: str = ""
    due_on: date | None = None
    done_on: date | None = None
    still_employed: bool | None = None
    francization_ok: bool | None = None
    outcome_notes: str | None = None
    staff_id: str | None = None


register_labels(
    {
        "Sector.11": ("Agriculture, foresterie, pêche et chasse", "Agriculture, forestry, fishing"),
        "Sector.21": ("Extraction minière, pétrole et gaz", "Mining, oil and gas extraction"),
        "Sector.22": ("Services publics", "Utilities"),
        "Sector.23": ("Construction", "Construction"),
        "Sector.31-33": ("Fabrication", "Manufacturing"),
        "Sector.41": ("Commerce de gros", "Wholesale trade"),
        "Sector.44-45": ("Commerce de détail", "Retail trade"),
        "Sector.48-49": ("Transport et entreposage", "Transportation and warehousing"),
        "Sector.51": ("Industrie de l'information et culturelle", "Information and culture"),
        "Sector.52": ("Finance et assurances", "Finance and insurance"),
        "Sector.53": ("Services immobiliers et de location", "Real estate and rental"),
        "Sector.54": (
            "Services professionnels, scientifiques et techniques",
            "Professional, scientific and technical services",
        ),
        "Sector.55": ("Gestion de sociétés et d'entreprises", "Management of companies"),
        "Sector.56": (
            "Services administratifs et de soutien",
            "Administrative and support services",
        ),
        "Sector.61": ("Services d'enseignement", "Educational services"),
        "Sector.62": ("Soins de santé et assistance sociale", "Health care and social assistance"),
        "Sector.71": ("Arts, spectacles et loisirs", "Arts, entertainment and recreation"),
        "Sector.72": ("Hébergement et restauration", "Accommodation and food services"),
        "Sector.81": ("Autres services", "Other services"),
        "Sector.91": ("Administrations publiques", "Public administration"),
        "CompanySize.1-9": ("1 à 9 employés", "1–9 employees"),
        "CompanySize.10-49": ("10 à 49 employés", "10–49 employees"),
        "CompanySize.50-99": ("50 à 99 employés", "50–99 employees"),
        "CompanySize.100-499": ("100 à 499 employés", "100–499 employees"),
        "CompanySize.500+": ("500 employés et plus", "500 employees or more"),
        "HrSupport.none": ("Aucun", "None"),
        "HrSupport.offered": ("Offert", "Offered"),
        "HrSupport.in_progress": ("En cours", "In progress"),
        "HrSupport.completed": ("Terminé", "Completed"),
        "LanguageRequirement.none": ("Non exigé", "Not required"),
        "LanguageRequirement.basic": ("De base", "Basic"),
        "LanguageRequirement.intermediate": ("Intermédiaire", "Intermediate"),
        "LanguageRequirement.advanced": ("Avancé", "Advanced"),
        "OpeningStatus.open": ("Ouvert", "Open"),
        "OpeningStatus.filled": ("Pourvu", "Filled"),
        "OpeningStatus.closed": ("Fermé", "Closed"),
        "DossierVariantSent.anonymized": ("Profil anonymisé", "Anonymized profile"),
        "DossierVariantSent.full": ("Dossier complet", "Full dossier"),
        "IntroductionOutcome.proposed": ("Présentée", "Introduced"),
        "IntroductionOutcome.interview": ("Entrevue", "Interview"),
        "IntroductionOutcome.hired": ("Embauchée", "Hired"),
        "IntroductionOutcome.declined": ("Refusée", "Declined"),
        "IntroductionOutcome.withdrawn": ("Retirée", "Withdrawn"),
        "DeclineReason.profile_mismatch": ("Profil ne correspond pas", "Profile does not match"),
        "DeclineReason.language": ("Exigence linguistique", "Language requirement"),
        "DeclineReason.position_filled": ("Poste déjà pourvu", "Position already filled"),
        "DeclineReason.no_response": ("Aucune réponse de l'entreprise", "No answer from company"),
        "DeclineReason.candidate_declined": (
            "La personne candidate a décliné",
            "The candidate declined",
        ),
        "DeclineReason.other": ("Autre raison", "Other reason"),
        "SubsidyProgramme.priime": ("PRIIME", "PRIIME"),
        "SubsidyProgramme.ipop": ("IPOP", "IPOP"),
        "SubsidyProgramme.other": ("Subvention salariale (autre)", "Wage subsidy (other)"),
        "SubsidyStatus.drafted": ("Préparé", "Drafted"),
        "SubsidyStatus.submitted": ("Déposé", "Submitted"),
        "SubsidyStatus.approved": ("Accepté", "Approved"),
        "SubsidyStatus.refused": ("Refusé", "Refused"),
        "SubsidyStatus.completed": ("Terminé", "Completed"),
        "SupportMeasure.accompaniment": ("Accompagnement", "Accompaniment"),
        "SupportMeasure.bridging_training": ("Formation d'appoint", "Bridging training"),
        "SupportMeasure.workplace_francization": (
            "Francisation en milieu de travail",
            "Workplace French courses",
        ),
        "SupportMeasure.hr_tools": ("Outils de gestion des RH", "HR management tools"),
    }
)
