"""The validator's problems in the Board's words (plan_words.py): what the app shows, while the
command line keeps its `FILE:LINE:COL: EXXX message` lines unchanged."""

from __future__ import annotations

import re

import pytest

from helpers.ui_plan import PLAN_TEXT
from helpers.ui_voting import VOTING_PLAN_TEXT
from workplan_tui.errors import LocatedError, WorkplanError
from workplan_tui.plan_io import loads_plan
from workplan_tui.plan_words import FIELD_WORDS
from workplan_tui.schema import TABLES

INTEREST = '\n[[interests]]\nmember = "member-a"\nproject = "court-cases"\n'


def errors_of(text: str) -> list[LocatedError]:
    with pytest.raises(WorkplanError) as caught:
        loads_plan(text, "plan.toml")
    return caught.value.errors


def only(text: str) -> LocatedError:
    errors = errors_of(text)
    assert len(errors) == 1, [str(error) for error in errors]
    return errors[0]


def test_a_required_key_left_out_is_said_with_the_field_and_the_projects_title():
    error = only(PLAN_TEXT.replace("\nend = 2025-09-30", "", 1))
    assert str(error) == "plan.toml:40:1: E102 missing required key `end` in projects[0]"  # the CLI's line, unchanged
    assert error.shown() == "plan.toml:40:1: End date of Modern slavery is required."
    assert error.beside == "End date is required."  # beside the End field of the project's own form
    assert error.path == ("projects", 0, "end")


def test_an_empty_id_is_required_not_a_backquoted_nothing():
    error = only(PLAN_TEXT.replace('id = "modern-slavery"', 'id = ""', 1))
    assert "`` is not a valid id" in error.message
    assert error.beside == "Id is required." and error.sentence == "Id of Modern slavery is required."
    bad = only(PLAN_TEXT.replace('id = "modern-slavery"', 'id = "Modern Slavery"', 1))
    assert bad.sentence.startswith("“Modern Slavery” cannot be an id: use up to 64 lower-case letters")


def test_the_fewest_more_than_the_most_is_said_in_words_even_when_the_most_is_left_to_its_default():
    text = VOTING_PLAN_TEXT.replace("pick = { min = 1, max = 1 }", "pick = { min = 4 }", 1)
    errors = errors_of(text)
    assert "plan.toml" in str(errors[0]) and "pick.min (4) is more than pick.max (3)" in {e.message for e in errors}
    assert "The fewest projects to prioritise (4) is more than the most (3)." in {e.sentence for e in errors}


def test_a_declaration_made_twice_names_the_member_and_the_project():
    error = only(VOTING_PLAN_TEXT + INTEREST + INTEREST)
    assert error.message == "`member-a` has already declared an interest in `court-cases`"
    assert error.sentence == "Member A (district council) has already declared an interest in Cohesion impact of court cases."


def test_numbers_dates_and_references_name_the_field_the_item_and_the_day():
    cost = only(PLAN_TEXT.replace("cost = 3000", 'cost = "three thousand"'))
    assert cost.sentence == "Cost of Modern slavery must be an amount like 12,500.50, not “three thousand”."
    negative = only(PLAN_TEXT.replace("cost = 3000", "cost = -5"))
    assert negative.beside == "Cost must be at least 0, not -5."
    early = only(PLAN_TEXT.replace("end = 2025-09-30", "end = 2025-03-01", 1))
    assert early.sentence.startswith("End date of Modern slavery (1 Mar 2025) is before its start date (")
    theme = only(PLAN_TEXT.replace('theme = "cohesion"\nsummary', 'theme = "cohesio"\nsummary'))
    assert theme.sentence.endswith("“cohesio”, is not a theme of the plan; did you mean “cohesion”?")


def test_no_words_the_app_shows_quote_a_key_path_or_backquote_anything():
    # Every kind of problem check finds in the example, at once: none leaks the file's spelling.
    text = (VOTING_PLAN_TEXT.replace("cost = 3000", 'cost = "x"').replace('id = "modern-slavery"', 'id = ""', 1)
            .replace("pick = { min = 1, max = 1 }", "pick = { min = 9, max = 3 }\nweights = [5, 3]", 1)
            .replace("\nend = 2025-12-31", "", 1) + INTEREST + INTEREST + '\n[[interests]]\nmember = "nobody"\nproject = "court-cases"\n')
    errors = errors_of(text)
    assert len(errors) >= 6
    for error in errors:
        assert not re.search(r"`|\w\[\d+\]|pick\.m", error.sentence + error.beside), (str(error), error.sentence)


def test_every_field_said_in_words_is_a_key_of_the_schema():
    assert all(table in TABLES and (key in TABLES[table]) for table, key in FIELD_WORDS)
