"""The default Word template of the work programme (`export --to programme --format docx`):
the same context as templates/papers/programme.md.j2 (export/programme.py): the standing
activities by theme, the priority projects apart with their delivery, the reports to come;
a draft's candidates in a table."""

from __future__ import annotations

from docx.document import Document

from common import bullets, each, heading, new_document, otherwise, paragraph, table, title, when


def build() -> Document:
    document = new_document()
    title(document, "{{ heading }}")
    paragraph(document, "{{ board }}", bold_label="Board: ")
    paragraph(document, "{{ cycle }}", bold_label="Cycle: ")
    with when(document, "date"):
        paragraph(document, "{{ date }}", bold_label="Date: ")

    heading(document, "Standing activities by theme", 1)
    with each(document, "theme in themes"):
        heading(document, "{{ theme.title }}", 2)
        with when(document, "theme.activities"):
            bullets(document, "activity in theme.activities", "{{ activity }}")
            otherwise(document)
            paragraph(document, "No activities listed.")

    with when(document, "agreed"):
        heading(document, "Priority projects", 1)
        with when(document, "priorities"):
            paragraph(
                document,
                "The Board agreed {{ priorities | length | number_word }} priority project{{ 's' if priorities | length != 1 }} "
                "for {{ cycle }}, on top of the standing activities.",
            )
            otherwise(document)
            paragraph(document, "The Board agreed no priority project for {{ cycle }}.")
        with each(document, "project in priorities"):
            heading(document, "{{ project.title }}", 2)
            paragraph(document, "{{ project.theme }}", bold_label="Theme: ")
            paragraph(document, "{{ project.delivery.words }}", bold_label="Delivery: ")
            with when(document, "project.timing"):
                paragraph(document, "{{ project.timing }}", bold_label="Indicative timing: ")
            with when(document, "project.summary"):
                paragraph(document, "{{ project.summary }}")
            with when(document, "project.approval or project.funding"):
                paragraph(document, "{{ [project.approval, project.funding] | select | join(' ') }}")
        with when(document, "reports"):
            heading(document, "Reports to come", 1)
            bullets(document, "report in reports", "{{ report }}")
        otherwise(document)
        heading(document, "Candidate projects", 1)
        paragraph(document, "The Board has not yet agreed its priority projects: it chooses them from these candidates.")
        table(
            document, ["Project", "Theme", "Indicative timing"], "project in candidates",
            ["{{ project.title }}", "{{ project.theme }}", "{{ project.timing }}"],
        )
    return document
