"""Helpers the Word template builders share: a plain A4 document in the Board's house style
with docxtpl tags where the context fills it in.

Each `tools/word_templates/<kind>.py` has `build() -> docx.document.Document`; `build.py`
saves each as `src/workplan_tui/templates/papers/<kind>.docx`. The tags are docxtpl's:
`{{ name }}` inside a run, `{%p for … %}` / `{%p endfor %}` in a paragraph of their own (the
paragraph is removed and the loop repeats what lies between), `{%tr for … %}` in a table row
of its own (the row between is repeated once per item).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import docx
from docx.document import Document
from docx.enum.text import WD_BREAK
from docx.shared import Cm, Pt
from docx.table import Table
from docx.text.paragraph import Paragraph

FONT = "Arial"  # the Board's papers are set in Arial


def new_document() -> Document:
    """A4 with 2.5 cm margins, Arial 11 pt, the heading styles in Arial too."""
    document = docx.Document()
    section = document.sections[0]
    section.page_height, section.page_width = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(2.5))
    styles = document.styles
    normal = styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(11)
    for name, size in (("Title", 18), ("Heading 1", 14), ("Heading 2", 12), ("Heading 3", 11)):
        style = styles[name]
        style.font.name = FONT
        style.font.size = Pt(size)
    return document


def title(document: Document, text: str) -> Paragraph:
    return document.add_paragraph(text, style="Title")


def heading(document: Document, text: str, level: int = 1) -> Paragraph:
    return document.add_heading(text, level=level)


def paragraph(document: Document, text: str = "", *, bold_label: str = "") -> Paragraph:
    """A paragraph of text; `bold_label` first in bold ("Contact officer: ")."""
    para = document.add_paragraph()
    if bold_label:
        para.add_run(bold_label).bold = True
    if text:
        para.add_run(text)
    return para


def tag(document: Document, text: str) -> Paragraph:
    """A paragraph holding only a docxtpl block tag (`{%p for … %}`); docxtpl removes it."""
    return document.add_paragraph(text)


@contextmanager
def when(document: Document, condition: str) -> Iterator[None]:
    """What the block adds, only when `condition` holds: `{%p if condition %}` … `{%p endif %}`."""
    tag(document, f"{{%p if {condition} %}}")
    yield
    tag(document, "{%p endif %}")


def otherwise(document: Document) -> None:
    """Inside `when`: what follows stands when the condition does not hold."""
    tag(document, "{%p else %}")


@contextmanager
def each(document: Document, loop: str) -> Iterator[None]:
    """What the block adds, once per item: `{%p for loop %}` … `{%p endfor %}`."""
    tag(document, f"{{%p for {loop} %}}")
    yield
    tag(document, "{%p endfor %}")


def numbered(document: Document, number: str, text: str) -> Paragraph:
    """A numbered paragraph as the Board numbers them: the number, a tab, the text, hanging.

    The number is the context's (`{{ p.number }}`), not Word's list numbering, so the Markdown
    and the Word paper agree and "see paragraph 6" stays true whatever the template does."""
    para = document.add_paragraph()
    para.paragraph_format.left_indent = Cm(1.0)
    para.paragraph_format.first_line_indent = Cm(-1.0)
    para.paragraph_format.tab_stops.add_tab_stop(Cm(1.0))
    para.add_run(f"{number}.\t{text}")
    return para


def bullets(document: Document, loop: str, item: str, *, lead: str = "", indent_cm: float = 0.0) -> None:
    """A bulleted list: one "List Bullet" paragraph repeated by `{%p for loop %}`; `lead` first, in bold."""
    with each(document, loop):
        para = document.add_paragraph(style="List Bullet")
        if lead:
            para.add_run(lead).bold = True
        para.add_run(item)
        if indent_cm:
            para.paragraph_format.left_indent = Cm(indent_cm)


def table(
    document: Document, header: Sequence[str], loop: str, cells: Sequence[str], *, widths_cm: Sequence[float] = ()
) -> Table:
    """A table with a bold header row (repeated on each page) and one row per item of `loop`,
    its columns `widths_cm` wide (default: even).

    Rows: the header, `{%tr for loop %}`, the cells (tags), `{%tr endfor %}`; docxtpl removes
    the two tag rows."""
    grid = document.add_table(rows=4, cols=len(header))
    grid.style = "Table Grid"
    if widths_cm:
        widths(grid, widths_cm)
    head = grid.rows[0]
    _repeat_as_header(head)
    for cell, text in zip(head.cells, header, strict=True):
        cell.paragraphs[0].add_run(text).bold = True
    grid.rows[1].cells[0].paragraphs[0].add_run(f"{{%tr for {loop} %}}")
    for cell, text in zip(grid.rows[2].cells, cells, strict=True):
        cell.paragraphs[0].add_run(text)
    grid.rows[3].cells[0].paragraphs[0].add_run("{%tr endfor %}")
    return grid


def widths(grid: Table, centimetres: Sequence[float]) -> None:
    """Columns as wide as what they hold (a rank, a title, a sentence), on the 16 cm of the page."""
    grid.autofit = False
    for column, width in zip(grid.columns, centimetres, strict=True):
        column.width = Cm(width)  # the grid, which LibreOffice lays out by
    for row in grid.rows:  # and each cell, which Word does
        for cell, width in zip(row.cells, centimetres, strict=True):
            cell.width = Cm(width)


def _repeat_as_header(row: Any) -> None:  # a docx table row
    """Mark a row as the table's header (Word repeats it on each page; readers take it as the header)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    # python-docx has no API for a header row: its XML element is the only way.
    properties = row._tr.get_or_add_trPr()  # noqa: SLF001
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    properties.append(header)


def page_break(document: Document) -> None:
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
