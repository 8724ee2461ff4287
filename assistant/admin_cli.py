"""`heard user ...`, `heard record ...` and `heard audit ...`: accounts, owners for old records and
the audit log from the command line.

Whoever runs these on the machine that holds the database acts as the local operator (they could
open the database file anyway); what they do is audited as `local`.
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from typing import Any

from assistant.errors import HeardError


def register(commands: Any) -> None:
    """Add the `user` and `audit` commands to the main parser's subcommands."""
    user = commands.add_parser("user", help="add, list and disable accounts")
    users = user.add_subparsers(title="actions", required=True, metavar="ACTION")
    add = users.add_parser("add", help="create an account (the password is asked for, or read with --password-stdin)")
    add.add_argument("username")
    add.add_argument("--role", required=True, choices=["social_worker", "supervisor", "evaluator", "admin"])
    add.add_argument("--team", help="the team (needed for social workers and supervisors)")
    add.add_argument("--name", dest="display_name", help="the name shown in the app")
    add.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    add.set_defaults(handler=_user_add)
    listing = users.add_parser("list", help="list accounts")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=_user_list)
    disable = users.add_parser("disable", help="stop an account signing in (its records stay)")
    disable.add_argument("username")
    disable.set_defaults(handler=_user_disable)
    enable = users.add_parser("enable", help="let a disabled account sign in again")
    enable.add_argument("username")
    enable.set_defaults(handler=_user_enable)
    reset = users.add_parser("password", help="set a new password (asked for, or --password-stdin); ends their sessions")
    reset.add_argument("username")
    reset.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    reset.set_defaults(handler=_user_password)

    record = commands.add_parser("record", help="give records made before accounts existed an owner")
    records = record.add_subparsers(title="actions", required=True, metavar="ACTION")
    unowned = records.add_parser("unowned", help="list records that have no owner")
    unowned.set_defaults(handler=_record_unowned)
    assign = records.add_parser("assign", help="make records with no owner someone's (and their team's)")
    assign.add_argument("ids", nargs="+", type=int, metavar="ID", help="record numbers (see `heard record unowned`)")
    assign.add_argument("--owner", required=True, help="the social worker or supervisor who will own them")
    assign.set_defaults(handler=_record_assign)

    log = commands.add_parser("audit", help="check or list the audit log")
    logs = log.add_subparsers(title="actions", required=True, metavar="ACTION")
    verify = logs.add_parser("verify", help="check the hash chain: exit 0 intact, 1 broken (naming the first bad entry)")
    verify.add_argument("--json", action="store_true")
    verify.set_defaults(handler=_audit_verify)
    entries = logs.add_parser("list", help="list entries, newest first")
    entries.add_argument("--actor", help="only this username")
    entries.add_argument("--action", help="only this action, e.g. view, denied, login_failed")
    entries.add_argument("--since", help="only from this date or time (UTC), e.g. 2025-01-31")
    entries.add_argument("--limit", type=int, default=100, help="at most this many (default 100)")
    entries.add_argument("--json", action="store_true", help="one JSON object a line")
    entries.set_defaults(handler=_audit_list)


def _store(args: argparse.Namespace):
    from assistant.config import load_settings
    from assistant.storage import Store

    try:
        settings = load_settings(data_dir=args.data_dir)
    except ValueError as exc:
        raise HeardError(f"bad settings: {' '.join(str(exc).split())[:300]}") from None
    return Store(settings)


def _password(args: argparse.Namespace) -> str:
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    elif sys.stdin.isatty():
        password = getpass.getpass(f"password for {args.username}: ")
        if getpass.getpass("again: ") != password:
            raise HeardError("the two passwords differ; nothing was changed")
    else:
        raise HeardError("no terminal to ask for the password: pipe it in with --password-stdin")
    if not password:
        raise HeardError("the password is empty")
    return password


def _user_add(args: argparse.Namespace) -> int:
    from assistant.accounts import Accounts

    password = _password(args)
    user = Accounts(_store(args)).add_user(args.username, args.role, password, team=args.team,
                                            display_name=args.display_name)
    print(f"added {user.username} ({user.role}{', team ' + user.team if user.team else ''})")
    return 0


def _user_list(args: argparse.Namespace) -> int:
    from assistant.accounts import Accounts

    rows = [{"username": a.user.username, "name": a.user.display_name, "role": a.user.role,
             "team": a.user.team, "active": a.active} for a in Accounts(_store(args)).users()]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    for r in rows:
        state = "" if r["active"] else "  (disabled)"
        print(f"{r['username']:<24} {r['role']:<14} {r['team'] or '-':<16} {r['name']}{state}")
    if not rows:
        print("no users yet: add one with `heard user add USERNAME --role ROLE`", file=sys.stderr)
    return 0


def _user_disable(args: argparse.Namespace) -> int:
    from assistant.accounts import Accounts

    Accounts(_store(args)).disable(args.username)
    print(f"disabled {args.username.strip().lower()}")
    return 0


def _user_enable(args: argparse.Namespace) -> int:
    from assistant.accounts import Accounts

    Accounts(_store(args)).enable(args.username)
    print(f"enabled {args.username.strip().lower()}")
    return 0


def _user_password(args: argparse.Namespace) -> int:
    from assistant.accounts import Accounts

    Accounts(_store(args)).set_password(args.username, _password(args))
    print(f"new password set for {args.username.strip().lower()}; their sessions have ended")
    return 0


def _record_unowned(args: argparse.Namespace) -> int:
    from assistant.access import LOCAL
    from assistant.records import Records

    rows = Records(_store(args)).unowned(LOCAL)
    for d in rows:
        print(f"#{d.id:<6} {d.created_at:%Y-%m-%d %H:%M}  {d.record_type:<26} {d.status:<10} "
              f"case {d.case.reference if d.case else '-'}")
    if not rows:
        print("every record has an owner", file=sys.stderr)
    return 0


def _record_assign(args: argparse.Namespace) -> int:
    from assistant.access import LOCAL
    from assistant.records import Records

    records = Records(_store(args))
    for draft_id in args.ids:
        d = records.assign_owner(LOCAL, draft_id, args.owner)
        print(f"record #{d.id} now belongs to {d.owner.username} (team {d.team or '-'})")
    return 0


def _audit_verify(args: argparse.Namespace) -> int:
    verdict = _store(args).verify_audit()
    if args.json:
        print(json.dumps({"ok": verdict.ok, "checked": verdict.checked, "head_seq": verdict.head_seq,
                          "head_hash": verdict.head_hash, "bad_seq": verdict.bad_seq, "reason": verdict.reason}))
    else:
        print(verdict, file=sys.stdout if verdict.ok else sys.stderr)
    return 0 if verdict.ok else 1


def _audit_list(args: argparse.Namespace) -> int:
    if args.limit < 1:
        raise HeardError("--limit must be at least 1")
    rows = _store(args).audit_entries(actor=args.actor, action=args.action, since=args.since, limit=args.limit)
    for e in rows:
        if args.json:
            print(json.dumps({"seq": e.seq, "at": e.at, "actor": e.actor, "action": e.action,
                              "object_type": e.object_type, "object_id": e.object_id, "details": e.details,
                              "hash": e.hash}, ensure_ascii=False))
        else:
            target = f"{e.object_type} {e.object_id}" if e.object_id else (e.object_type or "")
            details = json.dumps(e.details, ensure_ascii=False, sort_keys=True) if e.details else ""
            print(f"#{e.seq:<6} {e.at[:19]}  {e.actor:<20} {e.action:<13} {target:<14} {details}")
    return 0
