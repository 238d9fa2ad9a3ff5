"""The default Word template of the note of the meeting (`export --to note --format docx`):
the same context as templates/papers/note.md.j2 (export/note.py), laid out as the Board's
notes of meetings are (seeds 000, 001, 003): title, date, the item, the decision, the record,
actions in a table, Appendix A on a page of its own."""

from __future__ import annotations

from docx.document import Document

from common import (
    bullets,
    each,
    heading,
    new_document,
    otherwise,
    page_break,
    paragraph,
    table,
    title,
    when,
)

COUNTED = "{{ decision.counted }}{% if decision.reason %} {{ decision.reason }}{% endif %}"


def build() -> Document:
    document = new_document()
    title(document, "{{ heading }}")
    paragraph(document, "{{ meeting.title }}", bold_label="Title: ")
    paragraph(document, "{{ meeting.date }}", bold_label="Date: ")
    paragraph(document, "An attendance list is attached as Appendix A to this note.", bold_label="Attendance: ")

    heading(document, "{% if item.number %}{{ item.number }} {% endif %}{{ item.title }}", 1)
    with when(document, "introduction"):
        paragraph(document, "{{ introduction }}")
    with each(document, "paragraph in discussion"):
        paragraph(document, "{{ paragraph }}")

    heading(document, "Decision", 2)
    paragraph(document, "{{ decision.sentence }}")
    with when(document, "decision.override"):
        paragraph(document, COUNTED)

    heading(document, "The count", 3)
    paragraph(document, "{{ count.sentence }}")
    table(
        document, ["Rank", "Project", "Score", "Outcome"], "row in count.ranking",
        ["{{ row.place }}", "{{ row.title }}", "{{ row.score }}", "{{ row.outcome }}"],
        widths_cm=[1.5, 5.4, 2.0, 7.1],
    )
    with when(document, "count.ties"):
        paragraph(document, "Ties, and how they were broken:")
        bullets(document, "tie in count.ties", "{{ tie }}")
        otherwise(document)
        paragraph(document, "There were no ties.")
    with when(document, "not decision.override"):
        paragraph(document, COUNTED)
    with when(document, "needs"):
        heading(document, "What the agreed projects need", 3)
        with each(document, "line in needs"):
            paragraph(document, "{{ line }}")

    heading(document, "Declarations of interest", 2)
    paragraph(document, "{{ declarations | join(' ') }}")
    with when(document, "quorum"):
        heading(document, "Quorum", 2)
        paragraph(document, "{{ quorum }}")
    with when(document, "actions"):
        heading(document, "Actions", 2)
        table(
            document, ["Action", "Owner", "Due"], "action in actions",
            ["{{ action.what }}", "{{ action.owner }}", "{{ action.due or 'Not set' }}"],
            widths_cm=[9.0, 2.5, 4.5],
        )
    with when(document, "reports"):
        heading(document, "Reports to come", 2)
        bullets(document, "report in reports", "{{ report }}")
    with when(document, "next_meeting"):
        paragraph(document, "{{ next_meeting }}", bold_label="Date of next meeting: ")

    page_break(document)
    heading(document, "Appendix A: Attendance", 1)
    members = ["{{ member.label }}", "{{ member.role }}"]
    with when(document, "not attendance.recorded"):
        paragraph(document, "{{ attendance.words }}")
        otherwise(document)
        heading(document, "Present", 2)
        table(document, ["Member", "Role"], "member in attendance.present", members)
        with when(document, "attendance.substitutes"):
            heading(document, "Substitutes", 2)
            table(
                document, ["Substitute", "Standing in for"], "member in attendance.substitutes",
                ["{{ member.label }}", "{{ member.stands_for }}"],
            )
        heading(document, "Apologies", 2)
        with when(document, "attendance.apologies"):
            table(document, ["Member", "Role"], "member in attendance.apologies", members)
            otherwise(document)
            paragraph(document, "None.")
    return document
