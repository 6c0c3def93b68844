"""Campaign files: what loads, what is refused (with field path and line), and writing them back."""

from __future__ import annotations

import copy
import json
import re
import uuid
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from mysterycaller.domain.campaign import CriterionKind
from mysterycaller.resources import resource_path
from mysterycaller.services.campaign_files import (
    DEMO_CAMPAIGN_ID,
    CampaignFileError,
    LoadedCampaign,
    Problem,
    demo_document,
    dump_campaign_yaml,
    load_campaign_file,
    parse_campaign_text,
    template_document,
    template_text,
    validate_document,
)

EXAMPLES = Path(__file__).resolve().parents[1] / "data" / "examples"
STADTWERKE = EXAMPLES / "campaign-stadtwerke.yaml"
SELFTEST = EXAMPLES / "campaign-selftest-en.yaml"


@pytest.fixture(scope="module")
def stadtwerke() -> str:
    return STADTWERKE.read_text(encoding="utf-8")


def refused(text: str | bytes) -> list[Problem]:
    """The problems of a text that must be refused."""
    with pytest.raises(CampaignFileError) as caught:
        parse_campaign_text(text, "campaign.yaml")
    assert caught.value.path == "campaign.yaml"
    assert caught.value.problems
    return caught.value.problems


def edited(text: str, *changes: tuple[str, str]) -> str:
    for old, new in changes:
        assert text.count(old) == 1, f"not exactly once in the example: {old!r}"
        text = text.replace(old, new)
    return text


def line_with(text: str, marker: str) -> int:
    """The 1-based line on which ``marker`` first appears."""
    return text[: text.index(marker)].count("\n") + 1


# ---- what loads --------------------------------------------------------------------------------


def test_the_stadtwerke_example_loads_unchanged():
    before = STADTWERKE.read_bytes()
    loaded = load_campaign_file(STADTWERKE)
    campaign = loaded.campaign
    assert STADTWERKE.read_bytes() == before
    assert not loaded.id_generated
    assert campaign.id == loaded.document["id"] == "7c1e2a94-3b5d-4f0e-9a61-2d8f6c4b0e11"
    assert campaign.language == "de"
    assert len(campaign.targets) == 3
    assert [t.id for t in campaign.targets if t.competitor] == ["wettbewerber-nord"]
    assert len(campaign.catalogue.sections) == 4
    assert len(campaign.catalogue.criterion_ids()) == 17
    assert len(campaign.scenarios) == 2
    assert campaign.scenarios[1].criteria_na == {"auskunft-korrekt"}
    assert campaign.rules.max_attempts == 2
    assert str(campaign.period_start) == "2027-01-11"
    assert loaded.document["period"] == {"start": "2027-01-11", "end": "2027-02-05"}
    rule = campaign.catalogue.criterion("annahme-20s").rule
    assert str(rule) == "time_to_answer <= 20"
    assert campaign.catalogue.criterion("freundlichkeit").scale.labels[2] == "neutral"


def test_the_selftest_example_loads_and_gets_a_fresh_id():
    first = load_campaign_file(SELFTEST)
    second = load_campaign_file(SELFTEST)
    assert first.id_generated
    assert uuid.UUID(first.campaign.id).version == 4
    assert first.campaign.id != second.campaign.id
    assert list(first.document)[:3] == ["format", "id", "name"]
    campaign = first.campaign
    assert (len(campaign.targets), len(campaign.scenarios)) == (1, 1)
    assert len(campaign.catalogue.sections) == 2
    assert len(campaign.catalogue.criterion_ids()) == 6
    assert campaign.scenarios[0].applies_to("claims")
    assert campaign.rules.unreached_scores_zero  # the default when the file says nothing


def test_the_document_is_plain_json(stadtwerke):
    loaded = parse_campaign_text(stadtwerke, "campaign.yaml")
    assert json.loads(json.dumps(loaded.document)) == loaded.document


def test_an_upper_case_id_is_stored_in_lower_case(stadtwerke):
    text = edited(
        stadtwerke, ("7c1e2a94-3b5d-4f0e-9a61-2d8f6c4b0e11", "7C1E2A94-3B5D-4F0E-9A61-2D8F6C4B0E11")
    )
    assert parse_campaign_text(text, "c.yaml").campaign.id == "7c1e2a94-3b5d-4f0e-9a61-2d8f6c4b0e11"


