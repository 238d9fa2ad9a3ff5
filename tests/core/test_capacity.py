from __future__ import annotations

import datetime as dt

import pytest

from workplan_tui.capacity import check_bundle, months_between, project_load, summary_line
from workplan_tui.plan_io import loads_plan
from workplan_tui.starter import starter_text


def test_effort_is_spread_by_days_of_the_window_in_each_month():
    # the worked example in docs/plan-format.md
    plan = loads_plan(
        starter_text()
        .replace("effort = { adviser = 8 }", "effort = { adviser = 12 }")
        .replace("start = 2025-06-01\nend = 2025-12-31", "start = 2025-04-15\nend = 2025-06-14")
    )
    load = project_load(plan.project("second-project"))["adviser"]
    assert {m.month: round(d, 1) for m, d in load.items()} == {4: 3.1, 5: 6.1, 6: 2.8}
    assert load[dt.date(2025, 4, 1)] == pytest.approx(12 * 16 / 61)
    assert sum(load.values()) == pytest.approx(12)


def test_months_between_crosses_the_year():
    assert [m.isoformat() for m in months_between(dt.date(2023, 11, 20), dt.date(2024, 2, 1))] == [
        "2023-11-01", "2023-12-01", "2024-01-01", "2024-02-01",
    ]


def test_overload_names_the_month_role_and_projects():
    plan = loads_plan(starter_text().replace("adviser = 16", "adviser = 2"))
    feasibility = check_bundle(plan, ["first-project", "second-project"])
    assert not feasibility.fits
    july = [o for o in feasibility.overloads if o.role == "adviser" and o.month == dt.date(2025, 7, 1)]
    assert len(july) == 1
    assert july[0].projects == ("first-project", "second-project")
    assert july[0].used == pytest.approx(10 * 31 / 183 + 8 * 31 / 214)
    assert july[0].available == 2


def test_budget_ignores_externally_funded_projects():
    plan = loads_plan(starter_text().replace('cost = 5000\n', 'cost = 5000\nfunding = "SIGCE budget"\n'))
    feasibility = check_bundle(plan, ["first-project", "second-project"])
    assert feasibility.budget_used == 2000_00  # pence
    assert feasibility.external == {"second-project": "SIGCE budget"}
    assert feasibility.gated == {"second-project": ("research_team",)}


def test_over_budget_does_not_fit():
    plan = loads_plan(starter_text().replace("budget = 10000", "budget = 6000"))
    feasibility = check_bundle(plan, ["first-project", "second-project"])
    assert feasibility.over_budget and not feasibility.fits
    assert feasibility.budget_left == -1000_00


def test_summary_line_reports_the_tightest_role_month():
    plan = loads_plan(starter_text())
    line = summary_line(plan, check_bundle(plan, [p.id for p in plan.projects]))
    # adviser in July: 10 days over 183 + 8 days over 214, 31 days each; August ties, the earlier month is named
    assert line == "2 projects, cost £7,000 of £10,000 budget, peak load 2.9/16 days (Adviser, July 2025)"
