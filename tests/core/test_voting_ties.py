"""Ties are never broken silently: the chair's ballot order, then a lot reproducible from the seed."""

from __future__ import annotations

import hashlib

from helpers.voting_plans import make_plan
from workplan_tui.voting.ballots import Ballot
from workplan_tui.voting.methods import Profile, count, rank
from workplan_tui.voting.tally import tally
from workplan_tui.voting.ties import TieBreak, lot_order


def sha(seed, project):
    return hashlib.sha256(f"{seed}:{project}".encode()).hexdigest()


def test_the_lot_is_sha256_of_seed_and_id_lowest_first_and_depends_on_the_seed():
    projects = [f"p{i}" for i in range(8)]
    for seed in ("2023-03-23", "another"):
        assert list(lot_order(seed, projects)) == sorted(projects, key=lambda p: sha(seed, p))
    assert lot_order("2023-03-23", projects) != lot_order("another", projects)
    assert lot_order("s", reversed(projects)) == lot_order("s", projects)


def test_chair_order_decides_and_ranked_beats_unranked():
    breaker = TieBreak(rule="chair", seed="s", chair=("c", "a"))
    ordered, tie = breaker.order(["a", "b", "c"], 3, "points ranking")
    assert ordered[:2] == ("c", "a") and ordered[2] == "b"
    assert tie.broken_by == "chair" and tie.projects == ordered
    assert "the chair's ballot ranks “c” (1st) and “a” (2nd) above the rest" in tie.detail and "tied at 3" in tie.detail


def test_chair_then_lot_for_projects_the_chair_left_unranked():
    breaker = TieBreak(rule="chair", seed="s", chair=("x",))
    ordered, tie = breaker.order(["a", "b", "x"], 1, "ctx")
    assert ordered[0] == "x"
    assert ordered[1:] == tuple(sorted(["a", "b"], key=lambda p: sha("s", p)))
    assert tie.broken_by == "chair+lot" and "drawn by lot (seed 's')" in tie.detail


def test_lot_rule_ignores_the_chair_and_chair_rule_without_chair_ballot_uses_lot():
    for breaker in (TieBreak(rule="lot", seed="s", chair=("b",)), TieBreak(rule="chair", seed="s")):
        ordered, tie = breaker.order(["a", "b", "c"], 0, "ctx")
        assert ordered == lot_order("s", ["a", "b", "c"])
        assert tie.broken_by == "lot"


def test_a_tie_in_a_tally_is_broken_by_the_chairs_ballot_and_reported_in_json():
    plan = make_plan()
    ballots = [Ballot("chair", ("p3", "p2")), Ballot("member-1", ("p2", "p3"))]
    result = tally(plan, ballots, method="approval")
    assert [entry.project for entry in result.ranking][:2] == ["p3", "p2"]
    [tie] = result.ties
    assert tie.projects == ("p3", "p2") and tie.broken_by == "chair"
    assert result.to_json()["ties"][0]["projects"] == ["p3", "p2"]


def test_the_same_tie_with_lot_rule_is_reproducible_and_follows_the_seed():
    ballots = [Ballot("member-1", ("p1",)), Ballot("member-2", ("p2",)), Ballot("member-3", ("p3",))]
    for seed in ("one", "two", "three"):
        plan = make_plan(tie_break="lot", seed=seed)
        first = tally(plan, ballots, method="points")
        again = tally(plan, list(reversed(ballots)), method="points")
        assert first.to_json() == again.to_json()
        assert tuple(entry.project for entry in first.ranking[:3]) == lot_order(seed, ["p1", "p2", "p3"])
        assert first.ties[0].broken_by == "lot"


def test_irv_elimination_ties_go_to_the_tie_break_and_are_recorded():
    # a 2, b 1, c 1: who is excluded first between b and c decides whether a wins outright.
    rankings = [("a",), ("a",), ("b", "c"), ("c", "b")]
    chair_b = TieBreak(rule="chair", seed="s", chair=("b",))
    result = count("irv", Profile.build(list("abc"), rankings, 2), chair_b)
    assert any(t.projects == ("b", "c") and "fewest first preferences" in t.detail for t in result.ties)
    assert "Instant runoff for place 1, round 1: c is excluded." in result.notes
    chair_c = TieBreak(rule="chair", seed="s", chair=("c",))
    other = count("irv", Profile.build(list("abc"), rankings, 2), chair_c)
    assert "Instant runoff for place 1, round 1: b is excluded." in other.notes
    _, ties = rank(result, chair_b)
    assert len(ties) == len(result.ties)


