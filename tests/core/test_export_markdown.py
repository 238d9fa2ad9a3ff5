"""The board paper: a golden snapshot for the SSCB example, and escaping that keeps plan text as text.

The paper is parsed back with markdown-it (GFM tables; it comes with Textual) and, when
installed, converted with pandoc, so the checks are about what a reader sees, not about
the exact characters written.
"""

from __future__ import annotations

import json
import shutil
import subprocess

import attrs
import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from helpers import agreed_example
from workplan_tui.export.markdown import escape, render_markdown, table

REGENERATE = "regenerate with `python tests/helpers/agreed_example.py` and review the diff"


def parse(text: str):
    return MarkdownIt("gfm-like").parse(text)


def inline_text(token) -> str:
    """The words of an inline token; fails on any markup other than autolinks."""
    parts = []
    for child in token.children:
        if child.type == "text":
            parts.append(child.content)
        elif child.type not in ("link_open", "link_close"):  # bare URLs autolink on GitHub too
            raise AssertionError(f"markup {child.type} in {token.content!r}")
    return "".join(parts)


def cells(tokens) -> list[list[str]]:
    """Every table body row as a list of cell texts."""
    rows, row, inside_body = [], None, False
    for index, token in enumerate(tokens):
        if token.type == "tbody_open":
            inside_body = True
        elif token.type == "tbody_close":
            inside_body = False
        elif inside_body and token.type == "tr_open":
            row = []
        elif inside_body and token.type == "tr_close":
            rows.append(row)
        elif inside_body and token.type == "td_open":
            row.append(inline_text(tokens[index + 1]) if tokens[index + 1].type == "inline" else "")
    return rows


# -- golden snapshots ----------------------------------------------------------------


def test_agreed_paper_matches_the_golden_snapshot():
    assert render_markdown(agreed_example.agreed()) == agreed_example.AGREED_PAPER.read_text(encoding="utf-8"), REGENERATE


def test_draft_paper_matches_the_golden_snapshot():
    paper = render_markdown(agreed_example.draft(), date=agreed_example.DATE)
    assert paper == agreed_example.DRAFT_PAPER.read_text(encoding="utf-8"), REGENERATE


def test_agreed_paper_has_the_sections_of_the_boards_papers():
    paper = render_markdown(agreed_example.agreed())
    headings = [line for line in paper.splitlines() if line.startswith("## ")]
    assert headings[:10] == [
        "## Purpose of report",
        "## Summary",
        "## Decision",
        "## Issues",
        "## Resources",
        "## Result of the vote",
        "## Attendance",
        "## Declarations of interest",
        "## Next steps",
        "## Agreed work programme 2023/24",
    ]
    assert "The agreed projects cost £11,250, £1,250 more than the budget." in paper  # the Board's priorities
    assert "1. Modern slavery\n2. Police capacity and impact, subject to approval by the Senior Management Team\n3. Drugs issues and community safety" in paper
    assert "the chair's ballot ranks “Police capacity and impact” (2nd) and “Drugs issues and community safety” (3rd)" in paper


def test_draft_paper_asks_for_direction():
    paper = render_markdown(agreed_example.draft())
    assert "For direction." in paper
    assert "decide which two to three projects" in paper
    assert "**Date:**" not in paper  # no date given, none invented
    assert "## Result of the vote" not in paper


def test_the_issues_table_holds_every_project_in_plan_order():
    plan = agreed_example.agreed()
    rows = cells(parse(render_markdown(plan)))
    issues = [row for row in rows if len(row) == 7]
    assert [row[0] for row in issues] == [project.title for project in plan.projects]
    by_title = {row[0]: row for row in issues}
    police = by_title["Police capacity and impact"]
    assert police[4] == "£6,500 est." and police[5] == "52 est. (Senior adviser 12, Adviser 24, Graduate trainee 16)"
    assert police[6] == "Agreed" and by_title["Reducing reoffending: a local government position"][6] == "Not selected"
    assert "subject to approval by the Senior Management Team" in police[2]
    assert by_title["Cohesion impact of court case"][4] == "£12,000 est., funded by SIGCE budget"
    # A summary of three paragraphs stays in its one cell.
    assert by_title["Mental health impact on policing"][1].endswith("adopted in Humberside.")


