"""Retention (C2, C17): the rules per category, what is due, and the purge.

The due list names ids, categories, dates and reason codes, never a person's name. The purge is
one transaction per item (a failure leaves the rest done and the failed item listed), each logged
in the audit trail with ids only. On a laptop, candidates are only purged locally once central has
acknowledged every change to them (`laptop_copy`); programme rules (prospects, admitted
candidates…) erase or anonymise everywhere through sync. Backups age out by rotation.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from desktop.central import privacy_ops
from desktop.domain import privacy_messages  # noqa: F401  (registers the message texts)
from desktop.domain.issues import Issue
from desktop.domain.retention import (
    DueItem,
    RetentionAction,
    RetentionCategory,
    RetentionRule,
    add_months,
    rules_from_json,
    validate_rule,
)
from desktop.services.actor import Actor
from desktop.services.audit import record
from desktop.services.context import ServiceContext
from desktop.services.drafts import DraftStore
from desktop.services.erasure import (
    PrivacyError,
    _erase_in,
    _save_in,
    anonymise_in,
    finish_erasure,
)
from desktop.storage import erasure_store, privacy_store, settings_store
from desktop.storage.audit_log import ANCHOR_KEY
from desktop.storage.candidate_store import load_candidate

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

RULES_KEY = "retention_rules"
Progress = Callable[[int, int], None]


def retention_rules(ctx: ServiceContext) -> list[RetentionRule]:
    with ctx.store.read() as session:
        return rules_from_json(settings_store.get(session, RULES_KEY))


def save_retention_rules(
    ctx: ServiceContext, actor: Actor, rules: Sequence[RetentionRule]
) -> list[Issue]:
    actor.require("privacy.manage")
    issues = [i for rule in rules for i in validate_rule(rule)]
    if issues:
        return issues
    merged = {r.category: r for r in retention_rules(ctx)}
    merged.update({r.category: r for r in rules})
    with ctx.store.unit_of_work() as session:
        settings_store.put(session, RULES_KEY, [merged[c].to_json() for c in RetentionCategory])
        record(
            session,
            ctx,
            actor,
            "retention.rules",
            months={r.category.value: r.months for r in merged.values()},
        )
    return []


def due_for_purge(ctx: ServiceContext, actor: Actor, today: date | None = None) -> list[DueItem]:
    """Everything past its retention period today, oldest first within each category."""
    actor.require("privacy.manage")
    today = today or date.today()
    items: list[DueItem] = []
    with ctx.store.read() as session:
        central = erasure_store.is_central(session)
        for rule in rules_from_json(settings_store.get(session, RULES_KEY)):
            cutoff = add_months(today, -rule.months)

            def add(
                subject: str, sid: str, cid: str | None, since: date, r: RetentionRule = rule
            ) -> None:
                items.append(
                    DueItem(
                        r.category,
                        r.action,
                        subject,
                        sid,
                        cid,
                        since,
                        add_months(since, r.months),
                        f"retention.reason.{r.category.value}",
                    )
                )

            category = rule.category
            if category is RetentionCategory.PROSPECT:
                for cid, since in erasure_store.prospects_before(session, cutoff):
                    add("candidate", cid, cid, since)
            elif category is RetentionCategory.ADMITTED:
                for cid, since in erasure_store.admitted_before(session, cutoff):
                    add("candidate", cid, cid, since)
            elif category is RetentionCategory.CONSENT:
                for kid, cid, since in erasure_store.ended_consents_before(session, cutoff):
                    add("consent", kid, cid, since)
            elif category is RetentionCategory.ACCESS_REQUEST:
                for rid, since in erasure_store.closed_requests_before(session, cutoff):
                    add("access_request", rid, None, since)
            elif category is RetentionCategory.INCIDENT:
                for iid, since in erasure_store.closed_incidents_before(session, cutoff):
                    add("incident", iid, None, since)
            elif category is RetentionCategory.AUDIT:
                count, last = erasure_store.audit_before(session, cutoff)
                if count:
                    add("audit", str(last), None, cutoff)
            elif category is RetentionCategory.LAPTOP_COPY and not central:
                for cid, since in erasure_store.acknowledged_copies_before(session, cutoff):
                    add("laptop_copy", cid, cid, since)
            # PLACEMENT: no placement is recorded in this store yet; nothing to list.
    # A candidate due under two rules is listed once (the first rule: prospect/admitted).
    seen: set[tuple[str, str]] = set()
    unique = []
    for item in items:
        key = (
            "candidate" if item.subject in ("candidate", "laptop_copy") else item.subject,
            item.subject_id,
        )
        if key not in seen:
            seen.add(key)
            unique.append(item)
    return unique


@dataclass
class PurgeResult:
    done: dict[str, int] = field(default_factory=dict)
    failed: list[DueItem] = field(default_factory=list)
    erased_ids: list[str] = field(default_factory=list)


def purge(
    ctx: ServiceContext,
    actor: Actor,
    items: Sequence[DueItem],
    *,
    drafts: DraftStore | None = None,
    progress: Progress | None = None,
) -> PurgeResult:
    """Apply each item's action; one transaction per item, each audited (ids only)."""
    actor.require("privacy.manage")
    result = PurgeResult()
    removed: list[str] = []
    for index, item in enumerate(items, 1):
        try:
            with ctx.store.unit_of_work() as session:
                ids = _apply(session, ctx, actor, item)
                record(
                    session,
                    ctx,
                    actor,
                    "retention.purge",
                    item.subject,
                    ids,
                    category=item.category.value,
                    outcome=item.action.value,
                )
        except LookupError:
            result.failed.append(item)
        else:
            result.done[item.category.value] = result.done.get(item.category.value, 0) + 1
            if item.subject in ("candidate", "laptop_copy"):
                removed += ids
        if progress is not None:
            progress(index, len(items))
    result.erased_ids = removed
    finish_erasure(ctx, removed, drafts)
    return result


