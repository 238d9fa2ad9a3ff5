"""Pilot tests of the Results pane: the count of the ballots on disk, and the switch between methods."""

from __future__ import annotations

from pathlib import Path

from helpers.pilot import on_pane, settle
from helpers.ui_voting import cast_ballots
from workplan_tui.ui.panes.results_pane import ResultsPane
from workplan_tui.ui.widgets.results.ranking_bars import RankingBars
from workplan_tui.voting.ballots import write_ballot


def text_of(pane: ResultsPane, selector: str) -> str:
    return str(pane.query_one(selector).render())


def first_place(pane: ResultsPane) -> str:
    ranking = pane.query_one(RankingBars)
    return ranking._text(70).plain.splitlines()[0]


async def test_results_tally_the_ballots_in_the_folder(voting_plan: Path) -> None:
    cast_ballots(voting_plan)
    async with on_pane(voting_plan, "4", ResultsPane) as (_, _, pane):
        turnout = text_of(pane, "#results-turnout")
        assert "Points: 5 of 5 members' ballots counted, 1 rejected" in turnout
        assert "Selected (the top-ranked projects, whatever they need): Cohesion impact of court cases" in turnout
        advice = text_of(pane, "#results-advice")
        assert advice.startswith("What the selection needs")
        assert "pick.min" not in advice and "_" not in advice  # the Board's words: titles, role labels
        assert "Cohesion impact of court cases" in first_place(pane) and "11" in first_place(pane)
        notes = text_of(pane, "#results-notes")
        assert "stranger.toml: “stranger” is not a member of the board." in notes and "`" not in notes
        assert "already selected, the most the Board prioritises" in notes  # skipped projects, with their reason
        assert "tied at 6" in notes  # modern-slavery and markup-title, and how it was broken
        assert "The method changes the outcome: irv, stv differ" in text_of(pane, "#results-methods")


async def test_switching_method_changes_the_ranking_shown(voting_plan: Path) -> None:
    cast_ballots(voting_plan)
    async with on_pane(voting_plan, "4", ResultsPane) as (_, pilot, pane):
        assert pane.method == "points"
        for _ in range(4):  # points -> borda -> approval -> schulze -> irv
            await pilot.press("m")
        assert pane.method == "irv"
        assert "Modern slavery" in first_place(pane)
        assert "Instant runoff: 5 of 5" in text_of(pane, "#results-turnout")
        assert "▶ irv" in text_of(pane, "#results-methods")
        await pilot.press("M")
        assert pane.method == "schulze" and "Cohesion impact of court cases" in first_place(pane)


async def test_count_again_picks_up_a_new_ballot(voting_plan: Path) -> None:
    async with on_pane(voting_plan, "4", ResultsPane) as (app, pilot, pane):
        assert "0 of 5 members' ballots counted" in text_of(pane, "#results-turnout")
        write_ballot(app.plan, "plan.ballots", "member-b", ["markup-title"])
        await pilot.press("t")
        await settle(pilot)
        assert "1 of 5 members' ballots counted" in text_of(pane, "#results-turnout")
        assert "[red]x[/]" in first_place(pane)  # the title is text, never markup
