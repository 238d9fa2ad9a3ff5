"""The Excel annex read back with openpyxl: every sheet, units in the headers, typed figures,
and sums that are the plan's (budget used, external funding apart, days per role and month)."""

from __future__ import annotations

import datetime as dt
import io
import zipfile

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from helpers import agreed_example
from workplan_tui.capacity import check_bundle
from workplan_tui.export.xlsx import SHEETS, estimates, money_format, render_xlsx, workbook_time
from workplan_tui.model import Plan
from workplan_tui.schedule import committed_projects


def sheets(plan: Plan) -> dict[str, Worksheet]:
    workbook = load_workbook(io.BytesIO(render_xlsx(plan)))
    return {sheet.title: sheet for sheet in workbook.worksheets}


def rows(sheet: Worksheet) -> list[tuple]:
    return list(sheet.iter_rows(values_only=True))


def row_named(sheet: Worksheet, label: str) -> int:
    return next(cell.row for cell in sheet["A"] if cell.value == label)


@pytest.fixture(scope="module")
def agreed() -> Plan:
    return agreed_example.agreed()


@pytest.fixture(scope="module")
def with_external() -> Plan:
    """The issue's agreed set: Modern slavery (£3,750 from the budget), the cohesion study (£12,000, SIGCE)."""
    return agreed_example.agreed_with(("modern-slavery", "cohesion-court-case"))


def test_three_sheets_with_units_in_frozen_headers(agreed):
    book = sheets(agreed)
    assert tuple(book) == SHEETS
    projects, load, budget = book["Projects"], book["Load"], book["Budget"]
    assert rows(projects)[0] == (
        "Title", "Theme", "Status", "Cost (£)", "Funded externally (£)", "From the budget (£)", "Funding", "Estimates",
        "Start", "End", "Effort (days)",
    )
    assert rows(load)[0][1:4] == ("Senior adviser", None, None)  # the role over its three columns
    assert rows(load)[1][:4] == ("Month", "Planned (days)", "Capacity (days)", "Left (days)")
    assert rows(budget)[0] == ("Item", "Funding", "Amount (£)")
    assert (projects.freeze_panes, load.freeze_panes, budget.freeze_panes) == ("B2", "B3", "A2")
    # Printed for a board pack: landscape, one page wide, the header rows on every page.
    assert [sheet.print_title_rows for sheet in (projects, load, budget)] == ["$1:$1", "$1:$2", "$1:$1"]
    for sheet in book.values():
        assert sheet.page_setup.orientation == "landscape" and sheet.page_setup.fitToWidth == 1
        assert sheet.sheet_properties.pageSetUpPr.fitToPage
    for sheet in book.values():  # every used column is sized to what it shows
        for column in range(1, sheet.max_column + 1):
            assert sheet.column_dimensions[get_column_letter(column)].width >= 8


def test_projects_are_typed_figures_in_the_currency_and_months_as_dates(agreed):
    projects = sheets(agreed)["Projects"]
    body = list(projects.iter_rows(min_row=2, max_row=1 + len(agreed.projects)))
    for row, project in zip(body, agreed.projects, strict=True):
        title, theme, status, cost, external, budget, funding, marked, start, end, effort = row
        assert title.value == project.title and title.data_type == "s"
        assert theme.value == agreed.theme(project.theme).title and status.value in {"Agreed", "Not selected"}
        assert isinstance(cost.value, int) and cost.value * 100 == project.cost  # whole pounds; the model's pence
        assert cost.number_format == budget.number_format == '"£"#,##0;-"£"#,##0'
        assert (external.value * 100, budget.value * 100) == (project.cost - project.budget_cost, project.budget_cost)
        assert (funding.value or "") == project.funding
        assert marked.value == (estimates(project) or None)
        assert start.value == dt.datetime(project.start.year, project.start.month, 1)
        assert start.number_format == end.number_format == "mmm yyyy"  # shown "Apr 2023"
        assert effort.value == sum(project.effort.values())
    slavery = body[0]
    assert slavery[7].value == "Cost and effort"
    assert body[4][6].value == "SIGCE budget" and body[4][4].value == 12000 and body[4][5].value == 0


def test_the_total_rows_are_formulas_over_the_whole_table(agreed):
    projects = sheets(agreed)["Projects"]
    last = 1 + len(agreed.projects)
    total, agreed_row = row_named(projects, "Total"), row_named(projects, "Agreed projects")
    assert (total, agreed_row) == (last + 1, last + 2)
    assert projects.cell(total, 4).value == f"=SUM(D2:D{last})"
    assert projects.cell(agreed_row, 6).value == f'=SUMIF($C$2:$C${last},"Agreed",F2:F{last})'
    # What the formulas add up, added up here from the typed cells, is the plan's.
    column = {cell.column_letter: cell.column for cell in projects[1]}
    budget = [projects.cell(row, column["F"]).value for row in range(2, last + 1)]
    statuses = [projects.cell(row, column["C"]).value for row in range(2, last + 1)]
    used = sum(value for value, status in zip(budget, statuses, strict=True) if status == "Agreed")
    assert used * 100 == check_bundle(agreed, agreed.decision.selected).budget_used == 11250_00


