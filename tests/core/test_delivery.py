"""delivery.py: the schedule's sentences (shared by `workplan schedule` and the Capacity pane)
and the re-timed load in the even spread's shape."""

from __future__ import annotations

import datetime as dt

from helpers.paths import SSCB
from workplan_tui.capacity import check_bundle
from workplan_tui.delivery import as_feasibility, extra_days, move_lines, shortfall_lines, timed_overload_lines, verdict
from workplan_tui.plan_io import load_plan
from workplan_tui.schedule import delivery_schedule

README_SET = ["modern-slavery", "police-capacity", "drugs-community-safety"]


def test_work_that_fits_as_timed_moves_nothing():
    plan = load_plan(SSCB)
    result = delivery_schedule(plan, ["reducing-reoffending"])
    assert verdict(result).startswith("It fits as timed:")
    assert timed_overload_lines(plan, result) == [] and move_lines(plan, result) == [] and shortfall_lines(plan, result) == []
    assert as_feasibility(plan, result, check_bundle(plan, ["reducing-reoffending"])).overloads == ()


def test_work_re_timed_says_what_moves_in_words():
    plan = load_plan(SSCB)
    result = delivery_schedule(plan, README_SET)
    assert verdict(result) == "It fits with the work re-timed, within each project's window and milestones."
    assert any(line.startswith("Graduate trainee is over capacity in April 2023 (7.66 of 6 days)") for line in timed_overload_lines(plan, result))
    drugs = [line for line in move_lines(plan, result) if line.startswith("Drugs issues and community safety, Graduate trainee: ")]
    assert len(drugs) == 1 and "moved from May 2023 to June 2023" in drugs[0]
    assert extra_days(result) == 0


def test_the_re_timed_load_is_the_schedule_and_within_capacity():
    plan = load_plan(SSCB)
    even = check_bundle(plan, README_SET)
    result = delivery_schedule(plan, README_SET)
    retimed = as_feasibility(plan, result, even)
    assert even.overloads and retimed.overloads == ()
    assert retimed.budget_used == even.budget_used and retimed.months == even.months
    may = dt.date(2023, 5, 1)
    assert round(retimed.load["graduate_trainee"][may], 2) == result.load["graduate_trainee"]["2023-05"][0]
    for project_id in README_SET:  # the same days, moved
        assert round(retimed.days_by_project()[project_id], 2) == round(even.days_by_project()[project_id], 2)


def test_work_that_cannot_fit_names_the_extra_days_and_keeps_them_over(plant):
    path, _ = plant("\ngraduate_trainee = 6", "\ngraduate_trainee = 1")
    plan = load_plan(path)
    ids = ["reducing-reoffending", "drugs-community-safety"]
    result = delivery_schedule(plan, ids)
    assert verdict(result) == "It does not fit even re-timed: it needs 11 days more staff time than is available."
    assert shortfall_lines(plan, result) == [
        "Graduate trainee: 4.37 days in April 2023, 4.95 days in May 2023 and 1.68 days in June 2023"
    ]
    retimed = as_feasibility(plan, result, check_bundle(plan, ids))
    assert [(o.role, f"{o.month:%Y-%m}") for o in retimed.overloads] == [
        ("graduate_trainee", "2023-04"), ("graduate_trainee", "2023-05"), ("graduate_trainee", "2023-06")
    ]
    assert all(o.used > o.available for o in retimed.overloads)
