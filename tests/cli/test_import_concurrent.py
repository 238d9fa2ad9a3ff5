"""Ten `workplan import` runs on one plan at once, as officers would start them: each says its
project was added and it is in the file, or it is refused (E404, exit status 2) and changed
nothing. Before the plan's lock, up to nine of ten said "added" for projects then lost."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from helpers.voting_plans import simple_projects, write_plan
from workplan_tui.plan_io import load_plan

RUNS = 10
HEADER = "id,title,theme,cost,start,end,effort:adviser\n"


def test_ten_imports_at_once_land_or_are_refused_never_lost(tmp_path: Path):
    plan_path = write_plan(tmp_path, simple_projects(2), members=["chair"])
    runs = []
    for number in range(RUNS):
        csv_path = tmp_path / f"projects-{number}.csv"
        csv_path.write_text(HEADER + f"imported-{number},Imported {number},safety,100,2023-05-01,2023-05-31,1\n", encoding="utf-8")
        runs.append(subprocess.Popen(
            [sys.executable, "-m", "workplan_tui", "import", str(plan_path), "--projects", str(csv_path)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        ))
    said_added, refused = set(), set()
    for number, run in enumerate(runs):
        out, err = run.communicate(timeout=120)
        if run.returncode == 0:
            assert "1 project added" in out, out
            said_added.add(f"imported-{number}")
        else:
            assert run.returncode == 2 and " E404 " in err, (run.returncode, out, err)
            refused.add(f"imported-{number}")
    assert len(said_added) + len(refused) == RUNS and said_added
    in_file = {project.id for project in load_plan(plan_path).projects}
    assert said_added <= in_file  # nothing said "added" and then lost
    assert in_file == {"p1", "p2"} | said_added
