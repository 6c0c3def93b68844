"""`mysterycaller campaign validate|import|list|export|template`."""

from __future__ import annotations

import argparse
from pathlib import Path

from mysterycaller.cli.common import EXIT_OK, Registrar, opened_database, print_json, print_table


def register(registrar: Registrar) -> None:
    group = registrar.group("campaign", "campaign files and stored campaigns")
    sub = group.command("validate", validate, "check a campaign file, change nothing")
    sub.add_argument("file", type=Path, metavar="FILE.yaml")
    sub = group.command("import", import_, "validate, then add or update the campaign (by its id)")
    sub.add_argument("file", type=Path, metavar="FILE.yaml")
    sub = group.command("list", list_, "list the stored campaigns")
    sub.add_argument("--json", action="store_true", help="print JSON")
    sub = group.command("export", export, "write a stored campaign as a campaign file")
    sub.add_argument("campaign", metavar="CAMPAIGN")
    sub.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.yaml")
    sub = group.command(
        "template", template, "write a starter campaign file with the built-in catalogue"
    )
    sub.add_argument("--language", choices=("de", "en"), default="de")
    sub.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.yaml")


def validate(args: argparse.Namespace) -> int:
    from mysterycaller.services.campaigns import validate_campaign_file

    campaign = validate_campaign_file(args.file).campaign
    criteria = len(campaign.catalogue.criterion_ids())
    print(
        f"{args.file}: valid. {campaign.name!r}: targets {len(campaign.targets)}, "
        f"scenarios {len(campaign.scenarios)}, sections {len(campaign.catalogue.sections)}, "
        f"criteria {criteria}."
    )
    return EXIT_OK


def import_(args: argparse.Namespace) -> int:
    from mysterycaller.services.campaign_files import load_campaign_file
    from mysterycaller.services.campaigns import import_campaign_document

    loaded = load_campaign_file(args.file)  # validate before the database is even opened
    with opened_database(args) as database:
        imported = import_campaign_document(database, loaded)
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


def list_(args: argparse.Namespace) -> int:
    from mysterycaller.services.campaigns import list_campaigns

    with opened_database(args) as database:
        campaigns = list_campaigns(database)
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


def export(args: argparse.Namespace) -> int:
    from mysterycaller.services.campaigns import export_campaign

    with opened_database(args) as database:
        campaign_id = export_campaign(database, args.campaign, args.output)
    print(f"{campaign_id}: written to {args.output}")
    return EXIT_OK


def template(args: argparse.Namespace) -> int:
    from mysterycaller.services.campaign_files import template_text
    from mysterycaller.services.files import write_atomically

    write_atomically(args.output, template_text(args.language).encode("utf-8"))
    print(
        f"{args.output}: a starter campaign ({args.language}); edit it, then "
        f"'mysterycaller campaign validate {args.output}'"
    )
    return EXIT_OK
