"""Matching: NOC proximity ranks first, reasons are sentences, and without consent nobody is suggested."""

from __future__ import annotations

from datetime import date

from desktop.app import Application
from desktop.domain.workspace import Introduction
from desktop.services.actor import Actor
from desktop.services.introductions import introduce
from desktop.services.matching import suggest_candidates, suggest_openings
from tests.support.workspace_data import company, opening, person

TODAY = date(2026, 6, 1)


def test_same_unit_group_beats_minor_group_beats_major_group(
    app: Application, admin: Actor
) -> None:
    ctx = app.ctx
    employer_id = company(ctx, admin)
    job = opening(ctx, admin, employer_id, noc="22300")
    major = person(ctx, admin, "Ana", "Major", targets=("22110",))
    minor = person(ctx, admin, "Bao", "Minor", targets=("22301",))
    unit = person(ctx, admin, "Chi", "Unit", experiences=("22300",))
    person(ctx, admin, "Dan", "Elsewhere", targets=("64100",))  # another major group: not read
    matches = suggest_candidates(ctx, admin, job, TODAY)
    assert [m.candidate_id for m in matches] == [unit, minor, major]
    assert [m.score for m in matches] == [45, 30, 15]  # + 5 for "available now"
    assert matches[0].reasons[0].text("fr") == "Même profession (CNP 22300) qu'une expérience."
    assert matches[1].reasons[0].text("en") == (
        "Related occupation: same minor group (NOC 223…) as a target occupation."
    )
    assert matches[2].reasons[0].code == "match.noc_major"


def test_candidates_without_consent_or_admission_are_excluded_not_ranked_low(
    app: Application, admin: Actor
) -> None:
    ctx = app.ctx
    job = opening(ctx, admin, company(ctx, admin), noc="22300")
    shared = person(ctx, admin, "Lan", "Partage", targets=("22300",))
    person(ctx, admin, "Minh", "Sans consentement", targets=("22300",), share=False)
    person(ctx, admin, "Nam", "Retiré", targets=("22300",), withdrawn=True)
    person(ctx, admin, "Oanh", "Non décidée", targets=("22300",), decision=None)
    person(ctx, admin, "Phuc", "Refusée", targets=("22300",), decision="refused")
    assert [m.candidate_id for m in suggest_candidates(ctx, admin, job, TODAY)] == [shared]


def test_requirements_add_and_remove_points_with_their_reasons(
    app: Application, admin: Actor
) -> None:
    ctx = app.ctx
    job = opening(
        ctx,
        admin,
        company(ctx, admin),
        noc="22300",
        education="dec_tech",
        french="intermediate",
        english="basic",
        justification="Fournisseurs américains",
        licence=True,
    )
    strong = person(
        ctx,
        admin,
        "محمد",
        "العلي",
        targets=("22300",),
        diploma="bac",
        french=9,
        english=5,
        licences=("qc_5",),
    )
    weak = person(
        ctx,
        admin,
        "Nguyễn",
        "Thị Hồng",
        targets=("22300",),
        diploma="des",
        french=3,
        english=None,
        licences=(),
        available="2026-09-01",
    )
    first, second = suggest_candidates(ctx, admin, job, TODAY)
    assert (first.candidate_id, second.candidate_id) == (strong, weak)
    assert first.score == 40 + 20 + 10 + 10 + 5 + 5
    assert second.score == 40 + 0 - 10 + 0 + 0 - 10
    texts = [r.text("fr") for r in second.reasons]
    assert "Scolarité inférieure à l'exigence (Collégial technique (DEC technique, AEC))." in texts
    assert "Français\u00a0: niveau de base, inférieur à l'exigence (intermédiaire)." in texts
    assert "Anglais\u00a0: niveau inconnu (exigence\u00a0: de base)." in texts
    assert "Disponible à partir du 1er septembre 2026." in texts
    assert "Permis de conduire exigé, aucun inscrit au profil." in texts
    english = [r.text("en") for r in first.reasons]
    assert "French: advanced level, intermediate requirement met." in english


