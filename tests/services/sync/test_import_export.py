"""Export and import: round trips, idempotence, not-yet-exported, conflicts, packages."""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from pathlib import Path

import pytest

from mysterycaller.persistence.calls import CallStore
from mysterycaller.persistence.database import Database
from mysterycaller.persistence.sync_store import StoredConflict, SyncStore
from mysterycaller.services.campaign_files import (
    demo_document,
    dump_campaign_yaml,
    parse_campaign_text,
)
from mysterycaller.services.campaigns import import_campaign_document
from mysterycaller.services.errors import RefusedInput
from mysterycaller.services.sync import (
    export_campaign_package,
    export_results,
    import_bundle,
    list_conflicts,
    resolve_conflict,
)
from mysterycaller.services.sync.crypto import SCRYPT, KdfParams

from .helpers import FIELD_CAMPAIGN_ID, call_ids, demo_database, edit_calls, members, state

FAST = KdfParams(SCRYPT, 10, 8, 1)


@pytest.fixture
def tester(tmp_path: Path):
    database = demo_database(tmp_path / "tester.sqlite3", calls=8, seed=3)
    yield database
    database.close()


@pytest.fixture
def coordinator(tmp_path: Path):
    database = Database.open(tmp_path / "coordinator.sqlite3")
    yield database
    database.close()


def test_bundle_holds_manifest_campaign_and_calls_only(tester, tmp_path):
    report = export_results(tester, tmp_path / "r.mcb", tester="T-01")
    parts = members((tmp_path / "r.mcb").read_bytes())
    assert sorted(parts) == sorted(
        ["manifest.json", "calls.json", f"campaigns/{FIELD_CAMPAIGN_ID}/v1.json"]
    )
    manifest = json.loads(parts["manifest.json"])
    assert manifest["tester"] == "T-01" and manifest["calls"] == 8 == report.calls
    record = json.loads(parts["calls.json"])[0]
    assert "score" not in record and "timings" not in record["attempts"][0]
    assert not list(tmp_path.glob(".*.tmp"))


def test_import_into_an_empty_database_then_again_adds_nothing(tester, coordinator, tmp_path):
    export_results(tester, tmp_path / "r.mcb")
    first = import_bundle(coordinator, tmp_path / "r.mcb")
    assert first.total("added") == 8 and first.versions_added == [(FIELD_CAMPAIGN_ID, 1)]
    before = state(coordinator)
    again = import_bundle(coordinator, tmp_path / "r.mcb")
    assert again.total("unchanged") == 8 and again.total("added") == 0
    assert again.versions_unchanged == [(FIELD_CAMPAIGN_ID, 1)]
    assert state(coordinator) == before
    assert state(coordinator)["calls"] == state(tester)["calls"]


def test_scores_are_computed_on_import(tester, coordinator, tmp_path):
    export_results(tester, tmp_path / "r.mcb")
    import_bundle(coordinator, tmp_path / "r.mcb")
    with tester.transaction() as a, coordinator.transaction() as b:
        assert CallStore(a).list() == CallStore(b).list()


def test_report_counts_per_tester_and_campaign(tester, coordinator, tmp_path):
    export_results(tester, tmp_path / "r.mcb")
    report = import_bundle(coordinator, tmp_path / "r.mcb")
    with tester.transaction() as session:
        testers = {s.tester for s in CallStore(session).list()}
    assert {t for t, _ in report.counts} == testers
    assert {c for _, c in report.counts} == {FIELD_CAMPAIGN_ID}
    assert report.campaign_names[FIELD_CAMPAIGN_ID] == demo_document()["name"]


def test_not_exported_tracks_content(tester, tmp_path):
    assert export_results(tester, tmp_path / "1.mcb").calls == 8
    assert export_results(tester, tmp_path / "2.mcb").calls == 0
    assert not (tmp_path / "2.mcb").exists()
    edit_calls(tester, call_ids(tester)[:2], "nachträglich geändert")
    assert export_results(tester, tmp_path / "3.mcb").calls == 2
    assert export_results(tester, tmp_path / "4.mcb", only_new=False).calls == 8


def test_export_of_one_campaign(tester, tmp_path):
    assert export_results(tester, tmp_path / "r.mcb", campaign_id=FIELD_CAMPAIGN_ID).calls == 8
    other = "00000000-0000-4000-8000-000000000000"
    assert export_results(tester, tmp_path / "o.mcb", campaign_id=other, only_new=False).calls == 0


