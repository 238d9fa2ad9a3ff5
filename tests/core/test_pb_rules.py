"""The rules cities use and the ballot kinds, cross-checked against pabutools and pref_voting.

Every rule on random instances equals the oracle exactly: greedy ("fit"), greedy that stops
("fit-stop"), a minimum support ("threshold"), the Method of Equal Shares with its completions
("equal-shares"), on approval and points ballots; Borda and Schulze with equal ranks equal
pref_voting's conventions. Ties go to the same order on both sides: pabutools is given a
tie-breaking rule that follows workplan's count.
"""

from __future__ import annotations

import itertools
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workplan_tui.errors import WorkplanError
from workplan_tui.plan_io import fingerprint, loads_plan
from workplan_tui.voting.ballots import Ballot, dumps_ballot, read_ballot, read_ballots, write_ballot
from workplan_tui.voting.equal_shares import Electorate, equal_shares
from workplan_tui.voting.methods import Profile, count, pairwise
from workplan_tui.voting.tally import tally
from workplan_tui.voting.threshold import minimum_support
from workplan_tui.voting.ties import TieBreak

pabutools = pytest.importorskip("pabutools")
pref_voting = pytest.importorskip("pref_voting")

from pabutools.election import (  # noqa: E402
    Additive_Cardinal_Sat,
    ApprovalBallot,
    ApprovalProfile,
    Cost_Sat,
    CumulativeBallot,
    CumulativeProfile,
    Instance,
    Project,
)
from pabutools.rules import (  # noqa: E402
    completion_by_rule_combination,
    exhaustion_by_budget_increase,
    greedy_utilitarian_welfare,
    method_of_equal_shares,
)
from pabutools.tiebreaking import TieBreakingRule, lexico_tie_breaking  # noqa: E402
from pref_voting.profiles_with_ties import ProfileWithTies  # noqa: E402
from pref_voting.scoring_methods import domination_borda_scores  # noqa: E402

LOT = TieBreak(rule="lot", seed="test")
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


# -- instances -------------------------------------------------------------------


@st.composite
def approval_instances(draw, most_projects: int = 7, most_voters: int = 15):
    m = draw(st.integers(2, most_projects))
    costs = draw(st.lists(st.sampled_from([1, 2, 3, 5, 8, 10, 13, 20, 40]), min_size=m, max_size=m))
    budget = draw(st.integers(1, sum(costs) + 5))
    ballots = draw(st.lists(st.sets(st.integers(0, m - 1), min_size=1), min_size=1, max_size=most_voters))
    return costs, budget, [sorted(b) for b in ballots]


def plan_for(costs, budget, **options):
    """A city-like plan: every project's cost, no staff figures unless `efforts` (days of `adviser`)."""
    return loads_plan(plan_text(costs, budget, **options))


def plan_text(costs, budget, *, selection="fit", method="approval", ballot="approval", extra="", efforts=None) -> str:
    text = f"""schema = 1

[plan]
title = "City budget"
board = "City"
cycle = "2023"
start = 2023-01-01
end = 2023-12-31

[limits]
budget = {budget}
currency = "PLN"

[limits.capacity]
adviser = 10

[voting]
pick = {{ min = 1, max = {len(costs)} }}
ballot_length = {len(costs)}
method = "{method}"
selection = "{selection}"
ballot = "{ballot}"
tie_break = "lot"
seed = "city"
{extra}

[[themes]]
id = "city"
title = "City"
"""
    for i, cost in enumerate(costs):
        effort = f"adviser = {efforts[i]}" if efforts else ""
        text += f'\n[[projects]]\nid = "p{i}"\ntitle = "Project {i}"\ntheme = "city"\ncost = {cost}\neffort = {{ {effort} }}\nstart = 2023-05-01\nend = 2023-05-31\n'
    text += '\n[[members]]\nid = "chair"\nlabel = "Chair"\nrole = "chair"\n'
    return text


def approval_ballots(ballots):
    return [Ballot(f"v{i}", tuple(f"p{p}" for p in b)) for i, b in enumerate(ballots)]


