"""Kiosk self-entry: a person types their own registration; staff verify it before it counts.

A kiosk record is always a new candidate (it never updates anyone, even with the same name and
e-mail: the person at the kiosk must not be able to overwrite a record), saved with
`self_entered` and `to_verify` set. Staff then see it in the "to verify" list with its likely
duplicates, and either confirm it or merge it into the record it duplicates. Nothing of another
candidate is ever returned to the kiosk: `save_self_entry` answers with the new record's id and
its own validation issues only.
"""

from __future__ import annotations

from copy import deepcopy
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from desktop.domain.candidate import Candidate, new_id
from desktop.domain.issues import Issue
from desktop.domain.messages import register
from desktop.services import accounts
from desktop.services.actor import Actor
from desktop.services.audit import record, record_now
from desktop.services.candidates import get_candidate, save_candidate
from desktop.services.context import ServiceContext
from desktop.services.duplicates import DuplicateMatch, DuplicateProbe, find_in_session
from desktop.storage import kiosk_store, queries
from desktop.sync.outbox import delete_candidate_ops

register(
    {
        "kiosk.not_to_verify": (
            "Cette inscription a déjà été vérifiée.",
            "This registration has already been verified.",
        ),
        "kiosk.merge_invalid": (
            "La fusion donnerait une fiche incomplète : ouvrez la fiche existante pour la corriger.",
            "The merge would give an incomplete record: open the existing record to correct it.",
        ),
        "kiosk.same_record": (
            "Choisissez une autre fiche que l'inscription elle-même.",
            "Choose a record other than the registration itself.",
        ),
    }
)


class KioskError(Exception):
    def __init__(self, code: str, **params: object) -> None:
        super().__init__(code)
        self.code = code
        self.params = params


@dataclass(frozen=True)
class SelfEntryResult:
    """What the kiosk may know after a submit: its own record id, or its own issues."""

    saved: bool
    candidate_id: str | None = None
    issues: list[Issue] = field(default_factory=list)


def save_self_entry(
    ctx: ServiceContext, actor: Actor, candidate: Candidate, today: date | None = None
) -> SelfEntryResult:
    """Store what the person typed as a new record marked "self-entered, to verify"."""
    actor.require("kiosk.run")
    entry = deepcopy(candidate)
    entry.id = new_id()
    entry.self_entered = True
    entry.to_verify = True
    for part in (
        entry.consents,
        entry.diplomas,
        entry.experiences,
        entry.target_occupations,
        entry.language_levels,
        entry.regulations,
    ):
        for item in part:
            item.id = ""
    result = save_candidate(ctx, actor, entry, intake=True, today=today)
    if not result.saved:
        return SelfEntryResult(False, None, result.issues)
    return SelfEntryResult(True, result.candidate_id, [i for i in result.issues if i.is_error])


def to_verify_ids(ctx: ServiceContext, actor: Actor) -> list[str]:
    actor.require("candidate.read")
    with ctx.store.read() as session:
        return kiosk_store.to_verify_ids(session)


def count_to_verify(ctx: ServiceContext, actor: Actor) -> int:
    actor.require("candidate.read")
    with ctx.store.read() as session:
        return kiosk_store.count_to_verify(session)


@dataclass(frozen=True)
class SelfEntryReview:
    candidate: Candidate
    duplicates: list[DuplicateMatch]


def review(ctx: ServiceContext, actor: Actor, candidate_id: str) -> SelfEntryReview:
    """The self-entered record and the existing records it may duplicate."""
    actor.require("candidate.verify")
    candidate = get_candidate(ctx, actor, candidate_id)
    if candidate is None or not candidate.to_verify:
        raise KioskError("kiosk.not_to_verify")
    probe = DuplicateProbe(
        given_names=candidate.given_names,
        family_name=candidate.family_name,
        email=candidate.email,
        phone=candidate.phone,
        date_of_birth=candidate.date_of_birth,
        exclude_id=candidate.id,
    )
    with ctx.store.read() as session:
        matches = find_in_session(session, probe)
    return SelfEntryReview(candidate, matches)


def confirm(ctx: ServiceContext, actor: Actor, candidate_id: str) -> None:
    """Staff checked the record with the person: it becomes an ordinary registration."""
    actor.require("candidate.verify")
    candidate = get_candidate(ctx, actor, candidate_id)
    if candidate is None or not candidate.to_verify:
        raise KioskError("kiosk.not_to_verify")
    candidate.to_verify = False
    result = save_candidate(ctx, actor, candidate)
    if not result.saved:  # a record the booth accepted may miss a field the full check wants
        result = save_candidate(ctx, actor, candidate, intake=True)
    with ctx.store.unit_of_work() as session:
        record(session, ctx, actor, "candidate.verify", "candidate", [candidate_id])
    ctx.changes.emit_candidates(candidate_id)


