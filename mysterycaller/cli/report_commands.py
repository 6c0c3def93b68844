"""`mysterycaller report call|campaign`: client PDF reports."""

from __future__ import annotations

import argparse
from pathlib import Path

from mysterycaller.cli.common import EXIT_OK, Registrar, opened_database


def register(registrar: Registrar) -> None:
    group = registrar.group("report", "PDF reports for the client")
    sub = group.command("call", call, "the PDF report of one test call")
    sub.add_argument("call", metavar="CALL")
    _common_options(sub)
    sub = group.command("campaign", campaign, "the PDF wave report of a campaign")
    sub.add_argument("campaign", metavar="CAMPAIGN")
    _common_options(sub)
    sub.add_argument(
        "--anonymise-competitors",
        action="store_true",
        help="name the competitors' lines 'Wettbewerber A, B …' / 'Competitor A, B …'",
    )


def _common_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    parser.add_argument(
        "--agency",
        metavar="NAME",
        help="agency name in the footer (default: $MYSTERYCALLER_AGENCY)",
    )
    parser.add_argument("--logo", type=Path, metavar="FILE.png|.jpg", help="logo for the pages")
    parser.add_argument("--color", metavar="#RRGGBB", help="accent colour")


def _branding(args: argparse.Namespace) -> object:
    from mysterycaller.services.reports.branding import make_branding

    return make_branding(args.agency, args.logo, args.color)


def call(args: argparse.Namespace) -> int:
    from mysterycaller.services.reports import write_call_report

    branding = _branding(args)  # refuse a bad logo before opening the database
    with opened_database(args) as database:
        output = write_call_report(
            database, args.call, args.output, language=getattr(args, "lang", None),
            branding=branding,  # type: ignore[arg-type]
        )  # fmt: skip
    print(f"{output}: call report written")
    return EXIT_OK


def campaign(args: argparse.Namespace) -> int:
    from mysterycaller.services.reports import write_wave_report

    branding = _branding(args)
    with opened_database(args) as database:
        output = write_wave_report(
            database, args.campaign, args.output, language=getattr(args, "lang", None),
            branding=branding,  # type: ignore[arg-type]
            anonymise_competitors=args.anonymise_competitors,
        )  # fmt: skip
    print(f"{output}: wave report written")
    return EXIT_OK
