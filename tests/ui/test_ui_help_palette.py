"""Help (`?`) lists each key once, under headings in words; the palette finds commands by the words people type."""

from __future__ import annotations

import re
from pathlib import Path

from helpers.paths import SSCB
from helpers.pilot import show_pane
from workplan_tui.ui.app import WorkplanApp
from workplan_tui.ui.commands import BindingCommands
from workplan_tui.ui.screens.help_screen import help_text


async def test_help_lists_each_key_once_under_headings_in_words() -> None:
    app = WorkplanApp(SSCB)
    async with app.run_test(size=(80, 24)) as pilot:
        for key in "123451":  # every pane built, so that every widget's keys are on the screen
            await show_pane(pilot, key)
        text = help_text(app.screen).plain
    headings: list[str] = []
    keys_under: dict[str, list[str]] = {}
    for line in text.splitlines():
        if line and not line.startswith(" ") and not line.startswith("ctrl+p opens"):
            headings.append(line)
            keys_under[line] = []
        elif line.startswith("  "):
            keys, _description = re.split(r"\s{2,}", line.strip(), maxsplit=1)
            keys_under[headings[-1]].extend(keys.split(", "))
    for heading in headings:
        assert not re.search(r"[a-z][A-Z]", heading), f"a class name as a heading: {heading}"  # MainScreen, ContentTabs
        assert " " in heading or heading in {"Keys", "Everywhere", "Plan", "Filter", "Themes", "Capacity", "Vote", "Results", "Export", "Scrolling", "Attendance"}, heading
        keys = keys_under[heading]
        assert len(keys) == len(set(keys)), f"a key twice under {heading}: {sorted(k for k in keys if keys.count(k) > 1)}"
    assert "x, del" in text  # one line for the two keys of one command
    assert "Moving between parts of the screen" in text and "The pane tabs" in text and "Typing in a text field" in text


WORDS_PEOPLE_TYPE = {
    "budget": "Plan: Limits",
    "capacity": "Show Capacity",
    "members": "Plan: Members",
    "export": "Show Export",
    "vote": "Show Vote",
    "ballot": "Vote: Submit the ballot",
    "paper": "Show Export",
    "cycle": "Plan: Plan details",
    "method": "Plan: Voting rules",
    "tally": "Show Results",
}


async def test_the_palette_finds_commands_by_the_words_people_type(plan_file: Path) -> None:
    app = WorkplanApp(plan_file)
    async with app.run_test(size=(80, 24)) as pilot:
        for key in "3451":
            await show_pane(pilot, key)
        provider = BindingCommands(app.screen)
        for typed, expected in WORDS_PEOPLE_TYPE.items():
            hits = [str(hit.text) async for hit in provider.search(typed)]
            assert expected in hits, (typed, hits)
        # A command whose title matches comes before one found by its words alone.
        hits = [hit async for hit in provider.search("capacity")]
        assert str(max(hits, key=lambda hit: hit.score).text) == "Show Capacity"
