"""Builds the default Word template of the end-of-year report (templates/papers/report.docx).

A docxtpl template with the same names as report.md.j2 (export/report.py's report_context):
an officer can restyle the built file in Word, or use the council's own template with these
tags (`workplan export PLAN --to report --template council-report.docx`).
Regenerate with `python tools/word_templates/build.py`.
"""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.document import Document as WordDocument
from docx.shared import Cm

TARGET = Path(__file__).resolve().parents[2] / "src" / "workplan_tui" / "templates" / "papers" / "report.docx"


def numbered(document: WordDocument, name: str) -> None:
    """A paragraph numbered by the context ("4. Of the 15 items …"), so Word and Markdown agree."""
    document.add_paragraph(f"{{{{ {name}.number }}}}. {{{{ {name}.text }}}}")


def tag(document: WordDocument, text: str) -> None:
    """A docxtpl paragraph tag ({%p … %}): the paragraph holding it is removed when rendered."""
    document.add_paragraph(f"{{%p {text} %}}")


def numbered_paragraphs(document: WordDocument, listing: str) -> None:
    """Each paragraph of `listing` numbered, with the items listed under it: numbered (1.1,
    the themes the Board agreed) or bulleted (the work not started)."""
    tag(document, f"for paragraph in {listing}")
    numbered(document, "paragraph")
    tag(document, "for item in paragraph['items']")
    tag(document, "if item.number")
    theme = document.add_paragraph("{{ item.number }} {{ item.text }}")
    theme.paragraph_format.left_indent = Cm(1)
    tag(document, "else")
    document.add_paragraph("{{ item.text }}", style="List Bullet")
    tag(document, "endif")
    tag(document, "endfor")
    tag(document, "endfor")


def build_document() -> WordDocument:
    document = Document()
    document.add_paragraph("{{ title }}", style="Title")
    document.add_paragraph("Meeting: {{ board }}")
    tag(document, "if date")
    document.add_paragraph("Date: {{ date }}")
    tag(document, "endif")

    for heading, name in (
        ("Purpose of report", "purpose"),
        ("Summary", "summary"),
        ("Recommendation", "recommendation"),
        ("Action", "action"),
    ):
        document.add_heading(heading, level=1)
        document.add_paragraph(f"{{{{ {name} }}}}")
    tag(document, "if contact")
    document.add_heading("Contact details", level=1)
    document.add_paragraph("Position: {{ contact }}")
    tag(document, "endif")

    document.add_heading("Background", level=1)
    numbered_paragraphs(document, "background")

    document.add_heading("Issues", level=1)
    numbered(document, "progress")
    tag(document, "for theme in themes")
    document.add_heading("{{ theme.title }}", level=2)
    numbered_paragraphs(document, "theme.paragraphs")
    tag(document, "endfor")
    tag(document, "for section in cross_cutting")
    document.add_heading("{{ section.title }}", level=2)
    numbered_paragraphs(document, "section.paragraphs")
    tag(document, "endfor")
    tag(document, "if events")
    document.add_heading("Conferences, events and media", level=2)
    numbered_paragraphs(document, "events")
    tag(document, "endif")

    document.add_heading("{{ priorities.heading }}", level=1)
    numbered_paragraphs(document, "priorities.paragraphs")
    tag(document, "if priorities.rows")
    table = document.add_table(rows=4, cols=2)
    table.style = "Table Grid"
    header = table.rows[0].cells
    header[0].text, header[1].text = "Priority area", "Proposed activity"
    for cell in header:
        for run in cell.paragraphs[0].runs:
            run.bold = True
    table.rows[1].cells[0].text = "{%tr for row in priorities.rows %}"
    table.rows[2].cells[0].text = "{{ row.area }}"
    activities = table.rows[2].cells[1]
    activities.text = "{%p for activity in row.activities %}"
    activities.add_paragraph("{{ activity }}", style="List Bullet")
    activities.add_paragraph("{%p endfor %}")
    table.rows[3].cells[0].text = "{%tr endfor %}"
    tag(document, "endif")
    numbered(document, "priorities.closing")

    tag(document, "for implication in implications")
    document.add_heading("{{ implication.heading }}", level=1)
    numbered(document, "implication")
    tag(document, "endfor")
    document.add_heading("Next steps", level=1)
    numbered(document, "next_steps")
    return document


def build(target: Path = TARGET) -> Path:
    build_document().save(str(target))
    return target


if __name__ == "__main__":
    print(f"wrote {build()}")
