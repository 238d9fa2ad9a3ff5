"""The CSV annex for finance and workforce: one row per project, role and month.

Columns: project, title, theme, status, role, role_label, month (YYYY-MM), days, cost,
funding, cost_estimated, days_estimated, month_estimated.

- project and role are ids, the data a pivot table keys on; title and role_label are how
  people know them (Plan.role_label: the plan's [limits.roles], or the id in words).

- days: the project's effort for that role spread over the months its window touches in
  proportion to the days of the window in each month (as capacity.project_load does),
  rounded to hundredths of a day. Rounding uses the largest remainder, so each project's
  rows for a role add up exactly to its effort.
- cost: the project's cost (currency units, limits.currency) spread over the same months in
  the same proportion by the largest remainder, in whole units when the cost is whole and in
  pence (`1250.50`) when it has pence (money.plain_amount), and written on
  the project's first role row of each month; its other role rows have 0. So the cost
  column sums to the projects' total cost, and to the monthly cost when filtered by month.
  A project with no effort gets one row per month with an empty role, to carry its cost.
- funding: the external source when the cost is not taken from limits.budget.
- cost_estimated, days_estimated, month_estimated: `yes` when the project's cost, its
  effort, or its window (start or end, so the month a row falls in) is an officer estimate,
  else `no`. Columns of their own, not a mark in the figures, so the figures still sum and
  SUMIFS(cost, cost_estimated, "yes") gives how much of a total is estimated.
- Every project is listed, with its status, so the annex of an agreed plan shows what was
  not selected too; filter on status = agreed for the agreed programme.
- Text cells starting with = + - @ (or a tab or carriage return) get a leading `'`, so a
  spreadsheet shows them as text instead of running them as formulas.

render_csv returns text; `encode_csv` adds the UTF-8 byte order mark that makes Excel read
the file as UTF-8 (without it, `£` and curly quotes are garbled). Lines end in CRLF (RFC 4180).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence

from workplan_tui.capacity import month_label, month_shares
from workplan_tui.model import Plan, Project
from workplan_tui.money import MINOR_PER_UNIT, plain_amount

COLUMNS = (
    "project", "title", "theme", "status", "role", "role_label", "month", "days", "cost", "funding",
    "cost_estimated", "days_estimated", "month_estimated",
)
BOM = "\ufeff"
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_HUNDREDTHS = 100


def neutralise(cell: str) -> str:
    """A text cell a spreadsheet cannot run as a formula (OWASP: CSV injection)."""
    return "'" + cell if cell.startswith(_FORMULA_STARTS) else cell


def apportion(total: int, shares: Sequence[float]) -> list[int]:
    """`total` split into whole parts in proportion to shares, summing exactly to total.

    Largest remainder method; equal remainders go to the earlier share, so the split
    is deterministic.
    """
    weight = sum(shares)
    if total == 0 or weight <= 0:
        return [0] * len(shares)
    exact = [total * share / weight for share in shares]
    parts = [int(value) for value in exact]
    short = total - sum(parts)
    order = sorted(range(len(shares)), key=lambda index: (-(exact[index] - parts[index]), index))
    for index in order[:short]:
        parts[index] += 1
    return parts


def _hundredths(value: float) -> str:
    whole, part = divmod(value, _HUNDREDTHS)
    return f"{whole}.{part:02d}".rstrip("0").rstrip(".") if part else str(whole)


def _yes_no(value: bool) -> str:
    return "yes" if value else "no"


def project_rows(plan: Plan, project: Project) -> list[list[str]]:
    if project.start is None or project.end is None:
        return []
    shares = month_shares(project.start, project.end)
    weights = [share for _, share in shares]
    # Spread in whole units when the cost is whole (a £1,000 cost over three months is 334,
    # 333 and 333, as always), in pence only when the cost has pence itself.
    step = MINOR_PER_UNIT if project.cost % MINOR_PER_UNIT == 0 else 1
    cost_by_month = [part * step for part in apportion(project.cost // step, weights)]
    roles = [role for role in plan.limits.capacity if project.effort.get(role, 0) > 0]
    roles += [role for role, value in project.effort.items() if value > 0 and role not in roles]
    days_by_role = {
        role: apportion(round(project.effort[role] * _HUNDREDTHS), weights) for role in roles
    }
    estimated = [
        _yes_no(project.is_estimate("cost")),
        _yes_no(project.is_estimate("effort")),
        _yes_no(project.is_estimate("start", "end")),
    ]
    rows = []
    for index, (month, _) in enumerate(shares):
        for position, role in enumerate(roles or [""]):
            days = _hundredths(days_by_role[role][index]) if role else "0"
            cost = plain_amount(cost_by_month[index]) if position == 0 else "0"
            rows.append(
                [
                    neutralise(project.id),
                    neutralise(project.title),
                    neutralise(project.theme),
                    project.status,
                    neutralise(role),
                    neutralise(plan.role_label(role)) if role else "",
                    month_label(month),
                    days,
                    cost,
                    neutralise(project.funding),
                    *estimated,
                ]
            )
    return rows


def render_csv(plan: Plan) -> str:
    """The annex as text (no byte order mark), CRLF line ends."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for project in plan.projects:
        writer.writerows(project_rows(plan, project))
    return buffer.getvalue()


def encode_csv(text: str) -> bytes:
    """The bytes of a CSV file: UTF-8 with a byte order mark, for Excel."""
    return (BOM + text).encode("utf-8")