def pabutools_instance(costs, budget):
    projects = [Project(f"p{i}", cost) for i, cost in enumerate(costs)]
    return projects, Instance(projects, budget_limit=budget)


def following(order):
    """pabutools' ties broken in workplan's order (its ranking, best first)."""
    place = {project: index for index, project in enumerate(order)}
    return TieBreakingRule(lambda instance, profile, project: place[project.name])


def supported_names(outcome, ballots) -> list[str]:
    """pabutools' selection without the projects nobody supports (its greedy takes those last, if
    they fit; workplan never selects a project nobody asked for)."""
    wanted = {f"p{p}" for b in ballots for p in b}
    return sorted(p.name for p in outcome if p.name in wanted)


def order_of(result) -> list[str]:
    return [entry.project for entry in result.ranking]


# -- greedy, greedy that stops, threshold -----------------------------------------


@SETTINGS
@given(approval_instances())
def test_fit_is_pabutools_greedy_by_votes(instance):
    costs, budget, ballots = instance
    plan = plan_for(costs, budget, selection="fit")
    result = tally(plan, approval_ballots(ballots))
    projects, pb = pabutools_instance(costs, budget)
    profile = ApprovalProfile([ApprovalBallot([projects[p] for p in b]) for b in ballots])
    theirs = greedy_utilitarian_welfare(pb, profile, sat_class=Cost_Sat, tie_breaking=following(order_of(result)))
    assert sorted(result.selected) == supported_names(theirs, ballots)


@SETTINGS
@given(approval_instances())
def test_fit_stop_is_pabutools_greedy_order_up_to_the_first_project_that_does_not_fit(instance):
    costs, budget, ballots = instance
    plan = plan_for(costs, budget, selection="fit-stop")
    result = tally(plan, approval_ballots(ballots))
    # pabutools' greedy order: by votes (Cost_Sat per cost), ties in workplan's order; the walk that
    # stops takes that order's longest prefix within the budget.
    votes = Counter(p for b in ballots for p in b)
    order = order_of(result)
    density = sorted((f"p{p}" for p in votes), key=lambda name: (-votes[int(name[1:])], order.index(name)))
    prefix, spent = [], 0
    for name in density:
        if spent + costs[int(name[1:])] > budget:
            break
        prefix.append(name)
        spent += costs[int(name[1:])]
    assert list(result.selected) == prefix
    # and greedy's own run on that prefix's cost takes at least the prefix
    projects, pb = pabutools_instance(costs, budget)
    profile = ApprovalProfile([ApprovalBallot([projects[p] for p in b]) for b in ballots])
    theirs = greedy_utilitarian_welfare(pb, profile, sat_class=Cost_Sat, tie_breaking=following(order))
    assert set(prefix) <= {p.name for p in theirs}


@SETTINGS
@given(approval_instances(), st.integers(1, 6))
def test_threshold_is_pabutools_greedy_on_the_projects_that_reach_it(instance, threshold):
    costs, budget, ballots = instance
    plan = plan_for(costs, budget, selection="fit", extra=f"threshold = {threshold}")
    result = tally(plan, approval_ballots(ballots))
    votes = Counter(p for b in ballots for p in b)
    kept = {i: Project(f"p{i}", costs[i]) for i in range(len(costs)) if votes[i] >= threshold}
    pb = Instance(kept.values(), budget_limit=budget)
    profile = ApprovalProfile([ApprovalBallot([kept[p] for p in b if p in kept]) for b in ballots])
    theirs = greedy_utilitarian_welfare(pb, profile, sat_class=Cost_Sat, tie_breaking=following(order_of(result)))
    assert sorted(result.selected) == supported_names(theirs, ballots)
    for skipped in result.skipped:
        if 0 < votes[int(skipped.project[1:])] < threshold:
            assert "below the minimum of" in skipped.reason and "vote" in skipped.reason


