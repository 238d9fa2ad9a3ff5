"""The bad-ballot corpus: every way a ballot file can be rejected, counted in one folder.

tests/data/bad-ballots/ holds one ballot file per rejection reason and hostile case, each
NAME.toml with NAME.expected, the exact reason `workplan tally --json` gives for it, and the
five good ballots (no .expected) that must still count beside them. The plan they are cast
on is tests/data/bad-ballots.plan.toml. To add a case, write NAME.toml, run
`workplan tally tests/data/bad-ballots.plan.toml --ballots tests/data/bad-ballots --json`,
read the reason and put it in NAME.expected.

Cases that cannot live in git (a FIFO, a symlink loop, a folder, a 50 MB file, a link to a
device) are made at run time, with their reasons written here.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from helpers.paths import DATA

CORPUS = DATA / "bad-ballots"
PLAN = DATA / "bad-ballots.plan.toml"
CASES = sorted(CORPUS.glob("*.toml"))
GOOD = sorted(case.name for case in CASES if not case.with_suffix(".expected").exists())

RUNTIME_CASES = {
    "fifo.toml": "E001 not a regular file",
    # Links are rejected unread, wherever they point (a loop, a device, a ballot elsewhere).
    "loop.toml": "E401 a symbolic link to another file in the ballot folder: a ballot must be a file of the folder's own, not a link",
    "folder.toml": "E001 is a folder, not a ballot file",
    "huge.toml": "E002 ballot file is 50.0 MB; the limit is 64 KB",
    "oversized.toml": "E002 ballot file is 68.4 KB; the limit is 64 KB",
    "device.toml": "E401 a symbolic link to a file outside the ballot folder: a ballot must be a file of the folder's own, not a link",
}


def expected_reasons() -> dict[str, str]:
    reasons = {
        case.name: case.with_suffix(".expected").read_text(encoding="utf-8").rstrip("\n")
        for case in CASES
        if case.name not in GOOD
    }
    return reasons | RUNTIME_CASES


def make_runtime_cases(folder: Path) -> None:
    os.mkfifo(folder / "fifo.toml")  # no writer: reading it would block the count for ever
    os.symlink(folder / "loop.toml", folder / "loop.toml")
    (folder / "folder.toml").mkdir()
    with (folder / "huge.toml").open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # sparse: refused by its size before any read
    (folder / "oversized.toml").write_text('member = "member-1"\n#' + "x" * 69_977 + "\n")
    os.symlink("/dev/zero", folder / "device.toml")  # endless bytes


def tally_json(folder: Path) -> dict:
    done = subprocess.run(
        [sys.executable, "-m", "workplan_tui", "tally", str(PLAN), "--ballots", str(folder), "--json"],
        capture_output=True, text=True, timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    return json.loads(done.stdout)


def test_the_corpus_has_a_case_per_reason_and_good_ballots_beside_them():
    assert len(CASES) - len(GOOD) >= 35
    assert GOOD == ["chair.toml", "member-3.toml", "member-5.toml", "member-6.toml", "vice-chair.toml"]
    assert {p.stem for p in CORPUS.glob("*.expected")} <= {p.stem for p in CASES}


@pytest.fixture(scope="module")
def counted(tmp_path_factory) -> tuple[dict, dict]:
    """The tally of the whole corpus, and of its good ballots alone."""
    everything = tmp_path_factory.mktemp("ballots")
    good = tmp_path_factory.mktemp("good")
    for case in CASES:
        shutil.copyfile(case, everything / case.name)
        if case.name in GOOD:
            shutil.copyfile(case, good / case.name)
    make_runtime_cases(everything)
    return tally_json(everything), tally_json(good)


def test_every_bad_ballot_is_rejected_with_exactly_its_reason(counted):
    result, _ = counted
    got = {Path(r["file"]).name: r["reason"] for r in result["rejected"]}
    assert len(got) == len(result["rejected"])  # one rejection per file
    assert got == expected_reasons()


def test_the_good_ballots_still_count_as_if_alone(counted):
    result, alone = counted
    assert result["ballots"] == alone["ballots"] == len(GOOD)
    for key in ("ranking", "selected", "skipped", "ties", "budget"):
        assert result[key] == alone[key], key
    # The count really used them: p1 and p2 lead (chair p1>p2>p3, vice-chair p2>p1, ...).
    assert [entry["project"] for entry in alone["ranking"]][:2] == ["p1", "p2"]


def test_hostile_text_is_escaped_wherever_it_is_printed(counted):
    result, _ = counted
    printed = json.dumps(result, ensure_ascii=False)
    for character in ("\u202e", "\x00", "\x1b"):
        assert character not in printed
    assert max(len(r["member"]) for r in result["rejected"]) <= 64  # the 50,000-character id is cut
