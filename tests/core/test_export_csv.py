"""The CSV annex: read back with the csv module, its sums are the plan's totals."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections import defaultdict
from decimal import Decimal

import attrs
from hypothesis import given
from hypothesis import strategies as st

from helpers import agreed_example
from workplan_tui.capacity import check_bundle, month_label, months_between, project_load
from workplan_tui.export.csv import BOM, DAYS, apportion, columns, encode_csv, money_columns, neutralise, render_csv

BUDGET, EXTERNAL = money_columns("GBP")


def read(text: str) -> list[dict[str, str]]:
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    assert rows, "no rows"
    return rows


def days_rows(rows: list[dict[str, str]]) -> list[dict[str, str]]:
    return [row for row in rows if row["role"]]


def pence(cell: str) -> int:
    """A money cell ("1250" or "1250.50", currency units; empty on days rows) in the model's pence, read exactly."""
    return int(Decimal(cell or "0") * 100)


def cost_rows(rows: list[dict[str, str]]) -> list[dict[str, str]]:
    return [row for row in rows if not row["role"]]


def cost(row: dict[str, str]) -> int:
    return pence(row[BUDGET]) + pence(row[EXTERNAL])


def test_sums_equal_the_plans_totals():
    plan = agreed_example.agreed()
    rows = read(render_csv(plan))
    days = defaultdict(float)
    costs = defaultdict(int)
    for row in days_rows(rows):
        days[(row["project"], row["role"])] += float(row[DAYS])
    for row in cost_rows(rows):
        costs[row["project"]] += cost(row)
    for project in plan.projects:
        for role, effort in project.effort.items():
            assert round(days[(project.id, role)], 2) == effort, (project.id, role)
        assert costs[project.id] == project.cost
    by_role = defaultdict(float)
    for row in days_rows(rows):
        by_role[row["role"]] += float(row[DAYS])
    for role in plan.limits.capacity:
        assert round(by_role[role], 2) == sum(p.effort.get(role, 0) for p in plan.projects)


def test_the_headers_carry_their_units():
    plan = agreed_example.agreed()
    header = render_csv(plan).splitlines()[0].split(",")
    assert tuple(header) == columns(plan)
    assert DAYS == "days (person-days)" and "cost_from_budget (£)" in header and "cost_funded_externally (£)" in header
    euros = attrs.evolve(plan, limits=attrs.evolve(plan.limits, currency="EUR"))
    assert "cost_from_budget (€)" in render_csv(euros).splitlines()[0]
    zloty = attrs.evolve(plan, limits=attrs.evolve(plan.limits, currency="PLN"))
    assert "cost_funded_externally (zł)" in render_csv(zloty).splitlines()[0]


def test_summing_the_agreed_rows_gives_the_budget_used_with_external_funding_apart():
    # The agreed set of the example: Modern slavery from the budget, the cohesion
    # study funded by the SIGCE budget. Summing cost over agreed rows once gave £15,750.
    plan = agreed_example.agreed_with(("modern-slavery", "cohesion-court-case"))
    rows = read(render_csv(plan))
    agreed = [row for row in rows if row["status"] == "agreed"]
    used = sum(pence(row[BUDGET]) for row in agreed)
    external = sum(pence(row[EXTERNAL]) for row in agreed)
    assert (used, external) == (3750_00, 12000_00)
    assert used == check_bundle(plan, plan.decision.selected).budget_used
    assert external == check_bundle(plan, plan.decision.selected).external_cost


def test_a_pivot_by_role_puts_no_money_on_any_role():
    plan = agreed_example.agreed()
    rows = read(render_csv(plan))
    money_by_role = defaultdict(int)
    days_without_role = 0.0
    for row in rows:
        money_by_role[row["role"]] += pence(row[BUDGET]) + pence(row[EXTERNAL])
        if not row["role"]:
            days_without_role += float(row[DAYS] or 0)
    assert set(money_by_role) == {"", *plan.limits.capacity}
    assert all(money_by_role[role] == 0 for role in plan.limits.capacity)
    assert money_by_role[""] == sum(project.cost for project in plan.projects)
    assert days_without_role == 0
    for row in days_rows(rows):  # a days row has no money in it at all
        assert row[BUDGET] == row[EXTERNAL] == "", row


def test_one_row_per_project_role_and_month_with_the_load_of_that_month():
    plan = agreed_example.agreed()
    rows = read(render_csv(plan))
    assert tuple(rows[0]) == columns(plan)
    keys = [(row["project"], row["role"], row["month"]) for row in rows]
    assert len(keys) == len(set(keys))
    for project in plan.projects:
        months = [month_label(m) for m in months_between(project.start, project.end)]
        mine = [row for row in rows if row["project"] == project.id]
        assert len(mine) == len(months) * (len(project.effort) + 1)  # a cost row per month
        assert [row["month"] for row in cost_rows(mine)] == months
        assert {row["month"] for row in mine} == set(months)
        assert {row["status"] for row in mine} == {project.status}
        load = project_load(project)
        for row in days_rows(mine):  # each cell is the spread load, rounded to hundredths
            exact = load[row["role"]][next(m for m in load[row["role"]] if month_label(m) == row["month"])]
            assert abs(float(row[DAYS]) - exact) <= 0.01 + 1e-9
    statuses = {row["project"]: row["status"] for row in rows}
    assert statuses["modern-slavery"] == "agreed" and statuses["reducing-reoffending"] == "not_selected"
    cohesion = [row for row in rows if row["project"] == "cohesion-court-case"]
    assert {row["funding"] for row in cohesion} == {"SIGCE budget"}


