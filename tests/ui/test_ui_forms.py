"""Pilot tests of the editing forms: a plan built from the starter through the forms alone,
edits that change only their lines, messages beside the fields, undo/redo, a file changed
on disk, a plan path that does not exist."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import attrs
import pytest
from textual.pilot import Pilot
from textual.widgets import Input, Select, SelectionList, TextArea

from helpers.paths import SSCB
from helpers.pilot import screen_text, settle, wait_until
from helpers.ui_plan import PLAN_TEXT, plan_in_working_folder
from workplan_tui.capacity import format_money
from workplan_tui.plan_io import dumps_plan, load_plan, loads_plan
from workplan_tui.starter import starter_text, write_starter
from workplan_tui.ui.app import WorkplanApp
from workplan_tui.ui.screens.confirm_screen import ConfirmScreen
from workplan_tui.ui.screens.forms.form_screen import FormScreen
from workplan_tui.ui.screens.forms.project_form import ProjectForm
from workplan_tui.ui.screens.item_list_screen import ItemListScreen
from workplan_tui.ui.screens.welcome_screen import WelcomeScreen
from workplan_tui.ui.widgets.plan.project_table import ProjectTable
from workplan_tui.ui.widgets.plan.theme_tree import ThemeTree
from workplan_tui.voting.ballots import ballots_dir

BIG = (120, 40)


def fill(form: FormScreen, name: str, value: Any) -> None:
    """Put a value in a form field as a person would leave it."""
    widget = form.inputs[name]
    if isinstance(widget, Input):
        widget.value = "" if value is None else str(value)
    elif isinstance(widget, TextArea):
        widget.load_text(value or "")
    elif isinstance(widget, Select):
        widget.value = value
    elif isinstance(widget, SelectionList):
        widget.deselect_all()
        for item in value:
            widget.select(item)
    else:
        raise TypeError(type(widget))


async def save(pilot, app: WorkplanApp) -> None:
    form = app.screen
    assert isinstance(form, FormScreen)
    await pilot.press("ctrl+s")
    await pilot.pause()
    assert app.screen is not form, f"form not saved: {form.outcome.errors if form.outcome else None}"


async def open_form(pilot, app: WorkplanApp, *keys: str) -> FormScreen:
    await pilot.press(*keys)
    await pilot.pause()
    assert isinstance(app.screen, FormScreen)
    return app.screen


def move_table_to(app: WorkplanApp, project_id: str) -> None:
    table = app.screen.query_one(ProjectTable)
    table.move_to(project_id)
    table.focus()


async def open_project_form(pilot, app: WorkplanApp, project_id: str, key: str = "enter") -> FormScreen:
    """The project's form from the table: enter edits it, d duplicates it."""
    move_table_to(app, project_id)
    return await open_form(pilot, app, key)


def move_tree_to(app: WorkplanApp, data: tuple[str, int | None]) -> None:
    tree = app.screen.query_one(ThemeTree)
    line = next(line for line in range(tree.last_line + 1) if tree.get_node_at_line(line).data == data)
    tree.cursor_line = line
    tree.focus()


async def remove_highlighted(pilot) -> None:
    await pilot.press("x")
    await pilot.pause()
    await pilot.press("y")
    await pilot.pause()


# -- the SSCB 2023/24 plan, typed into the forms of a fresh starter plan ---------------------
# One test per kind of form, each on the plan the earlier kinds would have made: the starter
# for the first, the SSCB plan without what the form types in for the others. Together they
# type the SSCB plan's details, limits, themes, activities, members, meetings and projects.

SSCB_PROJECTS = ("modern-slavery", "police-capacity", "cohesion-court-case", "reducing-reoffending")
SSCB_THEMES = ("community-safety", "counter-extremism-cohesion")
SSCB_MEMBERS = ("chair", "vice-chair", "deputy-chair-1", "deputy-chair-2", "member-01", "member-13")


