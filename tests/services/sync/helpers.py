"""Builders shared by the sync tests: tester databases, edited calls, hand-made bundles, state."""

from __future__ import annotations

import dataclasses
import io
import json
import sqlite3
import zipfile
from pathlib import Path
from typing import Any

from sqlalchemy import select

from mysterycaller.persistence.calls import CallStore
from mysterycaller.persistence.campaigns import CampaignStore
from mysterycaller.persistence.database import Database
from mysterycaller.persistence.sync_models import SyncConflictRow
from mysterycaller.persistence.sync_store import SyncStore
from mysterycaller.services.demo import add_demo
from mysterycaller.services.sync.bundle_format import build_zip
from mysterycaller.services.sync.manifest import MANIFEST, build_manifest
from mysterycaller.services.sync.records import call_sha256

TABLES = (
    "campaigns",
    "campaign_versions",
    "calls",
    "attempts",
    "results",
    "notes",
    "call_log",
    "sync_exports",
    "sync_conflicts",
)


#: The demo campaign stored under another id: a tester's real campaign (results bundles leave
#: the demo campaign itself at home).
FIELD_CAMPAIGN_ID = "6f1d0c8b-2e3a-4d4c-8b9f-1a2b3c4d5e6f"


def demo_database(path: Path, calls: int = 5, seed: int = 1) -> Database:
    """A tester's database with a field campaign and ``calls`` completed calls."""
    database = Database.open(path)
    add_demo(database, calls=calls, seed=seed, campaign_id=FIELD_CAMPAIGN_ID)
    return database


def call_ids(database: Database) -> list[str]:
    with database.transaction() as session:
        return SyncStore(session).completed_call_ids()


def edit_calls(database: Database, ids: list[str], impression: str) -> None:
    """Change the impression of some calls, as a tester reopening them would."""
    with database.transaction() as session:
        store, campaigns = CallStore(session), CampaignStore(session)
        for call_id in ids:
            call = dataclasses.replace(store.get(call_id), impression=impression)
            store.replace(call, call.score(campaigns.version(call.campaign_id, 1)))


def state(database: Database) -> dict[str, Any]:
    """What a merge decides: calls by content, conflicts, campaign versions, row counts."""
    with database.transaction() as session:
        sync = SyncStore(session)
        calls = {c.id: call_sha256(c) for c in sync.load_calls(sync.completed_call_ids())}
        conflicts = {
            (str(row.call_id), row.incoming_sha256, row.resolved_at is None)
            for row in session.scalars(select(SyncConflictRow))
        }
        versions = {
            (c.id, n, sync.version_digest(c.id, n))
            for c in CampaignStore(session).list()
            for n in sync.version_numbers(c.id)
        }
    return {
        "calls": calls,
        "conflicts": conflicts,
        "versions": versions,
        "counts": counts(database),
    }


def counts(database: Database) -> dict[str, int]:
    with database.engine.connect() as connection:
        return {
            table: connection.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar_one()
            for table in TABLES
        }


def dump(path: Path) -> list[str]:
    """Every row of the database file as SQL: equal dumps mean nothing changed."""
    connection = sqlite3.connect(path)
    try:
        return list(connection.iterdump())
    finally:
        connection.close()


def members(bundle: bytes) -> dict[str, bytes]:
    """The members of a plain bundle."""
    with zipfile.ZipFile(io.BytesIO(bundle)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def rebuild(
    parts: dict[str, bytes], manifest: dict[str, Any] | None = None, **changes: Any
) -> bytes:
    """A plain bundle of ``parts`` with a fresh, consistent manifest (or the one given)."""
    parts = {name: data for name, data in parts.items() if name != MANIFEST}
    if manifest is None:
        calls = parts.get("calls.json")
        manifest = build_manifest(
            "results" if calls is not None else "campaign-package",
            parts,
            tester="T-01",
            calls=len(json.loads(calls)) if calls is not None else 0,
        )
    manifest = {**manifest, **changes}
    return build_zip({MANIFEST: json.dumps(manifest).encode(), **parts})