def test_the_demo_campaign_loads_with_its_fixed_id():
    document = demo_document()
    assert document["id"] == DEMO_CAMPAIGN_ID == "5e0c9b7a-1d2f-4c3b-9a8e-7f6d5c4b3a21"
    assert validate_document(document) == []
    assert document["language"] == "de"
    assert len(document["targets"]) == 4
    assert sum(bool(t.get("competitor")) for t in document["targets"]) == 1
    assert len(document["scenarios"]) == 3
    for scenario in document["scenarios"]:
        assert len(scenario["script"]) >= 4
        assert any("expect" in step for step in scenario["script"])
    assert any("note" in step for s in document["scenarios"] for step in s["script"])


def test_the_demo_document_is_a_copy():
    demo_document()["name"] = "changed"
    assert demo_document()["name"] != "changed"


@pytest.mark.parametrize("language", ["de", "en"])
def test_a_template_is_a_valid_campaign_without_id(language):
    document = template_document(language)
    assert "id" not in document
    assert document["language"] == language
    assert validate_document(document) == []
    loaded = parse_campaign_text(dump_campaign_yaml(document), "template.yaml")
    assert loaded.id_generated
    kinds = {c.kind for _, c in loaded.campaign.catalogue.criteria()}
    assert kinds == set(CriterionKind)
    criteria = [c for _, c in loaded.campaign.catalogue.criteria()]
    assert any(c.knockout for c in criteria)
    assert any(c.na_allowed for c in criteria)
    # The shipped file, with its comments, is the same campaign.
    shipped = parse_campaign_text(template_text(language), "t.yaml").document
    assert {k: v for k, v in shipped.items() if k != "id"} == document
    assert template_text(language).startswith("#")


def test_german_and_english_templates_have_the_same_catalogue_shape():
    def shape(document):
        return [
            (
                s["weight"],
                [(c["kind"], c.get("weight", 1), c.get("knockout", False)) for c in s["criteria"]],
            )
            for s in document["catalogue"]["sections"]
        ]

    assert shape(template_document("de")) == shape(template_document("en"))


def test_the_german_template_is_written_in_german_with_umlauts():
    text = template_text("de")
    assert "Begrüßung" in text
    assert "Freundlichkeit" in text
    assert "Gesprächsabschluss" in text
    assert "ae" not in re.findall(r'title: "([^"]*)"', text)


def test_an_unknown_template_language_is_refused():
    with pytest.raises(ValueError, match="fr"):
        template_document("fr")


# ---- refusals of the whole file ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "line", "message"),
    [
        (b"", None, "the file is empty"),
        (b"   \n\n", None, "the file is empty"),
        (b"# only a comment\n", None, "only comments"),
        (b"format: x\n\x00\x01\x02", None, "NUL byte at offset 10"),
        ("format: x\n".encode("utf-16"), None, "binary file"),
        (b"name: caf\xe9\n", 1, "not UTF-8 text: byte 0xE9 at offset 9"),
        (b"format: a\nname: b: c\n", 2, "YAML syntax error at column 8: mapping values"),
        (b"format: a\n  name: b\n", 2, "YAML syntax error"),
        (b"format: a\n---\nformat: b\n", 2, "single document"),
        (b"- format: a\n- name: b\n", 1, "holds a list"),
        (b"just some words\n", 1, "holds a single value"),
        (b"name: \x07bell\n", 1, "U+0007"),
    ],
    ids=[
        "empty", "blank", "comments", "nul", "utf16", "latin1", "unclosed-list", "indent",
        "two-documents", "list", "scalar", "control-character",
    ],
)  # fmt: skip
def test_a_file_that_is_not_a_yaml_mapping_is_refused(data, line, message):
    problems = refused(data)
    assert len(problems) == 1
    assert problems[0].where == ""
    assert problems[0].line == line
    assert message in problems[0].message


def test_deeply_nested_data_is_refused_without_a_crash():
    problems = refused("name: " + "[" * 5000 + "]" * 5000 + "\n")
    assert [p.message for p in problems] == ["the data is nested too deeply to be a campaign file"]


def test_a_merge_key_is_refused(stadtwerke):
    text = edited(stadtwerke, ("    competitor: true\n", "    <<: {competitor: true}\n"))
    merge = [p for p in refused(text) if "merge keys (<<) are not supported" in p.message]
    assert [(p.where, p.line) for p in merge] == [("targets[2]", line_with(text, "<<:"))]