# -- escaping --------------------------------------------------------------------------


def test_pipes_leading_hashes_dashes_and_newlines_stay_text():
    draft = agreed_example.draft()
    nasty = {
        "title": "# Not a heading | nor a column",
        "summary": "- not a list\n\n| not a row |\n1. not numbered <b>not bold</b> *nor this*",
        "resources": "+ plus = equals > quote `code` [link](x) &amp; $x$",
    }
    first = attrs.evolve(draft.projects[0], **nasty)
    plan = attrs.evolve(draft, projects=(first,) + draft.projects[1:])
    paper = render_markdown(plan)
    tokens = parse(paper)
    assert [t.tag for t in tokens if t.type == "heading_open"].count("h1") == 1
    assert sum(t.type == "bullet_list_open" for t in tokens) == len(
        [t for t in parse(render_markdown(draft)) if t.type == "bullet_list_open"]
    )
    row = cells(tokens)[0]
    assert len(row) == 6
    assert row[0] == "# Not a heading | nor a column"
    assert row[1] == "- not a list | not a row | 1. not numbered <b>not bold</b> *nor this*"
    assert row[2] == "+ plus = equals > quote `code` [link](x) &amp; $x$"
    # In the work programme list the title is the start of a list item: still not a heading.
    assert "- \\# Not a heading \\| nor a column (candidate project)" in paper


@given(st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=60))
@example("# heading")
@example("- item")
@example("+ item")
@example("> quote")
@example("1. first")
@example("3) third")
@example("***")
@example("a | b")
@example("line\nbreak")
def test_escaped_text_reads_back_as_the_same_words(text):
    words = " ".join(text.split())
    row = "\n".join(table(["A", "B"], [[escape(text), "end"]]))
    assert cells(parse(row)) == [[words, "end"]]
    if not words:
        return
    # As a paragraph of its own, and as a list item: one block of plain words, nothing else.
    tokens = parse(escape(text) + "\n")
    assert [t.type for t in tokens] == ["paragraph_open", "inline", "paragraph_close"]
    assert inline_text(tokens[1]) == words
    tokens = parse("- " + escape(text) + "\n")
    assert [t.type for t in tokens] == [
        "bullet_list_open", "list_item_open", "paragraph_open", "inline", "paragraph_close",
        "list_item_close", "bullet_list_close",
    ]
    assert inline_text(tokens[3]) == words


# What a plan's title or summary may hold (the validator refuses the other controls, E107) and
# what would break a paper written naively: line and paragraph separators, tabs, right-to-left
# marks, pipes, markup at the start of a line, a forged list item.
PLAN_TEXT = st.lists(
    st.one_of(
        st.sampled_from(["\n", "\n\n", "\t", "|", "||", "# ", "- ", "1. ", "> ", "***", "`", "<b>", "\\",
                         "\u2028", "\u2029", "\u200f", "\u061c", "\n  - FORGED: all good", "\n| x | y |"]),
        st.text(alphabet="ab é", min_size=1, max_size=3),
    ),
    min_size=1, max_size=8,
).map("".join).filter(str.strip)


def blocks(tokens) -> list[str]:
    return [token.type for token in tokens if token.type != "inline"]


@given(title=PLAN_TEXT, summary=PLAN_TEXT)
@example(title="Title\n| forged | row |\n# Heading", summary="a\u2028b | c")
def test_a_title_or_summary_cannot_change_the_papers_structure(title, summary):
    draft = agreed_example.draft()
    first = attrs.evolve(draft.projects[0], title=title, summary=summary)
    plan = attrs.evolve(draft, projects=(first,) + draft.projects[1:])
    paper = render_markdown(plan)
    tokens = parse(paper)
    assert blocks(tokens) == blocks(parse(render_markdown(draft)))  # the same headings, lists, tables and rows
    assert cells(tokens)[0][:2] == [" ".join(title.split()), " ".join(summary.split())]
    assert not any(separator in paper for separator in "\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029\t")