def test_a_share_threshold_is_rounded_up_and_said_in_the_boards_words():
    assert minimum_support("5%", 1010) == 51
    assert minimum_support("5%", 1000) == 50
    assert minimum_support("0.5%", 201) == 2
    assert minimum_support(200, 7) == 200
    plan = plan_for([10, 10, 10], 30, extra='threshold = "50%"')
    result = tally(plan, approval_ballots([[0, 1], [0], [0, 2], [2]]))
    assert result.selected == ("p0", "p2")
    reason = {s.project: s.reason for s in result.skipped}["p1"]
    assert reason == "has 1 vote, below the minimum of 50% of the voters (2 votes)"


# -- equal shares ------------------------------------------------------------------


def pabutools_mes(costs, budget, ballots, completion, tie_breaking=lexico_tie_breaking, cumulative=False):
    projects, pb = pabutools_instance(costs, budget)
    if cumulative:
        profile = CumulativeProfile([CumulativeBallot({projects[p]: n for p, n in b.items()}) for b in ballots])
        sat = Additive_Cardinal_Sat
    else:
        profile = ApprovalProfile([ApprovalBallot([projects[p] for p in b]) for b in ballots])
        sat = Cost_Sat
    if completion == "none":
        return method_of_equal_shares(pb, profile, sat_class=sat, tie_breaking=tie_breaking)
    if completion == "add1":
        return method_of_equal_shares(pb, profile, sat_class=sat, tie_breaking=tie_breaking, voter_budget_increment=1)
    if completion == "add1-to-budget":  # past the first exhaustive outcome, until one passes the budget
        return exhaustion_by_budget_increase(
            pb, profile, method_of_equal_shares, {"sat_class": sat, "tie_breaking": tie_breaking},
            exhaustive_stop=False, budget_step=len(ballots),
        )
    return completion_by_rule_combination(
        pb, profile, [method_of_equal_shares, greedy_utilitarian_welfare],
        [{"sat_class": sat, "tie_breaking": tie_breaking, "voter_budget_increment": 1},
         {"sat_class": sat, "tie_breaking": tie_breaking}],
    )


@SETTINGS
@given(approval_instances(most_projects=8, most_voters=20), st.sampled_from(["none", "add1", "add1-utilitarian", "add1-to-budget"]))
def test_equal_shares_is_pabutools_mes_with_cost_utilities(instance, completion):
    costs, budget, ballots = instance
    groups = Counter(tuple(b) for b in ballots)
    electorate = Electorate.of(costs, [(tuple((p, costs[p]) for p in b), n) for b, n in groups.items()], voters=len(ballots))
    order = sorted(range(len(costs)), key=lambda i: f"p{i}")  # pabutools' lexicographic tie-break
    outcome = equal_shares(electorate, budget, order, completion=completion)
    ours = sorted(f"p{i}" for i in outcome.selected + outcome.completed)
    assert ours == supported_names(pabutools_mes(costs, budget, ballots, completion), ballots)


@SETTINGS
@given(approval_instances(most_projects=7, most_voters=15), st.sampled_from(["none", "add1", "add1-utilitarian", "add1-to-budget"]))
def test_the_equal_shares_rule_of_a_plan_is_pabutools_mes_with_the_counts_tie_break(instance, completion):
    costs, budget, ballots = instance
    extra = f'completion = "{completion}"'
    plan = plan_for(costs, budget, selection="equal-shares", extra=extra)
    result = tally(plan, approval_ballots(ballots))
    theirs = pabutools_mes(costs, budget, ballots, completion, tie_breaking=following(order_of(result)))
    assert sorted(result.selected) == supported_names(theirs, ballots)


@st.composite
def points_instances(draw):
    m = draw(st.integers(2, 6))
    costs = draw(st.lists(st.sampled_from([1, 2, 5, 10, 20]), min_size=m, max_size=m))
    budget = draw(st.integers(1, sum(costs) + 3))
    ballot = st.dictionaries(st.integers(0, m - 1), st.integers(1, 5), min_size=1)
    return costs, budget, draw(st.lists(ballot, min_size=1, max_size=12))


