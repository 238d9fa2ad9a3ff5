"""Declarations of interest and the one rule they make: a member may not rank (approve, give
points to: by the kind of ballot, `rule`) a project they declared an interest in (`[[interests]]`
in the plan, docs/voting.md).

The rule holds wherever a ballot is made or counted: the booth and the Vote pane hide the
project from that member (`not_shown_note` says so), `ranking_refusal` (voting/casting.py)
and `write_ballot` refuse it (E411), and the count rejects a ballot file that ranks it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from types import MappingProxyType

from workplan_tui.model import Interest, Plan
from workplan_tui.voting.kind_words import verb, verb_it

INTEREST_CODE = "E411"


def rule(plan: Plan) -> str:
    """The rule in the words of the plan's ballot: "a member may not approve a project they
    declared an interest in"."""
    return f"a member may not {verb(plan.voting.ballot)} a project they declared an interest in"


def declared_projects(plan: Plan, member: str | None) -> frozenset[str]:
    """The ids of the projects the member declared an interest in (none for no member)."""
    if member is None:
        return frozenset()
    return frozenset(interest.project for interest in plan.declared(member))


def declared_by_member(plan: Plan) -> Mapping[str, frozenset[str]]:
    """Every member's declared projects, built once for a count (not once per ballot)."""
    found: dict[str, set[str]] = {}
    for interest in plan.interests:
        found.setdefault(interest.member, set()).add(interest.project)
    return MappingProxyType({member: frozenset(projects) for member, projects in found.items()})


def interest_refusal(plan: Plan, member: str | None, project_id: str) -> str:
    """Why the member may not add project_id to their ballot, as a sentence; "" when they may."""
    if project_id not in declared_projects(plan, member):
        return ""
    title = plan.project(project_id).title
    return f"You declared an interest in {title}: {rule(plan)}."


def interest_problems(plan: Plan, member: str, ranking: Sequence[object]) -> list[tuple[str, str]]:
    """(E411, message) for each ranked project the member declared an interest in."""
    declared = declared_projects(plan, member)
    return [
        (INTEREST_CODE, ranked_declared(plan, member, project))
        for project in ranking
        if isinstance(project, str) and project in declared
    ]


def ranked_declared(plan: Plan, member: str, project_id: str) -> str:
    """The message for one declared project on the member's ballot (the CLI's and the count's)."""
    title = plan.project(project_id).title
    it = verb_it(plan.voting.ballot)
    return f"`{member}` declared an interest in `{project_id}` ({title}) and may not {it}: {rule(plan)}"


def not_shown_note(plan: Plan, member: str | None) -> str:
    """What the member's ballot says about the projects it leaves out; "" when it leaves none out.
    Only the member's own declarations: the booth never shows another member's."""
    declared = declared_projects(plan, member)
    if not declared:
        return ""
    titles = [project.title for project in plan.projects if project.id in declared]
    listed = titles[0] if len(titles) == 1 else ", ".join(titles[:-1]) + " and " + titles[-1]
    return f"Not shown: {listed} — you declared an interest."


def declaration_sentence(plan: Plan, interest: Interest) -> str:
    """A declaration as the minutes put it, by member label and project title (the paper's
    and the Export pane's words)."""
    label = next(member.label for member in plan.members if member.id == interest.member)
    sentence = f"{label} declared an interest in {plan.project(interest.project).title}"
    note = " ".join(interest.note.split())
    if note:
        sentence += f": {note}"
    return sentence if sentence.endswith((".", "!", "?")) else sentence + "."
