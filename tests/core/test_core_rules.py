"""The rules issue 12 moved out of the UI, each tested without a terminal: the capacity sums the
Capacity pane draws, which projects count after a reload, the ballot's length while it is
filled in, counting with every method, and whether a plan is still to be filled in."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import attrs
import pytest

from helpers.ui_plan import PLAN_TEXT
from helpers.ui_voting import VOTING_PLAN_TEXT, cast_ballots
from workplan_tui.capacity import check_bundle, share_of_overloads, still_counted
from workplan_tui.model import METHODS
from workplan_tui.plan_io import loads_plan
from workplan_tui.starter import is_new_plan, starter_text
from workplan_tui.voting.ballots import read_ballots
from workplan_tui.voting.casting import ballot_is_full, ranking_still_valid
from workplan_tui.voting.every_method import count_every_method
from workplan_tui.voting.tally import tally


def test_external_cost_adds_up_the_externally_funded_projects_only():
    plan = loads_plan(PLAN_TEXT)
    feasibility = check_bundle(plan, [project.id for project in plan.projects])
    assert feasibility.external == {"court-cases": "External grant"}
    assert feasibility.external_cost == 12000_00  # pence
    assert check_bundle(plan, ["modern-slavery"]).external_cost == 0


def test_days_by_project_is_each_projects_effort_within_the_plan():
    plan = loads_plan(PLAN_TEXT)
    days = check_bundle(plan, [project.id for project in plan.projects]).days_by_project()
    assert days == pytest.approx({"modern-slavery": 42, "markup-title": 8, "court-cases": 10})


def test_months_over_counts_each_roles_overloaded_months():
    plan = loads_plan(starter_text().replace("adviser = 16", "adviser = 2"))
    feasibility = check_bundle(plan, ["first-project", "second-project"])
    by_role: dict[str, int] = {}
    for overload in feasibility.overloads:
        by_role[overload.role] = by_role.get(overload.role, 0) + 1
    assert feasibility.months_over() == by_role and by_role
    assert check_bundle(plan, []).months_over() == {}


def test_share_of_overloads_adds_each_projects_days_across_roles():
    plan = loads_plan(starter_text().replace("adviser = 16", "adviser = 2"))
    feasibility = check_bundle(plan, ["first-project", "second-project"])
    july = [overload for overload in feasibility.overloads if overload.month == dt.date(2025, 7, 1)]
    expected: dict[str, float] = {}
    for overload in july:
        for project_id, days in zip(overload.projects, overload.days, strict=True):
            expected[project_id] = expected.get(project_id, 0.0) + days
    assert share_of_overloads(july) == expected
    assert list(share_of_overloads(july)) == ["first-project", "second-project"]  # the order first met


def test_a_reload_keeps_the_users_choice_and_counts_new_projects():
    shown = loads_plan(PLAN_TEXT)
    new_project = '\n[[projects]]\nid = "new-one"\ntitle = "New one"\ntheme = "cohesion"\nstart = 2025-05-01\nend = 2025-06-30\n'
    plan = loads_plan(PLAN_TEXT + new_project)
    assert still_counted(shown, plan, frozenset({"modern-slavery"})) == {"modern-slavery", "new-one"}
    assert still_counted(None, plan, frozenset()) == {project.id for project in plan.projects}
    gone = loads_plan(PLAN_TEXT.replace('id = "court-cases"', 'id = "court-case"'))
    assert still_counted(shown, gone, frozenset({"court-cases", "modern-slavery"})) == {"modern-slavery", "court-case"}


def test_a_ranking_keeps_the_projects_still_in_the_plan_up_to_the_ballot_length():
    plan = loads_plan(VOTING_PLAN_TEXT)
    length = plan.voting.ballot_length
    ids = [project.id for project in plan.projects]
    assert ranking_still_valid(plan, ["gone", *ids]) == ids[:length]
    assert not ballot_is_full(plan, ids[: length - 1])
    assert ballot_is_full(plan, ids[:length])
    shorter = attrs.evolve(plan, voting=attrs.evolve(plan.voting, ballot_length=1))
    assert ranking_still_valid(shorter, ids) == ids[:1] and ballot_is_full(shorter, ids[:1])


def test_every_method_counts_the_same_ballots_the_plans_method_first(tmp_path: Path):
    plan_path = tmp_path / "plan.toml"
    plan_path.write_text(VOTING_PLAN_TEXT, encoding="utf-8")
    plan = loads_plan(VOTING_PLAN_TEXT)
    folder = cast_ballots(plan_path)
    results = count_every_method(plan, folder)
    assert next(iter(results)) == plan.voting.method and set(results) == set(METHODS)
    ballots, rejected = read_ballots(plan, folder)
    for method, result in results.items():
        assert result == tally(plan, ballots, rejected, method=method, advise=True)


def test_a_plan_is_new_without_projects_or_as_the_starter_wrote_it(tmp_path: Path):
    starter = tmp_path / "starter.toml"
    starter.write_text(starter_text(), encoding="utf-8")
    assert is_new_plan(starter, loads_plan(starter_text()))
    filled = tmp_path / "filled.toml"
    filled.write_text(PLAN_TEXT, encoding="utf-8")
    assert not is_new_plan(filled, loads_plan(PLAN_TEXT))
    assert not is_new_plan(tmp_path / "missing.toml", loads_plan(PLAN_TEXT))
    empty = PLAN_TEXT[: PLAN_TEXT.index("[[projects]]")]
    assert is_new_plan(filled, loads_plan(empty))
