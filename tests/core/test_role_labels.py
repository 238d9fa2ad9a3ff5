"""The Board's words in the core: role labels, month names, counts that agree, errors without ids."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers.agreed_example import paper as render_paper
from helpers.ui_plan import PLAN_TEXT
from workplan_tui.capacity import check_bundle, month_label, month_name
from workplan_tui.errors import LocatedError, WorkplanError
from workplan_tui.export.csv import render_csv
from workplan_tui.plan_io import dumps_plan, loads_plan
from workplan_tui.text import listed, plural, readable_id
from workplan_tui.voting.selection import live_feasibility

LABELLED = PLAN_TEXT.replace(
    "[limits.gates.research_team]", '[limits.roles]\nadviser = "Policy Adviser"\n\n[limits.gates.research_team]'
)


def test_a_role_reads_as_its_label_or_as_its_id_in_words():
    plan = loads_plan(LABELLED)
    assert plan.role_label("adviser") == "Policy Adviser"
    assert plan.role_label("senior_adviser") == "Senior adviser"  # not given: the id in words
    assert loads_plan(PLAN_TEXT).role_label("adviser") == "Adviser"


def test_role_labels_round_trip_and_only_when_given():
    plan = loads_plan(LABELLED)
    text = dumps_plan(plan)
    assert '[limits.roles]\nadviser = "Policy Adviser"' in text
    assert loads_plan(text) == plan
    assert "[limits.roles]" not in dumps_plan(loads_plan(PLAN_TEXT))


@pytest.mark.parametrize(
    ("label_line", "expected"),
    [
        ('advisor = "Policy Adviser"', "E202 unknown role (limits.capacity) `advisor`; did you mean `adviser`?"),
        ("adviser = 3", "E101 `limits.roles.adviser` must be a string, not a whole number"),
        ('Adviser = "x"', "E105 `Adviser` is not a valid id"),
    ],
)
def test_a_label_for_no_role_or_not_a_string_is_a_located_error(label_line: str, expected: str):
    with pytest.raises(WorkplanError) as raised:
        loads_plan(LABELLED.replace('adviser = "Policy Adviser"', label_line), "plan.toml")
    lines = [str(error) for error in raised.value.errors]
    assert all(line.startswith("plan.toml:17:") for line in lines) and any(expected in line for line in lines), lines


def test_every_paper_and_reason_names_the_role_by_its_label():
    plan = loads_plan(LABELLED)
    paper = render_paper(plan)
    assert "Policy Adviser 30" in paper and "adviser 30" not in paper
    assert "of Policy Adviser time" in paper  # a label with capitals of its own keeps them in a sentence
    rows = render_csv(plan).splitlines()
    assert rows[0].split(",")[4:6] == ["role", "role_label"]
    assert any(row.split(",")[4:6] == ["adviser", "Policy Adviser"] for row in rows)
    # The Vote screen's reason for a project that would not fit beside the ballot.
    tight = loads_plan(LABELLED.replace("adviser = 10", "adviser = 5"))
    reasons = live_feasibility(tight, ["modern-slavery"]).blocked
    assert reasons["markup-title"].startswith("would take Policy Adviser over capacity in June 2025 (")


def test_months_people_read_are_named():
    may = dt.date(2023, 5, 1)
    assert month_name(may) == month_name("2023-05") == "May 2023"
    assert month_label(may) == "2023-05"  # the data key stays as it was


def test_counts_agree_with_their_nouns():
    assert [plural(n, "project") for n in (0, 1, 2)] == ["0 projects", "1 project", "2 projects"]
    assert plural(1.0, "day") == "1 day" and plural(2.5, "day") == "2.5 days"
    assert plural(1, "activity", "activities") == "1 activity" and plural(3, "activity", "activities") == "3 activities"
    assert readable_id("graduate_trainee") == "Graduate trainee" and readable_id("lead-members") == "Lead members"
    assert [listed(items) for items in ([], ["A"], ["A", "B"], ["A", "B", "C"])] == ["", "A", "A and B", "A, B and C"]


def test_the_app_shows_an_error_as_a_sentence_without_its_id():
    error = LocatedError("plan.toml", 47, 8, "E101", "`projects[0].cost` must be a whole number, not a string")
    assert str(error) == "plan.toml:47:8: E101 `projects[0].cost` must be a whole number, not a string"  # the CLI's
    assert error.shown() == "plan.toml:47:8: `projects[0].cost` must be a whole number, not a string."
    agree = LocatedError("<decision>", 1, 1, "E401", "no ballot counted: there is no vote to agree")
    assert agree.shown() == "No ballot counted: there is no vote to agree."
    assert LocatedError("p", 1, 1, "E303", "pick.min (4) is more than pick.max (3)").sentence.startswith("pick.min")
    # Given its words (plan_words.py fills them in for the validator's errors), the app says those.
    worded = LocatedError("plan.toml", 3, 1, "E102", "missing required key `end` in projects[3]", words="End date is required.")
    assert worded.shown() == "plan.toml:3:1: End date is required." and worded.beside == "End date is required."
    assert str(worded) == "plan.toml:3:1: E102 missing required key `end` in projects[3]"


def test_the_check_line_names_roles_and_months():
    plan = loads_plan(LABELLED)
    from workplan_tui.capacity import summary_line

    line = summary_line(plan, check_bundle(plan, [project.id for project in plan.projects]))
    assert line.startswith("3 projects, cost") and "(Policy Adviser, July 2025)" in line


def test_a_role_renamed_or_removed_in_the_app_takes_its_label_along(tmp_path):
    from workplan_tui.plan_edit import EditSession

    path = tmp_path / "plan.toml"
    path.write_text(LABELLED, encoding="utf-8")
    session = EditSession.open(path)
    assert session.rename_role("adviser", "policy_adviser").ok
    assert session.plan.role_label("policy_adviser") == "Policy Adviser"
    assert "[limits.roles]\npolicy_adviser = " in session.text
    for project in ("modern-slavery", "markup-title", "court-cases"):  # the role must carry no effort to go
        assert session.update("projects", project, effort={"senior_adviser": 1}).ok
    removed = session.set_capacity("policy_adviser", None)
    assert removed.ok, removed.errors
    assert "policy_adviser" not in session.text
