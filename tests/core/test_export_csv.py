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
from workplan_tui.capacity import month_label, months_between, project_load
from workplan_tui.export.csv import BOM, COLUMNS, apportion, encode_csv, neutralise, render_csv


def pence(cell: str) -> int:
    """A cost cell ("1250" or "1250.50", currency units) in the model's pence, read exactly."""
    return int(Decimal(cell) * 100)


def read(text: str) -> list[dict[str, str]]:
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    assert rows, "no rows"
    return rows


def test_sums_equal_the_plans_totals():
    plan = agreed_example.agreed()
    rows = read(render_csv(plan))
    days = defaultdict(float)
    cost = defaultdict(int)
    for row in rows:
        days[(row["project"], row["role"])] += float(row["days"])
        cost[row["project"]] += pence(row["cost"])
    for project in plan.projects:
        for role, effort in project.effort.items():
            assert round(days[(project.id, role)], 2) == effort, (project.id, role)
        assert cost[project.id] == project.cost
    assert sum(pence(row["cost"]) for row in rows) == sum(p.cost for p in plan.projects)
    by_role = defaultdict(float)
    for row in rows:
        by_role[row["role"]] += float(row["days"])
    for role in plan.limits.capacity:
        assert round(by_role[role], 2) == sum(p.effort.get(role, 0) for p in plan.projects)


def test_one_row_per_project_role_and_month_with_the_load_of_that_month():
    plan = agreed_example.agreed()
    rows = read(render_csv(plan))
    assert tuple(rows[0]) == COLUMNS
    keys = [(row["project"], row["role"], row["month"]) for row in rows]
    assert len(keys) == len(set(keys))
    for project in plan.projects:
        months = [month_label(m) for m in months_between(project.start, project.end)]
        mine = [row for row in rows if row["project"] == project.id]
        assert len(mine) == len(months) * len(project.effort)
        assert {row["month"] for row in mine} == set(months)
        assert {row["status"] for row in mine} == {project.status}
        load = project_load(project)
        for row in mine:  # each cell is the spread load, rounded to hundredths
            exact = load[row["role"]][next(m for m in load[row["role"]] if month_label(m) == row["month"])]
            assert abs(float(row["days"]) - exact) <= 0.01 + 1e-9
    statuses = {row["project"]: row["status"] for row in rows}
    assert statuses["modern-slavery"] == "agreed" and statuses["reducing-reoffending"] == "not_selected"
    cohesion = [row for row in rows if row["project"] == "cohesion-court-case"]
    assert {row["funding"] for row in cohesion} == {"SIGCE budget"}


def test_cost_is_on_the_first_role_row_of_each_month():
    plan = agreed_example.agreed()
    rows = [row for row in read(render_csv(plan)) if row["project"] == "modern-slavery"]
    first_role = next(iter(plan.project("modern-slavery").effort))
    assert all(row["cost"] == "0" for row in rows if row["role"] != first_role)
    assert [int(row["cost"]) for row in rows if row["role"] == first_role] == [614, 680, 658, 680, 680, 438]  # £3,750 over 28, 31, 30, 31, 31, 20 of 171 days


def test_a_project_without_effort_still_carries_its_cost():
    draft = agreed_example.draft()
    lone = attrs.evolve(draft.projects[0], effort={}, cost=1000_00)
    rows = read(render_csv(attrs.evolve(draft, projects=(lone,))))
    assert {row["role"] for row in rows} == {""}
    assert sum(int(row["cost"]) for row in rows) == 1000  # whole pounds: the cost is whole


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
    st.integers(0, 10_000_000),  # pence: whole pounds and not
    st.lists(st.integers(0, 50_000), min_size=3, max_size=3),
)
def test_any_window_effort_and_cost_sum_back_exactly(start, length, cost, hundredths):
    draft = agreed_example.draft()
    end = min(start + dt.timedelta(days=length), draft.info.end)
    effort = {role: value / 100 for role, value in zip(draft.limits.capacity, hundredths, strict=True)}
    project = attrs.evolve(draft.projects[0], start=start, end=end, cost=cost, effort=effort)
    rows = read(render_csv(attrs.evolve(draft, projects=(project,))))
    assert sum(pence(row["cost"]) for row in rows) == cost
    if cost % 100 == 0:  # a whole cost is spread in whole pounds, as it always was
        assert all("." not in row["cost"] for row in rows)
    for role, days in effort.items():
        total = sum(round(float(row["days"]) * 100) for row in rows if row["role"] == role)
        assert total == round(days * 100)