def test_a_missing_file_is_refused_with_its_name(tmp_path):
    with pytest.raises(CampaignFileError) as caught:
        load_campaign_file(tmp_path / "nowhere.yaml")
    assert str(caught.value).startswith(f"{tmp_path / 'nowhere.yaml'}: cannot read")


def test_a_file_on_disk_names_its_path_in_the_message(tmp_path, stadtwerke):
    path = tmp_path / "welle.yaml"
    path.write_text(edited(stadtwerke, ("language: de ", "language: fr ")), encoding="utf-8")
    with pytest.raises(CampaignFileError) as caught:
        load_campaign_file(path)
    assert str(caught.value) == f"{path}:7: language: unknown language 'fr' (known: de, en)"


# ---- refusals of single fields -----------------------------------------------------------------

# (id, changes to the stadtwerke example, where, text marking the line, part of the message)
FIELD_CASES = [
    (
        "format",
        [("format: mysterycaller-campaign/1", "format: mysterycaller-campaign/2")],
        "format",
        "format:",
        "must be exactly 'mysterycaller-campaign/1'",
    ),
    (
        "id-not-uuid",
        [("id: 7c1e2a94-3b5d-4f0e-9a61-2d8f6c4b0e11", "id: 7c1e2a94")],
        "id",
        "id: 7c1e2a94",
        "is not a UUID",
    ),
    (
        "language",
        [("language: de ", "language: fr ")],
        "language",
        "language:",
        "unknown language 'fr'",
    ),
    (
        "name-empty",
        [('name: "Stadtwerke Musterstadt – Servicehotline, Welle 1/2027"', 'name: ""')],
        "name",
        'name: ""',
        "must not be empty",
    ),
    (
        "client-missing",
        [('client: "Stadtwerke Musterstadt GmbH"\n', "")],
        "client",
        None,
        "required field is missing",
    ),
    (
        "unknown-top-field",
        [("language: de ", "colour: blue\nlanguage: de ")],
        "colour",
        "colour:",
        "unknown field 'colour'",
    ),
    (
        "misspelt-field",
        [('    hours: "Mo–Fr', '    hour: "Mo–Fr')],
        "targets[0].hour",
        "hour:",
        "did you mean 'hours'?",
    ),
    (
        "period-reversed",
        [("end: 2027-02-05", "end: 2027-01-05")],
        "period.end",
        "period:",
        "ends (2027-01-05) before it starts (2027-01-11)",
    ),
    (
        "period-no-date",
        [("end: 2027-02-05", "end: 2027-02-30")],
        "period.end",
        "period:",
        "'2027-02-30' is not a valid date",
    ),
    (
        "period-text",
        [("end: 2027-02-05", "end: Ende Februar")],
        "period.end",
        "period:",
        "is not a date: write it as YYYY-MM-DD",
    ),
    (
        "max-wait",
        [("max_wait_seconds: 300", "max_wait_seconds: 0")],
        "rules.max_wait_seconds",
        "max_wait_seconds",
        "must be greater than 0, found 0",
    ),
    (
        "max-attempts-zero",
        [("max_attempts: 2", "max_attempts: 0")],
        "rules.max_attempts",
        "max_attempts",
        "must be at least 1",
    ),
    (
        "max-attempts-fraction",
        [("max_attempts: 2", "max_attempts: 1.5")],
        "rules.max_attempts",
        "max_attempts",
        "expected a whole number",
    ),
    (
        "max-attempts-float",
        [("max_attempts: 2", "max_attempts: 2.0")],
        "rules.max_attempts",
        "max_attempts",
        "must be a whole number like 3",
    ),
    (
        "service-level",
        [("service_level_seconds: 20", "service_level_seconds: -5")],
        "rules.service_level_seconds",
        "service_level_seconds",
        "must be greater than 0",
    ),
    (
        "boolean-as-text",
        [("unreached_scores_zero: true", 'unreached_scores_zero: "true"')],
        "rules.unreached_scores_zero",
        "unreached_scores_zero",
        "expected true or false, found the text 'true'",
    ),
    (
        "boolean-as-number",
        [("competitor: true", "competitor: 1")],
        "targets[2].competitor",
        "competitor:",
        "expected true or false, found a number",
    ),
    (
        "phone-as-number",
        [('phone: "+49 30 1234500"', "phone: 0301234500")],
        "targets[1].phone",
        "phone: 0301234500",
        "found a number; put the value in quotes",
    ),
    (
        "phone-letters",
        [('phone: "+49 30 1234500"', 'phone: "Zentrale"')],
        "targets[1].phone",
        'phone: "Zentrale"',
        "is not a phone number",
    ),
    (
        "target-id-spaces",
        [("  - id: swm-vertrieb", "  - id: swm vertrieb")],
        "targets[1].id",
        "swm vertrieb",
        "is not a valid id",
    ),
    (
        "duplicate-target",
        [("  - id: swm-vertrieb", "  - id: swm-service")],
        "targets[1].id",
        '  - id: swm-service\n    name: "Vertrieb',
        "duplicate target id 'swm-service' (also used by targets[0])",
    ),
    (
        "duplicate-key",
        [
            (
                '    name: "Vertrieb Neukunden"\n',
                '    name: "Vertrieb Neukunden"\n    name: "Vertrieb"\n',
            )
        ],
        "targets[1].name",
        'name: "Vertrieb"\n',
        "duplicate field 'name' (first given at line 23)",
    ),
    (
        "duplicate-section",
        [("    - id: gespraech\n", "    - id: begruessung\n")],
        "catalogue.sections[2].id",
        'id: begruessung\n      title: "Gespräch',
        "duplicate section id 'begruessung'",
    ),
    (
        "duplicate-criterion-across-sections",
        [("        - id: eigener-name", "        - id: annahme-20s")],
        "catalogue.sections[1].criteria[1].id",
        'id: annahme-20s\n          text: "Nennt',
        "duplicate criterion id 'annahme-20s' (also used by catalogue.sections[0].criteria[0])",
    ),
    (
        "duplicate-option",
        [("{id: abwehrend,", "{id: loesung,")],
        "catalogue.sections[2].criteria[3].options[2].id",
        '{id: loesung, label: "abwehrend',
        "duplicate option id 'loesung'",
    ),
    (
        "duplicate-scenario",
        [("  - id: abschlag-beschwerde", "  - id: oekostrom-neukunde")],
        "scenarios[1].id",
        '  - id: oekostrom-neukunde\n    title: "Bestand',
        "duplicate scenario id 'oekostrom-neukunde'",
    ),
    (
        "unknown-kind",
        [
            (
                'text: "Nennt den Firmennamen"\n          kind: check',
                'text: "Nennt den Firmennamen"\n          kind: tick',
            )
        ],
        "catalogue.sections[1].criteria[0].kind",
        "kind: tick",
        "unknown criterion kind 'tick' (known: check, scale, choice, timing, text)",
    ),
    (
        "timing-without-rule",
        [('          rule: "time_to_answer <= 20"\n', "")],
        "catalogue.sections[0].criteria[0].rule",
        "- id: annahme-20s",
        "a timing criterion needs a rule",
    ),
    (
        "unknown-measure",
        [('rule: "time_to_answer <= 20"', 'rule: "wait <= 20"')],
        "catalogue.sections[0].criteria[0].rule",
        "wait <= 20",
        "unknown measure 'wait' in rule 'wait <= 20' (known: hold_count",
    ),
    (
        "rule-syntax",
        [('rule: "time_to_answer <= 20"', 'rule: "time_to_answer =< 20"')],
        "catalogue.sections[0].criteria[0].rule",
        "=< 20",
        "in rule 'time_to_answer =< 20'",
    ),
    (
        "rule-on-check",
        [
            (
                'Weiterleitung erreicht"\n',
                'Weiterleitung erreicht"\n          rule: "time_to_answer <= 5"\n',
            )
        ],
        "catalogue.sections[0].criteria[2].rule",
        "time_to_answer <= 5",
        "'rule' belongs only to timing criteria; this one is 'check'",
    ),
    (
        "scale-missing",
        [
            (
                "          scale: {low: 1, high: 5, "
                'labels: ["unfreundlich", "", "neutral", "", "sehr freundlich"]}\n',
                "",
            )
        ],
        "catalogue.sections[2].criteria[0].scale",
        "- id: freundlichkeit",
        "a scale criterion needs a scale",
    ),
    (
        "scale-reversed",
        [("scale: {low: 1, high: 5,", "scale: {low: 5, high: 1,")],
        "catalogue.sections[2].criteria[0].scale.high",
        "scale:",
        "high (1) is not above low (5)",
    ),
    (
        "scale-labels",
        [('"", "sehr freundlich"]', '"sehr freundlich"]')],
        "catalogue.sections[2].criteria[0].scale.labels",
        "scale:",
        "4 labels for a scale 1..5, which has 5 points",
    ),
    (
        "scale-on-check",
        [
            (
                'Fragt aktiv nach dem Bedarf"\n',
                'Fragt aktiv nach dem Bedarf"\n          scale: {low: 0, high: 1}\n',
            )
        ],
        "catalogue.sections[2].criteria[1].scale",
        "{low: 0, high: 1}",
        "'scale' belongs only to scale criteria",
    ),
    (
        "choice-without-options",
        [
            (
                "          options:\n"
                '            - {id: loesung, label: "bietet eine Lösung an", credit: 1}\n'
                '            - {id: verstaendnis, label: "zeigt nur Verständnis", credit: 0.5}\n'
                '            - {id: abwehrend, label: "abwehrend oder ungeduldig", credit: 0}\n',
                "",
            )
        ],
        "catalogue.sections[2].criteria[3].options",
        "- id: einwand",
        "a choice criterion needs options",
    ),
    (
        "choice-one-option",
        [
            (
                '            - {id: verstaendnis, label: "zeigt nur Verständnis", credit: 0.5}\n'
                '            - {id: abwehrend, label: "abwehrend oder ungeduldig", credit: 0}\n',
                "",
            )
        ],
        "catalogue.sections[2].criteria[3].options",
        "options:",
        "at least two options",
    ),
    (
        "options-on-check",
        [("          kind: choice\n", "          kind: check\n")],
        "catalogue.sections[2].criteria[3].options",
        "options:",
        "'options' belongs only to choice criteria; this one is 'check'",
    ),
    (
        "credit-too-high",
        [("credit: 0.5", "credit: 1.5")],
        "catalogue.sections[2].criteria[3].options[1].credit",
        "credit: 1.5",
        "credit must be between 0 and 1, found 1.5",
    ),
    (
        "criterion-weight",
        [
            (
                '          rule: "time_to_answer <= 60"\n          weight: 2',
                '          rule: "time_to_answer <= 60"\n          weight: -1',
            )
        ],
        "catalogue.sections[0].criteria[1].weight",
        "weight: -1",
        "must be greater than 0, found -1",
    ),
    (
        "section-weight",
        [("      weight: 3\n", "      weight: 0\n")],
        "catalogue.sections[3].weight",
        "weight: 0",
        "must be greater than 0, found 0",
    ),
    (
        "knockout-on-text",
        [("          kind: text\n", "          kind: text\n          knockout: true\n")],
        "catalogue.sections[3].criteria[4].knockout",
        "knockout: true\n\n",
        "cannot be a knockout",
    ),
    (
        "na-on-text",
        [("          kind: text\n", "          kind: text\n          na_allowed: true\n")],
        "catalogue.sections[3].criteria[4].na_allowed",
        "na_allowed: true\n\n",
        "a text criterion is not scored, so it has no n/a",
    ),
    (
        "empty-criterion-text",
        [('text: "Nennt den eigenen Namen"', 'text: "   "')],
        "catalogue.sections[1].criteria[1].text",
        'text: "   "',
        "must not be empty",
    ),
    (
        "unknown-step-criterion",
        [
            (
                "criteria: [zusammenfassung, verabschiedung]",
                "criteria: [zusammenfasung, verabschiedung]",
            )
        ],
        "scenarios[0].script[4].criteria[0]",
        "zusammenfasung",
        "unknown criterion 'zusammenfasung'; did you mean 'zusammenfassung'?",
    ),
    (
        "unknown-criterion-na",
        [("criteria_na: [auskunft-korrekt]", "criteria_na: [auskunft]")],
        "scenarios[1].criteria_na[0]",
        "criteria_na:",
        "unknown criterion 'auskunft'",
    ),
    (
        "criterion-listed-twice",
        [
            (
                "criteria: [termin-angeboten, zusammenfassung]",
                "criteria: [termin-angeboten, termin-angeboten]",
            )
        ],
        "scenarios[1].script[2].criteria[1]",
        "[termin-angeboten, termin-angeboten]",
        "criterion 'termin-angeboten' is listed twice",
    ),
    (
        "na-but-asked",
        [("criteria_na: [auskunft-korrekt]", "criteria_na: [einwand]")],
        "scenarios[1].criteria_na[0]",
        "criteria_na:",
        "criterion 'einwand' is marked not applicable, "
        "but scenarios[1].script[0].criteria[0] asks for it",
    ),
    (
        "unknown-scenario-target",
        [("    targets: [swm-service]\n", "    targets: [swm-servce]\n")],
        "scenarios[1].targets[0]",
        "[swm-servce]",
        "unknown target 'swm-servce'; did you mean 'swm-service'?",
    ),
    (
        "empty-scenario-targets",
        [("    targets: [swm-service]\n", "    targets: []\n")],
        "scenarios[1].targets",
        "targets: []",
        "leave 'targets' out to play the scenario on every target",
    ),
    (
        "step-without-say",
        [
            (
                '      - say: "Und was kann ich jetzt tun?"',
                '      - expect: "Und was kann ich jetzt tun?"',
            )
        ],
        "scenarios[1].script[2].say",
        '- expect: "Und was',
        "required field is missing",
    ),
    (
        "persona-without-name",
        [('      name: "Jonas Weber"\n', "")],
        "scenarios[1].persona.name",
        '    persona:\n      details: "Kunde',
        "required field is missing",
    ),
    (
        "goal-missing",
        [('    goal: "Prüfen, wie mit einem verärgerten Kunden umgegangen wird."\n', "")],
        "scenarios[1].goal",
        "  - id: abschlag-beschwerde",
        "required field is missing",
    ),
    (
        "tag",
        [("competitor: true", "competitor: !!binary dHJ1ZQ==")],
        "targets[2].competitor",
        "competitor:",
        "the YAML tag !!binary is not allowed",
    ),
    (
        "custom-tag",
        [('name: "Servicehotline"', 'name: !hotline "Servicehotline"')],
        "targets[0].name",
        "!hotline",
        "the YAML tag !hotline is not allowed",
    ),
    (
        "set",
        [("    competitor: true", "    competitor: !!set {a, b}")],
        "targets[2].competitor",
        "!!set",
        "the YAML tag !!set is not allowed",
    ),
    (
        "anchor",
        [("scale: {low: 1,", "scale: &fuenf {low: 1,")],
        "catalogue.sections[2].criteria[0].scale",
        "&fuenf",
        "anchors (&fuenf) are not supported",
    ),
    (
        "alias",
        [
            ("    targets: [swm-service]\n", "    targets: *alle\n"),
            (
                "    targets: [swm-service, swm-vertrieb",
                "    targets: &alle [swm-service, swm-vertrieb",
            ),
        ],
        "scenarios[1].targets",
        "*alle",
        "aliases (*alle) are not supported",
    ),
    (
        "infinite-weight",
        [("      weight: 3\n", "      weight: .inf\n")],
        "catalogue.sections[3].weight",
        ".inf",
        "'.inf' is not a finite number",
    ),
]


