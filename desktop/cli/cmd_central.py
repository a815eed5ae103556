"""`passerelle central --db URL init|enroll-device|import|duplicates|conflicts|report`, and the
admin additions `devices`, `revoke-device` and `gui` (the admin window on the central store).

The central store is named by `--db` or PASSERELLE_CENTRAL_DB; its passphrase comes from
PASSERELLE_CENTRAL_PASSPHRASE or a prompt (never the command line).
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from pathlib import Path

from desktop.central import report, review
from desktop.central.setup import init_central, open_central
from desktop.cli.common import CliError, Session
from desktop.cli.dashboard_report import print_programme, programme_filter
from desktop.domain.messages import register as register_messages
from desktop.domain.messages import translate
from desktop.services import central_admin
from desktop.services.dashboard import DashboardError
from desktop.storage.store import Store
from desktop.sync.errors import SyncError
from desktop.sync.keys import KeyFileError
from desktop.sync.messages import MESSAGES

register_messages(MESSAGES)


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = sub.add_parser("central", help="the central store: init, enrol, import, review")
    parser.add_argument("--db", default=None, help="sqlite:///PATH or postgresql+psycopg://…")
    commands = parser.add_subparsers(dest="central_command", required=True)
    commands.add_parser("init", help="create the store and its key pairs").set_defaults(
        handler=run_init
    )
    enrol = commands.add_parser("enroll-device", help="write a laptop's enrolment file")
    enrol.add_argument("--name", required=True)
    enrol.add_argument("--out", type=Path, required=True)
    enrol.set_defaults(handler=run_enroll_device)
    imp = commands.add_parser("import", help="import sync bundles")
    imp.add_argument("bundles", type=Path, nargs="+")
    imp.add_argument("--ack-dir", type=Path, default=None)
    imp.set_defaults(handler=run_import)
    revoke = commands.add_parser(
        "revoke-device", help="revoke a lost laptop: later ops quarantined, incident note"
    )
    revoke.add_argument("device", help="device id, enrolment id or name")
    revoke.add_argument("--last-seq", type=int, default=None)
    revoke.add_argument("--incarnation", type=int, default=None)
    revoke.add_argument("--note", type=Path, default=None, help="write the incident note (JSON)")
    revoke.set_defaults(handler=run_revoke)
    listing = commands.add_parser("devices", help="enrolled laptops")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=run_devices)
    commands.add_parser("gui", help="the admin window on the central store").set_defaults(
        handler=run_gui
    )
    from desktop.cli.cmd_recover import register_central as register_recovery

    register_recovery(commands)  # recover-key: a laptop whose passwords are all forgotten
    for name, handler in (
        ("duplicates", run_duplicates),
        ("conflicts", run_conflicts),
        ("report", run_report),
    ):
        cmd = commands.add_parser(name)
        cmd.add_argument("--json", action="store_true")
        cmd.set_defaults(handler=handler)
        if name == "report":  # the programme's figures for a period and event (DASHBOARD.md)
            cmd.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD", default=None)
            cmd.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD", default=None)
            cmd.add_argument("--event", metavar="CODE", default=None)


def _store(session: Session) -> Store:
    url = session.args.db or os.environ.get("PASSERELLE_CENTRAL_DB")
    if not url:
        raise CliError("central.db_missing")
    return open_central(url)


def _passphrase() -> str:
    value = os.environ.get("PASSERELLE_CENTRAL_PASSPHRASE")
    if value:
        return value
    if not sys.stdin.isatty():
        raise CliError("central.passphrase_missing")
    return getpass.getpass("Passphrase: ")


def _fail(exc: SyncError | KeyFileError) -> CliError:
    return CliError(exc.code, **exc.params)


def run_init(session: Session) -> int:
    store = _store(session)
    try:
        store_id = init_central(store, _passphrase())
    except SyncError as exc:
        raise _fail(exc) from None
    finally:
        store.close()
    session.say("central.initialised", store=store_id)
    return 0


def _url(session: Session) -> str:
    url = session.args.db or os.environ.get("PASSERELLE_CENTRAL_DB")
    if not url:
        raise CliError("central.db_missing")
    return str(url)


def run_enroll_device(session: Session) -> int:
    ctx = central_admin.open_context(_url(session))
    out: Path = session.args.out
    try:
        admin = central_admin.unlock(ctx, _passphrase())
        data = central_admin.enrol_device(ctx, admin, session.args.name)
        out.write_bytes(data)
    except (SyncError, KeyFileError) as exc:
        raise _fail(exc) from None
    except OSError:
        raise CliError("file.unwritable", path=str(out)) from None
    finally:
        ctx.store.close()
    session.say("central.enrolled", name=session.args.name, path=str(out))
    return 0


def run_revoke(session: Session) -> int:
    ctx = central_admin.open_context(_url(session))
    try:
        admin = central_admin.unlock(ctx, _passphrase())
        incident = central_admin.revoke_device(
            ctx, admin, session.args.device, session.args.last_seq, session.args.incarnation
        )
    except (SyncError, KeyFileError) as exc:
        raise _fail(exc) from None
    finally:
        ctx.store.close()
    session.say(
        "central.revoked",
        name=incident.device_name,
        seq=incident.last_legit_seq,
        incarnation=incident.last_legit_incarnation,
        count=len(incident.affected) + incident.erased,
    )
    note: Path | None = session.args.note
    if note is not None:
        try:
            note.write_text(json.dumps(incident.to_json(), indent=2) + "\n", encoding="utf-8")
        except OSError:
            raise CliError("file.unwritable", path=str(note)) from None
        session.say("central.incident_written", path=str(note))
    return 0


def run_devices(session: Session) -> int:
    ctx = central_admin.open_context(_url(session))
    try:
        admin = central_admin.unlock(ctx, _passphrase())
        rows = central_admin.list_devices(ctx, admin)
    except (SyncError, KeyFileError) as exc:
        raise _fail(exc) from None
    finally:
        ctx.store.close()
    if session.args.json:
        print(json.dumps([_device_json(d) for d in rows], indent=2, ensure_ascii=False))
        return 0
    for d in rows:
        state = "revoked" if d.revoked_at else ("bound" if d.bound_at else "waiting")
        print("\t".join([d.name, d.device_id or "-", state, str(d.ops)]))
    return 0


def _device_json(d: central_admin.devices.DeviceSummary) -> dict[str, object]:
    return {
        "enrolment_id": d.enrolment_id,
        "name": d.name,
        "device_id": d.device_id,
        "enrolled_at": d.enrolled_at.isoformat(),
        "bound_at": d.bound_at.isoformat() if d.bound_at else None,
        "revoked_at": d.revoked_at.isoformat() if d.revoked_at else None,
        "last_legit_incarnation": d.last_legit_incarnation,
        "last_legit_seq": d.last_legit_seq,
        "ops": d.ops,
    }


def run_gui(session: Session) -> int:
    from desktop.ui.central_launch import launch_central_gui

    return launch_central_gui(_url(session), session.lang)


def run_import(session: Session) -> int:
    ctx = central_admin.open_context(_url(session))
    status = 0
    try:
        admin = central_admin.unlock(ctx, _passphrase())
        for path in session.args.bundles:
            try:
                data = path.read_bytes()
            except OSError:
                raise CliError("file.not_found", path=str(path)) from None
            ((_name, result),) = central_admin.import_bundles(
                ctx, admin, [(path.name, data)], ack_dir=session.args.ack_dir
            )
            if result.status == "rejected":
                status = 1
                reason = translate(result.reason or "", session.lang)
                print(
                    session.tr("central.rejected", file=path.name, reason=reason), file=sys.stderr
                )
                continue
            if result.status == "already_imported":
                session.say("central.already_imported", file=path.name)
            elif result.status == "quarantined":
                status = 1
                print(
                    session.tr(
                        "central.quarantined",
                        file=path.name,
                        applied=result.applied,
                        quarantined=result.quarantined,
                    ),
                    file=sys.stderr,
                )
            else:
                session.say(
                    "central.imported",
                    file=path.name,
                    added=result.added,
                    updated=result.updated,
                    applied=result.applied,
                    skipped=result.skipped,
                    dropped=result.dropped,
                )
            for start, end in result.missing:
                session.say(
                    "central.missing",
                    device=result.device_id,
                    incarnation=result.incarnation,
                    start=start,
                    end=end,
                )
            for chain_break in result.audit_breaks:
                if chain_break["kind"] != "missing":  # a hole may be filled by a later bundle
                    status = 1
                print(
                    session.tr(
                        "central.audit_break",
                        device=result.device_id,
                        kind=chain_break["kind"],
                        start=chain_break["seq_from"],
                        end=chain_break["seq_to"],
                    ),
                    file=sys.stderr,
                )
    except (SyncError, KeyFileError) as exc:
        raise _fail(exc) from None
    finally:
        ctx.store.close()
    return status


def run_duplicates(session: Session) -> int:
    store = _store(session)
    try:
        pairs = review.duplicate_pairs(store)
    finally:
        store.close()
    if session.args.json:
        rows = [{"first": p.first, "second": p.second, "reasons": list(p.reasons)} for p in pairs]
        print(json.dumps(rows, indent=2))
    else:
        for p in pairs:
            print("\t".join([p.first, p.second, ",".join(p.reasons)]))
    return 0


def run_conflicts(session: Session) -> int:
    store = _store(session)
    try:
        conflicts = review.open_conflicts(store)
    finally:
        store.close()
    if session.args.json:
        print(json.dumps([c.__dict__ for c in conflicts], indent=2))
    else:
        for c in conflicts:
            print("\t".join([c.candidate_id, f"{c.entity}.{c.field}", c.winner_op, c.loser_op]))
    return 0


def run_report(session: Session) -> int:
    store = _store(session)
    try:
        figures = report.summary(store, programme_filter(store, session.args))
    except DashboardError as exc:
        raise CliError(exc.code, **exc.params) from None
    finally:
        store.close()
    if session.args.json:
        print(json.dumps(figures, indent=2, ensure_ascii=False))
        return 0
    print(f"candidates: {figures['candidates']}")
    for key in ("per_event", "per_eligibility", "per_decision"):
        for name, count in sorted(figures[key].items()):
            print(f"{key}\t{name}\t{count}")
    for device in figures["devices"]:
        missing = ";".join(f"{a}-{b}" for a, b in device["missing"]) or "-"
        print(
            f"device\t{device['name'] or device['device_id']}\t{device['ops']}\tmissing {missing}"
        )
    print(f"open_conflicts: {figures['open_conflicts']}")
    for chain in figures["audit"]:
        state = "ok" if chain["ok"] else "BREAK"
        print(f"audit\t{chain['device_id']}#{chain['incarnation']}\t{chain['events']}\t{state}")
        for item in chain["breaks"]:
            print(
                session.tr(
                    "central.audit_break",
                    device=f"{chain['device_id']}#{chain['incarnation']}",
                    kind=item.get("kind"),
                    start=item.get("seq_from"),
                    end=item.get("seq_to"),
                )
            )
    print_programme(figures["programme"])
    return 0
