"""Pilot tests of the Export pane: previews, and Agree writing the agreed plan only after a yes."""

from __future__ import annotations

import contextlib
import subprocess
import sys
from collections.abc import AsyncIterator
from pathlib import Path

from textual.pilot import Pilot
from textual.widgets import Input, TextArea

from helpers.pilot import on_pane, preview_agreement, settle
from helpers.ui_voting import AGREE_DATE, VOTING_PLAN_TEXT, cast_ballots
from workplan_tui.plan_io import load_plan
from workplan_tui.ui.app import WorkplanApp
from workplan_tui.ui.panes.export_pane import ExportPane
from workplan_tui.ui.screens.confirm_screen import ConfirmScreen
from workplan_tui.ui.widgets.export.attendance_list import AttendanceList
from workplan_tui.ui.widgets.export.csv_preview import CsvPreview


@contextlib.asynccontextmanager
async def on_export(plan_path: Path) -> AsyncIterator[tuple[WorkplanApp, Pilot, ExportPane]]:
    """The app on the Export pane, with the decision's preview on AGREE_DATE drawn."""
    async with on_pane(plan_path, "5", ExportPane) as (app, pilot, pane):
        await preview_agreement(pilot)
        yield app, pilot, pane


def paper_of(plan) -> str:
    from workplan_tui.decision import render

    return render(plan, "paper")


def check(path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "workplan_tui", "check", str(path)], capture_output=True, text=True)


async def test_previews_show_the_paper_and_the_annex(voting_plan: Path) -> None:
    cast_ballots(voting_plan)
    async with on_export(voting_plan) as (_, _, pane):
        preview = str(pane.query_one("#agree-preview").render())
        assert "date 12 June 2025 · points · 5 ballots counted, 1 rejected" in preview
        assert "agreed: Cohesion impact of court cases" in preview
        # nothing ticked: the record says so, never taking who voted as present
        assert "Attendance not recorded." in preview
        paper = pane.query_one("#export-paper", TextArea).text
        assert "## Purpose of report\n\nFor direction." in paper  # the paper as tabled: the decision is the note's
        annex = pane.query_one(CsvPreview)
        assert annex.row_count > 0
        assert [str(column.label) for column in annex.columns.values()][:2] == ["project", "title"]


async def test_agree_writes_a_plan_that_check_accepts_and_never_the_draft(voting_plan: Path) -> None:
    cast_ballots(voting_plan)
    async with on_export(voting_plan) as (app, pilot, pane):
        pane.query_one(AttendanceList).focus()
        # chair present, member-a present, member-b present, member-c present, member-d apologies
        await pilot.press("space", "down", "space", "down", "space", "down", "space", "down", "space", "space")
        await settle(pilot)
        await pilot.press("a")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("y")
        await pilot.pause()
    agreed_path = Path("plan.agreed.toml")
    assert check(agreed_path).returncode == 0
    agreed = load_plan(agreed_path)
    assert agreed.info.status == "agreed"
    assert agreed.decision.selected == ("court-cases",) and str(agreed.decision.date) == AGREE_DATE
    assert "member-d" in agreed.decision.apologies and "member-d" not in agreed.decision.present
    assert Path("plan.paper.md").exists() and Path("plan.csv").exists()
    assert voting_plan.read_text(encoding="utf-8") == VOTING_PLAN_TEXT  # the draft is never changed


async def test_also_write_offers_the_documents_by_their_words_and_writes_those_ticked(voting_plan: Path) -> None:
    import docx
    from textual.widgets import SelectionList

    cast_ballots(voting_plan)
    async with on_export(voting_plan) as (app, pilot, pane):
        choices = pane.query_one("#agree-outputs", SelectionList)
        prompts = [str(choices.get_option_at_index(i).prompt) for i in range(choices.option_count)]
        assert prompts[:2] == ["Paper for direction (Markdown): plan.paper.md", "Paper for direction (Word): plan.paper.docx"]
        assert prompts[-2:] == ["CSV annex: plan.csv", "Excel annex: plan.annex.xlsx"]
        assert choices.selected == ["paper.md", "csv"]
        choices.focus()
        choices.highlighted = 0
        choices.select("xlsx")  # the workbook too
        await pilot.press("space", "down", "space")  # the Markdown paper off, the Word paper on
        await settle(pilot)
        assert "plan.paper.docx" in str(pane.query_one("#agree-preview").render())
        await pilot.press("a")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("y")
        await pilot.pause()
    assert not Path("plan.paper.md").exists() and Path("plan.csv").exists()
    assert Path("plan.annex.xlsx").read_bytes().startswith(b"PK")  # a workbook is a zip
    assert "Purpose of report" in [p.text for p in docx.Document("plan.paper.docx").paragraphs]


