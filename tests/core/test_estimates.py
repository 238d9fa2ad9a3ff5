"""Officer estimates as data: a project's `estimated` list, read, checked, written, edited and kept."""

from __future__ import annotations

import csv
import io
import re

import attrs
import pytest

from helpers import agreed_example
from helpers.agreed_example import paper as render_paper
from helpers.paths import SSCB
from workplan_tui.errors import WorkplanError
from workplan_tui.export.csv import AFTER_MONEY, money_columns, render_csv
from workplan_tui.model import ESTIMABLE_FIGURES, Project
from workplan_tui.plan_edit import EditSession
from workplan_tui.plan_io import dumps_plan, load_plan, loads_plan
from workplan_tui.rollover import rollover

EXAMPLE_ESTIMATES = {
    "modern-slavery": ("cost", "effort"),
    "reducing-reoffending": ("cost", "effort"),
    "mental-health-policing": ("cost", "effort"),
    "police-capacity": ("cost", "effort", "end"),
    "cohesion-court-case": ("cost", "effort", "milestones"),
    "drugs-community-safety": ("cost", "effort"),
}


@pytest.fixture(scope="module")
def plan():
    return load_plan(SSCB)


def test_the_example_plan_lists_its_officer_estimates_as_data(plan, sscb_text):
    assert {project.id: project.estimated for project in plan.projects} == EXAMPLE_ESTIMATES
    # converted, not doubled: the estimates of projects are no longer comments
    projects_part = sscb_text[sscb_text.index("[[projects]]"):]
    assert "officer estimate" not in projects_part
    # the reasons given beside the figures are kept
    assert "cost = 3750                 # design and print of a public report, launch event" in sscb_text


def test_is_estimate_and_marked():
    project = Project(id="p", title="P", theme="t", estimated=("cost", "end"))
    assert project.is_estimate("cost")
    assert project.is_estimate("start", "end")
    assert not project.is_estimate("effort")
    assert project.marked("£3,750", "cost") == "£3,750 est."
    assert project.marked("14", "effort") == "14"


def test_a_project_with_no_estimates_writes_no_estimated_key(plan):
    firm = attrs.evolve(plan.project("modern-slavery"), estimated=())
    written = dumps_plan(attrs.evolve(plan, projects=(firm,), decision=None))
    assert "estimated" not in written.split("[[projects]]", 1)[1].split("\n[paper]", 1)[0]  # [paper] has its own


def test_estimated_is_written_in_the_schema_order_and_reads_back(plan):
    text = dumps_plan(plan)
    block = text[text.index('id = "police-capacity"'):]
    assert block.index("end = 2023-11-22") < block.index('estimated = ["cost", "effort", "end"]') < block.index("gates = ")
    assert loads_plan(text) == plan


def test_every_figure_key_is_a_key_of_a_project():
    fields = {field.name for field in attrs.fields(Project)}
    assert set(ESTIMABLE_FIGURES) <= fields


@pytest.mark.parametrize(
    ("estimated", "code", "message"),
    [
        ('["costs"]', "E104", "`projects[0].estimated[0]` is `costs`; allowed: cost, effort, start, end, earliest, latest, milestones; did you mean `cost`?"),
        ('["title"]', "E104", "`projects[0].estimated[0]` is `title`; allowed: cost, effort, start, end, earliest, latest, milestones"),
        ('["cost", "cost"]', "E201", "`estimated` of project `modern-slavery` lists `cost` twice"),
        ('"cost"', "E101", "`projects[0].estimated` must be an array, not a string"),
        ("[1]", "E101", "`projects[0].estimated[0]` must be a string, not a whole number"),
    ],
)
def test_a_bad_estimated_list_is_a_located_error(plant, estimated, code, message):
    path, text = plant('estimated = ["cost", "effort"]', f"estimated = {estimated}")
    with pytest.raises(WorkplanError) as raised:
        load_plan(path)
    [error] = raised.value.errors
    assert (error.code, error.message) == (code, message)
    assert error.line == text[: text.index(f"estimated = {estimated}")].count("\n") + 1


def test_agreeing_keeps_every_project_s_estimates():
    agreed = agreed_example.agreed()
    assert {project.id: project.estimated for project in agreed.projects} == EXAMPLE_ESTIMATES
    assert 'estimated = ["cost", "effort", "end"]' in dumps_plan(agreed)


def test_rollover_keeps_the_estimates_of_the_projects_carried_over():
    agreed = agreed_example.agreed()
    carried = rollover(agreed)
    assert carried.projects, "some project was not selected and is a candidate again"
    for project in carried.projects:
        assert project.estimated == EXAMPLE_ESTIMATES[project.id]
    assert loads_plan(dumps_plan(carried)) == carried


