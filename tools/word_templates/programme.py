"""The default Word template of the work programme (`export --to programme --format docx`):
the same context as templates/papers/programme.md.j2 (export/programme.py): the standing
activities by theme, the priority projects apart with their delivery, the reports to come;
a draft's candidates in a table."""

from __future__ import annotations

from docx.document import Document

import common


def build() -> Document:
    document = common.new_document()
    common.title(document, "{{ heading }}")
    common.paragraph(document, "{{ board }}", bold_label="Board: ")
    common.paragraph(document, "{{ cycle }}", bold_label="Cycle: ")
    common.tag(document, "{%p if date %}")
    common.paragraph(document, "{{ date }}", bold_label="Date: ")
    common.tag(document, "{%p endif %}")

    common.heading(document, "Standing activities by theme", 1)
    common.tag(document, "{%p for theme in themes %}")
    common.heading(document, "{{ theme.title }}", 2)
    common.tag(document, "{%p if theme.activities %}")
    common.bullets(document, "activity in theme.activities", "{{ activity }}")
    common.tag(document, "{%p else %}")
    common.paragraph(document, "No activities listed.")
    common.tag(document, "{%p endif %}")
    common.tag(document, "{%p endfor %}")

    common.tag(document, "{%p if agreed %}")
    common.heading(document, "Priority projects", 1)
    common.tag(document, "{%p if priorities %}")
    common.paragraph(
        document,
        "The Board agreed {{ priorities | length | number_word }} priority project{{ 's' if priorities | length != 1 }} "
        "for {{ cycle }}, on top of the standing activities.",
    )
    common.tag(document, "{%p else %}")
    common.paragraph(document, "The Board agreed no priority project for {{ cycle }}.")
    common.tag(document, "{%p endif %}")
    common.tag(document, "{%p for project in priorities %}")
    common.heading(document, "{{ project.title }}", 2)
    common.paragraph(document, "{{ project.theme }}", bold_label="Theme: ")
    common.paragraph(document, "{{ project.delivery.words }}", bold_label="Delivery: ")
    common.tag(document, "{%p if project.timing %}")
    common.paragraph(document, "{{ project.timing }}", bold_label="Indicative timing: ")
    common.tag(document, "{%p endif %}")
    common.tag(document, "{%p if project.summary %}")
    common.paragraph(document, "{{ project.summary }}")
    common.tag(document, "{%p endif %}")
    common.tag(document, "{%p if project.approval or project.funding %}")
    common.paragraph(document, "{{ [project.approval, project.funding] | select | join(' ') }}")
    common.tag(document, "{%p endif %}")
    common.tag(document, "{%p endfor %}")
    common.tag(document, "{%p if reports %}")
    common.heading(document, "Reports to come", 1)
    common.bullets(document, "report in reports", "{{ report }}")
    common.tag(document, "{%p endif %}")
    common.tag(document, "{%p else %}")
    common.heading(document, "Candidate projects", 1)
    common.paragraph(document, "The Board has not yet agreed its priority projects: it chooses them from these candidates.")
    common.table(
        document, ["Project", "Theme", "Indicative timing"], "project in candidates",
        ["{{ project.title }}", "{{ project.theme }}", "{{ project.timing }}"],
    )
    common.tag(document, "{%p endif %}")
    return document
