"""The command line end to end, as a coordinator or a script uses it (spec/cli.md)."""

from __future__ import annotations

import json
import os
import sqlite3
import time
from pathlib import Path

import pytest

from mysterycaller import __version__
from mysterycaller.cli import main

DATA = Path(__file__).parent / "data"
# Copies of shared/examples, so the tests run from any clone.
EXAMPLES = DATA / "examples"
STADTWERKE = EXAMPLES / "campaign-stadtwerke.yaml"
SELFTEST = EXAMPLES / "campaign-selftest-en.yaml"
WORKED_ID = "0f5b2c1e-8a47-4d6e-9b3a-5c2d1e0f9a87"


@pytest.fixture
def db(tmp_path):
    return tmp_path / "data" / "test.sqlite3"


def run(capsys, *args):
    """Run the command; return (exit status, stdout, stderr)."""
    status = main([str(a) for a in args])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def run_json(capsys, *args):
    status, out, err = run(capsys, *args, "--json")
    assert status == 0, err
    return json.loads(out)


def table_counts(path: Path) -> dict[str, int]:
    with sqlite3.connect(path) as connection:
        return {
            table: connection.execute(f"select count(*) from {table}").fetchone()[0]
            for table in ("campaigns", "campaign_versions", "calls", "attempts", "results", "notes")
        }


