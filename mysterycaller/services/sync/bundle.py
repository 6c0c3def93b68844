"""Packing a bundle, and unpacking one with every check that needs no database.

``unpack`` is the whole gate for hostile input: magic, decryption, ZIP caps and names, the
manifest with its checksums, strict JSON, the schemas, each campaign document, and the meaning
of every call record against the campaign versions the bundle carries.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from mysterycaller.domain.call import TestCall
from mysterycaller.domain.campaign import Campaign
from mysterycaller.domain.campaign_document import campaign_from_document, normalise_document
from mysterycaller.persistence.campaigns import content_sha256
from mysterycaller.services.call_record_reader import read_call_records
from mysterycaller.services.call_records import Record, parse_json_document
from mysterycaller.services.campaign_files import validate_document
from mysterycaller.services.errors import Problem, RefusedInput
from mysterycaller.services.sync import crypto
from mysterycaller.services.sync.bundle_format import ZIP_MAGIC, build_zip, read_zip
from mysterycaller.services.sync.manifest import (
    ASSIGNMENTS,
    CALLS,
    CAMPAIGN_PART,
    MANIFEST,
    PACKAGE,
    RESULTS,
    build_manifest,
    campaign_part,
    check_manifest,
    dump_json,
    schema_problems,
    sha256_hex,
)


@dataclass(frozen=True)
class CampaignVersion:
    """One campaign version a bundle carries."""

    campaign_id: str
    number: int
    #: The normalised document, as the database stores it.
    document: dict[str, Any]
    #: Its content SHA-256, as ``campaign_versions.content_sha256`` holds it.
    digest: str

    @property
    def name(self) -> str:
        return str(self.document.get("name", ""))


@dataclass(frozen=True)
class BundleContents:
    """A bundle that passed every check that needs no database."""

    source: str
    #: SHA-256 of the file as read (encrypted or not).
    sha256: str
    encrypted: bool
    kind: str
    tester: str | None
    manifest: dict[str, Any]
    versions: list[CampaignVersion]
    records: list[Record] = field(default_factory=list)
    #: The records read as calls, in the same order.
    calls: list[TestCall] = field(default_factory=list)
    campaigns: dict[tuple[str, int], Campaign] = field(default_factory=dict)


def pack(
    kind: str,
    versions: Sequence[tuple[str, int, dict[str, Any]]],
    records: Sequence[Record] | None,
    *,
    tester: str | None,
    password: bytes | None = None,
    kdf: crypto.KdfParams = crypto.DEFAULT_KDF,
) -> bytes:
    """The bytes of a bundle: campaign versions (id, number, document) and call records."""
    parts: dict[str, bytes] = {}
    if kind == RESULTS:
        parts[CALLS] = dump_json(list(records or []))
    else:
        # Room for planned calls once the model has them; format 1 carries an empty list.
        parts[ASSIGNMENTS] = dump_json([])
    for campaign_id, number, document in versions:
        parts[campaign_part(campaign_id, number)] = dump_json(document)
    manifest = build_manifest(kind, parts, tester=tester, calls=len(records or []))
    data = build_zip({MANIFEST: dump_json(manifest), **parts})
    return crypto.encrypt(data, password, kdf) if password is not None else data


def unpack(data: bytes, source: str, password: bytes | None = None) -> BundleContents:
    """Check a bundle's bytes completely (short of the database); RefusedInput if anything fails."""

    def refuse(where: str, message: str) -> RefusedInput:
        return RefusedInput(source, [Problem(where, None, message)])

    if not data:
        raise refuse("", "the file is empty")
    encrypted = crypto.is_encrypted(data)
    if encrypted:
        plain = crypto.decrypt(data, password, source)
        if not plain.startswith(ZIP_MAGIC):
            raise refuse("", "the decrypted content is not a bundle")
    elif data.startswith(ZIP_MAGIC):
        plain = data
    else:
        raise refuse("", "not a Mystery Caller bundle")
    members = read_zip(plain, source)
    manifest = check_manifest(members, source)
    kind = manifest["kind"]
    versions = _versions(members, source)
    contents = BundleContents(
        source=source,
        sha256=sha256_hex(data),
        encrypted=encrypted,
        kind=kind,
        tester=manifest["tester"],
        manifest=manifest,
        versions=versions,
    )
    if kind == PACKAGE:
        if CALLS in members or manifest["calls"] != 0:
            raise refuse(CALLS, "a campaign package carries no calls")
        if not versions:
            raise refuse("", "the campaign package carries no campaign")
        assignments = parse_json_document(
            members.get(ASSIGNMENTS, b"[]"), f"{source}: {ASSIGNMENTS}"
        )
        if assignments != []:
            raise refuse(ASSIGNMENTS, "assignments are not supported by this version (must be [])")
        return contents
    if CALLS not in members:
        raise refuse(CALLS, "a results bundle needs calls.json")
    if ASSIGNMENTS in members:
        raise refuse(ASSIGNMENTS, "a results bundle carries no assignments")
    records = parse_json_document(members[CALLS], f"{source}: {CALLS}")
    problems = schema_problems("sync-calls", records, CALLS)
    if problems:
        raise RefusedInput(source, problems)
    if len(records) != manifest["calls"]:
        raise refuse(
            f"{MANIFEST}: calls", f"says {manifest['calls']}, calls.json holds {len(records)}"
        )
    campaigns = {(v.campaign_id, v.number): campaign_from_document(v.document) for v in versions}
    for index, record in enumerate(records):
        key = (record["campaign_id"], record["campaign_version"])
        if key not in campaigns:
            raise refuse(
                f"{CALLS}: [{index}].campaign_version",
                f"refers to version {key[1]} of campaign {key[0]}, which the bundle does not carry",
            )

    def lookup(campaign_id: str, number: int | None) -> tuple[Campaign, int] | None:
        found = campaigns.get((campaign_id, number or 0))
        return (found, number or 0) if found is not None else None

    calls = read_call_records(records, f"{source}: {CALLS}", lookup)
    return BundleContents(
        **{**contents.__dict__, "records": records, "calls": calls, "campaigns": campaigns}
    )


def _versions(members: dict[str, bytes], source: str) -> list[CampaignVersion]:
    versions = []
    for name in sorted(members):
        match = CAMPAIGN_PART.fullmatch(name)
        if match is None:
            continue
        campaign_id, number = match.group(1), int(match.group(2))
        document = parse_json_document(members[name], f"{source}: {name}")
        if not isinstance(document, dict) or document.get("id") != campaign_id:
            raise RefusedInput(
                source, [Problem(name, None, "the campaign id differs from its path")]
            )
        problems = validate_document(document, f"{source}: {name}")
        if problems:
            raise RefusedInput(
                source,
                [Problem(f"{name}: {p.where}".rstrip(": "), None, p.message) for p in problems],
            )
        document = normalise_document(document)
        versions.append(CampaignVersion(campaign_id, number, document, content_sha256(document)))
    return versions