def _apply(s: Session, ctx: ServiceContext, actor: Actor, item: DueItem) -> list[str]:
    if item.subject == "candidate":
        if item.action is RetentionAction.ANONYMISE:
            if not anonymise_in(s, ctx, actor, item.subject_id):
                raise LookupError(item.subject_id)
            return [item.subject_id]
        try:
            return _erase_in(s, ctx, actor, item.subject_id, "retention").erased_ids
        except PrivacyError as exc:  # erased or purged since the list was made
            raise LookupError(item.subject_id) from exc
    if item.subject == "laptop_copy":
        if not erasure_store.remove_candidate(s, item.subject_id):
            raise LookupError(item.subject_id)
        erasure_store.drop_acknowledged_ops(s, [item.subject_id])
        return [item.subject_id]
    if item.subject == "consent":
        assert item.candidate_id is not None
        if erasure_store.is_central(s):
            privacy_ops.remove_rows(s, [("consent", item.subject_id, item.candidate_id)])
            return [item.candidate_id]
        c = load_candidate(s, item.candidate_id)
        if c is None:
            raise LookupError(item.candidate_id)
        c.consents = [k for k in c.consents if k.id != item.subject_id]
        _save_in(s, ctx, actor, c)
        return [item.candidate_id]
    if item.subject == "access_request":
        privacy_store.delete_access_request(s, item.subject_id)
        return [item.subject_id]
    if item.subject == "incident":
        privacy_store.delete_incident(s, item.subject_id)
        return [item.subject_id]
    if item.subject == "audit":
        anchor = erasure_store.delete_audit_through(s, int(item.subject_id))
        if anchor is None:
            raise LookupError(item.subject_id)
        settings_store.put(s, ANCHOR_KEY, {"seq": anchor[0], "hash": anchor[1]})
        return []
    raise LookupError(item.subject)
