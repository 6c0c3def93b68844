"""What completing a call still asks for: unticked checks ("no") and missing answers."""

from mysterycaller.domain.campaign import (
    Catalogue,
    ChoiceOption,
    Criterion,
    CriterionKind,
    Persona,
    Scale,
    Scenario,
    Section,
)
from mysterycaller.domain.completion import open_answers
from mysterycaller.domain.scoring import Result

CATALOGUE = Catalogue(
    (
        Section(
            "s",
            "S",
            (
                Criterion("greets", "greets", CriterionKind.CHECK),
                Criterion("names", "names", CriterionKind.CHECK, na_allowed=True),
                Criterion("friendly", "friendly", CriterionKind.SCALE, scale=Scale(1, 5)),
                Criterion(
                    "objection",
                    "objection",
                    CriterionKind.CHOICE,
                    options=(ChoiceOption("a", "a", 1), ChoiceOption("b", "b", 0)),
                ),
                Criterion("price", "price", CriterionKind.CHECK),
                Criterion("remarks", "remarks", CriterionKind.TEXT),
            ),
        ),
    )
)
SCENARIO = Scenario("x", "X", Persona("P"), "G", (), criteria_na=frozenset({"price"}))


def ids(criteria):
    return [c.id for c in criteria]


def test_unticked_checks_count_as_no_and_unanswered_choices_are_missing():
    found = open_answers(CATALOGUE, SCENARIO, {"greets": Result(True)}, reached=True)
    assert ids(found.unticked_checks) == ["names"]  # "price" does not apply to this scenario
    assert ids(found.missing_answers) == ["friendly", "objection"]


def test_not_applicable_and_explicit_answers_close_them():
    results = {
        "greets": Result(False),
        "names": Result(na=True),
        "friendly": Result(1),
        "objection": Result(na=True),
    }
    found = open_answers(CATALOGUE, SCENARIO, results, reached=True)
    assert ids(found.unticked_checks) == ["greets"]  # answered "no" is still a "no"
    assert found.missing_answers == ()


def test_a_call_that_never_got_through_asks_for_nothing():
    found = open_answers(CATALOGUE, SCENARIO, {}, reached=False)
    assert found.unticked_checks == () and found.missing_answers == ()
