"""Pilot tests of the attendance in the Export pane: ticked from the roster by label, a
substitute choosing whom they stand in for, the quorum in the preview, and agreeing below the
quorum asking the Board first."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import OptionList

from helpers.pilot import on_pane, preview_agreement, screen_text, settle
from helpers.ui_plan import plan_in_working_folder
from helpers.ui_voting import CAST, MEETING_PLAN_TEXT
from workplan_tui.decision import render_text
from workplan_tui.model import Quorum, Substitute
from workplan_tui.plan_io import load_plan
from workplan_tui.ui.panes.export_pane import ExportPane
from workplan_tui.ui.screens.confirm_screen import ConfirmScreen
from workplan_tui.ui.screens.stand_in_screen import StandInScreen
from workplan_tui.ui.widgets.export.attendance_list import AttendanceList
from workplan_tui.voting.ballots import ballots_dir, write_ballot


@pytest.fixture
def meeting_plan(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The UI voting plan with a substitute and a quorum of 4; ballots from the chair,
    member-a, member-c and the substitute."""
    path = plan_in_working_folder(tmp_path, monkeypatch, MEETING_PLAN_TEXT)
    plan = load_plan(path)
    for member, ranking in [("chair", ("court-cases",)), ("member-a", ("court-cases",)),
                            ("member-c", ("markup-title",)), ("sub-1", ("modern-slavery",))]:
        write_ballot(plan, ballots_dir(path), member, ranking, cast=CAST)
    return path


def preview_text(pane: ExportPane) -> str:
    return str(pane.query_one("#agree-preview").render())


async def test_attendance_is_ticked_from_the_roster_by_label_and_a_substitute_chooses_whom(meeting_plan: Path) -> None:
    async with on_pane(meeting_plan, "5", ExportPane) as (app, pilot, pane):
        await preview_agreement(pilot)
        listed = pane.query_one(AttendanceList)
        assert listed.border_title == "Attendance (not recorded)"
        # Without attendance the substitute's ballot counts for nobody, and the quorum is on the ballots.
        assert "Not quorate: 3 ballots counted (attendance not recorded), the quorum is 4." in preview_text(pane)
        listed.focus()
        # chair present; member-a present; member-b apologies; member-c present; member-d absent
        await pilot.press("space", "down", "space", "down", "space", "space", "down", "space", "down", "down")
        await pilot.press("space")  # on the substitute: whom do they stand in for?
        await settle(pilot)
        assert isinstance(app.screen, StandInScreen)
        choices = str(app.screen.query_one("#stand-in-list", OptionList).get_option_at_index(1).prompt)
        assert choices.startswith("Member B") and "sent apologies" in choices  # then Member D, absent
        await pilot.press("down", "enter")  # from "nobody" to Member B
        await settle(pilot)
        assert not isinstance(app.screen, StandInScreen)
        assert listed.attendance.present == ("chair", "member-a", "member-c")
        assert listed.attendance.apologies == ("member-b",)
        assert listed.attendance.substitutes == (Substitute("sub-1", "member-b"),)
        shown = screen_text(app)
        assert "Substitute Member 1 for Member B" in shown and "sub-1" not in shown and "member-b" not in shown
        preview = preview_text(pane)
        assert "Present: Chair; Member A (district council); Member C." in preview
        assert "Substitutes: Substitute Member 1 for Member B." in preview
        assert "Apologies: Member B." in preview
        assert "Quorate: 4 members present, the quorum is 4." in preview
        assert "4 ballots counted" in preview  # the substitute's now counts, in Member B's place
        # Member B arrives: marked present, their substitute stands in for nobody any more.
        await pilot.press("up", "up", "up", "space", "space")  # apologies, absent, present
        await settle(pilot)
        assert listed.attendance.substitutes == () and "member-b" in listed.attendance.present
        # delete: back to attendance not recorded
        await pilot.press("delete")
        await settle(pilot)
        assert not listed.attendance.recorded and "Attendance not recorded." in preview_text(pane)


async def test_agreeing_below_the_quorum_asks_the_board_and_records_its_confirmation(meeting_plan: Path) -> None:
    async with on_pane(meeting_plan, "5", ExportPane) as (app, pilot, pane):
        await preview_agreement(pilot)
        pane.query_one(AttendanceList).focus()
        await pilot.press("space", "down", "space")  # the chair and member-a present: 2 of a quorum of 4
        await settle(pilot)
        assert "Not quorate: 2 members present, the quorum is 4." in preview_text(pane)
        assert "Agree (a) asks the Board to confirm" in preview_text(pane)
        await pilot.press("a")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmScreen) and app.screen._title == "Agree below the quorum?"
        await pilot.press("n")
        await settle(pilot)
        assert not isinstance(app.screen, ConfirmScreen)
        assert any("not quorate" in n.message for n in app._notifications)
        await pilot.press("a")
        await settle(pilot)
        await pilot.press("y")  # the Board confirms
        await settle(pilot)
        assert isinstance(app.screen, ConfirmScreen) and app.screen._title == "Agree the plan?"
        question = str(app.screen.query_one("#confirm-question").render())
        assert "Not quorate: 2 members present, the quorum is 4." in question
        await pilot.press("y")
        await settle(pilot)
    decision = load_plan(Path("plan.agreed.toml")).decision
    assert decision is not None and decision.quorum == Quorum(4, 2, "present", confirmed=True)
    assert decision.present == ("chair", "member-a") and decision.voters == ("chair", "member-a", "member-c")
    # The decision goes in the note of the meeting (not the paper, which is as tabled).
    note = render_text(load_plan(Path("plan.agreed.toml")), "note")
    assert "The Board confirmed that it would decide below the quorum." in note


async def test_the_attendance_list_fits_80x24(meeting_plan: Path) -> None:
    async with on_pane(meeting_plan, "5", ExportPane) as (app, pilot, pane):
        await preview_agreement(pilot)
        listed = pane.query_one(AttendanceList)
        listed.focus()
        await settle(pilot)
        assert listed.region.width <= 80 and listed.region.height >= 3
        shown = screen_text(app)
        assert "Attendance (not recorded)" in shown and "Chair" in shown
