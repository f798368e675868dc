"""``jejak-netral data``: where the app keeps its data, key status, and "Hapus semua data"."""

from __future__ import annotations

import argparse
import sys

from audit.i18n import tr
from audit.paths import data_dir


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("data", help="the app's own data: where, key status, wipe")
    ps = p.add_subparsers(dest="data_command", metavar="ACTION")
    w = ps.add_parser("where", help="print the data folder")
    w.set_defaults(func=lambda a: (print(data_dir(create=False)), 0)[1])
    k = ps.add_parser("key", help="which key protects the data (keyring or passphrase)")
    k.set_defaults(func=_key)
    wp = ps.add_parser("wipe", help="delete all app data (never your archives)")
    wp.add_argument("--yes", action="store_true", help="do not ask")
    wp.set_defaults(func=_wipe)
    r = ps.add_parser("recover", help="check the store; restore the last good backup or start over")
    g = r.add_mutually_exclusive_group()
    g.add_argument("--restore", action="store_true", help="restore the newest good backup")
    g.add_argument("--start-over", action="store_true", help="set the damaged store aside and start empty")
    r.set_defaults(func=_recover)
    p.set_defaults(func=lambda a: (p.print_help(), 2)[1])


def _key(args: argparse.Namespace) -> int:
    from audit.security.keys import KeyInfo, keyring_usable
    ok, backend = keyring_usable()
    info = KeyInfo.load(data_dir(create=False)) if data_dir(create=False).exists() else None
    print(f"keyring: {'ok' if ok else 'unavailable'} ({backend})")
    print(f"method: {info.method if info else '-'}")
    return 0


def _wipe(args: argparse.Namespace) -> int:
    from audit.security.wipe import wipe_all
    if not args.yes:
        print(tr("wipe.confirm"))
        answer = sys.stdin.readline().strip().upper() if sys.stdin else ""
        if answer not in ("YA", "YES"):
            print(tr("cli.cancelled"))
            return 1
    rep = wipe_all(data_dir(create=False))
    print(tr("wipe.done", n=len(rep.removed)))
    if rep.failed:
        print(tr("wipe.partial", files=", ".join(p for p, _ in rep.failed)), file=sys.stderr)
        return 1
    return 0


def _recover(args: argparse.Namespace) -> int:
    """The damaged file is always kept (copied aside), whatever is chosen."""
    from audit.store.recovery import CORRUPT, UNREADABLE, check_store, restore_backup, start_over
    from audit.store.store import default_path
    health = check_store(default_path())
    print(health.message())
    if health.ok:
        return 0
    if health.status not in (CORRUPT, UNREADABLE):
        return 2
    if args.restore:
        if not health.backups:
            print(tr("store.recovery.bad_backup", path="-", reason="no backup"), file=sys.stderr)
            return 2
        kept = restore_backup(health.path, health.backups[0])
    elif args.start_over:
        kept = start_over(health.path)
    else:
        return 2
    print(tr("data.recover.kept", path=str(kept)))
    return 0
