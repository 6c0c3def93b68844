"""`mysterycaller sync export|import|package|conflicts|resolve`: offline bundles and their merge."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from mysterycaller.cli.common import (
    EXIT_OK,
    EXIT_REFUSED,
    Registrar,
    opened_database,
    print_json,
    print_table,
)


def register(registrar: Registrar) -> None:
    group = registrar.group("sync", "results bundles, campaign packages and their conflicts")
    sub = group.command("export", export, "write completed calls as a results bundle")
    sub.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    sub.add_argument("--campaign", metavar="CAMPAIGN", help="only the calls of this campaign")
    which = sub.add_mutually_exclusive_group()
    which.add_argument("--all", dest="only_new", action="store_false", help="every completed call")
    which.add_argument(
        "--not-exported",
        dest="only_new",
        action="store_true",
        help="only calls not yet exported as they are now (the default)",
    )
    sub.set_defaults(only_new=True)
    _password_option(sub, "encrypt the bundle with the password in FILE")
    sub.add_argument(
        "--tester",
        metavar="NAME",
        help="tester named in the manifest (default: $MYSTERYCALLER_TESTER, else the calls')",
    )
    sub = group.command("import", import_, "check a bundle or package, then merge it")
    sub.add_argument("file", type=Path, metavar="FILE")
    _password_option(sub, "the password of an encrypted bundle")
    sub.add_argument("--json", action="store_true", help="print the report as JSON")
    sub = group.command("package", package, "write a campaign as a package for testers")
    sub.add_argument("campaign", metavar="CAMPAIGN")
    sub.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    _password_option(sub, "encrypt the package with the password in FILE")
    sub = group.command("conflicts", conflicts, "list calls imported with differing content")
    sub.add_argument("--json", action="store_true", help="print JSON, both versions in full")
    sub = group.command("resolve", resolve, "resolve a conflict by keeping one version")
    sub.add_argument("conflict", metavar="CONFLICT")
    sub.add_argument("--keep", choices=("existing", "incoming"), required=True)


def _password_option(parser: argparse.ArgumentParser, help: str) -> None:
    parser.add_argument("--password-file", type=Path, metavar="FILE", help=help)


def _password(args: argparse.Namespace) -> bytes | None:
    from mysterycaller.services.sync import read_password_file

    return read_password_file(args.password_file) if args.password_file else None


def export(args: argparse.Namespace) -> int:
    from mysterycaller.services.campaigns import resolve_campaign
    from mysterycaller.services.sync import default_tester, export_results

    password = _password(args)
    with opened_database(args) as database:
        campaign_id = resolve_campaign(database, args.campaign) if args.campaign else None
        report = export_results(
            database,
            args.output,
            campaign_id=campaign_id,
            only_new=args.only_new,
            password=password,
            tester=args.tester or default_tester(),
        )
    if report.calls == 0:
        hint = "; --all exports every completed call again" if args.only_new else ""
        print(f"{args.output}: not written: no completed call to export{hint}.", file=sys.stderr)
        return EXIT_REFUSED
    what = "encrypted results bundle" if report.encrypted else "results bundle"
    print(
        f"{report.path}: {what}, {report.calls} calls, {len(report.versions)} campaign "
        f"versions, {report.size} bytes, checked after writing. SHA-256 {report.sha256}"
    )
    return EXIT_OK


def package(args: argparse.Namespace) -> int:
    from mysterycaller.services.sync import export_campaign_package

    password = _password(args)
    with opened_database(args) as database:
        report = export_campaign_package(database, args.campaign, args.output, password=password)
    what = "encrypted campaign package" if report.encrypted else "campaign package"
    print(
        f"{report.path}: {what} of {report.versions[0][0]}, versions "
        f"{', '.join(str(n) for _, n in report.versions)}, checked after writing. "
        f"SHA-256 {report.sha256}"
    )
    return EXIT_OK


def import_(args: argparse.Namespace) -> int:
    from mysterycaller.services.sync import import_contents, read_bundle_file

    password = _password(args)
    contents = read_bundle_file(args.file, password)  # fully checked before the database opens
    with opened_database(args) as database:
        report = import_contents(database, contents)
    if args.json:
        print_json(_report_json(report))
        return EXIT_OK
    origin = f" from {report.tester}" if report.tester else ""
    print(f"{args.file}: {report.kind}{origin}{' (encrypted)' if report.encrypted else ''}")
    print(
        f"campaign versions: {len(report.versions_added)} added, "
        f"{len(report.versions_unchanged)} already here"
    )
    if report.kind == "results":
        rows = [
            (
                tester or "-",
                f"{campaign[:8]} {report.campaign_names.get(campaign, '')}".strip(),
                c["added"],
                c["unchanged"],
                c["conflict"] + c["known_conflict"],
            )
            for (tester, campaign), c in sorted(report.counts.items())
        ]
        if rows:
            print_table(("TESTER", "CAMPAIGN", "ADDED", "UNCHANGED", "CONFLICTS"), rows)
        known = report.total("known_conflict")
        print(
            f"total: {report.total('added')} added, {report.total('unchanged')} unchanged, "
            f"{report.total('conflict') + known} conflicts ({report.total('conflict')} new)"
        )
        if report.new_conflicts:
            print("new conflicts: " + ", ".join(c[:8] for c in report.new_conflicts))
            print("see 'mysterycaller sync conflicts'; resolve with 'sync resolve CONFLICT --keep'")
    return EXIT_OK


def _report_json(report: Any) -> dict[str, Any]:
    return {
        "source": report.source,
        "kind": report.kind,
        "tester": report.tester,
        "encrypted": report.encrypted,
        "versions_added": [{"campaign_id": c, "version": n} for c, n in report.versions_added],
        "versions_unchanged": [
            {"campaign_id": c, "version": n} for c, n in report.versions_unchanged
        ],
        "groups": [
            {
                "tester": tester,
                "campaign_id": campaign,
                "added": c["added"],
                "unchanged": c["unchanged"],
                "conflicts": c["conflict"] + c["known_conflict"],
                "new_conflicts": c["conflict"],
            }
            for (tester, campaign), c in sorted(report.counts.items())
        ],
        "added": report.total("added"),
        "unchanged": report.total("unchanged"),
        "conflicts": report.total("conflict") + report.total("known_conflict"),
        "new_conflicts": report.new_conflicts,
    }


def conflicts(args: argparse.Namespace) -> int:
    from mysterycaller.services.sync import list_conflicts

    with opened_database(args) as database:
        found = list_conflicts(database)
    if args.json:
        print_json(
            [
                {
                    "id": c.id,
                    "call_id": c.call_id,
                    "campaign_id": c.campaign_id,
                    "campaign_name": c.campaign_name,
                    "tester": c.tester,
                    "source": c.source,
                    "detected_at": c.detected_at.isoformat(),
                    "existing": c.existing,
                    "incoming": c.incoming,
                }
                for c in found
            ]
        )
        return EXIT_OK
    if not found:
        print("No open conflicts.")
        return EXIT_OK
    print_table(
        ("ID", "CALL", "TESTER", "FROM", "SCORE HERE", "SCORE INCOMING", "DIFFERS IN"),
        [
            (
                c.id[:8],
                c.call_id[:8],
                c.tester,
                c.source,
                c.existing["score"] if c.existing else "(deleted)",
                c.incoming["score"],
                ", ".join(_differences(c.existing, c.incoming)),
            )
            for c in found
        ],
    )
    return EXIT_OK


def _differences(existing: dict[str, Any] | None, incoming: dict[str, Any]) -> list[str]:
    if existing is None:
        return ["everything"]
    return sorted(k for k in incoming if existing.get(k) != incoming.get(k))


def resolve(args: argparse.Namespace) -> int:
    from mysterycaller.services.sync import resolve_conflict, resolve_conflict_id

    with opened_database(args) as database:
        conflict_id = resolve_conflict_id(database, args.conflict)
        resolve_conflict(database, conflict_id, args.keep)
    print(f"{conflict_id}: resolved, the {args.keep} version is kept")
    return EXIT_OK