def test_version(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert __version__ in capsys.readouterr().out


def test_wrong_usage_exits_2(capsys, db):
    with pytest.raises(SystemExit) as exit_info:
        main(["calls", "frobnicate", "--db", str(db)])
    assert exit_info.value.code == 2


def test_validate_reads_both_examples_and_creates_no_database(capsys, db, monkeypatch, tmp_path):
    monkeypatch.setenv("MYSTERYCALLER_DB", str(db))
    for example in (STADTWERKE, SELFTEST):
        status, out, _ = run(capsys, "campaign", "validate", example)
        assert status == 0
        assert "valid" in out
    assert not db.exists()


def test_validate_refuses_a_broken_file_naming_file_line_and_field(capsys, tmp_path):
    broken = tmp_path / "broken.yaml"
    text = STADTWERKE.read_text(encoding="utf-8")
    broken.write_text(text.replace('rule: "time_to_answer <= 20"', 'rule: "wait <= 20"'))
    status, _, err = run(capsys, "campaign", "validate", broken)
    assert status == 1
    line = next(n for n, t in enumerate(broken.read_text().splitlines(), 1) if "wait <= 20" in t)
    assert f"broken.yaml:{line}" in err
    assert "catalogue.sections[0].criteria[0].rule" in err
    assert "wait" in err


def test_import_list_update_and_export_round_trip(capsys, db, tmp_path):
    status, out, _ = run(capsys, "campaign", "import", STADTWERKE, "--db", db)
    assert status == 0 and "imported" in out
    campaigns = run_json(capsys, "campaign", "list", "--db", db)
    assert [(c["id"], c["client"], c["language"]) for c in campaigns] == [
        ("7c1e2a94-3b5d-4f0e-9a61-2d8f6c4b0e11", "Stadtwerke Musterstadt GmbH", "de")
    ]

    status, out, _ = run(capsys, "campaign", "import", STADTWERKE, "--db", db)
    assert "unchanged" in out
    assert table_counts(db)["campaign_versions"] == 1

    exported = tmp_path / "exported.yaml"
    assert run(capsys, "campaign", "export", "7c1e2a94", "-o", exported, "--db", db)[0] == 0
    status, _, err = run(capsys, "campaign", "validate", exported)
    assert status == 0, err
    changed = exported.read_text(encoding="utf-8").replace("Servicehotline", "Service-Hotline", 1)
    exported.write_text(changed, encoding="utf-8")
    status, out, _ = run(capsys, "campaign", "import", exported, "--db", db)
    assert status == 0 and "version 2" in out
    assert run_json(capsys, "campaign", "list", "--db", db)[0]["name"].startswith("Stadtwerke")
    assert table_counts(db)["campaign_versions"] == 2


def test_refused_import_changes_nothing(capsys, db, tmp_path):
    run(capsys, "campaign", "import", STADTWERKE, "--db", db)
    before = table_counts(db)
    broken = tmp_path / "broken.yaml"
    broken.write_text(STADTWERKE.read_text(encoding="utf-8").replace("weight: 2", "weight: -2"))
    status, _, err = run(capsys, "campaign", "import", broken, "--db", db)
    assert status == 1 and "broken.yaml" in err
    assert table_counts(db) == before


def test_worked_example_scores_through_the_whole_stack(capsys, db):
    run(capsys, "campaign", "import", DATA / "worked-example.yaml", "--db", db)
    status, out, err = run(
        capsys, "calls", "import", DATA / "worked-example-calls.json", "--db", db
    )
    assert status == 0, err
    assert "2 calls added" in out

    call = run_json(capsys, "calls", "show", "3d9f8a7b", "--db", db)
    assert call["score"] == pytest.approx(55.208333333, abs=1e-6)  # the 99.9 on input is ignored
    assert call["raw_score"] == pytest.approx(55.208333333, abs=1e-6)
    assert call["knocked_out"] is False
    assert call["sections"] == pytest.approx({"A": 100 / 3, "B": 62.5})
    assert call["started_at"] == "2027-01-12T09:14:03.120+01:00"
    assert call["attempts"][1]["timings"]["time_to_answer"] == 42.0
    assert call["results"]["a3"]["na"] is True
    assert call["notes"] == [{"at": 130.0, "text": "Wartemusik sehr laut"}]

    knocked = run_json(capsys, "calls", "show", "8e7d6c5b", "--db", db)
    assert knocked["knocked_out"] is True
    assert knocked["score"] == 0
    assert knocked["raw_score"] == pytest.approx(36.458333333, abs=1e-6)

    listed = run_json(capsys, "calls", "list", "--campaign", WORKED_ID, "--db", db)
    assert {c["id"][:8]: c["score"] for c in listed} == pytest.approx(
        {"3d9f8a7b": 55.2083333, "8e7d6c5b": 0.0}
    )
    status, out, _ = run(capsys, "calls", "show", "3d9f8a7b", "--db", db)
    assert "score 55.2" in out


def test_calls_import_is_idempotent(capsys, db):
    run(capsys, "campaign", "import", DATA / "worked-example.yaml", "--db", db)
    run(capsys, "calls", "import", DATA / "worked-example-calls.json", "--db", db)
    status, out, _ = run(capsys, "calls", "import", DATA / "worked-example-calls.json", "--db", db)
    assert status == 0 and "0 calls added, 2 already present" in out
    assert table_counts(db)["calls"] == 2


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda r: r[0]["results"].update({"zz": {"value": True}}), "[0].results.zz"),
        (lambda r: r[0]["results"]["b1"].update({"value": 9}), "outside the scale"),
        (lambda r: r[0]["attempts"][1].update({"outcome": "maybe"}), "unknown outcome"),
        (lambda r: r[1].update({"started_at": "2027-01-12T10:00:00"}), "needs a UTC offset"),
        (lambda r: r[1].pop("attempts"), "[1].attempts: is required"),
        (
            lambda r: r[1].update({"campaign_id": "11111111-2222-3333-4444-555555555555"}),
            "unknown campaign",
        ),
        (lambda r: r[0]["attempts"][1]["phases"].reverse(), "starts before"),
        (lambda r: r[0].update({"colour": "red"}), "[0].colour: unknown field"),
        (
            lambda r: r[0]["results"].update({"a1": {"na": True}}),
            "may not be marked not applicable",
        ),
    ],
)
def test_refused_call_records_name_the_place_and_change_nothing(
    capsys, db, tmp_path, change, expected
):
    run(capsys, "campaign", "import", DATA / "worked-example.yaml", "--db", db)
    records = json.loads((DATA / "worked-example-calls.json").read_text())
    change(records)
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(records))
    before = table_counts(db)
    status, _, err = run(capsys, "calls", "import", bad, "--db", db)
    assert status == 1
    assert "bad.json" in err and expected in err
    assert table_counts(db) == before


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "empty"),
        (b"\xff\xfe\x00garbage", "not UTF-8"),
        (b'[{"id": 1,\n "id": 2}]', "duplicate key"),
        (b"[{]", "invalid JSON"),
        (b'{"campaign_id": 1}', "expected a JSON array"),
    ],
)
def test_unreadable_call_files_are_refused(capsys, db, tmp_path, content, expected):
    bad = tmp_path / "bad.json"
    bad.write_bytes(content)
    status, _, err = run(capsys, "calls", "import", bad, "--db", db)
    assert status == 1
    assert "bad.json" in err and expected in err