@pytest.mark.parametrize(
    ("changes", "where", "marker", "message"),
    [case[1:] for case in FIELD_CASES],
    ids=[case[0] for case in FIELD_CASES],
)
def test_a_broken_field_is_named_with_its_line(stadtwerke, changes, where, marker, message):
    text = edited(stadtwerke, *changes)
    problems = refused(text)
    matching = [p for p in problems if p.where == where and message in p.message]
    assert matching, f"no problem at {where!r} saying {message!r} in {problems}"
    expected_line = None if marker is None else line_with(text, marker)
    assert matching[0].line == expected_line


def test_a_catalogue_without_sections_is_refused(stadtwerke):
    start, end = stadtwerke.index("catalogue:"), stadtwerke.index("scenarios:")
    text = stadtwerke[:start] + "catalogue:\n  sections: []\n\n" + stadtwerke[end:]
    problem = next(p for p in refused(text) if p.where == "catalogue.sections")
    assert problem.message == "the catalogue needs at least one section"
    assert problem.line == line_with(text, "  sections: []")


def test_a_section_without_criteria_is_refused(stadtwerke):
    start = stadtwerke.index("      criteria:\n        - id: auskunft-korrekt")
    end = stadtwerke.index("scenarios:")
    text = stadtwerke[:start] + "      criteria: []\n\n" + stadtwerke[end:]
    problem = next(p for p in refused(text) if p.where == "catalogue.sections[3].criteria")
    assert problem.message == "a section needs at least one criterion"
    assert problem.line == line_with(text, "criteria: []")


