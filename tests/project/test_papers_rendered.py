"""The Word papers as a reader gets them: each default .docx of the SSCB example converted to PDF
by LibreOffice (`soffice --headless --convert-to pdf`), which must give pages holding the text
of every heading. Skipped where LibreOffice is not installed (.ci/run installs
libreoffice-writer and poppler-utils); the headings are checked when pdftotext is there."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import attrs
import docx
import pytest

from helpers import agreed_example
from workplan_tui.decision import render
from workplan_tui.export.papers import KINDS

SOFFICE = shutil.which("soffice")
PDFTOTEXT = shutil.which("pdftotext")
pytestmark = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")


def to_pdf(document: Path, folder: Path) -> Path:
    # A profile of its own: two conversions at once (xdist, or an officer's LibreOffice) would share one.
    profile = (folder / "profile").as_uri()
    subprocess.run(
        [SOFFICE, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf", "--outdir", str(folder), str(document)],
        capture_output=True, check=True, timeout=240,
    )
    return folder / f"{document.stem}.pdf"


@attrs.frozen
class Rendered:
    kind: str
    document: Path  # the .docx as written
    pdf: Path  # as LibreOffice converted it


@pytest.fixture(scope="module", params=sorted(KINDS))
def rendered(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Rendered:
    """Each kind's default Word paper of the example, written and converted once for the tests
    below (a conversion takes seconds)."""
    kind = request.param
    plan = agreed_example.draft() if kind == "paper" else agreed_example.agreed()
    data = render(plan, kind, doc_format="docx")
    assert isinstance(data, bytes)
    folder = tmp_path_factory.mktemp(kind)
    document = folder / f"sscb-2023-24.{kind}.docx"
    document.write_bytes(data)
    return Rendered(kind, document, to_pdf(document, folder))


def pdf_text(pdf: Path) -> str:
    assert PDFTOTEXT is not None
    return subprocess.run([PDFTOTEXT, "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout


def test_the_word_paper_converts_to_pages_holding_its_headings(rendered: Rendered):
    pdf = rendered.pdf.read_bytes()
    assert pdf.startswith(b"%PDF")
    pages = len(re.findall(rb"/Type\s*/Page[^s]", pdf))
    assert pages >= 1
    if PDFTOTEXT is None:
        return
    flat = " ".join(pdf_text(rendered.pdf).split())
    headings = [p.text for p in docx.Document(str(rendered.document)).paragraphs if p.style.name.startswith(("Heading", "Title"))]
    assert headings
    missing = [heading for heading in headings if " ".join(heading.split()) not in flat]
    assert missing == []


@pytest.mark.skipif(PDFTOTEXT is None, reason="poppler's pdftotext is not installed")
def test_no_word_of_a_table_header_is_broken_across_lines(rendered: Rendered):
    # The note's ranking table gave "Score" 1.6 cm: LibreOffice printed "Scor" over "e".
    document = docx.Document(str(rendered.document))
    words = {word for table in document.tables for cell in table.rows[0].cells for word in cell.text.split()}
    printed = set(pdf_text(rendered.pdf).split())
    assert rendered.kind != "note" or {"Rank", "Score", "Outcome"} <= words
    assert sorted(word for word in words if word not in printed) == []
