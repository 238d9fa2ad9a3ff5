"""The selection rules (priorities, fit, fit-stop, best) under budget, capacity and gates; live feasibility; comparing bundles."""

from __future__ import annotations

import random
import sys

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers.paths import ROOT
from helpers.voting_plans import make_plan
from workplan_tui.capacity import check_bundle
from workplan_tui.plan_io import loads_plan
from workplan_tui.voting.ballots import Ballot
from workplan_tui.voting.selection import (
    best_set,
    compare_bundles,
    live_feasibility,
    no_place_left,
    select,
    short_of_minimum,
    walk,
)
from workplan_tui.voting.tally import tally

sys.path.insert(0, str(ROOT / "benchmarks"))
from generate_plan import generate_plan_text

JUNE = {"start": "2023-06-01", "end": "2023-06-30"}
PROJECTS = [
    {"id": "big-june", "cost": 1000, "effort": {"adviser": 16}, **JUNE},
    {"id": "small-june", "cost": 1000, "effort": {"adviser": 1.5}, **JUNE},
    {"id": "dear", "cost": 10_200},
    {"id": "gated", "cost": 2000, "effort": {"senior_adviser": 2}, "gates": ["research_team"]},
    {"id": "funded", "cost": 50_000, "funding": "SIGCE budget", "effort": {"adviser": 1}},
    {"id": "cheap", "cost": 500},
]


@pytest.fixture(scope="module")
def plan():
    return make_plan(PROJECTS, pick_max=3)


def test_walks_the_ranking_and_says_why_each_project_was_skipped(plan):
    order = ["big-june", "small-june", "dear", "gated", "funded", "cheap"]
    selection = walk(plan, order)
    assert selection.selected == ("big-june", "gated", "funded")
    assert {s.project: s.reason for s in selection.skipped} == {
        "small-june": "would take Adviser over capacity in June 2023 (17.5 of 16 days)",
        "dear": "would exceed the budget by £1,200",
        "cheap": "3 projects are already selected, the most the Board prioritises",
    }
    assert any("gated is taken subject to approval" in note and "Senior Management Team" in note for note in selection.notes)
    assert selection.feasibility.fits and selection.feasibility.gated == {"gated": ("research_team",)}
    assert selection.feasibility.budget_used == 3000_00  # pence; the externally funded project costs the budget nothing


@pytest.mark.parametrize("rule", ["priorities", "fit", "fit-stop", "best"])
def test_projects_nobody_ranked_are_never_selected_and_fewer_than_pick_min_is_a_problem(plan, rule):
    selection = select(plan, ["cheap", "funded", "dear"], supported={"cheap"}, rule=rule, scores={"cheap": 1, "funded": 0, "dear": 0})
    assert selection.selected == ("cheap",)
    assert {s.project: s.reason for s in selection.skipped}["funded"] == "ranked on no counted ballot"
    assert selection.problems == ("only 1 project is selected; the Board aims to prioritise at least 2",)


def test_the_shortfall_from_pick_min_reads_as_a_sentence(plan):
    assert short_of_minimum(plan, []) == "no project is selected; the Board aims to prioritise at least 2"
    assert short_of_minimum(plan, ["cheap", "dear"]) == ""
    assert no_place_left(1) == "1 project is already selected, the most the Board prioritises"
    assert no_place_left(3) == "3 projects are already selected, the most the Board prioritises"


def test_priorities_are_the_top_supported_projects_whatever_they_need(plan):
    order = ["dear", "big-june", "small-june", "gated", "cheap"]
    selection = select(plan, order, supported=set(order) - {"big-june"}, rule="priorities")
    assert selection.selected == ("dear", "small-june", "gated")
    assert not selection.feasibility.fits and not selection.problems
    assert {s.project: s.reason for s in selection.skipped} == {
        "big-june": "ranked on no counted ballot",
        "cheap": "3 projects are already selected, the most the Board prioritises",
    }