def test_an_opening_without_language_requirement_never_penalises_french_only_candidates(
    app: Application, admin: Actor
) -> None:
    ctx = app.ctx
    job = opening(ctx, admin, company(ctx, admin), noc="22300")
    person(ctx, admin, "Jean", "Francophone", targets=("22300",), french=12, english=None)
    (match,) = suggest_candidates(ctx, admin, job, TODAY)
    assert not [r for r in match.reasons if r.code.startswith("match.language")]


def test_equal_scores_are_ordered_by_name_so_the_list_is_stable(
    app: Application, admin: Actor
) -> None:
    ctx = app.ctx
    job = opening(ctx, admin, company(ctx, admin), noc="22300")
    ids = {
        family: person(ctx, admin, "Same", family, targets=("22300",))
        for family in ("Zhou", "Ahmed", "Martin")
    }
    names = [m.display_name for m in suggest_candidates(ctx, admin, job, TODAY)]
    assert names == ["Same Ahmed", "Same Martin", "Same Zhou"]
    assert len(ids) == 3


def test_a_candidate_sees_openings_ranked_and_past_introductions_noted(
    app: Application, admin: Actor
) -> None:
    ctx = app.ctx
    first_company = company(ctx, admin, "Génie Laval inc.")
    other_company = company(ctx, admin, "Transport Côté")
    close = opening(ctx, admin, first_company, title="Technicien", noc="22300")
    far = opening(ctx, admin, other_company, title="Camionneur", noc="73300")
    candidate = person(ctx, admin, "Trần", "Văn Bình", targets=("22300",))
    introduce(
        ctx,
        admin,
        Introduction(
            candidate_id=candidate, employer_id=first_company, introduced_on=date(2026, 5, 4)
        ),
    )
    result = suggest_openings(ctx, admin, candidate, TODAY)
    assert result.blocked is None
    assert [s.match.opening_id for s in result.suggestions] == [close, far]
    assert result.suggestions[0].employer_name == "Génie Laval inc."
    assert "Déjà présentée à cette entreprise le 4 mai 2026." in [
        r.text("fr") for r in result.suggestions[0].match.reasons
    ]


def test_a_candidate_without_consent_gets_no_openings_and_is_told_why(
    app: Application, admin: Actor
) -> None:
    ctx = app.ctx
    opening(ctx, admin, company(ctx, admin))
    candidate = person(ctx, admin, "Sans", "Partage", share=False)
    result = suggest_openings(ctx, admin, candidate, TODAY)
    assert result.suggestions == [] and result.blocked == "match.blocked_consent"
    undecided = person(ctx, admin, "Pas", "Décidée", decision=None)
    assert suggest_openings(ctx, admin, undecided, TODAY).blocked == "match.blocked_not_admitted"


def test_occupation_proximity_ranks_before_the_other_criteria(
    app: Application, admin: Actor
) -> None:
    ctx = app.ctx
    job = opening(ctx, admin, company(ctx, admin), noc="22300", education="bac", french="advanced")
    same_job_weak = person(
        ctx, admin, "Unit", "Faible", targets=("22300",), diploma="des", french=2, available=None
    )
    near_job_strong = person(
        ctx, admin, "Minor", "Fort", targets=("22301",), diploma="phd", french=12
    )
    first, second = suggest_candidates(ctx, admin, job, TODAY)
    assert (first.candidate_id, second.candidate_id) == (same_job_weak, near_job_strong)
    assert first.score < second.score  # the score orders candidates within a tier only


def test_an_opening_without_an_occupation_gets_no_suggestions(
    app: Application, admin: Actor
) -> None:
    ctx = app.ctx
    job = opening(ctx, admin, company(ctx, admin), noc=None)
    person(ctx, admin, "Ana", "Lima", targets=("22300",))
    assert suggest_candidates(ctx, admin, job, TODAY) == []
