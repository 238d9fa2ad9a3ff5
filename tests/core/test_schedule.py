"""The delivery schedule (schedule.py) against independent oracles.

Two oracles, neither sharing code with the LP: a max-flow over the bipartite graph project-role
-> month (exact for continuous feasibility, and its deficit is the least extra role-days: each
extra day on a month's edge to the sink raises the flow by at most one day, and the effort a
maximum flow leaves unrouted can be placed in any month of its window with that much extra), and
a brute force over whole-day month assignments (exact too for whole-number data: the transport
polytope has whole-number vertices).
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from collections import deque

import attrs
from hypothesis import given
from hypothesis import strategies as st

from helpers.paths import SSCB
from workplan_tui.agree import recorded_schedule
from workplan_tui.model import Decision
from workplan_tui.plan_io import load_plan, loads_plan
from workplan_tui.schedule import delivery_schedule, movable_months, planned_delivery, round_to_cents

ROLES = ("adviser", "trainee")
README_SET = ["modern-slavery", "police-capacity", "drugs-community-safety"]


def first_day(month: int) -> dt.date:  # month 0 is January 2023
    return dt.date(2023, month + 1, 1)


def last_day(month: int) -> dt.date:
    return dt.date(2023, month + 2, 1) - dt.timedelta(days=1)


@st.composite
def small_plans(draw):
    """(plan text, months, capacities, cells) where a cell is (project, role, effort, window months)."""
    months = draw(st.integers(1, 4))
    roles = ROLES[: draw(st.integers(1, 2))]
    capacity = {role: draw(st.integers(0, 5)) for role in roles}
    lines = [
        "schema = 1",
        "[plan]",
        'title = "T"',
        'board = "B"',
        'cycle = "2023"',
        f"start = {first_day(0)}",
        f"end = {last_day(months - 1)}",
        "[limits]",
        "budget = 0",
        "[limits.capacity]",
        *(f"{role} = {days}" for role, days in capacity.items()),
        "[[themes]]",
        'id = "t"',
        'title = "T"',
    ]
    cells = []
    for index in range(draw(st.integers(1, 3))):
        start = draw(st.integers(0, months - 1))
        end = draw(st.integers(start, months - 1))
        earliest = draw(st.integers(0, start))
        latest = draw(st.integers(end, months - 1))
        milestone = draw(st.none() | st.integers(0, months - 1))
        effort = {role: draw(st.integers(0, 4)) for role in roles}
        effort = {role: days for role, days in effort.items() if days} or {roles[0]: 1}
        # The window rule, written out independently: earliest .. latest, but not past the last
        # milestone's month unless the timed end is later.
        last = latest if milestone is None else max(end, min(latest, milestone))
        window = list(range(earliest, last + 1))
        cells += [(f"p{index}", role, days, window) for role, days in effort.items()]
        lines += [
            "[[projects]]",
            f'id = "p{index}"',
            f'title = "Project {index}"',
            'theme = "t"',
            "effort = { " + ", ".join(f"{role} = {days}" for role, days in effort.items()) + " }",
            # mid-month dates: the even spread is by days, the window by months
            f"start = {first_day(start) + dt.timedelta(days=draw(st.integers(0, 20)))}",
            f"end = {last_day(end) - dt.timedelta(days=draw(st.integers(0, 5)))}",
            f"earliest = {first_day(earliest)}",
            f"latest = {last_day(latest)}",
        ]
        if milestone is not None:
            lines.append(f'milestones = [ {{ what = "Report", date = {first_day(milestone) + dt.timedelta(days=9)} }} ]')
    return "\n".join(lines) + "\n", months, capacity, cells


def max_flow_deficit(months: int, capacity: dict[str, int], cells: list) -> int:
    """Total effort minus the maximum flow source -> cell -> (role, month) -> sink."""
    source, sink = "source", "sink"
    residual: dict[object, dict[object, int]] = {source: {}, sink: {}}

    def edge(a: object, b: object, amount: int) -> None:
        residual.setdefault(a, {}).setdefault(b, 0)
        residual.setdefault(b, {}).setdefault(a, 0)
        residual[a][b] += amount

    total = 0
    for index, (_, role, effort, window) in enumerate(cells):
        total += effort
        edge(source, ("cell", index), effort)
        for month in window:
            edge(("cell", index), (role, month), effort)
    for role, days in capacity.items():
        for month in range(months):
            edge((role, month), sink, days)
    flow = 0
    while True:  # Edmonds-Karp: shortest augmenting paths
        came = {source: None}
        queue = deque([source])
        while queue and sink not in came:
            node = queue.popleft()
            for following, left in residual[node].items():
                if left > 0 and following not in came:
                    came[following] = node
                    queue.append(following)
        if sink not in came:
            return total - flow
        path, node = [], sink
        while came[node] is not None:
            path.append((came[node], node))
            node = came[node]
        push = min(residual[a][b] for a, b in path)
        for a, b in path:
            residual[a][b] -= push
            residual[b][a] += push
        flow += push


def brute_force_fits(months: int, capacity: dict[str, int], cells: list) -> bool:
    """Whether whole days of each cell can go to months of its window within capacity."""
    room = {(role, month): days for role, days in capacity.items() for month in range(months)}

    def place(index: int, left: int, position: int) -> bool:
        if index == len(cells):
            return True
        _, role, _, window = cells[index]
        if left == 0:
            return place(index + 1, cells[index + 1][2] if index + 1 < len(cells) else 0, 0)
        for at in range(position, len(window)):
            key = (role, window[at])
            if room[key] > 0:
                room[key] -= 1
                found = place(index, left - 1, at)  # non-decreasing positions: each split once
                room[key] += 1
                if found:
                    return True
        return False

    return place(0, cells[0][2], 0)


def month_key(month: int) -> str:
    return f"2023-{month + 1:02d}"


@given(small_plans())
def test_feasibility_agrees_with_max_flow_and_brute_force(case):
    text, months, capacity, cells = case
    result = delivery_schedule(loads_plan(text), [f"p{i}" for i in range(3) if f'id = "p{i}"' in text])
    deficit = max_flow_deficit(months, capacity, cells)
    assert result.fits == (deficit == 0) == brute_force_fits(months, capacity, cells)


@given(small_plans())
def test_shortfall_is_the_max_flow_deficit(case):
    text, months, capacity, cells = case
    result = delivery_schedule(loads_plan(text), [f"p{i}" for i in range(3) if f'id = "p{i}"' in text])
    total = sum(sum(per_month.values()) for per_month in result.shortfall.values())
    assert abs(total - max_flow_deficit(months, capacity, cells)) < 0.01 * (1 + len(result.shortfall))


@given(small_plans())
def test_sums_equal_efforts_within_windows_and_capacity(case):
    text, _, _, cells = case
    plan = loads_plan(text)
    result = delivery_schedule(plan, [project.id for project in plan.projects])
    for project, role, effort, window in cells:
        placed = result.schedule[project][role]
        assert round(sum(placed.values()), 2) == effort
        assert set(placed) <= {month_key(month) for month in window}
        assert all(days > 0 for days in placed.values())
        assert [month_key(m) for m in window] == [f"{m:%Y-%m}" for m in movable_months(plan, plan.project(project))]
    for role, per_month in result.load.items():
        for month, (used, available) in per_month.items():
            placed = sum(result.schedule[p].get(role, {}).get(month, 0.0) for p in result.schedule)
            assert abs(used - placed) < 1e-9
            extra = result.shortfall.get(role, {}).get(month, 0.0)
            if result.fits:
                assert used <= available + 1e-9
            else:  # what does not fit is reported as extra days there
                assert used <= available + extra + 0.01 * len(result.schedule)
    assert result.fits_as_timed <= result.fits


@given(st.lists(st.floats(0, 50, allow_nan=False), min_size=1, max_size=12))
def test_cents_add_up_to_the_total(values):
    total = round(sum(values), 2)
    cents = round_to_cents(values, total)
    assert sum(cents) == round(total * 100)
    assert all(c >= 0 and abs(c / 100 - v) < 0.01 + 1e-9 for c, v in zip(cents, values, strict=True))


def test_the_readme_example_fits_once_re_timed():
    plan = load_plan(SSCB)
    result = delivery_schedule(plan, README_SET)
    # As timed, graduate-trainee time is over capacity in April and May 2023 (three projects
    # start together); moving some of it to the summer fits everything.
    assert not result.fits_as_timed and result.fits and result.shortfall == {}
    out, into = result.moves("drugs-community-safety", "graduate_trainee")
    assert "2023-05" in out and set(into) <= {"2023-04", "2023-06"}  # within its window, April to June
    assert all(used <= available for months in result.load.values() for used, available in months.values())
    for project in README_SET:
        assert {r: round(sum(m.values()), 2) for r, m in result.schedule[project].items()} == dict(
            plan.project(project).effort
        )
    # the final report to the board in September 2023 bounds modern slavery's work
    assert max(result.schedule["modern-slavery"]["graduate_trainee"]) <= "2023-09"


def test_a_project_that_fits_keeps_its_even_spread():
    plan = load_plan(SSCB)
    result = delivery_schedule(plan, ["reducing-reoffending"])
    assert result.fits_as_timed and result.fits
    assert result.schedule == result.timed
    assert result.schedule["reducing-reoffending"]["adviser"] == {"2023-04": 4.6, "2023-05": 5.1, "2023-06": 2.3}


def test_work_that_cannot_fit_reports_the_extra_days_where_they_fall(plant):
    path, _ = plant("\ngraduate_trainee = 6", "\ngraduate_trainee = 1")
    result = delivery_schedule(load_plan(path), ["reducing-reoffending", "drugs-community-safety"])
    # 14 graduate-trainee days in April-June 2023, 1 a month available: 11 extra
    assert not result.fits
    assert set(result.shortfall) == {"graduate_trainee"}
    assert round(sum(result.shortfall["graduate_trainee"].values()), 2) == 11
    assert set(result.shortfall["graduate_trainee"]) <= {"2023-04", "2023-05", "2023-06"}


def test_latest_lets_work_move_past_end(plant):
    path, _ = plant("end = 2023-06-14\nestimated = [\"cost\", \"effort\"]\ngates = []\nmilestones = [\n  { at = \"board-2023-06\", what = \"Board paper",
                    "end = 2023-06-14\nlatest = 2023-08-31\nestimated = [\"cost\", \"effort\"]\ngates = []\nmilestones = [\n  { at = \"board-2023-06\", what = \"Board paper")
    plan = load_plan(path)
    # the board paper in June 2023 is the project's last milestone: latest does not take it later
    assert [f"{m:%Y-%m}" for m in movable_months(plan, plan.project("reducing-reoffending"))] == [
        "2023-04", "2023-05", "2023-06"
    ]


def test_the_schedule_core_imports_highspy_only_when_scheduling():
    code = (
        "import sys; import workplan_tui.schedule; from workplan_tui.cli import main; "
        f"main(['check', {str(SSCB)!r}]); assert 'highspy' not in sys.modules"
    )
    assert subprocess.run([sys.executable, "-c", code], capture_output=True).returncode == 0


def test_solving_prints_nothing_and_leaves_file_descriptor_1_alone(monkeypatch, capfd):
    # The TUI writes the screen to file descriptor 1 from its own thread while a worker solves:
    # redirecting it even briefly would swallow screen output, so the solver must never touch it.
    import os

    redirected = []
    real_dup2 = os.dup2

    def watched_dup2(fd: int, fd2: int, *args: object) -> int:
        redirected.append(fd2)
        return real_dup2(fd, fd2, *args)

    monkeypatch.setattr(os, "dup2", watched_dup2)
    result = delivery_schedule(load_plan(SSCB), README_SET)
    monkeypatch.undo()
    assert not result.fits_as_timed  # so HiGHS did run
    assert redirected == []
    assert capfd.readouterr() == ("", "")


def test_an_agreed_plan_shows_the_delivery_its_decision_records():
    plan = load_plan(SSCB)
    ids = ("modern-slavery", "police-capacity", "drugs-community-safety")  # re-timed to fit
    worked_out = delivery_schedule(plan, ids)
    assert worked_out.fits and not worked_out.fits_as_timed
    decision = Decision(date=dt.date(2023, 3, 23), method="points", ballots=3, selected=ids, schedule=recorded_schedule(worked_out))
    agreed = attrs.evolve(plan, decision=decision)
    assert planned_delivery(agreed) == worked_out
    # The record, not a new solve: a month moved on record shows as moved, and over capacity.
    moved = dict(worked_out.schedule["modern-slavery"]["graduate_trainee"])
    first = min(moved)
    moved[first] += 50
    entries = tuple(
        attrs.evolve(entry, days=moved) if (entry.project, entry.role) == ("modern-slavery", "graduate_trainee") else entry
        for entry in decision.schedule
    )
    shown = planned_delivery(attrs.evolve(agreed, decision=attrs.evolve(decision, schedule=entries)))
    assert shown is not None and not shown.fits
    assert shown.shortfall["graduate_trainee"][first] > 0
    assert planned_delivery(plan) is None  # a draft records none
