"""The words of the wave report beyond those it shares with the call report (texts.py)."""

from __future__ import annotations

WAVE_DE: dict[str, str] = {
    "service_level_def": "Servicelevel: Anrufe, die innerhalb von {s} angenommen wurden, "
    "bezogen auf alle gewählten Anrufe; ein Anruf, der nie durchkam, zählt als nicht "
    "rechtzeitig angenommen.",
    "asa": "Ø Wartezeit bis Annahme",
    "asa_short": "Ø Wartezeit",
    "gave_up": "Aufgegeben nach max. Wartezeit",
    "competitor_short": "Wettbewerb",
    "competitor_name": "Wettbewerber {letter}",
    "own_lines": "Eigene Hotlines",
    "levers": "Hebel: was am meisten bringt",
    "levers_intro": "Die Kriterien, deren Nichterfüllung die eigenen Hotlines die meisten "
    "Punkte kostet (Gewicht × Ausfallquote), größter Hebel zuerst.",
    "lever_line": "{criterion} ({section}): erfüllt in {rate} der Anrufe "
    "({n}; 95-%-Intervall {interval}). Kostet im Mittel {effect} Punkte je Anruf.",
    "no_levers": "Kein Kriterium wurde in mindestens {min} eigenen Anrufen bewertet: für "
    "belastbare Empfehlungen sind es zu wenige Anrufe.",
    "no_findings": "Die eigenen Hotlines wurden nur {n}-mal angerufen, weniger als die "
    "{min} Anrufe, auf die sich eine Kernaussage stützen muss. Die Zahlen dieses Berichts "
    "sind daher nur Hinweise.",
    "finding_reach": "{rate} der {n} Testanrufe bei den eigenen Hotlines erreichten eine "
    "Person, {first} schon beim ersten Versuch.",
    "finding_sl": "Servicelevel {rate}: so viele Anrufe wurden innerhalb von {s} angenommen "
    "(Ø Wartezeit bis Annahme {asa}); {gave_up} gaben nach der maximalen Wartezeit auf.",
    "finding_score": "Die Gesamtwertung liegt im Mittel bei {mean} von 100 Punkten "
    "(n = {n}, Note {grade}); {ko} der erreichten Anrufe scheiterten an einem "
    "K.-o.-Kriterium.",
    "finding_competition": "Wettbewerb zum Vergleich: Ø {comp} Punkte (n = {comp_n}), "
    "Servicelevel {comp_sl}.",
    "finding_trend": "Gegenüber der Vorwelle „{previous}“: Ø Gesamtwertung {before} → {now} "
    "({verdict}).",
    "tile_competitors": "Wettbewerb: {value}",
    "scores_distribution": "Verteilung der Gesamtwertung (eigene Hotlines)",
    "score_axis": "Gesamtwertung (Punkte)",
    "grades": "Noten",
    "grade": "Note",
    "share": "Anteil",
    "league": "Rangliste der Testobjekte",
    "rank": "Rang",
    "league_competitors": "Wettbewerb (eigene Rangliste)",
    "by_scenario": "Nach Testszenario (eigene Hotlines)",
    "scenario": "Testszenario",
    "trend_sections": "Entwicklung je Rubrik gegenüber der Vorwelle",
    "previous": "Vorwelle",
    "this_wave": "Diese Welle",
    "change": "Veränderung (95-%-Intervall)",
    "verdict": "Bewertung",
    "beyond_chance_up": "besser, größer als der Zufall",
    "beyond_chance_down": "schlechter, größer als der Zufall",
    "within_chance": "im Rahmen des Zufalls",
    "no_comparison": "zu wenige Anrufe für einen Vergleich",
    "overall_row": "Gesamtwertung",
    "verbatims": "Stimmen aus den Anrufen",
    "verbatims_intro": "Was die Testanrufer bei den eigenen Hotlines notiert haben, nach "
    "Rubrik und Kriterium; je Kriterium die jüngsten Einträge. Namen von Gesprächspartnern "
    "erscheinen nie.",
    "shown_of": "{shown} von {total} Einträgen",
    "call_notes": "Notizen zu den Anrufen",
    "no_verbatims": "Zu den eigenen Hotlines wurde nichts notiert.",
    "method_items": "Alle Kennzahlen beziehen sich auf die eigenen Hotlines; der Wettbewerb "
    "steht in eigenen Spalten daneben und fließt nie ein.|"
    "95-%-Intervall: Mit 95 % Sicherheit liegt der wahre Wert in diesem Bereich – je weniger "
    "Anrufe, desto breiter.|{sl_def}|"
    "Ø Wartezeit bis Annahme: Mittel über die angenommenen Anrufe, gemessen im angenommenen "
    "Versuch. Median und 90. Perzentil wie PERZENTIL.INKL in Excel.|"
    "Aufgegeben: Anrufe, bei denen der Tester nach der maximalen Wartezeit ({max_wait}) "
    "auflegte, bezogen auf alle Anrufe.|"
    "Erfüllung eines Kriteriums: Summe der Teilpunkte (0–1) geteilt durch die Anrufe, in "
    "denen es bewertet wurde.|"
    "Hebel: Anteil des Kriteriums an der Gesamtwertung × Ausfallquote, in Punkten je Anruf; "
    "ein nicht erfülltes K.-o.-Kriterium kostet den ganzen Anruf.|"
    "Kernaussagen und Hebel stützen sich auf mindestens {min} Anrufe; kleinere Gruppen sind "
    "grau und mit † markiert.|"
    "Eine Veränderung zur Vorwelle ist „größer als der Zufall“, wenn ihr 95-%-Intervall die "
    "Null nicht einschließt.|Noten: {grades}.",
    "grades_default": "1 sehr gut, 2 gut, 3 befriedigend, 4 ausreichend, 5 mangelhaft, "
    "6 ungenügend",
    "grade_1": "sehr gut",
    "grade_2": "gut",
    "grade_3": "befriedigend",
    "grade_4": "ausreichend",
    "grade_5": "mangelhaft",
    "grade_6": "ungenügend",
    "from_points": "ab {points}",
    "small_mark_note": "† n zu klein (unter {min} Anrufen oder Intervall breiter als "
    "±15 Prozentpunkte): die Zahl trägt keine belastbare Aussage.",
}

