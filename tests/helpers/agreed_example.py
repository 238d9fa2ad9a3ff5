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
NOTE = GOLDEN / "sscb-2023-24.note.md"  # the note of the meeting (export/note.py)
PROGRAMME = GOLDEN / "sscb-2023-24.programme.md"  # the agreed work programme (export/programme.py)
DRAFT_PROGRAMME = GOLDEN / "sscb-2023-24.draft.programme.md"  # a draft's, dated DATE
DATE = dt.date(2023, 3, 23)  # the date of the paper in seeds/004
# The end-of-year report of 2017/18 (seeds/002), at the Board's June meeting, with the next
# cycle's plan its priorities are proposed from.
REPORT_PLAN = PLAN.with_name("sscb-2017-18.toml")
REPORT_NEXT_PLAN = PLAN.with_name("sscb-2018-19.toml")
REPORT_DATE = dt.date(2018, 6, 13)
REPORTS = {
    "report-2017-18.md": True,  # with next year's plan
    "report-2017-18.continuing.md": False,  # without: the work continuing and the candidates not selected
}
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


def write_reports() -> None:
    from workplan_tui.export import templating
    from workplan_tui.export.report import report_context

    report_plan = load_plan(REPORT_PLAN)
    for name, with_next in REPORTS.items():
        next_plan = load_plan(REPORT_NEXT_PLAN) if with_next else None
        context = report_context(report_plan, date=REPORT_DATE, next_plan=next_plan)
        (GOLDEN / name).write_text(templating.render_markdown("report", context), encoding="utf-8")
    sscb = GOLDEN / "sscb-2023-24.report.md"
    sscb.write_text(templating.render_markdown("report", report_context(agreed())), encoding="utf-8")
    print(f"wrote {', '.join(REPORTS)} and {sscb.name}")


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


def note() -> str:
    """The note of the meeting of the agreed example, as `export --to note` writes it."""
    text = render(agreed(), "note")
    assert isinstance(text, str)
    return text


def programme(plan: Plan) -> str:
    """The work programme of the plan (a draft's dated DATE), as `export --to programme` writes it."""
    text = render(plan, "programme", date=DATE)
    assert isinstance(text, str)
    return text


def main() -> None:
    written = {
        AGREED_PAPER: paper(agreed()),
        DRAFT_PAPER: paper(draft()),
        NOTE: note(),
        PROGRAMME: programme(agreed()),
        DRAFT_PROGRAMME: programme(draft()),
    }
    for path, text in written.items():
        path.write_text(text, encoding="utf-8")
    print("wrote " + ", ".join(str(path) for path in written))
    write_reports()


if __name__ == "__main__":
    main()
