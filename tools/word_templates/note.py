"""The default Word template of the note of the meeting (`export --to note --format docx`):
the same context as templates/papers/note.md.j2 (export/note.py), laid out as the Board's
notes of meetings are (seeds 000, 001, 003): title, date, the item, the decision, the record,
actions in a table, Appendix A on a page of its own."""

from __future__ import annotations

from docx.document import Document
from docx.shared import Cm
from docx.table import Table

import common


def widths(table: Table, centimetres: list[float]) -> None:
    """Columns as wide as what they hold (a rank, a title, a sentence), on the 16 cm of the page."""
    table.autofit = False
    for column, width in zip(table.columns, centimetres, strict=True):
        column.width = Cm(width)  # the grid, which LibreOffice lays out by
    for row in table.rows:  # and each cell, which Word does
        for cell, width in zip(row.cells, centimetres, strict=True):
            cell.width = Cm(width)


def build() -> Document:
    document = common.new_document()
    common.title(document, "{{ heading }}")
    common.paragraph(document, "{{ meeting.title }}", bold_label="Title: ")
    common.paragraph(document, "{{ meeting.date }}", bold_label="Date: ")
    common.paragraph(document, "An attendance list is attached as Appendix A to this note.", bold_label="Attendance: ")

    common.heading(document, "{% if item.number %}{{ item.number }} {% endif %}{{ item.title }}", 1)
    common.tag(document, "{%p if introduction %}")
    common.paragraph(document, "{{ introduction }}")
    common.tag(document, "{%p endif %}")
    common.tag(document, "{%p for paragraph in discussion %}")
    common.paragraph(document, "{{ paragraph }}")
    common.tag(document, "{%p endfor %}")

    common.heading(document, "Decision", 2)
    common.paragraph(document, "{{ decision.sentence }}")
    common.tag(document, "{%p if decision.override %}")
    common.paragraph(document, "{{ decision.counted }}{% if decision.reason %} {{ decision.reason }}{% endif %}")
    common.tag(document, "{%p endif %}")

    common.heading(document, "The count", 3)
    common.paragraph(document, "{{ count.sentence }}")
    ranking = common.table(
        document, ["Rank", "Project", "Score", "Outcome"], "row in count.ranking",
        ["{{ row.place }}", "{{ row.title }}", "{{ row.score }}", "{{ row.outcome }}"],
    )
    widths(ranking, [1.7, 5.6, 1.6, 7.1])
    common.tag(document, "{%p if count.ties %}")
    common.paragraph(document, "Ties, and how they were broken:")
    common.bullets(document, "tie in count.ties", "{{ tie }}")
    common.tag(document, "{%p else %}")
    common.paragraph(document, "There were no ties.")
    common.tag(document, "{%p endif %}")
    common.tag(document, "{%p if not decision.override %}")
    common.paragraph(document, "{{ decision.counted }}{% if decision.reason %} {{ decision.reason }}{% endif %}")
    common.tag(document, "{%p endif %}")
    common.tag(document, "{%p if needs %}")
    common.heading(document, "What the agreed projects need", 3)
    common.tag(document, "{%p for line in needs %}")
    common.paragraph(document, "{{ line }}")
    common.tag(document, "{%p endfor %}")
    common.tag(document, "{%p endif %}")

    common.heading(document, "Declarations of interest", 2)
    common.paragraph(document, "{{ declarations | join(' ') }}")
    common.tag(document, "{%p if quorum %}")
    common.heading(document, "Quorum", 2)
    common.paragraph(document, "{{ quorum }}")
    common.tag(document, "{%p endif %}")
    common.tag(document, "{%p if actions %}")
    common.heading(document, "Actions", 2)
    actions = common.table(
        document, ["Action", "Owner", "Due"], "action in actions",
        ["{{ action.what }}", "{{ action.owner }}", "{{ action.due or 'Not set' }}"],
    )
    widths(actions, [9.0, 2.5, 4.5])
    common.tag(document, "{%p endif %}")
    common.tag(document, "{%p if reports %}")
    common.heading(document, "Reports to come", 2)
    common.bullets(document, "report in reports", "{{ report }}")
    common.tag(document, "{%p endif %}")
    common.tag(document, "{%p if next_meeting %}")
    common.paragraph(document, "{{ next_meeting }}", bold_label="Date of next meeting: ")
    common.tag(document, "{%p endif %}")

    common.page_break(document)
    common.heading(document, "Appendix A: Attendance", 1)
    common.tag(document, "{%p if not attendance.recorded %}")
    common.paragraph(document, "{{ attendance.words }}")
    common.tag(document, "{%p else %}")
    common.heading(document, "Present", 2)
    common.table(document, ["Member", "Role"], "member in attendance.present", ["{{ member.label }}", "{{ member.role }}"])
    common.tag(document, "{%p if attendance.substitutes %}")
    common.heading(document, "Substitutes", 2)
    common.table(
        document, ["Substitute", "Standing in for"], "member in attendance.substitutes",
        ["{{ member.label }}", "{{ member.stands_for }}"],
    )
    common.tag(document, "{%p endif %}")
    common.heading(document, "Apologies", 2)
    common.tag(document, "{%p if attendance.apologies %}")
    common.table(document, ["Member", "Role"], "member in attendance.apologies", ["{{ member.label }}", "{{ member.role }}"])
    common.tag(document, "{%p else %}")
    common.paragraph(document, "None.")
    common.tag(document, "{%p endif %}")
    common.tag(document, "{%p endif %}")
    return document
