"""The paper for direction's Word template (templates/papers/paper.docx): seed 004's layout,
the same context as paper.md.j2 (export/paper.py's paper_context)."""

from __future__ import annotations

from docx.document import Document

import common


def build() -> Document:
    document = common.new_document()
    common.paragraph(document, "{{ board }}", bold_label="Meeting: ")
    common.tag(document, "{%p if date_text %}")
    common.paragraph(document, "{{ date_text }}", bold_label="Date: ")
    common.tag(document, "{%p endif %}")
    common.title(document, "{{ title }}")

    common.heading(document, "Purpose of report")
    common.paragraph(document, "{{ purpose }}")
    common.heading(document, "Summary")
    common.paragraph(document, "{{ summary }}")
    common.paragraph(document, "{{ confidential_answer }}", bold_label="Is this report confidential? ")
    common.heading(document, "Recommendation")
    common.paragraph(document, "{{ recommendation }}")

    common.tag(document, "{%p if contact.lines %}")
    common.heading(document, "Contact details")
    common.tag(document, "{%p for line in contact.lines %}")
    common.paragraph(document, "{{ line.label }}: {{ line.value }}")
    common.tag(document, "{%p endfor %}")
    common.tag(document, "{%p endif %}")

    common.tag(document, "{%p if background %}")
    common.heading(document, "Background")
    common.tag(document, "{%p for p in background %}")
    common.numbered(document, "{{ p.number }}", "{{ p.text }}")
    common.tag(document, "{%p endfor %}")
    common.tag(document, "{%p endif %}")

    common.heading(document, "{{ issues.heading }}")
    common.numbered(document, "{{ issues.number }}", "{{ issues.text }}")
    common.table(
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
    common.tag(document, "{%p if estimates_note %}")
    common.paragraph(document, "{{ estimates_note }}")
    common.tag(document, "{%p endif %}")

    common.numbered(document, "{{ resources.number }}", "{{ resources.text }}")
    common.bullets(document, "item in resources['items']", "{{ item.text }}", lead="{{ item.lead }} ", indent_cm=1.6)
    common.tag(document, "{%p for p in direction %}")
    common.numbered(document, "{{ p.number }}", "{{ p.text }}")
    common.tag(document, "{%p endfor %}")

    common.tag(document, "{%p for section in sections %}")
    common.heading(document, "{{ section.heading }}")
    common.tag(document, "{%p for p in section.paragraphs %}")
    common.numbered(document, "{{ p.number }}", "{{ p.text }}")
    common.tag(document, "{%p endfor %}")
    common.tag(document, "{%p endfor %}")

    common.tag(document, "{%p if appendix.themes %}")
    common.page_break(document)
    common.heading(document, "Appendix: {{ appendix.title }}")
    common.tag(document, "{%p for theme in appendix.themes %}")
    common.heading(document, "{{ theme.title }}", level=2)
    common.bullets(document, "activity in theme.activities", "{{ activity }}")
    common.tag(document, "{%p endfor %}")
    common.tag(document, "{%p endif %}")
    return document