async def test_agree_replaces_an_existing_file_only_after_yes(voting_plan: Path) -> None:
    cast_ballots(voting_plan)
    existing = Path("plan.agreed.toml")
    existing.write_text("# an earlier decision\n", encoding="utf-8")
    async with on_export(voting_plan) as (app, pilot, _):
        await pilot.press("a")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmScreen)
        assert "will be REPLACED" in str(app.screen.query_one("#confirm-question").render())
        await pilot.press("n")
        await pilot.pause()
        assert existing.read_text(encoding="utf-8") == "# an earlier decision\n"
        assert not Path("plan.paper.md").exists()
        await pilot.press("a")
        await settle(pilot)
        await pilot.press("y")
        await pilot.pause()
    assert check(existing).returncode == 0


async def test_agree_refuses_when_the_plan_changed_on_disk(voting_plan: Path) -> None:
    cast_ballots(voting_plan)
    async with on_export(voting_plan) as (app, pilot, _):
        voting_plan.write_text(VOTING_PLAN_TEXT.replace("budget = 7000", "budget = 9000"), encoding="utf-8")
        await pilot.press("a")
        await settle(pilot)
        assert not isinstance(app.screen, ConfirmScreen)
        assert any("changed on disk" in n.message for n in app._notifications)
    assert not Path("plan.agreed.toml").exists()


async def test_agree_without_ballots_says_why_with_its_error_line(voting_plan: Path) -> None:
    async with on_export(voting_plan) as (app, pilot, pane):
        preview = str(pane.query_one("#agree-preview").render())
        assert "No ballot counted: there is no vote to agree." in preview and "E401" not in preview
        await pilot.press("a")
        await settle(pilot)
        assert not isinstance(app.screen, ConfirmScreen)
        assert any("No ballot counted" in n.message and "E401" not in n.message for n in app._notifications)
    assert not Path("plan.agreed.toml").exists()


# -- the chair's agreed set ---------------------------------------------------------------


async def toggle(pilot: Pilot, pane: ExportPane, *project_ids: str) -> None:
    """Toggle projects in the agreed set as the space bar does, and wait for the preview."""
    from textual.widgets import SelectionList

    projects = pane.query_one("#agree-projects", SelectionList)
    for project_id in project_ids:
        projects.toggle(project_id)
        await settle(pilot)


async def test_the_agreed_set_starts_as_the_counts_selection_in_ranking_order(voting_plan: Path) -> None:
    from textual.widgets import SelectionList

    cast_ballots(voting_plan)
    async with on_export(voting_plan) as (_, _, pane):
        projects = pane.query_one("#agree-projects", SelectionList)
        assert projects.selected == ["court-cases"]
        first = str(projects.get_option_at_index(0).prompt)  # ranked first, with its score
        assert first == "Cohesion impact of court cases  score 11  (the count's selection)"
        preview = str(pane.query_one("#agree-preview").render())
        assert "it needs: fits the budget and staff capacity as timed" in preview


async def test_toggling_asks_for_the_reason_and_shows_what_the_set_needs(voting_plan: Path) -> None:
    cast_ballots(voting_plan)
    async with on_export(voting_plan) as (app, pilot, pane):
        await toggle(pilot, pane, "court-cases", "modern-slavery", "markup-title")
        preview = str(pane.query_one("#agree-preview").render())
        assert "Give the Board's reason: the agreed set differs from the count's selection." in preview
        assert "£1,000 over the budget" in preview
        assert "Reason (needed)" in str(pane.query_one("#agree-reason-label").render())
        # Agree refuses until the reason is given.
        await pilot.press("a")
        await settle(pilot)
        assert not isinstance(app.screen, ConfirmScreen)
        assert any("give the Board's reason" in n.message and "E406" not in n.message for n in app._notifications)

        await toggle(pilot, pane, "markup-title")  # back within the budget
        pane.query_one("#agree-reason", Input).value = "The Board's priority"
        pane.action_preview()
        await settle(pilot)
        preview = str(pane.query_one("#agree-preview").render())
        assert "agreed: Modern slavery" in preview
        assert "the count selected: Cohesion impact of court cases" in preview
        assert "reason: The Board's priority" in preview
        await pilot.press("a")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmScreen)
        assert "The count selected: Cohesion impact of court cases" in str(app.screen.query_one("#confirm-question").render())
        await pilot.press("y")
        await pilot.pause()
    decision = load_plan(Path("plan.agreed.toml")).decision
    assert decision.selected == ("modern-slavery",) and decision.counted == ("court-cases",)
    assert decision.reason == "The Board's priority"
    assert check(Path("plan.agreed.toml")).returncode == 0
    # The paper written is the paper as tabled; the reason is on record in the agreed plan.
    assert Path("plan.paper.md").read_text(encoding="utf-8") == paper_of(load_plan(Path("plan.agreed.toml")))