@pytest.mark.skipif(shutil.which("pandoc") is None, reason="pandoc is not installed")
def test_pandoc_reads_the_paper_as_gfm_with_its_tables():
    paper = agreed_example.AGREED_PAPER.read_text(encoding="utf-8")
    converted = subprocess.run(
        ["pandoc", "--fail-if-warnings", "-f", "gfm", "-t", "json"],
        input=paper, capture_output=True, text=True, check=True,
    )
    blocks = json.loads(converted.stdout)["blocks"]
    assert [block["t"] for block in blocks].count("Table") == 3
    plain = subprocess.run(
        ["pandoc", "-f", "gfm", "-t", "plain", "--wrap=none"], input=paper, capture_output=True, text=True, check=True
    ).stdout
    assert "Police capacity and impact" in plain and "\\" not in plain  # no escape leaks into the text


def test_the_vote_table_says_why_each_project_was_not_selected():
    paper = render_markdown(agreed_example.agreed())
    assert "| 2 | Police capacity and impact | 14 | Agreed |" in paper
    assert "| 6 | Mental health impact on policing | 3 | Not selected: 3 projects are already selected, the most the Board prioritises |" in paper


# -- the count's selection, the Board's agreed set and what it needs ---------------------


def agreed_as_the_board_chose(plan, chosen, reason):
    from workplan_tui.agree import agree
    from workplan_tui.voting.ballots import read_ballots
    from workplan_tui.voting.tally import tally

    ballots, rejected = read_ballots(plan, agreed_example.BALLOTS)
    # Counted by the walk ("fit"), so the count's selection differs from the Board's priorities.
    counted = tally(plan, ballots, rejected, selection="fit")
    return agree(plan, counted, date=agreed_example.DATE, ballots=ballots, agreed=chosen, reason=reason)


def section(paper: str, heading: str) -> str:
    return paper.split(f"{heading}\n", 1)[1].split("\n## ", 1)[0]


def test_the_paper_records_the_counts_selection_the_boards_set_and_the_reason():
    chosen = ["modern-slavery", "police-capacity", "drugs-community-safety"]
    paper = render_markdown(agreed_as_the_board_chose(agreed_example.draft(), chosen, "The Board's priorities"))
    decision = section(paper, "## Decision")
    assert (
        "The count selected Modern slavery, Reducing reoffending: a local government position and Cohesion impact of "
        "court case; the Board agreed the projects above instead. The Board's reason: The Board's priorities." in decision
    )
    assert "the work fits once re-timed" in decision
    assert "The agreed projects cost £11,250, £1,250 more than the £10,000 budget." in decision
    assert "not the count's selection." in section(paper, "## Summary")
    vote = section(paper, "## Result of the vote")
    assert "| 2 | Police capacity and impact | 14 | Agreed by the Board; not selected by the count |" in vote
    assert "| 4 | Reducing reoffending: a local government position | 7 | Selected by the count; not agreed by the Board |" in vote
    # No key names nor ids in the Board's words.
    assert "drugs-community-safety" not in decision and "budget_shortfall" not in paper


def test_the_paper_gives_the_staff_time_a_set_that_cannot_fit_would_need():
    draft = agreed_example.draft()
    short = attrs.evolve(draft, limits=attrs.evolve(draft.limits, capacity={**draft.limits.capacity, "graduate_trainee": 1}))
    plan = agreed_as_the_board_chose(short, ["modern-slavery", "reducing-reoffending"], "As ranked")
    decision = section(render_markdown(plan), "## Decision")
    assert "re-timing the work cannot bring them within it. The agreed projects fit within the budget." in decision
    needed = [line for line in decision.splitlines() if line.startswith("- Graduate trainee: ")]
    assert needed and all(line.endswith(("2023", "2024")) for line in needed)
    assert sum(s.days for s in plan.decision.advice.shortfall) > 0
