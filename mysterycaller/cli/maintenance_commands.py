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


def check(args: argparse.Namespace) -> int:
    with opened_database(args) as database:
        problems = database.check()
        path = database.path
    for problem in problems:
        print(f"{path}: {problem}", file=sys.stderr)
    if problems:
        return EXIT_REFUSED
    print(f"{path}: ok")
    return EXIT_OK


def backup(args: argparse.Namespace) -> int:
    with opened_database(args) as database:
        database.backup(args.output)
        path = database.path
    print(f"{path}: backed up to {args.output}")
    return EXIT_OK
