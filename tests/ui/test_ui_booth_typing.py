"""Members typing on at the booth faster than its screens appear, as keys arrive from a terminal
(tmux send-keys, a member who knows the keys): each key acts on the screen it was typed for,
never on a ballot screen still being built (that was a traceback, "No nodes match
'CandidateList'"), nor on a field of the screen before it (a space typed into the code
field, the first letter of a voter number into the receipt), and the ballots written are the ones typed."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

from textual import events
from textual.keys import key_to_character

from helpers.ballot_kinds import by
from helpers.booth import turn_codes_on
from helpers.pilot import WAIT_LIMIT_SECONDS, wait_until
from helpers.rolls import use_roll
from workplan_tui.plan_io import load_plan
from workplan_tui.ui.booth.booth_app import BoothApp
from workplan_tui.ui.booth.who_screen import WhoIsVotingScreen
from workplan_tui.voting.ballot_box import open_box
from workplan_tui.voting.ballots import read_ballot


def typed(text: str) -> list[events.Key]:
    """The keys that type a voter number or a code."""
    return [events.Key("minus" if character == "-" else character, character) for character in text]


async def burst(pilot, keys: list[str | events.Key]) -> None:
    """Queue every key at once, as a terminal hands over keys typed faster than they are handled."""
    app = pilot.app
    handled = app.keys_handled + len(keys)
    for key in keys:
        app.post_message(key if isinstance(key, events.Key) else events.Key(key, key_to_character(key)))
    deadline = time.monotonic() + WAIT_LIMIT_SECONDS
    while app.keys_handled < handled:
        assert time.monotonic() < deadline, f"{handled - app.keys_handled} of {len(keys)} keys still not handled"
        await asyncio.sleep(0.005)
    await pilot.pause()


def ranking_of(plan_path: Path, member: str) -> tuple[str, ...]:
    box = open_box(plan_path, load_plan(plan_path))
    return read_ballot(Path(box.where(member))).ranking


async def test_three_members_typing_on_in_one_burst_cast_the_ballots_they_typed(voting_plan: Path) -> None:
    app = BoothApp(by("approval", voting_plan))
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_until(pilot, lambda: isinstance(app.screen, WhoIsVotingScreen), "who is voting")
        await burst(pilot, [
            "enter", "space", "s", "enter",  # the chair approves the first project
            "down", "enter", "space", "down", "space", "s", "enter",  # the next member the first two
            "down", "down", "enter", "down", "space", "s", "enter",  # the third the second
        ])
        await wait_until(pilot, lambda: isinstance(app.screen, WhoIsVotingScreen), "who is voting, again")
    assert app.keys_handled == 18  # each key once, a key handed on again included
    members = [member.id for member in load_plan(voting_plan).members]
    first, second = [project.id for project in load_plan(voting_plan).projects][:2]
    assert ranking_of(voting_plan, members[0]) == (first,)
    assert ranking_of(voting_plan, members[1]) == (first, second)
    assert ranking_of(voting_plan, members[2]) == (second,)


async def test_voters_typing_number_code_and_ballot_in_one_burst_lose_no_key(voting_plan: Path) -> None:
    use_roll(voting_plan, "voters.csv")
    codes = turn_codes_on(voting_plan)
    app = BoothApp(by("approval", voting_plan))
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_until(pilot, lambda: isinstance(app.screen, WhoIsVotingScreen), "who is voting")
        keys = [
            *typed("v-1001"), "enter", *typed(codes["v-1001"]), "enter", "space", "down", "space", "s", "enter",
            *typed("v-1002"), "enter", *typed(codes["v-1002"]), "enter", "down", "space", "s", "enter",
        ]
        await burst(pilot, keys)
        await wait_until(pilot, lambda: isinstance(app.screen, WhoIsVotingScreen), "who is voting, again")
        assert app.keys_handled == len(keys)
    first, second = [project.id for project in load_plan(voting_plan).projects][:2]
    assert ranking_of(voting_plan, "v-1001") == (first, second)
    assert ranking_of(voting_plan, "v-1002") == (second,)