def test_marking_and_unmarking_an_estimate_keeps_the_file_s_comments(tmp_path, sscb_text):
    path = tmp_path / "plan.toml"
    path.write_text(sscb_text, encoding="utf-8")
    session = EditSession.open(path)
    outcome = session.update("projects", "police-capacity", estimated=["cost", "effort", "start", "end"])
    assert outcome.ok
    assert outcome.plan.project("police-capacity").estimated == ("cost", "effort", "start", "end")
    assert session.text == sscb_text.replace(
        'estimated = ["cost", "effort", "end"]', 'estimated = ["cost", "effort", "start", "end"]'
    )
    assert session.update("projects", "police-capacity", estimated=None).ok  # every figure firm
    assert "\nestimated = " not in session.text[session.text.index('id = "police-capacity"'):].split("[[projects]]")[0]
    assert "# scoping, then research reported in November" in session.text
    assert session.update("projects", "police-capacity", estimated=["end"]).ok  # a new key, after `end`
    block = session.text[session.text.index('id = "police-capacity"'):]
    assert block.index("end = 2023-11-22") < block.index('estimated = ["end"]') < block.index("gates = ")


def test_an_edit_to_an_unknown_figure_is_refused_with_the_check_s_error(tmp_path, sscb_text):
    path = tmp_path / "plan.toml"
    path.write_text(sscb_text, encoding="utf-8")
    session = EditSession.open(path)
    outcome = session.update("projects", "modern-slavery", estimated=["cost", "budget"], dry_run=True)
    assert not outcome.ok
    assert [error.code for error in outcome.errors] == ["E104"]
    assert session.text == sscb_text


# -- the board paper and the CSV annex ------------------------------------------------------


def issue_row(paper: str, title: str) -> str:
    return next(line for line in paper.splitlines() if line.startswith(f"| {title} |"))


def test_the_paper_marks_each_estimated_figure_where_it_is_printed(plan):
    paper = render_paper(plan)
    row = issue_row(paper, "Police capacity and impact")
    assert "Work from 3 Apr 2023 to 22 Nov 2023 est." in row  # the end is an estimate, the start is not
    assert "Cost: £6,500 est.; staff time: 52 person-days est. (Senior adviser 12, Adviser 24, Graduate trainee 16)." in row
    assert "Figures marked est. are officer estimates." in paper
    assert "Cohesion impact of court case (£12,000 est.) would be funded through the SIGCE budget instead." in paper
    assert "about 6 est. person-days a month of senior adviser time" in paper  # [paper] estimated = ["capacity"]


def test_a_paper_with_no_estimates_has_no_marks_and_no_note(plan):
    firm = attrs.evolve(
        plan, projects=tuple(attrs.evolve(project, estimated=()) for project in plan.projects),
        paper=attrs.evolve(plan.paper, estimated=()),
    )
    paper = render_paper(firm)
    assert re.search(r"\best\.", paper) is None
    assert "officer estimates" not in paper


def test_the_paper_marks_the_start_and_milestones_in_the_timing_it_writes(plan):
    project = attrs.evolve(plan.project("reducing-reoffending"), timing="", estimated=("start", "milestones"))
    row = issue_row(render_paper(attrs.evolve(plan, projects=(project,), interests=())), project.title)
    assert row.endswith(
        "| Board paper: updated position for discussion and approval: Board, 14 June 2023 est.<br><br>"
        "Work from 3 Apr 2023 est. to 14 Jun 2023 |"
    )
    assert "Cost: £0; staff time: 22 person-days (" in row  # cost and effort no longer estimated


def read_csv(plan) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(render_csv(plan), newline="")))


def test_the_csv_says_which_figures_of_each_row_are_estimates(plan):
    rows = read_csv(plan)
    assert AFTER_MONEY[-3:] == ("cost_estimated", "days_estimated", "month_estimated")
    for row in rows:
        project = plan.project(row["project"])
        assert row["cost_estimated"] == ("yes" if "cost" in project.estimated else "no")
        assert row["days_estimated"] == ("yes" if "effort" in project.estimated else "no")
        assert row["month_estimated"] == ("yes" if {"start", "end"} & set(project.estimated) else "no")
    assert {row["month_estimated"] for row in rows if row["project"] == "police-capacity"} == {"yes"}


def test_the_csv_figures_still_sum_and_split_into_estimated_and_firm(plan):
    mixed = attrs.evolve(
        plan,
        projects=tuple(
            attrs.evolve(project, estimated=() if project.id == "modern-slavery" else project.estimated)
            for project in plan.projects
        ),
    )
    rows = read_csv(mixed)
    budget, external = money_columns(plan.limits.currency)

    def cost(row: dict[str, str]) -> int:
        return int(row[budget] or 0) + int(row[external] or 0)

    total = sum(cost(row) for row in rows)  # SUM(cost_from_budget) + SUM(cost_funded_externally)
    estimated = sum(cost(row) for row in rows if row["cost_estimated"] == "yes")  # SUMIFS(..., "yes")
    firm = sum(cost(row) for row in rows if row["cost_estimated"] == "no")
    total, estimated, firm = total * 100, estimated * 100, firm * 100  # whole pounds in the CSV; the model's pence
    assert total == sum(project.cost for project in plan.projects)
    assert firm == plan.project("modern-slavery").cost
    assert estimated == total - firm