def sscb_without_what_is_typed(tmp_path: Path, **typed_in: object) -> Path:
    """The SSCB plan with the given fields replaced (what a form is about to type in), as a file."""
    path = tmp_path / "sscb.toml"
    plan = attrs.evolve(load_plan(SSCB), **typed_in)
    # A declaration of interest names a member and a project: it goes when either does.
    members = {member.id for member in plan.members}
    kept = tuple(i for i in plan.interests if i.member in members and i.project in plan.projects_by_id)
    path.write_text(dumps_plan(attrs.evolve(plan, interests=kept)), encoding="utf-8")
    return path


async def leave_the_welcome(pilot: Pilot, app: WorkplanApp) -> None:
    """A plan with no projects (the starter, or a plan not yet filled) opens on the welcome
    screen; escape goes to the plan."""
    await wait_until(pilot, lambda: isinstance(app.screen, WelcomeScreen), "the welcome screen of a plan with no projects")
    await pilot.press("escape")


async def test_the_starter_cleared_and_given_the_sscb_details_and_limits_through_the_forms(tmp_path: Path) -> None:
    sscb = load_plan(SSCB)
    path = tmp_path / "sscb.toml"
    write_starter(path)
    app = WorkplanApp(path)
    # 80x24: the forms work at the smallest size, and each form drawn there costs less.
    async with app.run_test(size=(80, 24)) as pilot:
        await leave_the_welcome(pilot, app)  # the untouched starter: the guided first screen

        # Clear the starter's examples (they are dated 2025/26 and would fall outside 2023/24).
        for project_id in ("first-project", "second-project"):
            move_table_to(app, project_id)
            await remove_highlighted(pilot)
        move_tree_to(app, ("community-safety", 0))
        await remove_highlighted(pilot)
        assert [p.id for p in app.plan.projects] == [] and app.plan.theme("community-safety").activities == ()

        await pilot.press("M")
        await pilot.pause()
        assert isinstance(app.screen, ItemListScreen)
        await remove_highlighted(pilot)  # the starter's one meeting
        await pilot.press("escape")

        form = await open_form(pilot, app, "p")
        for key in ("title", "board", "cycle", "start", "end"):
            fill(form, key, getattr(sscb.info, key))
        await save(pilot, app)

        form = await open_form(pilot, app, "l")
        # Amounts typed as people read them (£10,000): the form reads them into pence.
        fill(form, "budget", format_money(sscb.limits.budget, sscb.limits.currency))
        fill(form, "total_budget", format_money(sscb.limits.total_budget or 0, sscb.limits.currency))
        fill(form, "capacity.senior_adviser", sscb.limits.capacity["senior_adviser"])
        fill(form, "capacity.adviser", sscb.limits.capacity["adviser"])
        fill(form, "new-role", "graduate_trainee")
        fill(form, "new-role-days", sscb.limits.capacity["graduate_trainee"])
        gate = sscb.limits.gate("research_team")
        fill(form, "gates.research_team.label", gate.label)
        fill(form, "gates.research_team.approval", gate.approval)
        await save(pilot, app)

    entered = load_plan(path)  # what `workplan check` loads
    assert entered.info == sscb.info
    assert entered.limits == sscb.limits
    assert entered.projects == () and entered.meetings == () and entered.theme("community-safety").activities == ()


async def test_the_sscb_themes_typed_into_their_forms(tmp_path: Path) -> None:
    sscb = load_plan(SSCB)
    starters_theme = attrs.evolve(loads_plan(starter_text()).theme("community-safety"), activities=())
    path = sscb_without_what_is_typed(tmp_path, themes=(starters_theme,), projects=())
    app = WorkplanApp(path)
    async with app.run_test(size=(80, 24)) as pilot:
        await leave_the_welcome(pilot, app)
        # The starter's theme has the SSCB id already; the other one is added.
        move_tree_to(app, ("community-safety", None))
        form = await open_form(pilot, app, "enter")
        fill(form, "title", sscb.theme("community-safety").title)
        await save(pilot, app)
        form = await open_form(pilot, app, "t")
        fill(form, "id", "counter-extremism-cohesion")
        fill(form, "title", sscb.theme("counter-extremism-cohesion").title)
        await save(pilot, app)

    entered = load_plan(path)
    assert [(theme.id, theme.title, theme.activities) for theme in entered.themes] == [
        (theme_id, sscb.theme(theme_id).title, ()) for theme_id in SSCB_THEMES
    ]