def test_fit_stop_stops_at_the_first_project_that_does_not_fit(plan):
    order = ["big-june", "small-june", "gated", "cheap"]
    assert select(plan, order, rule="fit").selected == ("big-june", "gated", "cheap")
    stopped = select(plan, order, rule="fit-stop")
    assert stopped.selected == ("big-june",)
    assert {s.project: s.reason for s in stopped.skipped} == {
        "small-june": "would take Adviser over capacity in June 2023 (17.5 of 16 days)",
        "gated": "the walk down the ranking stopped at small-june, which did not fit",
        "cheap": "the walk down the ranking stopped at small-june, which did not fit",
    }
    assert stopped.problems  # one project, pick.min is 2


def test_best_feasible_beats_the_greedy_walk_when_the_top_project_crowds_out_two_others():
    projects = [
        {"id": "huge", "cost": 9000},
        {"id": "mid-a", "cost": 5000},
        {"id": "mid-b", "cost": 5000},
        {"id": "small", "cost": 1000},
    ]
    plan = make_plan(projects, pick_min=2, pick_max=2)
    scores = {"huge": 10, "mid-a": 9, "mid-b": 8, "small": 0.5}
    order = list(scores)
    assert walk(plan, order).selected == ("huge", "small")  # 10.5
    best = best_set(plan, order, scores)
    assert best.selected == ("mid-a", "mid-b")  # 17, and 5000 + 5000 fits exactly
    assert {s.project: s.reason for s in best.skipped} == {
        "huge": "not in the best feasible set",
        "small": "not in the best feasible set",
    }


def brute_force_best(plan, order, scores, supported):
    """(total, sum of places) of the best feasible set of pick.min..pick.max, by trying every subset."""
    import itertools

    candidates = [p for p in order if p in supported]
    place = {p: i for i, p in enumerate(candidates)}
    best = None
    for size in range(plan.voting.pick_min, plan.voting.pick_max + 1):
        for bundle in itertools.combinations(candidates, size):
            if check_bundle(plan, bundle).fits:
                key = (sum(scores[p] for p in bundle), -sum(place[p] for p in bundle))
                best = key if best is None or key > best else best
    return best


@settings(max_examples=60, deadline=None)
@given(st.integers(0, 10_000), st.integers(1, 3), st.integers(0, 2))
def test_best_is_the_brute_force_optimum_over_all_subsets(seed, pick_max, pick_below):
    plan = loads_plan(generate_plan_text(9, seed=seed))
    plan = attrs.evolve(plan, voting=attrs.evolve(plan.voting, pick_min=max(1, pick_max - pick_below), pick_max=pick_max))
    rng = random.Random(seed)
    order = [p.id for p in plan.projects]
    rng.shuffle(order)
    supported = set(rng.sample(order, rng.randint(1, len(order))))
    scores = {p: rng.randint(0, 12) for p in order}
    expected = brute_force_best(plan, order, scores, supported)
    best = select(plan, order, supported, rule="best", scores=scores)
    assert set(best.selected) <= supported and check_bundle(plan, best.selected).fits
    if expected is None:  # no set of pick.min fits: the best smaller one, and a problem
        assert len(best.selected) < plan.voting.pick_min and best.problems
    else:
        place = {p: i for i, p in enumerate(p for p in order if p in supported)}
        assert (sum(scores[p] for p in best.selected), -sum(place[p] for p in best.selected)) == expected
        assert not best.problems


@settings(max_examples=60, deadline=None)
@given(st.integers(0, 10_000), st.sampled_from(["priorities", "fit", "fit-stop"]))
def test_each_rule_keeps_its_definition(seed, rule):
    plan = loads_plan(generate_plan_text(12, seed=seed))
    rng = random.Random(seed)
    order = [p.id for p in plan.projects]
    rng.shuffle(order)
    supported = set(rng.sample(order, rng.randint(0, len(order))))
    selection = select(plan, order, supported, rule=rule)
    chosen = selection.selected
    assert list(chosen) == [p for p in order if p in chosen] and set(chosen) <= supported
    assert len(chosen) <= plan.voting.pick_max
    assert bool(selection.problems) == (len(chosen) < plan.voting.pick_min)
    candidates = [p for p in order if p in supported]
    if rule == "priorities":
        assert list(chosen) == candidates[: plan.voting.pick_max]
        return
    assert check_bundle(plan, chosen).fits
    # Replay the walk: each candidate before the end is taken exactly when it fits beside those taken before it.
    taken: list[str] = []
    for project in candidates:
        if len(taken) == plan.voting.pick_max:
            break
        fits = check_bundle(plan, [*taken, project]).fits
        if fits:
            taken.append(project)
        elif rule == "fit-stop":
            break
    assert list(chosen) == taken


