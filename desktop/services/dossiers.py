"""Print candidate dossiers: who may, which candidates may go to an employer, and the print log.

`render_dossiers` checks the role (`dossier.print`), refuses an anonymized profile for anyone
whose `share_employers` consent is not granted or was withdrawn (domain.md C9), draws the PDF
(one candidate read at a time, so a batch of hundreds stays small in memory) and records a
`dossier.print` audit event with ids and codes only (C11). The privacy contact printed on the
candidate copy comes from the programme settings (C1): see `privacy_settings`.
"""

from __future__ import annotations

import io
import threading
from collections.abc import Callable, Iterator, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from desktop.domain.candidate import Candidate
from desktop.domain.messages import register
from desktop.domain.notice import DEFAULT_PRIVACY_SETTINGS
from desktop.services.actor import Actor
from desktop.services.audit import record_now
from desktop.services.candidates import get_candidate
from desktop.services.context import ServiceContext
from desktop.services.print_scope import check_print_scope

register(
    {
        "dossier.consent_missing": (
            "Profil anonymisé refusé : la personne {reference} n'a pas consenti à la transmission "
            "de son profil aux entreprises (ou a retiré ce consentement).",
            "Anonymized profile refused: candidate {reference} has not consented to their "
            "profile being sent to companies (or withdrew that consent).",
        ),
        "dossier.not_found": ("Personne candidate introuvable : {id}", "No such candidate: {id}"),
        "dossier.none": ("Aucune personne candidate choisie.", "No candidate selected."),
        "dossier.cancelled": ("Impression annulée.", "Printing cancelled."),
        "dossier.written": (
            "{count} dossier(s) écrit(s) dans {path}",
            "{count} dossier(s) written to {path}",
        ),
    }
)

# Configurable (admin settings, key "privacy", or ctx.settings): French defaults for the CCIL.
PRIVACY_KEYS = (
    "programme_name",
    "organisation",
    "privacy_officer_name",
    "privacy_officer_title",
    "privacy_officer_email",
    "privacy_officer_phone",
)


class DossierError(Exception):
    """A dossier that must not or cannot be printed; `code` is translated for the user."""

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(code)
        self.code = code
        self.params = params


Cancel = Callable[[], bool] | threading.Event


def privacy_settings(ctx: ServiceContext) -> dict[str, str]:
    """The privacy contact: defaults, overridden by ctx.settings["privacy"] and top-level keys."""
    merged = dict(DEFAULT_PRIVACY_SETTINGS)
    nested = ctx.settings.get("privacy")
    if isinstance(nested, dict):
        merged.update({k: str(v) for k, v in nested.items() if v})
    merged.update({k: str(ctx.settings[k]) for k in PRIVACY_KEYS if ctx.settings.get(k)})
    return merged


def _cancel_check(cancel: Cancel | None) -> Callable[[], bool] | None:
    if isinstance(cancel, threading.Event):
        return cancel.is_set
    return cancel


def _load(ctx: ServiceContext, actor: Actor, candidate_id: str) -> Candidate:
    candidate = get_candidate(ctx, actor, candidate_id)
    if candidate is None:
        raise DossierError("dossier.not_found", id=candidate_id)
    return candidate


def check_printable(ctx: ServiceContext, actor: Actor, ids: Sequence[str], variant: str) -> None:
    """Raise DossierError before anything is drawn: unknown id, or no consent for employers."""
    from desktop.pdf.dossier import Variant  # reportlab only once a dossier is asked for
    from desktop.pdf.values import reference

    if not ids:
        raise DossierError("dossier.none")
    check_print_scope(ctx, actor, ids, variant)
    for candidate_id in ids:
        candidate = _load(ctx, actor, candidate_id)
        if variant == Variant.ANONYMIZED and not candidate.consent_granted("share_employers"):
            raise DossierError("dossier.consent_missing", reference=reference(candidate.id))


def render_dossiers(
    ctx: ServiceContext,
    actor: Actor,
    ids: Sequence[str],
    variant: str = "full",
    lang: str = "fr",
    out: str | Path | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancel: Cancel | None = None,
    *,
    printed_at: datetime | None = None,
    invariant: bool = False,
) -> bytes | None:
    """Write the dossiers of `ids` to `out` (a path), or return the PDF bytes when `out` is None.

    Raises PermissionDenied, DossierError (unknown id, missing consent, cancelled: nothing is
    left behind) before or instead of writing a partial file.
    """
    from desktop.pdf.dossier import Cancelled, Variant
    from desktop.pdf.dossier import render_dossiers as draw_dossiers

    actor.require("dossier.print")
    kind = Variant(variant)
    ids = list(dict.fromkeys(ids))
    check_printable(ctx, actor, ids, kind)
    settings = privacy_settings(ctx)

    def candidates() -> Iterator[Candidate]:
        for candidate_id in ids:
            yield _load(ctx, actor, candidate_id)

    target: Any = io.BytesIO() if out is None else Path(out).with_name(Path(out).name + ".part")
    try:
        draw_dossiers(
            candidates(),
            target,
            variant=kind,
            lang=lang,
            settings=settings,
            printed_at=printed_at,
            count=len(ids),
            progress=progress,
            cancel=_cancel_check(cancel),
            invariant=invariant,
        )
    except Cancelled:
        if out is not None:
            Path(target).unlink(missing_ok=True)
        raise DossierError("dossier.cancelled") from None
    except BaseException:
        if out is not None:
            Path(target).unlink(missing_ok=True)
        raise
    if out is not None:
        Path(target).replace(out)
    record_now(
        ctx, actor, "dossier.print", "candidate", ids, variant=kind.value, lang=lang, count=len(ids)
    )
    return target.getvalue() if out is None else None
