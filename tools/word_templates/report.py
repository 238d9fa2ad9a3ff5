"""The default Word template of the end-of-year report (templates/papers/report.docx).

A docxtpl template with the names report.md.j2 uses (export/report.py's report_context): an
officer can restyle the built file in Word, or give the council's own template with these
tags (`workplan export PLAN --to report --template council-report.docx`).
Regenerate with `python tools/word_templates/build.py`.
"""

from __future__ import annotations

from docx.document import Document
from docx.shared import Cm

from common import each, heading, new_document, numbered, otherwise, paragraph, table, title, when


def numbered_paragraphs(document: Document, listing: str) -> None:
    """Each paragraph of `listing` numbered by the context, with the items listed under it:
    numbered (1.1 …, the themes the Board agreed) or bulleted (the work not started)."""
    with each(document, f"paragraph in {listing}"):
        numbered(document, "{{ paragraph.number }}", "{{ paragraph.text }}")
        with each(document, "item in paragraph['items']"), when(document, "item.number"):
            theme = paragraph(document, "{{ item.number }}\t{{ item.text }}")
            theme.paragraph_format.left_indent = Cm(2.0)
            theme.paragraph_format.first_line_indent = Cm(-1.0)
            otherwise(document)
            document.add_paragraph("{{ item.text }}", style="List Bullet").paragraph_format.left_indent = Cm(1.6)


def build() -> Document:
    document = new_document()
    paragraph(document, "{{ board }}", bold_label="Meeting: ")
    with when(document, "date"):
        paragraph(document, "{{ date }}", bold_label="Date: ")
    title(document, "{{ title }}")
    for words, name in (
        ("Purpose of report", "purpose"),
        ("Summary", "summary"),
        ("Recommendation", "recommendation"),
        ("Action", "action"),
    ):
        heading(document, words)
        paragraph(document, f"{{{{ {name} }}}}")
    with when(document, "contact"):
        heading(document, "Contact details")
        paragraph(document, "{{ contact }}", bold_label="Position: ")

    heading(document, "Background")
    numbered_paragraphs(document, "background")
    heading(document, "Issues")
    numbered(document, "{{ progress.number }}", "{{ progress.text }}")
    with each(document, "theme in themes"):
        heading(document, "{{ theme.title }}", level=2)
        numbered_paragraphs(document, "theme.paragraphs")
    with each(document, "section in cross_cutting"):
        heading(document, "{{ section.title }}", level=2)
        numbered_paragraphs(document, "section.paragraphs")
    with when(document, "events"):
        heading(document, "Conferences, events and media", level=2)
        numbered_paragraphs(document, "events")

    heading(document, "{{ priorities.heading }}")
    numbered_paragraphs(document, "priorities.paragraphs")
    with when(document, "priorities.rows"):
        # The area narrow, its activities wide, as the Board's table is.
        grid = table(document, ("Priority area", "Proposed activity"), "row in priorities.rows", ("{{ row.area }}", ""),
                     widths_cm=(4.5, 11.5))
        activities = grid.rows[2].cells[1]
        # The cell's own first paragraph holds the loop's opening tag; its bullets follow.
        activities.paragraphs[0].add_run("{%p for activity in row.activities %}")
        activities.add_paragraph("{{ activity }}", style="List Bullet")
        activities.add_paragraph("{%p endfor %}")
    numbered(document, "{{ priorities.closing.number }}", "{{ priorities.closing.text }}")

    with each(document, "implication in implications"):
        heading(document, "{{ implication.heading }}")
        numbered(document, "{{ implication.number }}", "{{ implication.text }}")
    heading(document, "Next steps")
    numbered(document, "{{ next_steps.number }}", "{{ next_steps.text }}")
    return document