@pytest.mark.parametrize("theme_id", SSCB_THEMES)
async def test_the_sscb_activities_of_a_theme_typed_into_their_forms(tmp_path: Path, theme_id: str) -> None:
    sscb = load_plan(SSCB)
    themes = tuple(attrs.evolve(theme, activities=()) if theme.id == theme_id else theme for theme in sscb.themes)
    # Without the projects, as the starter had them when its activities were typed: each save draws less.
    path = sscb_without_what_is_typed(tmp_path, themes=themes, projects=())
    app = WorkplanApp(path)
    async with app.run_test(size=(80, 24)) as pilot:
        await leave_the_welcome(pilot, app)
        for activity in sscb.theme(theme_id).activities:
            move_tree_to(app, (theme_id, None))
            form = await open_form(pilot, app, "plus")
            fill(form, "text", activity.text)
            await save(pilot, app)

    assert load_plan(path).theme(theme_id) == sscb.theme(theme_id)


async def test_the_sscb_members_typed_into_their_forms(tmp_path: Path) -> None:
    sscb = load_plan(SSCB)
    path = sscb_without_what_is_typed(tmp_path, members=loads_plan(starter_text()).members)
    app = WorkplanApp(path)
    async with app.run_test(size=(80, 24)) as pilot:
        # Members: the starter's chair and vice-chair are the SSCB's; its member-1 goes.
        await pilot.press("m")
        await pilot.pause()
        members = app.screen
        assert isinstance(members, ItemListScreen)
        members.query_one("DataTable").move_cursor(row=2)
        await remove_highlighted(pilot)
        for member in sscb.members:
            if member.id in SSCB_MEMBERS[2:]:
                form = await open_form(pilot, app, "plus")
                fill(form, "id", member.id)
                fill(form, "label", member.label)
                fill(form, "role", member.role)
                await save(pilot, app)
        await pilot.press("escape")

    assert load_plan(path).members == tuple(m for m in sscb.members if m.id in SSCB_MEMBERS)


async def test_the_sscb_meetings_typed_into_their_forms(tmp_path: Path) -> None:
    sscb = load_plan(SSCB)
    path = sscb_without_what_is_typed(tmp_path, meetings=(), projects=())  # milestones name meetings
    app = WorkplanApp(path)
    async with app.run_test(size=(80, 24)) as pilot:
        await leave_the_welcome(pilot, app)
        await pilot.press("M")
        await pilot.pause()
        for meeting in sscb.meetings:
            form = await open_form(pilot, app, "plus")
            fill(form, "id", meeting.id)
            fill(form, "date", meeting.date)
            fill(form, "kind", meeting.kind)
            fill(form, "title", meeting.title)
            await save(pilot, app)
        await pilot.press("escape")

    assert load_plan(path).meetings == sscb.meetings


async def test_the_sscb_projects_typed_into_their_forms(tmp_path: Path) -> None:
    sscb = load_plan(SSCB)
    path = sscb_without_what_is_typed(tmp_path, projects=())
    app = WorkplanApp(path)
    async with app.run_test(size=(80, 24)) as pilot:
        await leave_the_welcome(pilot, app)
        for project_id in SSCB_PROJECTS:
            project = sscb.project(project_id)
            form = await open_form(pilot, app, "plus")
            assert isinstance(form, ProjectForm)
            for key in ("id", "title", "theme", "summary", "resources", "timing", "funding", "start", "end", "gates", "estimated"):
                fill(form, key, getattr(project, key))
            fill(form, "cost", format_money(project.cost, sscb.limits.currency))  # "£3,750", as the table shows it
            for role, days in project.effort.items():
                fill(form, f"effort.{role}", days)
            for milestone in project.milestones:
                before = len(form.milestone_rows.rows)
                form.query_one("#add-milestone").press()
                # On a loaded machine one pause may come before the new row has its fields.
                await wait_until(
                    pilot,
                    lambda rows=form.milestone_rows, before=before: len(rows.rows) > before and rows.rows[-1].query(".milestone-at"),
                    "the new milestone row",
                )
                row = form.milestone_rows.rows[-1]
                row.query_one(".milestone-at", Select).value = milestone.at
                row.query_one(".milestone-what", Input).value = milestone.what
            await pilot.pause()
            await save(pilot, app)

    assert load_plan(path).projects == tuple(sscb.project(p) for p in SSCB_PROJECTS)


