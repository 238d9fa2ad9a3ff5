"""The Excel annex (`export --to xlsx`): the plan's projects, load and budget as typed figures.

Three sheets, each with its header rows frozen and units in the headers:

- **Projects**: one row per project (title, theme, status, cost, what is funded externally and
  what comes from the budget, the funding source, which figures are officer estimates, the
  start and end months, the effort in days), then a Total row of SUM formulas and, on an
  agreed plan, an "Agreed projects" row of SUMIF formulas over the Status column.
- **Load**: one row per month of the plan, and for each role the days the committed projects
  take as timed (capacity.check_bundle's figures, unrounded: the cells show hundredths), the
  role's capacity and what is left (negative: over capacity), then a Total row.
- **Budget**: the policy budget, what is committed to ongoing work (and each commitment by
  name, `[paper] commitments`), what is free for new projects, each committed project paid from it and their SUM, what is left (a formula), and
  apart from all of it the externally funded projects with their sources and their SUM.

"Committed projects" are `schedule.committed_projects`: the agreed set of an agreed plan,
every project of a draft (as `workplan check` counts them). The figures are the core's:
days from capacity.check_bundle, money from Project.cost and budget_cost, so the workbook and
`workplan check` agree. Figures are numbers (never text) with number formats: money in the
plan's currency, days to hundredths, months as dates shown "Apr 2023". The SUM rows are
formulas, so an officer who edits a figure sees the total follow; the tests check that
LibreOffice computes them to the plan's totals.

Text from the plan goes through `csv.neutralise`, so no cell is a formula a user wrote. The
workbook is deterministic: its created and modified times are the decision's date (else the
date given, else the plan's start) and every part of the zip carries that time too, so the
same plan gives the same bytes.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from workplan_tui.capacity import check_bundle, format_money, month_of
from workplan_tui.export.csv import money_unit, neutralise
from workplan_tui.model import ESTIMABLE_FIGURES, Plan, Project
from workplan_tui.money import MINOR_PER_UNIT, json_amount
from workplan_tui.text import listed, readable_id

if TYPE_CHECKING:
    from openpyxl.styles import Alignment, Font
    from openpyxl.workbook import Workbook
    from openpyxl.worksheet.worksheet import Worksheet

# What a cell holds: text, a figure, a month (a date), or nothing.
CellValue = str | int | float | dt.date | None

SHEETS = ("Projects", "Load", "Budget")
DAYS_FORMAT = "#,##0.00"
MONTH_FORMAT = "mmm yyyy"
# Widths in characters: wide enough for what is in the column, never wider than this.
MIDDLE_WIDTH = 60
NARROW_WIDTH = 8
# A zip entry's time cannot be before 1980.
EARLIEST_ZIP_TIME = dt.datetime(1980, 1, 1)


def money_format(currency: str, pence: bool = False) -> str:
    """An Excel number format for amounts in the currency: "£"#,##0 or #,##0 "zł", with two
    decimals when the plan has an amount with pence."""
    shown = format_money(0, currency)
    unit = money_unit(currency)
    number = "#,##0.00" if pence else "#,##0"
    if shown.startswith(unit):
        return f'"{unit}"{number};-"{unit}"{number}'
    return f'{number} "{unit}";-{number} "{unit}"'


def has_pence(plan: Plan) -> bool:
    """Whether any of the plan's amounts is not whole, so the workbook shows pence."""
    amounts = [project.cost for project in plan.projects] + [plan.limits.budget, plan.limits.total_budget or 0]
    return any(value % MINOR_PER_UNIT for value in amounts)


def amount(value: int) -> int | float:
    """A plan's amount (minor units: pence) as a cell holds it, in currency units: the one place
    the workbook reads money. A whole amount is an int; one with pence the float nearest it,
    which Excel shows to the penny (money_format gives it two decimals)."""
    return json_amount(value)


def estimates(project: Project) -> str:
    """Which of the project's figures are officer estimates, in words: "Cost and effort"."""
    words = [readable_id(figure).lower() for figure in ESTIMABLE_FIGURES if project.is_estimate(figure)]
    return readable_id(listed(words)) if words else ""


def workbook_time(plan: Plan, date: dt.date | None) -> dt.datetime:
    """The created and modified time written into the workbook: fixed by the plan, never now."""
    day = plan.decision.date if plan.decision is not None else date or plan.info.start
    return max(dt.datetime(day.year, day.month, day.day), EARLIEST_ZIP_TIME)


