"""A small fixed plan for the UI tests and snapshots (not the example plan, which changes).

It has what every screen must show: two themes with activities, a gated project,
an externally funded one, months over capacity, and a title that looks like markup.
The fixture `plan_file` (tests/ui/conftest.py) writes it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

PLAN_TEXT = """\
schema = 1

[plan]
title = "Test board plan 2025/26"
board = "Test Board"
cycle = "2025/26"
start = 2025-04-01
end = 2026-03-31

[limits]
budget = 10000
currency = "GBP"
[limits.capacity]
senior_adviser = 5
adviser = 10
[limits.gates.research_team]
label = "Research team (surveys)"
approval = "Senior Management Team"

[[members]]
id = "chair"
label = "Chair"
role = "chair"

[[meetings]]
id = "board-2025-06"
date = 2025-06-12
kind = "board"

[[themes]]
id = "community-safety"
title = "Community safety"
activities = ["Publish guidance on modern slavery", "[b]Not bold[/b] activity"]

[[themes]]
id = "cohesion"
title = "Cohesion"
activities = ["Run the cohesion network"]

[[projects]]
id = "modern-slavery"
title = "Modern slavery"
theme = "community-safety"
summary = "How councils progress their modern slavery work."
resources = "Qualitative research within the team."
timing = "Interim report in June; final report in September."
cost = 3000
effort = { senior_adviser = 12, adviser = 30 }
start = 2025-04-01
end = 2025-09-30
milestones = [
  { at = "board-2025-06", what = "Interim report" },
  { date = 2025-09-30, what = "Final report" },
]

[[projects]]
id = "markup-title"
title = "[red]x[/]"
theme = "cohesion"
summary = "A title that must show literally."
cost = 5000
effort = { adviser = 8 }
start = 2025-06-01
end = 2025-12-31
gates = ["research_team"]

[[projects]]
id = "court-cases"
title = "Cohesion impact of court cases"
theme = "cohesion"
cost = 12000
funding = "External grant"
effort = { senior_adviser = 4, adviser = 6 }
start = 2025-05-01
end = 2026-02-28
"""

BROKEN_TEXT = PLAN_TEXT.replace('cost = 3000', 'cost = "three thousand"').replace("theme = \"cohesion\"\nsummary", "theme = \"cohesio\"\nsummary")


def plan_in_working_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str, name: str = "plan.toml") -> Path:
    """The plan written in a fresh folder that is also the working folder, so paths on screen are stable."""
    monkeypatch.chdir(tmp_path)
    path = Path(name)
    path.write_text(text, encoding="utf-8")
    return path
