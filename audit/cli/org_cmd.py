"""``jejak-netral org show``: which organisation file is in use, what it sets, and its problems.

For HR: a typo in the organisation file falls back to defaults quietly in the
app; this command shows exactly what was read and what was ignored.
"""

from __future__ import annotations

import argparse

from audit.i18n import tr
from audit.orgconfig import candidate_paths, load_org_config


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("org", help="the organisation file (HR configuration) in use")
    ps = p.add_subparsers(dest="org_command", metavar="ACTION")
    s = ps.add_parser("show", help="print the organisation file in use and its problems")
    s.set_defaults(func=_show)
    p.set_defaults(func=_show)


def _show(args: argparse.Namespace) -> int:
    cfg = load_org_config()
    if cfg.source is None:
        print(tr("org.none_found"))
        for c in candidate_paths():
            print(f"  - {c}")
        return 0
    print(tr("org.in_use", file=str(cfg.source)))
    rows = [("organisation.name", cfg.name), ("defaults.language", cfg.language),
            ("defaults.timezone", cfg.timezone), ("defaults.region_code", cfg.region_code),
            ("defaults.region_name", cfg.region_name),
            ("rulepacks.extra", ", ".join(str(p) for p in cfg.extra_packs) or None),
            ("rulepacks.disable_national", str(cfg.disable_national).lower()),
            ("updates.url", cfg.update_url),
            ("updates.public_keys", str(len(cfg.public_keys)))]
    for k, v in rows:
        print(f"  {k} = {v if v is not None else '-'}")
    for prob in cfg.problems:
        print("! " + prob.message())
    return 1 if cfg.problems else 0
