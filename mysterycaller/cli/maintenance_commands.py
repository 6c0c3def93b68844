"""`mysterycaller demo` and `mysterycaller db check|backup`."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from mysterycaller.cli.common import EXIT_OK, EXIT_REFUSED, Registrar, opened_database


def count(text: str) -> int:
    value = int(text)
    if value < 0:
        raise argparse.ArgumentTypeError("must not be negative")
    return value


def register(registrar: Registrar) -> None:
    sub = registrar.command("demo", demo, "add the demo campaign and N synthetic completed calls")
    sub.add_argument("--calls", type=count, default=200, metavar="N")
    sub.add_argument("--seed", type=int, default=1, metavar="S")
    group = registrar.group("db", "the database file")
    group.command("check", check, "check the database's integrity and schema")
    sub = group.command("backup", backup, "write a consistent copy of the database")
    sub.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    sub.add_argument(
        "--force", action="store_true", help="copy the database even when it is damaged"
    )


def demo(args: argparse.Namespace) -> int:
    from mysterycaller.services.demo import add_demo

    began = time.perf_counter()
    with opened_database(args) as database:
        result = add_demo(database, calls=args.calls, seed=args.seed)
    seconds = time.perf_counter() - began
    print(
        f"demo campaign {result.campaign_id}: {result.added} calls added, "
        f"{result.already_present} already present ({seconds:.1f} s)"
    )
    return EXIT_OK


#: ``db check`` lists this many problems, then counts the rest.
MAX_PRINTED = 50


def check(args: argparse.Namespace) -> int:
    with opened_database(args) as database:
        problems = database.check()
        path = database.path
        damage = database.damage
    for problem in problems[:MAX_PRINTED]:
        print(f"{path}: {problem}", file=sys.stderr)
    if len(problems) > MAX_PRINTED:
        print(f"{path}: and {len(problems) - MAX_PRINTED} more problems", file=sys.stderr)
    damaged = damage is not None or any(p.startswith("integrity:") for p in problems)
    if damaged:
        from mysterycaller.persistence import backups
        from mysterycaller.persistence.faults import DAMAGED, StoreFault

        assert path is not None
        fault = damage or StoreFault(DAMAGED, path, backup=backups.newest_good_backup(path))
        print(str(fault), file=sys.stderr)
    if problems or damaged:
        return EXIT_REFUSED
    print(f"{path}: ok")
    return EXIT_OK


def backup(args: argparse.Namespace) -> int:
    with opened_database(args) as database:
        database.backup(args.output, force=args.force)
        path = database.path
    print(f"{path}: backed up to {args.output}")
    return EXIT_OK
