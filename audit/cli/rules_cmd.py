"""``jejak-netral rules check FILE...`` and ``jejak-netral rules list``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from audit.errors import RulePackError
from audit.i18n import tr


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("rules", help="check or list rule packs")
    rs = p.add_subparsers(dest="rules_command", metavar="ACTION")
    c = rs.add_parser("check", help="validate rule pack files (several files are checked as one combined set)")
    c.add_argument("files", nargs="+", help="TOML rule pack files")
    c.add_argument("--with-national", action="store_true",
                   help="check together with the shipped national pack (for regional packs)")
    c.set_defaults(func=run_check)
    lst = rs.add_parser("list", help="list shipped and installed rule packs")
    lst.set_defaults(func=run_list)
    p.set_defaults(func=lambda args: (p.print_help(), 2)[1])


def run_check(args: argparse.Namespace) -> int:
    from audit.rules import format_error, load_packs
    from audit.rules.loader import NATIONAL_PACK
    from audit.paths import resource_path

    files = [Path(f) for f in args.files]
    if args.with_national:
        national = resource_path("rulepacks", NATIONAL_PACK)
        if all(f.resolve() != national.resolve() for f in files):
            files.insert(0, national)
    try:
        rs = load_packs(files)
    except RulePackError as e:
        errors = getattr(e, "errors", [])
        for err in errors:
            print(format_error(err, "id"), file=sys.stdout)
            print("  " + format_error(err, "en"), file=sys.stdout)
        print(tr("rules.check.failed", "id", count=len(errors)))
        print(tr("rules.check.failed", "en", count=len(errors)))
        return 2
    pairs = sum(1 for e in rs.entities.values() if e.type == "pair")
    parties = sum(1 for e in rs.entities.values() if e.type == "party")
    for lang in ("id", "en"):
        print(tr("rules.check.ok", lang, file=", ".join(str(f) for f in files), packs=len(rs.packs),
                 phases=len(rs.phases), entities=len(rs.entities), pairs=pairs, parties=parties))
    return 0


def run_list(args: argparse.Namespace) -> int:
    from audit.rules import default_pack_paths, load_packs, shipped_pack_paths
    from audit.rules.loader import WIB

    active = {p.resolve() for p in default_pack_paths()}
    paths = list(dict.fromkeys([*shipped_pack_paths(), *default_pack_paths()]))
    print(tr("rules.list.header"))
    for path in paths:
        try:
            # Regional packs may refer to national parties: check them together.
            combined = load_packs(list(dict.fromkeys([*shipped_pack_paths()[:1], path])))
            info = next(p for p in combined.packs if p.path and p.path.resolve() == path.resolve())
        except RulePackError as e:
            print(f"  {path.name}: {e.message()}")
            continue
        flags = []
        if info.fictional:
            flags.append(tr("rules.list.fictional"))
        if path.resolve() in active:
            flags.append(tr("rules.list.active"))
        title = info.title.get("id") if args and getattr(args, "lang", None) != "en" else info.title.get("en")
        print(f"  {info.id} {info.version} — {title} [{info.election_type} {info.election_year}, "
              f"{info.region_name}, {info.valid_from.astimezone(WIB).date()}..{info.valid_to.astimezone(WIB).date()}] {' '.join(flags)}")
        print(f"      {path}")
    return 0
