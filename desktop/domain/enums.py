"""The programme's enumerations, with their fixed interchange codes and French/English labels.

Codes are the public contract of the candidate JSON Lines format (DESIGN.md §3): never rename one.
Labels follow domain.md §a; French first, inclusive writing as the OQLF recommends.
"""

from __future__ import annotations

from enum import StrEnum


class Gender(StrEnum):
    WOMAN = "woman"
    MAN = "man"
    NON_BINARY = "non_binary"
    OTHER = "other"
    UNDISCLOSED = "undisclosed"


class Language(StrEnum):
    FR = "fr"
    EN = "en"


class ImmigrationStatus(StrEnum):
    CITIZEN = "citizen"
    PR = "pr"
    PROTECTED_PERSON = "protected_person"
    ASYLUM_CLAIMANT = "asylum_claimant"
    WP_CLOSED = "wp_closed"
    WP_OPEN = "wp_open"
    WP_PGWP = "wp_pgwp"
    WP_SPOUSE = "wp_spouse"
    STUDENT = "student"
    VISITOR_OTHER = "visitor_other"
    UNKNOWN = "unknown"


class WorkAuthorization(StrEnum):
    UNRESTRICTED = "unrestricted"
    PERMIT = "permit"
    PENDING = "pending"
    NO = "no"


class EmploymentStatus(StrEnum):
    UNEMPLOYED = "unemployed"
    UNDEREMPLOYED = "underemployed"
    EMPLOYED_IN_FIELD = "employed_in_field"
    STUDYING = "studying"
    IN_FRANCIZATION = "in_francization"


class DiplomaLevel(StrEnum):
    NONE = "none"
    DES = "des"
    DEP = "dep"
    DEC_PRE = "dec_pre"
    DEC_TECH = "dec_tech"
    BAC = "bac"
    MASTER = "master"
    PHD = "phd"

    @property
    def rank(self) -> int:
        return list(DiplomaLevel).index(self)


class ComparativeEvaluation(StrEnum):
    NOT_REQUESTED = "not_requested"
    REQUESTED = "requested"
    RECEIVED = "received"
    NOT_NEEDED = "not_needed"


class EmploymentType(StrEnum):
    EMPLOYEE = "employee"
    SELF_EMPLOYED = "self_employed"
    INTERNSHIP = "internship"
    VOLUNTEER = "volunteer"


class LanguageSkill(StrEnum):
    OVERALL = "overall"
    LISTENING = "listening"
    SPEAKING = "speaking"
    READING = "reading"
    WRITING = "writing"


class LanguageStage(StrEnum):
    BEGINNER = "beginner"
    INTERMEDIATE = "intermediate"
    ADVANCED = "advanced"
    NATIVE = "native"


class LanguageScale(StrEnum):
    NCLC = "nclc"
    CLB = "clb"
    ECHELLE_QC = "echelle_qc"
    CEFR = "cefr"
    SELF = "self"


class LanguageSource(StrEnum):
    SELF_DECLARED = "self_declared"
    STAFF_ESTIMATE = "staff_estimate"
    TEST = "test"


class WorkRegime(StrEnum):
    FULL_TIME = "full_time"
    PART_TIME = "part_time"


class DrivingLicence(StrEnum):
    NONE = "none"
    FOREIGN = "foreign"
    QC_1 = "qc_1"
    QC_2 = "qc_2"
    QC_3 = "qc_3"
    QC_4 = "qc_4"
    QC_5 = "qc_5"
    QC_6 = "qc_6"
    LEARNER = "learner"


class ConsentPurpose(StrEnum):
    INTAKE = "intake"
    SHARE_EMPLOYERS = "share_employers"
    SHARE_SERVICES_QUEBEC = "share_services_quebec"
    SHARE_PARTNERS = "share_partners"
    RETENTION_FOLLOWUP = "retention_followup"
    NEWSLETTER = "newsletter"
    RESEARCH_CONTACT = "research_contact"
    SENSITIVE_SELF_ID = "sensitive_self_id"


class ConsentMethod(StrEnum):
    TICKED = "ticked"
    SIGNATURE = "signature"
    VERBAL_ATTESTED = "verbal_attested"


