"""The work programme (export/programme.py, templates/papers/programme.md.j2 and
programme.docx): the golden programmes of the SSCB example, agreed and draft; the heading by
the meeting it was agreed at; priority projects apart from the themes with their delivery
months, re-timed ones saying so; a draft's candidates apart; the Word programme read back."""

from __future__ import annotations

import datetime as dt
import io

import attrs
import docx

from helpers import agreed_example
from workplan_tui.export.programme import programme_context
from workplan_tui.export.record import month_span, months_words
from workplan_tui.export.templating import render_docx, render_markdown

REGENERATE = "regenerate with `python tests/helpers/agreed_example.py` and review the diff"


def programme(plan) -> str:
    return render_markdown("programme", programme_context(plan, date=agreed_example.DATE))


def test_the_sscb_programmes_are_the_golden_ones():
    assert programme(agreed_example.agreed()) == agreed_example.PROGRAMME.read_text(encoding="utf-8"), REGENERATE
    assert programme(agreed_example.draft()) == agreed_example.DRAFT_PROGRAMME.read_text(encoding="utf-8"), REGENERATE


def test_the_heading_names_the_meeting_it_was_agreed_at():
    plan = agreed_example.agreed()
    assert programme(plan).startswith("# SSCB work plan 2023/24 – agreed March 2023\n")
    at_june = attrs.evolve(plan, note=attrs.evolve(plan.note, meeting="board-2023-06"))
    assert programme_context(at_june)["heading"] == "SSCB work plan 2023/24 – agreed June 2023"
    assert programme(agreed_example.draft()).startswith("# SSCB work plan 2023/24 – Draft\n")


def test_priority_projects_are_apart_from_the_themes_with_their_delivery():
    text = programme(agreed_example.agreed())
    themes, priorities = text.split("## Priority projects")
    assert "Modern slavery" not in themes.replace("modern slavery", "")  # only the theme's own activities
    assert "(priority project)" not in text and "(candidate project)" not in text
    assert "The Board agreed three priority projects for 2023/24" in priorities
    assert ("- **Delivery:** April to September 2023, re-timed to fit the staff capacity: more of the work in "
            "July to September 2023; less in April to June 2023.") in priorities
    assert "Subject to the approval of the Senior Management Team." in priorities
    assert "## Reports to come" in priorities
    assert "- Modern slavery: interim report to the Board, 14 June 2023" in priorities
    for leak in ("graduate_trainee", "pick.max", "board-2023", "2023-0"):
        assert leak not in text


def test_a_project_delivered_as_timed_says_so():
    plan = agreed_example.agreed()
    decision = plan.decision
    # the record's schedule replaced by each project's even spread: nothing was re-timed
    from workplan_tui.capacity import check_bundle, month_label
    from workplan_tui.model import Scheduled

    even = check_bundle(plan, decision.selected).by_project
    schedule = tuple(
        Scheduled(project, role, {month_label(month): days for month, days in months.items()})
        for project, roles in even.items() for role, months in roles.items()
    )
    context = programme_context(attrs.evolve(plan, decision=attrs.evolve(decision, schedule=schedule)))
    assert [p["delivery"]["words"] for p in context["priorities"]] == [
        "April to September 2023, as timed.", "April to November 2023, as timed.", "April to June 2023, as timed."]


def test_a_record_without_a_schedule_claims_no_re_timing():
    plan = agreed_example.agreed()
    old = attrs.evolve(plan, decision=attrs.evolve(plan.decision, schedule=()))
    assert [p["delivery"]["words"] for p in programme_context(old)["priorities"]] == [
        "April to September 2023.", "April to November 2023.", "April to June 2023."]
    assert "re-timed" not in programme(old)


def test_a_drafts_candidates_are_listed_apart_for_the_boards_decision():
    text = programme(agreed_example.draft())
    assert "## Priority projects" not in text
    table = text[text.index("## Candidate projects"):]
    assert "| Modern slavery | Community safety | Interim report to the Board in June; final report in September. |" in table
    assert text.count("Modern slavery |") == 1


def test_months_in_words():
    assert month_span("2023-04", "2023-09") == "April to September 2023"
    assert month_span("2023-11", "2024-03") == "November 2023 to March 2024"
    assert month_span("2023-05", "2023-05") == "May 2023"
    assert months_words(["2023-12", "2023-11", "2024-01", "2024-03"]) == "November 2023 to January 2024 and March 2024"


def test_the_word_programme_reads_back():
    document = docx.Document(io.BytesIO(render_docx("programme", programme_context(agreed_example.agreed()))))
    headings = [(p.style.name, p.text) for p in document.paragraphs if p.style.name.startswith(("Heading", "Title"))]
    assert headings[0] == ("Title", "SSCB work plan 2023/24 – agreed March 2023")
    assert ("Heading 1", "Standing activities by theme") in headings
    assert ("Heading 2", "Community safety") in headings
    assert headings.index(("Heading 1", "Priority projects")) < headings.index(("Heading 2", "Modern slavery"))
    assert ("Heading 1", "Reports to come") in headings
    assert document.tables == [] or all(len(t.rows) > 0 for t in document.tables)
    draft = docx.Document(io.BytesIO(render_docx("programme", programme_context(agreed_example.draft(), date=dt.date(2023, 3, 23)))))
    assert draft.paragraphs[0].text == "SSCB work plan 2023/24 – Draft"
    [candidates] = draft.tables
    assert [cell.text for cell in candidates.rows[0].cells] == ["Project", "Theme", "Indicative timing"]
    assert len(candidates.rows) == 1 + 6