def test_unknown_and_ambiguous_ids_are_refused(capsys, db):
    run(capsys, "campaign", "import", DATA / "worked-example.yaml", "--db", db)
    status, _, err = run(capsys, "calls", "show", "deadbeef", "--db", db)
    assert status == 1 and "deadbeef" in err
    status, _, err = run(capsys, "campaign", "export", "0f5b", "-o", "x.yaml", "--db", db)
    assert status == 1 and "8" in err


def test_demo_is_reproducible_and_varied(capsys, tmp_path):
    first, second = tmp_path / "one.sqlite3", tmp_path / "two.sqlite3"
    for path in (first, second):
        status, out, err = run(capsys, "demo", "--calls", 120, "--seed", 7, "--db", path)
        assert status == 0, err
        assert "120 calls added" in out
    calls_one = run_json(capsys, "calls", "list", "--db", first)
    calls_two = run_json(capsys, "calls", "list", "--db", second)
    assert calls_one == calls_two
    assert len(calls_one) == 120
    assert len({c["target_id"] for c in calls_one}) >= 3
    assert any(not c["reached"] for c in calls_one)
    assert any(c["knocked_out"] for c in calls_one)
    scores = [c["score"] for c in calls_one if c["reached"] and not c["knocked_out"]]
    assert min(scores) < 60 < max(scores)

    status, out, _ = run(capsys, "demo", "--calls", 120, "--seed", 7, "--db", first)
    assert "0 calls added, 120 already present" in out
    assert len(run_json(capsys, "calls", "list", "--db", first)) == 120


def test_db_check_and_backup(capsys, db, tmp_path):
    run(capsys, "demo", "--calls", 10, "--db", db)
    status, out, _ = run(capsys, "db", "check", "--db", db)
    assert status == 0 and "ok" in out
    copy = tmp_path / "backup.sqlite3"
    assert run(capsys, "db", "backup", "-o", copy, "--db", db)[0] == 0
    assert len(run_json(capsys, "calls", "list", "--db", copy)) == 10


def test_a_database_from_a_newer_app_is_refused_untouched(capsys, db):
    run(capsys, "demo", "--calls", 1, "--db", db)
    with sqlite3.connect(db) as connection:
        connection.execute("update alembic_version set version_num = 'from_the_future'")
    before = db.read_bytes()
    status, _, err = run(capsys, "calls", "list", "--db", db)
    assert status == 1
    assert "newer" in err
    assert db.read_bytes() == before


def test_template_writes_a_valid_campaign(capsys, tmp_path):
    for language in ("de", "en"):
        target = tmp_path / f"template-{language}.yaml"
        assert run(capsys, "campaign", "template", "--language", language, "-o", target)[0] == 0
        status, _, err = run(capsys, "campaign", "validate", target)
        assert status == 0, err