def approval_plan():
    from helpers.voting_plans import plan_text
    from workplan_tui.plan_io import loads_plan

    return loads_plan(plan_text(method="approval").replace('method = "approval"', 'ballot = "approval"\nmethod = "approval"'))


def test_an_approval_ballot_of_the_chair_does_not_order_the_projects_it_approves():
    # The chair ticked p3, then p2: the order of ticking decided the tie, "the chair's ballot
    # ranks “p3” (1st)", though an approval ballot ranks nothing.
    ballots = [Ballot("chair", ("p3", "p2")), Ballot("member-1", ("p2", "p3"))]
    result = tally(approval_plan(), ballots)
    [tie] = result.ties
    assert tie.broken_by == "lot" and tie.projects == lot_order("2023-03-23", ["p2", "p3"])
    assert "the chair's ballot does not separate them" in tie.detail and "ranks" not in tie.detail


def test_an_approval_ballot_of_the_chair_puts_what_it_approves_first_saying_approves():
    ballots = [Ballot("chair", ("p2",)), Ballot("member-1", ("p4",))]
    result = tally(approval_plan(), ballots)
    [tie] = result.ties
    assert tie.broken_by == "chair" and tie.projects == ("p2", "p4")
    assert "the chair's ballot approves “p2” and not “p4”" in tie.detail


def points_plan():
    from helpers.voting_plans import plan_text
    from workplan_tui.plan_io import loads_plan

    text = plan_text(method="points").replace('method = "points"', 'ballot = "points"\npoints = 10\nmethod = "points"')
    return loads_plan(text)


def points(member, **given):
    return Ballot(member, tuple(given), points=tuple(given.items()))


def test_equal_points_on_the_chairs_ballot_fall_through_to_the_lot_and_the_record_says_so():
    # The chair gave p3 and p2 3 points each, p3 first in the file: the file's order decided the
    # tie ("the chair's ballot ranks “p3” (1st) and “p2” (2nd)"), though points rank nothing.
    for chair in (points("chair", p3=3, p2=3), points("chair", p2=3, p3=3)):
        result = tally(points_plan(), [chair, points("member-1", p2=3, p3=3)])
        [tie] = result.ties
        assert tie.broken_by == "lot" and tie.projects == lot_order("2023-03-23", ["p2", "p3"])
        assert "the chair's ballot gives “" in tie.detail and "3 points each, which does not separate them" in tie.detail
        assert "drawn by lot (seed '2023-03-23')" in tie.detail and "ranks" not in tie.detail


def test_more_points_on_the_chairs_ballot_win_a_tie_whatever_the_files_order():
    result = tally(points_plan(), [points("chair", p2=2, p3=4), points("member-1", p2=4, p3=2)])
    [tie] = result.ties
    assert tie.broken_by == "chair" and tie.projects == ("p3", "p2")
    assert "the chair's ballot gives “p3” 4 points and “p2” 2." in tie.detail


def test_the_chairs_points_then_the_lot_among_those_it_gives_equal_points():
    breaker = TieBreak(rule="chair", seed="s", chair_points=(("a", 2), ("b", 5), ("c", 2), ("d", 0)))
    ordered, tie = breaker.order(["a", "b", "c", "d"], 7, "ctx")
    assert ordered[0] == "b" and ordered[3] == "d"
    assert ordered[1:3] == tuple(sorted(["a", "c"], key=lambda p: sha("s", p)))
    assert tie.broken_by == "chair+lot"
    assert f"gives “b” 5 points, “{ordered[1]}” 2, “{ordered[2]}” 2 and “d” none" in tie.detail
    assert f"drawn by lot (seed 's'): “{ordered[1]}” then “{ordered[2]}”" in tie.detail


def test_equal_ranks_on_the_chairs_ranking_fall_through_to_the_lot():
    breaker = TieBreak(rule="chair", seed="s", chair=("a", "b", "c"), chair_tied=(("a", "b"), ("c",)))
    ordered, tie = breaker.order(["a", "b", "c"], 1, "ctx")
    assert ordered[:2] == tuple(sorted(["a", "b"], key=lambda p: sha("s", p))) and ordered[2] == "c"
    assert tie.broken_by == "chair+lot" and "(1st equal)" in tie.detail
