"""The `mysterycaller` command: the GUI by default, and commands for coordinators and scripts.

Exit status: 0 done, 1 input refused (nothing changed), 2 wrong usage (argparse's own).
Heavy modules are imported inside the commands that need them, to keep start-up fast.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from mysterycaller import __version__

EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2


def build_parser() -> argparse.ArgumentParser:
    """The argument parser; ``--db`` and ``--lang`` are accepted before or after the command."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--db",
        type=Path,
        default=argparse.SUPPRESS,
        metavar="PATH",
        help="database file (default: $MYSTERYCALLER_DB or the user data folder)",
    )
    common.add_argument(
        "--lang",
        choices=("de", "en"),
        default=argparse.SUPPRESS,
        help="language of the GUI and reports",
    )

    parser = argparse.ArgumentParser(
        prog="mysterycaller",
        parents=[common],
        description="Mystery Caller: record test calls to service hotlines and report them.",
    )
    parser.add_argument("--version", action="version", version=f"mysterycaller {__version__}")
    parser.add_argument(
        "--exit-after-startup",
        action="store_true",
        help="open the GUI, wait for the first paint of the main window, exit 0",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(group: Any, name: str, handler: Callable[..., int], help: str) -> Any:
        sub = group.add_parser(name, parents=[common], help=help, description=help)
        sub.set_defaults(handler=handler)
        return sub

    campaign = commands.add_parser("campaign", help="campaign files and stored campaigns")
    campaign_commands = campaign.add_subparsers(dest="action", metavar="ACTION", required=True)
    sub = command(
        campaign_commands,
        "validate",
        cmd_campaign_validate,
        "check a campaign file, change nothing",
    )
    sub.add_argument("file", type=Path, metavar="FILE.yaml")
    sub = command(
        campaign_commands,
        "import",
        cmd_campaign_import,
        "validate, then add or update the campaign (by its id)",
    )
    sub.add_argument("file", type=Path, metavar="FILE.yaml")
    sub = command(campaign_commands, "list", cmd_campaign_list, "list the stored campaigns")
    sub.add_argument("--json", action="store_true", help="print JSON")
    sub = command(
        campaign_commands,
        "export",
        cmd_campaign_export,
        "write a stored campaign as a campaign file",
    )
    sub.add_argument("campaign", metavar="CAMPAIGN")
    sub.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.yaml")
    sub = command(
        campaign_commands,
        "template",
        cmd_campaign_template,
        "write a starter campaign file with the built-in catalogue",
    )
    sub.add_argument("--language", choices=("de", "en"), default="de")
    sub.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.yaml")

    calls = commands.add_parser("calls", help="test calls")
    calls_commands = calls.add_subparsers(dest="action", metavar="ACTION", required=True)
    sub = command(calls_commands, "list", cmd_calls_list, "list test calls, newest first")
    sub.add_argument("--campaign", metavar="CAMPAIGN")
    sub.add_argument("--json", action="store_true", help="print JSON")
    sub = command(calls_commands, "show", cmd_calls_show, "show one call with timings and score")
    sub.add_argument("call", metavar="CALL")
    sub.add_argument("--json", action="store_true", help="print JSON")
    sub = command(
        calls_commands,
        "import",
        cmd_calls_import,
        "add calls recorded elsewhere (a JSON array of call records)",
    )
    sub.add_argument("file", type=Path, metavar="FILE.json")

    sub = command(
        commands, "demo", cmd_demo, "add the demo campaign and N synthetic completed calls"
    )
    sub.add_argument("--calls", type=int, default=200, metavar="N")
    sub.add_argument("--seed", type=int, default=1, metavar="S")

    db = commands.add_parser("db", help="the database file")
    db_commands = db.add_subparsers(dest="action", metavar="ACTION", required=True)
    command(db_commands, "check", cmd_db_check, "check the database's integrity and schema")
    sub = command(db_commands, "backup", cmd_db_backup, "write a consistent copy of the database")
    sub.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    handler = getattr(args, "handler", None)
    if handler is None:
        from mysterycaller.app import run_gui

        return run_gui(
            database_path(args),
            getattr(args, "lang", None),
            exit_after_startup=args.exit_after_startup,
        )
    if getattr(args, "calls", 0) < 0:
        parser.error("--calls must not be negative")
    try:
        return int(handler(args))
    except KeyboardInterrupt:
        return 130
    except Exception as error:  # refused input of any kind: say what and where, change nothing
        message = refusal_message(error)
        if message is None:
            raise
        print(message, file=sys.stderr)
        return EXIT_REFUSED


def refusal_message(error: Exception) -> str | None:
    """The message for an error that means 'input refused', or None for a real bug."""
    from mysterycaller.persistence.database import DatabaseError
    from mysterycaller.services.errors import RefusedInput

    if isinstance(error, RefusedInput | DatabaseError):
        return str(error)
    if isinstance(error, LookupError):
        return str(error.args[0]) if error.args else "not found"
    if isinstance(error, OSError):
        return f"{error.filename or ''}: {error.strerror}".lstrip(": ")
    return None


def database_path(args: argparse.Namespace) -> Path:
    from mysterycaller.persistence.database import default_database_path

    path: Path | None = getattr(args, "db", None)
    return path if path is not None else default_database_path()


def open_database(args: argparse.Namespace) -> Any:
    from mysterycaller.persistence.database import Database

    return Database.open(database_path(args))


def print_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def print_table(headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    cells = [[str(h) for h in headers]] + [["" if c is None else str(c) for c in r] for r in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    for row in cells:
        print(
            "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
        )


# ---- campaign ---------------------------------------------------------------------------------


def cmd_campaign_validate(args: argparse.Namespace) -> int:
    from mysterycaller.services.campaigns import validate_campaign_file

    loaded = validate_campaign_file(args.file)
    campaign = loaded.campaign
    criteria = len(campaign.catalogue.criterion_ids())
    print(
        f"{args.file}: valid. {campaign.name!r}: {len(campaign.targets)} targets, "
        f"{len(campaign.scenarios)} scenarios, {len(campaign.catalogue.sections)} sections, "
        f"{criteria} criteria."
    )
    return EXIT_OK


def cmd_campaign_import(args: argparse.Namespace) -> int:
    from mysterycaller.services.campaign_files import load_campaign_file
    from mysterycaller.services.campaigns import import_campaign_document

    loaded = load_campaign_file(args.file)  # validate before the database is even opened
    database = open_database(args)
    try:
        imported = import_campaign_document(database, loaded)
    finally:
        database.close()
    campaign = imported.campaign
    if not imported.changed:
        print(f"{campaign.id}  {campaign.name}: unchanged (version {imported.version})")
    elif imported.version == 1:
        print(f"{campaign.id}  {campaign.name}: imported")
    else:
        print(
            f"{campaign.id}  {campaign.name}: updated to catalogue version {imported.version}; "
            "calls already made keep their version and score"
        )
    return EXIT_OK


def cmd_campaign_list(args: argparse.Namespace) -> int:
    from mysterycaller.services.campaigns import list_campaigns

    database = open_database(args)
    try:
        campaigns = list_campaigns(database)
    finally:
        database.close()
    if args.json:
        print_json(
            [
                {
                    "id": c.id,
                    "name": c.name,
                    "client": c.client,
                    "language": c.language,
                    "version": c.version,
                    "calls": c.calls,
                }
                for c in campaigns
            ]
        )
    else:
        print_table(
            ("ID", "NAME", "CLIENT", "LANG", "VERSION", "CALLS"),
            [(c.id[:8], c.name, c.client, c.language, c.version, c.calls) for c in campaigns],
        )
    return EXIT_OK


def cmd_campaign_export(args: argparse.Namespace) -> int:
    from mysterycaller.services.campaigns import export_campaign

    database = open_database(args)
    try:
        campaign_id = export_campaign(database, args.campaign, args.output)
    finally:
        database.close()
    print(f"{campaign_id}: written to {args.output}")
    return EXIT_OK


def cmd_campaign_template(args: argparse.Namespace) -> int:
    from mysterycaller.services.campaign_files import template_text
    from mysterycaller.services.files import write_atomically

    write_atomically(args.output, template_text(args.language).encode("utf-8"))
    print(
        f"{args.output}: a starter campaign ({args.language}); edit it, then "
        f"'mysterycaller campaign validate {args.output}'"
    )
    return EXIT_OK


# ---- calls ------------------------------------------------------------------------------------


def cmd_calls_list(args: argparse.Namespace) -> int:
    from mysterycaller.domain.scoring import format_number
    from mysterycaller.services.calls import list_calls
    from mysterycaller.services.campaigns import resolve_campaign

    database = open_database(args)
    try:
        campaign_id = resolve_campaign(database, args.campaign) if args.campaign else None
        calls = list_calls(database, campaign_id)
    finally:
        database.close()
    if args.json:
        print_json(
            [
                {
                    "id": c.id,
                    "campaign_id": c.campaign_id,
                    "scenario_id": c.scenario_id,
                    "target_id": c.target_id,
                    "tester": c.tester,
                    "status": c.status,
                    "started_at": c.started_at.isoformat(timespec="milliseconds"),
                    "reached": c.reached,
                    "score": c.score,
                    "raw_score": c.raw_score,
                    "knocked_out": c.knocked_out,
                }
                for c in calls
            ]
        )
    else:
        print_table(
            ("ID", "STARTED", "TARGET", "SCENARIO", "TESTER", "STATUS", "SCORE"),
            [
                (
                    c.id[:8],
                    c.started_at.strftime("%Y-%m-%d %H:%M"),
                    c.target_id,
                    c.scenario_id,
                    c.tester,
                    c.status,
                    ("K.O." if c.knocked_out else format_number(c.score))
                    if c.reached
                    else "not reached",
                )
                for c in calls
            ],
        )
    return EXIT_OK


def cmd_calls_show(args: argparse.Namespace) -> int:
    from mysterycaller.services.calls import show_call

    database = open_database(args)
    try:
        record = show_call(database, args.call)
    finally:
        database.close()
    if args.json:
        print_json(record)
        return EXIT_OK
    from mysterycaller.services.call_text import describe_record

    print(describe_record(record))
    return EXIT_OK


def cmd_calls_import(args: argparse.Namespace) -> int:
    from mysterycaller.services.calls import import_call_records

    database = open_database(args)
    try:
        report = import_call_records(database, args.file)
    finally:
        database.close()
    print(f"{args.file}: {report.added} calls added, {report.already_present} already present")
    for campaign_id, count in sorted(report.by_campaign.items()):
        print(f"  campaign {campaign_id}: {count} added")
    return EXIT_OK


# ---- demo and db ------------------------------------------------------------------------------


def cmd_demo(args: argparse.Namespace) -> int:
    import time

    from mysterycaller.services.demo import add_demo

    database = open_database(args)
    began = time.perf_counter()
    try:
        result = add_demo(database, calls=args.calls, seed=args.seed)
    finally:
        database.close()
    seconds = time.perf_counter() - began
    print(
        f"demo campaign {result.campaign_id}: {result.added} calls added, "
        f"{result.already_present} already present ({seconds:.1f} s)"
    )
    return EXIT_OK


def cmd_db_check(args: argparse.Namespace) -> int:
    database = open_database(args)
    try:
        problems = database.check()
    finally:
        database.close()
    if problems:
        for problem in problems:
            print(f"{database.path}: {problem}", file=sys.stderr)
        return EXIT_REFUSED
    print(f"{database.path}: ok")
    return EXIT_OK


def cmd_db_backup(args: argparse.Namespace) -> int:
    database = open_database(args)
    try:
        database.backup(args.output)
    finally:
        database.close()
    print(f"{database.path}: backed up to {args.output}")
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