def render_xlsx(plan: Plan, *, date: dt.date | None = None) -> bytes:
    """The annex workbook's bytes (see the module's doc string)."""
    from openpyxl import Workbook

    from workplan_tui.schedule import committed_projects

    committed = committed_projects(plan)
    workbook = Workbook()
    projects_sheet = workbook.active
    assert projects_sheet is not None
    projects_sheet.title = "Projects"
    _projects(projects_sheet, plan)
    _load(workbook.create_sheet("Load"), plan, committed)
    _budget(workbook.create_sheet("Budget"), plan, committed)
    when = workbook_time(plan, date)
    workbook.properties.creator = "workplan"
    workbook.properties.title = f"{plan.info.title}: annex"
    workbook.properties.created = when
    workbook.properties.modified = when
    return _saved(workbook, when)


def _saved(workbook: Workbook, when: dt.datetime) -> bytes:
    """The workbook as zip bytes with every entry dated `when`, so the bytes are the plan's alone.

    openpyxl's save stamps the modified time with now and its zip entries with the clock;
    ExcelWriter writes the properties as set, and the entries are re-dated here.
    """
    from openpyxl.writer.excel import ExcelWriter

    first = io.BytesIO()
    with zipfile.ZipFile(first, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(workbook, archive).save()
    fixed = io.BytesIO()
    stamp = when.timetuple()[:6]
    with zipfile.ZipFile(first) as source, zipfile.ZipFile(fixed, "w", zipfile.ZIP_DEFLATED) as target:
        for entry in source.infolist():
            info = zipfile.ZipInfo(entry.filename, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            target.writestr(info, source.read(entry.filename))
    return fixed.getvalue()


# -- the sheets ------------------------------------------------------------------


def _projects(sheet: Worksheet, plan: Plan) -> None:
    unit = money_unit(plan.limits.currency)
    money = money_format(plan.limits.currency, has_pence(plan))
    headers = (
        "Title", "Theme", "Status", f"Cost ({unit})", f"Funded externally ({unit})", f"From the budget ({unit})",
        "Funding", "Estimates", "Start", "End", "Effort (days)",
    )
    _header(sheet, 1, headers)
    themes = {theme.id: theme.title for theme in plan.themes}
    row = 1
    for project in plan.projects:
        row += 1
        external = amount(project.cost - project.budget_cost)
        values: Sequence[CellValue] = (
            neutralise(project.title),
            neutralise(themes.get(project.theme, readable_id(project.theme))),
            readable_id(project.status),
            amount(project.cost),
            external,
            amount(project.budget_cost),
            neutralise(project.funding),
            estimates(project),
            month_of(project.start) if project.start else None,
            month_of(project.end) if project.end else None,
            sum(project.effort.values()),
        )
        _row(sheet, row, values)
        for column in (4, 5, 6):
            sheet.cell(row, column).number_format = money
        for column in (9, 10):
            sheet.cell(row, column).number_format = MONTH_FORMAT
        sheet.cell(row, 11).number_format = DAYS_FORMAT
    first, last = 2, row
    totals = [("Total", "SUM({column}{first}:{column}{last})")]
    if plan.info.status == "agreed":
        totals.append(("Agreed projects", 'SUMIF($C${first}:$C${last},"Agreed",{column}{first}:{column}{last})'))
    for label, formula in totals:
        row += 1
        sheet.cell(row, 1, label).font = _bold()
        for column, letter in ((4, "D"), (5, "E"), (6, "F"), (11, "K")):
            cell = sheet.cell(row, column, "=" + formula.format(column=letter, first=first, last=max(last, first)))
            cell.number_format = DAYS_FORMAT if column == 11 else money
            cell.font = _bold()
    sheet.freeze_panes = "B2"
    _fit(sheet, headers)
    _printed(sheet, "1:1")


def _load(sheet: Worksheet, plan: Plan, committed: Sequence[str]) -> None:
    feasibility = check_bundle(plan, committed)
    roles = list(feasibility.load)
    headers = ["Month"]
    for index, role in enumerate(roles):
        column = 2 + 3 * index
        sheet.cell(1, column, neutralise(plan.role_label(role))).font = _bold()
        sheet.merge_cells(start_row=1, start_column=column, end_row=1, end_column=column + 2)
        headers += ["Planned (days)", "Capacity (days)", "Left (days)"]
    _header(sheet, 2, headers)
    row = 2
    for month in feasibility.months:
        row += 1
        sheet.cell(row, 1, month).number_format = MONTH_FORMAT
        for index, role in enumerate(roles):
            used = feasibility.load[role].get(month, 0.0)
            available = feasibility.capacity.get(role, 0.0)
            for offset, value in enumerate((used, available, available - used)):
                sheet.cell(row, 2 + 3 * index + offset, value).number_format = DAYS_FORMAT
    first, last = 3, row
    row += 1
    sheet.cell(row, 1, "Total").font = _bold()
    for column in range(2, 2 + 3 * len(roles)):
        letter = _letter(column)
        cell = sheet.cell(row, column, f"=SUM({letter}{first}:{letter}{max(last, first)})")
        cell.number_format = DAYS_FORMAT
        cell.font = _bold()
    sheet.freeze_panes = "B3"
    _fit(sheet, headers)
    _printed(sheet, "1:2")


def _budget(sheet: Worksheet, plan: Plan, committed: Sequence[str]) -> None:
    limits = plan.limits
    unit = money_unit(limits.currency)
    money = money_format(limits.currency, has_pence(plan))
    headers = ("Item", "Funding", f"Amount ({unit})")
    _header(sheet, 1, headers)
    chosen = [plan.project(project_id) for project_id in committed]
    agreed = plan.info.status == "agreed"
    row = 1

    def line(label: str, amount: CellValue, funding: str = "", *, bold: bool = False) -> int:
        nonlocal row
        row += 1
        sheet.cell(row, 1, label)
        sheet.cell(row, 2, funding)
        sheet.cell(row, 3, amount).number_format = money
        if bold:
            for column in (1, 3):
                sheet.cell(row, column).font = _bold()
        return row

    def heading(label: str) -> None:
        nonlocal row
        row += 2
        sheet.cell(row, 1, label).font = _bold()

    if limits.total_budget is not None:
        line("Policy budget for the year", amount(limits.total_budget))
        line("Committed to ongoing work", amount(limits.total_budget - limits.budget))
        # Each commitment by name ([paper] commitments), under the total it shares: the plan
        # does not split the amount between them, so no figure is made up for one.
        for commitment in plan.paper.commitments:
            line(neutralise(commitment[:1].upper() + commitment[1:]), None, "Policy budget")
            sheet.cell(row, 1).alignment = _indented()
    free = line("Free for new projects", amount(limits.budget), bold=True)
    heading("Agreed projects paid from the budget" if agreed else "Projects in the plan paid from the budget")
    paid = [project for project in chosen if not project.funding]
    first = row + 1
    for project in paid:
        line(neutralise(project.title), amount(project.budget_cost), "Policy budget")
    used = line("Used", f"=SUM(C{first}:C{row})" if paid else 0, bold=True)
    line("Left", f"=C{free}-C{used}", bold=True)
    funded = [project for project in chosen if project.funding]
    heading("Funded externally, not from the budget")
    first = row + 1
    for project in funded:
        line(neutralise(project.title), amount(project.cost), neutralise(project.funding))
    line("Funded externally", f"=SUM(C{first}:C{row})" if funded else 0, bold=True)
    sheet.freeze_panes = "A2"
    _fit(sheet, headers)
    _printed(sheet, "1:1")


# -- cells -----------------------------------------------------------------------


def _bold() -> Font:
    from openpyxl.styles import Font

    return Font(bold=True)


def _indented() -> Alignment:
    from openpyxl.styles import Alignment

    return Alignment(indent=1)


def _header(sheet: Worksheet, row: int, headers: Iterable[str]) -> None:
    for column, header in enumerate(headers, start=1):
        sheet.cell(row, column, header).font = _bold()


def _row(sheet: Worksheet, row: int, values: Sequence[CellValue]) -> None:
    for column, value in enumerate(values, start=1):
        if value is None or value == "":
            continue
        cell = sheet.cell(row, column, value)
        if isinstance(value, str):
            cell.data_type = "s"  # text, whatever it starts with


def _letter(column: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(column)


def _printed(sheet: Worksheet, header_rows: str) -> None:
    """Printed for a board pack: landscape, every column on one page's width, the header rows
    repeated on each page (as they are frozen on screen)."""
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    from openpyxl.worksheet.properties import PageSetupProperties

    sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    sheet.print_title_rows = header_rows


def _fit(sheet: Worksheet, headers: Sequence[str]) -> None:
    """Columns as wide as what they show (a month is "Apr 2023", a figure its formatted width),
    up to MIDDLE_WIDTH; longer text wraps in its cell rather than hide under the next column."""
    from openpyxl.styles import Alignment

    widths = [len(header) for header in headers]
    for cells in sheet.iter_rows():
        for cell in cells:
            index = cell.column - 1 if isinstance(cell.column, int) else None
            if index is None or index >= len(widths) or cell.value is None:
                continue
            shown = _shown_width(cell.value)
            widths[index] = max(widths[index], shown)
            if shown + 2 > MIDDLE_WIDTH:
                cell.alignment = Alignment(wrap_text=True, vertical="top", indent=cell.alignment.indent)
    for index, width in enumerate(widths):
        sheet.column_dimensions[_letter(index + 1)].width = min(max(width + 2, NARROW_WIDTH), MIDDLE_WIDTH)


def _shown_width(value: object) -> int:
    if isinstance(value, dt.date):
        return len("Sept 2023")
    if isinstance(value, int | float):
        return len(f"£{value:,.2f}")
    text = str(value)
    return 12 if text.startswith("=") else max(len(line) for line in text.splitlines() or [""])
