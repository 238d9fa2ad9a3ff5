"""Small plans for the voting tests, written as TOML so they go through the real loader."""

from __future__ import annotations

from pathlib import Path

from workplan_tui.plan_io import loads_plan

HEAD = """schema = 1

[plan]
title = "Test plan"
board = "Test Board"
cycle = "2023/24"
start = 2023-04-01
end = 2024-03-31

[limits]
budget = {budget}
currency = "GBP"

[limits.capacity]
senior_adviser = 8
adviser = 16

[limits.gates.research_team]
label = "Research team"
approval = "Senior Management Team"

[voting]
pick = {{ min = {pick_min}, max = {pick_max} }}
ballot_length = {ballot_length}
method = "{method}"
tie_break = "{tie_break}"
seed = "{seed}"

[[themes]]
id = "safety"
title = "Safety"
"""

MEMBERS = ["chair", "vice-chair", "member-1", "member-2", "member-3", "member-4"]


def plan_text(
    projects: list[dict] | None = None,
    *,
    budget: int = 10_000,
    pick_min: int = 2,
    pick_max: int = 3,
    ballot_length: int = 3,
    method: str = "points",
    tie_break: str = "chair",
    seed: str = "2023-03-23",
    members: list[str] = MEMBERS,
) -> str:
    """The plan as TOML; without projects, simple_projects()."""
    if projects is None:
        projects = simple_projects()
    text = HEAD.format(
        budget=budget, pick_min=pick_min, pick_max=pick_max, ballot_length=ballot_length,
        method=method, tie_break=tie_break, seed=seed,
    )
    for member in members:
        role = "chair" if member == "chair" else "member"
        text += f'\n[[members]]\nid = "{member}"\nlabel = "{member}"\nrole = "{role}"\n'
    for project in projects:
        effort = ", ".join(f"{role} = {days}" for role, days in project.get("effort", {}).items())
        gates = ", ".join(f'"{gate}"' for gate in project.get("gates", []))
        text += (
            f'\n[[projects]]\nid = "{project["id"]}"\ntitle = "{project["id"]}"\ntheme = "safety"\n'
            f'cost = {project.get("cost", 0)}\nfunding = "{project.get("funding", "")}"\n'
            f"effort = {{ {effort} }}\n"
            f'start = {project.get("start", "2023-04-01")}\nend = {project.get("end", "2023-04-30")}\n'
            f"gates = [{gates}]\n"
        )
    return text


def simple_projects(n: int = 5) -> list[dict]:
    return [{"id": f"p{i}", "cost": 1000, "effort": {"adviser": 2}} for i in range(1, n + 1)]


def make_plan(projects: list[dict] | None = None, **options):
    return loads_plan(plan_text(projects, **options))


def write_plan(folder: Path, projects: list[dict] | None = None, name: str = "plan.toml", **options) -> Path:
    path = folder / name
    path.write_text(plan_text(projects, **options), encoding="utf-8")
    return path
