"""Pilot tests of the Vote pane: ranking shows its cost and load live; submitting writes the ballot."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Select

from helpers.pilot import screen_text, settle
from workplan_tui.plan_io import load_plan
from workplan_tui.ui.app import WorkplanApp
from workplan_tui.ui.panes.vote_pane import ADVICE_DELAY, VotePane
from workplan_tui.ui.screens.confirm_screen import ConfirmScreen
from workplan_tui.ui.widgets.capacity.budget_gauge import BudgetGauge
from workplan_tui.ui.widgets.capacity.gated_list import GatedList
from workplan_tui.ui.widgets.capacity.load_chart import LoadChart
from workplan_tui.ui.widgets.results.advice_view import AdviceView
from workplan_tui.ui.widgets.vote.candidate_list import CandidateList
from workplan_tui.voting.ballots import read_ballots

SIZE = (80, 24)


def rendered(widget) -> str:
    return str(widget.render())


def candidate_line(pane: VotePane, project_id: str) -> str:
    candidates = pane.query_one(CandidateList)
    return candidates.line_text(candidates._ids.index(project_id)).plain


async def open_vote(app: WorkplanApp, pilot) -> VotePane:
    await pilot.press("3")
    await pilot.pause()
    return app.screen.query_one(VotePane)


async def test_ranking_updates_budget_load_and_blocked_projects_live(voting_plan: Path) -> None:
    app = WorkplanApp(voting_plan)
    async with app.run_test(size=SIZE) as pilot:
        pane = await open_vote(app, pilot)
        gauge, chart = pane.query_one(BudgetGauge), pane.query_one(LoadChart)
        assert "£0 of £7,000" in rendered(gauge)
        assert "✗" not in candidate_line(pane, "markup-title")
        await pilot.press("enter")  # the cursor starts on modern-slavery
        assert pane.ranking == ["modern-slavery"]
        assert "£3,000 of £7,000" in rendered(gauge) and "£4,000 left" in rendered(gauge)
        # The chart now carries the project's load: senior adviser 12 days over Apr-Sep, 2 a month.
        assert "peak 2.0" in rendered(chart)
        # £3,000 + £5,000 would break the £7,000 budget: marked, with the core's reason.
        line = candidate_line(pane, "markup-title")
        assert "✗" in line and "would exceed the budget by £1,000" in line
        assert [p for p in ("modern-slavery", "markup-title", "court-cases") if "✗" in candidate_line(pane, p)] == ["markup-title"]
        await pilot.press("down", "down", "enter")  # court-cases: funded externally, costs the budget nothing
        assert pane.ranking == ["modern-slavery", "court-cases"]
        assert "£3,000 of £7,000" in rendered(gauge)
        assert "External grant" in rendered(gauge)
        await pilot.press("u")  # court-cases up to first place
        assert pane.ranking == ["court-cases", "modern-slavery"]
        assert candidate_line(pane, "court-cases").lstrip().startswith("1")
        await pilot.press("x")
        assert pane.ranking == ["modern-slavery"]
        await pilot.press("c")
        assert pane.ranking == []
        assert "£0 of £7,000" in rendered(gauge)
        assert "✗" not in candidate_line(pane, "markup-title")


async def test_gated_project_shows_its_approver(voting_plan: Path) -> None:
    app = WorkplanApp(voting_plan)
    async with app.run_test(size=(120, 40)) as pilot:
        pane = await open_vote(app, pilot)
        await pilot.press("down", "enter")  # markup-title needs the research team
        gated = str(pane.query_one(GatedList).render())
        assert "[red]x[/]" in gated  # the title is text, never markup
        assert "Research team (surveys): approval by Senior Management Team" in gated
        assert "[red]x[/]" in screen_text(app)


async def test_a_click_adds_the_project_under_the_pointer(voting_plan: Path) -> None:
    app = WorkplanApp(voting_plan)
    async with app.run_test(size=SIZE) as pilot:
        pane = await open_vote(app, pilot)
        await pilot.click(CandidateList, offset=(5, 3))  # border row, then the third project
        assert pane.ranking == ["court-cases"]


async def test_submit_writes_the_ballot_and_a_revote_asks_first(voting_plan: Path) -> None:
    app = WorkplanApp(voting_plan)
    async with app.run_test(size=SIZE) as pilot:
        pane = await open_vote(app, pilot)
        await pilot.press("enter", "s")
        assert not Path("plan.ballots").exists()  # no member chosen: nothing written
        pane.query_one(Select).value = "member-a"
        pane.query_one(CandidateList).focus()
        await pilot.press("s")
        ballot_file = Path("plan.ballots/member-a.toml")
        assert ballot_file.exists()
        ballots, rejected = read_ballots(load_plan(voting_plan), "plan.ballots")
        assert [(b.member, b.ranking) for b in ballots] == [("member-a", ("modern-slavery",))] and rejected == []

        await pilot.press("down", "down", "enter", "s")  # re-vote: asks before replacing
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")
        assert not isinstance(app.screen, ConfirmScreen)
        assert "court-cases" not in ballot_file.read_text(encoding="utf-8")
        await pilot.press("s")
        await pilot.press("y")
        ballots, _ = read_ballots(load_plan(voting_plan), "plan.ballots")
        assert ballots[0].ranking == ("modern-slavery", "court-cases")


async def test_submit_refuses_when_the_plan_changed_on_disk(voting_plan: Path) -> None:
    app = WorkplanApp(voting_plan)
    async with app.run_test(size=SIZE) as pilot:
        pane = await open_vote(app, pilot)
        pane.query_one(Select).value = "chair"
        pane.query_one(CandidateList).focus()
        voting_plan.write_text(voting_plan.read_text(encoding="utf-8").replace("budget = 7000", "budget = 8000"), encoding="utf-8")
        await pilot.press("enter", "s")
        assert not Path("plan.ballots/chair.toml").exists()
        assert any("changed on disk" in n.message for n in app._notifications)


async def test_a_plan_with_voting_codes_needs_the_members_code(voting_plan: Path) -> None:
    from textual.widgets import Input

    from workplan_tui.voting.codes import issue_codes

    voting_plan.write_text(voting_plan.read_text(encoding="utf-8").replace("ballot_length = 3", "ballot_length = 3\ncodes = true"), encoding="utf-8")
    codes = issue_codes(load_plan(voting_plan), voting_plan)
    app = WorkplanApp(voting_plan)
    async with app.run_test(size=SIZE) as pilot:
        pane = await open_vote(app, pilot)
        code = pane.query_one("#vote-code", Input)
        assert code.display
        pane.query_one(Select).value = "member-b"
        await pilot.pause()  # the member's Changed event clears the code field
        pane.query_one(CandidateList).focus()
        await pilot.press("enter", "s")
        assert any("needs a voting code" in n.message for n in app._notifications)
        assert app.focused is code
        code.value = codes["chair"]  # another member's code
        pane.query_one(CandidateList).focus()
        await pilot.press("s")
        assert not Path("plan.ballots/member-b.toml").exists()
        assert any(n.message == "Wrong voting code for Member B; nothing was written." for n in app._notifications), [n.message for n in app._notifications]
        code.value = codes["member-b"].lower()
        await pilot.press("s")
        assert Path("plan.ballots/member-b.toml").exists()
        assert code.value == ""  # not left for the next member at a shared screen


async def test_every_new_action_is_in_help_and_the_palette(voting_plan: Path) -> None:
    from workplan_tui.ui.commands import BindingCommands
    from workplan_tui.ui.screens.help_screen import help_text

    app = WorkplanApp(voting_plan)
    async with app.run_test(size=SIZE) as pilot:
        pane = await open_vote(app, pilot)
        titles = {str(hit.text) async for hit in BindingCommands(app.screen).discover()}
        expected = {
            "Show Vote", "Show Results", "Show Export",
            "Vote: Add to ballot", "Vote: Remove from ballot", "Vote: Move up the ballot", "Vote: Move down the ballot",
            "Vote: Clear the ballot", "Vote: Submit the ballot", "Vote: Choose the member",
            "Results: Count the ballots again", "Results: Next method", "Results: Previous method",
            "Export: Agree the plan…", "Export: Count the ballots again",
        }
        assert expected <= titles
        help_shown = help_text(app.screen).plain
        assert "Submit the ballot" in help_shown and "Agree the plan…" in help_shown and "Next method" in help_shown
        await pilot.press("enter")
        assert pane.ranking == ["modern-slavery"]
        hits = [hit async for hit in BindingCommands(app.screen).search("vote: clear the ballot")]
        await hits[0].command()
        assert pane.ranking == []


async def test_the_ballots_advice_follows_once_the_ranking_rests(voting_plan: Path) -> None:
    app = WorkplanApp(voting_plan)
    async with app.run_test(size=SIZE) as pilot:
        pane = await open_vote(app, pilot)
        advice = pane.query_one(AdviceView)
        await pilot.press("enter")  # modern-slavery
        assert "working it out" in rendered(advice)  # the change itself does not wait for it
        await pilot.pause(ADVICE_DELAY + 0.2)
        await settle(pilot)
        text = rendered(advice)
        assert text.startswith("What your priorities need")
        assert "Modern slavery fits the budget and staff capacity as timed." in text
        await pilot.press("c")
        await pilot.pause(ADVICE_DELAY + 0.2)
        await settle(pilot)
        assert "No project is selected." in rendered(advice)


async def choose_member(pilot, pane: VotePane, member: str) -> None:
    """The member chosen (their Changed event handled), then the keys back on the project list."""
    pane.query_one(Select).value = member
    await pilot.pause()
    pane.query_one(CandidateList).focus()


async def test_the_next_member_starts_from_an_empty_ballot_and_no_code(voting_plan: Path) -> None:
    """At a shared screen: the Chair ranks and submits, then the Vice-Chair is chosen."""
    from textual.widgets import Input

    app = WorkplanApp(voting_plan)
    async with app.run_test(size=SIZE) as pilot:
        pane = await open_vote(app, pilot)
        await choose_member(pilot, pane, "chair")
        await pilot.press("enter", "down", "down", "enter", "s")
        assert Path("plan.ballots/chair.toml").exists()
        assert pane.ranking == ["modern-slavery", "court-cases"]
        await choose_member(pilot, pane, "member-a")
        assert pane.ranking == []
        assert "Modern slavery" not in rendered(pane.query_one("#vote-ballot"))
        # The Chair again, declining to replace: the code typed is not left in the field.
        await choose_member(pilot, pane, "chair")
        pane.query_one("#vote-code", Input).value = "ABCD-EFGH"
        await pilot.press("enter", "s")
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")
        assert pane.query_one("#vote-code", Input).value == ""


async def test_a_reload_keeps_the_members_ranking(voting_plan: Path) -> None:
    app = WorkplanApp(voting_plan)
    async with app.run_test(size=SIZE) as pilot:
        pane = await open_vote(app, pilot)
        await choose_member(pilot, pane, "chair")
        await pilot.press("enter")
        voting_plan.write_text(voting_plan.read_text(encoding="utf-8") + "\n", encoding="utf-8")
        await pilot.press("r")
        await pilot.pause()
        assert pane.member == "chair" and pane.ranking == ["modern-slavery"]
