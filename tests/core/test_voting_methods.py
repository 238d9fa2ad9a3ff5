"""The six counting methods: cross-checked against pref_voting and pyrankvote, textbook examples,
and properties (anonymity, neutrality, monotonicity, determinism)."""

from __future__ import annotations

import itertools
import random
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from workplan_tui.model import METHODS
from workplan_tui.voting.methods import Profile, count, droop_quota, pairwise, rank
from workplan_tui.voting.ties import TieBreak, lot_order

pref_voting = pytest.importorskip("pref_voting")
pyrankvote = pytest.importorskip("pyrankvote")

from pref_voting.iterative_methods import instant_runoff_tb  # noqa: E402
from pref_voting.margin_based_methods import beat_path  # noqa: E402
from pref_voting.profiles import Profile as LinearProfile  # noqa: E402
from pref_voting.profiles_with_ties import ProfileWithTies  # noqa: E402
from pref_voting.proportional_methods import stv_wig  # noqa: E402
from pref_voting.scoring_methods import domination_borda_scores, scoring_rule  # noqa: E402

LOT = TieBreak(rule="lot", seed="test")


def random_profile(rng: random.Random, m: int, voters: int, max_length: int, complete: bool = False):
    projects = [f"p{i}" for i in range(m)]
    rankings = []
    for _ in range(voters):
        order = rng.sample(projects, m)
        rankings.append(tuple(order if complete else order[: rng.randint(1, max_length)]))
    return projects, rankings


def with_ties_profile(projects, rankings):
    return ProfileWithTies([{p: i + 1 for i, p in enumerate(r)} for r in rankings], candidates=projects)


def top_group(result):
    return set(result.groups[0])


# -- cross-checks ----------------------------------------------------------------


@pytest.mark.parametrize("seed", range(25))
def test_borda_scores_are_pref_votings_domination_borda_on_truncated_ballots(seed):
    rng = random.Random(seed)
    projects, rankings = random_profile(rng, rng.randint(3, 6), rng.randint(1, 25), 4)
    ours = count("borda", Profile.build(projects, rankings, 4), LOT)
    theirs = domination_borda_scores(with_ties_profile(projects, rankings))
    assert {p: ours.scores[p] for p in projects} == theirs


@pytest.mark.parametrize("seed", range(25))
def test_points_equal_a_scoring_rule_on_the_complete_ballots_they_truncate(seed):
    rng = random.Random(seed)
    m = rng.randint(3, 6)
    length = rng.randint(1, m)
    projects, full = random_profile(rng, m, rng.randint(1, 25), m, complete=True)
    ours = count("points", Profile.build(projects, [r[:length] for r in full], length), LOT)
    linear = LinearProfile([[projects.index(p) for p in r] for r in full])
    expected_winners = scoring_rule(linear, score=lambda n, rank: max(length - rank + 1, 0))
    assert top_group(ours) == {projects[c] for c in expected_winners}
    # and the scores themselves, position by position
    for project in projects:
        assert ours.scores[project] == sum(max(length - r.index(project), 0) for r in full)


@pytest.mark.parametrize("seed", range(25))
def test_approval_matches_pref_voting_approval_on_the_same_approvals(seed):
    from pref_voting.grade_methods import approval
    from pref_voting.grade_profiles import GradeProfile

    rng = random.Random(seed)
    projects, rankings = random_profile(rng, 5, rng.randint(1, 30), 3)
    ours = count("approval", Profile.build(projects, rankings, 3), LOT)
    grades = GradeProfile([{p: 1 for p in r} for r in rankings], [0, 1], candidates=projects)
    assert {p: ours.scores[p] for p in projects} == {p: grades.sum(p) or 0 for p in projects}
    assert top_group(ours) == set(approval(grades))


