"""`mysterycaller calls list|show|import`."""

from __future__ import annotations

import argparse
from pathlib import Path

from mysterycaller.cli.common import EXIT_OK, Registrar, opened_database, print_json, print_table


def register(registrar: Registrar) -> None:
    group = registrar.group("calls", "test calls")
    sub = group.command("list", list_, "list test calls, newest first")
    sub.add_argument("--campaign", metavar="CAMPAIGN")
    sub.add_argument("--json", action="store_true", help="print JSON")
    sub = group.command("show", show, "show one call with timings and score")
    sub.add_argument("call", metavar="CALL")
    sub.add_argument("--json", action="store_true", help="print JSON")
    sub = group.command(
        "import", import_, "add calls recorded elsewhere (a JSON array of call records)"
    )
    sub.add_argument("file", type=Path, metavar="FILE.json")


def list_(args: argparse.Namespace) -> int:
    from mysterycaller.services.calls import list_calls
    from mysterycaller.services.campaigns import resolve_campaign
    from mysterycaller.services.formats import Formats

    with opened_database(args) as database:
        campaign_id = resolve_campaign(database, args.campaign) if args.campaign else None
        calls = list_calls(database, campaign_id)
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
        return EXIT_OK

    def shown_score(reached: bool, knocked_out: bool, score: float | None) -> str:
        if not reached:
            return "not reached"
        return "K.O." if knocked_out else Formats("en").number(score)

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
                shown_score(c.reached, c.knocked_out, c.score),
            )
            for c in calls
        ],
    )
    return EXIT_OK


def show(args: argparse.Namespace) -> int:
    from mysterycaller.services.call_text import describe_record
    from mysterycaller.services.calls import show_call

    with opened_database(args) as database:
        record = show_call(database, args.call)
    if args.json:
        print_json(record)
    else:
        print(describe_record(record))
    return EXIT_OK


def import_(args: argparse.Namespace) -> int:
    from mysterycaller.services.calls import import_call_records

    with opened_database(args) as database:
        report = import_call_records(database, args.file)
    print(f"{args.file}: {report.added} calls added, {report.already_present} already present")
    for campaign_id, count in sorted(report.by_campaign.items()):
        print(f"  campaign {campaign_id}: {count} added")
    return EXIT_OK
