"""The wave PDF shows the figures of the domain aggregation, with n and intervals."""

from __future__ import annotations

import io
import json
import re
import uuid
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader

from mysterycaller.domain.wave import aggregate_wave
from mysterycaller.persistence.database import Database
from mysterycaller.services.call_batches import campaign_calls
from mysterycaller.services.calls import import_call_records
from mysterycaller.services.campaigns import import_campaign_file
from mysterycaller.services.demo import add_demo
from mysterycaller.services.reports import write_wave_report
from mysterycaller.services.reports.texts import Texts
from mysterycaller.services.reports.wave_report import load_wave

DATA = Path(__file__).parent.parent / "data"
WORKED_ID = "0f5b2c1e-8a47-4d6e-9b3a-5c2d1e0f9a87"


def pdf_text(path: Path) -> str:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    text = " ".join(page.extract_text() or "" for page in reader.pages)
    return re.sub(r"\s+", " ", text.replace("\u00a0", " "))


def plain(text: str) -> str:
    return text.replace("\u00a0", " ")


@pytest.fixture
def demo(tmp_path):
    database = Database.open(tmp_path / "demo.sqlite3")
    result = add_demo(database, calls=60, seed=11)
    yield database, result.campaign_id
    database.close()


@pytest.mark.parametrize("language", ["de", "en"])
def test_wave_figures_equal_the_domain_aggregation(demo, tmp_path, language):
    database, campaign_id = demo
    figures = aggregate_wave(
        (i.call, i.score, i.campaign) for i in campaign_calls(database, campaign_id)
    )
    seen: list[tuple[int, int]] = []
    path = write_wave_report(
        database, campaign_id, tmp_path / "wave.pdf", language=language,
        progress=lambda done, total: seen.append((done, total)),
    )  # fmt: skip
    text = pdf_text(path)
    t = Texts(language)
    own, comp = figures.own.overall, figures.competitors.overall
    assert figures.calls == 60 and 0 < own.calls < 60 and comp.calls == 60 - own.calls
    for expected in (
        t.percent(own.reachability.value),
        t.interval(own.reachability),
        t.percent(own.first_attempt.value),
        t.percent(own.service_level.value),
        t.percent(own.gave_up.value),
        t.seconds(own.time_to_answer.mean),
        t.number(own.score.mean),
        t.seconds(figures.own.timings["time_to_answer"].p90),
        t.seconds(figures.own.timings["queue_seconds"].mean),
        t.percent(figures.own.criteria[0].fulfilment.value),
        *(t.number(s.mean) for s in figures.own.sections),
        # competitors beside, in their own columns
        t.percent(comp.service_level.value),
        t.number(comp.score.mean),
    ):
        assert plain(expected) in text, expected
    assert f"n = {own.reachability.n}" in text
    assert ("Eigene Hotlines" if language == "de" else "Own lines") in text
    assert ("n zu klein" if language == "de" else "n too small") in text
    assert ("Begrüßung" if language == "de" else "Reachability") in text
    assert "Störungsdienst Strom und Gas" in text
    assert seen[0] == (0, 60) and seen[-1] == (60, 60)


def test_headline_figures_are_the_own_lines_not_the_blend(demo, tmp_path):
    """The demo wave's blended service level differs from the own one; the tile shows own."""
    database, campaign_id = demo
    wave = load_wave(database, campaign_id)
    own = wave.figures.own.overall
    blended = aggregate_wave(
        (i.call, i.score, replace(i.campaign, targets=tuple(
            replace(t, competitor=False) for t in i.campaign.targets)))
        for i in campaign_calls(database, campaign_id)
    ).own.overall  # fmt: skip
    assert blended.calls == 60 and blended.service_level.value != own.service_level.value
    t = Texts("en")
    summary = pdf_page_text(write_wave_report(database, campaign_id, tmp_path / "w.pdf",
                                              language="en"), 1)  # fmt: skip
    assert f"Service level (≤ 30 s) {t.percent(own.service_level.value)}" in summary
    assert plain(t.percent(blended.service_level.value)) not in summary.split("Key findings")[0]
    assert "Levers: what helps most" in summary


def test_levers_executive_summary_verbatims_league_and_method(demo, tmp_path):
    from mysterycaller.domain.levers import levers

    database, campaign_id = demo
    wave = load_wave(database, campaign_id)
    text = pdf_text(write_wave_report(database, campaign_id, tmp_path / "w.pdf", language="en"))
    found = levers(wave.campaign, wave.figures.own, wave.figures.verbatims)
    assert 3 <= len(found) <= 5
    top = wave.campaign.catalogue.criterion(found[0].criterion_id)
    assert f"1. {top.text}" in text
    assert "Voices from the calls" in text and "League table of the targets" in text
    assert "By scenario (own lines)" in text and "Grades" in text
    assert "out of all calls dialled; a call that never got through counts" in text  # method
    assert "95% sure the true value lies in this range" in text
    for verbatim in found[0].evidence:
        assert verbatim.text in text


def test_competitors_can_be_anonymised(demo, tmp_path):
    database, campaign_id = demo
    named = pdf_text(write_wave_report(database, campaign_id, tmp_path / "n.pdf"))
    anonymous = pdf_text(
        write_wave_report(database, campaign_id, tmp_path / "a.pdf", anonymise_competitors=True)
    )
    assert "Südwest Strom" in named
    assert "Südwest Strom" not in anonymous and "Wettbewerber A" in anonymous