def test_the_budget_sheet_keeps_external_funding_apart(with_external):
    budget = sheets(with_external)["Budget"]
    amounts = {row[0]: row[2] for row in rows(budget) if row[0]}
    assert amounts["Policy budget for the year"] == 80000
    assert amounts["Committed to ongoing work"] == 70000
    assert amounts["Free for new projects"] == 10000
    committed = row_named(budget, "Committed to ongoing work")
    assert [budget.cell(committed + k, 1).value for k in (1, 2)] == [  # [paper] commitments, each by name
        "Our training provision (licensing and fire leadership essentials courses)",
        "Our comprehensive SIGCE programme of work",
    ]
    assert budget.cell(committed + 1, 3).value is None  # the plan does not split the £70,000 between them
    assert budget.cell(committed + 3, 1).value == "Free for new projects"
    heading = row_named(budget, "Agreed projects paid from the budget")
    used, left = row_named(budget, "Used"), row_named(budget, "Left")
    paid = [budget.cell(row, 1).value for row in range(heading + 1, used)]
    assert paid == ["Modern slavery"]
    assert budget.cell(used, 3).value == f"=SUM(C{heading + 1}:C{used - 1})"
    assert budget.cell(left, 3).value == f"=C{row_named(budget, 'Free for new projects')}-C{used}"
    assert sum(budget.cell(row, 3).value for row in range(heading + 1, used)) == 3750
    external = row_named(budget, "Funded externally, not from the budget")
    total = row_named(budget, "Funded externally")
    assert [(budget.cell(row, 1).value, budget.cell(row, 2).value, budget.cell(row, 3).value) for row in range(external + 1, total)] == [
        ("Cohesion impact of court case", "SIGCE budget", 12000)
    ]
    feasibility = check_bundle(with_external, with_external.decision.selected)
    assert (feasibility.budget_used, feasibility.external_cost) == (3750_00, 12000_00)


def test_the_load_is_capacitys_figures_role_by_month(agreed):
    load = sheets(agreed)["Load"]
    feasibility = check_bundle(agreed, committed_projects(agreed))
    roles = list(feasibility.load)
    assert [load.cell(1, 2 + 3 * index).value for index in range(len(roles))] == [agreed.role_label(r) for r in roles]
    months = [load.cell(row, 1).value for row in range(3, 3 + len(feasibility.months))]
    assert months == [dt.datetime(month.year, month.month, 1) for month in feasibility.months]
    assert load.cell(3, 1).number_format == "mmm yyyy"
    for offset, month in enumerate(feasibility.months):
        for index, role in enumerate(roles):
            planned, capacity, left = (load.cell(3 + offset, 2 + 3 * index + k).value for k in range(3))
            assert planned == pytest.approx(feasibility.load[role][month], rel=1e-14)  # as stored: 15 digits
            assert capacity == feasibility.capacity[role]
            assert left == pytest.approx(capacity - planned)
    total = row_named(load, "Total")
    assert total == 3 + len(feasibility.months)
    assert load.cell(total, 2).value == f"=SUM(B3:B{total - 1})"
    for index, role in enumerate(roles):  # the Total row adds up to the agreed projects' effort
        planned = sum(load.cell(row, 2 + 3 * index).value for row in range(3, total))
        assert planned == pytest.approx(sum(agreed.project(p).effort.get(role, 0) for p in agreed.decision.selected))


def test_a_draft_counts_every_project_and_says_so(agreed):
    draft = agreed_example.draft()
    book = sheets(draft)
    assert not any(cell.value == "Agreed projects" for cell in book["Projects"]["A"])
    budget = book["Budget"]
    heading = row_named(budget, "Projects in the plan paid from the budget")
    used = row_named(budget, "Used")
    assert used - heading - 1 == sum(1 for project in draft.projects if not project.funding)


