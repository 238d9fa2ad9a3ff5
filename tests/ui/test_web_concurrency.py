"""Thirty booths at once through the served booth (forked booth processes, real websockets):
eighteen members once each, one member six times for a first ballot, one member six times
replacing a ballot. Every ballot lands whole; of six first ballots for one member one is
recorded and five are refused, saying so; of six replacements, the file holds one of them whole.

No timing is asserted: the booths reach their ballots in any order, then submit together.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import aiohttp

from helpers.booth_socket import BoothSocket, serving
from helpers.voting_plans import plan_text, simple_projects
from workplan_tui.plan_io import load_plan
from workplan_tui.voting.ballots import ballots_dir, read_ballots, write_ballot

MEMBERS = [f"member-{n:02d}" for n in range(20)]
ONCE = MEMBERS[:18]
FIRST_RACE, REPLACE_RACE = MEMBERS[18], MEMBERS[19]
PROJECTS = 6
RECEIPT, REFUSAL = "Your ballot was recorded at", "A ballot of yours was"


def write_plan(folder: Path) -> Path:
    path = folder / "plan.toml"
    text = plan_text(simple_projects(PROJECTS), budget=100_000, members=MEMBERS)
    path.write_text(text, encoding="utf-8")
    return path


async def vote(booth: BoothSocket, member_index: int, project_index: int, all_on_ballots: asyncio.Barrier) -> str:
    """One member's turn: choose them, replace if asked, rank one project, wait, submit."""
    await booth.wait_for("Who is voting?")
    await booth.press(*["down"] * member_index, "enter")
    if await booth.wait_for("Your ballot", "Replace your ballot") == "Replace your ballot":
        await booth.press("shift+tab", "enter")  # from "No" to "Replace it"
        await booth.wait_for("Your ballot")
    await all_on_ballots.wait()
    await booth.press(*["down"] * project_index, "enter", "s")
    return await booth.wait_for(RECEIPT, REFUSAL)


async def test_thirty_booths_at_once_lose_nothing(tmp_path: Path) -> None:
    plan_path = write_plan(tmp_path)
    plan = load_plan(plan_path)
    folder = ballots_dir(plan_path)
    write_ballot(plan, folder, REPLACE_RACE, ["p1", "p2", "p3"])
    turns = [(MEMBERS.index(member), index % PROJECTS) for index, member in enumerate(ONCE)]
    turns += [(MEMBERS.index(FIRST_RACE), index) for index in range(6)]
    turns += [(MEMBERS.index(REPLACE_RACE), index) for index in range(6)]
    assert len(turns) == 30
    all_on_ballots = asyncio.Barrier(len(turns))
    async with serving(plan_path) as (_meeting, origin), aiohttp.ClientSession() as session:
        booths = await asyncio.gather(*(BoothSocket.open(session, origin) for _ in turns))
        outcomes = await asyncio.gather(*(
            vote(booth, member, project, all_on_ballots) for booth, (member, project) in zip(booths, turns, strict=True)
        ))
        by_member: dict[str, list[tuple[str, str]]] = {}
        for (member, project), outcome in zip(turns, outcomes, strict=True):
            by_member.setdefault(MEMBERS[member], []).append((f"p{project + 1}", outcome))

        ballots, rejected = read_ballots(plan, folder)
        assert rejected == []
        cast = {ballot.member: ballot.ranking for ballot in ballots}
        assert sorted(cast) == sorted(MEMBERS)  # every member's ballot landed, whole
        assert sorted(path.name for path in folder.iterdir()) == sorted(f"{m}.toml" for m in MEMBERS)  # no temporary left
        for member in ONCE:
            [(project, outcome)] = by_member[member]
            assert outcome == RECEIPT and cast[member] == (project,)
        # Six first ballots at once for one member: one recorded, five told it was not theirs that counted.
        first = by_member[FIRST_RACE]
        recorded = [project for project, outcome in first if outcome == RECEIPT]
        assert len(recorded) == 1 and [o for _, o in first].count(REFUSAL) == 5
        assert cast[FIRST_RACE] == (recorded[0],)
        # Six replacements at once: each recorded, and the file holds one of them, whole.
        replaced = by_member[REPLACE_RACE]
        assert all(outcome == RECEIPT for _, outcome in replaced)
        assert cast[REPLACE_RACE] in {(project,) for project, _ in replaced}

        # A later replacement is the one that stands.
        later = await BoothSocket.open(session, origin)
        assert await vote(later, MEMBERS.index(REPLACE_RACE), 5, asyncio.Barrier(1)) == RECEIPT
        ballots, rejected = read_ballots(plan, folder)
        assert {b.member: b.ranking for b in ballots}[REPLACE_RACE] == ("p6",) and rejected == []
        for booth in [*booths, later]:
            await booth.close()