def test_a_campaign_without_targets_or_scenarios_is_refused(stadtwerke):
    text = (
        stadtwerke[: stadtwerke.index("targets:")]
        + "targets: []\n\n"
        + stadtwerke[stadtwerke.index("catalogue:") : stadtwerke.index("scenarios:")]
        + "scenarios: []\n"
    )
    problems = {p.where: p for p in refused(text)}
    assert problems["targets"].message == "at least one target is needed"
    assert problems["targets"].line == line_with(text, "targets: []")
    assert problems["scenarios"].message == "at least one scenario is needed"


def test_a_catalogue_of_only_text_criteria_is_refused():
    document = template_document("en")
    for section in document["catalogue"]["sections"]:
        section["criteria"] = [{"id": f"{section['id']}-note", "text": "Notes", "kind": "text"}]
    for scenario in document["scenarios"]:
        for step in scenario["script"]:
            step.pop("criteria", None)
    assert [p.message for p in validate_document(document)] == [
        "the catalogue has no scored criterion (all are text)"
    ]


# ---- many problems at once ---------------------------------------------------------------------


def test_every_problem_is_reported_at_once_in_file_order(stadtwerke):
    text = edited(
        stadtwerke,
        ("criteria_na: [auskunft-korrekt]", "criteria_na: [auskunft]"),
        ('rule: "time_to_answer <= 60"', 'rule: "wait <= 60"'),
        ("language: de ", "language: fr "),
        ("credit: 0.5", "credit: 2"),
        ('    name: "Vertrieb Neukunden"\n', ""),
    )
    with pytest.raises(CampaignFileError) as caught:
        parse_campaign_text(text, "campaign.yaml")
    problems = caught.value.problems
    assert [p.where for p in problems] == [
        "language",
        "targets[1].name",
        "catalogue.sections[0].criteria[1].rule",
        "catalogue.sections[2].criteria[3].options[1].credit",
        "scenarios[1].criteria_na[0]",
    ]
    lines = str(caught.value).splitlines()
    assert len(lines) == 5
    assert lines[0] == "campaign.yaml:7: language: unknown language 'fr' (known: de, en)"
    assert lines[-1] == (
        f"campaign.yaml:{line_with(text, 'criteria_na:')}: scenarios[1].criteria_na[0]: "
        "unknown criterion 'auskunft'; did you mean 'auskunft-korrekt'?"
    )


