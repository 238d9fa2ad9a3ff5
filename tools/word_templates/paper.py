"""The paper for direction's Word template (templates/papers/paper.docx): seed 004's layout,
the same context as paper.md.j2 (export/paper.py's paper_context)."""

from __future__ import annotations

from docx.document import Document

from common import bullets, each, heading, new_document, numbered, page_break, paragraph, table, title, when


def numbered_paragraphs(document: Document, listing: str) -> None:
    """The context's numbered paragraphs (`p.number`, `p.text`), one after the other."""
    with each(document, f"p in {listing}"):
        numbered(document, "{{ p.number }}", "{{ p.text }}")


def build() -> Document:
    document = new_document()
    paragraph(document, "{{ board }}", bold_label="Meeting: ")
    with when(document, "date_text"):
        paragraph(document, "{{ date_text }}", bold_label="Date: ")
    title(document, "{{ title }}")

    heading(document, "Purpose of report")
    paragraph(document, "{{ purpose }}")
    heading(document, "Summary")
    paragraph(document, "{{ summary }}")
    paragraph(document, "{{ confidential_answer }}", bold_label="Is this report confidential? ")
    heading(document, "Recommendation")
    paragraph(document, "{{ recommendation }}")

    with when(document, "contact.lines"):
        heading(document, "Contact details")
        with each(document, "line in contact.lines"):
            paragraph(document, "{{ line.label }}: {{ line.value }}")

    with when(document, "background"):
        heading(document, "Background")
        numbered_paragraphs(document, "background")

    heading(document, "{{ issues.heading }}")
    numbered(document, "{{ issues.number }}", "{{ issues.text }}")
    table(
        document,
        ["Issue", "Further information", "Resource requirement", "Indicative timing"],
        "row in issues.rows",
        [
            "{{ row.title }}",
            "{{ row.information | paragraphs }}",
            "{{ (row.resources + [row.figures]) | paragraphs }}",
            "{{ (row.timing + ([row.work] if row.work else [])) | paragraphs }}",
        ],
        widths_cm=(3.0, 5.0, 4.5, 3.5),  # 16 cm between the margins; the further information is the longest
    )
    with when(document, "estimates_note"):
        paragraph(document, "{{ estimates_note }}")

    numbered(document, "{{ resources.number }}", "{{ resources.text }}")
    bullets(document, "item in resources['items']", "{{ item.text }}", lead="{{ item.lead }} ", indent_cm=1.6)
    numbered_paragraphs(document, "direction")

    with each(document, "section in sections"):
        heading(document, "{{ section.heading }}")
        numbered_paragraphs(document, "section.paragraphs")

    with when(document, "appendix.themes"):
        page_break(document)
        heading(document, "Appendix: {{ appendix.title }}")
        with each(document, "theme in appendix.themes"):
            heading(document, "{{ theme.title }}", level=2)
            bullets(document, "activity in theme.activities", "{{ activity }}")
    return document
