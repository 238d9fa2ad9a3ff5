"""A vote by approval or by points in the booth and the Vote pane: the member ticks the projects
they approve, or shares out points within the plan's limits, sees what the choice needs, and
the ballot written is the one `workplan vote --rank a,b` / `--points a=3,b=2` writes."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input, Select

from helpers.ballot_kinds import by
from helpers.booth import open_ballot
from helpers.pilot import screen_text, wait_until
from workplan_tui.plan_io import load_plan
from workplan_tui.ui.app import WorkplanApp
from workplan_tui.ui.booth.ballot_screen import BallotScreen
from workplan_tui.ui.booth.booth_app import BoothApp
from workplan_tui.ui.booth.receipt_screen import ReceiptScreen
from workplan_tui.voting.ballot_box import open_box
from workplan_tui.voting.ballots import read_ballot

SIZE = (80, 24)


def declare(plan_path: Path, member: str, project: str) -> None:
    with plan_path.open("a", encoding="utf-8") as out:
        out.write(f'\n[[interests]]\nmember = "{member}"\nproject = "{project}"\nnote = "A trustee of a partner charity"\n')


def ballot_of(plan_path: Path, member: str):
    return read_ballot(Path(open_box(plan_path, load_plan(plan_path)).where(member)))


def messages(app) -> list[str]:
    return [notification.message for notification in app._notifications]


# -- approval in the booth -------------------------------------------------------------


async def test_the_booth_approves_with_space_and_enter_and_writes_what_vote_rank_writes(voting_plan: Path) -> None:
    app = BoothApp(by("approval", voting_plan))
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_ballot(pilot)
        text = screen_text(app)
        assert "Approved 0 of up to 3" in text and "enter or space approves or withdraws" in text
        # Approve all three (the second does not fit beside the first), then withdraw the second.
        await pilot.press("space", "down", "enter", "down", "space")
        assert "Budget: £8,000 of £7,000, over by £1,000" in screen_text(app)  # what the approved set needs
        assert any(m.startswith("Approved, but it would exceed the budget") for m in messages(app))
        await pilot.press("up", "space")
        assert screen.ranking == ["modern-slavery", "court-cases"]
        text = screen_text(app)
        assert "Approved 2 of up to 3" in text and "✓ Modern slavery" in text
        assert "Budget: £3,000 of £7,000" in text
        await pilot.press("s")
        await wait_until(pilot, lambda: isinstance(app.screen, ReceiptScreen), "the receipt")
    ballot = ballot_of(voting_plan, "chair")
    assert ballot.ranking == ("modern-slavery", "court-cases") and ballot.points == ()
    # Exactly the file `workplan vote --rank modern-slavery,court-cases` writes, but for the time.
    written = Path(open_box(voting_plan, load_plan(voting_plan)).where("chair")).read_text(encoding="utf-8")
    assert 'ranking = ["modern-slavery", "court-cases"]' in written and "points" not in written


async def test_the_booth_refuses_more_approvals_than_the_ballot_holds(voting_plan: Path) -> None:
    text = voting_plan.read_text(encoding="utf-8").replace("ballot_length = 3", "ballot_length = 2", 1)
    voting_plan.write_text(text, encoding="utf-8")
    app = BoothApp(by("approval", voting_plan))
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_ballot(pilot)
        await pilot.press("space", "down", "space", "down", "space")
        assert screen.ranking == ["modern-slavery", "markup-title"]
        assert "A ballot approves at most 2 projects: withdraw one first." in messages(app)
        assert "u d move" not in screen_text(app)  # an approval has no order to move


async def test_a_click_approves_and_a_second_click_withdraws(voting_plan: Path) -> None:
    app = BoothApp(by("approval", voting_plan))
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_ballot(pilot)
        await pilot.click("#ballot-candidates", offset=(14, 1))
        await pilot.pause()
        assert screen.ranking == ["modern-slavery"]
        await pilot.click("#ballot-candidates", offset=(14, 1))
        await pilot.pause()
        assert screen.ranking == []


async def test_an_approval_of_a_declared_project_is_refused_in_the_boards_words(voting_plan: Path) -> None:
    by("approval", voting_plan)
    declare(voting_plan, "chair", "modern-slavery")
    app = BoothApp(voting_plan)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_ballot(pilot)
        assert "Modern slavery" not in screen.query_one("#ballot-candidates").render_line(0).text
        # Chosen some other way (a click that raced a reload): the core's sentence, E411's rule.
        screen.toggle("modern-slavery")
        await pilot.pause()
        assert screen.ranking == []
        assert "You declared an interest in Modern slavery: a member may not approve a project they declared an interest in." in messages(app)


# -- points in the booth -----------------------------------------------------------------


async def test_the_booth_gives_points_with_plus_minus_and_typed_numbers(voting_plan: Path) -> None:
    app = BoothApp(by("points", voting_plan))
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_ballot(pilot)
        assert "0 points given of 10: 10 left" in screen_text(app)
        # modern-slavery: + + + - (2); court-cases: typed 1 then 2 is 12, over 10, so "2" starts again;
        # markup-title: 5, then 7 is refused (2 + 2 + 7 = 11) and the 5 stays.
        await pilot.press("plus", "plus", "plus", "minus", "down", "down", "1", "2", "up", "5", "7")
        assert screen.points == {"modern-slavery": 2, "court-cases": 2, "markup-title": 5}
        assert screen.ranking == ["markup-title", "modern-slavery", "court-cases"]  # most points first
        assert "That would give 11 points; a ballot gives at most 10 in all, so this project can have 6 points at most." in messages(app)
        assert "9 points given of 10: 1 left" in screen_text(app)
        await pilot.press("x")  # markup-title's points taken away
        assert screen.points == {"modern-slavery": 2, "court-cases": 2}
        await pilot.press("minus")
        assert "No points to take away: a project has 0 points or more." in messages(app)
        await pilot.press("s")
        await wait_until(pilot, lambda: isinstance(app.screen, ReceiptScreen), "the receipt")
    ballot = ballot_of(voting_plan, "chair")
    assert ballot.points == (("modern-slavery", 2), ("court-cases", 2))


async def test_the_booth_refuses_points_to_more_projects_than_the_ballot_holds(voting_plan: Path) -> None:
    text = voting_plan.read_text(encoding="utf-8").replace("ballot_length = 3", "ballot_length = 2", 1)
    voting_plan.write_text(text, encoding="utf-8")
    app = BoothApp(by("points", voting_plan))
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_ballot(pilot)
        await pilot.press("3", "down", "3", "down", "3")
        assert screen.points == {"modern-slavery": 3, "markup-title": 3}
        assert "A ballot gives points to at most 2 projects: take the points from one first." in messages(app)


async def test_the_points_buttons_give_and_take_a_point(voting_plan: Path) -> None:
    app = BoothApp(by("points", voting_plan))
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_ballot(pilot)
        await pilot.click("#ballot-more")
        await pilot.click("#ballot-more")
        await pilot.click("#ballot-fewer")
        await pilot.pause()
        assert screen.points == {"modern-slavery": 1}


async def test_an_empty_points_ballot_is_not_submitted(voting_plan: Path) -> None:
    app = BoothApp(by("points", voting_plan))
    async with app.run_test(size=SIZE) as pilot:
        await open_ballot(pilot)
        await pilot.press("s")
        await pilot.pause()
        assert isinstance(app.screen, BallotScreen)
        assert "Your ballot is empty: give points to at least one project." in messages(app)
    assert not open_box(voting_plan, load_plan(voting_plan)).has_voted("chair")


async def test_three_members_in_a_row_each_start_from_an_empty_points_ballot(voting_plan: Path) -> None:
    app = BoothApp(by("points", voting_plan))
    async with app.run_test(size=SIZE) as pilot:
        for index, keys in enumerate((("4",), ("down", "6"), ("down", "down", "plus"))):
            screen = await open_ballot(pilot, index)
            assert screen.points == {} and "0 points given of 10" in screen_text(app)
            await pilot.press(*keys, "s")
            await wait_until(pilot, lambda: isinstance(app.screen, ReceiptScreen), "the receipt")
            await pilot.press("enter")
    assert ballot_of(voting_plan, "chair").points == (("modern-slavery", 4),)
    assert ballot_of(voting_plan, "member-a").points == (("markup-title", 6),)
    assert ballot_of(voting_plan, "member-b").points == (("court-cases", 1),)


# -- the Vote pane -----------------------------------------------------------------------


async def choose_member_on_the_pane(pilot, member: str = "chair") -> None:
    app = pilot.app
    await pilot.press("3")
    await wait_until(pilot, lambda: bool(app.screen.query("#vote-member")), "the Vote pane")
    await pilot.pause()
    app.screen.query_one("#vote-member", Select).value = member
    app.screen.query_one("#vote-candidates").focus()
    await pilot.pause()


async def test_the_vote_pane_casts_an_approval_ballot(voting_plan: Path) -> None:
    app = WorkplanApp(by("approval", voting_plan))
    async with app.run_test(size=(100, 32)) as pilot:
        await choose_member_on_the_pane(pilot)
        pane = app.screen.query_one("#vote")
        await pilot.press("space", "down", "down", "enter", "s")
        await wait_until(pilot, lambda: any(m.startswith("Ballot written") for m in messages(app)), "written")
        assert pane.ranking == ["modern-slavery", "court-cases"]
    assert ballot_of(voting_plan, "chair").ranking == ("modern-slavery", "court-cases")


async def test_the_vote_pane_types_points_in_its_field_and_refuses_too_many(voting_plan: Path) -> None:
    app = WorkplanApp(by("points", voting_plan))
    async with app.run_test(size=(100, 32)) as pilot:
        await choose_member_on_the_pane(pilot)
        pane = app.screen.query_one("#vote")
        await pilot.press("plus", "down", "p", "backspace", "1", "2", "enter")
        assert "That would give 13 points; a ballot gives at most 10 in all, so this project can have 9 points at most." in messages(app)
        field = app.screen.query_one("#vote-points", Input)
        await pilot.press(*(["backspace"] * 3), "7", "enter")
        assert pane.points == {"modern-slavery": 1, "markup-title": 7} and field.value == ""
        assert "8 points given of 10: 2 left" in " ".join(screen_text(app).split())
        await pilot.press("s")
        await wait_until(pilot, lambda: any(m.startswith("Ballot written") for m in messages(app)), "written")
    assert ballot_of(voting_plan, "chair").points == (("markup-title", 7), ("modern-slavery", 1))


@pytest.mark.parametrize("kind", ["approval", "points"])
async def test_the_vote_pane_shows_only_the_keys_of_the_plans_kind(voting_plan: Path, kind: str) -> None:
    app = WorkplanApp(by(kind, voting_plan))
    async with app.run_test(size=(100, 32)) as pilot:
        await choose_member_on_the_pane(pilot)
        active = {key: binding.action for key, (_, binding, enabled, _) in app.active_bindings.items() if enabled}
        assert "u" not in active and active["enter"] == ("approve" if kind == "approval" else "more_points")
        assert ("space" in active) == (kind == "approval") and ("plus" in active) == (kind == "points")


async def test_a_large_screen_shows_the_points_ballot_beside_the_list(voting_plan: Path) -> None:
    app = BoothApp(by("points", voting_plan))
    async with app.run_test(size=(160, 50)) as pilot:
        screen = await open_ballot(pilot)
        await pilot.press("7", "down", "down", "3")
        text = screen_text(app)
        assert screen.points == {"modern-slavery": 7, "court-cases": 3}
        row = next(line for line in text.splitlines() if "Modern slavery" in line and "£3,000" in line)
        assert row.lstrip("│ ").startswith("7") and "10 points given of 10: 0 left" in text


async def test_a_plan_saved_meanwhile_keeps_the_points_that_still_fit_and_asks_to_check(voting_plan: Path) -> None:
    app = BoothApp(by("points", voting_plan))
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_ballot(pilot)
        await pilot.press("6", "down", "down", "4")
        # An officer lowers the total to 8 while the member is at the screen.
        voting_plan.write_text(voting_plan.read_text(encoding="utf-8").replace("points = 10", "points = 8"), encoding="utf-8")
        await pilot.press("s")
        await pilot.pause()
        assert isinstance(app.screen, BallotScreen) and screen.points == {"modern-slavery": 6}
        assert any("The plan changed since you began" in m for m in messages(app))
        await pilot.press("s")
        await wait_until(pilot, lambda: isinstance(app.screen, ReceiptScreen), "the receipt")
    assert ballot_of(voting_plan, "chair").points == (("modern-slavery", 6),)


async def test_the_vote_pane_hides_a_declared_project_and_refuses_too_many_approvals(voting_plan: Path) -> None:
    text = voting_plan.read_text(encoding="utf-8").replace("ballot_length = 3", "ballot_length = 1", 1)
    voting_plan.write_text(text, encoding="utf-8")
    by("approval", voting_plan)
    declare(voting_plan, "member-a", "modern-slavery")
    app = WorkplanApp(voting_plan)
    async with app.run_test(size=(100, 32)) as pilot:
        await choose_member_on_the_pane(pilot, "member-a")
        pane = app.screen.query_one("#vote")
        assert "Not shown: Modern slavery" in " ".join(screen_text(app).split())
        await pilot.press("space", "down", "space")
        assert pane.ranking == ["markup-title"]
        assert "A ballot approves at most 1 project: withdraw one first." in messages(app)


async def test_the_next_member_on_the_vote_pane_starts_from_an_empty_points_ballot(voting_plan: Path) -> None:
    app = WorkplanApp(by("points", voting_plan))
    async with app.run_test(size=(100, 32)) as pilot:
        await choose_member_on_the_pane(pilot, "chair")
        pane = app.screen.query_one("#vote")
        await pilot.press("plus", "plus")
        assert pane.points == {"modern-slavery": 2}
        app.screen.query_one("#vote-member", Select).value = "member-a"
        await pilot.pause()
        assert pane.points == {} and pane.ranking == []
        assert "0 points given of 10: 10 left" in " ".join(screen_text(app).split())


async def test_the_help_lists_the_keys_of_the_plans_kind_of_ballot_only(voting_plan: Path) -> None:
    from workplan_tui.ui.screens.help_screen import help_text

    app = WorkplanApp(by("points", voting_plan))
    async with app.run_test(size=(100, 32)) as pilot:
        await choose_member_on_the_pane(pilot)
        text = help_text(app.screen).plain
        assert "One more point" in text and "Type the points" in text
        assert "Move up the ballot" not in text and "Approve or withdraw" not in text and "Add to ballot" not in text


async def test_replacing_a_points_ballot_on_the_vote_pane_asks_with_the_new_points(voting_plan: Path) -> None:
    from workplan_tui.ui.screens.confirm_screen import ConfirmScreen

    app = WorkplanApp(by("points", voting_plan))
    async with app.run_test(size=(100, 32)) as pilot:
        await choose_member_on_the_pane(pilot)
        await pilot.press("plus", "s")
        await wait_until(pilot, lambda: any(m.startswith("Ballot written") for m in messages(app)), "written")
        await pilot.press("plus", "plus", "s")
        await wait_until(pilot, lambda: isinstance(app.screen, ConfirmScreen), "the replace question")
        assert "3 points: Modern slavery" in " ".join(screen_text(app).split())
        await pilot.press("y")
        await wait_until(pilot, lambda: ballot_of(voting_plan, "chair").points == (("modern-slavery", 3),), "replaced")
