"""Selection under budget, capacity and gates; the best feasible set; live feasibility; comparing bundles."""

from __future__ import annotations

import random
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers.paths import ROOT
from helpers.voting_plans import make_plan
from workplan_tui.capacity import check_bundle
from workplan_tui.plan_io import loads_plan
from workplan_tui.voting.ballots import Ballot
from workplan_tui.voting.selection import best_feasible, compare_bundles, live_feasibility, select
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
    selection = select(plan, order)
    assert selection.selected == ("big-june", "gated", "funded")
    assert {s.project: s.reason for s in selection.skipped} == {
        "small-june": "adviser over capacity in 2023-06 (17.5/16 days)",
        "dear": "would exceed the budget by £1,200",
        "cheap": "pick.max reached (3 projects selected)",
    }
    assert any("gated is taken subject to approval" in note and "Senior Management Team" in note for note in selection.notes)
    assert selection.feasibility.fits and selection.feasibility.gated == {"gated": ("research_team",)}
    assert selection.feasibility.budget_used == 3000  # the externally funded project costs the budget nothing


def test_projects_nobody_ranked_are_never_selected_and_a_shortfall_is_noted(plan):
    selection = select(plan, ["cheap", "funded", "dear"], supported={"cheap"})
    assert selection.selected == ("cheap",)
    assert {s.project: s.reason for s in selection.skipped}["funded"] == "ranked on no counted ballot"
    assert any("only 1 project selected" in note for note in selection.notes)


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
    assert select(plan, order).selected == ("huge", "small")  # 10.5
    best = best_feasible(plan, order, scores)
    assert best.selected == ("mid-a", "mid-b")  # 17, and 5000 + 5000 fits exactly
    assert {s.project: s.reason for s in best.skipped} == {
        "huge": "not in the best feasible set",
        "small": "not in the best feasible set",
    }


def brute_force_best(plan, order, scores):
    import itertools

    best, best_key = None, None
    for size in range(plan.voting.pick_min, plan.voting.pick_max + 1):
        for bundle in itertools.combinations(order, size):
            if check_bundle(plan, bundle).fits:
                total = sum(scores[p] for p in bundle)
                if best is None or total > best:
                    best, best_key = total, bundle
    return best, best_key


@settings(max_examples=40, deadline=None)
@given(st.integers(0, 10_000))
def test_best_feasible_is_the_exhaustive_optimum(seed):
    plan = loads_plan(generate_plan_text(9, seed=seed))
    rng = random.Random(seed)
    order = [p.id for p in plan.projects]
    rng.shuffle(order)
    scores = {p: rng.randint(0, 12) for p in order}
    expected, _ = brute_force_best(plan, order, scores)
    best = best_feasible(plan, order, scores)
    if expected is None:
        assert best.selected == ()
    else:
        assert check_bundle(plan, best.selected).fits
        assert sum(scores[p] for p in best.selected) == expected


def test_best_feasible_stops_at_the_node_limit_and_says_so(plan):
    order = [p.id for p in plan.projects]
    scores = {p: 10 - i for i, p in enumerate(order)}
    assert not any("not proven" in note for note in best_feasible(plan, order, scores).notes)
    best = best_feasible(plan, order, scores, node_limit=2)
    assert any("not proven the best" in note for note in best.notes)


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
            assert reason.startswith(("would exceed the budget by £", "senior_adviser over", "adviser over", "graduate_trainee over"))


def test_live_feasibility_reports_gates_and_external_funding(plan):
    live = live_feasibility(plan, ["gated", "funded"])
    assert [gate.approval for gate in live.gated["gated"]] == ["Senior Management Team"]
    assert live.external == {"funded": "SIGCE budget"}
    assert live.blocked["dear"] == "would exceed the budget by £2,200"
    assert live.budget_left == 8000


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
    result = tally(plan, ballots, method="points")
    data = result.to_json()
    assert {"method", "ballots", "rejected", "ranking", "selected", "skipped", "ties", "budget", "capacity"} <= set(data)
    assert data["ranking"][0] == {"project": "big-june", "score": 8}
    assert data["selected"] == ["big-june", "gated"]
    skipped = {s["project"]: s["reason"] for s in data["skipped"]}
    assert skipped["small-june"] == "adviser over capacity in 2023-06 (17.5/16 days)"
    assert skipped["dear"] == "would exceed the budget by £1,200"
    assert skipped["cheap"] == "ranked on no counted ballot"
    assert data["budget"] == {"limit": 10_000, "used": 3000}
    assert data["capacity"]["adviser"]["2023-06"] == {"used": 16.0, "available": 16.0}
    assert data["subject_to_approval"] == {"gated": ["research_team"]}
    optimal = tally(plan, ballots, method="points", optimal=True)
    assert optimal.optimal and sum(
        r.score for r in optimal.ranking if r.project in optimal.selected
    ) >= sum(r.score for r in result.ranking if r.project in result.selected)
