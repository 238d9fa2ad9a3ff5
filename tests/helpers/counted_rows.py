"""Counted rows for the tests (issue 18): random distinct rankings with their voters, the Ballots of
an imported electorate's rows, and a plan whose box holds them (tests/core/test_counted_ballots.py,
test_columns.py)."""

from __future__ import annotations

from pathlib import Path

import attrs
from hypothesis import strategies as st

from helpers.paths import DATA
from helpers.voting_plans import plan_text
from workplan_tui.plan_io import fingerprint, load_plan
from workplan_tui.voting.ballot_box import open_box
from workplan_tui.voting.ballots import Ballot
from workplan_tui.voting.ties import TieBreak

LOT = TieBreak(rule="lot", seed="counted")
MEATH = DATA / "preflib" / "00001-00000003.soi"
PROJECTS = [f"p{i}" for i in range(1, 6)]


@st.composite
def counted_rankings(draw: st.DrawFn, projects: list[str] = PROJECTS, most: int = 5) -> list[tuple[tuple[str, ...], int]]:
    """Distinct rankings (strict, possibly short) each with how many voters cast it."""
    orders = draw(st.lists(st.permutations(projects).map(lambda p: tuple(p[: most])), min_size=1, max_size=12))
    cut = [tuple(order[: draw(st.integers(1, len(order)))]) for order in orders]
    distinct = list(dict.fromkeys(cut))
    return [(ranking, draw(st.integers(1, 40))) for ranking in distinct]


def counted_ballots(rows: list[tuple[tuple[str, ...], int]]) -> list[Ballot]:
    return [Ballot(f"o{number}", ranking, voters=voters) for number, (ranking, voters) in enumerate(rows)]


ROWS = [(("p1", "p2"), 1618), (("p2",), 3), (("p3", "p1", "p2"), 1)]


def imported_plan(folder: Path, *, box: str = "sqlite", roll: str = "imported") -> Path:
    path = folder / "city.toml"
    lines = f'roll = "{roll}"\n' + (f'box = "{box}"\n' if box != "folder" else "")
    path.write_text(plan_text(tie_break="lot").replace("[voting]\n", "[voting]\n" + lines, 1), encoding="utf-8")
    return path


def box_with_rows(path: Path, rows=ROWS) -> None:
    plan = load_plan(path)
    bound = fingerprint(plan)
    box = open_box(path, plan, new=True)
    box.write_many([attrs.evolve(ballot, plan=bound) for ballot in counted_ballots(rows)])
