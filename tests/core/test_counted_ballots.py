"""Counted rows (issue 18): an imported anonymous electorate keeps one row per distinct ballot with
its voters (`Ballot.voters`), and every count, share and quorum gives what as many single ballots
give; the array STV gives what the loop over ballot groups gave (tests/helpers/stv_reference.py),
notes and ties included."""

from __future__ import annotations

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers.paths import DATA
from helpers.stv_reference import reference_stv
from helpers.voting_plans import make_plan
from workplan_tui.model import METHODS, SELECTIONS
from workplan_tui.voting.ballots import Ballot
from workplan_tui.voting.methods import Profile, count
from workplan_tui.voting.tally import tally
from workplan_tui.voting.ties import TieBreak

LOT = TieBreak(rule="lot", seed="counted")
MEATH = DATA / "preflib" / "00001-00000003.soi"
PROJECTS = [f"p{i}" for i in range(1, 6)]


@st.composite
def counted_rankings(draw: st.DrawFn, projects: list[str] = PROJECTS, most: int = 5) -> list[tuple[tuple[str, ...], int]]:
    """Distinct rankings (strict, possibly short) each with how many voters cast it."""
    orders = draw(st.lists(st.permutations(projects).map(lambda p: tuple(p[: most])), min_size=1, max_size=12))
    cut = [tuple(order[: draw(st.integers(1, len(order)))]) for order in orders]
    distinct = list(dict.fromkeys(cut))
    return [(ranking, draw(st.integers(1, 40))) for ranking in distinct]


@settings(max_examples=150, deadline=None)
@given(counted_rankings(), st.integers(1, 4))
def test_array_stv_gives_what_the_ballot_loop_gave(rows, seats):
    profile = Profile.build_counted(PROJECTS, rows, 5, seats=seats)
    assert count("stv", profile, LOT) == reference_stv(profile, LOT)


def test_array_stv_on_meath_gives_what_the_ballot_loop_gave():
    from workplan_tui.sources.preflib import read_preflib

    election = read_preflib(MEATH)
    names = {number: f"c{number}" for number in election.alternatives}
    rows = [(tuple(names[g[0]] for g in order), voters) for voters, order, _ in election.orders]
    profile = Profile.build_counted(sorted(names.values()), rows, 14, seats=5)
    ours = count("stv", profile, LOT)
    assert ours == reference_stv(profile, LOT)
    assert len(ours.notes) > 10  # a real count, stage by stage


def single_ballots(rows: list[tuple[tuple[str, ...], int]]) -> list[Ballot]:
    ballots = []
    for number, (ranking, voters) in enumerate(rows):
        ballots.extend(Ballot(f"v{number}-{copy}", ranking) for copy in range(voters))
    return ballots


def counted_ballots(rows: list[tuple[tuple[str, ...], int]]) -> list[Ballot]:
    return [Ballot(f"o{number}", ranking, voters=voters) for number, (ranking, voters) in enumerate(rows)]


def same_result(plan, rows, **options):
    """The tally of the counted rows and of as many single ballots, field by field."""
    return attrs.asdict(tally(plan, counted_ballots(rows), **options)), attrs.asdict(tally(plan, single_ballots(rows), **options))


@settings(max_examples=60, deadline=None)
@given(counted_rankings(most=3), st.sampled_from(METHODS), st.sampled_from(SELECTIONS))
def test_counted_rows_tally_as_many_single_ballots(rows, method, selection):
    plan = make_plan(method=method, tie_break="lot", ballot_length=3)
    ours, theirs = same_result(plan, rows, selection=selection)
    assert ours == theirs
    assert ours["ballots"] == sum(voters for _, voters in rows)


@pytest.mark.parametrize("method", METHODS)
def test_a_counted_row_of_1618_is_1618_single_ballots(method):
    rows = [(("p1", "p2", "p3"), 1618), (("p2", "p3"), 900), (("p3", "p1"), 1200), (("p4",), 17)]
    plan = make_plan(method=method, tie_break="lot", ballot_length=3)
    ours, theirs = same_result(plan, rows)
    assert ours == theirs
    assert ours["ballots"] == 3735


def test_threshold_and_quorum_count_voters_not_rows():
    text_plan = make_plan(method="approval", tie_break="lot", ballot_length=3)
    plan = attrs.evolve(text_plan, voting=attrs.evolve(text_plan.voting, threshold="10%", quorum=2000))
    rows = [(("p1",), 1618), (("p2",), 500), (("p4",), 150)]  # p4: 150 of 2,268 voters, under 10%
    ours, theirs = same_result(plan, rows)
    assert ours == theirs
    assert "p4" not in ours["selected"]
    assert ours["quorum"]["counted"] == 2268
