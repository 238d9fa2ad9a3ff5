"""Ballot files: reading, every reason for rejection, writing, and two voters at once."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import time
import tomllib
from pathlib import Path

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from helpers.voting_plans import make_plan, write_plan
from workplan_tui.errors import WorkplanError
from workplan_tui.plan_io import fingerprint
from workplan_tui.voting.ballots import (
    Ballot,
    ballot_path,
    ballots_dir,
    dumps_ballot,
    read_ballot,
    read_ballots,
    write_ballot,
)

PLAN = make_plan()


def put(folder: Path, name: str, text: str | bytes) -> None:
    folder.mkdir(exist_ok=True)
    path = folder / name
    path.write_bytes(text if isinstance(text, bytes) else text.encode())


def reasons(folder: Path) -> dict[str, str]:
    _, rejected = read_ballots(PLAN, folder)
    return {Path(r.file).name: r.reason for r in rejected}


def test_default_folder_is_beside_the_plan_named_after_its_stem(tmp_path):
    assert ballots_dir(tmp_path / "sscb-2023-24.toml") == tmp_path / "sscb-2023-24.ballots"


def test_a_missing_folder_means_no_ballots(tmp_path):
    assert read_ballots(PLAN, tmp_path / "none") == ([], [])


def test_valid_ballots_count_including_paper_ballots_without_fingerprint(tmp_path):
    folder = tmp_path / "b"
    write_ballot(PLAN, folder, "chair", ["p1", "p2"])
    put(folder, "paper-07.toml", 'member = "member-1"\nranking = ["p3"]\n')
    ballots, rejected = read_ballots(PLAN, folder)
    assert rejected == []
    assert [(b.member, b.ranking) for b in ballots] == [("chair", ("p1", "p2")), ("member-1", ("p3",))]
    assert ballots[0].plan == fingerprint(PLAN) and ballots[1].plan == ""


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        ("stranger.toml", 'member = "stranger"\nranking = ["p1"]\n', "`stranger` is not a member of the board"),
        ("member-1.toml", 'member = "member-1"\nranking = ["p9"]\n', "unknown project `p9`"),
        ("member-1.toml", 'member = "member-1"\nranking = ["p1", "p1"]\n', "`p1` is ranked more than once"),
        ("member-1.toml", 'member = "member-1"\nranking = ["p1", "p2", "p3", "p4"]\n', "at most 3 (ballot_length)"),
        ("member-1.toml", 'member = "member-1"\nranking = []\n', "the ranking is empty"),
        ("member-1.toml", 'member = "member-1"\nranking = [\n', "E010 TOML syntax"),
        ("member-1.toml", b"\x00\x01binary", "E003 binary data"),
        ("member-1.toml", "x" * 70_000, "E002"),
        ("member-1.toml", 'member = "member-1"\nrankng = ["p1"]\n', "unknown key `rankng`; did you mean `ranking`?"),
        ("member-1.toml", 'member = "member-1"\nranking = ["p1"]\nplan = "sha256:0000000000000000"\n',
         "cast on a different version of the plan"),
        ("member-2.toml", 'member = "member-1"\nranking = ["p1"]\n', "the file of member `member-2` holds a ballot for `member-1`"),
    ],
)
def test_each_reason_for_rejection_while_other_ballots_still_count(tmp_path, name, text, expected):
    folder = tmp_path / "b"
    write_ballot(PLAN, folder, "chair", ["p1"])
    put(folder, name, text)
    ballots, rejected = read_ballots(PLAN, folder)
    assert [b.member for b in ballots] == ["chair"]
    # The error id is the command line's and the JSON's (with_code); the app shows the reason alone.
    assert len(rejected) == 1 and expected in rejected[0].with_code, rejected
    assert not rejected[0].reason.startswith("E0") and not rejected[0].reason.startswith("E1")


def test_a_second_ballot_for_a_member_the_one_in_their_own_file_counts(tmp_path):
    folder = tmp_path / "b"
    write_ballot(PLAN, folder, "member-1", ["p1"])
    put(folder, "paper.toml", 'member = "member-1"\nranking = ["p2"]\n')
    ballots, rejected = read_ballots(PLAN, folder)
    assert [(b.member, b.ranking) for b in ballots] == [("member-1", ("p1",))]
    assert [Path(r.file).name for r in rejected] == ["paper.toml"]
    assert "a second ballot for `member-1`; member-1.toml counts" in rejected[0].reason


def test_two_ballots_for_a_member_in_neither_own_file_neither_counts(tmp_path):
    folder = tmp_path / "b"
    put(folder, "paper-a.toml", 'member = "member-1"\nranking = ["p2"]\n')
    put(folder, "paper-b.toml", 'member = "member-1"\nranking = ["p3"]\n')
    ballots, rejected = read_ballots(PLAN, folder)
    assert ballots == [] and len(rejected) == 2
    assert all("none counts" in r.reason for r in rejected)


def test_hidden_temporary_files_are_not_ballots(tmp_path):
    folder = tmp_path / "b"
    put(folder, ".member-1.toml.abc.tmp", "half a ballot")
    put(folder, ".hidden.toml", "garbage")
    put(folder, ".chair.toml.k3j9x0q_.workplan-tmp", "a ballot a booth is writing")
    put(folder, ".member-2.toml.a1b2c3d4.workplan-tmp", "left by a killed booth")
    an_hour_ago = time.time() - 3600
    os.utime(folder / ".member-2.toml.a1b2c3d4.workplan-tmp", (an_hour_ago, an_hour_ago))
    counted, entries = read_ballots(PLAN, folder)
    assert counted == [] and all(entry.ignored for entry in entries)
    # The booth's write in progress is not an entry yet; the interrupted one is listed.
    assert {Path(entry.file).name: entry.reason for entry in entries} == {
        ".hidden.toml": "a hidden file (the name starts with a dot)",
        ".member-1.toml.abc.tmp": "a hidden file (the name starts with a dot)",
        ".member-2.toml.a1b2c3d4.workplan-tmp": "a temporary file left by a write that was interrupted",
    }


def test_write_ballot_refuses_bad_input_and_writes_nothing(tmp_path):
    folder = tmp_path / "b"
    with pytest.raises(WorkplanError) as caught:
        write_ballot(PLAN, folder, "stranger", ["p1", "p9", "p1"])
    codes = sorted(error.code for error in caught.value.errors)
    assert codes == ["E202", "E202", "E401"]
    for ranking in ([], ["p1", "p2", "p3", "p4"]):
        with pytest.raises(WorkplanError) as caught:
            write_ballot(PLAN, folder, "chair", ranking)
        assert caught.value.errors[0].code == "E401"
    assert not folder.exists()


def test_revoting_needs_replace(tmp_path):
    folder = tmp_path / "b"
    write_ballot(PLAN, folder, "chair", ["p1"])
    with pytest.raises(WorkplanError) as caught:
        write_ballot(PLAN, folder, "chair", ["p2"])
    assert caught.value.errors[0].code == "E402"
    write_ballot(PLAN, folder, "chair", ["p2"], replace=True)
    assert read_ballots(PLAN, folder)[0][0].ranking == ("p2",)


def test_ballot_paths_stay_inside_the_folder(tmp_path):
    assert ballot_path(tmp_path, "member-1") == tmp_path / "member-1.toml"
    for bad in ("../x", "a/b", "..", "", "CON", "con", "x.toml"):
        with pytest.raises(ValueError):
            ballot_path(tmp_path, bad)


slugs = st.from_regex(r"[a-z0-9][a-z0-9_-]{0,12}", fullmatch=True)


@given(
    member=slugs,
    ranking=st.lists(slugs, min_size=1, max_size=4),
    cast=st.datetimes(min_value=dt.datetime(2000, 1, 1), max_value=dt.datetime(2100, 1, 1),
                      timezones=st.sampled_from([dt.UTC, dt.timezone(dt.timedelta(hours=-5, minutes=-30))])),
    plan=st.sampled_from(["", "sha256:0123456789abcdef"]),
)
def test_the_fast_reader_agrees_with_tomllib_on_every_file_we_write(tmp_path_factory, member, ranking, cast, plan):
    path = tmp_path_factory.mktemp("fast") / "x.toml"
    ballot = Ballot(member, tuple(ranking), cast, plan, str(path))
    text = dumps_ballot(ballot)
    path.write_text(text)
    document = tomllib.loads(text)
    read = read_ballot(path)
    assert read == ballot
    assert (read.member, list(read.ranking), read.cast, read.plan) == (
        document["member"], document["ranking"], document["cast"], document.get("plan", ""))


canonical_ballots = st.lists(
    st.tuples(
        st.sampled_from(["", "", "", "member-2", "stranger"]),  # file name: "" for the member's own
        st.sampled_from(["chair", "member-1", "member-2", "stranger"]),  # member
        st.permutations(["p1", "p2", "p3", "p4"]).flatmap(lambda p: st.sampled_from([p[:1], p[:3], p[:3], p]))
        | st.lists(st.sampled_from(["p1", "p2", "p3", "p4", "p9"]), min_size=1, max_size=5),
        st.sampled_from(["", fingerprint(PLAN), "sha256:0123456789abcdef"]),
        st.sampled_from(["", "", "-paper"]),
    ),
    max_size=6,
)


@given(canonical_ballots)
def test_the_fast_count_accepts_and_rejects_exactly_as_the_careful_path(tmp_path_factory, files):
    """read_ballots checks files in the canonical layout inline; written by hand (a comment
    line sends them through tomllib and check_ballot) they must count, or be rejected for
    the same reasons, in the same order."""
    fast, careful = tmp_path_factory.mktemp("fast"), tmp_path_factory.mktemp("careful")
    cast = dt.datetime(2023, 3, 23, 10, tzinfo=dt.UTC)
    for name, member, ranking, plan, suffix in files:
        name = name or member
        text = dumps_ballot(Ballot(member, tuple(ranking), cast, plan))
        put(fast, f"{name}{suffix}.toml", text)
        put(careful, f"{name}{suffix}.toml", "# typed in\n" + text)
    counted, rejected = read_ballots(PLAN, fast)
    expected_counted, expected_rejected = read_ballots(PLAN, careful)
    assert [attrs.evolve(b, file=Path(b.file).name) for b in counted] == [
        attrs.evolve(b, file=Path(b.file).name) for b in expected_counted
    ]
    assert [(Path(r.file).name, r.member, r.reason) for r in rejected] == [
        (Path(r.file).name, r.member, r.reason) for r in expected_rejected
    ]


def test_hand_edited_files_take_the_careful_path(tmp_path):
    path = tmp_path / "member-1.toml"
    path.write_text('# typed in from paper\nmember = "member-1"\nranking = [ "p1",  "p2" ]\n')
    assert read_ballot(path).ranking == ("p1", "p2")


VOTER = """
import sys
from pathlib import Path
from workplan_tui.plan_io import load_plan
from workplan_tui.voting.ballots import write_ballot
plan = load_plan(sys.argv[1])
for round in range(20):
    for member in sys.argv[3:]:
        write_ballot(plan, Path(sys.argv[2]), member, ["p1", "p2"] if round % 2 else ["p3"], replace=True)
"""


def test_two_processes_voting_at_once_lose_nothing(tmp_path):
    plan_path = write_plan(tmp_path)
    folder = tmp_path / "plan.ballots"
    # Two processes write at the same time: disjoint members, and one member both write.
    first = subprocess.Popen([sys.executable, "-c", VOTER, str(plan_path), str(folder), "chair", "member-1", "member-3"])
    second = subprocess.Popen([sys.executable, "-c", VOTER, str(plan_path), str(folder), "vice-chair", "member-2", "member-3"])
    assert first.wait(60) == 0 and second.wait(60) == 0
    ballots, rejected = read_ballots(make_plan(), folder)
    assert rejected == []
    assert [b.member for b in ballots] == ["chair", "member-1", "member-2", "member-3", "vice-chair"]
    assert sorted(p.name for p in folder.iterdir()) == sorted(f"{b.member}.toml" for b in ballots)  # no temporaries left
