"""The SSCB example agreed with the ballots in tests/golden/sscb-2023-24.ballots.

Shared by the export tests, and the way to regenerate the golden papers after a
deliberate change to a document, its template or the example plan:

    python tests/helpers/agreed_example.py      # rewrites tests/golden/sscb-2023-24.*.md

then read the diff before committing it.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

TESTS = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(TESTS.parent / "src"))

from workplan_tui.agree import agree  # noqa: E402
from workplan_tui.attendance import Attendance  # noqa: E402
from workplan_tui.decision import render  # noqa: E402
from workplan_tui.model import Action, Plan  # noqa: E402
from workplan_tui.plan_io import load_plan  # noqa: E402
from workplan_tui.voting.ballots import read_ballots  # noqa: E402
from workplan_tui.voting.tally import tally  # noqa: E402

PLAN = TESTS.parent / "plans" / "sscb-2023-24.toml"
GOLDEN = TESTS / "golden"
BALLOTS = GOLDEN / "sscb-2023-24.ballots"
# The paper for direction: the agreed plan's is still the paper as tabled, so the two are alike.
AGREED_PAPER = GOLDEN / "sscb-2023-24.paper.md"
DRAFT_PAPER = GOLDEN / "sscb-2023-24.draft.paper.md"
DATE = dt.date(2023, 3, 23)  # the date of the paper in seeds/004
APOLOGIES = ("member-12", "member-13")  # as the attendance lists record them
# Present: the members whose ballots counted (none of those who sent apologies voted).
PRESENT = (
    "chair", "vice-chair", "deputy-chair-1", "deputy-chair-2",
    "member-01", "member-02", "member-03", "member-04", "member-05", "member-06",
)
ATTENDANCE = Attendance(present=PRESENT, apologies=APOLOGIES, recorded=True)
ACTIONS = (
    Action(what="Report progress on the priority projects", owner="officers", due="board-2023-09"),
    Action(what="Bring an item on the drug strategy to a future Board meeting", owner="officers", due=""),
)


def draft() -> Plan:
    return load_plan(PLAN)


def agreed() -> Plan:
    plan = draft()
    ballots, rejected = read_ballots(plan, BALLOTS)
    result = tally(plan, ballots, rejected, attendance=ATTENDANCE)
    return agree(plan, result, date=DATE, ballots=ballots, actions=ACTIONS)


def agreed_with(projects: tuple[str, ...]) -> Plan:
    """The example agreed with another set than the count's, e.g. the issue's Modern slavery
    (£3,750 from the budget) with the cohesion study (£12,000, funded by the SIGCE budget)."""
    plan = draft()
    ballots, rejected = read_ballots(plan, BALLOTS)
    result = tally(plan, ballots, rejected, attendance=ATTENDANCE)
    return agree(
        plan, result, date=DATE, ballots=ballots, actions=ACTIONS, agreed=projects,
        reason="The Board chose the cohesion study, funded by the SIGCE budget, for its urgency",
    )


def paper(plan: Plan) -> str:
    text = render(plan, "paper")
    assert isinstance(text, str)
    return text


def main() -> None:
    written = {AGREED_PAPER: paper(agreed()), DRAFT_PAPER: paper(draft())}
    for path, text in written.items():
        path.write_text(text, encoding="utf-8")
    print("wrote " + ", ".join(str(path) for path in written))


if __name__ == "__main__":
    main()
