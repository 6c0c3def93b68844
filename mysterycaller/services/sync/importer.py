"""Importing bundles: check everything first, then merge in one transaction.

A call already here with the same content is skipped; the same id with other content is kept
as a conflict (the stored call stays) and never overwrites silently. Importing a bundle again,
or bundles in another order, adds nothing new.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from mysterycaller.domain.call import TestCall
from mysterycaller.domain.scoring import CallScore
from mysterycaller.persistence.calls import CallStore
from mysterycaller.persistence.database import Database
from mysterycaller.persistence.sync_store import SyncStore
from mysterycaller.services.errors import Problem, RefusedInput
from mysterycaller.services.files import read_capped
from mysterycaller.services.sync.bundle import BundleContents, unpack
from mysterycaller.services.sync.bundle_format import MAX_FILE_BYTES
from mysterycaller.services.sync.export import Progress
from mysterycaller.services.sync.records import bundle_record, call_sha256

ADDED, UNCHANGED, CONFLICT, KNOWN_CONFLICT = "added", "unchanged", "conflict", "known_conflict"


@dataclass(frozen=True)
class ImportReport:
    source: str
    kind: str
    tester: str | None
    encrypted: bool
    versions_added: list[tuple[str, int]]
    versions_unchanged: list[tuple[str, int]]
    #: Counts by (tester, campaign id) and outcome: added, unchanged, conflict, known_conflict.
    counts: dict[tuple[str, str], Counter[str]] = field(default_factory=dict)
    campaign_names: dict[str, str] = field(default_factory=dict)
    #: Ids of the conflicts this import recorded.
    new_conflicts: list[str] = field(default_factory=list)

    def total(self, outcome: str) -> int:
        return sum(counter[outcome] for counter in self.counts.values())


def read_bundle_file(path: Path, password: bytes | None = None) -> BundleContents:
    """Read a bundle file into memory (size capped) and check it; nothing is written."""
    source = str(path)
    data = read_capped(path, MAX_FILE_BYTES, source)
    return unpack(data, source, password)


def import_bundle(
    database: Database,
    path: Path,
    *,
    password: bytes | None = None,
    progress: Progress | None = None,
) -> ImportReport:
    """Check a bundle completely, then merge it into the database in one transaction."""
    return import_contents(database, read_bundle_file(path, password), progress=progress)


def import_contents(
    database: Database, contents: BundleContents, *, progress: Progress | None = None
) -> ImportReport:
    """Merge a checked bundle: campaign versions, then calls; all or nothing."""
    report = progress or (lambda done, total: None)
    total = len(contents.calls)
    report(0, total)
    added_versions: list[tuple[str, int]] = []
    same_versions: list[tuple[str, int]] = []
    counts: dict[tuple[str, str], Counter[str]] = {}
    new_conflicts: list[str] = []
    with database.transaction() as session:
        sync = SyncStore(session)
        for version in contents.versions:
            key = (version.campaign_id, version.number)
            digest = sync.version_digest(*key)
            if digest is None:
                sync.add_version(version.document, version.number)
                added_versions.append(key)
            elif digest == version.digest:
                same_versions.append(key)
            else:
                raise RefusedInput(
                    contents.source,
                    [
                        Problem(
                            f"campaigns/{key[0]}/v{key[1]}.json",
                            None,
                            f"version {key[1]} of campaign {version.name!r} ({key[0]}) differs "
                            "from the one here",
                        )
                    ],
                )
        calls = contents.calls
        existing_ids = sync.existing_call_ids(call.id for call in calls)
        fresh = [call for call in calls if call.id not in existing_ids]
        store = CallStore(session)
        store.add_many(_scored(contents, fresh, report))
        for call in fresh:
            _count(counts, call, ADDED)
        present = [call for call in calls if call.id in existing_ids]
        stored = {call.id: call_sha256(call) for call in sync.load_calls([c.id for c in present])}
        known = sync.known_conflicts()
        for call in present:
            digest = call_sha256(call)
            if digest == stored[call.id]:
                _count(counts, call, UNCHANGED)
            elif (call.id, digest) in known:
                _count(counts, call, KNOWN_CONFLICT)
            else:
                new_conflicts.append(
                    sync.add_conflict(
                        bundle_record(call),
                        digest,
                        source=Path(contents.source).name,
                        bundle_sha256=contents.sha256,
                    )
                )
                known.add((call.id, digest))
                _count(counts, call, CONFLICT)
    report(total, total)
    return ImportReport(
        source=contents.source,
        kind=contents.kind,
        tester=contents.tester,
        encrypted=contents.encrypted,
        versions_added=added_versions,
        versions_unchanged=same_versions,
        counts=counts,
        campaign_names={v.campaign_id: v.name for v in contents.versions},
        new_conflicts=new_conflicts,
    )


def _scored(
    contents: BundleContents, calls: list[TestCall], report: Progress
) -> Iterator[tuple[TestCall, CallScore]]:
    total = len(contents.calls)
    for done, call in enumerate(calls, start=1):
        # Scores are computed here, from the bundle's version (identical to ours: checked).
        yield call, call.score(contents.campaigns[(call.campaign_id, call.campaign_version)])
        if done % 500 == 0:
            report(done, total)


def _count(counts: dict[tuple[str, str], Counter[str]], call: TestCall, outcome: str) -> None:
    counts.setdefault((call.tester, call.campaign_id), Counter())[outcome] += 1
