"""Writing bundles: a tester's results, and a coordinator's campaign package.

Every bundle is written atomically, then read back from disk and checked exactly as an import
would check it before the export counts as done; only then are the calls marked as exported.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NoReturn

from mysterycaller.persistence.campaigns import CampaignStore
from mysterycaller.persistence.database import Database
from mysterycaller.persistence.sync_store import SyncStore
from mysterycaller.services.campaign_files import DEMO_CAMPAIGN_ID
from mysterycaller.services.errors import Problem, RefusedInput
from mysterycaller.services.files import write_atomically
from mysterycaller.services.sync import crypto
from mysterycaller.services.sync.bundle import BundleContents, pack, unpack
from mysterycaller.services.sync.bundle_format import MAX_FILE_BYTES
from mysterycaller.services.sync.manifest import PACKAGE, RESULTS, sha256_hex
from mysterycaller.services.sync.records import bundle_record, record_sha256

#: Called with (done, total) as work proceeds; the GUI shows it, the CLI ignores it.
Progress = Callable[[int, int], None]
TESTER_VARIABLE = "MYSTERYCALLER_TESTER"


@dataclass(frozen=True)
class ExportReport:
    path: Path
    kind: str
    calls: int
    #: (campaign id, version number) of every campaign version in the bundle.
    versions: list[tuple[str, int]]
    tester: str | None
    sha256: str
    encrypted: bool
    size: int


def default_tester() -> str | None:
    """The tester named by ``$MYSTERYCALLER_TESTER``, if set."""
    return os.environ.get(TESTER_VARIABLE) or None


def export_results(
    database: Database,
    output: Path,
    *,
    campaign_id: str | None = None,
    only_new: bool = True,
    password: bytes | None = None,
    tester: str | None = None,
    progress: Progress | None = None,
    kdf: crypto.KdfParams = crypto.DEFAULT_KDF,
) -> ExportReport:
    """Write the completed calls (not yet exported ones, by default) as a results bundle.

    When no call is left to export, nothing is written and the report says 0 calls.
    """
    report = progress or (lambda done, total: None)
    with database.reading() as session:
        sync = SyncStore(session)
        # The demo campaign's synthetic calls stay on this machine unless asked for by name.
        call_ids = sync.completed_call_ids(
            campaign_id, except_campaign=None if campaign_id else DEMO_CAMPAIGN_ID
        )
        report(0, len(call_ids))
        calls = sync.load_calls(call_ids)
        campaigns = CampaignStore(session)
        # Where a campaign does not record agent names, the agent field never leaves the
        # machine (not even text an older version stored there).
        agent_allowed = {
            key: campaigns.version(*key).rules.record_agent_names
            for key in {(c.campaign_id, c.campaign_version) for c in calls}
        }
        records = [
            bundle_record(
                call, include_agent=agent_allowed[(call.campaign_id, call.campaign_version)]
            )
            for call in calls
        ]
        digests = [record_sha256(record) for record in records]
        done = sync.exported() if only_new else set()
        chosen = [
            (call, record, digest)
            for call, record, digest in zip(calls, records, digests, strict=True)
            if (call.id, digest) not in done
        ]
        keys = sorted({(c.campaign_id, c.campaign_version) for c, _, _ in chosen})
        versions = [(cid, n, campaigns.document(cid, n)) for cid, n in keys]
    if not chosen:
        # Nothing new: no file, rather than an empty bundle that looks like a delivery.
        report(len(call_ids), len(call_ids))
        return ExportReport(output, RESULTS, 0, [], tester, "", password is not None, 0)
    names = sorted({c.tester for c, _, _ in chosen if c.tester})
    tester = tester or (", ".join(names)[:200] if names else None)
    chosen_records = [record for _, record, _ in chosen]
    data = pack(RESULTS, versions, chosen_records, tester=tester, password=password, kdf=kdf)
    contents = _write_and_verify(output, data, password)
    # What an import will see: the records as read back, each read as a call by the checks.
    if [record_sha256(r) for r in contents.records] != [d for _, _, d in chosen]:
        _discard(output, "the written bundle does not hold the calls it should")
    with database.transaction() as session:
        SyncStore(session).mark_exported(((c.id, d) for c, _, d in chosen), contents.sha256)
    report(len(call_ids), len(call_ids))
    return ExportReport(
        output, RESULTS, len(chosen), keys, tester, contents.sha256, password is not None, len(data)
    )


def export_campaign_package(
    database: Database,
    id_or_prefix: str,
    output: Path,
    *,
    password: bytes | None = None,
    progress: Progress | None = None,
    kdf: crypto.KdfParams = crypto.DEFAULT_KDF,
) -> ExportReport:
    """Write every version of a campaign as a package for testers (no assignments yet)."""
    report = progress or (lambda done, total: None)
    with database.reading() as session:
        campaigns = CampaignStore(session)
        campaign_id = campaigns.resolve(id_or_prefix)
        numbers = SyncStore(session).version_numbers(campaign_id)
        versions: Sequence[tuple[str, int, dict[str, Any]]] = [
            (campaign_id, n, campaigns.document(campaign_id, n)) for n in numbers
        ]
    report(0, 1)
    data = pack(PACKAGE, versions, None, tester=None, password=password, kdf=kdf)
    contents = _write_and_verify(output, data, password)
    if [(v.campaign_id, v.number) for v in contents.versions] != [(c, n) for c, n, _ in versions]:
        _discard(output, "the written package does not hold the campaign versions it should")
    report(1, 1)
    keys = [(campaign_id, n) for n in numbers]
    return ExportReport(
        output, PACKAGE, 0, keys, None, contents.sha256, password is not None, len(data)
    )


def _write_and_verify(output: Path, data: bytes, password: bytes | None) -> BundleContents:
    if len(data) > MAX_FILE_BYTES:
        raise RefusedInput(
            str(output), [Problem("", None, "too large for one bundle: export per campaign")]
        )
    write_atomically(output, data)
    written = Path(output).read_bytes()
    if sha256_hex(written) != sha256_hex(data):
        _discard(output, "the file on disk differs from what was written")
    try:
        return unpack(written, str(output), password)
    except RefusedInput as error:
        _discard(output, f"the written bundle does not read back: {error}")


def _discard(output: Path, message: str) -> NoReturn:
    # A bundle that failed its check must not be handed on by mistake.
    Path(output).unlink(missing_ok=True)
    raise RefusedInput(str(output), [Problem("", None, message)])
