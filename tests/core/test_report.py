"""The end-of-year report (`workplan export PLAN --to report`), modelled on seeds/002."""

from __future__ import annotations

from pathlib import Path

import attrs
import pytest

from helpers.paths import DATA, GOLDEN
from workplan_tui.cli import main
from workplan_tui.export.report import render_report
from workplan_tui.model import Activity
from workplan_tui.plan_io import load_plan

FIXTURE = DATA / "report-2017-18.toml"
GOLDEN_REPORT = GOLDEN / "report-2017-18.md"


@pytest.fixture(scope="module")
def plan():
    return load_plan(FIXTURE)


def test_report_matches_the_golden_file(plan):
    # After a deliberate change: workplan export tests/data/report-2017-18.toml --to report -o tests/golden/report-2017-18.md --force
    assert render_report(plan) == GOLDEN_REPORT.read_text(encoding="utf-8")


def section(text: str, heading: str) -> str:
    return text.split(f"\n{heading}\n", 1)[1].split("\n## ", 1)[0].split("\n### ", 1)[0]


def test_each_theme_lists_planned_achieved_in_progress_and_dropped_work(plan):
    text = render_report(plan)
    licensing = text.split("### Licensing & regulation", 1)[1].split("###", 1)[0]
    assert "Achieved:\n\n- Lobby on the review of gaming machines \\| stakes: Stakes for fixed odds betting terminals to be reduced to £2" in licensing
    assert "Dropped:\n\n- Guidance on CCTV in taxis: Left to" in licensing
    # an agreed project is planned work; a project not selected is not
    assert "- Managing the \\*night-time\\* economy (priority project)\n" in licensing
    assert "Whole council approach" not in licensing
    assert "Of 12 planned items of work, five were achieved, four are in progress, two were dropped and one has not started." in text


def test_next_years_priorities_carry_unfinished_work_and_unselected_candidates(plan):
    priorities = text_after(render_report(plan), "## 2018/19 priorities")
    assert "- Whole council approach to problem gambling (candidate not selected): Guidance on a whole council approach to problem gambling." in priorities
    assert "- Medical examiners transition (priority project, continuing)" in priorities
    assert "- Explore follow-up work on community and neighbourhood policing (not yet started)" in priorities
    for finished in ("Respond to the review of integration", "Guidance on CCTV in taxis", "Future of community safety partnerships"):
        assert finished not in priorities


def text_after(text: str, heading: str) -> str:
    return text.split(heading, 1)[1].split("\n## Next steps", 1)[0]


def test_plan_text_cannot_change_the_reports_structure(plan):
    theme = plan.themes[0]
    hostile = Activity(text="# Not a heading\n- nor a list | [link](x)", status="done", note="1. not a number <b>")
    plan = attrs.evolve(plan, themes=(attrs.evolve(theme, activities=(hostile,)),) + plan.themes[1:])
    text = render_report(plan)
    assert "- \\# Not a heading - nor a list \\| \\[link\\](x): 1\\. not a number \\<b\\>" in text
    assert not any(line.startswith("# Not") for line in text.splitlines())


def test_export_to_report_writes_the_file(tmp_path: Path, capsys):
    output = tmp_path / "report.md"
    assert main(["export", str(FIXTURE), "--to", "report", "-o", str(output)]) == 0
    assert output.read_text(encoding="utf-8") == GOLDEN_REPORT.read_text(encoding="utf-8")
    assert "end of year report written" in capsys.readouterr().out
    assert main(["export", str(FIXTURE), "--to", "report", "-o", str(output)]) == 2  # never replaced without --force
    assert "E402" in capsys.readouterr().err


def test_a_draft_counts_every_project_as_planned(tmp_path: Path):
    from workplan_tui.starter import starter_text

    path = tmp_path / "plan.toml"
    path.write_text(starter_text(), encoding="utf-8")
    draft = load_plan(path)
    text = render_report(draft)
    for project in draft.projects:
        assert f"- {project.title} (priority project)" in text
