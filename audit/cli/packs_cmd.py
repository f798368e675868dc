"""``jejak-netral packs``: signed rule packs — keys and signing for HR, install and update for users."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime, timezone
from pathlib import Path

from audit.i18n import tr
from audit.orgconfig import load_org_config


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("packs", help="signed rule packs: keygen/sign (HR), install/update/list (users)")
    ps = p.add_subparsers(dest="packs_command", metavar="ACTION")
    k = ps.add_parser("keygen", help="make an Ed25519 key pair for signing packs (HR)")
    k.add_argument("--out", required=True, help="folder for signing-key.pem and public-key.txt")
    k.set_defaults(func=_keygen)
    s = ps.add_parser("sign", help="sign a rule pack TOML file into a .jnpack (HR)")
    s.add_argument("pack")
    s.add_argument("--key", required=True, help="signing-key.pem")
    s.add_argument("--expires", required=True, help="YYYY-MM-DD")
    s.add_argument("--out", default=None)
    s.set_defaults(func=_sign)
    i = ps.add_parser("install", help="install a signed pack from a file (USB, shared folder)")
    i.add_argument("file")
    i.add_argument("--public-key", action="append", default=None,
                   help="trusted public key (base64); default: the organisation file's keys")
    i.set_defaults(func=_install)
    u = ps.add_parser("update", help="download the signed pack from the configured address (network)")
    u.add_argument("--url", default=None)
    u.add_argument("--public-key", action="append", default=None)
    u.set_defaults(func=_update)
    ls = ps.add_parser("list", help="installed signed packs")
    ls.set_defaults(func=_list)
    p.set_defaults(func=lambda a: (p.print_help(), 2)[1])


def _keys(args: argparse.Namespace) -> list[str]:
    return args.public_key or load_org_config().public_keys


def _keygen(args: argparse.Namespace) -> int:
    from audit.security.signing import generate_keypair, key_id
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    pem, pub = generate_keypair()
    key_file = out / "signing-key.pem"
    fd = __import__("os").open(key_file, __import__("os").O_WRONLY | __import__("os").O_CREAT
                               | __import__("os").O_EXCL, 0o600)
    with open(fd, "w", encoding="ascii") as fh:
        fh.write(pem)
    (out / "public-key.txt").write_text(pub + "\n", encoding="ascii")
    print(f"{key_file}\n{out / 'public-key.txt'}\nkey id: {key_id(pub)}")
    return 0


def _sign(args: argparse.Namespace) -> int:
    from audit.security.signing import sign_pack
    expires = datetime.strptime(args.expires, "%Y-%m-%d").replace(tzinfo=timezone.utc)
    data = sign_pack(Path(args.pack), Path(args.key).read_text(encoding="ascii"), expires)
    out = Path(args.out) if args.out else Path(args.pack).with_suffix(".jnpack")
    out.write_bytes(data)
    print(out)
    return 0


def _report(vp) -> int:  # type: ignore[no-untyped-def]
    print(tr("packs.installed", name=vp.pack_name, key_id=vp.key_id,
             expires=vp.expires.strftime("%Y-%m-%d")))
    return 0


def _install(args: argparse.Namespace) -> int:
    from audit.packs_update import install_file
    return _report(install_file(Path(args.file), _keys(args)))


def _update(args: argparse.Namespace) -> int:
    from audit.packs_update import download_and_install
    url = args.url or load_org_config().update_url
    if not url:
        print(tr("packs.no_update_url"), file=sys.stderr)
        return 2
    return _report(download_and_install(url, _keys(args)))


def _list(args: argparse.Namespace) -> int:
    from audit.packs_update import installed_packs
    for p in installed_packs():
        print(p)
    return 0
