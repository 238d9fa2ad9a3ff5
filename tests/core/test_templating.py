"""Templates: every value Markdown-escaped unless it is Markup, the Board's words as filters, bad
templates located (E120-E123), and the Word paper read back with python-docx."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import docx
import pytest
from markupsafe import Markup

from helpers import agreed_example
from workplan_tui.errors import WorkplanError
from workplan_tui.export.paper import paper_context
from workplan_tui.export.templating import render_docx, render_markdown, template_format

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def template(tmp_path: Path, text: str, name: str = "t.md.j2") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def errors_of(call) -> list[str]:
    with pytest.raises(WorkplanError) as raised:
        call()
    return [str(error) for error in raised.value.errors]


def test_every_value_is_escaped_unless_it_is_markup(tmp_path):
    path = template(tmp_path, "{{ plain }} {{ marked }} {{ '**literal in the template**' | markdown }} {{ nothing }}\n")
    text = render_markdown("x", {"plain": "# a | *b*\n- c", "marked": Markup("**bold**"), "nothing": None}, template=path)
    assert text == "\\# a \\| \\*b\\* - c **bold** **literal in the template** \n"  # a line break is a space


def test_the_filters_say_things_in_the_board_s_words(tmp_path):
    path = template(
        tmp_path,
        "{{ 375000 | money }}, {{ 120050 | money('EUR') }}; {{ day | long_date }}; {{ day | short_date }}; {{ month | month }}; "
        "{{ 2.25 | days }}; {{ 3 | number_word }}; {{ 1 | plural('project') }}, {{ 2 | plural('project') }}; "
        "{{ ['A', 'B', 'C'] | listed }}; {{ ['x', 'y'] | paragraphs }}\n",
    )
    context = {"day": dt.date(2023, 9, 20), "month": dt.date(2023, 5, 1)}
    assert render_markdown("x", context, template=path) == (
        "£3,750, €1,200.50; 20 September 2023; 20 Sep 2023; May 2023; 2.2; three; 1 project, 2 projects; A, B and C; x<br><br>y\n"
    )


def test_a_template_that_does_not_parse_is_located(tmp_path):
    path = template(tmp_path, "# {{ title }}\n\n{% for p in paras %}\n{{ p }}\n")
    assert errors_of(lambda: render_markdown("x", {"title": "t", "paras": []}, template=path)) == [
        f"{path}:4:1: E120 the template does not read: Unexpected end of template. Jinja was looking for the following "
        "tags: 'endfor' or 'else'. The innermost block that needs to be closed is 'for'."
    ]


def test_every_unknown_name_is_said_at_once_with_the_nearest_known_one(tmp_path):
    path = template(tmp_path, "# {{ titel }}\n\n{{ summary }} {{ boardd }}\n")
    assert errors_of(lambda: render_markdown("x", {"title": "t", "board": "b", "summary": "s"}, template=path)) == [
        f"{path}:3:18: E121 the template uses `boardd`, which the document does not have; did you mean `board`?; docs/export.md lists the names",
        f"{path}:1:6: E121 the template uses `titel`, which the document does not have; did you mean `title`?; docs/export.md lists the names",
    ]


def test_an_unknown_attribute_is_located_at_its_use(tmp_path):
    path = template(tmp_path, "# {{ title }}\n\n{% for row in rows %}\n- {{ row.titel }}\n{% endfor %}\n")
    assert errors_of(lambda: render_markdown("x", {"title": "t", "rows": [{"title": "a"}]}, template=path)) == [
        f"{path}:4:10: E121 the template uses `titel`, which the document does not have there; docs/export.md lists the names"
    ]


def test_a_template_that_fails_while_rendering_is_located(tmp_path):
    path = template(tmp_path, "# {{ title }}\n\n{{ title | money('GBP', 3) }}\n")
    (line,) = errors_of(lambda: render_markdown("x", {"title": "t"}, template=path))
    assert line.startswith(f"{path}:3:1: E120 the template fails: TypeError: ")


def test_templates_that_are_not_templates(tmp_path):
    assert errors_of(lambda: template_format(tmp_path / "notes.txt")) == [
        f"{tmp_path / 'notes.txt'}:1:1: E122 is not a template: use a Markdown template (.md.j2 or .md) or a Word template (.docx)"
    ]
    latin = tmp_path / "latin.md.j2"
    latin.write_bytes(b"# caf\xe9\n")
    assert errors_of(lambda: render_markdown("x", {}, template=latin)) == [
        f"{latin}:1:6: E122 is not UTF-8 text; save the template as UTF-8"
    ]
    including = template(tmp_path, "{% include 'missing.md.j2' %}\n")
    assert errors_of(lambda: render_markdown("x", {}, template=including)) == [
        f"{including}:1:1: E122 the template `missing.md.j2` it includes is not there"
    ]
    assert errors_of(lambda: render_markdown("x", {}, template=tmp_path / "none.md.j2"))[0].endswith("E001 no such file")


def test_a_template_includes_its_neighbours_and_the_package_s_own(tmp_path):
    template(tmp_path, "part: {{ title }}\n", "part.md.j2")
    path = template(tmp_path, "{% include 'part.md.j2' %}\n")
    assert render_markdown("x", {"title": "a|b"}, template=path) == "part: a\\|b\n"


# -- Word --------------------------------------------------------------------------------


def word_template(tmp_path: Path, *paragraphs: str) -> Path:
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    path = tmp_path / "council.docx"
    document.save(str(path))
    return path


def test_a_word_template_gets_the_context_escaped_as_xml(tmp_path):
    path = word_template(tmp_path, "{{ title }}", "{%p for p in paras %}", "{{ p.number }}. {{ p.text }}", "{%p endfor %}")
    data = render_docx("x", {"title": "A & B <c>", "paras": [{"number": 1, "text": "one"}, {"number": 2, "text": "two"}]}, template=path)
    assert [p.text for p in docx.Document(io.BytesIO(data)).paragraphs] == ["A & B <c>", "1. one", "2. two"]


def test_a_bad_word_template_is_located_by_its_paragraph(tmp_path):
    path = word_template(tmp_path, "{{ title }}", "intro", "{% if title %}", "{{ title }")
    (line,) = errors_of(lambda: render_docx("x", {"title": "t"}, template=path))
    assert line.startswith(f"{path}:4:1: E120 the template's tags do not read (paragraph 4): ")
    path = word_template(tmp_path, "{{ title }}", "{{ purpos }}")
    assert errors_of(lambda: render_docx("x", {"title": "t", "purpose": "p"}, template=path)) == [
        f"{path}:2:4: E121 the template uses `purpos`, which the document does not have; did you mean `purpose`?; docs/export.md lists the names"
    ]
    fake = tmp_path / "fake.docx"
    fake.write_text("not a zip\n", encoding="utf-8")
    assert errors_of(lambda: render_docx("x", {}, template=fake)) == [
        f"{fake}:1:1: E123 is not a Word document (.docx) that can be read: File is not a zip file"
    ]


def test_the_word_paper_reads_back_with_its_headings_numbers_table_and_marks():
    plan = agreed_example.draft()
    document = docx.Document(io.BytesIO(render_docx("paper", paper_context(plan))))
    paragraphs = document.paragraphs
    headings = [p.text for p in paragraphs if p.style.name.startswith("Heading 1")]
    assert headings[:10] == [
        "Purpose of report", "Summary", "Recommendation", "Contact details", "Background", "Issues",
        "Implications for Wales", "Financial Implications", "Equalities implications", "Next steps",
    ]
    assert headings[10] == "Appendix: SSCB work plan – agreed September/November 2022"
    assert next(p.text for p in paragraphs if p.style.name == "Title") == "SSCB work projects"
    numbers = [p.text.split(".\t", 1)[0] for p in paragraphs if ".\t" in p.text]
    assert numbers == [str(n) for n in range(1, 13)]
    assert "Is this report confidential? No" in [p.text for p in paragraphs]
    (table,) = document.tables
    header = table.rows[0]
    assert [cell.text for cell in header.cells] == ["Issue", "Further information", "Resource requirement", "Indicative timing"]
    assert header._tr.trPr is not None and header._tr.trPr.find(f"{W}tblHeader") is not None  # repeated on each page
    assert [row.cells[0].text for row in table.rows[1:]] == [project.title for project in plan.projects]
    police = table.rows[4].cells
    assert police[2].paragraphs[-1].text.startswith("Cost: £6,500 est.; staff time: 52 person-days est.")
    assert police[3].paragraphs[-1].text == "Work from 3 Apr 2023 to 22 Nov 2023 est."
    assert len(table.rows[3].cells[1].paragraphs) == 3  # a summary of three paragraphs keeps them in Word
    assert "Figures marked est. are officer estimates." in [p.text for p in paragraphs]
    bullets = [p for p in paragraphs if p.style.name == "List Bullet"]
    assert bullets[0].runs[0].bold and bullets[0].runs[0].text == "The team's own capacity. "


def test_a_template_changed_on_disk_is_compiled_again(tmp_path):
    import os

    path = template(tmp_path, "first {{ title }}\n")
    assert render_markdown("x", {"title": "a"}, template=path) == "first a\n"
    path.write_text("second {{ title }}\n", encoding="utf-8")
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 1_000_000))  # a later save, however quick
    assert render_markdown("x", {"title": "a"}, template=path) == "second a\n"