def test_the_error_message_leaves_out_what_is_unknown():
    error = CampaignFileError(
        "c.yaml",
        [Problem("", None, "the file is empty"), Problem("name", None, "must not be empty"),
         Problem("id", 4, "is not a UUID")],
    )  # fmt: skip
    assert str(error) == (
        "c.yaml: the file is empty\nc.yaml: name: must not be empty\nc.yaml:4: id: is not a UUID"
    )


def test_validate_document_checks_a_document_not_read_from_yaml():
    document = copy.deepcopy(load_campaign_file(STADTWERKE).document)
    assert validate_document(document) == []
    document["scenarios"][0]["script"][1]["criteria"] = ["auskunft"]
    document["format"] = "mysterycaller-campaign/2"
    del document["targets"][0]["phone"]
    problems = validate_document(document, "bundle.zip")
    assert [(p.where, p.line) for p in problems] == [
        ("format", None),
        ("targets[0].phone", None),
        ("scenarios[0].script[1].criteria[0]", None),
    ]


def test_validate_document_uses_lines_when_given(stadtwerke):
    loaded = parse_campaign_text(stadtwerke, "c.yaml")
    document = copy.deepcopy(loaded.document)
    document["rules"]["max_attempts"] = 0
    problems = validate_document(document, "c.yaml", loaded.lines)
    assert problems == [Problem("rules.max_attempts", 12, "must be at least 1, found 0")]


