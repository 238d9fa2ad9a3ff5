"""`workplan verify`: the agreed plan's record against its ballots, one located line per difference."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from helpers import agreed_example
from workplan_tui.cli import main


@pytest.fixture
def work(tmp_path: Path) -> Path:
    """The SSCB draft agreed from the golden ballots, the ballots beside it as counted."""
    shutil.copy(agreed_example.PLAN, tmp_path / "sscb.toml")
    shutil.copytree(agreed_example.BALLOTS, tmp_path / "sscb.ballots")
    assert main(["export", str(tmp_path / "sscb.toml"), "--to", "toml", "--date", "2023-03-23"]) == 0
    return tmp_path


def verify(work: Path, capsys, *extra: str) -> tuple[int, list[str]]:
    capsys.readouterr()
    status = main(["verify", str(work / "sscb.agreed.toml"), *extra])
    captured = capsys.readouterr()
    return status, (captured.err or captured.out).splitlines()


def located(line: str) -> tuple[str, str]:
    """(file, message) of a FILE:LINE:COL: E407 line."""
    match = re.fullmatch(r"(.+):(\d+):(\d+): E407 (.+)", line)
    assert match, line
    return match[1], match[4]


def test_the_record_agrees_with_the_ballots_it_was_counted_from(work, capsys):
    status, lines = verify(work, capsys)
    assert status == 0
    assert lines == [
        f"{work / 'sscb.agreed.toml'}: the record agrees with the 10 ballots in {work / 'sscb.ballots'}: "
        "the same ballots, ranking and counted selection"
    ]


def test_reformatting_the_ballot_files_changes_nothing(work, capsys):
    chair = work / "sscb.ballots" / "chair.toml"
    lines = chair.read_text(encoding="utf-8").splitlines()
    chair.write_text("# checked by the clerk\n" + "\n".join(reversed(lines)) + "\n", encoding="utf-8")
    assert verify(work, capsys)[0] == 0


def test_a_ballot_added(work, capsys):
    (work / "sscb.ballots" / "member-12.toml").write_text(
        'member = "member-12"\nranking = ["drugs-community-safety", "police-capacity"]\n', encoding="utf-8"
    )
    status, lines = verify(work, capsys)
    assert status == 2
    assert located(lines[0]) == (
        str(work / "sscb.ballots" / "member-12.toml"),
        "a ballot added since the decision: member-12's ballot was not counted",
    )
    # It moves drugs up: the recount's ranking is not the record's.
    assert any("the recount ranks" in located(line)[1] for line in lines)


def test_a_ballot_removed(work, capsys):
    (work / "sscb.ballots" / "member-03.toml").unlink()
    status, lines = verify(work, capsys)
    assert status == 2
    file, message = located(lines[0])
    assert file == str(work / "sscb.agreed.toml")
    assert message == "a ballot removed since the decision: member-03's ballot was counted; it is not in the folder now"
    # Located at the member's entry in `voters`.
    line = int(lines[0].split(":")[1])
    assert (work / "sscb.agreed.toml").read_text(encoding="utf-8").splitlines()[line - 1].strip() == '"member-03",'


def test_a_ballot_changed(work, capsys):
    ballot = work / "sscb.ballots" / "member-02.toml"
    ballot.write_text(ballot.read_text(encoding="utf-8").replace(
        '["modern-slavery", "reducing-reoffending", "drugs-community-safety"]',
        '["modern-slavery", "drugs-community-safety", "reducing-reoffending"]',
    ), encoding="utf-8")
    status, lines = verify(work, capsys)
    assert status == 2
    messages = [located(line)[1] for line in lines]
    assert "a ballot changed since the decision: the same members voted, but a ranking is not what was counted" in messages
    assert any(message.startswith("the recount ranks modern-slavery 17") for message in messages)


def test_a_ballot_rejected_now_that_counted_then(work, capsys):
    ballot = work / "sscb.ballots" / "member-04.toml"
    ballot.write_text(re.sub(r'ranking = \["[a-z-]+', 'ranking = ["no-such-project', ballot.read_text(encoding="utf-8")), encoding="utf-8")
    status, lines = verify(work, capsys)
    assert status == 2
    messages = [located(line)[1] for line in lines]
    assert messages[0].startswith("a ballot removed since the decision: member-04's ballot was counted; it is rejected now (")
    assert "2 ballots are rejected now; the record says 1" in messages


def test_a_different_result_on_record(work, capsys):
    agreed = work / "sscb.agreed.toml"
    text = agreed.read_text(encoding="utf-8")
    text = text.replace('{ project = "modern-slavery", score = 17 }', '{ project = "modern-slavery", score = 18 }')
    text = text.replace('counted = [\n  "modern-slavery",', 'counted = [\n  "reducing-reoffending",')
    agreed.write_text(text, encoding="utf-8")
    status, lines = verify(work, capsys)
    assert status == 2
    messages = [located(line)[1] for line in lines]
    assert messages == [
        "the recount ranks modern-slavery 17, police-capacity 14, drugs-community-safety 14, reducing-reoffending 7, "
        "cohesion-court-case 3, mental-health-policing 3; the record ranks modern-slavery 18, police-capacity 14, "
        "drugs-community-safety 14, reducing-reoffending 7, cohesion-court-case 3, mental-health-policing 3",
        "the recount selects modern-slavery, police-capacity, drugs-community-safety; "
        "the record's count selected reducing-reoffending, police-capacity, drugs-community-safety",
    ]


def test_the_plan_edited_since_the_decision(work, capsys):
    agreed = work / "sscb.agreed.toml"
    agreed.write_text(agreed.read_text(encoding="utf-8").replace("budget = 10000", "budget = 12000"), encoding="utf-8")
    status, lines = verify(work, capsys)
    assert status == 2
    messages = [located(line)[1] for line in lines]
    assert messages[0] == "the plan has been edited since the decision: it is not the draft the Board voted on"


def test_a_named_folder_and_the_errors_before_any_count(work, capsys):
    shutil.move(work / "sscb.ballots", work / "counted")
    status, lines = verify(work, capsys)
    assert status == 2 and lines == [f"{work / 'sscb.ballots'}:1:1: E001 no such ballot folder; name the one counted with --ballots"]
    assert verify(work, capsys, "--ballots", str(work / "counted"))[0] == 0
    capsys.readouterr()
    assert main(["verify", str(work / "sscb.toml")]) == 2
    assert capsys.readouterr().err == f"{work / 'sscb.toml'}:1:1: E104 is a draft: there is no decision on record to verify\n"


def test_verify_recounts_an_imported_electorate_as_the_count_does_from_its_columns(tmp_path, capsys, monkeypatch):
    # verify made a list of the box's 25,101 Ballots (Meath) and recounted that, not the columns
    # the count reads; with the record's voters looked up per ballot in a tuple it took 10-13 s.
    from helpers.counted_rows import MEATH
    from workplan_tui import verify as verify_module
    from workplan_tui.voting import tally as tally_module
    from workplan_tui.voting.columns import CountedRows

    plan = tmp_path / "meath.toml"
    assert main(["import", "--preflib", str(MEATH), "-o", str(plan)]) == 0
    assert main(["export", str(plan), "--to", "toml"]) == 0
    recounted: list[object] = []
    count = tally_module.tally

    def watched(plan, ballots, *args, **options):
        recounted.append(ballots)
        return count(plan, ballots, *args, **options)

    monkeypatch.setattr(tally_module, "tally", watched)
    capsys.readouterr()
    assert verify_module.verify_record(plan.with_suffix(".agreed.toml")).differences == ()
    assert len(recounted) == 1 and isinstance(recounted[0], CountedRows)
