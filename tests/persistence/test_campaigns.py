"""Campaign versions: created on change, unchanged content writes nothing, ids by prefix."""

from __future__ import annotations

import copy
import uuid

import pytest

from mysterycaller.persistence.campaigns import CampaignStore, content_sha256


def test_save_creates_version_one(db, campaign_document):
    with db.transaction() as session:
        saved = CampaignStore(session).save(campaign_document)
    assert saved.campaign_id == campaign_document["id"]
    assert (saved.version, saved.created) == (1, True)
    with db.transaction() as session:
        store = CampaignStore(session)
        assert store.exists(saved.campaign_id)
        assert store.document(saved.campaign_id) == campaign_document
        campaign = store.latest(saved.campaign_id)
    assert campaign.id == campaign_document["id"]
    assert campaign.name == campaign_document["name"]


def test_identical_content_writes_nothing(db, saved_campaign):
    with db.transaction() as session:
        # Key order does not matter: the hash is over canonical JSON.
        reordered = dict(reversed(list(copy.deepcopy(saved_campaign).items())))
        saved = CampaignStore(session).save(reordered)
    assert (saved.version, saved.created) == (1, False)
    with db.transaction() as session:
        (summary,) = CampaignStore(session).list()
    assert summary.version == 1


def test_changed_content_adds_a_version(db, saved_campaign):
    changed = copy.deepcopy(saved_campaign)
    changed["name"] = "Welle 2/2027"
    changed["catalogue"]["sections"][0]["weight"] = 5
    with db.transaction() as session:
        saved = CampaignStore(session).save(changed)
    assert (saved.version, saved.created) == (2, True)
    with db.transaction() as session:
        store = CampaignStore(session)
        (summary,) = store.list()
        assert (summary.name, summary.version) == ("Welle 2/2027", 2)
        assert store.latest_version_number(saved.campaign_id) == 2
        assert store.latest(saved.campaign_id).catalogue.sections[0].weight == 5
        old = store.version(saved.campaign_id, 1)
        assert old.name == saved_campaign["name"]
        assert store.document(saved.campaign_id, 1) == saved_campaign
        with pytest.raises(LookupError, match="no version 3"):
            store.version(saved.campaign_id, 3)


def test_document_is_a_copy(db, saved_campaign):
    with db.transaction() as session:
        store = CampaignStore(session)
        store.document(saved_campaign["id"])["name"] = "changed"
        assert store.document(saved_campaign["id"])["name"] == saved_campaign["name"]


def test_list_is_ordered_by_name_with_call_counts(db, campaign_document, call_factory):
    from mysterycaller.domain.scoring import CallScore
    from mysterycaller.persistence.calls import CallStore

    names = ["zeta", "Äpfel", "alpha"]
    documents = []
    with db.transaction() as session:
        store = CampaignStore(session)
        for name in names:
            document = {**copy.deepcopy(campaign_document), "id": str(uuid.uuid4()), "name": name}
            store.save(document)
            documents.append(document)
        call = call_factory(documents[0])
        CallStore(session).add(call, CallScore(None, None, False, True))
    with db.transaction() as session:
        summaries = CampaignStore(session).list()
    assert [s.name for s in summaries] == ["alpha", "zeta", "Äpfel"]
    assert {s.name: s.calls for s in summaries} == {"zeta": 1, "Äpfel": 0, "alpha": 0}
    assert all(s.updated_at.tzinfo is not None for s in summaries)


def test_resolve_full_id_and_prefix(db, saved_campaign):
    full = saved_campaign["id"]
    with db.transaction() as session:
        store = CampaignStore(session)
        assert store.resolve(full) == full
        assert store.resolve(full.upper()) == full
        assert store.resolve(full[:8]) == full
        assert store.resolve(full[:13]) == full  # with a hyphen
        with pytest.raises(LookupError, match="at least 8"):
            store.resolve(full[:7])
        with pytest.raises(LookupError, match="no campaign"):
            store.resolve("00000000")
        with pytest.raises(LookupError, match="no campaign"):
            store.resolve("not-a-uuid-at-all")


def test_resolve_ambiguous_prefix(db, campaign_document):
    ids = ["abcdef01-0000-4000-8000-000000000001", "abcdef01-0000-4000-8000-000000000002"]
    with db.transaction() as session:
        store = CampaignStore(session)
        for campaign_id in ids:
            store.save({**campaign_document, "id": campaign_id})
        with pytest.raises(LookupError, match="ambiguous: matches 2 campaigns"):
            store.resolve("abcdef01")
        assert store.resolve("abcdef01-0000-4000-8000-000000000002") == ids[1]


def test_unknown_campaign(db):
    with db.transaction() as session:
        store = CampaignStore(session)
        assert not store.exists(str(uuid.uuid4()))
        assert not store.exists("nonsense")
        with pytest.raises(LookupError):
            store.latest(str(uuid.uuid4()))
        with pytest.raises(LookupError):
            store.latest_version_number(str(uuid.uuid4()))


def test_save_needs_an_id(db, campaign_document):
    del campaign_document["id"]
    with db.transaction() as session, pytest.raises(ValueError):
        CampaignStore(session).save(campaign_document)


def test_hash_ignores_key_order():
    assert content_sha256({"a": 1, "b": [1, 2]}) == content_sha256({"b": [1, 2], "a": 1})
    assert content_sha256({"a": 1}) != content_sha256({"a": 2})