def test_encrypted_round_trip(tester, coordinator, tmp_path):
    export_results(tester, tmp_path / "r.mcb", password=b"geheim", kdf=FAST)
    data = (tmp_path / "r.mcb").read_bytes()
    assert b"calls.json" not in data and b"mysterycaller" not in data
    with pytest.raises(RefusedInput, match="wrong password"):
        import_bundle(coordinator, tmp_path / "r.mcb", password=b"falsch")
    assert import_bundle(coordinator, tmp_path / "r.mcb", password=b"geheim").total("added") == 8


def test_progress_is_reported(tester, coordinator, tmp_path):
    seen: list[tuple[int, int]] = []
    export_results(tester, tmp_path / "r.mcb", progress=lambda d, t: seen.append((d, t)))
    assert seen[0] == (0, 8) and seen[-1] == (8, 8)
    seen.clear()
    import_bundle(coordinator, tmp_path / "r.mcb", progress=lambda d, t: seen.append((d, t)))
    assert seen[0] == (0, 8) and seen[-1] == (8, 8)


def test_conflict_is_kept_once_and_listed(tester, coordinator, tmp_path):
    export_results(tester, tmp_path / "1.mcb")
    edited = call_ids(tester)[:2]
    edit_calls(tester, edited, "anders")
    export_results(tester, tmp_path / "2.mcb")
    import_bundle(coordinator, tmp_path / "1.mcb")
    report = import_bundle(coordinator, tmp_path / "2.mcb")
    assert report.total("conflict") == 2 and len(report.new_conflicts) == 2
    again = import_bundle(coordinator, tmp_path / "2.mcb")
    assert again.total("known_conflict") == 2 and again.new_conflicts == []
    conflicts = list_conflicts(coordinator)
    assert sorted(c.call_id for c in conflicts) == sorted(edited)
    conflict = conflicts[0]
    assert (
        conflict.existing["impression"] != "anders" and conflict.incoming["impression"] == "anders"
    )
    assert conflict.source == "2.mcb" and conflict.campaign_name == demo_document()["name"]
    assert "score" in conflict.existing and "score" in conflict.incoming


def test_stored_conflicts_are_frozen_values_not_orm_rows(tester, coordinator, tmp_path):
    export_results(tester, tmp_path / "1.mcb")
    edited = call_ids(tester)[0]
    edit_calls(tester, [edited], "anders")
    export_results(tester, tmp_path / "2.mcb")
    import_bundle(coordinator, tmp_path / "1.mcb")
    (conflict_id,) = import_bundle(coordinator, tmp_path / "2.mcb").new_conflicts
    with coordinator.reading() as session:
        (listed,) = SyncStore(session).open_conflicts()
        one = SyncStore(session).conflict(conflict_id)
    # Read after the session has closed: nothing is loaded lazily from the database.
    assert isinstance(listed, StoredConflict) and listed == one
    assert (listed.id, listed.call_id, listed.source) == (conflict_id, edited, "2.mcb")
    assert listed.incoming["impression"] == "anders" and listed.resolved_at is None
    assert listed.detected_at.tzinfo is not None
    with pytest.raises(dataclasses.FrozenInstanceError):
        listed.kept = "incoming"  # type: ignore[misc]


def test_resolving_keeps_the_chosen_version_and_survives_reimport(tester, coordinator, tmp_path):
    export_results(tester, tmp_path / "1.mcb")
    first, second = call_ids(tester)[:2]
    edit_calls(tester, [first, second], "anders")
    export_results(tester, tmp_path / "2.mcb")
    import_bundle(coordinator, tmp_path / "1.mcb")
    import_bundle(coordinator, tmp_path / "2.mcb")
    by_call = {c.call_id: c.id for c in list_conflicts(coordinator)}
    resolve_conflict(coordinator, by_call[first], "existing")
    resolve_conflict(coordinator, by_call[second], "incoming")
    with coordinator.transaction() as session:
        store = CallStore(session)
        assert store.get(first).impression != "anders"
        assert store.get(second).impression == "anders"
    assert list_conflicts(coordinator) == []
    with pytest.raises(LookupError, match="already resolved"):
        resolve_conflict(coordinator, by_call[first], "incoming")
    before = state(coordinator)
    for name in ("1.mcb", "2.mcb", "1.mcb"):
        report = import_bundle(coordinator, tmp_path / name)
        assert report.new_conflicts == []
    assert state(coordinator) == before


