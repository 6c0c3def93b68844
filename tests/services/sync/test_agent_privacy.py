"""Agent text never leaves where the campaign does not record agent names (older data too)."""

from __future__ import annotations

import io
import json
import sqlite3
import zipfile

import pytest

from mysterycaller.cli import main
from mysterycaller.persistence.database import Database
from mysterycaller.services.sync import crypto, export_results

from .helpers import FIELD_CAMPAIGN_ID, call_ids, demo_database

SECRET = "Herr Klarname-Quarkstrudel"
FAST = crypto.KdfParams(crypto.SCRYPT, 10, 8, 1)


@pytest.fixture
def database(tmp_path):
    """A tester's database whose campaign forbids agent names, with a name stored anyway (as an
    older version, or a description that turned out to be a name, left it)."""
    path = tmp_path / "tester.sqlite3"
    database = demo_database(path, calls=3)
    with database.reading() as session:
        from mysterycaller.persistence.campaigns import CampaignStore

        assert not CampaignStore(session).latest(FIELD_CAMPAIGN_ID).rules.record_agent_names
    database.close()
    with sqlite3.connect(path) as raw:
        raw.execute("UPDATE calls SET agent = ?", (SECRET,))
    raw.close()
    database = Database.open(path)
    yield database
    database.close()


def test_a_plain_results_bundle_carries_no_agent_text(database, tmp_path):
    export_results(database, tmp_path / "r.mcb", only_new=False)

    with zipfile.ZipFile(tmp_path / "r.mcb") as archive:
        calls = json.loads(archive.read("calls.json"))
        everything = b"".join(archive.read(name) for name in archive.namelist())
    assert calls and all(record["agent"] is None for record in calls)
    assert SECRET.encode() not in everything


def test_an_encrypted_results_bundle_carries_no_agent_text(database, tmp_path):
    export_results(database, tmp_path / "e.mcb", only_new=False, password=b"pw", kdf=FAST)

    plain = crypto.decrypt((tmp_path / "e.mcb").read_bytes(), b"pw", "e.mcb")
    with zipfile.ZipFile(io.BytesIO(plain)) as archive:
        everything = b"".join(archive.read(name) for name in archive.namelist())
    assert b'"agent": null' in everything
    assert SECRET.encode() not in everything


def test_calls_show_json_carries_no_agent_text(database, capsys):
    call_id = call_ids(database)[0]
    path = database.path
    database.close()

    status = main(["calls", "show", call_id, "--json", "--db", str(path)])

    out = capsys.readouterr().out
    assert status == 0
    assert SECRET not in out
    assert json.loads(out)["agent"] is None
