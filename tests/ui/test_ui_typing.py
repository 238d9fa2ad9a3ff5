"""Typing as fast as a terminal delivers keys: every key reaches the widget that had focus when
it was typed, letter keys never act behind a text field, and a changed form is not lost
without a question.

`pilot.press` waits for the app to be idle after every key, which is why it never showed a
key landing in the wrong field. `burst` queues every key at once, as a terminal does when keys
come faster than the app handles them (tmux send-keys, a paste of keystrokes, a busy machine):
tests/ui/test_ui_typing_terminal.py does the same through a real terminal.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import time
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from textual import events
from textual.keys import KEY_NAME_REPLACEMENTS, key_to_character
from textual.pilot import Pilot
from textual.widgets import Input, TabbedContent, TextArea

from helpers.paths import SSCB
from helpers.pilot import WAIT_LIMIT_SECONDS, wait_until
from helpers.ui_plan import plan_in_working_folder
from workplan_tui.plan_io import load_plan
from workplan_tui.ui.app import WorkplanApp
from workplan_tui.ui.bindings import screen_bindings
from workplan_tui.ui.main_screen import MainScreen
from workplan_tui.ui.panes import PANES
from workplan_tui.ui.screens.confirm_screen import ConfirmScreen
from workplan_tui.ui.screens.forms import launch
from workplan_tui.ui.screens.forms.form_screen import FormScreen

SIZE = (80, 24)


class Key(str):
    """A key by its name ("tab", "ctrl+s"), where a plain string is text to type."""


TAB, BACK, SAVE, ESCAPE = Key("tab"), Key("shift+tab"), Key("ctrl+s"), Key("escape")
CLEAR = (Key("ctrl+a"), Key("ctrl+k"))  # to the start of the field, then delete to its end


def key_of(character: str) -> str:
    """Textual's name of the key that types `character` ("+" -> "plus", "a" -> "a")."""
    if character.isalnum():
        return character
    name = unicodedata.name(character).lower().replace("-", "_").replace(" ", "_")
    return KEY_NAME_REPLACEMENTS.get(name, name)


def key_events(*parts: str) -> list[events.Key]:
    """The key events a terminal sends for these keys and texts."""
    keys: list[events.Key] = []
    for part in parts:
        if isinstance(part, Key):
            keys.append(events.Key(part, key_to_character(part)))
        else:
            keys.extend(events.Key(key_of(character), character) for character in part)
    return keys


async def burst(pilot: Pilot, *parts: str) -> None:
    """Queue every key at once, as a terminal hands over keys typed faster than they are
    handled, then wait until the app has handled them all."""
    app = pilot.app
    assert isinstance(app, WorkplanApp)
    keys = key_events(*parts)
    handled = app.keys_handled + len(keys)
    for key in keys:
        app.post_message(key)
    deadline = time.monotonic() + WAIT_LIMIT_SECONDS
    while app.keys_handled < handled:  # a plain sleep: pilot.pause walks every widget each time
        assert time.monotonic() < deadline, f"{handled - app.keys_handled} of {len(keys)} keys still not handled"
        await asyncio.sleep(0.005)
    await pilot.pause()


async def press_at_once(pilot: Pilot, *parts: str) -> None:
    """The same keys through `pilot.press`, all in one call."""
    await pilot.press(*(event.key for event in key_events(*parts)))
    await pilot.pause()


TYPISTS = {"burst": burst, "press": press_at_once}


