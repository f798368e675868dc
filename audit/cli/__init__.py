"""``jejak-netral`` command line. Every subcommand is a thin layer over ``audit``.

Errors reach the user as one clear line in Bahasa Indonesia and English;
``--debug`` shows the traceback too. Exit codes: 0 the command ran, 2 an
input could not be read or the command was used wrongly, 1 an unexpected bug.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
import traceback

from audit import __version__
from audit.errors import AuditError, Cancelled
from audit.i18n import set_language, tr

# Subcommand modules, each exposing add_parser(subparsers). Explicit for frozen builds.
SUBCOMMANDS = [
    "audit.cli.scan_cmd",
    "audit.cli.rules_cmd",
    "audit.cli.eval_cmd",
    "audit.cli.checklist_cmd",
    "audit.cli.report_cmd",
    "audit.cli.data_cmd",
    "audit.cli.packs_cmd",
    "audit.cli.org_cmd",
    "audit.cli.bench_cmd",
]


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="jejak-netral",
        description=tr("cli.description", "id") + " / " + tr("cli.description", "en"))
    p.add_argument("--version", action="version", version=f"jejak-netral {__version__}")
    p.add_argument("--debug", action="store_true", help="show tracebacks and debug logs")
    p.add_argument("--lang", choices=["id", "en"], default=None,
                   help="language of messages (default: id)")
    p.add_argument("--data-dir", default=None, help="folder for the app's own data (store, cache)")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    for mod_name in SUBCOMMANDS:
        try:
            mod = importlib.import_module(mod_name)
        except ModuleNotFoundError as e:
            if e.name == mod_name:
                continue  # a subcommand still being written
            raise
        mod.add_parser(sub)
    return p


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.debug else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")
    if args.lang:
        set_language(args.lang)
    if args.data_dir:
        from audit.paths import set_data_dir
        set_data_dir(args.data_dir)
    if getattr(args, "command", None) not in (None, "data"):
        try:
            from audit.logsetup import setup_file_logging
            setup_file_logging(logging.DEBUG if args.debug else logging.INFO)
        except OSError:
            pass  # a read-only data folder must not stop a scan; the store reports it
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return int(args.func(args) or 0)
    except AuditError as e:
        print_error(e)
        if args.debug:
            traceback.print_exc()
        return 2
    except Cancelled:
        print(tr("cli.cancelled", "id") + " / " + tr("cli.cancelled", "en"), file=sys.stderr)
        return 130
    except KeyboardInterrupt:
        print(tr("cli.cancelled", "id") + " / " + tr("cli.cancelled", "en"), file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception:  # noqa: BLE001 - last resort: a bug, said plainly
        print(tr("cli.bug", "id") + "\n" + tr("cli.bug", "en"), file=sys.stderr)
        if args.debug:
            traceback.print_exc()
        return 1


def print_error(e: AuditError) -> None:
    print(f"{tr('cli.error_prefix', 'id')}: {e.message('id')}", file=sys.stderr)
    print(f"{tr('cli.error_prefix', 'en')}: {e.message('en')}", file=sys.stderr)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
