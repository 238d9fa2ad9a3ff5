"""The advice: its claims are true (a set said to fit re-timed has a schedule with no shortfall;
alternatives said to fit do fit), and it is said in the Board's words."""

from __future__ import annotations

import datetime as dt
import random
import re
import sys

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers import agreed_example
from helpers.paths import ROOT
from helpers.voting_plans import make_plan
from workplan_tui.advice import advice_lines, advise, fits_retimed
from workplan_tui.capacity import check_bundle, month_name
from workplan_tui.plan_io import loads_plan
from workplan_tui.schedule import delivery_schedule
from workplan_tui.voting.ballots import read_ballots
from workplan_tui.voting.tally import tally

sys.path.insert(0, str(ROOT / "benchmarks"))
from generate_plan import generate_plan_text


@settings(max_examples=40, deadline=None)
@given(st.integers(0, 10_000), st.integers(1, 3))
def test_what_the_advice_says_is_true(seed, size):
    plan = loads_plan(generate_plan_text(10, seed=seed % 50))
    rng = random.Random(seed)
    ranking = [p.id for p in plan.projects]
    rng.shuffle(ranking)
    supported = set(rng.sample(ranking, rng.randint(size, len(ranking))))
    scores = {p: rng.randint(0, 12) for p in ranking}
    chosen = rng.sample(sorted(supported), size)
    advice = advise(plan, chosen, scores, ranking, supported)
    bundle = check_bundle(plan, chosen)
    assert advice.budget_needed == bundle.budget_used
    assert advice.budget_shortfall == max(0, bundle.budget_used - plan.limits.budget)
    assert advice.fits_as_timed == bundle.fits
    schedule = advice.schedule
    assert advice.fits == (not bundle.over_budget and not schedule.shortfall)
    for project in chosen:  # the schedule's sums are each project's effort
        for role, days in plan.project(project).effort.items():
            if days > 0 and schedule.schedule[project].get(role):
                assert sum(schedule.schedule[project][role].values()) == pytest.approx(days, abs=1e-6)
    if schedule.fits:  # said to fit re-timed: no role-month over capacity beyond the rounding
        for months in schedule.load.values():
            for used, available in months.values():
                assert used <= available + 0.01 * len(chosen) + 1e-9
    else:
        assert schedule.shortfall and all(days > 0 for months in schedule.shortfall.values() for days in months.values())
    assert advice.support == sum(scores[p] for p in chosen)
    if advice.fits_as_timed:
        assert advice.alternatives == ()
    seen = {tuple(advice.projects)}
    for alternative in advice.alternatives:  # alternatives said to fit do fit, with their support
        assert alternative.fits and fits_retimed(plan, alternative.projects)
        assert set(alternative.projects) <= supported and alternative.projects not in seen
        assert alternative.support == sum(scores[p] for p in alternative.projects)
        assert len(alternative.projects) <= plan.voting.pick_max
        seen.add(alternative.projects)
        if alternative.kind == "swap":
            out, into = alternative.swapped
            assert set(alternative.projects) == (set(chosen) - {out}) | {into}


def test_a_set_that_fits_only_re_timed_says_what_moves():
    june = {"start": "2023-06-01", "end": "2023-06-30"}
    projects = [
        {"id": "fixed", "cost": 0, "effort": {"adviser": 14}, **june},
        # Its window is June to July (the helper writes start/end only): re-timing moves it within them.
        {"id": "movable", "cost": 0, "effort": {"adviser": 8}, "start": "2023-06-01", "end": "2023-07-31"},
    ]
    plan = make_plan(projects, pick_min=1, pick_max=2)
    advice = advise(plan, ["fixed", "movable"])
    assert not advice.fits_as_timed and advice.fits and not advice.schedule.shortfall
    lines = advice_lines(plan, advice)
    assert lines[0] == "fixed and movable fit the budget, and staff capacity if some work is re-timed:"
    assert any(line.startswith("  movable: Adviser work moves from June 2023") and "to July 2023" in line for line in lines)


def test_a_set_that_cannot_fit_says_the_smallest_extra_role_days_per_month():
    june = {"start": "2023-06-01", "end": "2023-06-30"}
    plan = make_plan([{"id": "a", "cost": 11_000, "effort": {"adviser": 20}, **june}], pick_min=1, pick_max=1)
    advice = advise(plan, ["a"])
    assert not advice.fits and advice.schedule.shortfall == {"adviser": {"2023-06": 4.0}}
    assert advice.to_json()["budget"] == {"needed": 11_000, "limit": 10_000, "shortfall": 1000}
    assert advice_lines(plan, advice) == [
        "a does not fit as it stands.",
        "It costs £11,000 of the £10,000 budget: £1,000 short.",
        "Even with the work re-timed, it needs more staff time than there is:",
        "  at least 4 days in June 2023 more of Adviser time",
    ]


def test_the_example_advice_is_in_the_boards_words():
    plan = agreed_example.draft()
    ballots, rejected = read_ballots(plan, agreed_example.BALLOTS)
    result = tally(plan, ballots, rejected, advise=True)
    assert result.advice is not None
    text = "\n".join(advice_lines(plan, result.advice))
    assert "Modern slavery, Police capacity and impact and Drugs issues and community safety do not fit" in text
    assert "£1,250 short" in text and "May 2023" in text and "Graduate trainee" in text
    assert "LGA research team (surveys and polling), which the Senior Management Team must approve" in text
    # The example's figures are officer estimates (police capacity's end date too), and the advice says so.
    assert (
        "Officer estimates (est.): the cost of Modern slavery, Police capacity and impact and Drugs issues and "
        "community safety; the staff days of Modern slavery, Police capacity and impact and Drugs issues and "
        "community safety; the dates of Police capacity and impact." in text
    )
    # No key names, ids or error ids: no snake_case, no slug, no "pick.", no E123.
    assert not re.search(r"\b[a-z]+_[a-z]+\b|\b[a-z]+-[a-z]+-[a-z]+\b|pick\.|\bE\d{3}\b|\d{4}-\d{2}\b", text)


def test_words_for_roles_and_months():
    plan = make_plan([{"id": "a", "cost": 1}])
    assert plan.role_label("graduate_trainee") == "Graduate trainee"
    assert month_name("2023-05") == month_name(dt.date(2023, 5, 1)) == "May 2023"


def test_an_empty_ballot_has_nothing_to_advise():
    plan = make_plan([{"id": "a", "cost": 1}], pick_min=1, pick_max=1)
    advice = advise(plan, [])
    assert advice.fits_as_timed and advice_lines(plan, advice) == ["No project is selected."]
    assert delivery_schedule(plan, []).fits


def test_firm_figures_are_not_called_estimates():
    draft = agreed_example.draft()
    firm = attrs.evolve(draft, projects=tuple(attrs.evolve(project, estimated=()) for project in draft.projects))
    ballots, rejected = read_ballots(firm, agreed_example.BALLOTS)
    result = tally(firm, ballots, rejected, advise=True)
    assert result.advice is not None
    assert result.advice.projects
    assert not any("estimate" in line for line in advice_lines(firm, result.advice))
