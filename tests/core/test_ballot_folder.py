"""The ballot folder's edge cases: what is a ballot, what is ignored and said so, links, and
which file counts for a member when one of theirs is rejected.

Each case builds its folder in tmp_path; the Hypothesis test at the end builds random folders
(names from a small alphabet of case variants, dots, tildes and editor leftovers; links in and
out; several files for one member) and checks the rules hold whatever the folder holds and
whatever order the system lists it in.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import shutil
from pathlib import Path
from unittest import mock

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from helpers import agreed_example
from helpers.voting_plans import make_plan
from workplan_tui.agree import agree
from workplan_tui.plan_io import fingerprint, write_plan
from workplan_tui.verify import verify_record
from workplan_tui.voting.ballots import Ballot, check_ballot, dumps_ballot, read_ballot, read_ballots, write_ballot
from workplan_tui.voting.tally import tally

PLAN = make_plan()
FINGERPRINT = fingerprint(PLAN)
STALE = "sha256:0000000000000000"
CAST = dt.datetime(2023, 3, 23, 10, tzinfo=dt.UTC)


def ballot_text(member: str, ranking: tuple[str, ...] = ("p1",), plan: str = FINGERPRINT) -> str:
    return dumps_ballot(Ballot(member, ranking, CAST, plan))


def put(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def outcome(folder: Path) -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """(member -> file counted, file -> reason rejected, file -> reason ignored), by file name."""
    counted, entries = read_ballots(PLAN, folder)
    return (
        {ballot.member: Path(ballot.file).name for ballot in counted},
        {Path(entry.file).name: entry.reason for entry in entries if not entry.ignored},
        {Path(entry.file).name: entry.reason for entry in entries if entry.ignored},
    )


# -- what is a ballot, and what is ignored (and said so) ----------------------------

LEFTOVERS = {
    "member-1.TOML": "the name ends in .TOML: a ballot file's name ends in .toml, in lower case",
    "member-2.Toml": "the name ends in .Toml: a ballot file's name ends in .toml, in lower case",
    ".member-3.toml": "a hidden file (the name starts with a dot)",
    "member-3.toml~": "an editor's backup copy (the name ends in ~)",
    ".member-4.toml.swp": "an editor's swap file (the name ends in .swp)",
    "member-4.toml.bak": "a backup copy (the name ends in .bak)",
    "#member-1.toml#": "an editor's autosave file (the name is between # signs)",
    "README.txt": "not a ballot file: a ballot file's name ends in .toml",
}


def test_entries_that_are_no_ballot_are_ignored_by_name_with_why(tmp_path):
    folder = tmp_path / "b"
    write_ballot(PLAN, folder, "chair", ["p1"])
    for name in LEFTOVERS:  # each a good ballot for some member: still not counted
        put(folder, name, ballot_text("member-1"))
    (folder / "old").mkdir()
    put(folder / "old", "member-2.toml", ballot_text("member-2"))
    counted, rejected, ignored = outcome(folder)
    assert counted == {"chair": "chair.toml"} and rejected == {}
    assert ignored == LEFTOVERS | {"old": "a folder: ballots in a sub-folder are not counted"}


def test_the_count_notes_list_what_was_ignored_by_name_and_not_among_the_rejected(tmp_path):
    folder = tmp_path / "b"
    write_ballot(PLAN, folder, "chair", ["p1"])
    put(folder, "member-1.TOML", ballot_text("member-1"))
    put(folder, "chair.toml~", ballot_text("chair", ("p2",)))
    put(folder, "member-2.toml", "member = [\n")  # a rejected ballot, for contrast
    ballots, rejected = read_ballots(PLAN, folder)
    result = tally(PLAN, ballots, rejected)
    assert result.ballots == 1 and [Path(r.file).name for r in result.rejected] == ["member-2.toml"]
    assert [Path(r.file).name for r in result.ignored] == ["chair.toml~", "member-1.TOML"]
    ignored_notes = [note for note in result.notes if note.startswith("Ignored")]
    assert ignored_notes == [
        "Ignored, not a ballot: chair.toml~ (an editor's backup copy (the name ends in ~))",
        "Ignored, not a ballot: member-1.TOML (the name ends in .TOML: a ballot file's name ends in .toml, in lower case)",
    ]
    printed = result.to_json()
    assert [note for note in printed["notes"] if note.startswith("Ignored")] == ignored_notes
    assert [Path(entry["file"]).name for entry in printed["rejected"]] == ["member-2.toml"]


def test_an_ignored_name_is_printed_escaped_in_the_notes(tmp_path):
    folder = tmp_path / "b"
    put(folder, "x\x1b[2J\n  - FORGED.TOML", ballot_text("chair"))
    result = tally(PLAN, *read_ballots(PLAN, folder))
    (note,) = [note for note in result.notes if note.startswith("Ignored")]
    assert "\x1b" not in note and "\n" not in note and "\\x1b[2J\\n  - FORGED.TOML" in note


# -- a member's rejected own file: no other file counts in its place -----------------


def test_a_stale_own_file_keeps_another_file_for_the_member_from_counting(tmp_path):
    folder = tmp_path / "b"
    put(folder, "member-1.toml", ballot_text("member-1", plan=STALE))
    put(folder, "paper-07.toml", 'member = "member-1"\nranking = ["p2"]\n')  # a paper ballot: no fingerprint
    counted, rejected, _ = outcome(folder)
    assert counted == {}
    assert rejected["member-1.toml"].startswith("cast on a different version of the plan")
    assert rejected["paper-07.toml"] == (
        "member-1.toml, the member's own ballot file, is rejected: no other file's ballot counts in its place"
    )


def test_an_unreadable_or_linked_own_file_keeps_the_others_out_too(tmp_path):
    folder = tmp_path / "b"
    put(folder, "member-1.toml", "member = [\n")
    put(folder, "paper-1.toml", ballot_text("member-1"))
    put(tmp_path, "elsewhere.toml", ballot_text("member-2"))
    os.symlink(tmp_path / "elsewhere.toml", folder / "member-2.toml")
    put(folder, "paper-2.toml", ballot_text("member-2"))
    counted, rejected, _ = outcome(folder)
    assert counted == {}
    assert "own ballot file, is rejected" in rejected["paper-1.toml"]
    assert "own ballot file, is rejected" in rejected["paper-2.toml"]


def test_a_rejected_ballot_for_the_member_in_another_file_is_one_of_two_and_none_counts(tmp_path):
    folder = tmp_path / "b"
    put(folder, "paper-a.toml", ballot_text("member-1", plan=STALE))
    put(folder, "paper-b.toml", ballot_text("member-1"))
    counted, rejected, _ = outcome(folder)
    assert counted == {}
    assert rejected["paper-a.toml"].startswith("cast on a different version")
    assert rejected["paper-b.toml"] == "2 ballots for `member-1` (paper-a.toml, paper-b.toml) and none in member-1.toml; none counts"


def test_the_own_file_still_counts_over_a_rejected_or_second_ballot_elsewhere(tmp_path):
    folder = tmp_path / "b"
    write_ballot(PLAN, folder, "member-1", ["p1"])
    put(folder, "paper-a.toml", ballot_text("member-1", plan=STALE))
    put(folder, "paper-b.toml", ballot_text("member-1", ("p2",)))
    counted, rejected, _ = outcome(folder)
    assert counted == {"member-1": "member-1.toml"}
    assert rejected["paper-b.toml"] == "a second ballot for `member-1`; member-1.toml counts"


# -- links ----------------------------------------------------------------------------

OUTSIDE = "a symbolic link to a file outside the ballot folder: a ballot must be a file of the folder's own, not a link"
INSIDE = "a symbolic link to another file in the ballot folder: a ballot must be a file of the folder's own, not a link"


def test_a_link_to_a_ballot_outside_the_folder_is_rejected_unread(tmp_path):
    folder = tmp_path / "b"
    write_ballot(PLAN, folder, "chair", ["p1"])
    put(tmp_path, "forged.toml", ballot_text("member-1"))  # canonical: the fast path would take it
    os.symlink(tmp_path / "forged.toml", folder / "member-1.toml")
    os.symlink("../forged.toml", folder / "member-2.toml")  # relative, naming another member
    counted, rejected, _ = outcome(folder)
    assert counted == {"chair": "chair.toml"}
    assert rejected == {"member-1.toml": OUTSIDE, "member-2.toml": OUTSIDE}


def test_a_link_to_another_ballot_in_the_folder_is_rejected_and_the_ballot_itself_counts(tmp_path):
    folder = tmp_path / "b"
    write_ballot(PLAN, folder, "member-1", ["p1"])
    os.symlink("member-1.toml", folder / "copy.toml")
    counted, rejected, _ = outcome(folder)
    assert counted == {"member-1": "member-1.toml"} and rejected == {"copy.toml": INSIDE}


def test_check_ballot_rejects_a_ballot_read_through_a_link(tmp_path):
    put(tmp_path, "forged.toml", ballot_text("member-1"))
    os.symlink(tmp_path / "forged.toml", tmp_path / "member-1.toml")
    ballot = read_ballot(tmp_path / "member-1.toml")  # the file's content is a good ballot
    assert check_ballot(PLAN, ballot, FINGERPRINT) == INSIDE  # the target is in the same folder here
    os.mkdir(tmp_path / "b")
    os.symlink(tmp_path / "forged.toml", tmp_path / "b" / "member-1.toml")
    assert check_ballot(PLAN, read_ballot(tmp_path / "b" / "member-1.toml"), FINGERPRINT) == OUTSIDE
    assert check_ballot(PLAN, read_ballot(tmp_path / "forged.toml"), FINGERPRINT) == ""  # the file itself counts


def test_a_ballot_folder_reached_through_a_link_is_read_as_the_folder_itself(tmp_path):
    folder = tmp_path / "real"
    write_ballot(PLAN, folder, "chair", ["p1"])
    os.symlink(folder, tmp_path / "b")
    counted, rejected, ignored = outcome(tmp_path / "b")
    assert counted == {"chair": "chair.toml"} and rejected == ignored == {}


# -- verify ---------------------------------------------------------------------------


def test_verify_ignores_what_is_no_ballot_and_sees_a_link_added_since(tmp_path):
    folder = tmp_path / "sscb-2023-24.ballots"
    shutil.copytree(agreed_example.BALLOTS, folder)
    first = sorted(folder.glob("*.toml"))[0]
    shutil.copyfile(first, folder / (first.name + "~"))
    shutil.copyfile(first, folder / first.name.replace(".toml", ".TOML"))
    plan = agreed_example.draft()
    ballots, rejected = read_ballots(plan, folder)
    result = tally(plan, ballots, rejected, attendance=agreed_example.ATTENDANCE)
    agreed = agree(plan, result, date=agreed_example.DATE, ballots=ballots, actions=agreed_example.ACTIONS)
    assert agreed.decision is not None and agreed.decision.rejected == len(result.rejected)
    agreed_path = tmp_path / "sscb-2023-24.agreed.toml"
    write_plan(agreed, agreed_path)
    assert verify_record(agreed_path, folder).differences == ()
    (folder / "notes.txt").write_text("minutes to follow\n")  # more that is no ballot: still the same record
    assert verify_record(agreed_path, folder).differences == ()
    os.symlink(first, folder / "extra.toml")  # a link: one more rejected than on record
    messages = [error.message for error in verify_record(agreed_path, folder).differences]
    assert any("ballots are rejected now; the record says" in message for message in messages), messages


# -- any folder: the rules hold --------------------------------------------------------

MEMBERS = ["chair", "member-1", "member-2"]
STEMS = ["chair", "member-1", "member-2", "paper", ".chair", "#chair", "Chair"]
SUFFIXES = [".toml", ".toml", ".toml", ".TOML", ".Toml", ".toml~", ".toml.swp", ".toml.bak", ".toml#", ""]
CONTENTS = st.one_of(
    st.builds(lambda m, p: ballot_text(m, plan=p), st.sampled_from([*MEMBERS, "stranger"]), st.sampled_from([FINGERPRINT, STALE, ""])),
    st.builds(lambda m: "# typed in\n" + ballot_text(m), st.sampled_from(MEMBERS)),
    st.sampled_from(["member = [\n", "", "\x00binary"]),
)
ENTRIES = st.lists(
    st.tuples(
        st.sampled_from(STEMS).flatmap(lambda stem: st.sampled_from(SUFFIXES).map(lambda suffix: stem + suffix)),
        st.sampled_from(["file", "file", "file", "link-in", "link-out", "folder"]),
        CONTENTS,
    ),
    max_size=8,
    unique_by=lambda entry: entry[0],
)


def build(root: Path, entries: list[tuple[str, str, str]]) -> Path:
    folder = root / "b"
    folder.mkdir()
    outside = put(root, "outside.toml", ballot_text("member-1"))
    for name, kind, text in entries:
        if kind == "folder":
            (folder / name).mkdir()
        elif kind == "link-out":
            os.symlink(outside, folder / name)
        elif kind == "link-in":
            os.symlink(entries[0][0], folder / name)  # maybe itself: a loop
        else:
            put(folder, name, text)
    return folder


def listed_in(order: str):
    """os.scandir with its entries in another order (the system promises none)."""
    real = os.scandir

    class Listing:
        def __init__(self, path):
            with real(path) as entries:
                self.entries = list(entries)
            random.Random(order).shuffle(self.entries) if order != "reversed" else self.entries.reverse()

        def __enter__(self):
            return iter(self.entries)

        def __exit__(self, *exc):
            return False

    return mock.patch.object(os, "scandir", Listing)


@settings(deadline=None, max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(entries=ENTRIES, order=st.sampled_from(["reversed", "a", "b"]))
def test_any_folder_every_entry_is_counted_rejected_or_ignored_once(tmp_path_factory, entries, order):
    folder = build(tmp_path_factory.mktemp("folder"), entries)
    counted, entries_out = read_ballots(PLAN, folder)
    rejected = [entry for entry in entries_out if not entry.ignored]
    ignored = [entry for entry in entries_out if entry.ignored]
    # At most one counted ballot per member, and never through a link.
    members = [ballot.member for ballot in counted]
    assert len(members) == len(set(members))
    assert not any(os.path.islink(ballot.file) for ballot in counted)
    # Every entry of the folder is exactly one of: counted, rejected with a reason, ignored with a reason.
    names = [Path(b.file).name for b in counted] + [Path(e.file).name for e in rejected + ignored]
    assert sorted(names) == sorted(os.listdir(folder))
    assert all(entry.reason for entry in entries_out)
    assert all(name.endswith(".toml") and not name.startswith(".") for name in names[: len(counted) + len(rejected)])
    # A ballot counted from a file not named after its member is the only file speaking for them.
    for ballot in counted:
        if Path(ballot.file).name != f"{ballot.member}.toml":
            assert not (folder / f"{ballot.member}.toml").exists() and not (folder / f"{ballot.member}.toml").is_symlink()
            assert all(entry.member != ballot.member for entry in rejected)
    # The same whatever order the folder is listed in.
    with listed_in(order):
        again = read_ballots(PLAN, folder)
    assert again == (counted, entries_out)
    # And a count of it says each ignored entry in its notes.
    result = tally(PLAN, counted, entries_out)
    assert len([note for note in result.notes if note.startswith("Ignored, not a ballot: ")]) == len(ignored)
    assert len(result.rejected) == len(rejected) and result.ballots == len(counted)


def test_the_fast_path_and_the_careful_path_agree_on_links_too(tmp_path):
    """A canonical file and a hand-typed one behind the same links: the same outcome."""
    for layout in ("fast", "careful"):
        root = tmp_path / layout
        root.mkdir()
        text = ballot_text("member-1")
        entries = [("member-1.toml", "link-out", text), ("paper.toml", "file", text if layout == "fast" else "# typed\n" + text)]
        folder = build(root, entries)
        counted, rejected, _ = outcome(folder)
        assert counted == {} and rejected["member-1.toml"] == OUTSIDE
        assert "own ballot file, is rejected" in rejected["paper.toml"]
