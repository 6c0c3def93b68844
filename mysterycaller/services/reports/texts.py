"""The words and number formats of the reports, in German and English."""

from __future__ import annotations

from mysterycaller.domain.statistics import Rate
from mysterycaller.services import words
from mysterycaller.services.formats import LANGUAGES, NBSP, Formats
from mysterycaller.services.reports.wave_words import WAVE_DE, WAVE_EN

__all__ = ["LANGUAGES", "NBSP", "Texts", "clock"]

_DE: dict[str, str] = {
    "call_report": "Testanruf-Bericht",
    "wave_report": "Wellenbericht",
    "client": "Auftraggeber",
    "campaign": "Kampagne",
    "target": "Testobjekt",
    "scenario": "Szenario",
    "persona": "Anrufende Person",
    "tester": "Testanrufer",
    "date_time": "Datum und Uhrzeit",
    "agent": "Gesprächspartner",
    "call_id": "Anruf-ID",
    "score": "Gesamtwertung",
    "section_score": "Wertung",
    "points": "von 100 Punkten",
    "raw_score": "Wertung ohne K.-o.",
    "knocked_out": "K.-o.-Kriterium nicht erfüllt",
    "knockout_statement": "Die Gesamtwertung ist 0, weil ein K.-o.-Kriterium nicht erfüllt "
    "wurde: {items}. Ohne K.-o. hätte der Anruf {raw} Punkte erreicht.",
    "no_knockout": "Alle K.-o.-Kriterien erfüllt.",
    "not_reached": "Nicht erreicht",
    "not_reached_statement": "Die Hotline wurde in {n} Anwahlversuchen nicht erreicht.",
    "unreached_no_score": "Nicht erreichte Anrufe gehen in dieser Kampagne nicht in die "
    "Wertung ein.",
    "attempts": "Anwahlversuche",
    "attempt": "Versuch",
    "outcome": "Ergebnis",
    "duration": "Dauer",
    "timings": "Zeiten",
    "timeline": "Gesprächsverlauf",
    "time": "Zeit",
    "event": "Ereignis",
    "note": "Notiz",
    "holds": "Haltephasen",
    "transfers": "Weiterleitungen",
    "holds_one": "1 Haltephase, gesamt {total}, längste {longest}",
    "holds_many": "{n} Haltephasen, gesamt {total}, längste {longest}",
    "transfers_one": "1 Weiterleitung, {total}",
    "transfers_many": "{n} Weiterleitungen, {total}",
    "none": "keine",
    "unknown_interrupted": "unbekannt (Unterbrechung)",
    "until_interruption": "{text} (bis zur Unterbrechung)",
    "interrupted_statement": "Die App wurde während dieses Anrufs beendet (Phase „{phase}“ "
    "ab {at}). Was danach geschah, wurde nicht gemessen: diese Zeiten sind unbekannt, "
    "nicht null.",
    "continued": "{title} (Fortsetzung)",
    "note_topic": "Thema",
    "note_entry": "Eintrag",
    "sections": "Rubriken",
    "section": "Rubrik",
    "weight": "Gewicht",
    "criteria": "Kriterien",
    "criterion": "Kriterium",
    "result": "Bewertung",
    "expected": "Erwartet",
    "knockout_mark": "K.-o.",
    "yes": "ja",
    "no": "nein",
    "na": "n. z.",
    "not_judged": "nicht bewertet",
    "scale_of": "{value} von {high}",
    "notes": "Notizen und Beobachtungen",
    "impression": "Gesamteindruck",
    "no_notes": "Keine Notizen.",
    "page": "Seite {page} von {pages}",
    "issued": "Ausgestellt am {date}",
    "period": "Zeitraum",
    "calls": "Testanrufe",
    "calls_short": "Anrufe",
    "dagger_note": "† n zu klein: die Quote trägt keine belastbare Aussage (siehe Methode).",
    "summary": "Zusammenfassung",
    "key_findings": "Das Wichtigste in Kürze",
    "reachability": "Erreichbarkeit",
    "first_attempt": "Erreichbarkeit beim ersten Versuch",
    "service_level": "Servicelevel",
    "service_level_def": "Anteil der angenommenen Anrufe mit Wartezeit bis Annahme ≤ {s}",
    "mean_score": "Ø Gesamtwertung",
    "mean_score_short": "Ø Wertung",
    "median_wait": "Median Wartezeit",
    "waiting": "Erreichbarkeit und Wartezeiten",
    "measure": "Kennzahl",
    "rate": "Quote",
    "interval": "95-%-Intervall",
    "n": "n",
    "mean": "Mittelwert",
    "median": "Median",
    "p90": "90. Perzentil",
    "distribution": "Verteilung der Wartezeit bis Annahme",
    "count": "Anzahl",
    "seconds_axis": "Sekunden",
    "threshold": "Servicelevel-Grenze {s}",
    "scores": "Bewertung",
    "fulfilment": "Erfüllung der Kriterien (schwächste zuerst)",
    "fulfilment_short": "Erfüllung",
    "by_target": "Nach Testobjekt",
    "own_vs_competitors": "Eigene Hotlines im Vergleich zum Wettbewerb",
    "own": "Eigene Hotlines",
    "competitors": "Wettbewerb",
    "by_weekday": "Nach Wochentag",
    "by_hour": "Nach Uhrzeit",
    "weekday": "Wochentag",
    "hour": "Uhrzeit",
    "trend": "Entwicklung über die Wellen",
    "wave": "Welle",
    "too_small": "n zu klein",
    "too_small_note": "„n zu klein“: weniger als 30 Anrufe oder ein 95-%-Intervall breiter als "
    "±15 Prozentpunkte; die Quote trägt keine belastbare Aussage.",
    "method": "Methode",
    "method_text": "Quoten mit 95-%-Wilson-Intervall. Median und 90. Perzentil durch lineare "
    "Interpolation (wie PERZENTIL.INKL in Excel). Servicelevel: angenommene Anrufe mit "
    "Wartezeit bis Annahme bis zur Grenze der Kampagne, bezogen auf alle angenommenen Anrufe. "
    "Wartezeiten des angenommenen Versuchs. Erfüllung: Summe der Teilpunkte (0–1) je "
    "Kriterium geteilt durch die Anrufe, in denen es bewertet wurde. Nicht erreichte Anrufe "
    "zählen mit 0 Punkten, wenn die Kampagne es so vorsieht.",
    "finding_reach": "{rate} der {n} Testanrufe erreichten eine Person, {first} schon beim "
    "ersten Versuch.",
    "finding_sl": "{rate} der angenommenen Anrufe wurden innerhalb von {s} angenommen "
    "(Median der Wartezeit {median}).",
    "finding_score": "Die Gesamtwertung liegt im Mittel bei {mean} von 100 Punkten "
    "(n = {n}); {ko} der erreichten Anrufe scheiterten an einem K.-o.-Kriterium.",
    "finding_sections": "Stärkste Rubrik: {best} ({best_value}); schwächste: {worst} "
    "({worst_value}).",
    "finding_criteria": "Am seltensten erfüllt: {items}.",
    "finding_competition": "Eigene Hotlines: Ø {own} Punkte (n = {own_n}); Wettbewerb: Ø {comp} "
    "Punkte (n = {comp_n}).",
    "finding_trend": "Gegenüber der Vorwelle „{previous}“: Ø Gesamtwertung {before} → {now}, "
    "Erreichbarkeit {reach_before} → {reach_now}.",
    "finding_small": "Die Welle umfasst nur {n} Anrufe; Quoten sind entsprechend unsicher.",
    "no_calls": "Diese Kampagne hat noch keine Testanrufe.",
    "contents_note": "Alle Quoten mit Stichprobengröße n und 95-%-Intervall.",
    "nothing": "–",
}