WAVE_EN: dict[str, str] = {
    "service_level_def": "Service level: calls answered within {s}, out of all calls dialled; "
    "a call that never got through counts as not answered in time.",
    "asa": "Average speed of answer",
    "asa_short": "Avg. wait",
    "gave_up": "Gave up at the maximum wait",
    "competitor_short": "Competitors",
    "competitor_name": "Competitor {letter}",
    "own_lines": "Own lines",
    "levers": "Levers: what helps most",
    "levers_intro": "The criteria whose failures cost the own lines the most points "
    "(weight × failure rate), biggest lever first.",
    "lever_line": "{criterion} ({section}): met in {rate} of the calls ({n}; 95% interval "
    "{interval}). Costs {effect} points per call on average.",
    "no_levers": "No criterion was judged in at least {min} calls of the own lines: too few "
    "calls for firm recommendations.",
    "no_findings": "The own lines were called only {n} times, fewer than the {min} calls a key "
    "finding must rest on. The figures of this report are therefore only indications.",
    "finding_reach": "{rate} of the {n} test calls to the own lines reached a person, {first} "
    "on the first attempt.",
    "finding_sl": "Service level {rate}: that many calls were answered within {s} (average "
    "speed of answer {asa}); {gave_up} gave up at the maximum wait.",
    "finding_score": "The mean score is {mean} out of 100 (n = {n}, grade {grade}); {ko} of "
    "the reached calls failed a knockout criterion.",
    "finding_competition": "Competitors for comparison: mean {comp} points (n = {comp_n}), "
    "service level {comp_sl}.",
    "finding_trend": "Compared with the previous wave “{previous}”: mean score {before} → "
    "{now} ({verdict}).",
    "tile_competitors": "Competitors: {value}",
    "scores_distribution": "Distribution of the score (own lines)",
    "score_axis": "score (points)",
    "grades": "Grades",
    "grade": "Grade",
    "share": "Share",
    "league": "League table of the targets",
    "rank": "Rank",
    "league_competitors": "Competitors (ranked among themselves)",
    "by_scenario": "By scenario (own lines)",
    "scenario": "Scenario",
    "trend_sections": "Change per section since the previous wave",
    "previous": "Previous wave",
    "this_wave": "This wave",
    "change": "Change (95% interval)",
    "verdict": "Verdict",
    "beyond_chance_up": "better, larger than chance",
    "beyond_chance_down": "worse, larger than chance",
    "within_chance": "within chance",
    "no_comparison": "too few calls to compare",
    "overall_row": "Score",
    "verbatims": "Voices from the calls",
    "verbatims_intro": "What the testers noted on the own lines, by section and criterion; "
    "the latest entries per criterion. Agents' names never appear.",
    "shown_of": "{shown} of {total} entries",
    "call_notes": "Notes on the calls",
    "no_verbatims": "Nothing was noted on the own lines.",
    "method_items": "Every figure is about the own lines; competitors stand beside them in "
    "their own columns and are never blended in.|"
    "95% interval: we can be 95% sure the true value lies in this range – the fewer the calls, "
    "the wider it is.|{sl_def}|"
    "Average speed of answer: the mean time to answer of the answered calls, measured in the "
    "answered attempt. Median and 90th percentile as Excel's PERCENTILE.INC.|"
    "Gave up: calls in which the tester hung up after the maximum wait ({max_wait}), out of "
    "all calls.|"
    "Fulfilment of a criterion: the sum of credits (0–1) divided by the calls in which it was "
    "judged.|"
    "Levers: the criterion's share of the score × its failure rate, in points per call; a "
    "failed knockout criterion costs the whole call.|"
    "Key findings and levers rest on at least {min} calls; smaller groups are grey and marked "
    "with †.|"
    "A change since the previous wave is “larger than chance” when its 95% interval does not "
    "include zero.|Grades: {grades}.",
    "grades_default": "1 very good, 2 good, 3 satisfactory, 4 sufficient, 5 poor, 6 insufficient",
    "grade_1": "very good",
    "grade_2": "good",
    "grade_3": "satisfactory",
    "grade_4": "sufficient",
    "grade_5": "poor",
    "grade_6": "insufficient",
    "from_points": "from {points}",
    "small_mark_note": "† n too small (under {min} calls or an interval wider than ±15 "
    "percentage points): the figure supports no firm conclusion.",
}