@pytest.mark.parametrize("seed", range(30))
def test_schulze_winners_match_pref_voting_beat_path_on_complete_ballots(seed):
    # For complete strict ballots, winning votes and margins give the same Schulze order.
    rng = random.Random(seed)
    projects, rankings = random_profile(rng, rng.randint(3, 6), rng.choice([5, 9, 13, 21]), 0, complete=True)
    ours = count("schulze", Profile.build(projects, rankings, len(projects)), LOT)
    linear = LinearProfile([[projects.index(p) for p in r] for r in rankings])
    assert top_group(ours) == {projects[c] for c in beat_path(linear)}


def brute_force_schulze_relation(projects, rankings):
    """Strongest paths by enumerating every simple path (winning votes): an independent check."""
    d = {(a, b): 0 for a in projects for b in projects if a != b}
    for ranking in rankings:
        for a in projects:
            for b in projects:
                if a == b or a not in ranking:
                    continue
                if b not in ranking or ranking.index(a) < ranking.index(b):
                    d[a, b] += 1

    def link(a, b):
        return d[a, b] if d[a, b] > d[b, a] else 0

    strength = {}
    for a, b in d:
        best = 0
        others = [c for c in projects if c not in (a, b)]
        for size in range(len(others) + 1):
            for middle in itertools.permutations(others, size):
                path = (a, *middle, b)
                best = max(best, min(link(x, y) for x, y in itertools.pairwise(path)))
        strength[a, b] = best
    return strength


@pytest.mark.parametrize("seed", range(30))
def test_schulze_on_truncated_ballots_matches_brute_force_widest_paths(seed):
    rng = random.Random(seed)
    projects, rankings = random_profile(rng, rng.randint(3, 5), rng.randint(2, 15), 3)
    profile = Profile.build(projects, rankings, 3)
    ours = count("schulze", profile, LOT)
    supported = profile.supported
    strength = brute_force_schulze_relation(supported, rankings)
    # The layers: each project is beaten by nobody in its own layer or below, and every project
    # below the first layer is beaten by someone in the layer just above it.
    for index, layer in enumerate(ours.groups):
        later = [p for g in ours.groups[index:] for p in g]
        for a in layer:
            assert not any(strength[b, a] > strength[a, b] for b in later if b != a)
            if index:
                assert any(strength[b, a] > strength[a, b] for b in ours.groups[index - 1])
    # pairwise matches the direct definition
    d = pairwise(profile)
    for a in supported:
        for b in supported:
            if a != b:
                assert d[a][b] == sum(
                    1 for r in rankings if a in r and (b not in r or r.index(a) < r.index(b))
                )


@pytest.mark.parametrize("seed", range(40))
def test_irv_matches_pref_voting_with_the_same_tie_break_and_pyrankvote_without_ties(seed):
    rng = random.Random(seed)
    projects, rankings = random_profile(rng, rng.randint(3, 6), rng.randint(3, 30), 3)
    profile = Profile.build(projects, rankings, 3)
    ours = count("irv", profile, LOT)
    order, _ = rank(ours, LOT)
    ranking = [entry.project for entry in order]
    supported = list(profile.supported)
    lot = list(lot_order(LOT.seed, supported))
    pv_profile = with_ties_profile(supported, rankings)
    # The whole ranking: winner, then the winner without earlier winners, and so on.
    remaining = list(supported)
    for place in range(len(supported)):
        winners = instant_runoff_tb(pv_profile, curr_cands=remaining, tie_breaker=lot[::-1])
        assert winners == [ranking[place]], (place, winners, ranking)
        remaining.remove(ranking[place])
    if not ours.ties:
        candidates = {p: pyrankvote.Candidate(p) for p in supported}
        ballots = [pyrankvote.Ballot(ranked_candidates=[candidates[p] for p in r]) for r in rankings]
        result = pyrankvote.instant_runoff_voting(list(candidates.values()), ballots)
        assert result.get_winners()[0].name == ranking[0]