_EN: dict[str, str] = {
    "call_report": "Test call report",
    "wave_report": "Wave report",
    "client": "Client",
    "campaign": "Campaign",
    "target": "Target",
    "scenario": "Scenario",
    "persona": "Caller persona",
    "tester": "Tester",
    "date_time": "Date and time",
    "agent": "Agent",
    "call_id": "Call ID",
    "score": "Score",
    "section_score": "Score",
    "points": "out of 100 points",
    "raw_score": "Score before knockout",
    "knocked_out": "Knockout criterion failed",
    "knockout_statement": "The score is 0 because a knockout criterion was failed: {items}. "
    "Without the knockout the call would have scored {raw} points.",
    "no_knockout": "All knockout criteria were met.",
    "not_reached": "Not reached",
    "not_reached_statement": "The hotline was not reached in {n} attempts.",
    "unreached_no_score": "In this campaign, calls that were not reached are left out of scores.",
    "attempts": "Attempts",
    "attempt": "Attempt",
    "outcome": "Outcome",
    "duration": "Duration",
    "timings": "Timings",
    "timeline": "Timeline of the call",
    "time": "Time",
    "event": "Event",
    "note": "Note",
    "holds": "Holds",
    "transfers": "Transfers",
    "holds_one": "1 hold, {total} in total, longest {longest}",
    "holds_many": "{n} holds, {total} in total, longest {longest}",
    "transfers_one": "1 transfer, {total}",
    "transfers_many": "{n} transfers, {total}",
    "none": "none",
    "unknown_interrupted": "unknown (interrupted)",
    "until_interruption": "{text} (until the interruption)",
    "interrupted_statement": "The app was closed during this call (phase “{phase}” from {at}). "
    "What happened afterwards was not measured: those times are unknown, not zero.",
    "continued": "{title} (continued)",
    "note_topic": "Subject",
    "note_entry": "Entry",
    "sections": "Sections",
    "section": "Section",
    "weight": "Weight",
    "criteria": "Criteria",
    "criterion": "Criterion",
    "result": "Result",
    "expected": "Expected",
    "knockout_mark": "Knockout",
    "yes": "yes",
    "no": "no",
    "na": "n/a",
    "not_judged": "not judged",
    "scale_of": "{value} of {high}",
    "notes": "Notes and observations",
    "impression": "Overall impression",
    "no_notes": "No notes.",
    "page": "Page {page} of {pages}",
    "issued": "Issued {date}",
    "period": "Period",
    "calls": "Test calls",
    "calls_short": "Calls",
    "dagger_note": "† n too small: the rate supports no firm conclusion (see Method).",
    "summary": "Summary",
    "key_findings": "Key findings",
    "reachability": "Reachability",
    "first_attempt": "Reachability on the first attempt",
    "service_level": "Service level",
    "service_level_def": "Share of answered calls with time to answer ≤ {s}",
    "mean_score": "Mean score",
    "mean_score_short": "Mean score",
    "median_wait": "Median time to answer",
    "waiting": "Reachability and waiting times",
    "measure": "Measure",
    "rate": "Rate",
    "interval": "95% interval",
    "n": "n",
    "mean": "Mean",
    "median": "Median",
    "p90": "90th percentile",
    "distribution": "Distribution of the time to answer",
    "count": "Count",
    "seconds_axis": "seconds",
    "threshold": "service level limit {s}",
    "scores": "Scores",
    "fulfilment": "Criterion fulfilment (weakest first)",
    "fulfilment_short": "Fulfilment",
    "by_target": "By target",
    "own_vs_competitors": "Own lines compared with competitors",
    "own": "Own lines",
    "competitors": "Competitors",
    "by_weekday": "By weekday",
    "by_hour": "By hour of the day",
    "weekday": "Weekday",
    "hour": "Hour",
    "trend": "Trend from wave to wave",
    "wave": "Wave",
    "too_small": "n too small",
    "too_small_note": "“n too small”: fewer than 30 calls or a 95% interval wider than "
    "±15 percentage points; the rate supports no firm conclusion.",
    "method": "Method",
    "method_text": "Rates with 95% Wilson score intervals. Median and 90th percentile by linear "
    "interpolation (as Excel's PERCENTILE.INC). Service level: answered calls with a time to "
    "answer up to the campaign's limit, out of all answered calls. Waiting times are those of "
    "the answered attempt. Fulfilment: the sum of credits (0–1) of a criterion divided by the "
    "calls in which it was judged. Calls not reached score 0 where the campaign says so.",
    "finding_reach": "{rate} of the {n} test calls reached a person, {first} on the first attempt.",
    "finding_sl": "{rate} of the answered calls were answered within {s} (median time to "
    "answer {median}).",
    "finding_score": "The mean score is {mean} out of 100 (n = {n}); {ko} of the reached calls "
    "failed a knockout criterion.",
    "finding_sections": "Strongest section: {best} ({best_value}); weakest: {worst} "
    "({worst_value}).",
    "finding_criteria": "Least often met: {items}.",
    "finding_competition": "Own lines: mean {own} points (n = {own_n}); competitors: mean "
    "{comp} points (n = {comp_n}).",
    "finding_trend": "Compared with the previous wave “{previous}”: mean score {before} → "
    "{now}, reachability {reach_before} → {reach_now}.",
    "finding_small": "The wave has only {n} calls; rates are correspondingly uncertain.",
    "no_calls": "This campaign has no test calls yet.",
    "contents_note": "Every rate with its sample size n and 95% interval.",
    "nothing": "–",
}