# -- edits to a hand-commented plan ------------------------------------------------------------


@pytest.fixture
def sscb_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sscb_text: str) -> Path:
    return plan_in_working_folder(tmp_path, monkeypatch, sscb_text, "sscb.toml")


def changed_lines(before: str, after: str) -> list[tuple[str, str]]:
    old, new = before.splitlines(), after.splitlines()
    assert len(old) == len(new)
    return [(a, b) for a, b in zip(old, new, strict=True) if a != b]


async def test_an_edit_through_the_form_changes_only_that_projects_line(sscb_copy: Path) -> None:
    before = sscb_copy.read_text(encoding="utf-8")
    app = WorkplanApp(sscb_copy)
    async with app.run_test(size=BIG) as pilot:
        form = await open_project_form(pilot, app, "police-capacity")
        fill(form, "cost", "7000")
        fill(form, "progress", "in_progress")
        await save(pilot, app)
        assert app.plan.project("police-capacity").cost == 7000_00  # pence; the app shows the saved plan
    after = sscb_copy.read_text(encoding="utf-8")
    old_cost = "cost = 6500                 # fieldwork for the quantitative research (survey/polling)"
    assert old_cost in before
    # cost keeps its comment; progress is a new line after note's place, inside the same block
    lines = after.splitlines()
    start = lines.index('id = "police-capacity"')
    end = lines.index('id = "cohesion-court-case"')
    added = [line for line in lines if line not in before.splitlines()]
    assert added == [old_cost.replace("6500", "7000"), 'progress = "in_progress"']
    assert all(start < lines.index(line) < end for line in added)
    assert after.replace(old_cost.replace("6500", "7000") + "\n", old_cost + "\n").replace('progress = "in_progress"\n', "") == before


async def test_bad_date_and_negative_cost_are_shown_beside_their_fields_and_not_saved(sscb_copy: Path) -> None:
    before = sscb_copy.read_bytes()
    app = WorkplanApp(sscb_copy)
    async with app.run_test(size=(80, 24)) as pilot:
        form = await open_project_form(pilot, app, "modern-slavery")
        await pilot.press("tab")  # the cursor in the form, typing as a person does
        form.inputs["start"].focus()
        await pilot.press("ctrl+u", *"2023-02-30")
        form.inputs["cost"].focus()
        await pilot.press("ctrl+u", "minus", "5")
        await pilot.pause()
        start_error = str(form.error_lines["start"].render())
        cost_error = str(form.error_lines["cost"].render())
        assert form.error_lines["start"].display and "E101" not in start_error and "must be a date like" in start_error
        assert form.error_lines["cost"].display and "E106" not in cost_error and "must be at least 0, not -5" in cost_error
        assert not form.error_lines["title"].display
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen is form  # refused: the form stays with what was typed
        form.inputs["cost"].focus()
        await pilot.press("ctrl+u", *"4000")
        form.inputs["start"].focus()
        await pilot.press("ctrl+u", *"2023-04-03")
        await pilot.pause()
        assert not form.error_lines["cost"].display and not form.error_lines["start"].display
        await pilot.press("escape")
    assert sscb_copy.read_bytes() == before