@SETTINGS
@given(points_instances(), st.sampled_from(["none", "add1", "add1-to-budget"]))
def test_equal_shares_on_points_ballots_is_pabutools_mes_with_cardinal_utilities(instance, completion):
    costs, budget, ballots = instance
    plan = plan_for(costs, budget, selection="equal-shares", method="points", ballot="points",
                    extra=f'points = 100\ncompletion = "{completion}"')
    cast = [Ballot(f"v{i}", tuple(f"p{p}" for p in b), points=tuple((f"p{p}", n) for p, n in b.items())) for i, b in enumerate(ballots)]
    result = tally(plan, cast)
    theirs = pabutools_mes(costs, budget, ballots, completion, tie_breaking=following(order_of(result)), cumulative=True)
    assert sorted(result.selected) == supported_names(theirs, [list(b) for b in ballots])
    # and the points count is the sum of the points given
    given_points = Counter()
    for b in ballots:
        for p, n in b.items():
            given_points[f"p{p}"] += n
    assert {entry.project: entry.score for entry in result.ranking if given_points[entry.project]} == dict(given_points)


def test_equal_shares_keeps_within_the_staff_capacity_and_says_why():
    # p0 and p1 each need 6 adviser days in May (10 available): equal shares would buy both.
    plan = plan_for([10, 10, 5], 30, selection="equal-shares", efforts=[6, 6, 1])
    result = tally(plan, approval_ballots([[0, 1], [0, 1], [1, 2], [0]]))
    assert "p0" in result.selected and "p1" not in result.selected and "p2" in result.selected
    reason = {s.project: s.reason for s in result.skipped}["p1"]
    assert reason.startswith("would take Adviser over capacity in May 2023")


def test_equal_shares_says_each_voters_share_and_what_it_could_not_buy():
    # 25 a voter: p0's two supporters pay its 50; p1's and p2's one supporter cannot pay 40.
    plan = plan_for([50, 40, 40], 100, selection="equal-shares")
    result = tally(plan, approval_ballots([[0], [0], [1], [2]]))
    assert result.selected == ("p0",)
    assert any("each voter's share of the budget was" in note for note in result.notes)
    assert {s.reason for s in result.skipped} == {"its supporters' equal shares of the budget could not pay for it"}


# -- equal ranks: Borda and Schulze -------------------------------------------------


@st.composite
def weak_orders(draw):
    m = draw(st.integers(3, 6))
    projects = [f"p{i}" for i in range(m)]

    def one():
        chosen = draw(st.permutations(projects))[: draw(st.integers(1, m))]
        cuts = sorted(draw(st.sets(st.integers(1, max(1, len(chosen) - 1)), max_size=len(chosen) - 1)))
        return tuple(tuple(chosen[a:b]) for a, b in itertools.pairwise([0, *cuts, len(chosen)]) if chosen[a:b])

    return projects, draw(st.lists(st.builds(one), min_size=1, max_size=15))


def with_ties(projects, orders):
    return ProfileWithTies([{p: rank for rank, group in enumerate(o, start=1) for p in group} for o in orders], candidates=projects)


@SETTINGS
@given(weak_orders())
def test_borda_with_equal_ranks_is_pref_votings_domination_borda(instance):
    projects, orders = instance
    ours = count("borda", Profile.build(projects, [], len(projects), tied=orders), LOT)
    theirs = domination_borda_scores(with_ties(projects, orders))
    assert {p: ours.scores[p] for p in projects} == theirs


@SETTINGS
@given(weak_orders())
def test_schulze_with_equal_ranks_reads_pref_votings_pairwise_support(instance):
    projects, orders = instance
    profile = Profile.build(projects, [], len(projects), tied=orders)
    theirs = with_ties(projects, orders)
    theirs.use_extended_strict_preference()
    d = pairwise(profile)
    for a in profile.supported:
        for b in profile.supported:
            if a != b:
                assert d[a][b] == theirs.support(a, b)
    # the layers: nobody in a layer or below beats a project of it (widest paths, winning votes)
    result = count("schulze", profile, LOT)
    strength = _widest(profile.supported, d)
    for index, layer in enumerate(result.groups):
        later = [p for g in result.groups[index:] for p in g]
        for a in layer:
            assert not any(strength[b, a] > strength[a, b] for b in later if b != a)


