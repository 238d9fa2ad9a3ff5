"""The app shows file names and what a ballot holds safely (issue 17): a ballot named with an
escape sequence cleared the Results pane's screen, and the plan's path is in the title bar."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers.hostile_text import escaped, file_name, is_unsafe
from helpers.pilot import on_pane, screen_text
from helpers.ui_voting import VOTING_PLAN_TEXT, cast_ballots
from workplan_tui.ui.panes.results_pane import ResultsPane
from workplan_tui.voting.ballots import ballots_dir

NAMES = [
    "\x1b[2Jx\n  - FORGED: all good",  # clears the screen, then a line of its own
    "\udcffx",  # a byte that is not UTF-8
    "\u202eevil\x9b31m\x07",  # right-to-left override, a C1 sequence, the bell
]


def raw_unsafe(text: str) -> list[str]:
    return [character for character in text.replace("\n", "") if is_unsafe(character)]


@pytest.mark.parametrize("name", NAMES, ids=["escape-and-forged-line", "not-utf-8", "bidi-and-c1"])
async def test_ballot_file_names_reasons_and_the_plans_path_are_shown_escaped(tmp_path: Path, name: str) -> None:
    name = file_name(name) or ""
    folder = tmp_path / name
    folder.mkdir()
    plan = folder / f"{name}.toml"
    plan.write_text(VOTING_PLAN_TEXT, encoding="utf-8")
    ballots = cast_ballots(plan)
    (ballots / f"{name}.toml").write_text('member = "nobody"\nranking = ["court-cases"]\n', encoding="utf-8")
    # An unknown key: the reason the count gives quotes it.
    (ballots / "keyed.toml").write_text('"\\u001b[2J" = 1\nmember = "member-a"\nranking = ["court-cases"]\n', encoding="utf-8")
    async with on_pane(plan, "4", ResultsPane) as (app, _, pane):
        notes = str(pane.query_one("#results-notes").render())
        assert f"{escaped(name)}.toml: “nobody” is not a member of the board." in notes
        assert "keyed.toml: Unknown key “\\x1b[2J”." in notes
        assert pane.query_one("#results-body").border_subtitle == f"{escaped(ballots_dir(plan).name)} · t counts again"
        assert app.sub_title == escaped(str(plan))
        assert raw_unsafe(notes) == [] and raw_unsafe(screen_text(app)) == []