async def test_a_cost_with_pence_is_typed_as_people_write_it_and_saved_exactly(sscb_copy: Path) -> None:
    app = WorkplanApp(sscb_copy)
    async with app.run_test(size=(80, 24)) as pilot:
        form = await open_project_form(pilot, app, "modern-slavery")
        await pilot.press("tab")
        form.inputs["cost"].focus()
        await pilot.press("ctrl+u", *"12.345")
        await wait_until(pilot, lambda: form.error_lines["cost"].display, "the cost's error line")
        assert "has more than 2 decimals" in str(form.error_lines["cost"].render())
        await pilot.press("ctrl+u", *"£12,500.5")
        await wait_until(pilot, lambda: not form.error_lines["cost"].display, "the cost accepted")
        assert "Budget £20,500.50 of £10,000" in str(form.query_one("#effect-gauge").render())
        await save(pilot, app)
        assert app.plan.project("modern-slavery").cost == 1250050
        await pilot.pause()
        assert "£12,500.50" in screen_text(app)  # the Plan table's cost, pence shown
        form = await open_project_form(pilot, app, "modern-slavery")
        assert form.inputs["cost"].value == "12500.50"  # as the file says it
        await pilot.press("escape")
    text = sscb_copy.read_text(encoding="utf-8")
    assert re.search(r"^cost = 12500\.50 +# design and print", text, re.MULTILINE)  # its comment kept


async def test_the_form_shows_the_effect_on_the_budget_before_saving(sscb_copy: Path) -> None:
    app = WorkplanApp(sscb_copy)
    async with app.run_test(size=BIG) as pilot:
        form = await open_project_form(pilot, app, "modern-slavery")
        gauge = str(form.query_one("#effect-gauge").render())
        assert "Budget £11,750 of £10,000" in gauge and "over by £1,750" in gauge  # the six counted, as check does
        fill(form, "cost", "2000")
        await pilot.pause()
        gauge = str(form.query_one("#effect-gauge").render())
        assert "Budget £10,000 of £10,000" in gauge and "£0 left" in gauge
        load = str(form.query_one("#effect-load").render())
        assert "Graduate trainee" in load and "days/month" in load
        await pilot.press("escape")
    assert load_plan(sscb_copy).project("modern-slavery").cost == 3750_00  # cancelled: nothing written


async def test_undo_and_redo_step_through_saved_edits(sscb_copy: Path) -> None:
    original = sscb_copy.read_bytes()
    app = WorkplanApp(sscb_copy)
    async with app.run_test(size=BIG) as pilot:
        form = await open_project_form(pilot, app, "modern-slavery")
        fill(form, "cost", "4000")
        await save(pilot, app)
        edited = sscb_copy.read_bytes()
        assert edited != original and app.plan.project("modern-slavery").cost == 4000_00
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert sscb_copy.read_bytes() == original and app.plan.project("modern-slavery").cost == 3750_00
        await pilot.press("ctrl+y")
        await pilot.pause()
        assert sscb_copy.read_bytes() == edited and app.plan.project("modern-slavery").cost == 4000_00


async def test_a_file_changed_on_disk_is_not_replaced_without_asking(sscb_copy: Path) -> None:
    app = WorkplanApp(sscb_copy)
    async with app.run_test(size=BIG) as pilot:
        form = await open_project_form(pilot, app, "modern-slavery")
        fill(form, "cost", "4000")
        await pilot.pause()
        outside = sscb_copy.read_text(encoding="utf-8") + "# added by another editor\n"
        sscb_copy.write_text(outside, encoding="utf-8")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")
        await pilot.pause()
        assert app.screen is form  # the form keeps what was typed
        assert sscb_copy.read_text(encoding="utf-8") == outside  # nothing written
        await save(pilot, app)  # now made on the file's new version
    text = sscb_copy.read_text(encoding="utf-8")
    assert text.endswith("# added by another editor\n") and load_plan(sscb_copy).project("modern-slavery").cost == 4000_00


async def test_replacing_a_file_changed_on_disk_after_confirming(sscb_copy: Path) -> None:
    app = WorkplanApp(sscb_copy)
    async with app.run_test(size=BIG) as pilot:
        form = await open_project_form(pilot, app, "modern-slavery")
        fill(form, "cost", "4000")
        sscb_copy.write_text(sscb_copy.read_text(encoding="utf-8") + "# elsewhere\n", encoding="utf-8")
        await pilot.press("ctrl+s")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        assert not isinstance(app.screen, (ConfirmScreen, FormScreen))
    assert "# elsewhere" not in sscb_copy.read_text(encoding="utf-8")
    assert load_plan(sscb_copy).project("modern-slavery").cost == 4000_00


