"""`mysterycaller export csv|xlsx`: one row per test call for spreadsheets."""

from __future__ import annotations

import argparse
from pathlib import Path

from mysterycaller.cli.common import EXIT_OK, Registrar, opened_database


def register(registrar: Registrar) -> None:
    group = registrar.group("export", "spreadsheet exports of a campaign's calls")
    for fmt in ("csv", "xlsx"):
        sub = group.command(fmt, export, f"write every call of a campaign as {fmt.upper()}")
        sub.add_argument("--campaign", required=True, metavar="CAMPAIGN")
        sub.add_argument("-o", "--output", type=Path, required=True, metavar=f"FILE.{fmt}")
        sub.add_argument(
            "--ids", action="store_true", help="column headers as stable ids, not readable words"
        )
        sub.add_argument("--agency", metavar="NAME", help="author of the workbook (XLSX)")
        sub.set_defaults(format=fmt)


def export(args: argparse.Namespace) -> int:
    from mysterycaller.services.exports import attempts_path, export_calls

    with opened_database(args) as database:
        rows = export_calls(
            database, args.campaign, args.output, args.format,
            language=getattr(args, "lang", None), ids=args.ids, agency=args.agency,
        )  # fmt: skip
    print(f"{args.output}: {rows} calls exported")
    if args.format == "csv":
        print(f"{attempts_path(args.output)}: their attempts")
    return EXIT_OK
