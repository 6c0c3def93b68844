"""CSV and XLSX exports: one row per call, one column per criterion, Excel's conventions."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

from mysterycaller.persistence.database import Database
from mysterycaller.services.calls import import_call_records, list_calls, show_call
from mysterycaller.services.campaigns import import_campaign_file, latest_campaign
from mysterycaller.services.demo import add_demo
from mysterycaller.services.exports import export_calls, export_columns

DATA = Path(__file__).parent.parent / "data"
WORKED_ID = "0f5b2c1e-8a47-4d6e-9b3a-5c2d1e0f9a87"


def read_csv(path: Path, delimiter: str) -> list[dict[str, str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 BOM: Excel reads umlauts right
    return list(csv.DictReader(io.StringIO(raw[3:].decode("utf-8")), delimiter=delimiter))


@pytest.fixture
def demo(tmp_path):
    database = Database.open(tmp_path / "demo.sqlite3")
    campaign_id = add_demo(database, calls=60, seed=5).campaign_id
    yield database, campaign_id
    database.close()


@pytest.fixture
def worked(tmp_path):
    database = Database.open(tmp_path / "worked.sqlite3")
    import_campaign_file(database, DATA / "worked-example.yaml")
    import_call_records(database, DATA / "worked-example-calls.json")
    yield database
    database.close()


def test_german_csv_uses_semicolons_decimal_commas_and_one_column_per_criterion(demo, tmp_path):
    database, campaign_id = demo
    ticks: list[tuple[int, int]] = []
    rows = export_calls(database, campaign_id, tmp_path / "w.csv", "csv",
                        lambda d, t: ticks.append((d, t)), ids=True)  # fmt: skip
    assert rows == 60 and ticks[-1] == (60, 60)
    table = read_csv(tmp_path / "w.csv", ";")
    assert len(table) == 60
    campaign = latest_campaign(database, campaign_id)
    header = list(table[0])
    criteria = [c for c in header if campaign.catalogue.criterion(c.split(":")[0])]
    assert [c for c in criteria if ":" not in c] == campaign.catalogue.criterion_ids()
    assert header == export_columns(campaign)
    scores = {c.id: c.score for c in list_calls(database, campaign_id)}
    for row in table:
        expected = scores[row["call_id"]]
        assert float(row["score"].replace(",", ".")) == pytest.approx(expected)
        assert "." not in row["score"]
    assert any("ä" in row["target"] or "ö" in row["target"] for row in table)  # Störungsdienst
    assert "agent" not in header  # the demo campaign does not record agent names


def test_english_csv_matches_calls_show(worked, tmp_path):
    export_calls(worked, WORKED_ID, tmp_path / "w.csv", "csv", ids=True)
    table = {row["call_id"][:8]: row for row in read_csv(tmp_path / "w.csv", ",")}
    good = table["3d9f8a7b"]
    record = show_call(worked, "3d9f8a7b")
    assert good["score"] == "55.2083"  # four decimals in CSV
    assert float(good["score"]) == pytest.approx(record["score"], abs=5e-5)
    assert good["section:A"] == "33.3333"
    assert good["time_to_answer"] == "42" and good["queue_seconds"] == "36"
    assert good["attempts"] == "2" and good["reached_first_attempt"] == "0"
    assert good["started_at"] == "2027-01-12 09:14:03" and good["utc_offset"] == "+01:00"
    assert good["notes"] == "2:10 Wartemusik sehr laut"  # the tester's note, with its call time
    # a3 was marked not applicable: an empty cell, the reason in the marker column
    assert [good[c] for c in ("a1", "a2", "a3", "b1", "b2", "b3")] == ["1", "0", "", "4", "0", "1"]
    assert good["not_applicable"] == "a3: marked not applicable by the tester"
    assert good["status"] == "Completed" and good["outcome"] == "Answered"
    knocked = table["8e7d6c5b"]
    assert (knocked["score"], knocked["knocked_out"], knocked["knockouts"]) == ("0", "1", "b3")
    assert float(knocked["raw_score"]) == pytest.approx(36.458333333)


def test_xlsx_has_the_same_values_as_csv(demo, tmp_path):
    database, campaign_id = demo
    export_calls(database, campaign_id, tmp_path / "w.csv", "csv", ids=True)
    assert export_calls(database, campaign_id, tmp_path / "w.xlsx", "xlsx", ids=True) == 60
    workbook = load_workbook(tmp_path / "w.xlsx", read_only=True)
    rows = list(workbook.active.iter_rows(values_only=True))
    workbook.close()
    table = read_csv(tmp_path / "w.csv", ";")
    assert len(rows) == 61
    header = list(rows[0])
    assert header == list(table[0])
    for values, row in zip(rows[1:], table, strict=True):
        padded = [*values, *[None] * (len(header) - len(values))]  # trailing blanks are trimmed
        record = dict(zip(header, padded, strict=True))
        assert record["call_id"] == row["call_id"]
        if record["score"] is not None:
            assert record["score"] == pytest.approx(float(row["score"].replace(",", ".")))
        assert record["reached"] == int(row["reached"])
        assert record["started_at"].strftime("%Y-%m-%d %H:%M:%S") == row["started_at"]


def test_unknown_campaign_and_format_are_refused(demo, tmp_path):
    database, campaign_id = demo
    with pytest.raises(LookupError):
        export_calls(database, "deadbeef", tmp_path / "x.csv", "csv")
    with pytest.raises(ValueError):
        export_calls(database, campaign_id, tmp_path / "x.ods", "ods")  # type: ignore[arg-type]
    assert not (tmp_path / "x.csv").exists()


HOSTILE_TESTER = '=HYPERLINK("http://x")'


@pytest.fixture
def hostile(tmp_path):
    """The worked example with a text criterion and agent names, and a call full of formulas."""
    text = (DATA / "worked-example.yaml").read_text(encoding="utf-8")
    text = text.replace("service_level_seconds: 20}", "service_level_seconds: 20,\n"
                        "        record_agent_names: true}")  # fmt: skip
    text = text.replace(
        '        - {id: b3, text: "b3", kind: check, knockout: true}\n',
        '        - {id: b3, text: "b3", kind: check, knockout: true}\n'
        '        - {id: b4, text: "b4", kind: text}\n',
    )
    (tmp_path / "campaign.yaml").write_text(text, encoding="utf-8")
    records = json.loads((DATA / "worked-example-calls.json").read_text(encoding="utf-8"))[:1]
    records[0]["tester"] = HOSTILE_TESTER
    records[0]["agent"] = "@SUM(1)"
    records[0]["results"]["b4"] = {"value": "+1+1"}
    (tmp_path / "calls.json").write_text(json.dumps(records), encoding="utf-8")
    database = Database.open(tmp_path / "hostile.sqlite3")
    import_campaign_file(database, tmp_path / "campaign.yaml")
    assert import_call_records(database, tmp_path / "calls.json").added == 1
    yield database
    database.close()


def test_csv_text_that_looks_like_a_formula_is_quoted(hostile, tmp_path):
    export_calls(hostile, WORKED_ID, tmp_path / "w.csv", "csv", ids=True)
    (row,) = read_csv(tmp_path / "w.csv", ",")
    assert row["tester"] == "'" + HOSTILE_TESTER
    assert row["agent"] == "'@SUM(1)"
    assert row["b4"] == "'+1+1"
    # Numbers and the app's own values stay as they were.
    assert row["utc_offset"] == "+01:00" and row["attempts"] == "2" and row["b1"] == "4"
    assert float(row["score"]) > 0


def test_xlsx_text_that_looks_like_a_formula_is_a_plain_string(hostile, tmp_path):
    export_calls(hostile, WORKED_ID, tmp_path / "w.xlsx", "xlsx", ids=True)
    workbook = load_workbook(tmp_path / "w.xlsx")
    sheet = workbook.active
    header = [cell.value for cell in sheet[1]]
    cells = dict(zip(header, sheet[2], strict=False))
    workbook.close()
    for column, value in (("tester", HOSTILE_TESTER), ("agent", "@SUM(1)"), ("b4", "+1+1")):
        assert (cells[column].value, cells[column].data_type) == (value, "s")
    assert (cells["attempts"].value, cells["attempts"].data_type) == (2, "n")
    assert cells["score"].data_type == "n"
    with zipfile.ZipFile(tmp_path / "w.xlsx") as archive:
        assert b"<f>" not in archive.read("xl/worksheets/sheet1.xml")


def test_xlsx_survives_control_characters_and_explains_its_columns(worked, tmp_path):
    import sqlite3

    from openpyxl import load_workbook

    # A tester name with a control character, as a bundle from another tool might carry it.
    with sqlite3.connect(worked.path) as connection:
        connection.execute("update calls set tester = ?", ("T-01\x01 Anna",))
    assert export_calls(worked, WORKED_ID, tmp_path / "w.xlsx", "xlsx", ids=True) == 2
    workbook = load_workbook(tmp_path / "w.xlsx")
    calls, _attempts, legend = workbook.worksheets
    header = [cell.value for cell in calls[1]]
    row = {header[i]: cell for i, cell in enumerate(calls[2])}
    assert row["tester"].value == "T-01 Anna"
    assert row["score"].number_format == "0.0"
    assert row["score"].value == pytest.approx(55.2083, abs=1e-4)
    assert [cell.value for cell in legend[1]][:4] == ["column", "header", "section", "criterion"]
    ids = [line[0].value for line in legend.iter_rows(min_row=2)]
    assert ids == ["a1", "a2", "a3", "b1", "b2", "b3"]


def test_readable_german_headers_words_choices_and_attempts_file(demo, tmp_path):
    database, campaign_id = demo
    export_calls(database, campaign_id, tmp_path / "w.csv", "csv")
    table = read_csv(tmp_path / "w.csv", ";")
    campaign = latest_campaign(database, campaign_id)
    choice = campaign.catalogue.criterion("einwandbehandlung")
    section = next(s for s in campaign.catalogue.sections if choice in s.criteria)
    label = f"{section.title}: {choice.text}"
    header = list(table[0])
    assert "Anruf-ID" in header and "Wartezeit bis Annahme (s)" in header
    assert header[header.index(label) + 1] == f"{label} (Punkte)"
    assert not any(h == "einwandbehandlung" for h in header)
    labels = {o.label: o.credit for o in choice.options}
    answered = [row for row in table if row[label]]
    assert answered
    for row in answered:  # the option's label, and its credit beside it
        assert float(row[f"{label} (Punkte)"].replace(",", ".")) == labels[row[label]]
    assert {row["Status"] for row in table} == {"Abgeschlossen"}
    assert {row["Ergebnis des letzten Versuchs"] for row in table} <= {
        "Angenommen", "Besetzt", "Keine Annahme", "Abgebrochen", "Aufgegeben (max. Wartezeit)",
        "Geschlossen", "Falsche Nummer", "Anrufbeantworter",
    }  # fmt: skip
    assert all("n/a" not in value for row in table for value in row.values())
    attempts = read_csv(tmp_path / "w-attempts.csv", ";")
    assert len(attempts) == sum(int(row["Anwahlversuche"]) for row in table)
    assert list(attempts[0])[:4] == ["Anruf-ID", "Versuch", "Ergebnis", "Unterbrochen (1/0)"]
    first = [a for a in attempts if a["Anruf-ID"] == table[0]["Anruf-ID"]]
    assert [a["Versuch"] for a in first] == [str(n + 1) for n in range(len(first))]
    assert first[-1]["Ergebnis"] == table[0]["Ergebnis des letzten Versuchs"]


def test_xlsx_is_printable_titled_and_typed(demo, tmp_path):
    database, campaign_id = demo
    export_calls(database, campaign_id, tmp_path / "w.xlsx", "xlsx", agency="Agentur Nord")
    workbook = load_workbook(tmp_path / "w.xlsx")
    assert workbook.properties.creator == "Agentur Nord"
    assert workbook.properties.title.startswith("Testanrufe · Mustertal Energie AG")
    assert workbook.sheetnames == ["Testanrufe", "Anwahlversuche", "Kriterien"]
    for sheet in workbook.worksheets:
        assert sheet.page_setup.orientation == "landscape"
        assert sheet.sheet_properties.pageSetUpPr.fitToPage
        # fitToWidth 1 is the default of the file format, so it may be left out
        assert (sheet.page_setup.fitToWidth or 1, sheet.page_setup.fitToHeight) == (1, 0)
        assert sheet.print_title_rows == "$1:$1"
    calls = workbook["Testanrufe"]
    header = [cell.value for cell in calls[1]]
    row = dict(zip(header, calls[2], strict=False))
    assert row["Gesamtwertung"].number_format == "0.0"
    assert row["Begonnen"].number_format == "yyyy-mm-dd hh:mm:ss"
    assert row["Anwahlversuche"].number_format == "0"
    assert calls.auto_filter.ref == f"A1:{calls.cell(1, len(header)).column_letter}61"
    workbook.close()


@pytest.mark.slow
def test_libreoffice_opens_the_xlsx_without_repair(demo, tmp_path):
    """LibreOffice (installed by scripts/bootstrap.sh test) reads every sheet as written."""
    import shutil
    import subprocess

    soffice = shutil.which("soffice")
    assert soffice, "LibreOffice is missing: run scripts/bootstrap.sh test"
    database, campaign_id = demo
    export_calls(database, campaign_id, tmp_path / "w.xlsx", "xlsx", language="en", ids=True)
    export_calls(database, campaign_id, tmp_path / "w.csv", "csv", language="en", ids=True)
    out = tmp_path / "lo"
    result = subprocess.run(
        [soffice, f"-env:UserInstallation=file://{tmp_path / 'profile'}", "--headless",
         "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,true,false,"
         "false,false,-1", "--outdir", str(out), str(tmp_path / "w.xlsx")],
        capture_output=True, text=True, timeout=180, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    sheets = sorted(out.glob("*.csv"))
    assert [p.name for p in sheets] == ["w-Attempts.csv", "w-Calls.csv", "w-Criteria.csv"]
    ours = read_csv(tmp_path / "w.csv", ",")
    theirs = list(csv.DictReader(io.StringIO(sheets[1].read_text("utf-8")), delimiter=","))
    assert len(theirs) == len(ours) == 60
    for mine, seen in zip(ours, theirs, strict=True):
        assert seen["call_id"] == mine["call_id"] and seen["target"] == mine["target"]
        assert seen["status"] == mine["status"] and seen["reached"] == mine["reached"]
        if mine["score"]:
            assert float(seen["score"]) == pytest.approx(float(mine["score"]), abs=0.05)
    attempts = read_csv(tmp_path / "w-attempts.csv", ",")
    assert len(sheets[0].read_text("utf-8").splitlines()) == len(attempts) + 1
