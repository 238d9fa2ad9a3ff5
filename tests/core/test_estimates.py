"""Officer estimates as data: a project's `estimated` list, read, checked, written, edited and kept."""

from __future__ import annotations

import attrs
import pytest

from helpers import agreed_example
from helpers.paths import SSCB
from workplan_tui.errors import WorkplanError
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


def test_estimated_defaults_to_none_and_an_empty_list_is_not_written(plan):
    firm = attrs.evolve(plan.project("modern-slavery"), estimated=())
    written = dumps_plan(attrs.evolve(plan, projects=(firm,), decision=None))
    assert "estimated" not in written


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