_SCALARS = (
    "given_names",
    "family_name",
    "preferred_name",
    "name_original_script",
    "date_of_birth",
    "gender",
    "email",
    "phone",
    "country_of_birth",
    "arrival_date_canada",
    "immigration_status",
    "work_authorization",
    "permit_expiry",
    "employment_status",
    "available_from",
    "work_regime",
    "referral_source",
)
_LISTS = ("diplomas", "experiences", "target_occupations", "language_levels", "regulations")


def merged(existing: Candidate, entry: Candidate) -> Candidate:
    """The existing record completed by the self-entry.

    A value already on file is kept (staff can still edit it); an empty field, an empty list or
    the address takes what the person typed. The consents are the person's latest choices: the
    boxes they ticked (or left empty) at the kiosk replace the earlier answers per purpose.
    """
    out = deepcopy(existing)
    for name in _SCALARS:
        if getattr(out, name) in (None, "") and getattr(entry, name) not in (None, ""):
            setattr(out, name, getattr(entry, name))
    for name in _LISTS:
        if not getattr(out, name) and getattr(entry, name):
            items = deepcopy(getattr(entry, name))
            for item in items:
                item.id = ""
            setattr(out, name, items)
    if not any(vars(out.address).values()):
        out.address = deepcopy(entry.address)
    for code in entry.languages_spoken:
        if code not in out.languages_spoken:
            out.languages_spoken.append(code)
    by_purpose = {c.purpose: c for c in out.consents}
    for fresh in entry.consents:
        old = by_purpose.get(fresh.purpose)
        choice = deepcopy(fresh)
        choice.id = old.id if old else ""
        by_purpose[fresh.purpose] = choice
    out.consents = list(by_purpose.values())
    if out.event is None:
        out.event = entry.event
    return out


def merge_into(ctx: ServiceContext, actor: Actor, entry_id: str, existing_id: str) -> str:
    """Fold a self-entered record into the record it duplicates; the self-entry is retired."""
    actor.require("candidate.verify")
    if entry_id == existing_id:
        raise KioskError("kiosk.same_record")
    entry = get_candidate(ctx, actor, entry_id)
    existing = get_candidate(ctx, actor, existing_id)
    if entry is None or not entry.to_verify:
        raise KioskError("kiosk.not_to_verify")
    if existing is None:
        raise LookupError(existing_id)
    result = save_candidate(ctx, actor, merged(existing, entry))
    if not result.saved:
        result = save_candidate(ctx, actor, merged(existing, entry), intake=True)
    if not result.saved:
        raise KioskError("kiosk.merge_invalid")
    now = datetime.now(UTC)
    with ctx.store.unit_of_work() as session:
        if kiosk_store.retire_candidate(session, entry_id, actor.staff_id, now):
            delete_candidate_ops(session, entry_id, actor.staff_id)
        record(
            session,
            ctx,
            actor,
            "candidate.merge",
            "candidate",
            [existing_id, entry_id],
            survivor=existing_id,
            merged=entry_id,
            source="kiosk",
        )
    ctx.changes.emit_candidates(existing_id)
    return existing_id


def is_live(ctx: ServiceContext, actor: Actor, candidate_id: str) -> bool:
    actor.require("candidate.read")
    with ctx.store.read() as session:
        row = queries.candidate_row(session, candidate_id)
        return row is not None and row.deleted_at is None


def verify_staff(ctx: ServiceContext, username: str, password: str) -> Actor:
    """A staff member's own password opens or closes the kiosk; `auth.failed` otherwise."""
    who = accounts.authenticate(ctx, username, password)
    who.require("kiosk.run")
    return who


def enter(ctx: ServiceContext, actor: Actor, password: str) -> None:
    """Staff confirm with their password before handing the laptop to the public."""
    verify_staff(ctx, actor.username, password)
    record_now(ctx, actor, "kiosk.enter")


def leave(ctx: ServiceContext, username: str, password: str) -> Actor:
    """Leaving needs a staff password again: the person at the kiosk cannot reach the app."""
    who = verify_staff(ctx, username, password)
    record_now(ctx, who, "kiosk.leave")
    return who
