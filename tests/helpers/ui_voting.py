"""The UI fixture plan with five members, a tight budget, one seat, and fixed ballots.

Built on ui_plan.PLAN_TEXT so the panes show the same projects. The budget
(£7,000) makes markup-title (£5,000) blocked once modern-slavery (£3,000) is ranked;
one seat (pick.max = 1) makes the count's winner the whole selection, and the ballots
are chosen so that points and IRV disagree on it.
The fixture `voting_plan` (tests/ui/conftest.py) writes it; `cast_ballots` adds the ballots.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from helpers.ui_plan import PLAN_TEXT
from workplan_tui.plan_io import load_plan
from workplan_tui.voting.ballots import ballots_dir, write_ballot

CAST = dt.datetime(2025, 6, 1, 10, 0, tzinfo=dt.UTC)  # no clocks in tests
AGREE_DATE = "2025-06-12"  # the decision's date on the Export pane, fixed for the same reason

MEMBERS = """
[[members]]
id = "member-a"
label = "Member A (district council)"

[[members]]
id = "member-b"
label = "Member B"

[[members]]
id = "member-c"
label = "Member C"

[[members]]
id = "member-d"
label = "Member D"
"""

VOTING_PLAN_TEXT = (
    PLAN_TEXT.replace("budget = 10000", "budget = 7000")
    .replace('[[members]]\nid = "chair"', '[voting]\npick = { min = 1, max = 1 }\nballot_length = 3\nseed = "test"\n\n[[members]]\nid = "chair"', 1)
    .replace("\n[[meetings]]", MEMBERS + "\n[[meetings]]", 1)
)

# The same plan at a meeting: a roster substitute and a quorum of four (of the five members).
MEETING_PLAN_TEXT = VOTING_PLAN_TEXT.replace('seed = "test"\n', 'seed = "test"\nquorum = 4\n', 1).replace(
    "\n[[meetings]]", '\n[[members]]\nid = "sub-1"\nlabel = "Substitute Member 1"\nrole = "substitute"\n\n[[meetings]]', 1
)

# points (3-2-1): court-cases (2+2+2+2+3 = 11) wins on breadth; IRV: modern-slavery and markup-title
# lead on first preferences, court-cases (one first preference) goes out first.
BALLOTS = {
    "chair": ("modern-slavery", "court-cases"),
    "member-a": ("modern-slavery", "court-cases"),
    "member-b": ("markup-title", "court-cases"),
    "member-c": ("markup-title", "court-cases"),
    "member-d": ("court-cases",),
}


def cast_ballots(plan_path: Path) -> Path:
    """Write the fixed ballots, plus one from a non-member, beside the plan; returns the folder."""
    plan = load_plan(plan_path)
    folder = ballots_dir(plan_path)
    for member, ranking in BALLOTS.items():
        write_ballot(plan, folder, member, ranking, cast=CAST)
    (folder / "stranger.toml").write_text('member = "stranger"\nranking = ["court-cases"]\n', encoding="utf-8")
    return folder
