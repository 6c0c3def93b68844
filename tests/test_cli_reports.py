"""`report call|campaign` and `export csv|xlsx` on the command line (spec/cli.md)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from mysterycaller.cli import main

DATA = Path(__file__).parent / "data"
WORKED_ID = "0f5b2c1e-8a47-4d6e-9b3a-5c2d1e0f9a87"


def run(capsys, *args):
    status = main([str(a) for a in args])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def text_of(path: Path) -> str:
    pages = PdfReader(path).pages
    return re.sub(r"\s+", " ", " ".join(p.extract_text() for p in pages).replace("\u00a0", " "))


@pytest.fixture
def db(tmp_path, capsys):
    path = tmp_path / "cli.sqlite3"
    run(capsys, "campaign", "import", DATA / "worked-example.yaml", "--db", path)
    status, _, err = run(
        capsys, "calls", "import", DATA / "worked-example-calls.json", "--db", path
    )
    assert status == 0, err
    return path


def test_report_call_in_german_and_english(capsys, db, tmp_path):
    status, out, err = run(capsys, "report", "call", "3d9f8a7b", "-o", tmp_path / "de.pdf",
                           "--lang", "de", "--db", db)  # fmt: skip
    assert status == 0, err
    assert "de.pdf" in out
    assert "Gesamtwertung 55,2" in text_of(tmp_path / "de.pdf")
    status, _, _ = run(capsys, "--lang", "en", "report", "call", "3d9f8a7b", "-o",
                       tmp_path / "en.pdf", "--db", db)  # fmt: skip
    assert status == 0
    assert "Score 55.2" in text_of(tmp_path / "en.pdf")


def test_report_campaign_with_branding(capsys, db, tmp_path, monkeypatch):
    logo = tmp_path / "logo.png"
    Image.new("RGB", (120, 40), (139, 30, 63)).save(logo)
    monkeypatch.setenv("MYSTERYCALLER_AGENCY", "Agentur aus der Umgebung")
    status, _, err = run(capsys, "report", "campaign", WORKED_ID[:8], "-o", tmp_path / "w.pdf",
                         "--logo", logo, "--color", "#8B1E3F", "--db", db)  # fmt: skip
    assert status == 0, err
    text = text_of(tmp_path / "w.pdf")
    assert "Wave report" in text and "Agentur aus der Umgebung" in text
    status, _, err = run(capsys, "report", "campaign", WORKED_ID, "-o", tmp_path / "w2.pdf",
                         "--agency", "Prüfdienst Nord", "--db", db)  # fmt: skip
    assert status == 0, err
    assert "Prüfdienst Nord" in text_of(tmp_path / "w2.pdf")


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("report", "call", "deadbeef"), "deadbeef"),
        (("report", "campaign", "deadbeef"), "deadbeef"),
        (("report", "campaign", WORKED_ID, "--logo", "missing.png"), "missing.png"),
        (("report", "campaign", WORKED_ID, "--logo", "logo.gif"), "PNG or JPEG"),
        (("report", "call", "3d9f8a7b", "--color", "red"), "#RRGGBB"),
    ],
)
def test_refusals_exit_1_and_write_nothing(capsys, db, tmp_path, args, expected):
    output = tmp_path / "out.pdf"
    status, _, err = run(capsys, *args, "-o", output, "--db", db)
    assert status == 1
    assert expected in err
    assert not output.exists()


def test_a_broken_logo_is_refused(capsys, db, tmp_path):
    logo = tmp_path / "broken.png"
    logo.write_bytes(b"not a png")
    status, _, err = run(capsys, "report", "campaign", WORKED_ID, "-o", tmp_path / "x.pdf",
                         "--logo", logo, "--db", db)  # fmt: skip
    assert status == 1 and "broken.png" in err and "readable image" in err


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_export(capsys, db, tmp_path, fmt):
    output = tmp_path / f"calls.{fmt}"
    status, out, err = run(capsys, "export", fmt, "--campaign", WORKED_ID[:8], "-o", output,
                           "--db", db)  # fmt: skip
    assert status == 0, err
    assert "2 calls exported" in out
    assert output.stat().st_size > 0


def test_export_csv_with_ids_writes_the_attempts_beside_it(capsys, db, tmp_path):
    output = tmp_path / "calls.csv"
    status, out, err = run(capsys, "export", "csv", "--campaign", WORKED_ID[:8], "-o", output,
                           "--ids", "--lang", "en", "--db", db)  # fmt: skip
    assert status == 0, err
    attempts = tmp_path / "calls-attempts.csv"
    assert f"{attempts}: their attempts" in out
    assert output.read_text("utf-8-sig").startswith("call_id,campaign_id,")
    assert attempts.read_text("utf-8-sig").startswith("call_id,attempt,outcome,")
    status, _, err = run(capsys, "export", "csv", "--campaign", WORKED_ID[:8], "-o", output,
                         "--lang", "en", "--db", db)  # fmt: skip
    assert status == 0, err
    assert output.read_text("utf-8-sig").startswith("Call ID,Campaign ID,")


def test_wave_report_with_anonymised_competitors(capsys, db, tmp_path):
    output = tmp_path / "w.pdf"
    status, out, err = run(capsys, "report", "campaign", WORKED_ID, "-o", output,
                           "--anonymise-competitors", "--db", db)  # fmt: skip
    assert status == 0, err
    assert output.read_bytes().startswith(b"%PDF") and "wave report written" in out


def test_export_of_unknown_campaign_exits_1(capsys, db, tmp_path):
    status, _, err = run(capsys, "export", "csv", "--campaign", "deadbeef", "-o",
                         tmp_path / "x.csv", "--db", db)  # fmt: skip
    assert status == 1 and "deadbeef" in err
    assert not (tmp_path / "x.csv").exists()
