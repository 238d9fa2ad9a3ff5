"""The decision sequence in the core (decision.py, outputs.py): the same bytes whether the
command line or the Export pane asks, a plan changed on disk refused, the default paths."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest

from helpers import agreed_example
from workplan_tui.cli import main
from workplan_tui.decision import DecisionOptions, NothingToDecide, decide, export_plan, prepare, render
from workplan_tui.errors import WorkplanError
from workplan_tui.export import templating
from workplan_tui.outputs import default_output, next_cycle_output, write_output
from workplan_tui.plan_io import dumps_plan, load_plan
from workplan_tui.voting.ballots import read_ballots, read_vote

RECORD = DecisionOptions(attendance=agreed_example.ATTENDANCE, actions=agreed_example.ACTIONS)


@pytest.fixture
def work(tmp_path: Path) -> Path:
    """A copy of the SSCB draft with the golden ballots in the default folder beside it."""
    shutil.copy(agreed_example.PLAN, tmp_path / "sscb.toml")
    shutil.copytree(agreed_example.BALLOTS, tmp_path / "sscb.ballots")
    return tmp_path


def cli_agreed_bytes(work: Path) -> bytes:
    """`workplan export --to toml` with the record agreed_example makes, written to cli.toml."""
    args = ["export", str(work / "sscb.toml"), "--to", "toml", "--date", agreed_example.DATE.isoformat(), "-o", str(work / "cli.toml")]
    args += ["--present", ",".join(agreed_example.PRESENT), "--apologies", ",".join(agreed_example.APOLOGIES)]
    for action in agreed_example.ACTIONS:
        args += ["--action", f"{action.owner}:{action.due}:{action.what}"]
    assert main(args) == 0
    return (work / "cli.toml").read_bytes()


def test_a_counted_vote_is_agreed_and_written_as_the_command_line_writes_it(work):
    exported = export_plan(work / "sscb.toml", "toml", date=agreed_example.DATE, decision=RECORD)
    assert exported.output == work / "sscb.agreed.toml"
    assert exported.summary == (
        "agreed plan written (10 ballots counted; agreed: modern-slavery, police-capacity, drugs-community-safety)"
    )
    written = exported.output.read_bytes()
    assert written == dumps_plan(agreed_example.agreed()).encode("utf-8")
    assert written == cli_agreed_bytes(work)


def test_decide_records_the_attendance_given(work):
    draft = load_plan(work / "sscb.toml")
    ballots, rejected = read_ballots(draft, work / "sscb.ballots")
    agreed = decide(draft, ballots, rejected, date=agreed_example.DATE, options=RECORD)
    assert agreed == agreed_example.agreed()
    assert agreed.decision is not None
    assert not set(agreed.decision.present) & set(agreed_example.APOLOGIES)


def word_xml(data: bytes) -> bytes:
    """A Word file's document.xml: what it says, without the zip's times."""
    import zipfile

    return zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml")


def test_the_export_panes_files_are_the_command_lines_bytes(work):
    prepared = prepare(load_plan(work / "sscb.toml"), work / "sscb.toml", agreed_example.DATE, RECORD)
    assert prepared.problem is None and prepared.agreed == agreed_example.agreed()
    assert prepared.data("toml") == cli_agreed_bytes(work).decode("utf-8")
    assert prepared.data("paper") == agreed_example.AGREED_PAPER.read_text(encoding="utf-8")
    # A document the pane does not show is what the command line writes.
    assert main(["export", str(work / "cli.toml"), "--to", "paper", "--format", "docx"]) == 0
    assert word_xml(prepared.data("paper", "docx")) == word_xml((work / "cli.paper.docx").read_bytes())
    # The annex file is what `workplan export --to csv` writes for the agreed plan.
    assert main(["export", str(work / "cli.toml"), "--to", "csv"]) == 0
    assert prepared.data("csv") == (work / "cli.csv").read_bytes()


def test_a_decision_that_cannot_be_agreed_is_shown_with_the_draft(work):
    shutil.rmtree(work / "sscb.ballots")
    draft = load_plan(work / "sscb.toml")
    prepared = prepare(draft, work / "sscb.toml", agreed_example.DATE)
    assert prepared.agreed is None
    assert prepared.problem is not None and prepared.problem.errors[0].code == "E401"
    assert prepared.paper == render(draft, "paper")
    with pytest.raises(ValueError, match="nothing agreed"):
        prepared.data("toml")


def test_nothing_is_written_when_the_plan_changed_on_disk_meanwhile(work, monkeypatch):
    plan = work / "sscb.toml"
    real = templating.render_markdown

    def render_while_an_officer_saves(*args, **kwargs):
        text = real(*args, **kwargs)
        plan.write_text(plan.read_text(encoding="utf-8") + "\n# saved meanwhile\n", encoding="utf-8")
        return text

    monkeypatch.setattr(templating, "render_markdown", render_while_an_officer_saves)
    with pytest.raises(WorkplanError) as refused:
        export_plan(plan, "paper")
    assert [str(error) for error in refused.value.errors] == [
        f"{plan}:1:1: E404 the plan changed on disk since it was read; nothing was written: run the command again"
    ]
    assert not (work / "sscb.paper.md").exists()


def test_a_stream_gets_the_text_and_no_file_is_written(work):
    stream = io.StringIO()
    exported = export_plan(work / "sscb.toml", "csv", stream)
    assert exported.output is None and exported.summary == "CSV annex written"
    assert stream.getvalue().startswith("project,title,")  # no byte order mark on a stream
    assert sorted(path.name for path in work.iterdir()) == ["sscb.ballots", "sscb.toml"]


def test_decision_options_where_nothing_is_decided_are_refused(work):
    with pytest.raises(NothingToDecide):
        export_plan(work / "sscb.toml", "paper", decision=DecisionOptions(method="borda"))
    agreed = export_plan(work / "sscb.toml", "toml", date=agreed_example.DATE, decision=RECORD).output
    assert agreed is not None
    with pytest.raises(NothingToDecide):
        export_plan(agreed, "toml", decision=DecisionOptions())
    again = export_plan(agreed, "toml", force=True)
    assert again.summary == "already agreed: written again, unchanged"


def test_default_output_paths(tmp_path):
    draft, agreed = tmp_path / "sscb-2023-24.toml", tmp_path / "sscb-2023-24.agreed.toml"
    assert default_output(draft, "toml") == agreed
    assert default_output(agreed, "toml") == agreed  # exporting an agreed plan again is a no-op
    assert default_output(draft, "paper") == tmp_path / "sscb-2023-24.paper.md"
    assert default_output(draft, "paper", "docx") == tmp_path / "sscb-2023-24.paper.docx"
    assert default_output(draft, "csv") == tmp_path / "sscb-2023-24.csv"
    assert default_output(agreed, "report") == tmp_path / "sscb-2023-24.agreed.report.md"
    assert next_cycle_output(agreed) == tmp_path / "sscb-2024-25.toml"
    assert next_cycle_output(tmp_path / "plan.agreed.toml") == tmp_path / "plan.next.toml"


def test_write_output_replaces_only_with_force_and_never_the_draft(work):
    draft = work / "sscb.toml"
    before = draft.read_bytes()
    with pytest.raises(WorkplanError, match="E402 is the draft plan itself"):
        write_output(draft, "x", source=draft, force=True, draft=True)
    with pytest.raises(WorkplanError, match="E402 is a folder"):
        write_output(work / "sscb.ballots", "x", source=draft, force=True, draft=True)
    target = work / "paper.md"
    write_output(target, "one", source=draft, force=False, draft=True)
    with pytest.raises(WorkplanError, match="E402 already exists"):
        write_output(target, "two", source=draft, force=False, draft=True)
    write_output(target, b"two", source=draft, force=True, draft=True)
    assert target.read_bytes() == b"two" and draft.read_bytes() == before


def test_a_named_ballot_folder_must_exist_the_default_one_need_not(work):
    with pytest.raises(WorkplanError, match="E001 no such ballot folder"):
        read_vote(work / "sscb.toml", work / "typo.ballots")
    shutil.rmtree(work / "sscb.ballots")
    vote = read_vote(work / "sscb.toml")
    assert (vote.ballots, vote.rejected, vote.folder) == ([], [], work / "sscb.ballots")


def test_an_empty_present_records_nobody_present_and_is_refused_where_nothing_is_decided(work, capsys):
    assert main(["export", str(work / "sscb.toml"), "--to", "md", "--present", ""]) == 2
    assert "--present only apply when agreeing a draft (--to toml)" in capsys.readouterr().err
    assert main(["export", str(work / "sscb.toml"), "--to", "toml", "--present", ""]) == 0
    decision = load_plan(work / "sscb.agreed.toml").decision
    assert decision is not None and decision.present == ()
