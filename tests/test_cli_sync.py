"""`mysterycaller sync ...` end to end: export, import, package, conflicts, resolve, refusals."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from mysterycaller.cli import main
from mysterycaller.persistence.database import Database
from mysterycaller.services.demo import add_demo

#: The demo campaign stored under another id, as a tester's real campaign: results bundles
#: leave the demo campaign itself at home.
FIELD = "6f1d0c8b-2e3a-4d4c-8b9f-1a2b3c4d5e6f"


def run(capsys, *args):
    status = main([str(a) for a in args])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def rows(path: Path) -> dict[str, int]:
    with sqlite3.connect(path) as connection:
        return {
            table: connection.execute(f"select count(*) from {table}").fetchone()[0]
            for table in ("campaign_versions", "calls", "results", "sync_conflicts")
        }


@pytest.fixture
def tester(tmp_path):
    path = tmp_path / "tester.sqlite3"
    database = Database.open(path)
    add_demo(database, calls=12, seed=5, campaign_id=FIELD)
    database.close()
    return path


def test_export_import_report_and_idempotence(capsys, tester, tmp_path):
    bundle, coordinator = tmp_path / "anna.mcb", tmp_path / "coordinator.sqlite3"
    status, out, _ = run(capsys, "sync", "export", "-o", bundle, "--db", tester, "--tester", "Anna")
    assert status == 0 and "12 calls" in out and "checked" in out
    status, out, _ = run(capsys, "sync", "import", bundle, "--db", coordinator)
    assert status == 0
    assert "results from Anna" in out and "total: 12 added, 0 unchanged, 0 conflicts" in out
    assert "TESTER" in out and "Mustertal" in out
    status, out, _ = run(capsys, "sync", "import", bundle, "--db", coordinator, "--json")
    report = json.loads(out)
    assert (report["added"], report["unchanged"], report["conflicts"]) == (0, 12, 0)
    assert rows(coordinator)["calls"] == 12


def test_not_exported_is_the_default_and_all_exports_everything(capsys, tester, tmp_path):
    run(capsys, "sync", "export", "-o", tmp_path / "1.mcb", "--db", tester)
    status, _, err = run(capsys, "sync", "export", "-o", tmp_path / "2.mcb", "--db", tester)
    assert status == 1 and "not written" in err and "--all" in err
    assert not (tmp_path / "2.mcb").exists()  # no empty bundle that looks like a delivery
    _, out, _ = run(capsys, "sync", "export", "-o", tmp_path / "3.mcb", "--all", "--db", tester)
    assert "12 calls" in out
    _, out, _ = run(
        capsys, "sync", "export", "-o", tmp_path / "4.mcb", "--all", "--campaign", FIELD[:8],
        "--db", tester,
    )  # fmt: skip
    assert "12 calls" in out


def test_tester_from_environment(capsys, tester, tmp_path, monkeypatch):
    monkeypatch.setenv("MYSTERYCALLER_TESTER", "T-42")
    run(capsys, "sync", "export", "-o", tmp_path / "r.mcb", "--db", tester)
    _, out, _ = run(capsys, "sync", "import", tmp_path / "r.mcb", "--db", tmp_path / "c.sqlite3")
    assert "from T-42" in out


def test_encrypted_bundle_needs_the_right_password(capsys, tester, tmp_path):
    password, wrong = tmp_path / "pw", tmp_path / "wrong"
    password.write_text("Sommer2027!\n")
    wrong.write_text("Winter2027!\n")
    bundle, coordinator = tmp_path / "r.mcb", tmp_path / "c.sqlite3"
    status, out, _ = run(
        capsys, "sync", "export", "-o", bundle, "--password-file", password, "--db", tester
    )
    assert status == 0 and "encrypted" in out
    for extra in ([], ["--password-file", wrong]):
        status, _, err = run(capsys, "sync", "import", bundle, *extra, "--db", coordinator)
        assert status == 1 and str(bundle) in err
        assert "password" in err
        assert "Traceback" not in err
    assert not coordinator.exists() or rows(coordinator)["calls"] == 0
    status, out, _ = run(
        capsys, "sync", "import", bundle, "--password-file", password, "--db", coordinator
    )
    assert status == 0 and "12 added" in out


def test_refused_bundle_exits_1_and_changes_nothing(capsys, tester, tmp_path):
    coordinator = tmp_path / "c.sqlite3"
    run(capsys, "sync", "export", "-o", tmp_path / "r.mcb", "--db", tester)
    run(capsys, "sync", "import", tmp_path / "r.mcb", "--db", coordinator)
    before = rows(coordinator)
    broken = tmp_path / "broken.mcb"
    broken.write_bytes((tmp_path / "r.mcb").read_bytes()[:-100])
    status, _, err = run(capsys, "sync", "import", broken, "--db", coordinator)
    assert status == 1 and str(broken) in err
    not_bundle = tmp_path / "notes.txt"
    not_bundle.write_text("hello")
    status, _, err = run(capsys, "sync", "import", not_bundle, "--db", coordinator)
    assert status == 1 and "not a Mystery Caller bundle" in err
    status, _, err = run(capsys, "sync", "import", tmp_path / "missing.mcb", "--db", coordinator)
    assert status == 1 and "missing.mcb" in err
    assert rows(coordinator) == before


def test_conflicts_listed_and_resolved(capsys, tester, tmp_path):
    coordinator = tmp_path / "c.sqlite3"
    run(capsys, "sync", "export", "-o", tmp_path / "1.mcb", "--db", tester)
    run(capsys, "sync", "import", tmp_path / "1.mcb", "--db", coordinator)
    _, out, _ = run(capsys, "calls", "list", "--json", "--db", tester)
    call_id = json.loads(out)[0]["id"]
    with sqlite3.connect(tester) as connection:  # the tester corrects a note after export
        connection.execute(
            "update calls set impression = 'korrigiert' where id = ?", (call_id.replace("-", ""),)
        )
    connection.close()
    _, out, _ = run(capsys, "sync", "export", "-o", tmp_path / "2.mcb", "--db", tester)
    assert "1 calls" in out
    status, out, _ = run(capsys, "sync", "import", tmp_path / "2.mcb", "--db", coordinator)
    assert status == 0 and "1 conflicts (1 new)" in out
    run(capsys, "sync", "import", tmp_path / "2.mcb", "--db", coordinator)
    assert rows(coordinator)["sync_conflicts"] == 1
    _, out, _ = run(capsys, "sync", "conflicts", "--json", "--db", coordinator)
    (conflict,) = json.loads(out)
    assert conflict["call_id"] == call_id and conflict["incoming"]["impression"] == "korrigiert"
    _, out, _ = run(capsys, "sync", "conflicts", "--db", coordinator)
    assert conflict["id"][:8] in out and "impression" in out
    status, out, _ = run(
        capsys, "sync", "resolve", conflict["id"][:8], "--keep", "incoming", "--db", coordinator
    )
    assert status == 0
    _, out, _ = run(capsys, "calls", "show", call_id, "--json", "--db", coordinator)
    assert json.loads(out)["impression"] == "korrigiert"
    _, out, _ = run(capsys, "sync", "conflicts", "--db", coordinator)
    assert "No open conflicts" in out
    status, _, err = run(capsys, "sync", "resolve", "deadbeef", "--keep", "existing",
                         "--db", coordinator)  # fmt: skip
    assert status == 1 and "no conflict" in err


def test_campaign_package_for_a_tester(capsys, tester, tmp_path):
    package, fresh = tmp_path / "welle.mcb", tmp_path / "new-tester.sqlite3"
    status, out, _ = run(capsys, "sync", "package", FIELD[:8], "-o", package, "--db", tester)
    assert status == 0 and "versions 1" in out
    status, out, _ = run(capsys, "sync", "import", package, "--db", fresh)
    assert status == 0 and "campaign-package" in out and "1 added" in out
    _, out, _ = run(capsys, "campaign", "list", "--json", "--db", fresh)
    assert [c["id"] for c in json.loads(out)] == [FIELD]
    status, _, err = run(capsys, "sync", "package", "00000000", "-o", package, "--db", tester)
    assert status == 1 and "no campaign" in err


def test_the_demo_campaign_stays_home_unless_asked_for(capsys, tmp_path):
    """A tester's first start seeds demo calls; they must not reach the coordinator."""
    db = tmp_path / "fresh.sqlite3"
    run(capsys, "demo", "--calls", "5", "--db", db)
    status, _, err = run(capsys, "sync", "export", "-o", tmp_path / "r.mcb", "--db", db)
    assert status == 1 and "no completed call to export" in err
    demo = "5e0c9b7a-1d2f-4c3b-9a8e-7f6d5c4b3a21"
    _, out, _ = run(
        capsys, "sync", "export", "-o", tmp_path / "d.mcb", "--campaign", demo[:8], "--db", db
    )
    assert "5 calls" in out
