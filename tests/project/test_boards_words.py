"""What members and officers read is in the Board's words: no configuration key names, no ids, no error ids.

The screens are the committed snapshots (tests/ui/__snapshots__, the text of each SVG rebuilt line by
line) and the papers are the golden Markdown files (tests/golden/*.md). Key names (`pick.max`,
`ballot_length`), snake_case ids (`graduate_trainee`, `research_team`), the example plans' project ids
and error ids (`E401`) belong to the command line's error lines and the docs only; so do key paths
(`projects[3]`, `voting.pick.min`) and anything the command line quotes in backquotes (`` `member-b` ``).
"""

from __future__ import annotations

import html
import re
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

import pytest

from helpers.paths import GOLDEN, PLANS, TESTS
from helpers.ui_plan import PLAN_TEXT
from workplan_tui.plan_io import loads_plan
from workplan_tui.schema import ARRAY_OF_TABLES, TABLES

SNAPSHOTS = TESTS / "ui" / "__snapshots__"
# The one place an id is the thing people read: the form field where an officer types it (the
# project's, theme's or member's Id, a role's or a gate's id in the Limits form) and its example.
ID_FIELD = re.compile(r"^\W*(Id|Gate id|Role|New role)\s{2,}")
CELL = 12.2  # the width of one terminal cell in Textual's SVG export
TEXT_NODE = re.compile(r'<text class="terminal-[^"]*" x="([\d.]+)" y="[\d.]+"[^>]*clip-path="url\(#terminal-line-(\d+)\)">([^<]*)</text>')


def screen_lines(svg: str) -> list[str]:
    """The terminal's text, one string per line, each text node at its column."""
    lines: dict[int, list[tuple[int, str]]] = defaultdict(list)
    for x, line, text in TEXT_NODE.findall(svg):
        lines[int(line)].append((round(float(x) / CELL), html.unescape(text).replace("\xa0", " ")))
    rebuilt = []
    for number in sorted(lines):
        row = ""
        for column, text in sorted(lines[number]):
            row = row.ljust(column) + text
        rebuilt.append(row)
    return rebuilt


def dotted_key_names() -> set[str]:
    """`pick.max`, `limits.capacity`, …: each key with the key of the table that holds it."""
    names = set()
    for fields in TABLES.values():
        for key, field in fields.items():
            if field.table in TABLES:
                names.update(f"{key}.{child}" for child in TABLES[field.table])
    return names


def ids_of_the_plans() -> set[str]:
    """Every id of the example plans and the UI tests' plan (roles, gates, projects, themes, meetings,
    members): ids, never words on a screen."""
    plans = [loads_plan(path.read_text(encoding="utf-8"), str(path)) for path in sorted(PLANS.glob("*.toml"))]
    plans.append(loads_plan(PLAN_TEXT))
    ids = set()
    for plan in plans:
        ids.update(plan.roles)
        ids.update(gate.id for gate in plan.limits.gates)
        ids.update(project.id for project in plan.projects)
        ids.update(item.id for item in (*plan.themes, *plan.meetings, *plan.members))
    # An id that is one plain word ("adviser") reads as that word; only the made-up ones give themselves away.
    return {identifier for identifier in ids if re.search(r"[_-]", identifier)}


def lists_of_tables() -> set[str]:
    """`projects`, `members`, `milestones`, …: the keys an index follows in a key path (`projects[3]`)."""
    return {key for fields in TABLES.values() for key, field in fields.items() if field.kind is ARRAY_OF_TABLES}


def forbidden() -> re.Pattern[str]:
    underscored = {key for fields in TABLES.values() for key in fields if "_" in key}
    words = sorted(dotted_key_names() | underscored | ids_of_the_plans(), key=len, reverse=True)
    alternatives = [re.escape(word) for word in words] + [
        rf"(?:{'|'.join(sorted(lists_of_tables()))})\[\d+\]",  # a key path's index: projects[3], projects[0].cost
        # anything in backquotes, as the command line quotes keys and ids: `member-b`, `end`, ``; a
        # command to type (`workplan check`) is not a key
        r"`(?!workplan )[^`\n]*`",
        r"[a-z]+_[a-z_]+",  # any snake_case identifier
        r"E\d{3}",  # an error id
        r"(?:19|20)\d\d-(?:0[1-9]|1[0-2])",  # a month as data ("2023-05"), not "May 2023"
    ]
    return re.compile(rf"(?<![\w./-])(?:{'|'.join(alternatives)})(?![\w-])")


def svg_files() -> list[Path]:
    return sorted(SNAPSHOTS.rglob("*.svg"))


def papers() -> list[Path]:
    return sorted(GOLDEN.glob("*.md"))


def offences(lines: list[str], pattern: re.Pattern[str]) -> Iterator[str]:
    for number, line in enumerate(lines, 1):
        if ID_FIELD.match(line):
            continue
        for match in pattern.finditer(line):
            yield f"line {number}: {match.group()!r} in {line.strip()!r}"


def test_the_scan_sees_every_screen_and_paper():
    # A scan that reads nothing passes for nothing: the snapshots and papers are there and are read as text.
    assert len(svg_files()) >= 40 and len(papers()) >= 3
    lines = screen_lines((SNAPSHOTS / "test_ui_snapshots" / "test_capacity_pane[120x40].svg").read_text(encoding="utf-8"))
    assert any("Budget" in line and "£10,000" in line for line in lines)


def test_the_scan_finds_what_it_looks_for():
    pattern = forbidden()
    for bad in ("pick.max reached", "graduate_trainee over capacity", "E401 no ballot counted", "see limits.budget",
                "modern-slavery out in round 2", "total_budget", "over capacity in 2023-05",
                # what the validator and the voting codes said in the app before they spoke in words
                "Missing required key `end` in projects[3].", "`` is not a valid id", "projects[0].cost must be",
                "pick.min (4) is more than pick.max (3)", "voting.pick.min", "Wrong voting code for `member-b`",
                "`member-a` has already declared an interest in `court-cases`", "`end`"):
        assert pattern.search(bad), bad
    for good in ("Graduate trainee over capacity in May 2023", "Modern slavery", "plan.toml", "2023/24", "£10,000",
                 "sscb-2023-24.toml", "E-mail", "board 2023-24", "3 Apr 2023", "End date is required.",
                 "The fewest projects to prioritise (4) is more than the most (3).", "Wrong voting code for Member B.",
                 "Member A has already declared an interest in Cohesion impact of court cases.", "projects (3)",
                 "Theme of Modern slavery, “cohesio”, is not a theme of the plan", "e.g. 5, 3, 1"):
        assert not pattern.search(good), good


@pytest.mark.parametrize("svg", svg_files(), ids=lambda path: f"{path.parent.name}/{path.stem}")
def test_no_screen_shows_a_key_name_an_id_or_an_error_id(svg: Path):
    found = list(offences(screen_lines(svg.read_text(encoding="utf-8")), forbidden()))
    assert found == []


@pytest.mark.parametrize("paper", papers(), ids=lambda path: path.name)
def test_no_paper_shows_a_key_name_an_id_or_an_error_id(paper: Path):
    found = list(offences(paper.read_text(encoding="utf-8").splitlines(), forbidden()))
    assert found == []