class ReferralSource(StrEnum):
    SALON = "salon"
    PERSPECTIVE_CARRIERE = "perspective_carriere"
    SERVICES_QUEBEC = "services_quebec"
    MIFI = "mifi"
    COMMUNITY_ORG = "community_org"
    WORD_OF_MOUTH = "word_of_mouth"
    SOCIAL_MEDIA = "social_media"
    OTHER = "other"


class Outcome(StrEnum):
    """Result of one eligibility rule, and the suggested overall outcome."""

    PASS = "pass"
    REVIEW = "review"
    FAIL = "fail"


class Decision(StrEnum):
    ADMITTED = "admitted"
    REFUSED = "refused"


class RegulationStatus(StrEnum):
    NOT_STARTED = "not_started"
    EQUIVALENCE_REQUESTED = "equivalence_requested"
    PARTIAL = "partial"
    TEMPORARY_PERMIT = "temporary_permit"
    LICENSED = "licensed"
    REFUSED = "refused"


class Role(StrEnum):
    INTAKE = "intake"
    COORDINATOR = "coordinator"
    ADMIN = "admin"


_LABELS: dict[str, tuple[str, str]] = {
    # Gender
    "Gender.woman": ("Femme", "Woman"),
    "Gender.man": ("Homme", "Man"),
    "Gender.non_binary": ("Non binaire", "Non-binary"),
    "Gender.other": ("Autre", "Other"),
    "Gender.undisclosed": ("Préfère ne pas répondre", "Prefer not to say"),
    "Language.fr": ("Français", "French"),
    "Language.en": ("Anglais", "English"),
    # Immigration status
    "ImmigrationStatus.citizen": ("Citoyen·ne canadien·ne", "Canadian citizen"),
    "ImmigrationStatus.pr": ("Résident·e permanent·e", "Permanent resident"),
    "ImmigrationStatus.protected_person": (
        "Personne protégée (réfugié·e reconnu·e)",
        "Protected person / convention refugee",
    ),
    "ImmigrationStatus.asylum_claimant": ("Demandeur·euse d'asile", "Refugee claimant"),
    "ImmigrationStatus.wp_closed": (
        "Permis de travail fermé (lié à un employeur)",
        "Employer-specific work permit",
    ),
    "ImmigrationStatus.wp_open": ("Permis de travail ouvert", "Open work permit"),
    "ImmigrationStatus.wp_pgwp": (
        "Permis de travail postdiplôme (PTPD)",
        "Post-graduation work permit (PGWP)",
    ),
    "ImmigrationStatus.wp_spouse": ("Permis ouvert de conjoint·e", "Spousal open work permit"),
    "ImmigrationStatus.student": (
        "Étudiant·e étranger·ère (permis d'études)",
        "International student (study permit)",
    ),
    "ImmigrationStatus.visitor_other": ("Visiteur ou autre statut", "Visitor or other"),
    "ImmigrationStatus.unknown": (
        "Ne sait pas / préfère ne pas répondre",
        "Don't know / prefer not to say",
    ),
    # Work authorisation
    "WorkAuthorization.unrestricted": ("Oui, sans restriction", "Yes, unrestricted"),
    "WorkAuthorization.permit": ("Oui, avec permis", "Yes, with a permit"),
    "WorkAuthorization.pending": ("En attente", "Pending"),
    "WorkAuthorization.no": ("Non", "No"),
    # Employment status
    "EmploymentStatus.unemployed": ("Sans emploi", "Unemployed"),
    "EmploymentStatus.underemployed": (
        "En emploi hors domaine (sous-emploi)",
        "Employed outside field (underemployed)",
    ),
    "EmploymentStatus.employed_in_field": ("En emploi dans le domaine", "Employed in field"),
    "EmploymentStatus.studying": ("Aux études", "Studying"),
    "EmploymentStatus.in_francization": ("En francisation", "In French courses"),
    # Diploma level
    "DiplomaLevel.none": ("Aucun diplôme / primaire", "No diploma / primary"),
    "DiplomaLevel.des": ("Secondaire (DES)", "Secondary school diploma"),
    "DiplomaLevel.dep": ("Formation professionnelle (DEP, ASP)", "Vocational diploma (DEP/ASP)"),
    "DiplomaLevel.dec_pre": ("Collégial préuniversitaire (DEC)", "Pre-university college (DEC)"),
    "DiplomaLevel.dec_tech": (
        "Collégial technique (DEC technique, AEC)",
        "Technical college (DEC/AEC)",
    ),
    "DiplomaLevel.bac": (
        "Universitaire 1er cycle (baccalauréat, certificat)",
        "Bachelor's / undergraduate certificate",
    ),
    "DiplomaLevel.master": (
        "Universitaire 2e cycle (maîtrise, DESS)",
        "Master's / graduate diploma",
    ),
    "DiplomaLevel.phd": ("Universitaire 3e cycle (doctorat)", "Doctorate"),
    # Comparative evaluation
    "ComparativeEvaluation.not_requested": ("Non demandée", "Not requested"),
    "ComparativeEvaluation.requested": ("Demandée", "Requested"),
    "ComparativeEvaluation.received": ("Reçue", "Received"),
    "ComparativeEvaluation.not_needed": ("Non requise", "Not needed"),
    # Employment type
    "EmploymentType.employee": ("Salarié·e", "Employee"),
    "EmploymentType.self_employed": ("Travail autonome", "Self-employed"),
    "EmploymentType.internship": ("Stage", "Internship"),
    "EmploymentType.volunteer": ("Bénévolat", "Volunteer"),
    # Language skills, stages, scales, sources
    "LanguageSkill.overall": ("Global", "Overall"),
    "LanguageSkill.listening": ("Compréhension de l'oral", "Listening"),
    "LanguageSkill.speaking": ("Expression orale", "Speaking"),
    "LanguageSkill.reading": ("Compréhension de l'écrit", "Reading"),
    "LanguageSkill.writing": ("Expression écrite", "Writing"),
    "LanguageStage.beginner": ("Débutant", "Beginner"),
    "LanguageStage.intermediate": ("Intermédiaire", "Intermediate"),
    "LanguageStage.advanced": ("Avancé", "Advanced"),
    "LanguageStage.native": ("Langue maternelle", "Native"),
    "LanguageScale.nclc": ("NCLC", "NCLC"),
    "LanguageScale.clb": ("CLB", "CLB"),
    "LanguageScale.echelle_qc": ("Échelle québécoise", "Quebec scale"),
    "LanguageScale.cefr": ("CECR", "CEFR"),
    "LanguageScale.self": ("Autoévaluation", "Self-assessment"),
    "LanguageSource.self_declared": ("Autodéclaré", "Self-declared"),
    "LanguageSource.staff_estimate": ("Estimation du personnel", "Staff estimate"),
    "LanguageSource.test": ("Test", "Test"),
    # Availability
    "WorkRegime.full_time": ("Temps plein", "Full-time"),
    "WorkRegime.part_time": ("Temps partiel", "Part-time"),
    "DrivingLicence.none": ("Aucun", "None"),
    "DrivingLicence.foreign": ("Permis étranger valide", "Valid foreign licence"),
    "DrivingLicence.qc_1": ("Québec classe 1 (train routier)", "Quebec class 1 (tractor-trailer)"),
    "DrivingLicence.qc_2": ("Québec classe 2 (autobus)", "Quebec class 2 (bus)"),
    "DrivingLicence.qc_3": ("Québec classe 3 (camion porteur)", "Quebec class 3 (straight truck)"),
    "DrivingLicence.qc_4": (
        "Québec classe 4 (urgence, minibus, taxi)",
        "Quebec class 4 (emergency, minibus, taxi)",
    ),
    "DrivingLicence.qc_5": ("Québec classe 5 (automobile)", "Quebec class 5 (car)"),
    "DrivingLicence.qc_6": ("Québec classe 6 (moto)", "Quebec class 6 (motorcycle)"),
    "DrivingLicence.learner": ("Permis d'apprenti", "Learner's licence"),
    # Consent purposes
    "ConsentPurpose.intake": (
        "Admission et services du programme",
        "Admission and programme services",
    ),
    "ConsentPurpose.share_employers": (
        "Transmettre mon profil aux entreprises partenaires",
        "Send my profile to partner companies",
    ),
    "ConsentPurpose.share_services_quebec": (
        "Communiquer avec Services Québec (PRIIME, référence)",
        "Share with Services Québec (PRIIME, referral)",
    ),
    "ConsentPurpose.share_partners": (
        "Communiquer avec les partenaires (Perspective Carrière, formation, francisation)",
        "Share with partners (Perspective Carrière, training, French courses)",
    ),
    "ConsentPurpose.retention_followup": (
        "Suivi en emploi avec l'employeur après l'embauche",
        "Follow-up with the employer after hiring",
    ),
    "ConsentPurpose.newsletter": (
        "Recevoir les invitations et nouvelles du programme",
        "Receive the programme's invitations and news",
    ),
    "ConsentPurpose.research_contact": (
        "Être contacté·e pour une recherche ou un sondage",
        "Be contacted for research or a survey",
    ),
    "ConsentPurpose.sensitive_self_id": (
        "Auto-identification comme membre d'une minorité visible",
        "Self-identification as a visible minority",
    ),
    "ConsentMethod.ticked": ("Case cochée par la personne", "Ticked by the person"),
    "ConsentMethod.signature": ("Signature", "Signature"),
    "ConsentMethod.verbal_attested": (
        "Verbal, confirmé par le personnel",
        "Verbal, attested by staff",
    ),
    # Referral
    "ReferralSource.salon": ("Salon", "Fair"),
    "ReferralSource.perspective_carriere": ("Perspective Carrière", "Perspective Carrière"),
    "ReferralSource.services_quebec": ("Services Québec", "Services Québec"),
    "ReferralSource.mifi": ("MIFI / Accompagnement Québec", "MIFI / Accompagnement Québec"),
    "ReferralSource.community_org": ("Organisme communautaire", "Community organization"),
    "ReferralSource.word_of_mouth": ("Bouche-à-oreille", "Word of mouth"),
    "ReferralSource.social_media": ("Médias sociaux", "Social media"),
    "ReferralSource.other": ("Autre", "Other"),
    # Outcomes and decisions
    "Outcome.pass": ("Admissible (suggéré)", "Suggested eligible"),
    "Outcome.review": ("À vérifier", "Needs review"),
    "Outcome.fail": ("Non admissible (suggéré)", "Suggested not eligible"),
    "Decision.admitted": ("Admis·e", "Admitted"),
    "Decision.refused": ("Refusé·e", "Refused"),
    "RegulationStatus.not_started": ("Aucune démarche", "Not started"),
    "RegulationStatus.equivalence_requested": (
        "Demande d'équivalence déposée",
        "Equivalence requested",
    ),
    "RegulationStatus.partial": (
        "Équivalence partielle (formation, stage ou examen prescrits)",
        "Partial (training, internship or exam prescribed)",
    ),
    "RegulationStatus.temporary_permit": (
        "Permis restrictif temporaire",
        "Temporary restrictive permit",
    ),
    "RegulationStatus.licensed": ("Permis obtenu", "Licensed"),
    "RegulationStatus.refused": ("Refusée", "Refused"),
    "Role.intake": ("Accueil", "Intake staff"),
    "Role.coordinator": ("Coordination", "Coordinator"),
    "Role.admin": ("Administration", "Administrator"),
}


def register_labels(labels: dict[str, tuple[str, str]]) -> None:
    """Add the labels of enumerations defined elsewhere (keys "ClassName.code"); unique keys."""
    _LABELS.update(labels)


def label(member: StrEnum, lang: str = "fr") -> str:
    """The member's label in French (default) or English; the code itself if none is defined."""
    pair = _LABELS.get(f"{type(member).__name__}.{member.value}")
    if pair is None:
        return member.value
    return pair[1] if lang == "en" else pair[0]


def choices(enum: type[StrEnum], lang: str = "fr") -> list[tuple[str, str]]:
    """(code, label) pairs in declaration order, for pickers and printed legends."""
    return [(m.value, label(m, lang)) for m in enum]


SENSITIVE_FIELDS: frozenset[str] = frozenset(
    {"immigration_status", "work_authorization", "permit_expiry", "arrival_date_canada"}
)
"""Fields with a high expectation of privacy (Law 25 s. 12): restricted roles, never in employer exports."""