def test_validate_document_refuses_a_non_mapping():
    assert validate_document(["not", "a", "campaign"])[0].where == ""  # type: ignore[arg-type]


# ---- writing -----------------------------------------------------------------------------------


def _shipped_documents() -> list[dict]:
    return [
        load_campaign_file(STADTWERKE).document,
        load_campaign_file(SELFTEST).document,
        demo_document(),
    ]


@pytest.mark.parametrize("index", [0, 1, 2], ids=["stadtwerke", "selftest", "demo"])
def test_a_written_campaign_reads_back_the_same(index):
    document = _shipped_documents()[index]
    text = dump_campaign_yaml(document)
    again = parse_campaign_text(text, "written.yaml")
    assert again.document == document
    assert not again.id_generated
    assert dump_campaign_yaml(again.document) == text


def test_the_written_file_is_readable(stadtwerke):
    text = dump_campaign_yaml(load_campaign_file(STADTWERKE).document)
    keys = re.findall(r"^([a-z_]+):", text, re.MULTILINE)
    assert keys == [
        "format", "id", "name", "client", "language", "period", "rules", "targets", "catalogue",
        "scenarios",
    ]  # fmt: skip
    assert 'title: "Begrüßung"' in text  # umlauts as they are, not \u escapes
    assert "period: {start: 2027-01-11, end: 2027-02-05}" in text
    assert "    targets: [swm-service, swm-vertrieb, wettbewerber-nord]" in text
    assert '            - {id: loesung, label: "bietet eine Lösung an", credit: 1}' in text
    assert '      - say: "Guten Tag, mein Name ist Petra Schuster.' in text
    assert "\n\ncatalogue:\n" in text