def test_no_key_finding_on_fewer_calls_than_the_minimum(tmp_path):
    database = Database.open(tmp_path / "few.sqlite3")
    campaign_id = add_demo(database, calls=12, seed=3).campaign_id
    text = pdf_text(write_wave_report(database, campaign_id, tmp_path / "f.pdf", language="en"))
    database.close()
    assert "fewer than the 30 calls a key finding must rest on" in text
    assert "too few calls for firm recommendations" in text
    assert "reached a person" not in text


def pdf_page_text(path: Path, index: int) -> str:
    page = PdfReader(io.BytesIO(path.read_bytes())).pages[index]
    return re.sub(r"\s+", " ", (page.extract_text() or "").replace("\u00a0", " "))


def test_load_wave_matches_the_stored_scores(demo):
    database, campaign_id = demo
    wave = load_wave(database, campaign_id[:8])
    assert wave.figures.calls == 60
    assert wave.campaign.client == "Mustertal Energie AG"
    assert wave.trend == ()  # only one wave of this client


def test_trend_across_waves_of_the_same_client(tmp_path):
    database = Database.open(tmp_path / "waves.sqlite3")
    text = (DATA / "worked-example.yaml").read_text(encoding="utf-8")
    records = json.loads((DATA / "worked-example-calls.json").read_text(encoding="utf-8"))
    second_id = "0f5b2c1e-8a47-4d6e-9b3a-5c2d1e0f9a88"
    for name, campaign_id, year in (("Wave one", WORKED_ID, 2027), ("Wave two", second_id, 2028)):
        campaign = tmp_path / f"{name}.yaml"
        campaign.write_text(
            text.replace(WORKED_ID, campaign_id).replace('"Worked example"', f'"{name}"'),
            encoding="utf-8",
        )
        import_campaign_file(database, campaign)
        for index, record in enumerate(records):
            record["campaign_id"] = campaign_id
            record["id"] = str(uuid.uuid5(uuid.NAMESPACE_URL, f"{name}/{index}"))
            record["started_at"] = record["started_at"].replace("2027", str(year))
        calls = tmp_path / f"{name}.json"
        calls.write_text(json.dumps(records), encoding="utf-8")
        import_call_records(database, calls)
    wave = load_wave(database, second_id)
    assert [p.name for p in wave.trend] == ["Wave one", "Wave two"]
    report = pdf_text(write_wave_report(database, second_id, tmp_path / "t.pdf"))
    database.close()
    assert "Trend from wave to wave" in report
    assert "Wave one" in report  # no key finding on 2 calls, but the trend table
    assert "Change per section since the previous wave" in report
    assert "within chance" in report or "too few calls to compare" in report


def test_campaign_without_calls(tmp_path):
    database = Database.open(tmp_path / "empty.sqlite3")
    import_campaign_file(database, DATA / "worked-example.yaml")
    report = pdf_text(write_wave_report(database, WORKED_ID, tmp_path / "e.pdf"))
    database.close()
    assert "no test calls yet" in report


def test_unknown_campaign_is_refused(demo, tmp_path):
    database, _ = demo
    with pytest.raises(LookupError):
        write_wave_report(database, "deadbeef", tmp_path / "x.pdf")


def test_calls_still_in_progress_are_not_results(demo, tmp_path):
    """A call being made (or never dialled) must not lower reachability or the mean score."""
    from mysterycaller.services.call_session import CallSession
    from mysterycaller.services.exports import export_calls

    database, campaign_id = demo
    before = load_wave(database, campaign_id).figures
    for _ in range(5):
        CallSession.start(database, campaign_id, "umzug-ummeldung", "mte-kundenservice", "T-09")
    after = load_wave(database, campaign_id).figures
    assert after == before
    rows = export_calls(database, campaign_id, tmp_path / "calls.csv", "csv")
    assert rows == 60


def test_grade_bands_and_minimum_come_from_the_campaign(tmp_path):
    database = Database.open(tmp_path / "g.sqlite3")
    text = (DATA / "worked-example.yaml").read_text(encoding="utf-8")
    text = text.replace(
        "service_level_seconds: 20}",
        "service_level_seconds: 20, min_calls: 1, grades: "
        "[{grade: A, label: top, min_score: 50}, {grade: B, label: weak, min_score: 0}]}",
    )
    (tmp_path / "c.yaml").write_text(text, encoding="utf-8")
    import_campaign_file(database, tmp_path / "c.yaml")
    import_call_records(database, DATA / "worked-example-calls.json")
    report = pdf_text(write_wave_report(database, WORKED_ID, tmp_path / "g.pdf", language="en"))
    database.close()
    # Mean of 55.2 and 0 is 27.6: grade B; with min_calls 1 the key findings are stated.
    assert "grade B (weak)" in report
    assert "Grades: A top (from 50), B weak (from 0)." in report
    assert "reached a person" in report


def test_counts_up_to_100000_fit_their_columns_on_one_line():
    from reportlab.lib.units import mm
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from mysterycaller.services.reports.fonts import register_fonts
    from mysterycaller.services.reports.wave_cells import N_WIDTH

    regular, _ = register_fonts()
    padding = 12  # 6 pt either side, reportlab's default cell padding
    for language in ("de", "en"):
        t = Texts(language)
        assert stringWidth(t.integer(100_000), regular, 8.5) + padding <= N_WIDTH
        assert stringWidth(t.n(100_000), regular, 7) + padding <= 20 * mm  # under a mean
        assert stringWidth(t.percent(1.0) + "†", regular, 8.5) + padding <= 24 * mm
        assert stringWidth(t.interval(rate(99_999, 100_000)), regular, 7) + padding <= 24 * mm


def rate(successes, n):
    from mysterycaller.domain.statistics import rate as make

    return make(successes, n)
