"""`passerelle bundle export|inspect|apply-ack`: sync bundles on the laptop side."""

from __future__ import annotations

import argparse
import errno
import json
import sys
from pathlib import Path

from desktop.cli.common import CliError, Session
from desktop.domain.messages import register as register_messages
from desktop.services.sync_laptop import apply_ack, export_bundle
from desktop.sync import bundle_format as fmt
from desktop.sync.errors import SyncError
from desktop.sync.laptop import own_public_key
from desktop.sync.messages import MESSAGES

register_messages(MESSAGES)


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = sub.add_parser("bundle", help="export, inspect and acknowledge sync bundles")
    commands = parser.add_subparsers(dest="bundle_command", required=True)
    exp = commands.add_parser("export", help="signed, encrypted bundle of unacknowledged changes")
    exp.add_argument("--out", type=Path, required=True)
    exp.add_argument("--all", action="store_true", help="every change, acknowledged or not")
    exp.set_defaults(handler=run_export)
    ins = commands.add_parser(
        "inspect", help="manifest, signature and integrity (no personal data)"
    )
    ins.add_argument("file", type=Path)
    ins.set_defaults(handler=run_inspect)
    ack = commands.add_parser("apply-ack", help="central acknowledgement: mark changes as received")
    ack.add_argument("file", type=Path)
    ack.set_defaults(handler=run_apply_ack)


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError:
        raise CliError("file.not_found", path=str(path)) from None


def run_export(session: Session) -> int:
    actor = session.actor()
    out: Path = session.args.out

    def progress(done: int, total: int) -> None:
        if sys.stderr.isatty():
            print(f"{done}/{total}", file=sys.stderr, end="\r" if done < total else "\n")

    try:
        result = export_bundle(
            session.app.ctx, actor, out, include_acked=session.args.all, progress=progress
        )
    except SyncError as exc:
        raise CliError(exc.code, **exc.params) from None
    except OSError as exc:
        full = exc.errno in (errno.ENOSPC, errno.EFBIG, errno.EDQUOT)
        raise CliError("file.disk_full" if full else "file.unwritable", path=str(out)) from None
    if result.path is None:
        session.say("bundle.nothing")
        return 0
    if result.op_count:
        session.say(
            "bundle.exported",
            path=str(result.path),
            count=result.op_count,
            seq_from=result.seq_from,
            seq_to=result.seq_to,
        )
    else:
        session.say("bundle.exported_audit", path=str(result.path), count=result.audit_events)
    return 0


def run_inspect(session: Session) -> int:
    data = _read(session.args.file)
    try:
        bundle = fmt.parse(data)
    except SyncError as exc:
        raise CliError(exc.code, **exc.params) from None
    print(json.dumps(bundle.manifest, indent=2, sort_keys=True, ensure_ascii=False))
    # Checking our own signature needs the store, hence a sign-in; without credentials only
    # the payload's size and hash are checked.
    own = own_public_key(session.app.ctx.store) if _signed_in(session) else None
    manifest = bundle.manifest
    try:
        if own is not None and manifest["device_key_id"] == fmt.keys.key_id(own):
            fmt.check_signature_and_payload(bundle, own)
            session.say("bundle.signature_ok")
        else:
            if len(bundle.payload) != manifest["payload_size"]:
                raise SyncError("bundle.payload_size")
            if fmt.sha256_hex(bundle.payload) != manifest["payload_sha256"]:
                raise SyncError("bundle.payload_hash")
            session.say("bundle.signature_unknown")
    except SyncError as exc:
        raise CliError(exc.code, **exc.params) from None
    session.say("bundle.payload_ok")
    return 0


def run_apply_ack(session: Session) -> int:
    actor = session.actor()
    try:
        result = apply_ack(session.app.ctx, actor, _read(session.args.file))
    except SyncError as exc:
        raise CliError(exc.code, **exc.params) from None
    session.say("ack.applied", up_to=result.acknowledged_up_to, marked=result.marked)
    if result.revoked:
        session.say("ack.revoked")
    return 0


def _signed_in(session: Session) -> bool:
    if not session.app.initialised or not session.has_credentials():
        return False
    session.actor()
    return True
