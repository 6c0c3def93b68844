"""Use cases around campaigns: validate and import files, list, export."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from mysterycaller.domain.campaign import Campaign
from mysterycaller.persistence.campaigns import CampaignStore, CampaignSummary
from mysterycaller.persistence.database import Database
from mysterycaller.services.files import write_atomically

if TYPE_CHECKING:
    from mysterycaller.services.campaign_files import LoadedCampaign

# campaign_files (and with it jsonschema) is imported where a file is read or written: the GUI
# lists campaigns at start-up and should not pay for the validator then.


@dataclass(frozen=True)
class ImportedCampaign:
    campaign: Campaign
    version: int
    #: False when the file matched the stored version exactly and nothing was written.
    changed: bool
    id_generated: bool


def validate_campaign_file(path: Path) -> LoadedCampaign:
    """Check a campaign file and change nothing; raises CampaignFileError."""
    from mysterycaller.services.campaign_files import load_campaign_file

    return load_campaign_file(path)


def import_campaign_file(database: Database, path: Path) -> ImportedCampaign:
    """Validate a campaign file, then add it, or add a new catalogue version of it."""
    from mysterycaller.services.campaign_files import load_campaign_file

    loaded = load_campaign_file(path)
    return import_campaign_document(database, loaded)


def import_campaign_document(database: Database, loaded: LoadedCampaign) -> ImportedCampaign:
    """Store a validated campaign in one transaction."""
    with database.transaction() as session:
        saved = CampaignStore(session).save(loaded.document)
    return ImportedCampaign(
        campaign=loaded.campaign,
        version=saved.version,
        changed=saved.created,
        id_generated=loaded.id_generated,
    )


def list_campaigns(database: Database) -> list[CampaignSummary]:
    with database.reading() as session:
        return CampaignStore(session).list()


def resolve_campaign(database: Database, id_or_prefix: str) -> str:
    """The full id of a campaign given by id or prefix; raises LookupError."""
    with database.reading() as session:
        return CampaignStore(session).resolve(id_or_prefix)


def latest_campaign(database: Database, campaign_id: str) -> Campaign:
    with database.reading() as session:
        return CampaignStore(session).latest(campaign_id)


def export_campaign(database: Database, id_or_prefix: str, output: Path) -> str:
    """Write the latest version of a campaign as a campaign file; returns the campaign id."""
    with database.reading() as session:
        store = CampaignStore(session)
        campaign_id = store.resolve(id_or_prefix)
        document = store.document(campaign_id)
    from mysterycaller.services.campaign_files import dump_campaign_yaml

    write_atomically(output, dump_campaign_yaml(document).encode("utf-8"))
    return campaign_id
