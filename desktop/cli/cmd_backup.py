"""`passerelle backup …` and `passerelle recovery …`: backups, integrity check, recovery mode.

`backup list`, `backup restore` and every `recovery` command work on the data folder's files
without opening the application, so they work when the store is damaged and will not open.
"""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path

from desktop.cli.common import CliError, Session, read_password
from desktop.domain.durability_messages import MESSAGES
from desktop.domain.file_sizes import format_size
from desktop.domain.formatting import format_datetime
from desktop.domain.messages import register as register_messages
from desktop.paths import Paths
from desktop.services.actor import Actor
from desktop.services.context import ServiceContext
from desktop.storage.backup import BackupError, BackupInfo
from desktop.storage.salvage import SalvageError

register_messages(MESSAGES)


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = sub.add_parser("backup", help="verified backups of this laptop's store")
    commands = parser.add_subparsers(dest="backup_command", required=True)
    listing = commands.add_parser("list", help="backups, newest first (date, size, verified)")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=run_list)
    create = commands.add_parser("create", help="back up now (verified before it is kept)")
    create.add_argument(
        "--if-changed", action="store_true", help="only if the data changed since the last one"
    )
    create.set_defaults(handler=run_create)
    verify = commands.add_parser("verify", help="check one backup again")
    verify.add_argument("backup_id")
    verify.set_defaults(handler=run_verify)
    restore = commands.add_parser(
        "restore", help="replace the store by a backup (admin; the current file is set aside)"
    )
    restore.add_argument("backup_id")
    restore.set_defaults(handler=run_restore)
    keep = commands.add_parser("keep", help="how many backups to keep (admin)")
    keep.add_argument("count", type=int)
    keep.set_defaults(handler=run_keep)

    rec = sub.add_parser("recovery", help="integrity check and recovery of a damaged store")
    rcommands = rec.add_subparsers(dest="recovery_command", required=True)
    check = rcommands.add_parser("check", help="full integrity check of the store")
    check.set_defaults(handler=run_check)
    export = rcommands.add_parser(
        "export", help="export what is readable (encrypted bundle if enrolled, else JSONL)"
    )
    export.add_argument("--out", type=Path, required=True)
    export.set_defaults(handler=run_emergency_export)


def _paths(session: Session) -> Paths:
    return Paths.at(session.args.home)


def _authorise(session: Session) -> tuple[str, str]:
    username = session.args.user or os.environ.get("PASSERELLE_USER")
    if not username:
        raise CliError("auth.user_required")
    return username, read_password(session.lang, username)


def _row(info: BackupInfo, lang: str) -> dict[str, object]:
    return {
        "id": info.backup_id,
        "created_at": info.created_at.isoformat(),
        "kind": info.kind,
        "size": info.size,
        "verified": info.verified,
        "candidates": info.facts.candidates if info.facts else None,
        "incarnation": info.facts.incarnation if info.facts else None,
    }


def run_list(session: Session) -> int:
    from desktop.storage.backup import list_backups

    backups = list_backups(_paths(session).backups)
    if session.args.json:
        print(json.dumps([_row(b, session.lang) for b in backups], indent=2, ensure_ascii=False))
        return 0
    if not backups:
        session.say("backup.none")
        return 0
    yes, no = ("oui", "non") if session.lang == "fr" else ("yes", "no")
    for b in backups:
        when = format_datetime(b.created_at.astimezone(), session.lang)
        people = b.facts.candidates if b.facts else "?"
        print(
            f"{b.backup_id}  {when}  {session.tr('backup.kind.' + b.kind):<18}  "
            f"{format_size(b.size, session.lang):>10}  "
            f"{yes if b.verified else no}  {people}"
        )
    return 0


def _backup_error(exc: BackupError) -> CliError:
    return CliError(exc.code, **exc.params)


def run_create(session: Session) -> int:
    actor = session.actor()
    backups = session.app.backups
    try:
        if session.args.if_changed:
            actor.require("backup.create")
            info = backups.back_up_if_changed("manual")
            if info is None:
                session.say("backup.unchanged")
                return 0
        else:
            info = backups.back_up_now(actor)
    except BackupError as exc:
        raise _backup_error(exc) from None
    session.say("backup.done", path=str(info.path), size=format_size(info.size, session.lang))
    return 0