async def test_progress_of_an_activity_and_a_project(sscb_copy: Path) -> None:
    app = WorkplanApp(sscb_copy)
    async with app.run_test(size=BIG) as pilot:
        move_tree_to(app, ("licensing-regulation", 5))
        form = await open_form(pilot, app, "enter")
        fill(form, "status", "done")
        fill(form, "note", "Two courses held, 40 councillors trained")
        await save(pilot, app)
        form = await open_project_form(pilot, app, "modern-slavery")
        fill(form, "progress", "dropped")
        fill(form, "note", "Stopped: national review under way")
        await save(pilot, app)
    plan = load_plan(sscb_copy)
    activity = plan.theme("licensing-regulation").activities[5]
    assert (activity.status, activity.note) == ("done", "Two courses held, 40 councillors trained")
    project = plan.project("modern-slavery")
    assert (project.progress, project.note) == ("dropped", "Stopped: national review under way")


async def test_removing_a_theme_still_used_is_refused_with_checks_error(sscb_copy: Path) -> None:
    before = sscb_copy.read_bytes()
    app = WorkplanApp(sscb_copy)
    async with app.run_test(size=BIG) as pilot:
        move_tree_to(app, ("community-safety", None))
        await remove_highlighted(pilot)
        # Said with the project's title, not its key path: "projects[0].theme".
        assert any("Theme of Modern slavery, “community-safety”, is not a theme of the plan;" in n.message
                   for n in app._notifications), [n.message for n in app._notifications]
    assert sscb_copy.read_bytes() == before


async def test_duplicate_project_goes_right_after_its_original(sscb_copy: Path) -> None:
    app = WorkplanApp(sscb_copy)
    async with app.run_test(size=BIG) as pilot:
        form = await open_project_form(pilot, app, "modern-slavery", "d")
        assert form.inputs["id"].value == "modern-slavery-copy"
        fill(form, "title", "Modern slavery: phase 2")
        await save(pilot, app)
    ids = [p.id for p in load_plan(sscb_copy).projects]
    assert ids[:3] == ["modern-slavery", "modern-slavery-copy", "reducing-reoffending"]
    assert load_plan(sscb_copy).project("modern-slavery-copy").effort == load_plan(SSCB).project("modern-slavery").effort


async def test_a_plan_path_that_does_not_exist_is_offered_as_a_new_plan(tmp_path: Path) -> None:
    path = tmp_path / "new.toml"
    app = WorkplanApp(path)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_until(pilot, lambda: isinstance(app.screen, ConfirmScreen), "the offer to create the plan")
        await pilot.press("y")
        await wait_until(pilot, lambda: isinstance(app.screen, WelcomeScreen), "the welcome screen of the new plan")
        assert path.read_text(encoding="utf-8") == starter_text()
        await pilot.press("l")
        await pilot.pause()
        assert app.screen.__class__.__name__ == "LimitsForm"


async def test_declining_to_create_writes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "typo.toml"
    app = WorkplanApp(path)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_until(pilot, lambda: isinstance(app.screen, ConfirmScreen), "the offer to create the plan")
        await pilot.press("n")
        await pilot.pause()
        assert app.plan is None and not path.exists()


async def test_a_plan_with_projects_opens_without_the_welcome(plan_file: Path) -> None:
    assert PLAN_TEXT
    app = WorkplanApp(plan_file)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert not isinstance(app.screen, WelcomeScreen)