def test_cost_is_on_its_own_row_each_month_and_external_cost_in_its_own_column():
    plan = agreed_example.agreed()
    rows = read(render_csv(plan))
    slavery = cost_rows([row for row in rows if row["project"] == "modern-slavery"])
    assert [row[BUDGET] for row in slavery] == ["614", "680", "658", "680", "680", "438"]  # £3,750 over 28, 31, 30, 31, 31, 20 of 171 days
    assert {row[EXTERNAL] for row in slavery} == {"0"} and {row[DAYS] for row in slavery} == {""}
    cohesion = cost_rows([row for row in rows if row["project"] == "cohesion-court-case"])
    assert {row[BUDGET] for row in cohesion} == {"0"} and sum(pence(row[EXTERNAL]) for row in cohesion) == 12000_00


def test_a_project_without_effort_still_carries_its_cost():
    draft = agreed_example.draft()
    lone = attrs.evolve(draft.projects[0], effort={}, cost=1000_00)
    rows = read(render_csv(attrs.evolve(draft, projects=(lone,))))
    assert {row["role"] for row in rows} == {""}
    assert sum(cost(row) for row in rows) == 1000_00
    assert all("." not in row[BUDGET] for row in rows)  # whole pounds: the cost is whole


def test_formula_injection_is_neutralised():
    draft = agreed_example.draft()
    evil = attrs.evolve(
        draft.projects[0], title='=HYPERLINK("http://x","click")', funding="+SUM(A1:A9)", theme=draft.projects[0].theme
    )
    other = attrs.evolve(draft.projects[1], title="@cmd|' /C calc'!A0")
    minus = attrs.evolve(draft.projects[2], title="-2+3")
    rows = read(render_csv(attrs.evolve(draft, projects=(evil, other, minus))))
    titles = {row["title"] for row in rows}
    assert titles == {"'=HYPERLINK(\"http://x\",\"click\")", "'@cmd|' /C calc'!A0", "'-2+3"}
    assert {row["funding"] for row in rows if row["project"] == evil.id} == {"'+SUM(A1:A9)"}
    for row in rows:  # nothing a spreadsheet would evaluate, in any text column
        for column in ("project", "title", "theme", "role", "funding"):
            assert not row[column].startswith(("=", "+", "-", "@")), row


def test_neutralise():
    assert neutralise("=1+1") == "'=1+1"
    assert neutralise("\t=1") == "'\t=1"
    assert neutralise("Modern slavery") == "Modern slavery"
    assert neutralise("") == ""


def test_file_bytes_have_a_bom_for_excel_and_crlf_lines():
    text = render_csv(agreed_example.agreed())
    data = encode_csv(text)
    assert data.startswith("\ufeff".encode()) and not text.startswith(BOM)
    assert data.decode("utf-8-sig") == text
    assert text.count("\r\n") == text.count("\n")  # RFC 4180 line ends, none bare


def test_rendering_is_deterministic():
    plan = agreed_example.agreed()
    assert render_csv(plan) == render_csv(agreed_example.agreed())


@given(st.integers(0, 10_000), st.lists(st.floats(0.001, 1.0), min_size=1, max_size=14))
def test_apportion_sums_exactly_and_stays_within_one_of_the_exact_share(total, shares):
    parts = apportion(total, shares)
    assert sum(parts) == total
    weight = sum(shares)
    for part, share in zip(parts, shares, strict=True):
        assert abs(part - total * share / weight) < 1 + 1e-9


@given(
    st.dates(dt.date(2023, 4, 1), dt.date(2024, 3, 31)),
    st.integers(0, 365),
    st.integers(0, 100_000),
    st.lists(st.integers(0, 50_000), min_size=3, max_size=3),
)
def test_any_window_effort_and_cost_sum_back_exactly(start, length, cost, hundredths):
    draft = agreed_example.draft()
    end = min(start + dt.timedelta(days=length), draft.info.end)
    effort = {role: value / 100 for role, value in zip(draft.limits.capacity, hundredths, strict=True)}
    project = attrs.evolve(draft.projects[0], start=start, end=end, cost=cost, effort=effort)
    rows = read(render_csv(attrs.evolve(draft, projects=(project,))))
    assert sum(pence(row[BUDGET]) for row in cost_rows(rows)) == cost
    if cost % 100 == 0:  # a whole cost is spread in whole pounds, as it always was
        assert all("." not in row[BUDGET] for row in rows)
    for role, days in effort.items():
        total = sum(round(float(row[DAYS]) * 100) for row in rows if row["role"] == role)
        assert total == round(days * 100)
