"""The default Word template of the end-of-year report (templates/papers/report.docx).

A docxtpl template with the names report.md.j2 uses (export/report.py's report_context): an
officer can restyle the built file in Word, or give the council's own template with these
tags (`workplan export PLAN --to report --template council-report.docx`).
Regenerate with `python tools/word_templates/build.py`.
"""

from __future__ import annotations

from docx.document import Document
from docx.shared import Cm

from common import heading, new_document, numbered, paragraph, table, tag, title


def numbered_paragraphs(document: Document, listing: str) -> None:
    """Each paragraph of `listing` numbered by the context, with the items listed under it:
    numbered (1.1 …, the themes the Board agreed) or bulleted (the work not started)."""
    tag(document, f"{{%p for paragraph in {listing} %}}")
    numbered(document, "{{ paragraph.number }}", "{{ paragraph.text }}")
    tag(document, "{%p for item in paragraph['items'] %}")
    tag(document, "{%p if item.number %}")
    theme = paragraph(document, "{{ item.number }}\t{{ item.text }}")
    theme.paragraph_format.left_indent = Cm(2.0)
    theme.paragraph_format.first_line_indent = Cm(-1.0)
    tag(document, "{%p else %}")
    document.add_paragraph("{{ item.text }}", style="List Bullet").paragraph_format.left_indent = Cm(1.6)
    tag(document, "{%p endif %}")
    tag(document, "{%p endfor %}")
    tag(document, "{%p endfor %}")


def build() -> Document:
    document = new_document()
    paragraph(document, "{{ board }}", bold_label="Meeting: ")
    tag(document, "{%p if date %}")
    paragraph(document, "{{ date }}", bold_label="Date: ")
    tag(document, "{%p endif %}")
    title(document, "{{ title }}")
    for words, name in (
        ("Purpose of report", "purpose"),
        ("Summary", "summary"),
        ("Recommendation", "recommendation"),
        ("Action", "action"),
    ):
        heading(document, words)
        paragraph(document, f"{{{{ {name} }}}}")
    tag(document, "{%p if contact %}")
    heading(document, "Contact details")
    paragraph(document, "{{ contact }}", bold_label="Position: ")
    tag(document, "{%p endif %}")

    heading(document, "Background")
    numbered_paragraphs(document, "background")
    heading(document, "Issues")
    numbered(document, "{{ progress.number }}", "{{ progress.text }}")
    tag(document, "{%p for theme in themes %}")
    heading(document, "{{ theme.title }}", level=2)
    numbered_paragraphs(document, "theme.paragraphs")
    tag(document, "{%p endfor %}")
    tag(document, "{%p for section in cross_cutting %}")
    heading(document, "{{ section.title }}", level=2)
    numbered_paragraphs(document, "section.paragraphs")
    tag(document, "{%p endfor %}")
    tag(document, "{%p if events %}")
    heading(document, "Conferences, events and media", level=2)
    numbered_paragraphs(document, "events")
    tag(document, "{%p endif %}")

    heading(document, "{{ priorities.heading }}")
    numbered_paragraphs(document, "priorities.paragraphs")
    tag(document, "{%p if priorities.rows %}")
    grid = table(document, ("Priority area", "Proposed activity"), "row in priorities.rows", ("{{ row.area }}", ""))
    # The area narrow, its activities wide, as the Board's table is: the grid's widths for
    # LibreOffice, each cell's for Word.
    grid.autofit = False
    for column, width in zip(grid.columns, (Cm(4.5), Cm(11.5)), strict=True):
        column.width = width
        for cell in column.cells:
            cell.width = width
    activities = grid.rows[2].cells[1]
    # The cell's own first paragraph holds the loop's opening tag; its bullets follow.
    activities.paragraphs[0].add_run("{%p for activity in row.activities %}")
    activities.add_paragraph("{{ activity }}", style="List Bullet")
    activities.add_paragraph("{%p endfor %}")
    tag(document, "{%p endif %}")
    numbered(document, "{{ priorities.closing.number }}", "{{ priorities.closing.text }}")

    tag(document, "{%p for implication in implications %}")
    heading(document, "{{ implication.heading }}")
    numbered(document, "{{ implication.number }}", "{{ implication.text }}")
    tag(document, "{%p endfor %}")
    heading(document, "Next steps")
    numbered(document, "{{ next_steps.number }}", "{{ next_steps.text }}")
    return document
