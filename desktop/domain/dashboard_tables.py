"""The programme's figures as titled tables, in French or English: one layout for every output.

The dashboard tab, the XLSX and CSV exports and the PDF summary all draw these tables, so a funder
reading the spreadsheet sees exactly the numbers the coordinator saw on screen. Cells hold numbers
as numbers (a share is a fraction, 0.25 = 25 %); each column says how its cells are written.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from desktop.domain.dashboard import RETENTION_MONTHS, ProgrammeFigures, noc_broad_label
from desktop.domain.formatting import format_date, format_number, format_percent

Cell = str | int | float | None


class Kind(StrEnum):
    TEXT = "text"
    COUNT = "count"
    PERCENT = "percent"
    DAYS = "days"


@dataclass(frozen=True)
class Column:
    header: str
    kind: Kind = Kind.COUNT


@dataclass(frozen=True)
class FigureTable:
    key: str  # stable code: "summary", "funnel", …
    title: str
    sheet: str  # a spreadsheet tab name (≤ 31 characters, none of : \ / ? * [ ])
    columns: tuple[Column, ...]
    rows: tuple[tuple[Cell, ...], ...]


_T: dict[str, tuple[str, str]] = {
    "report.title": ("Tableau de bord du programme", "Programme dashboard"),
    "period.all": ("Toute la période", "All time"),
    "period.from": ("Depuis le {start}", "From {start}"),
    "period.to": ("Jusqu'au {end}", "Until {end}"),
    "period.range": ("Du {start} au {end}", "From {start} to {end}"),
    "event.all": ("Tous les événements", "All events"),
    "summary": ("Résumé", "Summary"),
    "indicator": ("Indicateur", "Indicator"),
    "value": ("Valeur", "Value"),
    "period": ("Période", "Period"),
    "event": ("Événement", "Event"),
    "as_of": ("Résultats en date du", "Results as of"),
    "funnel": ("Parcours des personnes inscrites", "Journey of the people registered"),
    "funnel.sheet": ("Parcours", "Funnel"),
    "stage": ("Étape", "Stage"),
    "people": ("Personnes", "People"),
    "share_registered": ("% des personnes inscrites", "% of people registered"),
    "stage.registered": ("Inscrites", "Registered"),
    "stage.eligible": ("Admissibles selon les règles", "Eligible according to the rules"),
    "stage.review": ("À examiner selon les règles", "To review according to the rules"),
    "stage.admitted": ("Admises (décision)", "Admitted (decision)"),
    "stage.introduced": ("Présentées à une entreprise", "Introduced to a company"),
    "stage.employed": ("En emploi", "Employed"),
    "stage.retained": ("Toujours en emploi après {m} mois", "Still employed after {m} months"),
    "retention": ("Maintien en emploi", "Job retention"),
    "mark": ("Jalon", "Milestone"),
    "months": ("{m} mois", "{m} months"),
    "reached": ("Embauchées depuis au moins ce délai", "Hired at least this long ago"),
    "retained": ("Toujours en emploi", "Still employed"),
    "retention_rate": ("Taux de maintien", "Retention rate"),
    "companies": ("Entreprises soutenues", "Companies supported"),
    "companies.sheet": ("Entreprises", "Companies"),
    "measure": ("Mesure", "Measure"),
    "count": ("Nombre", "Count"),
    "companies.total": ("Entreprises soutenues (total)", "Companies supported (total)"),
    "companies.introduction": (
        "… ayant reçu une présentation de candidature",
        "… that received an introduction",
    ),
    "companies.placement": ("… ayant embauché", "… that hired"),
    "companies.marked": (
        "… dont le soutien a commencé dans la période",
        "… whose support began in the period",
    ),
    "by_noc": ("Embauches par catégorie professionnelle (CNP 2021)", "Hires by NOC 2021 category"),
    "by_noc.sheet": ("Embauches par CNP", "Hires by NOC"),
    "noc_code": ("Code", "Code"),
    "noc_category": ("Grande catégorie professionnelle", "Broad occupational category"),
    "hires": ("Embauches", "Hires"),
    "share_hires": ("% des embauches", "% of hires"),
    "by_event": ("Embauches par événement d'inscription", "Hires by registration event"),
    "by_event.sheet": ("Embauches par événement", "Hires by event"),
    "event_code": ("Code", "Code"),
    "event_name": ("Événement", "Event"),
    "no_event": ("Sans événement", "No event"),
    "total": ("Total", "Total"),
    "time_to_hire": ("Délai entre l'admission et l'embauche", "Time from admission to hire"),
    "time_to_hire.sheet": ("Délai d'embauche", "Time to hire"),
    "days": ("Jours", "Days"),
    "tth.hires": ("Premiers emplois comptés", "First jobs counted"),
    "tth.median": ("Délai médian (jours)", "Median time (days)"),
    "tth.mean": ("Délai moyen (jours)", "Mean time (days)"),
    "tth.before": (
        "Emplois commencés avant la décision (non comptés)",
        "Jobs that began before the decision (not counted)",
    ),
    "kpi.registered": ("Personnes inscrites", "People registered"),
    "kpi.admitted": ("Personnes admises", "People admitted"),
    "kpi.employed": ("Personnes en emploi", "People employed"),
    "kpi.companies": ("Entreprises soutenues", "Companies supported"),
    "kpi.placements": ("Embauches dans la période", "Hires in the period"),
    "kpi.median": (
        "Délai médian de l'admission à l'embauche",
        "Median time from admission to hire",
    ),
    "kpi.days": ("{n}\u00a0jours", "{n}\u00a0days"),
    "not_applicable": ("s. o.", "n/a"),
}


def text(key: str, lang: str = "fr", **params: object) -> str:
    pair = _T[key]
    return (pair[1] if lang == "en" else pair[0]).format(**params)


def period_label(figures: ProgrammeFigures, lang: str = "fr") -> str:
    start, end = figures.filter.date_from, figures.filter.date_to

    def day(d: date) -> str:
        return format_date(d, lang, long=True)

    if start and end:
        return text("period.range", lang, start=day(start), end=day(end))
    if start:
        return text("period.from", lang, start=day(start))
    if end:
        return text("period.to", lang, end=day(end))
    return text("period.all", lang)


def event_label(figures: ProgrammeFigures, lang: str = "fr") -> str:
    if figures.filter.event_id is None:
        return text("event.all", lang)
    name = figures.event_name
    return f"{figures.event_code} — {name}" if name else str(figures.event_code)


def _share(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def funnel_stages(figures: ProgrammeFigures, lang: str = "fr") -> list[tuple[str, int]]:
    """The funnel as drawn by the chart: (label, people), in order."""
    f = figures.funnel
    stages = [
        (text("stage.registered", lang), f.registered),
        (text("stage.eligible", lang), f.eligible),
        (text("stage.admitted", lang), f.admitted),
        (text("stage.introduced", lang), f.introduced),
        (text("stage.employed", lang), f.employed),
    ]
    stages += [(text("stage.retained", lang, m=m), f.retained.get(m, 0)) for m in RETENTION_MONTHS]
    return stages


def figure_tables(figures: ProgrammeFigures, lang: str = "fr") -> list[FigureTable]:
    def t(key: str, **params: object) -> str:
        return text(key, lang, **params)

    total_row: tuple[Cell, ...] = (
        t("total"),
        "",
        figures.placements,
        1.0 if figures.placements else None,
    )
    f, c, tth = figures.funnel, figures.companies, figures.time_to_hire
    summary = FigureTable(
        "summary",
        t("summary"),
        t("summary"),
        (Column(t("indicator"), Kind.TEXT), Column(t("value"), Kind.TEXT)),
        (
            (t("period"), period_label(figures, lang)),
            (t("event"), event_label(figures, lang)),
            (t("as_of"), format_date(figures.as_of, lang, long=True)),
            (t("kpi.registered"), f.registered),
            (t("kpi.admitted"), f.admitted),
            (t("kpi.employed"), f.employed),
            (t("kpi.companies"), c.total),
            (t("kpi.placements"), figures.placements),
            (t("tth.median"), tth.median_days),
        ),
    )
    stages = [
        ("stage.registered", f.registered),
        ("stage.eligible", f.eligible),
        ("stage.review", f.review),
        ("stage.admitted", f.admitted),
        ("stage.introduced", f.introduced),
        ("stage.employed", f.employed),
    ]
    funnel_rows: list[tuple[Cell, ...]] = [
        (t(key), n, _share(n, f.registered)) for key, n in stages
    ]
    funnel_rows += [
        (t("stage.retained", m=m), f.retained.get(m, 0), _share(f.retained.get(m, 0), f.registered))
        for m in RETENTION_MONTHS
    ]
    funnel = FigureTable(
        "funnel",
        t("funnel"),
        t("funnel.sheet"),
        (
            Column(t("stage"), Kind.TEXT),
            Column(t("people")),
            Column(t("share_registered"), Kind.PERCENT),
        ),
        tuple(funnel_rows),
    )
    retention = FigureTable(
        "retention",
        t("retention"),
        t("retention"),
        (
            Column(t("mark"), Kind.TEXT),
            Column(t("reached")),
            Column(t("retained")),
            Column(t("retention_rate"), Kind.PERCENT),
        ),
        tuple(
            (
                t("months", m=m),
                f.reached.get(m, 0),
                f.retained.get(m, 0),
                _share(f.retained.get(m, 0), f.reached.get(m, 0)),
            )
            for m in RETENTION_MONTHS
        ),
    )
    companies = FigureTable(
        "companies",
        t("companies"),
        t("companies.sheet"),
        (Column(t("measure"), Kind.TEXT), Column(t("count"))),
        (
            (t("companies.total"), c.total),
            (t("companies.introduction"), c.with_introduction),
            (t("companies.placement"), c.with_placement),
            (t("companies.marked"), c.marked_supported),
        ),
    )
    by_noc = FigureTable(
        "by_noc",
        t("by_noc"),
        t("by_noc.sheet"),
        (
            Column(t("noc_code"), Kind.TEXT),
            Column(t("noc_category"), Kind.TEXT),
            Column(t("hires")),
            Column(t("share_hires"), Kind.PERCENT),
        ),
        (
            *(
                (
                    n.broad or "—",
                    noc_broad_label(n.broad, lang),
                    n.placements,
                    _share(n.placements, figures.placements),
                )
                for n in figures.by_noc
            ),
            total_row,
        ),
    )
    by_event = FigureTable(
        "by_event",
        t("by_event"),
        t("by_event.sheet"),
        (
            Column(t("event_code"), Kind.TEXT),
            Column(t("event_name"), Kind.TEXT),
            Column(t("hires")),
            Column(t("share_hires"), Kind.PERCENT),
        ),
        (
            *(
                (
                    e.code or "—",
                    e.name or ("" if e.code else t("no_event")),
                    e.placements,
                    _share(e.placements, figures.placements),
                )
                for e in figures.by_event
            ),
            total_row,
        ),
    )
    time_to_hire = FigureTable(
        "time_to_hire",
        t("time_to_hire"),
        t("time_to_hire.sheet"),
        (Column(t("measure"), Kind.TEXT), Column(t("value"), Kind.DAYS)),
        (
            (t("tth.hires"), tth.hires),
            (t("tth.median"), tth.median_days),
            (t("tth.mean"), tth.mean_days),
            (t("tth.before"), tth.before_admission),
        ),
    )
    return [summary, funnel, retention, companies, by_noc, by_event, time_to_hire]


def format_cell(value: Cell, kind: Kind, lang: str = "fr") -> str:
    """A cell as text for the screen and the PDF (Quebec formatting)."""
    if value is None:
        return "—"
    if isinstance(value, str):
        return value
    if kind is Kind.PERCENT:
        return format_percent(value, lang, decimals=1)
    if kind is Kind.DAYS and isinstance(value, float):
        return format_number(value, lang, decimals=1)
    return format_number(value, lang)
