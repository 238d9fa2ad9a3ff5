"""Fuzzing ballots and the tally: the only outcomes are a result, or rejections with reasons.

Two kinds of generated input:
- mutated ballot files (bytes deleted, inserted, replaced, truncated; random bytes) in a
  folder of otherwise good ballots: every file is counted or rejected, nothing raises;
- random plans and profiles (projects, costs, staff, gates, limits, voting rules, ballots):
  every method gives a result that keeps the rules (a permutation of the projects, a
  selection within `pick.max`, the budget and capacity), whatever order the ballots come in.

In CI (the "ci" Hypothesis profile, as tests/conftest.py picks it) each test runs
CI_EXAMPLES examples; the dev profile's smaller number keeps the local run fast.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import string

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from helpers.voting_plans import MEMBERS, make_plan, simple_projects
from workplan_tui.errors import WorkplanError
from workplan_tui.model import METHODS, SELECTIONS
from workplan_tui.plan_io import fingerprint
from workplan_tui.schema import RESERVED_IDS
from workplan_tui.voting.ballots import Ballot, dumps_ballot, read_ballots
from workplan_tui.voting.tally import tally

CI_EXAMPLES = 1000
IN_CI = os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "dev") == "ci"
fuzz = settings(
    max_examples=CI_EXAMPLES if IN_CI else settings().max_examples,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

PLAN = make_plan(simple_projects(5))
FINGERPRINT = fingerprint(PLAN)
PROJECT_IDS = [project.id for project in PLAN.projects]
_CAST = dt.datetime(2023, 3, 23, 10, 15, tzinfo=dt.UTC)

# -- mutated ballot files ----------------------------------------------------------

good_ballots = st.builds(
    lambda member, ranking, paper: dumps_ballot(Ballot(member, tuple(ranking), None if paper else _CAST, "" if paper else FINGERPRINT)),
    st.sampled_from(MEMBERS),
    st.lists(st.sampled_from(PROJECT_IDS), min_size=1, max_size=3, unique=True),
    st.booleans(),
)
NOISE = st.binary(max_size=6) | st.sampled_from(
    [b"[", b"]", b"=", b'"', b"\\", b"{", b"\n", b"\x00", b"\xff", b"\xe2\x80\xae", b"[[x]]\n", b"2023-02-30",
     b'"p9"', b'"chair"', b'member = "chair"\n', b"'''", b'"""', b"#", b"\r\n", b"\xef\xbb\xbf"]
)


@st.composite
def mutated(draw) -> bytes:
    data = draw(good_ballots).encode()
    for _ in range(draw(st.integers(1, 3))):
        at = draw(st.integers(0, len(data)))
        noise = draw(NOISE)
        action = draw(st.sampled_from(["delete", "insert", "replace", "truncate"]))
        if action == "delete":
            data = data[:at] + data[at + draw(st.integers(1, 8)) :]
        elif action == "insert":
            data = data[:at] + noise + data[at:]
        elif action == "replace":
            data = data[:at] + noise + data[at + len(noise) :]
        else:
            data = data[:at]
    return data


@fuzz
@given(files=st.lists(mutated(), min_size=1, max_size=4), names=st.lists(st.sampled_from(MEMBERS + ["paper", "x"]), min_size=4, max_size=4))
def test_mutated_ballot_files_are_counted_or_rejected_never_raise(tmp_path_factory, files, names):
    folder = tmp_path_factory.mktemp("ballots")
    for index, data in enumerate(files):
        (folder / f"{names[index]}-{index}.toml" if index % 2 else folder / f"{names[index]}.toml").write_bytes(data)
    written = len(list(folder.glob("*.toml")))
    ballots, rejected = read_ballots(PLAN, folder)  # any other exception fails the test
    assert len(ballots) + len(rejected) == written
    assert all(reason.reason for reason in rejected)
    for ballot in ballots:  # a counted ballot is a valid one
        assert ballot.member in MEMBERS and 1 <= len(ballot.ranking) <= 3
        assert set(ballot.ranking) <= set(PROJECT_IDS) and len(set(ballot.ranking)) == len(ballot.ranking)
    for method in METHODS:
        json.dumps(tally(PLAN, ballots, rejected, method=method).to_json())