@pytest.mark.parametrize("seed", range(40))
def test_stv_elects_what_pref_voting_stv_wig_with_droop_quota_elects(seed):
    rng = random.Random(seed)
    m = rng.randint(4, 7)
    projects, rankings = random_profile(rng, m, rng.randint(5, 40), 4)
    seats = rng.randint(1, 3)
    profile = Profile.build(projects, rankings, 4, seats=seats)
    if len(profile.supported) < m:
        return  # pref_voting would fill seats with unranked candidates; workplan never selects those
    ours = count("stv", profile, LOT)
    if ours.ties:
        return  # tie-free comparisons only: the two break ties differently
    elected = {group[0] for group in ours.groups[:seats]}
    theirs = stv_wig(with_ties_profile(projects, rankings), num_seats=seats, quota_rule="droop")
    assert elected == set(theirs)


# -- textbook examples -----------------------------------------------------------


def expand(groups):
    return [tuple(ranking) for n, ranking in groups for _ in range(n)]


def test_schulze_wikipedia_45_voter_example():
    # https://en.wikipedia.org/wiki/Schulze_method#Example : the result is E > A > C > B > D.
    rankings = expand(
        [
            (5, "ACBED"), (5, "ADECB"), (8, "BEDAC"), (3, "CABED"),
            (7, "CAEBD"), (2, "CBADE"), (7, "DCEBA"), (8, "EBADC"),
        ]
    )
    profile = Profile.build(list("ABCDE"), rankings, 5)
    d = pairwise(profile)
    assert (d["A"]["B"], d["B"]["A"], d["E"]["D"], d["C"]["B"]) == (20, 25, 31, 29)
    result = count("schulze", profile, LOT)
    assert result.groups == (("E",), ("A",), ("C",), ("B",), ("D",))
    assert [result.scores[p] for p in "EACBD"] == [4, 3, 2, 1, 0]


def test_stv_wikipedia_food_election_droop_and_gregory():
    # https://en.wikipedia.org/wiki/Single_transferable_vote#Example : 20 voters, 3 seats.
    rankings = expand(
        [
            (4, ["orange"]),
            (2, ["pear", "orange"]),
            (8, ["chocolate", "strawberry"]),
            (4, ["chocolate", "sweets"]),
            (1, ["strawberry"]),
            (1, ["sweets"]),
        ]
    )
    projects = ["orange", "pear", "chocolate", "strawberry", "sweets"]
    assert droop_quota(20, 3) == 6
    result = count("stv", Profile.build(projects, rankings, 2, seats=3), LOT)
    # Chocolate (12) is elected; its surplus 6 passes on at 6/12: strawberry 1 + 4, sweets 1 + 2.
    # Nobody reaches 6: pear (2) is excluded and orange reaches 6; sweets (3) is excluded;
    # strawberry is the only continuing project for the last seat.
    assert [g[0] for g in result.groups] == ["chocolate", "orange", "strawberry", "sweets", "pear"]
    assert result.scores == {"chocolate": 12, "orange": 6, "strawberry": 5, "sweets": 3, "pear": 2}
    assert not result.ties


def test_stv_gregory_transfers_are_exact_fractions():
    # 3 seats, 10 ballots, quota 3. a has 7: surplus 4 passes on at 4/7 of each ballot:
    # b gets 4 * 4/7 = 16/7, c gets 3 * 4/7 = 12/7; neither reaches 3; d (2) beats c? no: c 12/7 < d 2.
    rankings = expand([(4, ["a", "b"]), (3, ["a", "c"]), (2, ["d"]), (1, ["e"])])
    result = count("stv", Profile.build(list("abcde"), rankings, 2, seats=3), LOT)
    assert result.scores["a"] == 7
    assert result.groups[0] == ("a",)
    # e (1) is excluded first, then c (12/7): its ballots exhaust; b (16/7) and d (2) take the last seats.
    assert [g[0] for g in result.groups] == ["a", "b", "d", "c", "e"]
    assert result.scores["b"] == Fraction(16, 7) and result.scores["c"] == Fraction(12, 7)


def test_irv_exhausted_ballots_drop_out_and_majority_is_of_continuing_ballots():
    # a 4, b 3, c 2 (c-only ballots exhaust). Round 1: no majority of 9; c excluded; round 2:
    # a 4 of 7 continuing ballots: a majority of continuing ballots, though not of all 9.
    rankings = expand([(4, ["a"]), (3, ["b"]), (2, ["c"])])
    result = count("irv", Profile.build(list("abc"), rankings, 1), LOT)
    assert result.groups[0] == ("a",) and result.scores["a"] == 4
    assert any("a 4, b 3 (7 ballots still counting)" in note for note in result.notes)


