"""The paper for direction: seed 004's parts, order and words, the plan's figures with estimates
marked, and plan text that stays text.

The Markdown is parsed back with markdown-it (GFM tables; it comes with Textual) and, when
installed, converted with pandoc, so the checks are about what a reader sees.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess

import attrs
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from helpers import agreed_example
from workplan_tui.export.markdown import escape
from workplan_tui.export.paper import paper_context, paper_warnings
from workplan_tui.model import PaperText

REGENERATE = "regenerate with `python tests/helpers/agreed_example.py` and review the diff"
paper = agreed_example.paper


def parse(text: str):
    return MarkdownIt("gfm-like").parse(text)


def inline_text(token) -> str:
    """The words of an inline token, paragraphs in one cell (`<br><br>`) as " / "; fails on any other markup."""
    parts = []
    for child in token.children:
        if child.type == "text":
            parts.append(child.content)
        elif child.type == "html_inline" and child.content == "<br>":
            parts.append("\n")
        elif child.type not in ("link_open", "link_close"):  # bare URLs autolink on GitHub too
            raise AssertionError(f"markup {child.type} in {token.content!r}")
    return " / ".join(part for part in "".join(parts).split("\n") if part)


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


def section(text: str, heading: str) -> str:
    return text.split(f"{heading}\n", 1)[1].split("\n## ", 1)[0]


# -- golden files ----------------------------------------------------------------------


def test_the_draft_paper_matches_the_golden_file():
    assert paper(agreed_example.draft()) == agreed_example.DRAFT_PAPER.read_text(encoding="utf-8"), REGENERATE


def test_the_agreed_plan_s_paper_is_the_paper_as_tabled():
    # The decision goes in the note of the meeting, not in a second paper.
    agreed = paper(agreed_example.agreed())
    assert agreed == agreed_example.AGREED_PAPER.read_text(encoding="utf-8"), REGENERATE
    assert agreed == paper(agreed_example.draft())


# -- seed 004's parts, in its order and words ---------------------------------------------


def test_the_paper_has_seed_004_s_parts_in_its_order():
    text = paper(agreed_example.draft())
    headings = [line for line in text.splitlines() if line.startswith("#")]
    assert headings[:11] == [
        "# SSCB work projects",
        "## Purpose of report",
        "## Summary",
        "## Recommendation",
        "## Contact details",
        "## Background",
        "## Issues",
        "## Implications for Wales",
        "## Financial Implications",
        "## Equalities implications",
        "## Next steps",
    ]
    assert headings[11] == "## Appendix: SSCB work plan – agreed September/November 2022"
    assert text.startswith("**Meeting:** Safer and Stronger Communities Board\\\n**Date:** 23 March 2023\n")
    assert "**Is this report confidential?** No" in section(text, "## Summary")
    assert "Proposed work programme" not in text and "Agreed work programme" not in text
    assert "For direction." in section(text, "## Purpose of report")
    assert "decide which two to three projects" in section(text, "## Recommendation")


def test_the_contact_is_a_role_never_a_person():
    text = section(paper(agreed_example.draft()), "## Contact details")
    assert text.strip() == "**Contact officer:** Principal Policy Adviser"


def test_paragraphs_are_numbered_through_the_paper_and_cross_references_hold():
    plan = agreed_example.draft()
    context = paper_context(plan)
    numbered = re.findall(r"^(\d+)\. ", paper(plan), flags=re.M)
    assert [int(n) for n in numbered] == list(range(1, 13))
    background = context["background"]
    assert [p["number"] for p in background] == [1, 2, 3, 4]
    assert "Board members may have other suggestions" in background[2]["text"]
    assert context["resources"]["number"] == 6 and "identified in paragraph 6." in background[3]["text"]
    financial = next(s for s in context["sections"] if s["heading"] == "Financial Implications")
    assert financial["paragraphs"] == [{"number": 10, "text": "As set out in paragraph 6 above."}]


def test_the_financial_implications_name_the_resources_paragraph_wherever_it_falls():
    plan = agreed_example.draft()
    shorter = attrs.evolve(plan, paper=attrs.evolve(plan.paper, background=plan.paper.background[:2], financial=""))
    context = paper_context(shorter)
    number = context["resources"]["number"]
    assert number == 4
    financial = next(s for s in context["sections"] if s["heading"] == "Financial Implications")
    assert financial["paragraphs"][0]["text"] == "As set out in paragraph 4 above."


def test_the_issues_table_has_seed_004_s_columns_and_every_project_in_order():
    plan = agreed_example.draft()
    tokens = parse(paper(plan))
    header = [tokens[i + 1].content for i, t in enumerate(tokens) if t.type == "th_open"]
    assert header == ["Issue", "Further information", "Resource requirement", "Indicative timing"]
    rows = cells(tokens)
    assert [row[0] for row in rows] == [project.title for project in plan.projects]
    by_title = {row[0]: row for row in rows}
    police = by_title["Police capacity and impact"]
    assert "Needs the LGA research team (surveys and polling), subject to approval by the Senior Management Team." in police[2]
    assert police[2].endswith(
        "Cost: £6,500 est.; staff time: 52 person-days est. (Senior adviser 12, Adviser 24, Graduate trainee 16)."
    )
    assert police[3].endswith("Work from 3 Apr 2023 to 22 Nov 2023 est.")  # the end is an estimate; the start is not
    assert "Cost: £12,000 est., funded by the SIGCE budget" in by_title["Cohesion impact of court case"][2]
    # A summary of three paragraphs stays in its one cell, as three paragraphs.
    assert by_title["Mental health impact on policing"][1].count(" / ") == 2


def test_resources_are_in_paragraph_6_s_terms_with_the_plan_s_figures():
    text = paper(agreed_example.draft())
    resources = text.split("\n6. ", 1)[1].split("\n7. ", 1)[0]
    assert resources.startswith("In terms of capacity to undertake this work, the safer communities team has access")
    assert (
        "While two senior adviser and two adviser posts in the team are funded through our DLUHC grant and subscription "
        "funding primarily to support work on building safety, fire services and cohesion, counter extremism and counter "
        "terrorism, there is greater flexibility within the remaining capacity (one senior adviser, two advisers and one "
        "graduate trainee)" in resources
    )
    assert "about 6 est. person-days a month of senior adviser time, 12 est. of adviser time and 6 est. of graduate trainee time" in resources
    assert "(c. £80,000), this is expected to support a number of ongoing commitments, including our training provision" in resources
    assert "in the region of £10,000. All six candidates together would cost £11,750 est., £1,750 more than that." in resources
    assert "Cohesion impact of court case (£12,000 est.) would be funded through the SIGCE budget instead." in resources
    assert "Requests for its support must be approved by the Senior Management Team. Police capacity and impact would need it." in resources
    assert "6/12/6" not in text and "person-days per month" not in text
    assert "Figures marked est. are officer estimates." in text


def test_candidate_projects_are_not_listed_in_the_programme():
    plan = agreed_example.draft()
    appendix = paper(plan).split("## Appendix: ", 1)[1]
    assert not any(project.title in appendix for project in plan.projects)
    assert appendix.count("\n- ") == sum(len(theme.activities) for theme in plan.themes)


def test_a_plan_without_paper_text_gets_the_seed_s_defaults_and_its_own_counts():
    plan = attrs.evolve(agreed_example.draft(), paper=PaperText())
    context = paper_context(plan)
    assert context["title"] == "SSCB work plan 2023/24: work projects"
    assert context["summary"].startswith("This paper summarises six candidate projects for officers")
    assert context["recommendation"] == "The Board are asked to decide which two to three projects they would like officers to prioritise."
    assert context["date"] is None and context["background"] == [] and context["contact"]["lines"] == []
    assert [s["heading"] for s in context["sections"]] == ["Financial Implications", "Next steps"]
    assert context["resources"]["text"].startswith("In terms of capacity to undertake this work, officers have access")
    text = paper(plan)
    assert "**Date:**" not in text and "## Contact details" not in text and "## Background" not in text


def test_the_recommendation_follows_the_pick():
    plan = agreed_example.draft()
    for low, high, words in ((3, 3, "which three projects"), (1, 1, "which project"), (1, 4, "which one to four projects")):
        picked = attrs.evolve(plan, paper=PaperText(), voting=attrs.evolve(plan.voting, pick_min=low, pick_max=high))
        assert words in paper_context(picked)["recommendation"]


def test_the_date_given_is_the_paper_s():
    import datetime as dt

    assert paper_context(agreed_example.draft(), date=dt.date(2023, 4, 5))["date_text"] == "5 April 2023"


def test_a_paper_with_no_estimates_has_no_marks_and_no_note():
    plan = agreed_example.draft()
    firm = attrs.evolve(
        plan, projects=tuple(attrs.evolve(p, estimated=()) for p in plan.projects), paper=attrs.evolve(plan.paper, estimated=())
    )
    text = paper(firm)
    assert " est." not in text and "officer estimates" not in text


def test_empty_sections_are_warned_of_by_the_key_that_fills_them():
    plan = agreed_example.draft()
    assert paper_warnings(plan) == []
    bare = attrs.evolve(plan, paper=PaperText(), themes=())
    warned = {path: message for path, code, message in paper_warnings(bare) if code == "W101"}
    assert set(warned) == {("paper", "contact"), ("paper", "background"), ("paper", "wales"), ("paper", "equalities"), ("themes",)}
    assert warned[("paper", "wales")] == 'the paper\'s "Implications for Wales" would be empty: set `paper.wales`'


# -- plan text stays text ------------------------------------------------------------------


def test_pipes_leading_hashes_dashes_and_newlines_stay_text():
    draft = agreed_example.draft()
    nasty = {
        "title": "# Not a heading | nor a column",
        "summary": "- not a list\n\n| not a row |\n1. not numbered <b>not bold</b> *nor this*",
        "resources": "+ plus = equals > quote `code` [link](x) &amp; $x$",
    }
    first = attrs.evolve(draft.projects[0], **nasty)
    plan = attrs.evolve(draft, projects=(first,) + draft.projects[1:])
    tokens = parse(paper(plan))
    assert [t.tag for t in tokens if t.type == "heading_open"].count("h1") == 1
    assert sum(t.type == "bullet_list_open" for t in tokens) == sum(
        t.type == "bullet_list_open" for t in parse(paper(draft))
    )
    row = cells(tokens)[0]
    assert len(row) == 4
    assert row[0] == "# Not a heading | nor a column"
    assert row[1] == "- not a list / | not a row | 1. not numbered <b>not bold</b> *nor this*"
    assert row[2].startswith("+ plus = equals > quote `code` [link](x) &amp; $x$ / Cost: ")


def one_row(*cells_: str) -> str:
    return "| A | B |\n|---|---|\n| " + " | ".join(cells_) + " |\n"


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
    assert cells(parse(one_row(escape(text) or " ", "end"))) == [[words, "end"]]
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
        st.sampled_from(["\n", "\t", "|", "||", "# ", "- ", "1. ", "> ", "***", "`", "<b>", "\\", "<br>",
                         "\u2028", "\u2029", "\u200f", "\u061c", "\n  - FORGED: all good", "\n| x | y |"]),
        st.text(alphabet="ab é", min_size=1, max_size=3),
    ),
    min_size=1, max_size=8,
).map("".join).filter(str.strip)


def blocks(tokens) -> list[str]:
    return [token.type for token in tokens if token.type != "inline"]


@settings(max_examples=40, deadline=None)
@given(title=PLAN_TEXT, summary=PLAN_TEXT)
@example(title="Title\n| forged | row |\n# Heading", summary="a\u2028b | c")
@example(title="\n\u061c", summary="\n***\n\n\n\u061c")
def test_a_title_or_summary_cannot_change_the_paper_s_structure(title, summary):
    draft = agreed_example.draft()
    first = attrs.evolve(draft.projects[0], title=title, summary=summary)
    plan = attrs.evolve(draft, projects=(first,) + draft.projects[1:])
    text = paper(plan)
    tokens = parse(text)
    assert blocks(tokens) == blocks(parse(paper(draft)))  # the same headings, lists, tables and rows
    # The summary's paragraphs (blank lines apart) stay apart in its cell, each on one line.
    paragraphs = [" ".join(part.split()) for part in summary.strip().split("\n\n") if part.strip()]
    assert cells(tokens)[0][:2] == [" ".join(title.split()), " / ".join(paragraphs)]
    assert not any(separator in text for separator in "\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029\t")


@pytest.mark.skipif(shutil.which("pandoc") is None, reason="pandoc is not installed")
def test_pandoc_reads_the_paper_as_gfm_with_its_table():
    text = agreed_example.DRAFT_PAPER.read_text(encoding="utf-8")
    converted = subprocess.run(
        ["pandoc", "--fail-if-warnings", "-f", "gfm", "-t", "json"], input=text, capture_output=True, text=True, check=True
    )
    assert [block["t"] for block in json.loads(converted.stdout)["blocks"]].count("Table") == 1
    plain = subprocess.run(
        ["pandoc", "-f", "gfm", "-t", "plain", "--wrap=none"], input=text, capture_output=True, text=True, check=True
    ).stdout
    assert "Police capacity and impact" in plain and "\\" not in plain  # no escape leaks into the text


# -- [paper] in the plan file ------------------------------------------------------------


def test_paper_text_round_trips_and_leaves_the_fingerprint_alone():
    from workplan_tui.plan_io import dumps_plan, fingerprint, loads_plan

    plan = agreed_example.draft()
    assert loads_plan(dumps_plan(plan)) == plan
    reworded = attrs.evolve(plan, paper=attrs.evolve(plan.paper, wales="Officers to brief the Welsh LGA."))
    assert fingerprint(reworded) == fingerprint(plan)  # the paper's words void no ballot


def test_posts_name_roles_of_the_plan_and_estimates_are_listed_once(plant):
    from workplan_tui.errors import WorkplanError
    from workplan_tui.plan_io import load_plan

    path, _ = plant("flexible_posts = { senior_adviser = 1,", "flexible_posts = { senior_advisor = 1,")
    with pytest.raises(WorkplanError) as raised:
        load_plan(path)
    (error,) = raised.value.errors
    assert error.code == "E202" and "senior_advisor" in error.message and "did you mean `senior_adviser`" in error.message
    path, _ = plant('estimated = ["capacity"]    #', 'estimated = ["capacity", "capacity"]    #')
    with pytest.raises(WorkplanError) as raised:
        load_plan(path)
    assert [e.code for e in raised.value.errors] == ["E201"]
    path, _ = plant('estimated = ["capacity"]    #', 'estimated = ["capacty"]    #')
    with pytest.raises(WorkplanError) as raised:
        load_plan(path)
    assert [e.code for e in raised.value.errors] == ["E104"]


def test_renaming_a_role_in_the_app_renames_it_in_the_paper_s_posts(tmp_path, sscb_text):
    from workplan_tui.plan_edit import EditSession

    path = tmp_path / "plan.toml"
    path.write_text(sscb_text, encoding="utf-8")
    outcome = EditSession.open(path).rename_role("adviser", "policy_adviser")
    assert outcome.ok
    assert dict(outcome.plan.paper.funded_posts) == {"senior_adviser": 2, "policy_adviser": 2}
    assert dict(outcome.plan.paper.flexible_posts) == {"senior_adviser": 1, "policy_adviser": 2, "graduate_trainee": 1}