def run_verify(session: Session) -> int:
    from desktop.services.accounts import AccountError
    from desktop.services.recovery import recovery_access
    from desktop.storage.backup import list_backups, verify_file

    paths = _paths(session)
    info = next(
        (b for b in list_backups(paths.backups) if b.backup_id == session.args.backup_id), None
    )
    if info is None:
        raise CliError("backup.not_found", id=session.args.backup_id)
    username, password = _authorise(session)
    try:
        access = recovery_access(paths, username, password)
    except AccountError as exc:
        raise CliError(exc.code, **exc.params) from None
    verdict, _facts = verify_file(access.opener, info.path)
    if verdict != "ok":
        raise CliError("backup.verify_failed", verdict=verdict)
    session.say("backup.verified_ok", id=info.backup_id)
    return 0


def run_restore(session: Session) -> int:
    from desktop.services.accounts import AccountError
    from desktop.services.recovery import diagnose, recovery_access, restore_backup

    paths = _paths(session)
    username, password = _authorise(session)
    try:
        access = recovery_access(paths, username, password)
    except AccountError as exc:
        raise CliError(exc.code, **exc.params) from None
    damaged = diagnose(paths, access.opener).damaged
    try:
        result = restore_backup(
            paths,
            session.args.backup_id,
            _guarded(access.authorise),
            opener=access.opener,
            open_store=access.open_store,
            reason="damaged" if damaged else "replaced",
        )
    except BackupError as exc:
        raise _backup_error(exc) from None
    session.say(
        "backup.restored",
        id=result.backup.backup_id,
        incarnation=result.incarnation,
        carried=result.carried_ops,
        aside=str(result.set_aside) if result.set_aside else "—",
    )
    return 0


def run_keep(session: Session) -> int:
    from desktop.services.backups import set_keep

    actor = session.actor()
    try:
        set_keep(session.app.ctx, actor, session.args.count)
    except BackupError as exc:
        raise _backup_error(exc) from None
    return 0


def run_check(session: Session) -> int:
    from desktop.services.accounts import AccountError
    from desktop.services.recovery import diagnose, recovery_access

    paths = _paths(session)
    if not paths.database.exists():
        raise CliError("recovery.no_database")
    username, password = _authorise(session)
    try:
        access = recovery_access(paths, username, password)
    except AccountError as exc:
        raise CliError(exc.code, **exc.params) from None
    diagnosis = diagnose(paths, access.opener, quick=False)
    if diagnosis.damaged:
        raise CliError("recovery.damaged", exit_status=4, verdict=diagnosis.verdict)
    session.say("recovery.ok", backups=sum(1 for b in diagnosis.backups if b.verified))
    return 0


def run_emergency_export(session: Session) -> int:
    from desktop.services.accounts import AccountError
    from desktop.services.recovery import emergency_export, recovery_access
    from desktop.sync.errors import SyncError

    paths = _paths(session)
    if not paths.database.exists():
        raise CliError("recovery.no_database")
    username, password = _authorise(session)
    out: Path = session.args.out
    try:
        access = recovery_access(paths, username, password)
        result = emergency_export(
            paths,
            out,
            _guarded(access.authorise),
            opener=access.opener,
            open_store=access.open_store,
        )
    except AccountError as exc:
        raise CliError(exc.code, **exc.params) from None
    except SalvageError as exc:
        raise CliError(exc.code) from None
    except SyncError as exc:
        raise CliError(exc.code, **exc.params) from None
    except OSError:
        raise CliError("file.unwritable", path=str(out)) from None
    if result.path is None:
        session.say("recovery.nothing_to_export")
    elif result.kind == "bundle":
        session.say(
            "recovery.exported_bundle", path=str(out), ops=result.ops, candidates=result.candidates
        )
    else:
        session.say("recovery.exported_jsonl", path=str(out), candidates=result.candidates)
    return 0


def _guarded(authorise):  # type: ignore[no-untyped-def]
    from desktop.services.accounts import AccountError

    def guarded(ctx: ServiceContext) -> Actor:
        try:
            return authorise(ctx)  # type: ignore[no-any-return]
        except AccountError as exc:
            raise CliError(exc.code, **exc.params) from None

    return guarded