# -- random plans and profiles -----------------------------------------------------

# Valid project ids: "p" + up to six letters or digits, never a name Windows reserves ("prn").
ids = st.text(string.ascii_lowercase + string.digits, min_size=1, max_size=6).map(lambda s: "p" + s).filter(
    lambda project_id: project_id not in RESERVED_IDS
)


@st.composite
def plans_and_profiles(draw):
    project_ids = draw(st.lists(ids, min_size=1, max_size=7, unique=True))
    months = ["2023-04-30", "2023-06-30", "2023-09-30", "2024-03-31"]
    projects = [
        {
            "id": project,
            "cost": draw(st.integers(0, 12_000)),
            "funding": draw(st.sampled_from(["", "", "", "SIGCE budget"])),
            "effort": {role: draw(st.integers(0, 40)) for role in draw(st.lists(st.sampled_from(["senior_adviser", "adviser"]), unique=True))},
            "end": draw(st.sampled_from(months)),
            "gates": draw(st.sampled_from([[], [], ["research_team"]])),
        }
        for project in project_ids
    ]
    pick_max = draw(st.integers(1, 4))
    pick_min = draw(st.integers(1, pick_max))
    ballot_length = draw(st.integers(pick_min, 5))
    members = draw(st.lists(st.sampled_from(MEMBERS), min_size=1, max_size=len(MEMBERS), unique=True))
    options = dict(
        budget=draw(st.integers(0, 20_000)),
        pick_min=pick_min, pick_max=pick_max, ballot_length=ballot_length,
        method=draw(st.sampled_from(METHODS)),
        tie_break=draw(st.sampled_from(["chair", "lot"])),
        seed=draw(st.text(string.ascii_letters + string.digits + "-", max_size=10)),
        members=members,
    )
    plan = make_plan(projects, **options)
    length = min(ballot_length, len(project_ids))
    voters = draw(st.lists(st.sampled_from(members), max_size=len(members), unique=True))
    ballots = [
        Ballot(member, tuple(draw(st.lists(st.sampled_from(project_ids), min_size=1, max_size=length, unique=True))))
        for member in voters
    ]
    return plan, ballots


@fuzz
@given(plans_and_profiles(), st.randoms(use_true_random=False))
def test_every_method_gives_a_result_that_keeps_the_rules(case, random):
    plan, ballots = case
    project_ids = [project.id for project in plan.projects]
    for method in METHODS:
        for rule in SELECTIONS:
            try:
                result = tally(plan, ballots, method=method, selection=rule)
            except WorkplanError as error:  # allowed only as located errors
                assert error.errors
                continue
            assert result.method == method and result.ballots == len(ballots)
            assert sorted(entry.project for entry in result.ranking) == sorted(project_ids)
            assert len(set(result.selected)) == len(result.selected) <= plan.voting.pick_max
            assert set(result.selected) <= set(project_ids)
            assert result.selection == rule and bool(result.problems) == (len(result.selected) < plan.voting.pick_min)
            if rule != "priorities":  # the Board's priorities may need more than there is
                assert not result.feasibility.over_budget
                assert all(
                    used <= result.feasibility.capacity.get(role, 0.0) + 1e-9
                    for role, months in result.feasibility.load.items()
                    for used in months.values()
                )
            supported = {project for ballot in ballots for project in ballot.ranking}
            assert set(result.selected) <= supported  # no one's choice, never selected
            shuffled = list(ballots)
            random.shuffle(shuffled)
            assert tally(plan, shuffled, method=method, selection=rule).to_json() == result.to_json()
            json.dumps(result.to_json())