def test_db_environment_variable_selects_the_database(capsys, db, monkeypatch):
    monkeypatch.setenv("MYSTERYCALLER_DB", str(db))
    run(capsys, "campaign", "import", SELFTEST)
    assert db.exists()
    assert run_json(capsys, "campaign", "list")[0]["client"] == "Northwind Insurance (internal QA)"


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
@pytest.mark.parametrize(
    ("command", "limit"), [(("campaign", "validate"), "5 MB"), (("calls", "import"), "64 MB")]
)
def test_an_endless_file_is_refused_quickly(capsys, db, command, limit):
    start = time.monotonic()
    status, _, err = run(capsys, *command, "/dev/zero", "--db", db)
    assert status == 1
    assert f"/dev/zero: the file is larger than {limit}" in err
    assert time.monotonic() - start < 30


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
@pytest.mark.parametrize("command", [("campaign", "validate"), ("calls", "import")])
def test_a_fifo_nobody_writes_to_is_refused_without_hanging(capsys, db, tmp_path, command):
    fifo = tmp_path / "fifo.json"
    os.mkfifo(fifo)
    status, _, err = run(capsys, *command, fifo, "--db", db)
    assert status == 1
    assert "fifo.json" in err and "empty" in err


def test_too_large_files_name_the_limit(capsys, db, tmp_path, monkeypatch):
    big = tmp_path / "big.yaml"
    big.write_bytes(b"#" * (5 * 1024 * 1024 + 1))
    status, _, err = run(capsys, "campaign", "validate", big)
    assert status == 1
    assert "big.yaml: the file is larger than 5 MB" in err
    monkeypatch.setattr("mysterycaller.services.calls.MAX_IMPORT_BYTES", 1024)
    big.write_bytes(b" " * 1025)
    status, _, err = run(capsys, "calls", "import", big, "--db", db)
    assert status == 1
    assert "big.yaml: the file is larger than 1 KB" in err


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("[" * 100_000, "nested too deeply"),
        ('[{"at": 1e999}]', "too large a number"),
        (
            "[{" + ", ".join(f'"k{i}": {i}' for i in range(40_000)) + ', "k7": 0}]',
            "duplicate key 'k7'",
        ),
    ],
    ids=["deep", "infinite", "many-keys"],
)
def test_hostile_json_is_refused_with_a_reason(capsys, db, tmp_path, content, expected):
    bad = tmp_path / "bad.json"
    bad.write_text(content)
    status, _, err = run(capsys, "calls", "import", bad, "--db", db)
    assert status == 1
    assert expected in err


def test_a_call_in_progress_survives_show_and_import(capsys, db, tmp_path):
    from mysterycaller.persistence.database import Database
    from mysterycaller.services.call_session import CallSession

    run(capsys, "campaign", "import", DATA / "worked-example.yaml", "--db", db)
    database = Database.open(db)
    session = CallSession.start(database, WORKED_ID, "s", "line", "T-01")
    session.dial()
    session.toggle_check("a1")
    database.close()
    record = run_json(capsys, "calls", "show", session.call_id, "--db", db)
    assert record["status"] == "in_progress" and record["attempts"][0]["outcome"] is None

    other = tmp_path / "other.sqlite3"
    run(capsys, "campaign", "import", DATA / "worked-example.yaml", "--db", other)
    records = tmp_path / "records.json"
    records.write_text(json.dumps([record]))
    status, _, err = run(capsys, "calls", "import", records, "--db", other)
    assert status == 0, err
    copied = run_json(capsys, "calls", "show", session.call_id, "--db", other)
    assert copied["attempts"] == record["attempts"] and copied["results"] == record["results"]

    record["status"] = "completed"
    records.write_text(json.dumps([record | {"id": "0b0c2d3e-4f50-4a6b-9c8d-7e6f5a4b3c2d"}]))
    status, _, err = run(capsys, "calls", "import", records, "--db", other)
    assert status == 1 and "needs the outcome of its last attempt" in err