def test_text_a_user_wrote_never_becomes_a_formula(agreed):
    evil = attrs.evolve(agreed.projects[0], title='=HYPERLINK("http://x","click")', funding="+SUM(A1:A9)")
    other = attrs.evolve(agreed.projects[1], title="@cmd|' /C calc'!A0")
    plan = attrs.evolve(agreed, projects=(evil, other, *agreed.projects[2:]))
    book = sheets(plan)
    projects = book["Projects"]
    assert projects["A2"].value == "'=HYPERLINK(\"http://x\",\"click\")" and projects["A2"].data_type == "s"
    assert projects["G2"].value == "'+SUM(A1:A9)" and projects["A3"].value == "'@cmd|' /C calc'!A0"
    ours = ("=SUM(", "=SUMIF(", "=C")
    for sheet in book.values():
        for row in sheet.iter_rows():
            for cell in row:
                if cell.data_type == "f":
                    assert str(cell.value).startswith(ours), (sheet.title, cell.coordinate, cell.value)


def test_the_same_plan_gives_the_same_bytes_dated_by_the_plan(agreed, monkeypatch):
    first = render_xlsx(agreed)
    assert render_xlsx(agreed) == first
    when = workbook_time(agreed, None)
    assert when == dt.datetime(2023, 3, 23)  # the decision's date, never the clock
    with zipfile.ZipFile(io.BytesIO(first)) as archive:
        assert {info.date_time for info in archive.infolist()} == {(2023, 3, 23, 0, 0, 0)}
        core = archive.read("docProps/core.xml").decode()
    assert "2023-03-23T00:00:00Z" in core and core.count("2023-03-23T00:00:00Z") == 2  # created and modified
    draft = agreed_example.draft()
    assert workbook_time(draft, dt.date(2023, 3, 1)) == dt.datetime(2023, 3, 1)
    assert workbook_time(draft, None) == dt.datetime(draft.info.start.year, draft.info.start.month, draft.info.start.day)


def test_a_currency_without_a_symbol_is_named_after_the_figure():
    assert money_format("GBP") == '"£"#,##0;-"£"#,##0'
    assert money_format("PLN") == '#,##0 "zł";-#,##0 "zł"'
    assert money_format("GBP", pence=True) == '"£"#,##0.00;-"£"#,##0.00'
    assert money_format("CHF") == '#,##0 "CHF";-#,##0 "CHF"'
    draft = agreed_example.draft()
    zloty = attrs.evolve(draft, limits=attrs.evolve(draft.limits, currency="PLN"))
    assert rows(sheets(zloty)["Budget"])[0][2] == "Amount (zł)"


@settings(max_examples=25, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 50_000), st.booleans(), st.booleans()), min_size=6, max_size=6))
def test_any_costs_and_funding_add_up_to_the_plans_budget_figures(figures):
    """Whatever each project costs, whoever pays and whichever are agreed, the Budget sheet's
    rows add up to capacity.check_bundle's budget used and external cost."""
    draft = agreed_example.draft()
    projects = tuple(
        attrs.evolve(project, cost=cost, funding="Partner grant" if external else "", status="agreed" if chosen else "not_selected")
        for project, (cost, external, chosen) in zip(draft.projects, figures, strict=True)
    )
    plan = attrs.evolve(draft, info=attrs.evolve(draft.info, status="agreed"), projects=projects, interests=())
    chosen = committed_projects(plan)
    feasibility = check_bundle(plan, chosen)
    budget = sheets(plan)["Budget"]
    heading, used = row_named(budget, "Agreed projects paid from the budget"), row_named(budget, "Used")
    external, total = row_named(budget, "Funded externally, not from the budget"), row_named(budget, "Funded externally")
    assert round(sum(budget.cell(row, 3).value for row in range(heading + 1, used)) * 100) == feasibility.budget_used  # cells in pounds, to the penny
    assert round(sum(budget.cell(row, 3).value for row in range(external + 1, total)) * 100) == feasibility.external_cost
    projects_sheet = sheets(plan)["Projects"]
    last = 1 + len(projects)
    assert round(sum(projects_sheet.cell(row, 4).value for row in range(2, last + 1)) * 100) == sum(cost for cost, _, _ in figures)
    assert round(sum(projects_sheet.cell(row, 5).value for row in range(2, last + 1)) * 100) == sum(c for c, e, _ in figures if e)


def test_columns_fit_what_they_show_and_long_text_wraps(agreed):
    book = sheets(agreed)
    projects, budget = book["Projects"], book["Budget"]
    # Title: as wide as the longest title that fits, capped; Start: a month's width.
    longest = max(len(p.title) for p in agreed.projects)
    assert projects.column_dimensions["A"].width == min(longest + 2, 60)
    assert 8 <= projects.column_dimensions["I"].width <= 12
    commitment = budget.cell(row_named(budget, "Committed to ongoing work") + 1, 1)
    assert len(commitment.value) > 58 and commitment.alignment.wrap_text and commitment.alignment.indent == 1
    assert not budget["A2"].alignment.wrap_text  # short text stays on one line
