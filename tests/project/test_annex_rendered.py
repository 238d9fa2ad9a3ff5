"""The Excel annex opened as an officer would: LibreOffice Calc computes its SUM formulas and
shows its cells (converted headless to one CSV per sheet, cells as shown), and the totals are the
plan's. Skipped when LibreOffice is not installed (Debian: libreoffice-calc)."""

from __future__ import annotations

import csv
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from helpers import agreed_example
from workplan_tui.capacity import check_bundle
from workplan_tui.export.xlsx import SHEETS, render_xlsx

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


def calc_installed() -> bool:
    """soffice opens a workbook only with Calc installed beside it (Writer alone converts papers)."""
    if SOFFICE is None:
        return False
    return (Path(os.path.realpath(SOFFICE)).parent / "scalc").exists() or shutil.which("localc") is not None


pytestmark = pytest.mark.skipif(not calc_installed(), reason="LibreOffice Calc is not installed (Debian: libreoffice-calc)")
# Comma-separated, double quotes, UTF-8 (76), from line 1, every sheet (-1), cells as shown (9th token).
AS_SHOWN = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1"


def shown(tmp_path: Path, data: bytes) -> dict[str, list[list[str]]]:
    workbook = tmp_path / "annex.xlsx"
    workbook.write_bytes(data)
    assert SOFFICE is not None
    subprocess.run(
        [
            SOFFICE, f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}", "--headless",
            "--convert-to", AS_SHOWN, "--outdir", str(tmp_path), str(workbook),
        ],
        check=True, capture_output=True, timeout=300,
    )
    sheets = {}
    for name in SHEETS:
        with (tmp_path / f"annex-{name}.csv").open(encoding="utf-8", newline="") as handle:
            sheets[name] = list(csv.reader(handle))
    return sheets


def figure(text: str) -> float:
    """A cell as Calc shows it ("£3,750", "-£1,250", "30.00") as a number."""
    return float(text.replace("£", "").replace(",", ""))


def named(rows: list[list[str]], label: str) -> list[str]:
    return next(row for row in rows if row and row[0] == label)


def test_calc_computes_the_sums_to_the_plans_totals(tmp_path):
    plan = agreed_example.agreed_with(("modern-slavery", "cohesion-court-case"))
    feasibility = check_bundle(plan, plan.decision.selected)
    sheets = shown(tmp_path, render_xlsx(plan))

    projects = sheets["Projects"]
    assert projects[1][3] == "£3,750" and projects[1][8] == "Apr 2023"  # money and months as an officer reads them
    total, agreed = named(projects, "Total"), named(projects, "Agreed projects")
    assert figure(total[3]) * 100 == sum(project.cost for project in plan.projects) == 23750_00  # the model's pence
    assert [figure(agreed[column]) for column in (3, 4, 5)] == [15750, 12000, 3750]  # cost, external, from the budget
    assert figure(agreed[5]) * 100 == feasibility.budget_used and figure(agreed[4]) * 100 == feasibility.external_cost

    budget = sheets["Budget"]
    assert figure(named(budget, "Used")[2]) == 3750
    assert figure(named(budget, "Left")[2]) * 100 == plan.limits.budget - 3750_00 == 6250_00
    assert figure(named(budget, "Funded externally")[2]) == 12000

    load = sheets["Load"]
    assert load[2][0] == "Apr 2023"
    totals = named(load, "Total")
    months = len(feasibility.months)
    for index, role in enumerate(feasibility.load):
        planned, capacity, left = (figure(totals[1 + 3 * index + k]) for k in range(3))
        effort = sum(plan.project(project).effort.get(role, 0) for project in plan.decision.selected)
        assert planned == pytest.approx(effort, abs=0.005)
        assert capacity == feasibility.capacity[role] * months
        assert left == pytest.approx(capacity - effort, abs=0.005)