class Texts(Formats):
    """The vocabulary of one report language, with its number and date formats."""

    def __init__(self, language: str) -> None:
        if language not in LANGUAGES:
            raise ValueError(f"unknown report language {language!r}")
        super().__init__(language)
        self._words = {**_DE, **WAVE_DE} if language == "de" else {**_EN, **WAVE_EN}

    def __getitem__(self, key: str) -> str:
        if key not in self._words and key in words.MEASURES:
            return words.measure(key, self.language)
        return self._words[key]

    def format(self, key: str, **values: object) -> str:
        """The text ``key`` with its {placeholders} filled in."""
        return self[key].format(**values)

    def outcome(self, outcome: str | None) -> str:
        return words.outcome(outcome, self.language)

    def phase(self, phase: str) -> str:
        return words.phase(phase, self.language)

    def weekday(self, number: int) -> str:
        return words.weekday(number, self.language)

    def interval(self, rate: Rate) -> str:
        """The Wilson interval of a rate in percent: ``49,0–94,3 %``."""
        if not rate.n:
            return "–"
        low, high = self.number(100 * rate.low), self.number(100 * rate.high)
        return f"{low}–{high}{NBSP}%" if self.language == "de" else f"{low}–{high}%"

    def n(self, count: int) -> str:
        """A sample size: ``n = 1.234``."""
        return f"n{NBSP}={NBSP}{self.integer(count)}"


def clock(seconds: float | None) -> str:
    """Call time as mm:ss (h:mm:ss beyond an hour), as stamps on the timeline."""
    if seconds is None:
        return "–"
    whole = int(seconds)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"
