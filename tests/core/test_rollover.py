"""Rollover: the next cycle's draft from an agreed plan."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

from helpers import agreed_example
from workplan_tui.cli import main
from workplan_tui.outputs import next_cycle_output
from workplan_tui.plan_io import dumps_plan, load_plan, loads_plan, write_plan
from workplan_tui.rollover import NotAgreed, next_year, rollover, shift_years


@pytest.fixture(scope="module")
def agreed():
    return agreed_example.agreed()


@pytest.fixture(scope="module")
def nxt(agreed):
    return rollover(agreed)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("SSCB work plan 2023/24", "SSCB work plan 2024/25"),
        ("2023-24", "2024-25"),
        ("2099/00", "2100/01"),
        ("2023/2024", "2024/2025"),
        ("board-2023-06", "board-2024-06"),  # a month, not a cycle
        ("lead-members-2024-01", "lead-members-2025-01"),
        ("2023-03-23", "2024-03-23"),
        ("no year here, 12345 nor 120230", "no year here, 12345 nor 120230"),
    ],
)
def test_shift_years(text, expected):
    assert shift_years(text) == expected


def test_next_year_keeps_month_ends():
    assert next_year(dt.date(2023, 4, 3)) == dt.date(2024, 4, 3)
    assert next_year(dt.date(2024, 2, 29)) == dt.date(2025, 2, 28)
    assert next_year(dt.date(2023, 2, 28)) == dt.date(2024, 2, 29)  # a period ending with February still does
    assert next_year(dt.date(2024, 3, 31)) == dt.date(2025, 3, 31)


def test_next_cycle_draft(agreed, nxt):
    assert nxt.info.status == "draft" and nxt.decision is None
    assert (nxt.info.title, nxt.info.cycle) == ("SSCB work plan 2024/25", "2024/25")
    assert (nxt.info.start, nxt.info.end) == (dt.date(2024, 4, 1), dt.date(2025, 3, 31))
    assert nxt.limits == agreed.limits and nxt.voting.pick_max == agreed.voting.pick_max
    assert nxt.members == agreed.members
    # Agreed projects become activities of their themes; the rest stay candidates.
    assert [p.id for p in nxt.projects] == ["reducing-reoffending", "mental-health-policing", "cohesion-court-case"]
    assert {p.status for p in nxt.projects} == {"candidate"}
    safety = nxt.theme("community-safety").activities
    assert [a.text for a in safety[-3:]] == ["Modern slavery", "Police capacity and impact", "Drugs issues and community safety"]
    assert len(safety) == len(agreed.theme("community-safety").activities) + 3
    cohesion = nxt.project("cohesion-court-case")
    assert (cohesion.start, cohesion.end) == (dt.date(2024, 5, 2), dt.date(2025, 3, 31))
    assert [m.at for m in cohesion.milestones] == ["board-2024-09", "board-2025-01", "board-2025-03"]
    assert nxt.meetings_by_id["board-2024-06"].date == dt.date(2024, 6, 14)


def test_next_cycle_passes_check_and_round_trips(nxt, tmp_path):
    path = tmp_path / "next.toml"
    write_plan(nxt, path)
    assert load_plan(path) == nxt
    assert main(["check", str(path)]) == 0


def test_windows_are_clipped_to_the_new_period(agreed):
    late = attrs.evolve(agreed, info=attrs.evolve(agreed.info, end=dt.date(2024, 2, 29)), projects=tuple(
        attrs.evolve(p, end=min(p.end, dt.date(2024, 2, 29)))
        for p in agreed.projects
    ))
    nxt = rollover(loads_plan(dumps_plan(late)))
    assert nxt.info.end == dt.date(2025, 2, 28)
    assert nxt.project("cohesion-court-case").end == dt.date(2025, 2, 28)


def test_last_cycles_opening_and_closing_are_not_carried_over(agreed):
    closes = dt.datetime(2023, 3, 23, 11, 5, tzinfo=dt.UTC)
    voted = attrs.evolve(agreed, voting=attrs.evolve(agreed.voting, opens=closes - dt.timedelta(hours=1), closes=closes, results="live"))
    carried = rollover(voted).voting
    # A draft whose vote closed a year ago could take no ballot; the Board's choice of results stays.
    assert (carried.opens, carried.closes, carried.results) == (None, None, "live")


def test_a_draft_cannot_be_rolled_over(tmp_path, capsys):
    with pytest.raises(NotAgreed):
        rollover(agreed_example.draft())
    assert main(["rollover", str(agreed_example.PLAN), "-o", str(tmp_path / "x.toml")]) == 2
    assert "E104 rollover starts from an agreed plan" in capsys.readouterr().err
    assert not (tmp_path / "x.toml").exists()


def test_rollover_command_defaults_force_and_stdout(agreed, tmp_path, capsys):
    source = tmp_path / "sscb-2023-24.agreed.toml"
    write_plan(agreed, source)
    assert next_cycle_output(source) == tmp_path / "sscb-2024-25.toml"
    assert next_cycle_output(tmp_path / "plan.agreed.toml") == tmp_path / "plan.next.toml"  # not last year's draft
    assert main(["rollover", str(source)]) == 0
    written = (tmp_path / "sscb-2024-25.toml").read_text(encoding="utf-8")
    assert written == dumps_plan(rollover(agreed))
    assert main(["rollover", str(source)]) == 2
    assert "E402 already exists" in capsys.readouterr().err
    assert main(["rollover", str(source), "--force"]) == 0
    capsys.readouterr()
    assert main(["rollover", str(source), "-o", "-"]) == 0
    assert capsys.readouterr().out == written
    assert main(["rollover", str(source), "-o", str(source), "--force"]) == 2
    assert "is the agreed plan itself" in capsys.readouterr().err
    assert load_plan(source) == agreed


def test_rolling_over_twice_moves_two_years(agreed, tmp_path):
    twice = rollover(agree_again(rollover(agreed)))
    assert twice.info.cycle == "2025/26" and twice.info.start == dt.date(2025, 4, 1)


def agree_again(draft):
    """The next cycle agreed by hand (no ballots needed to test a second rollover)."""
    from workplan_tui.agree import agree
    from workplan_tui.capacity import check_bundle
    from workplan_tui.model import RankedScore
    from workplan_tui.voting.result import TallyResult

    first = draft.projects[0].id
    result = TallyResult("points", 3, (), (RankedScore(first, 9),), (first,), (), (), check_bundle(draft, [first]))
    return agree(draft, result, date=draft.info.start, ballots=(), reason="One project, agreed by hand")



def test_the_agreed_projects_planned_delivery_is_kept_as_history(agreed, nxt):
    activities = {activity.text: activity for theme in nxt.themes for activity in theme.activities}
    assert activities["Modern slavery"].note == "Priority project in 2023/24, planned for April 2023 to September 2023."
    police = activities["Police capacity and impact"].note
    assert police == "Priority project in 2023/24, planned for April 2023 to November 2023."
    # Standing activities carried over keep no note; the history is only the last cycle's.
    carried = [a for a in agreed.theme("community-safety").activities]
    assert all(activities[a.text].note == "" for a in carried)