def test_points_use_weights_when_given():
    rankings = [("a", "b"), ("b",), ("c", "a")]
    result = count("points", Profile.build(list("abc"), rankings, 2, weights=(5, 1.5)), LOT)
    assert result.scores == {"a": Fraction(13, 2), "b": Fraction(13, 2), "c": 5}
    assert result.groups[0] == ("a", "b")  # a tie, left for the tie-break


# -- properties ------------------------------------------------------------------

PROJECTS = ["a", "b", "c", "d", "e"]
rankings_strategy = st.lists(
    st.permutations(PROJECTS).flatmap(lambda order: st.integers(1, 3).map(lambda n: tuple(order[:n]))),
    min_size=1,
    max_size=15,
)


@given(rankings_strategy, st.sampled_from(sorted(METHODS)), st.randoms(use_true_random=False))
def test_anonymity_the_order_of_ballots_does_not_matter(rankings, method, rnd):
    shuffled = list(rankings)
    rnd.shuffle(shuffled)
    first = count(method, Profile.build(PROJECTS, rankings, 3, seats=2), LOT)
    second = count(method, Profile.build(PROJECTS, shuffled, 3, seats=2), LOT)
    assert first == second
    assert rank(first, LOT) == rank(second, LOT)


@given(rankings_strategy, st.sampled_from(sorted(METHODS)), st.permutations(PROJECTS))
def test_neutrality_renaming_projects_renames_the_result(rankings, method, image):
    rename = dict(zip(PROJECTS, image, strict=True))
    renamed = [tuple(rename[p] for p in r) for r in rankings]
    first = count(method, Profile.build(PROJECTS, rankings, 3, seats=2), LOT)
    second = count(method, Profile.build(PROJECTS, renamed, 3, seats=2), LOT)
    if first.ties or second.ties:
        return  # a lot is not neutral, by design: compare only counts that needed none
    assert {rename[p]: s for p, s in first.scores.items()} == second.scores
    assert [{rename[p] for p in g} for g in first.groups] == [set(g) for g in second.groups]


@given(rankings_strategy, st.sampled_from(["points", "borda", "approval", "schulze"]), st.data())
def test_monotonicity_raising_a_winner_keeps_it_a_winner(rankings, method, data):
    first = count(method, Profile.build(PROJECTS, rankings, 3), LOT)
    winner = data.draw(st.sampled_from(sorted(first.groups[0])))
    index = data.draw(st.integers(0, len(rankings) - 1))
    ballot = list(rankings[index])
    if winner in ballot:
        position = ballot.index(winner)
        if position == 0:
            return
        ballot[position - 1], ballot[position] = ballot[position], ballot[position - 1]
    elif len(ballot) < 3:
        ballot.append(winner)
    else:
        ballot[-1] = winner
    raised = list(rankings)
    raised[index] = tuple(ballot)
    second = count(method, Profile.build(PROJECTS, raised, 3), LOT)
    assert winner in second.groups[0]


@given(rankings_strategy, st.sampled_from(sorted(METHODS)))
def test_every_project_is_ranked_once_and_ties_are_all_recorded(rankings, method):
    result = count(method, Profile.build(PROJECTS + ["never"], rankings, 3, seats=2), LOT)
    order, ties = rank(result, LOT)
    assert sorted(entry.project for entry in order) == sorted(PROJECTS + ["never"])
    assert order[-1].project == "never"  # ranked on no ballot: last
    tied_groups = [g for g in result.groups if len(g) > 1]
    assert len(ties) == len(result.ties) + len(tied_groups)
    # Scores never increase down a positional or Schulze ranking
    if method in ("points", "borda", "approval", "schulze"):
        scores = [entry.score for entry in order[:-1]]
        assert scores == sorted(scores, reverse=True)