def test_a_written_template_has_no_id():
    text = dump_campaign_yaml(template_document("de"))
    assert "\nid:" not in text
    assert parse_campaign_text(text, "neu.yaml").id_generated


_STADTWERKE_DOCUMENT = load_campaign_file(STADTWERKE).document
_TEXT = st.text(st.characters(exclude_categories=("Cs",)), min_size=1, max_size=40).filter(
    lambda s: s.strip() != ""
)


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(name=_TEXT, say=_TEXT, help_text=st.text(st.characters(exclude_categories=("Cs",))))
def test_any_text_survives_writing_and_reading(name, say, help_text):
    document = copy.deepcopy(_STADTWERKE_DOCUMENT)
    document["name"] = name
    document["scenarios"][0]["script"][0]["say"] = say
    document["catalogue"]["sections"][0]["criteria"][0]["help"] = help_text
    assert parse_campaign_text(dump_campaign_yaml(document), "x.yaml").document == document


# ---- the published schema ----------------------------------------------------------------------


def _schema() -> dict:
    return json.loads(resource_path("schemas", "campaign.schema.json").read_text(encoding="utf-8"))


def test_the_schema_is_a_valid_draft_2020_12_schema():
    schema = _schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    Draft202012Validator.check_schema(schema)
    assert schema["title"] and schema["description"]


def test_the_schema_alone_accepts_the_examples_and_describes_every_part():
    validator = Draft202012Validator(_schema())
    for document in _shipped_documents():
        assert list(validator.iter_errors(document)) == []
    for name, definition in _schema()["$defs"].items():
        if definition.get("type") == "object":
            assert definition.get("description") or definition.get("title"), name


def test_loaded_campaign_keeps_the_lines_of_its_file(stadtwerke):
    loaded: LoadedCampaign = parse_campaign_text(stadtwerke, "c.yaml")
    assert loaded.lines[("scenarios", 0, "script", 1, "criteria", 0)] == 127
    assert loaded.lines[("catalogue", "sections", 1, "criteria", 0, "id")] == 56


def test_grade_bands_and_minimum_calls_are_read_from_the_rules(tmp_path):
    from mysterycaller.domain.campaign import DEFAULT_GRADES, grade_of

    source = (Path(__file__).parent.parent / "data" / "worked-example.yaml").read_text("utf-8")
    assert _rules_of(source, tmp_path).grades == DEFAULT_GRADES
    changed = source.replace(
        "service_level_seconds: 20}",
        "service_level_seconds: 20, min_calls: 12, grades: "
        "[{grade: A, label: top, min_score: 80}, {grade: B, min_score: 0}]}",
    )
    rules = _rules_of(changed, tmp_path)
    assert rules.min_calls == 12
    assert [(b.grade, b.min_score, b.label) for b in rules.grades] == [
        ("A", 80.0, "top"),
        ("B", 0.0, None),
    ]
    assert grade_of(79.9, rules.grades).grade == "B"
    assert grade_of(80, rules.grades).grade == "A"
    assert grade_of(None, rules.grades) is None


def _rules_of(text, tmp_path):
    from mysterycaller.services.campaign_files import parse_campaign_text

    return parse_campaign_text(text, "c.yaml").campaign.rules