@settings(max_examples=40, deadline=None)
@given(st.integers(0, 10_000), st.integers(0, 3))
def test_live_feasibility_agrees_with_the_full_bundle_check_for_every_project(seed, size):
    plan = loads_plan(generate_plan_text(40, seed=seed % 5))
    rng = random.Random(seed)
    ranking = rng.sample([p.id for p in plan.projects], size)
    live = live_feasibility(plan, ranking)
    full = check_bundle(plan, ranking)
    assert live.budget_used == full.budget_used and live.fits == full.fits
    assert {(o.role, o.month) for o in full.overloads} == {(role, month) for role, month, _, _ in live.over}
    for r, role in enumerate(live.roles):
        for m, month in enumerate(live.months):
            assert live.used[r][m] == pytest.approx(full.load[role][month])
    for project in plan.projects:
        if project.id in ranking:
            assert project.id not in live.blocked
            continue
        with_it = check_bundle(plan, ranking + [project.id])
        # blocked exactly when adding it takes the budget or a role-month over (or further over)
        newly_over = {(o.role, o.month) for o in with_it.overloads} - {(o.role, o.month) for o in full.overloads}
        over_budget = with_it.over_budget and with_it.budget_used > full.budget_used
        breaks = over_budget or bool(newly_over) or any(
            with_it.load[o.role][o.month] > o.used + 1e-9 for o in full.overloads
        )
        assert (project.id in live.blocked) == breaks, project.id
        if project.id in live.blocked:
            reason = live.blocked[project.id]
            assert reason.startswith(("would exceed the budget by £", "would take Senior adviser over", "would take Adviser over",
                                      "would take Graduate trainee over"))


def test_live_feasibility_reports_gates_and_external_funding(plan):
    live = live_feasibility(plan, ["gated", "funded"])
    assert [gate.approval for gate in live.gated["gated"]] == ["Senior Management Team"]
    assert live.external == {"funded": "SIGCE budget"}
    assert live.blocked["dear"] == "would exceed the budget by £2,200"
    assert live.budget_left == 8000_00  # pence


def test_compare_bundles_side_by_side_with_support(plan):
    comparison = compare_bundles(plan, ["big-june", "small-june"], ["cheap", "gated"], {"big-june": 5, "small-june": 1, "cheap": 2})
    first, second = comparison.bundles
    assert not first.fits and second.fits
    assert second.gated == {"gated": ("research_team",)}
    assert comparison.support == (6, 2)
    assert compare_bundles(plan, ["cheap"], ["gated"]).support == (None, None)


def test_tally_selects_from_the_ranking_and_reports_json_in_the_documented_shape(plan):
    ballots = [
        Ballot("chair", ("dear", "big-june", "small-june")),
        Ballot("member-1", ("big-june", "small-june")),
        Ballot("member-2", ("big-june", "gated")),
    ]
    result = tally(plan, ballots, method="points", selection="fit")
    data = result.to_json()
    assert {"method", "ballots", "rejected", "ranking", "selected", "skipped", "ties", "budget", "capacity"} <= set(data)
    assert data["ranking"][0] == {"project": "big-june", "score": 8}
    assert data["selected"] == ["big-june", "gated"]
    skipped = {s["project"]: s["reason"] for s in data["skipped"]}
    assert skipped["small-june"] == "would take Adviser over capacity in June 2023 (17.5 of 16 days)"
    assert skipped["dear"] == "would exceed the budget by £1,200"
    assert skipped["cheap"] == "ranked on no counted ballot"
    assert data["budget"] == {"limit": 10_000, "used": 3000}
    assert data["capacity"]["adviser"]["2023-06"] == {"used": 16.0, "available": 16.0}
    assert data["subject_to_approval"] == {"gated": ["research_team"]}
    assert data["selection"] == "fit" and data["priorities"] == [r["project"] for r in data["ranking"][:3]]
    optimal = tally(plan, ballots, method="points", selection="best")
    assert optimal.optimal and sum(
        r.score for r in optimal.ranking if r.project in optimal.selected
    ) >= sum(r.score for r in result.ranking if r.project in result.selected)