async def test_a_slow_plan_is_checked_once_typing_pauses_off_the_ui_thread(sscb_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import threading

    from workplan_tui.ui.screens.forms import form_screen

    monkeypatch.setattr(form_screen, "BACKGROUND_CHECK_CHARACTERS", 0)  # as for a 2,000-project plan
    # A pause long enough that a busy test machine never sees one between two keystrokes; the
    # test waits for the dry runs themselves, so a longer pause costs only its own length.
    monkeypatch.setattr(form_screen, "TYPING_PAUSE_SECONDS", 1.5)
    app = WorkplanApp(sscb_copy)
    async with app.run_test(size=(80, 24)) as pilot:
        form = await open_project_form(pilot, app, "modern-slavery")
        threads: list[str] = []
        operation = form.operation

        def counted(session, dry_run):
            threads.append(threading.current_thread().name)
            return operation(session, dry_run)

        async def type_then_rest(*keys: str) -> None:
            checks_before = len(threads)
            form.inputs["cost"].focus()
            await pilot.press("ctrl+u", *keys)
            await wait_until(pilot, lambda: len(threads) > checks_before, "the dry run once typing pauses")
            await settle(pilot)

        form.operation = counted  # type: ignore[method-assign]
        await type_then_rest("minus", "5")
        assert len(threads) == 1 and threads[0] != threading.main_thread().name  # once, not per key
        assert form.error_lines["cost"].display and "must be at least 0" in str(form.error_lines["cost"].render())
        await type_then_rest("4", "0", "0", "0")
        assert len(threads) == 2 and not form.error_lines["cost"].display
        await save(pilot, app)
    assert load_plan(sscb_copy).project("modern-slavery").cost == 4000_00


async def test_the_voting_rules_form_edits_the_voting_table_and_refuses_bad_rules(sscb_copy: Path) -> None:
    from workplan_tui.ui.screens.forms.voting_form import VotingForm

    ballots = ballots_dir(sscb_copy)
    ballots.mkdir()
    (ballots / "chair.toml").write_text('member = "chair"\nranking = ["modern-slavery"]\n', encoding="utf-8")
    (ballots / ".half-written.toml").write_text("", encoding="utf-8")  # a temporary: not a ballot
    app = WorkplanApp(sscb_copy)
    async with app.run_test(size=(80, 24)) as pilot:
        form = await open_form(pilot, app, "v")
        assert isinstance(form, VotingForm)
        assert "1 ballot already cast" in str(form.query_one("#voting-ballots-warning").render())
        fill(form, "pick.min", "4")  # more than pick.max
        fill(form, "weights", "5, three")
        await pilot.pause()
        assert form.error_lines["weights"].display
        assert "The points for place 2 must be a number, not “three”." in str(form.error_lines["weights"].render())
        shown = str(form.query_one("#form-errors").render()) + str(form.error_lines["pick.min"].render())
        assert "The fewest projects to prioritise (4) is more than the most (3)." in shown and "pick.min" not in shown
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen is form  # refused
        fill(form, "pick.min", "2")
        fill(form, "weights", "5, 3, 1")
        fill(form, "method", "borda")
        fill(form, "seed", "2023-03-23")
        fill(form, "codes", "yes")
        await pilot.pause()
        await save(pilot, app)
    voting = load_plan(sscb_copy).voting
    assert (voting.method, voting.weights, voting.seed, voting.codes, voting.pick_min) == ("borda", (5, 3, 1), "2023-03-23", True, 2)


async def test_the_limits_form_renames_a_role_and_a_gate_everywhere(sscb_copy: Path) -> None:
    app = WorkplanApp(sscb_copy)
    async with app.run_test(size=BIG) as pilot:
        form = await open_form(pilot, app, "l")
        fill(form, "roles.adviser", "senior_adviser")  # taken: refused, nothing crashes
        await pilot.pause()
        assert str(form.query_one("#form-errors").render()) == "Senior adviser already exists."
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen is form
        fill(form, "roles.adviser", "policy_officer")
        fill(form, "gates.research_team.id", "research_unit")
        await pilot.pause()
        assert form.outcome is not None and form.outcome.ok
        await save(pilot, app)
    plan = load_plan(sscb_copy)
    assert list(plan.limits.capacity) == ["senior_adviser", "policy_officer", "graduate_trainee"]
    assert [gate.id for gate in plan.limits.gates] == ["research_unit"]
    assert all("adviser" not in project.effort for project in plan.projects)
    assert any("policy_officer" in project.effort for project in plan.projects)
    assert any("research_unit" in project.gates for project in plan.projects)
