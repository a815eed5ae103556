"""The search index follows every save: a renamed candidate is found by the new name only."""

from __future__ import annotations

from sqlalchemy import text

from desktop.app import Application
from desktop.domain.candidate import Candidate, Consent
from desktop.services.actor import Actor
from desktop.services.candidates import get_candidate, save_candidate
from desktop.services.listing import list_ids


def test_a_renamed_candidate_is_found_by_the_new_name_only(app: Application, admin: Actor) -> None:
    c = Candidate(given_names="Wassim", family_name="Jaziri", email="w.j@exemple.ca")
    c.consents = [Consent(purpose="intake", granted=True)]
    cid = save_candidate(app.ctx, admin, c).candidate_id
    other = Candidate(given_names="Wafa", family_name="Jaziri", email="wafa@exemple.ca")
    save_candidate(app.ctx, admin, other)
    stored = get_candidate(app.ctx, admin, cid)
    assert stored is not None
    stored.given_names = "Hichem"
    assert save_candidate(app.ctx, admin, stored).saved
    assert list_ids(app.ctx, admin, search="wassim") == []
    assert list_ids(app.ctx, admin, search="hichem jaz") == [cid]
    assert len(list_ids(app.ctx, admin, search="jaziri")) == 2
    with app.ctx.store.read() as session:
        assert session.execute(text("SELECT count(*) FROM candidate_fts")).scalar() == 2


def test_an_id_fragment_does_not_match_as_a_name(app: Application, admin: Actor) -> None:
    c = Candidate(given_names="Awa", family_name="Diop", email="awa@exemple.ca")
    cid = save_candidate(app.ctx, admin, c).candidate_id
    assert list_ids(app.ctx, admin, search=cid.split("-")[0]) == []
