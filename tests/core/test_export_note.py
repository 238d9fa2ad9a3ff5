"""The note of the meeting's item (export/note.py, templates/papers/note.md.j2 and note.docx):
the golden note of the SSCB example, the decision in the Board's words and never for a count
the Board did not agree, an override with its reason, the quorum, substitutes and attendance
not recorded, no configuration in the words, a draft refused (E125), plan text kept as text,
and the Word note read back with python-docx."""

from __future__ import annotations

import io
import re

import attrs
import docx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from helpers import agreed_example
from workplan_tui.errors import WorkplanError
from workplan_tui.export.note import note_context, note_warnings
from workplan_tui.export.templating import render_docx, render_markdown
from workplan_tui.model import Note, Quorum, Substitute

REGENERATE = "regenerate with `python tests/helpers/agreed_example.py` and review the diff"
# What the Board's words never hold: keys, snake_case ids, the plan's ids, config phrases.
LEAKS = re.compile(r"pick\.(max|min)|graduate_trainee|senior_adviser|board-20\d\d|member-\d\d|police-capacity|_reached")


def note(plan=None) -> str:
    return render_markdown("note", note_context(plan or agreed_example.agreed()))


def test_the_sscb_note_is_the_golden_one():
    assert note() == agreed_example.NOTE.read_text(encoding="utf-8"), REGENERATE


def test_the_note_says_what_the_board_agreed_in_its_words():
    text = note()
    assert ("The Board agreed Modern slavery, Police capacity and impact (subject to the approval of the Senior "
            "Management Team) and Drugs issues and community safety as its research priorities for 2023/24.") in text
    assert "## 5 SSCB work projects" in text
    assert "The Chair invited the Principal Policy Adviser to introduce the item." in text
    assert "Members discussed the modern slavery work" in text
    assert "| 4 | Reducing reoffending: a local government position | 7 | Not agreed: 3 projects are already selected" in text
    assert "Modern slavery: final report, with potential public report and recommendations, to the Board, 20 September 2023" in text
    assert "| Report progress on the priority projects | Officers | Board: annual work plan, 20 September 2023 |" in text
    assert "Member 5 (unitary council) declared an interest in Police capacity and impact" in text
    assert LEAKS.search(text) is None, LEAKS.search(text)


def test_the_attendance_is_an_appendix_of_labels():
    text = note()
    appendix = text[text.index("## Appendix A: Attendance"):]
    assert "- Chair\n- Vice-Chair\n" in appendix
    assert "### Apologies\n\n- Member 12 (district council)\n- Member 13 (Welsh council, WLGA)" in appendix
    assert "Substitutes" not in appendix  # none stood in


def test_an_override_says_the_count_and_the_reason_and_never_agrees_the_count():
    plan = agreed_example.agreed()
    decision = plan.decision
    changed = attrs.evolve(
        plan,
        decision=attrs.evolve(
            decision,
            selected=("modern-slavery", "reducing-reoffending"),
            reason="the police work waits for the research team",
        ),
    )
    text = note(changed)
    assert "The Board agreed Modern slavery and Reducing reoffending: a local government position as its research priorities" in text
    assert ("The count selected Modern slavery, Police capacity and impact and Drugs issues and community safety; "
            "the Board agreed otherwise. The Board's reason: the police work waits for the research team.") in text
    assert "| 2 | Police capacity and impact | 14 | Selected by the count; not agreed by the Board |" in text
    assert "| 4 | Reducing reoffending: a local government position | 7 | Agreed by the Board; not selected by the count |" in text
    # the counted set is never written as agreed
    assert "agreed Modern slavery, Police capacity" not in text


def test_no_project_agreed_is_said_so():
    plan = agreed_example.agreed()
    empty = attrs.evolve(plan, decision=attrs.evolve(plan.decision, selected=(), reason="members asked for more detail"))
    text = note(empty)
    assert "The Board agreed no research priority for 2023/24." in text
    assert "What the agreed projects need" not in text


def test_quorum_substitutes_and_unrecorded_attendance():
    plan = agreed_example.agreed()
    decision = attrs.evolve(
        plan.decision,
        quorum=Quorum(required=12, counted=10, confirmed=True),
        substitutes=(Substitute(member="member-11", stands_for="member-12"),),
        apologies=("member-13",),
    )
    text = note(attrs.evolve(plan, decision=decision))
    assert "Not quorate: 10 members present, the quorum is 12. The Board confirmed that it would decide below the quorum." in text
    assert "### Substitutes\n\n- Member 11 (county council), for Member 12 (district council)" in text
    unrecorded = attrs.evolve(plan.decision, present=(), apologies=(), attendance_recorded=False)
    text = note(attrs.evolve(plan, decision=unrecorded))
    assert text.rstrip().endswith("## Appendix A: Attendance\n\nAttendance not recorded.")


def test_a_draft_has_no_note_yet():
    with pytest.raises(WorkplanError) as raised:
        note_context(agreed_example.draft(), source="plans/sscb-2023-24.toml")
    [error] = raised.value.errors
    assert error.code == "E125"
    assert "no decision yet" in error.message


def test_the_notes_meeting_names_the_meeting_and_its_date():
    plan = agreed_example.agreed()
    at_june = attrs.evolve(plan, note=attrs.evolve(plan.note, meeting="board-2023-06"))
    context = note_context(at_june)
    assert context["meeting"] == {"title": "Board", "date": "Wednesday 14 June 2023"}
    bare = note_context(attrs.evolve(plan, note=None))
    assert bare["item"] == {"number": "", "title": "SSCB work plan 2023/24"}
    assert bare["discussion"] == [] and bare["introduction"] == ""