def _widest(projects, d):
    link = {(a, b): d[a][b] if d[a][b] > d[b][a] else 0 for a in projects for b in projects if a != b}
    strength = dict(link)
    for k in projects:
        for i in projects:
            for j in projects:
                if len({i, j, k}) == 3:
                    strength[i, j] = max(strength[i, j], min(strength[i, k], strength[k, j]))
    return strength


# -- ballot kinds: read, checked, written ---------------------------------------------


def _board(tmp_path: Path, extra: str, method: str = "borda", ballot: str = "ranking") -> tuple:
    plan = plan_for([10, 10, 10, 10], 40, method=method, ballot=ballot, extra=extra)
    return plan, tmp_path / "ballots"


def test_a_plain_ballot_reads_writes_and_fingerprints_as_before(tmp_path):
    ballot = Ballot("chair", ("p0", "p1"))
    assert dumps_ballot(ballot) == 'member = "chair"\nranking = ["p0", "p1"]\n'
    assert read_ballot(write_ballot(plan_for([10, 10], 20, method="points", ballot="ranking"), tmp_path, "chair", ["p0", "p1"])).tied == ()
    # A plan that names the defaults writes, and fingerprints, as one that does not.
    from workplan_tui.plan_io import dumps_plan

    plan = plan_for([10, 10], 20, method="points", ballot="ranking", extra='completion = "none"')
    assert "ballot = " not in dumps_plan(plan) and "completion" not in dumps_plan(plan)
    assert fingerprint(plan) == fingerprint(loads_plan(dumps_plan(plan).replace('ballot = "ranking"\n', "")))


def test_equal_ranks_round_trip_and_count_under_borda(tmp_path):
    plan, folder = _board(tmp_path, "", method="borda")
    path = write_ballot(plan, folder, "chair", [], tied=[["p0"], ["p1", "p2"], ["p3"]])
    assert path.read_text().splitlines()[1] == 'ranking = ["p0", ["p1", "p2"], "p3"]'
    ballot = read_ballot(path)
    assert ballot.tied == (("p0",), ("p1", "p2"), ("p3",)) and ballot.ranking == ("p0", "p1", "p2", "p3")
    counted, rejected = read_ballots(plan, folder)
    assert [b.member for b in counted] == ["chair"] and not rejected
    scores = {entry.project: entry.score for entry in tally(plan, counted).ranking}
    assert scores == {"p0": 3, "p1": 1, "p2": 1, "p3": 0}


def test_equal_ranks_are_refused_with_the_reason_by_a_method_that_does_not_define_them(tmp_path):
    plan, folder = _board(tmp_path, "", method="irv")
    with pytest.raises(WorkplanError) as error:
        write_ballot(plan, folder, "chair", [], tied=[["p0", "p1"]])
    assert error.value.errors[0].code == "E143"
    assert "Instant runoff does not define equal ranks (only Borda count and Schulze do)" in error.value.errors[0].message
    folder.mkdir()
    (folder / "chair.toml").write_text('member = "chair"\nranking = [["p0", "p1"], "p2"]\n')
    counted, rejected = read_ballots(plan, folder)
    assert not counted and "does not define equal ranks" in rejected[0].reason


@pytest.mark.parametrize(
    ("points", "code", "words"),
    [
        ("{ p0 = 7, p1 = 4 }", "E142", "gives 11 points; a voter may give at most 10 in all"),
        ("{ p0 = -1, p1 = 4 }", "E142", "gives negative points to `p0`; points are 0 or more"),
        ("{ p0 = 2, nowhere = 4 }", "E202", "unknown project `nowhere`"),
        ("{ p0 = 2.5 }", "E142", "`points.p0` must be a whole number of points"),
    ],
)
def test_a_bad_points_ballot_is_rejected_with_its_reason(tmp_path, points, code, words):
    plan, folder = _board(tmp_path, "points = 10", method="points", ballot="points")
    folder.mkdir()
    (folder / "chair.toml").write_text(f'member = "chair"\npoints = {points}\n')
    counted, rejected = read_ballots(plan, folder)
    assert not counted and words in rejected[0].reason
    if code != "E142" or "whole number" in words:
        return
    with pytest.raises(WorkplanError) as error:
        write_ballot(plan, folder, "chair", [], points=[(k.strip(), int(v)) for k, v in
                                                         (pair.split("=") for pair in points.strip("{} ").split(","))], replace=True)
    assert error.value.errors[0].code == code and words in error.value.errors[0].message