def test_resolving_incoming_keeps_the_call_log(tester, coordinator, tmp_path):
    export_results(tester, tmp_path / "1.mcb")
    target = call_ids(tester)[0]
    edit_calls(tester, [target], "anders")
    export_results(tester, tmp_path / "2.mcb")
    import_bundle(coordinator, tmp_path / "1.mcb")
    import_bundle(coordinator, tmp_path / "2.mcb")
    from mysterycaller.persistence.live_calls import LiveCallStore

    with coordinator.transaction() as session:
        LiveCallStore(session).log(target, "reviewed")
    resolve_conflict(coordinator, list_conflicts(coordinator)[0].id, "incoming")
    with coordinator.transaction() as session:
        assert [a for _, a, _ in LiveCallStore(session).history(target)] == ["reviewed"]


def test_a_differing_campaign_version_is_refused(tester, coordinator, tmp_path):
    document = demo_document() | {"id": FIELD_CAMPAIGN_ID}
    document["name"] = "Eine andere Kampagne"
    import_campaign_document(coordinator, parse_campaign_text(dump_campaign_yaml(document), "x"))
    export_results(tester, tmp_path / "r.mcb")
    before = state(coordinator)
    with pytest.raises(RefusedInput, match=r"version 1 of campaign .* differs from the one here"):
        import_bundle(coordinator, tmp_path / "r.mcb")
    assert state(coordinator) == before


def test_campaign_package_round_trip(tester, coordinator, tmp_path):
    document = demo_document() | {"id": FIELD_CAMPAIGN_ID}
    document["name"] = "Welle 2"
    import_campaign_document(tester, parse_campaign_text(dump_campaign_yaml(document), "x"))
    report = export_campaign_package(tester, FIELD_CAMPAIGN_ID[:8], tmp_path / "p.mcb")
    assert report.versions == [(FIELD_CAMPAIGN_ID, 1), (FIELD_CAMPAIGN_ID, 2)]
    parts = members((tmp_path / "p.mcb").read_bytes())
    assert json.loads(parts["assignments.json"]) == []
    assert "calls.json" not in parts
    imported = import_bundle(coordinator, tmp_path / "p.mcb")
    assert imported.kind == "campaign-package" and len(imported.versions_added) == 2
    assert state(coordinator)["versions"] == state(tester)["versions"]
    assert import_bundle(coordinator, tmp_path / "p.mcb").versions_added == []
    with coordinator.transaction() as session:
        from mysterycaller.persistence.campaigns import CampaignStore

        assert CampaignStore(session).latest(FIELD_CAMPAIGN_ID).name == "Welle 2"


def test_bulk_load_equals_get(tester):
    with tester.transaction() as session:
        ids = call_ids(tester)
        assert SyncStore(session).load_calls(ids) == [CallStore(session).get(i) for i in ids]


def test_upgrade_from_0001_keeps_the_data(tmp_path):
    from alembic import command

    from mysterycaller.persistence.database import alembic_config, make_engine

    path = tmp_path / "old.sqlite3"
    engine = make_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "0001")
    engine.dispose()
    connection = sqlite3.connect(path)
    connection.execute(
        "INSERT INTO campaigns VALUES ('0123', 'n', 'c', 'de', '2027-01-01', '2027-01-01')"
    )
    connection.commit()
    connection.close()
    database = Database.open(path)
    try:
        assert database.check() == []
        with database.engine.connect() as c:
            assert c.exec_driver_sql("SELECT count(*) FROM campaigns").scalar() == 1
            assert c.exec_driver_sql("SELECT count(*) FROM sync_conflicts").scalar() == 0
    finally:
        database.close()
    assert (tmp_path / "old.sqlite3.before-0001.bak").exists()


def test_record_identity_is_the_same_read_back_or_stored(tester, tmp_path):
    from mysterycaller.services.sync.bundle import unpack
    from mysterycaller.services.sync.records import call_sha256, record_sha256

    export_results(tester, tmp_path / "r.mcb")
    contents = unpack((tmp_path / "r.mcb").read_bytes(), "r.mcb")
    with tester.transaction() as session:
        stored = {c.id: call_sha256(c) for c in SyncStore(session).load_calls(call_ids(tester))}
    for record, call in zip(contents.records, contents.calls, strict=True):
        assert record_sha256(record) == call_sha256(call) == stored[call.id]
