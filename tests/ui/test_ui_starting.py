"""Starting from a path that holds no plan (a folder, a misspelt name, an empty file) or a plan
with no project yet: each says what it is and offers the right next step."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from helpers.pilot import wait_until
from helpers.ui_plan import PLAN_TEXT
from workplan_tui.starter import near_plan_file, plans_in_folder, starter_text, write_starter
from workplan_tui.ui.app import WorkplanApp
from workplan_tui.ui.screens.confirm_screen import ConfirmScreen
from workplan_tui.ui.widgets.plan.project_detail import ProjectDetail

SIZE = (80, 24)


def question_text(app: WorkplanApp) -> str:
    questions = app.screen.query("#confirm-question") if isinstance(app.screen, ConfirmScreen) else []
    return " ".join(" ".join(str(question.render()).split()) for question in questions)


def panel_text(app: WorkplanApp) -> str:
    main = next(screen for screen in app.screen_stack if screen.query("#error-lines"))  # under any dialog
    return " ".join(str(main.query_one("#error-lines").render()).split())


def test_a_near_name_finds_the_plan_meant(tmp_path: Path) -> None:
    (tmp_path / "plans").mkdir()
    plan = tmp_path / "plans" / "x.toml"
    plan.write_text(PLAN_TEXT, encoding="utf-8")
    for typed in ("x.tml", "x", "x.tmol", "x.toml.bak"):
        assert near_plan_file(tmp_path / "plans" / typed) == plan, typed
    assert near_plan_file(tmp_path / "plans" / "quite-another.toml") is None
    assert near_plan_file(plan) is None  # it exists: nothing to correct
    assert plans_in_folder(tmp_path / "plans") == [plan]


async def test_a_folder_lists_its_plans_and_offers_no_editor(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    Path("plans").mkdir()
    Path("plans/a.toml").write_text(PLAN_TEXT, encoding="utf-8")
    Path("plans/a.agreed.toml").write_text(PLAN_TEXT, encoding="utf-8")
    app = WorkplanApp(Path("plans"))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        text = panel_text(app)
        assert "plans is a folder. Open one of its plans: workplan plans/a.toml, workplan plans/a.agreed.toml" in text
        assert "e edits the file" not in text
        assert not isinstance(app.screen, ConfirmScreen)  # nothing to create in a folder


async def test_a_misspelt_name_asks_did_you_mean_and_opens_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    Path("plans").mkdir()
    Path("plans/x.toml").write_text(PLAN_TEXT, encoding="utf-8")
    app = WorkplanApp(Path("plans/x.tml"))
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(pilot, lambda: question_text(app), "the did-you-mean question")
        assert "Did you mean plans/x.toml? Open it?" in question_text(app)
        assert "did you mean plans/x.toml" in panel_text(app).lower()
        await pilot.press("y")
        await wait_until(pilot, lambda: app.plan is not None, "the plan meant, loaded")
        assert app.plan_path == Path("plans/x.toml") and not Path("plans/x.tml").exists()
        assert app.plan.info.title == "Test board plan 2025/26"


async def test_an_empty_file_is_offered_the_starter_plan(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    Path("empty.toml").write_text("\n", encoding="utf-8")
    app = WorkplanApp(Path("empty.toml"))
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(pilot, lambda: question_text(app), "the offer to fill the empty file")
        assert "empty.toml is empty" in question_text(app)
        assert "The file is empty: workplan new fills it" in panel_text(app)
        await pilot.press("y")
        await wait_until(pilot, lambda: app.plan is not None, "the starter plan, loaded")
        assert Path("empty.toml").read_text(encoding="utf-8") == starter_text()


def test_workplan_new_fills_an_empty_file_and_refuses_one_with_text(tmp_path: Path) -> None:
    # The message for an empty plan file says to run `workplan new` on it: that must then work.
    empty = tmp_path / "empty.toml"
    empty.write_text("  \n", encoding="utf-8")
    write_starter(empty)
    assert empty.read_text(encoding="utf-8") == starter_text()
    from workplan_tui.errors import AlreadyExists

    with pytest.raises(AlreadyExists):
        write_starter(empty)


async def test_a_plan_with_no_project_says_so_not_that_the_filter_matches_none(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    text = PLAN_TEXT[: PLAN_TEXT.index("[[projects]]")]
    Path("plan.toml").write_text(text, encoding="utf-8")
    app = WorkplanApp(Path("plan.toml"))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("escape")  # the welcome of a new plan
        await pilot.pause()
        detail = str(app.screen.query_one(ProjectDetail).query_one("#project-detail-text").render())
        assert "No project yet: + adds the first candidate project." in detail
        assert "filter" not in detail


# -- correcting: the plan period, and the problems beside their fields ---------------------


async def test_a_new_period_offers_to_move_each_project_and_meeting_into_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from helpers.paths import SSCB

    monkeypatch.chdir(tmp_path)
    Path("plan.toml").write_text(SSCB.read_text(encoding="utf-8"), encoding="utf-8")
    app = WorkplanApp(Path("plan.toml"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("p")
        await wait_until(pilot, lambda: "start" in getattr(app.screen, "inputs", {}), "the plan details form")
        form = app.screen
        await pilot.click(form.inputs["start"])
        await pilot.press("ctrl+a", "ctrl+k", *"2024-04-01", "tab", "ctrl+a", "ctrl+k", *"2025-03-31")
        await pilot.pause()
        assert not form.query_one("#form-errors").display  # checked with the moves: nothing outside
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: question_text(app), "the question")
        question = question_text(app)
        assert "The plan will cover 1 Apr 2024 – 31 Mar 2025" in question
        assert "Modern slavery: 3 Apr 2023 – 20 Sep 2023 → 3 Apr 2024 – 20 Sep 2024" in question
        assert "Board: end of year report: 20 Mar 2024 → 20 Mar 2025" in question
        await pilot.press("n")  # back to the form; nothing saved
        await pilot.pause()
        assert app.screen is form and "start = 2023-04-01" in Path("plan.toml").read_text(encoding="utf-8")
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: question_text(app), "the question again")
        await pilot.press("y")
        await wait_until(pilot, lambda: app.plan is not None and app.plan.info.start.year == 2024, "the saved plan")
        assert all(meeting.date.year >= 2024 for meeting in app.plan.meetings)
        assert app.plan.project("modern-slavery").start == dt.date(2024, 4, 3)


async def test_a_required_field_left_empty_is_named_beside_it_not_at_the_top(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    Path("plan.toml").write_text(PLAN_TEXT, encoding="utf-8")
    app = WorkplanApp(Path("plan.toml"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("+")
        await wait_until(pilot, lambda: "start" in getattr(app.screen, "inputs", {}), "the project form")
        form = app.screen
        await pilot.press("ctrl+s")
        await pilot.pause()
        for field in ("start", "end"):
            line = form.error_lines[field]
            assert line.display and str(line.render()) == f"{field.capitalize()} date is required."
        assert not form.query_one("#form-errors").display
        messages = [str(notification.message) for notification in app._notifications]
        assert any(message.endswith("shown beside the fields.") for message in messages), messages


def test_the_not_saved_message_says_where_the_problems_are() -> None:
    from workplan_tui.ui.screens.forms.form_screen import not_saved_message

    assert not_saved_message(3, 0) == "Not saved: 3 problems, shown beside the fields."
    assert not_saved_message(0, 1) == "Not saved: 1 problem, shown at the top of the form."
    assert not_saved_message(1, 2) == "Not saved: 1 problem shown beside the fields, 2 problems at the top of the form."