def test_a_points_ballot_round_trips_and_a_ranking_cannot_count_in_a_points_vote(tmp_path):
    plan, folder = _board(tmp_path, "points = 10", method="points", ballot="points")
    path = write_ballot(plan, folder, "chair", [], points=[("p2", 6), ("p0", 4)])
    assert path.read_text().splitlines()[1] == "points = { p2 = 6, p0 = 4 }"
    assert read_ballot(path).points == (("p2", 6), ("p0", 4))
    counted, _ = read_ballots(plan, folder)
    assert counted[0].points == (("p2", 6), ("p0", 4))
    path.write_text('member = "chair"\nranking = ["p0"]\n')
    counted, rejected = read_ballots(plan, folder)
    assert not counted and "this vote is by points" in rejected[0].reason


@pytest.mark.parametrize(
    ("ballot", "extra", "code", "words"),
    [
        ("points", "", "E140", "points ballots need `points`: the most points one voter may give in all"),
        ("ranking", "points = 5", "E140", '`points` is for points ballots (ballot = "points")'),
        ("ranking", 'threshold = "five percent"', "E141", 'write a number of votes (threshold = 200) or a share of the voters (threshold = "5%")'),
        ("ranking", 'threshold = "150%"', "E141", 'a share of the voters is at most "100%"'),
        ("ranking", 'completion = "add1"', "E140", "`completion` is for the selection rule equal-shares"),
    ],
)
def test_inconsistent_voting_rules_are_located(ballot, extra, code, words):
    with pytest.raises(WorkplanError) as error:
        plan_for([10, 10], 20, method="points", ballot=ballot, extra=extra)
    [located] = error.value.errors
    assert located.code == code and words in located.message and located.line > 1


def test_approval_ballots_need_the_approval_method():
    with pytest.raises(WorkplanError) as error:
        plan_for([10, 10], 20, method="borda", ballot="approval")
    assert error.value.errors[0].code == "E140"
    assert "approval ballots are counted by the method `approval`, not `borda`" in error.value.errors[0].message


def test_the_sqlite_box_checks_a_ballots_kind_as_the_folder_does(tmp_path):
    from workplan_tui.voting.ballot_box import open_box

    path = tmp_path / "city.toml"
    path.write_text(plan_text([10, 10], 20, method="points", ballot="points", extra='points = 10\nbox = "sqlite"\nroll = "open"'))
    plan = loads_plan(path.read_text())
    box = open_box(path, plan, new=True)
    box.write_many([
        Ballot("v1", ("p0",), points=(("p0", 11),)),  # over the total
        Ballot("v2", ("p0", "p1")),  # a ranking in a vote by points
        Ballot("v3", ("p1",), points=(("p1", 10),)),
    ])
    counted, rejected = box.read(plan)
    assert [b.member for b in counted] == ["v3"]
    reasons = {r.member: r.reason for r in rejected}
    assert "gives 11 points; a voter may give at most 10 in all" in reasons["v1"]
    assert "this vote is by points" in reasons["v2"]


def test_another_method_refuses_ballots_it_cannot_read_rather_than_leave_them_out(tmp_path):
    plan, folder = _board(tmp_path, "", method="borda")
    write_ballot(plan, folder, "chair", [], tied=[["p0", "p1"], ["p2"]])
    counted, _ = read_ballots(plan, folder)
    assert tally(plan, counted, method="schulze").ballots == 1
    with pytest.raises(WorkplanError) as error:
        tally(plan, counted, method="irv")
    assert error.value.errors[0].code == "E143" and "Instant runoff does not define" in error.value.errors[0].message