def test_plan_text_stays_text_in_the_markdown():
    plan = agreed_example.agreed()
    hostile = Note(item=5, title="# not a heading | nor a cell", discussion=("- not a list\n\n## nor a heading", "*plain*"))
    text = note(attrs.evolve(plan, note=hostile))
    tokens = MarkdownIt("gfm-like").parse(text)
    headings = [tokens[i + 1].content for i, t in enumerate(tokens) if t.type == "heading_open"]
    assert "5 \\# not a heading \\| nor a cell" in headings
    assert not any(h.startswith("nor a heading") for h in headings)
    assert not any(t.type == "em_open" for t in tokens)


def test_the_word_note_reads_back():
    data = render_docx("note", note_context(agreed_example.agreed()))
    document = docx.Document(io.BytesIO(data))
    headings = [(p.style.name, p.text) for p in document.paragraphs if p.style.name.startswith(("Heading", "Title"))]
    assert headings[0] == ("Title", "Note of the Safer and Stronger Communities Board meeting")
    assert ("Heading 1", "5 SSCB work projects") in headings
    assert ("Heading 2", "Decision") in headings
    assert ("Heading 1", "Appendix A: Attendance") in headings
    assert headings.index(("Heading 1", "Appendix A: Attendance")) > headings.index(("Heading 2", "Actions"))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "as its research priorities for 2023/24." in text
    assert LEAKS.search(text) is None
    headers = [[cell.text for cell in table.rows[0].cells] for table in document.tables]
    assert headers == [["Rank", "Project", "Score", "Outcome"], ["Action", "Owner", "Due"], ["Member", "Role"], ["Member", "Role"]]
    ranking, actions, present, apologies = document.tables
    assert [cell.text for cell in ranking.rows[1].cells] == ["1", "Modern slavery", "17", "Agreed"]
    assert len(ranking.rows) == 1 + 6
    assert [cell.text for cell in actions.rows[2].cells] == [
        "Report progress on the priority projects", "Officers", "Board: annual work plan, 20 September 2023"]
    assert [row.cells[0].text for row in present.rows[1:3]] == ["Chair", "Vice-Chair"]
    assert [row.cells[0].text for row in apologies.rows[1:]] == ["Member 12 (district council)", "Member 13 (Welsh council, WLGA)"]
    for table in document.tables:  # each header row is marked as one
        assert table.rows[0]._tr.trPr is not None and "tblHeader" in table.rows[0]._tr.trPr.xml


def test_check_warns_about_an_empty_note_only_on_an_agreed_plan():
    plan = agreed_example.agreed()
    assert note_warnings(plan) == []
    assert note_warnings(agreed_example.draft()) == []
    [(_, code, _)] = note_warnings(attrs.evolve(plan, note=None))
    assert code == "W105"
    [(path, code, _)] = note_warnings(attrs.evolve(plan, note=Note(item=5, discussion=(" ",))))
    assert (path, code) == (("note", "discussion"), "W106")


def test_plan_text_stays_text_in_the_word_note():
    plan = agreed_example.agreed()
    hostile = Note(item=5, title="R&D <b>bold</b> {{ heading }}", discussion=("{% if true %}a & b{% endif %}",))
    data = render_docx("note", note_context(attrs.evolve(plan, note=hostile)))
    document = docx.Document(io.BytesIO(data))
    texts = [p.text for p in document.paragraphs]
    assert "5 R&D <b>bold</b> {{ heading }}" in texts  # shown as written, never run as a tag
    assert "{% if true %}a & b{% endif %}" in texts


AGREED = agreed_example.agreed()  # counted once for the property below
project_ids = [project.id for project in AGREED.projects]


@settings(max_examples=40)
@given(selected=st.lists(st.sampled_from(project_ids), unique=True, max_size=4))
def test_the_board_agreed_names_exactly_the_agreed_set(selected):
    """Whatever the Board agreed, "The Board agreed" names those projects and no other; the
    count's selection, when it differs, is said as the count's."""
    plan = AGREED
    decision = attrs.evolve(plan.decision, selected=tuple(selected), reason="the Board's own choice" if selected else "none yet")
    context = note_context(attrs.evolve(plan, decision=decision))
    sentence = context["decision"]["sentence"]
    titles = {project.id: project.title for project in plan.projects}
    for project_id, title in titles.items():
        named = title in sentence
        assert named == (project_id in selected), (title, sentence)
    assert context["decision"]["override"] == (set(selected) != set(plan.decision.counted))
    outcomes = {row["title"]: row["outcome"] for row in context["count"]["ranking"]}
    for project_id, title in titles.items():
        assert outcomes[title].startswith("Agreed") == (project_id in selected)



def test_the_note_is_kept_by_agreeing_left_out_by_rollover_and_not_in_the_fingerprint():
    from workplan_tui.plan_io import fingerprint
    from workplan_tui.rollover import rollover

    draft = agreed_example.draft()
    assert draft.note is not None and draft.note.item == 5
    assert AGREED.note == draft.note
    assert fingerprint(attrs.evolve(draft, note=None)) == fingerprint(draft)
    assert rollover(AGREED).note is None
