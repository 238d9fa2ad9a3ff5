"""Which edits void the ballots cast (docs/voting.md, "What voids a ballot"): what voters weigh
does, wording does not; `ballots_voided` names the ballots an edit would void."""

from __future__ import annotations

from pathlib import Path

import attrs
import pytest

from helpers.paths import SSCB
from workplan_tui.model import Plan
from workplan_tui.plan_io import fingerprint, load_plan
from workplan_tui.voting.ballots import write_ballot
from workplan_tui.voting.voided import ballots_voided, voters

PLAN = load_plan(SSCB)
FIRST = PLAN.projects[0]


def with_project(plan: Plan, **changes: object) -> Plan:
    return attrs.evolve(plan, projects=(attrs.evolve(plan.projects[0], **changes), *plan.projects[1:]))


WORDING = {
    "a summary": with_project(PLAN, summary=FIRST.summary + " Typo fixed."),
    "the title's case and spacing": with_project(PLAN, title="  " + FIRST.title.upper()),
    "resources and timing": with_project(PLAN, resources="Done in the team", timing="By June"),
    "the achievement note": with_project(PLAN, note="Report published"),
    "the project's theme": with_project(PLAN, theme=PLAN.themes[-1].id),
    "a member's label": attrs.evolve(PLAN, members=(attrs.evolve(PLAN.members[0], label="Chair of the Board"), *PLAN.members[1:])),
    "the meetings": attrs.evolve(PLAN, meetings=()),
    "a theme's title": attrs.evolve(PLAN, themes=(attrs.evolve(PLAN.themes[0], title="Cohesion"), *PLAN.themes[1:])),
    "the plan's title": attrs.evolve(PLAN, info=attrs.evolve(PLAN.info, title="Work plan")),
}

WEIGHED = {
    "a cost": with_project(PLAN, cost=(FIRST.cost or 0) + 1),
    "an effort": with_project(PLAN, effort={**FIRST.effort, "adviser": 99}),
    "a window": with_project(PLAN, end=PLAN.info.end),
    "a gate": with_project(PLAN, gates=() if FIRST.gates else (PLAN.limits.gates[0].id,)),
    "the funding": with_project(PLAN, funding="Home Office grant"),
    "a title's words": with_project(PLAN, title="Knife crime"),
    "the list of projects": attrs.evolve(PLAN, projects=PLAN.projects[1:]),
    "the budget": attrs.evolve(PLAN, limits=attrs.evolve(PLAN.limits, budget=PLAN.limits.budget + 1)),
    "the voting rules": attrs.evolve(PLAN, voting=attrs.evolve(PLAN.voting, pick_max=PLAN.voting.pick_max + 1)),
    "who may vote": attrs.evolve(PLAN, members=PLAN.members[1:]),
}


@pytest.mark.parametrize("what", WORDING)
def test_wording_leaves_the_fingerprint_as_it_was(what: str) -> None:
    assert fingerprint(WORDING[what]) == fingerprint(PLAN)


@pytest.mark.parametrize("what", WEIGHED)
def test_what_voters_weigh_changes_the_fingerprint(what: str) -> None:
    assert fingerprint(WEIGHED[what]) != fingerprint(PLAN)


def test_ballots_voided_names_the_ballots_cast_on_the_plan_as_it_is(tmp_path: Path) -> None:
    folder = tmp_path / "ballots"
    chair, second = PLAN.members[0], PLAN.members[1]
    write_ballot(PLAN, folder, chair.id, [FIRST.id])
    write_ballot(PLAN, folder, second.id, [FIRST.id])
    voided = ballots_voided(PLAN, WEIGHED["a cost"], folder)
    assert [ballot.member for ballot in voided] == sorted([chair.id, second.id])
    assert voters(PLAN, voided) == " and ".join(m.label for m in sorted((chair, second), key=lambda m: m.id))
    assert ballots_voided(PLAN, WORDING["a summary"], folder) == []
    assert ballots_voided(PLAN, WEIGHED["a cost"], tmp_path / "none-yet") == []