@pytest.fixture
def sscb_plan(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    return plan_in_working_folder(tmp_path, monkeypatch, SSCB.read_text(encoding="utf-8"), "sscb.toml")


@contextmanager
def actions_run(app: WorkplanApp) -> Iterator[list[str]]:
    """Every action a key binding (or anything else) runs meanwhile: typing runs none."""
    run: list[str] = []
    original = app.run_action

    async def recording(action: Any, default_namespace: Any = None) -> bool:
        run.append(str(action))
        return await original(action, default_namespace)

    app.run_action = recording  # type: ignore[method-assign]
    try:
        yield run
    finally:
        app.run_action = original  # type: ignore[method-assign]


def no_editor(app: WorkplanApp, monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The editor `e` would open, recorded instead of run."""
    opened: list[Path] = []

    def run_editor(path: Path) -> str:
        opened.append(path)
        return ""

    monkeypatch.setattr(app, "run_editor", run_editor)
    return opened


def saved_project(plan_path: Path, project_id: str) -> Any:
    plan = load_plan(plan_path)
    assert project_id in plan.projects_by_id, f"{project_id} was not saved"
    return plan.project(project_id)


# -- whole forms typed with no pause ---------------------------------------------------------

# The Add project form's fields in focus order on the example plan: Id, Title, Theme, Summary,
# Resources, Timing, Cost, Funded by, Senior adviser days, Adviser days, Graduate trainee days,
# Start, End.
STREET_LIGHTING = (
    "+",  # from the Projects table: the form opens while the rest is still coming
    "street-lighting", TAB,
    "Street lighting and safety", TAB,
    TAB,  # the theme stays the first
    "Brighter streets, fewer assaults", TAB,
    TAB, TAB,
    "4600", TAB,
    TAB,
    "11", TAB,
    "3", TAB,
    TAB,
    "2023-06-01", TAB,
    "2023-09-30",
    SAVE,
)  # fmt: skip


@pytest.mark.parametrize("typist", TYPISTS)
async def test_a_whole_project_typed_with_no_pause_is_saved_as_typed(sscb_plan: Path, typist: str, monkeypatch) -> None:
    app = WorkplanApp(sscb_plan)
    async with app.run_test(size=SIZE) as pilot:
        opened = no_editor(app, monkeypatch)
        await TYPISTS[typist](pilot, *STREET_LIGHTING)
        await wait_until(pilot, lambda: isinstance(app.screen, MainScreen), "the form to be saved and closed")
        assert opened == []
    project = saved_project(sscb_plan, "street-lighting")
    assert project.title == "Street lighting and safety"
    assert project.summary == "Brighter streets, fewer assaults"
    assert project.theme == "counter-extremism-cohesion"
    assert project.cost == 4600_00
    assert dict(project.effort) == {"senior_adviser": 11, "adviser": 3}
    assert (project.start, project.end) == (dt.date(2023, 6, 1), dt.date(2023, 9, 30))


async def test_tabs_between_figures_keep_each_figure_in_its_field(sscb_plan: Path) -> None:
    """The issue's `2000` Tab Tab `3` Tab `8`: it gave Cost 2000384 and dates in Adviser days."""
    app = WorkplanApp(sscb_plan)
    async with app.run_test(size=SIZE) as pilot:
        await burst(pilot, "+", "cyber", TAB, "Cyber crime", TAB, TAB, TAB, TAB, TAB)
        await burst(pilot, "2000", TAB, TAB, "3", TAB, "8", TAB, "4", TAB, "2023-05-01", TAB, "2023-07-31", SAVE)
        await wait_until(pilot, lambda: isinstance(app.screen, MainScreen), "the form to be saved and closed")
    project = saved_project(sscb_plan, "cyber")
    assert project.cost == 2000_00
    assert dict(project.effort) == {"senior_adviser": 3, "adviser": 8, "graduate_trainee": 4}
    assert (project.start, project.end) == (dt.date(2023, 5, 1), dt.date(2023, 7, 31))


@pytest.mark.parametrize("typist", TYPISTS)
async def test_every_form_typed_with_no_pause_saves_what_was_typed(sscb_plan: Path, typist: str) -> None:
    type_keys = TYPISTS[typist]
    app = WorkplanApp(sscb_plan)
    async with app.run_test(size=SIZE) as pilot:

        async def typed_and_saved(*keys: str) -> None:
            await type_keys(pilot, *keys)
            await wait_until(pilot, lambda: not isinstance(app.screen, FormScreen), "the form to be saved and closed")

        await typed_and_saved("t", "road-safety", TAB, "Road safety", SAVE)
        await typed_and_saved("l", *CLEAR, "30000", TAB, TAB, *CLEAR, "250000", SAVE)
        await typed_and_saved("p", *CLEAR, "SSCB work plan 2023 to 2024", SAVE)
        await typed_and_saved("v", TAB, *CLEAR, "4", TAB, *CLEAR, "5", SAVE)
        await typed_and_saved("m", "+", "member-99", TAB, "Member for roads", SAVE)
        await burst(pilot, ESCAPE)
        await typed_and_saved("M", "+", "board-2024-03-roads", TAB, "2024-01-18", TAB, TAB, "Board: road safety", SAVE)
        await burst(pilot, ESCAPE)
    plan = load_plan(sscb_plan)
    assert plan.theme("road-safety").title == "Road safety"
    assert (plan.limits.budget, plan.limits.total_budget) == (30000_00, 250000_00)  # pence
    assert plan.info.title == "SSCB work plan 2023 to 2024"
    assert (plan.voting.pick_max, plan.voting.ballot_length) == (4, 5)
    member = next(member for member in plan.members if member.id == "member-99")
    assert member.label == "Member for roads"
    meeting = plan.meetings_by_id["board-2024-03-roads"]
    assert (meeting.date, meeting.title) == (dt.date(2024, 1, 18), "Board: road safety")


async def test_text_typed_right_after_plus_reaches_the_form_not_the_app_keys(sscb_plan: Path, monkeypatch) -> None:
    """The `e` of "street" opened the editor when the form was not yet focused."""
    app = WorkplanApp(sscb_plan)
    async with app.run_test(size=SIZE) as pilot:
        opened = no_editor(app, monkeypatch)
        await burst(pilot, "+street-lighting", TAB, "Street lighting")
        form = app.screen
        assert isinstance(form, FormScreen)
        assert (form.text("id"), form.text("title")) == ("street-lighting", "Street lighting")
        assert opened == []


async def test_plus_after_shift_tab_onto_the_tab_bar_opens_the_form(sscb_plan: Path, monkeypatch) -> None:
    app = WorkplanApp(sscb_plan)
    async with app.run_test(size=SIZE) as pilot:
        opened = no_editor(app, monkeypatch)
        await burst(pilot, BACK)
        assert type(app.focused).__name__ == "ContentTabs"
        await burst(pilot, "+", "street-lighting")
        form = app.screen
        assert isinstance(form, FormScreen)
        assert form.text("id") == "street-lighting"
        assert opened == []


# -- app keys typed into every text field ----------------------------------------------------


def app_key_characters(app: WorkplanApp) -> str:
    """Every single character bound to a key on the main screen, every pane built."""
    characters = set()
    for bound in screen_bindings(app.screen):
        for key in bound.key.split(","):
            character = key_to_character(key.strip()) or (key.strip() if len(key.strip()) == 1 else None)
            if character is not None and character.isprintable():
                characters.add(character)
    return "".join(sorted(characters))


FORMS: dict[str, Callable[[WorkplanApp], None]] = {
    "add project": launch.add_project,
    "edit project": lambda app: launch.edit_project(app, "modern-slavery"),
    "duplicate project": lambda app: launch.edit_project(app, "modern-slavery", "duplicate"),
    "add theme": launch.add_theme,
    "edit theme": lambda app: launch.edit_theme(app, "community-safety"),
    "add activity": lambda app: launch.edit_activity(app, "community-safety", None),
    "edit activity": lambda app: launch.edit_activity(app, "community-safety", 0),
    "limits": launch.edit_limits,
    "voting rules": launch.edit_voting,
    "plan details": launch.edit_plan_info,
    "add member": lambda app: launch.add_item(app, "members"),
    "edit member": lambda app: launch.edit_item(app, "members", app.plan.members[0].id),  # type: ignore[union-attr]
    "add meeting": lambda app: launch.add_item(app, "meetings"),
    "edit meeting": lambda app: launch.edit_item(app, "meetings", app.plan.meetings[0].id),  # type: ignore[union-attr]
}


async def shown_form(pilot: Pilot, name: str) -> FormScreen:
    """The form on top once it is mounted and its first field has focus."""
    app = pilot.app

    def ready() -> bool:
        return isinstance(app.screen, FormScreen) and app.screen.is_mounted and app.focused is not None

    await wait_until(pilot, ready, f"the {name} form")
    assert isinstance(app.screen, FormScreen)
    return app.screen


def field_texts(form: FormScreen) -> list[str]:
    return [widget.value if isinstance(widget, Input) else widget.text for widget in form.query("Input, TextArea")]  # type: ignore[union-attr]


@pytest.mark.parametrize("name", FORMS)
async def test_app_keys_typed_into_every_text_field_only_change_the_text(sscb_plan: Path, monkeypatch, name: str) -> None:
    app = WorkplanApp(sscb_plan)
    async with app.run_test(size=SIZE) as pilot:
        for number in range(2, len(PANES) + 1):  # every pane built, so its keys are on the screen
            await pilot.press(str(number))
        await pilot.press("1")
        await pilot.pause()
        letters = app_key_characters(app)
        assert set("qer+/?12345antlpvmMsxudc") <= set(letters), letters
        opened = no_editor(app, monkeypatch)
        tabs = app.screen.query_one(TabbedContent)
        FORMS[name](app)
        form = await shown_form(pilot, name)
        fields = list(form.query("Input, TextArea"))
        assert fields
        for field in fields:  # emptied first, so that what a burst leaves is exactly what it typed
            if isinstance(field, Input):
                field.value = ""
            else:
                assert isinstance(field, TextArea)
                field.load_text("")
        for index, field in enumerate(fields):
            field.focus()
            await wait_until(pilot, lambda field=field: app.focused is field, "the field's focus")
            before = field_texts(form)
            with actions_run(app) as actions:
                await burst(pilot, letters)
            where = f"field {index + 1} of {len(fields)}"
            assert app.screen is form, where
            assert app.focused is field, where
            expected = before.copy()
            expected[index] = letters
            assert field_texts(form) == expected, where
            assert actions == [], where
        assert tabs.active == PANES[0].id
        assert opened == []


async def test_app_keys_typed_into_the_main_screens_text_fields_only_change_the_text(sscb_plan: Path, monkeypatch) -> None:
    """The Plan pane's filter and the Export pane's date: letter keys there are text."""
    app = WorkplanApp(sscb_plan)
    async with app.run_test(size=SIZE) as pilot:
        letters = app_key_characters(app)
        opened = no_editor(app, monkeypatch)
        await burst(pilot, "/")
        field = app.focused
        assert isinstance(field, Input)
        with actions_run(app) as actions:
            await burst(pilot, letters)
        assert field.value == letters
        assert actions == [] and opened == []
        assert app.screen.query_one(TabbedContent).active == PANES[0].id


# -- a changed form is not lost without a question ----------------------------------------------


async def test_escape_closes_an_unchanged_form_at_once(sscb_plan: Path) -> None:
    app = WorkplanApp(sscb_plan)
    async with app.run_test(size=SIZE) as pilot:
        for name, open_form in FORMS.items():
            open_form(app)
            await shown_form(pilot, name)
            await burst(pilot, ESCAPE)
            assert isinstance(app.screen, MainScreen), f"{name}: {app.screen}"


async def test_escape_on_a_changed_form_asks_before_discarding(sscb_plan: Path) -> None:
    before = sscb_plan.read_text(encoding="utf-8")
    app = WorkplanApp(sscb_plan)
    async with app.run_test(size=SIZE) as pilot:
        await burst(pilot, "+", "street-lighting", ESCAPE)
        assert isinstance(app.screen, ConfirmScreen)
        await burst(pilot, "n")  # back to the form, nothing lost
        form = app.screen
        assert isinstance(form, FormScreen)
        assert form.text("id") == "street-lighting"
        await burst(pilot, ESCAPE, "y")
        assert isinstance(app.screen, MainScreen)
    assert sscb_plan.read_text(encoding="utf-8") == before


@pytest.mark.parametrize("quit_key", ["ctrl+q"])
async def test_quitting_with_a_form_open_asks_first(sscb_plan: Path, monkeypatch, quit_key: str) -> None:
    app = WorkplanApp(sscb_plan)
    async with app.run_test(size=SIZE) as pilot:
        exits: list[object] = []
        monkeypatch.setattr(app, "exit", lambda *args, **kwargs: exits.append(args))
        await burst(pilot, "+", "street-lighting", Key(quit_key))
        assert isinstance(app.screen, ConfirmScreen)
        assert exits == []
        await burst(pilot, Key(quit_key))  # asked once, not twice
        await burst(pilot, "n")
        assert isinstance(app.screen, FormScreen)
        assert app.screen.text("id") == "street-lighting"
        await burst(pilot, Key(quit_key), "y")
        assert exits == [()]


async def test_q_with_no_form_open_quits_at_once(sscb_plan: Path, monkeypatch) -> None:
    app = WorkplanApp(sscb_plan)
    async with app.run_test(size=SIZE) as pilot:
        exits: list[object] = []
        monkeypatch.setattr(app, "exit", lambda *args, **kwargs: exits.append(args))
        await burst(pilot, "q")
        assert exits == [()]
        assert isinstance(app.screen, MainScreen)


async def test_plus_on_the_themes_tree_reached_by_tab_adds_an_activity_to_the_first_theme(sscb_plan: Path, monkeypatch) -> None:
    """Tab onto the tree left no line highlighted: `+` did nothing and "Run a…" ran n, a, t."""
    app = WorkplanApp(sscb_plan)
    async with app.run_test(size=SIZE) as pilot:
        opened = no_editor(app, monkeypatch)
        await burst(pilot, TAB, "+", "Run a street safety network", SAVE)
        await wait_until(pilot, lambda: isinstance(app.screen, MainScreen), "the form to be saved and closed")
        assert opened == []
    theme = load_plan(sscb_plan).themes[0]
    assert theme.activities[-1].text == "Run a street safety network"
