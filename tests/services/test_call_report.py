"""The per-call PDF shows the same figures as `calls show --json`, formatted for the reader."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from mysterycaller.domain.timing import Outcome, Phase
from mysterycaller.persistence.database import Database
from mysterycaller.services.call_session import CallSession
from mysterycaller.services.calls import import_call_records, show_call
from mysterycaller.services.campaigns import import_campaign_file
from mysterycaller.services.reports import ReportBranding, write_call_report
from mysterycaller.services.reports.texts import Texts

DATA = Path(__file__).parent.parent / "data"
GOOD, KNOCKED = "3d9f8a7b", "8e7d6c5b"
WORKED = "0f5b2c1e-8a47-4d6e-9b3a-5c2d1e0f9a87"


def pdf_text(path: Path) -> str:
    """All text of a PDF, with runs of white space (and no-break spaces) made one space."""
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    text = " ".join(page.extract_text() or "" for page in reader.pages)
    return re.sub(r"\s+", " ", text.replace("\u00a0", " "))


def format_number(value: float | None, language: str) -> str:
    return Texts(language).number(value)


def seconds(value: float, language: str) -> str:
    """Durations as the reports write them: 42,0 s; beyond a minute m:ss min (2:38 min)."""
    return Texts(language).seconds(value).replace("\u00a0", " ")


def make_campaign(tmp_path: Path, db: Database, change=None, **rules: object) -> None:
    text = (DATA / "worked-example.yaml").read_text(encoding="utf-8")
    if change is not None:
        text = change(text)
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
    assert "Besetzt" in text and "Keine Annahme" in text
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


def test_notes_table_has_a_heading_per_column_and_labelled_impression(tmp_path):
    database = Database.open(tmp_path / "notes.sqlite3")
    make_campaign(tmp_path, database, record_agent_names=True)
    add_calls(tmp_path, database, lambda r: r[0].update(
        agent="Frau Schmidt, ruhig", impression="Kompetent, aber zu lange Wartezeit"
    ))  # fmt: skip
    text = pdf_text(write_call_report(database, GOOD, tmp_path / "call.pdf", language="de"))
    database.close()
    notes = text[text.index("Notizen und Beobachtungen") :]
    assert "Gesprächspartner Frau Schmidt, ruhig" in notes
    assert "Gesamteindruck Kompetent, aber zu lange Wartezeit" in notes
    assert "Zeit Thema Eintrag" in notes  # three columns, three headings
    assert "02:10 Notiz Wartemusik sehr laut" in notes
    assert notes.index("Gesamteindruck") < notes.index("Zeit Thema Eintrag")  # not a time row


def test_criteria_the_scenario_rules_out_are_left_out(tmp_path):
    def rule_out(text: str) -> str:
        return text.replace('    goal: "G"', '    goal: "G"\n    criteria_na: [a2]')

    database = Database.open(tmp_path / "na.sqlite3")
    make_campaign(tmp_path, database, rule_out)
    add_calls(tmp_path, database)
    text = pdf_text(write_call_report(database, GOOD, tmp_path / "call.pdf", language="en"))
    database.close()
    criteria = text[text.index("Criteria") :]
    assert not re.search(r"\ba2\b", criteria)  # not applicable to the scenario: not shown
    assert "a3 n/a" in criteria  # the tester's n/a stays
    assert "a1 yes" in criteria


def _holds_and_transfers(records):
    records[0]["attempts"][0]["outcome"] = "voicemail"
    records[0]["attempts"][1]["phases"] = [
        {"phase": "ringing", "start": 0.0},
        {"phase": "queue", "start": 6.0},
        {"phase": "talk", "start": 42.0},
        {"phase": "hold", "start": 60.0},
        {"phase": "talk", "start": 90.6},
        {"phase": "transfer", "start": 100.0},
        {"phase": "talk", "start": 120.0},
        {"phase": "transfer", "start": 130.0},
        {"phase": "talk", "start": 151.2},
        {"phase": "ended", "start": 200.0},
    ]


@pytest.mark.parametrize(
    ("language", "holds", "transfers"),
    [
        ("de", "1 Haltephase, gesamt 30,6 s, längste 30,6 s", "2 Weiterleitungen, 41,2 s"),
        ("en", "1 hold, 30.6 s in total, longest 30.6 s", "2 transfers, 41.2 s"),
    ],
)
def test_holds_and_transfers_are_written_in_words(tmp_path, language, holds, transfers):
    database = Database.open(tmp_path / "holds.sqlite3")
    make_campaign(tmp_path, database)
    add_calls(tmp_path, database, _holds_and_transfers)
    text = pdf_text(write_call_report(database, GOOD, tmp_path / "call.pdf", language=language))
    database.close()
    assert holds in text and transfers in text
    assert "×" not in text


@pytest.mark.parametrize(("language", "none"), [("de", "keine"), ("en", "none")])
def test_no_holds_and_no_transfers_read_none(db, tmp_path, language, none):
    text = pdf_text(write_call_report(db, GOOD, tmp_path / "call.pdf", language=language))
    holds, transfers = ("Haltephasen", "Weiterleitungen") if language == "de" else (
        "Holds", "Transfers")  # fmt: skip
    assert f"{holds} {none}" in text and f"{transfers} {none}" in text


@pytest.mark.parametrize(
    ("language", "words", "wrong"),
    [
        ("de", ["Anrufbeantworter", "Angenommen", "Klingelt", "Warteschleife", "Gespräch",
                "Gehalten", "Weiterleitung"], "Mailbox"),
        ("en", ["Voicemail", "Answered", "Ringing", "Queue", "Talk", "On hold", "Transfer"],
         "voicemail"),
    ],
)  # fmt: skip
def test_outcomes_and_phases_use_the_words_of_the_app(tmp_path, language, words, wrong):
    database = Database.open(tmp_path / "words.sqlite3")
    make_campaign(tmp_path, database)
    add_calls(tmp_path, database, _holds_and_transfers)
    text = pdf_text(write_call_report(database, GOOD, tmp_path / "call.pdf", language=language))
    database.close()
    for word in words:
        assert word in text, word
    assert wrong not in text


class FakeClock:
    def __init__(self) -> None:
        self.now = 500.0

    def __call__(self) -> float:
        return self.now


def interrupted_call(db: Database) -> str:
    """A call whose app died during the talk, resumed, answered and completed."""
    clock = FakeClock()
    crashed = CallSession.start(db, WORKED, "s", "line", "T-03", clock=clock)
    crashed.dial()
    clock.now += 12
    crashed.enter_phase(Phase.TALK)
    clock.now += 20
    crashed.toggle_check("a1")
    # The app dies here: the first session is never used again, a new one resumes the call.
    resumed = CallSession.resume(db, crashed.call_id, clock=clock)
    assert resumed.stopwatch.interrupted
    resumed.set_result("b1", 4)
    resumed.set_outcome(Outcome.ANSWERED)
    resumed.complete()
    return resumed.call_id


@pytest.mark.parametrize(
    ("language", "unknown", "labels"),
    [
        ("de", "unbekannt (Unterbrechung)", ("Gesprächszeit", "Gesamtdauer")),
        ("en", "unknown (interrupted)", ("Talk time", "Total duration")),
    ],
)
def test_an_interrupted_call_says_which_times_are_unknown(db, tmp_path, language, unknown, labels):
    call_id = interrupted_call(db)
    text = pdf_text(write_call_report(db, call_id, tmp_path / "i.pdf", language=language))
    for label in labels:
        assert f"{label} {unknown}" in text
    assert seconds(12.0, language) in text  # the time to answer was measured before the crash
    for label in labels:
        assert f"{label} {seconds(0.0, language)}" not in text  # unknown is not zero
    statement = "Die App wurde während dieses Anrufs beendet" if language == "de" else (
        "The app was closed during this call")  # fmt: skip
    assert statement in text


def _long_catalogue(text: str) -> str:
    criteria = "".join(
        f'        - {{id: c{i:02d}, text: "Kriterium {i} mit einer langen Beschreibung, die im '
        f'Bericht über zwei Zeilen läuft und so die Tabelle verlängert", kind: check}}\n'
        for i in range(1, 46)
    )
    section = f'    - id: C\n      title: "Lang"\n      criteria:\n{criteria}'
    return text.replace("scenarios:", section + "scenarios:")


@pytest.mark.parametrize(("language", "word"), [("de", "Fortsetzung"), ("en", "continued")])
def test_a_criteria_table_over_pages_repeats_its_heading_as_continued(tmp_path, language, word):
    database = Database.open(tmp_path / "long.sqlite3")
    make_campaign(tmp_path, database, _long_catalogue)
    add_calls(tmp_path, database)
    path = write_call_report(database, GOOD, tmp_path / "long.pdf", language=language)
    database.close()
    pages = [
        re.sub(r"\s+", " ", page.extract_text().replace("\u00a0", " "))
        for page in PdfReader(path).pages
    ]
    first = next(i for i, page in enumerate(pages) if "Kriterium 1 " in page)
    assert "Lang · 0,0" in pages[first] or "Lang · 0.0" in pages[first]
    assert f"({word})" not in pages[first]
    later = [page for page in pages[first + 1 :] if "Kriterium 4" in page]
    assert later and all(re.search(rf"Lang · 0[.,]0 \({word}\)", page) for page in later)
