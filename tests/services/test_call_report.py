"""The per-call PDF shows the same figures as `calls show --json`, formatted for the reader."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from mysterycaller.domain.scoring import format_number
from mysterycaller.persistence.database import Database
from mysterycaller.services.calls import import_call_records, show_call
from mysterycaller.services.campaigns import import_campaign_file
from mysterycaller.services.reports import ReportBranding, write_call_report

DATA = Path(__file__).parent.parent / "data"
GOOD, KNOCKED = "3d9f8a7b", "8e7d6c5b"


def pdf_text(path: Path) -> str:
    """All text of a PDF, with runs of white space (and no-break spaces) made one space."""
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    text = " ".join(page.extract_text() or "" for page in reader.pages)
    return re.sub(r"\s+", " ", text.replace("\u00a0", " "))


def seconds(value: float, language: str) -> str:
    return f"{format_number(value, language)} s"


def make_campaign(tmp_path: Path, db: Database, **rules: object) -> None:
    text = (DATA / "worked-example.yaml").read_text(encoding="utf-8")
    if rules:
        extra = ", ".join(f"{k}: {json.dumps(v)}" for k, v in rules.items())
        text = text.replace("service_level_seconds: 20}", f"service_level_seconds: 20, {extra}}}")
    path = tmp_path / "campaign.yaml"
    path.write_text(text, encoding="utf-8")
    import_campaign_file(db, path)


def add_calls(tmp_path: Path, db: Database, change=None) -> None:
    records = json.loads((DATA / "worked-example-calls.json").read_text(encoding="utf-8"))
    if change is not None:
        change(records)
    path = tmp_path / "calls.json"
    path.write_text(json.dumps(records), encoding="utf-8")
    import_call_records(db, path)


@pytest.fixture
def db(tmp_path):
    database = Database.open(tmp_path / "db.sqlite3")
    make_campaign(tmp_path, database)
    add_calls(tmp_path, database, lambda r: r[0].update(agent="Frau Schmidt"))
    yield database
    database.close()


@pytest.mark.parametrize("language", ["de", "en"])
def test_figures_equal_calls_show(db, tmp_path, language):
    record = show_call(db, GOOD)
    path = write_call_report(db, GOOD, tmp_path / "call.pdf", language=language)
    text = pdf_text(path)
    timings = record["attempts"][-1]["timings"]
    assert format_number(record["score"], language) in text
    assert ("Wertung ohne K.-o.: " if language == "de" else "Score before knockout: ") + (
        format_number(record["raw_score"], language)
    ) in text
    for name in ("time_to_answer", "queue_seconds", "talk_seconds", "total_seconds"):
        assert seconds(timings[name], language) in text, name
    for value in record["sections"].values():
        assert format_number(value, language) in text
    assert "Begrüßung" in text  # umlauts survive the embedded font
    assert ("55,2" if language == "de" else "55.2") in text
    statement = "Alle K.-o.-Kriterien erfüllt." if language == "de" else "All knockout criteria"
    assert statement in text
    assert "Wartemusik sehr laut" in text and "02:10" in text  # the note on the timeline
    assert "Frau Schmidt" not in text  # the campaign does not allow agent names


def test_language_defaults_to_the_campaign(db, tmp_path):
    text = pdf_text(write_call_report(db, GOOD, tmp_path / "call.pdf"))
    assert "Test call report" in text  # the worked example is an English campaign


def test_knockout_is_stated_plainly(db, tmp_path):
    record = show_call(db, KNOCKED)
    text = pdf_text(write_call_report(db, KNOCKED, tmp_path / "ko.pdf", language="de"))
    assert "K.-o.-Kriterium nicht erfüllt" in text
    assert f"hätte der Anruf {format_number(record['raw_score'], 'de')} Punkte erreicht" in text
    assert "„b3“" in text
    assert "0,0 von 100 Punkten" in text


def test_agent_name_appears_where_the_campaign_allows_it(tmp_path):
    database = Database.open(tmp_path / "allowed.sqlite3")
    make_campaign(tmp_path, database, record_agent_names=True)
    add_calls(tmp_path, database, lambda r: r[0].update(agent="Frau Schmidt"))
    text = pdf_text(write_call_report(database, GOOD, tmp_path / "call.pdf"))
    database.close()
    assert "Frau Schmidt" in text


def test_not_reached_call_lists_its_attempts(db, tmp_path):
    def unreached(records):
        records[0]["attempts"][1]["outcome"] = "no_answer"
        records[0]["attempts"][1]["phases"] = [
            {"phase": "ringing", "start": 0.0},
            {"phase": "ended", "start": 31.5},
        ]
        records[0]["results"] = {}
        records[0]["notes"] = []
        records[0]["id"] = "11111111-2222-4333-8444-555555555555"

    add_calls(tmp_path, db, unreached)
    text = pdf_text(write_call_report(db, "11111111", tmp_path / "nr.pdf", language="de"))
    assert "Nicht erreicht" in text
    assert "in 2 Anwahlversuchen nicht erreicht" in text
    assert "besetzt" in text and "keine Annahme" in text
    assert "4,0 s" in text and "31,5 s" in text


def test_unknown_call_is_refused(db, tmp_path):
    with pytest.raises(LookupError):
        write_call_report(db, "deadbeef", tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()


def test_font_is_embedded_and_agency_in_the_footer(db, tmp_path):
    branding = ReportBranding(agency="Prüfdienst Süd GmbH", color="#8B1E3F")
    path = write_call_report(db, GOOD, tmp_path / "call.pdf", branding=branding)
    reader = PdfReader(path)
    fonts = {
        str(font["/BaseFont"])
        for page in reader.pages
        for font in page["/Resources"]["/Font"].values()
    }
    assert any("DejaVuSans" in name for name in fonts)
    assert "Prüfdienst Süd GmbH" in pdf_text(path)
    assert re.search(r"Page 1 of \d", pdf_text(path))
